/*
 * test_registry.c: the agency registry (registry.c, regmatch.c): loading
 * the shipped rules/agencies.yaml and small inline registries, errors with
 * file:line:col, finding names in text (aliases, longest match, case,
 * diacritics, tone placement, word boundaries) and validity dates.
 */
#include <time.h>

#include "rules_test.h"
#include "../../src/rules/registry.h"

#define HEAD	"data:\n  agencies:\n"

static const char small[] =
    HEAD
    "    abbreviations:\n"
    "      UBND: Ủy ban nhân dân\n"
    "      KH&ĐT: Kế hoạch và Đầu tư\n"
    "    provinces:\n"
    "      - { name: An Giang, type: tỉnh, merged: [Kiên Giang], verified: true }\n"
    "      - { name: Lạng Sơn, type: tỉnh, verified: true }\n"
    "      - { name: Hòa Bình, type: tỉnh, verified: true }\n"
    "      - { name: Cần Thơ, type: thành phố, merged: [Hậu Giang], verified: true }\n"
    "    entries:\n"
    "      - name: Sở Kế hoạch và Đầu tư\n"
    "        kind: state\n"
    "        level: tinh\n"
    "        aliases: [Sở Kế hoạch - Đầu tư]\n"
    "        abbreviations: [Sở KH&ĐT]\n"
    "        valid_to: 2025-02-28\n"
    "        successors: [Sở Tài chính]\n"
    "        basis: NĐ 45/2025/NĐ-CP\n"
    "        verified: true\n"
    "      - { name: Sở Giao thông vận tải, kind: state, abbreviations: [GTVT], valid_to: 2025-02-28, successors: [Sở Xây dựng] }\n"
    "      - { name: Sở Công Thương, kind: state, level: tinh }\n"
    "      - { name: Ban Quản lý Khu kinh tế, kind: state }\n"
    "      - { name: Ban Quản lý Khu kinh tế Phú Quốc, kind: state, province: An Giang, former_province: Kiên Giang }\n"
    "      - { name: Ủy ban nhân dân tỉnh, kind: state, aliases: [UBND tỉnh] }\n"
    "      - { name: Phú Quốc, kind: locality, province: An Giang, former_province: Kiên Giang }\n"
    "      - { name: Huế, kind: province, province: Huế }\n"
    "      - name: Sở Văn hóa, Thể thao và Du lịch\n"
    "        kind: state\n"
    "        scope: [An Giang]\n"
    "        valid_from: 2020-01-01\n"
    "        valid_to: 2025-06-30\n";

static struct pl_registry *
reg_from(const char *yaml)
{
	struct pl_registry *reg = NULL;
	struct pl_err err;

	memset(&err, 0, sizeof(err));
	if (pl_registry_load_bytes("r.yaml", yaml, strlen(yaml), &reg,
	    &err) == -1)
		cr_assert_fail("registry: %s:%d:%d: %s", err.file, err.line,
		    err.col, err.detail);
	return reg;
}

static struct pl_err
reg_error(const char *yaml)
{
	struct pl_registry *reg = NULL;
	struct pl_err err;

	memset(&err, 0, sizeof(err));
	cr_assert_eq(pl_registry_load_bytes("r.yaml", yaml, strlen(yaml), &reg,
	    &err), -1, "loaded: %s", yaml);
	cr_assert_null(reg);
	return err;
}

/* The matches of s as "text=entry" joined by " | ". */
static const char *
scan(const struct pl_registry *reg, struct pl_arena *a, const char *s)
{
	struct pl_reg_match *m;
	size_t n = pl_registry_scan(reg, a, s, strlen(s), false, &m);
	struct pl_buf b = { 0 };
	const char *r;

	for (size_t i = 0; i < n; i++)
		pl_buf_printf(&b, "%s%.*s=%s", i > 0 ? " | " : "",
		    (int)(m[i].end - m[i].start), s + m[i].start,
		    m[i].entry->name);
	r = pl_arena_strdup(a, b.s != NULL ? b.s : "");
	pl_buf_free(&b);
	return r;
}

static const struct pl_reg_entry *
entry(const struct pl_registry *reg, const char *name)
{
	for (size_t i = 0; i < pl_registry_count(reg); i++)
		if (strcmp(pl_registry_entry(reg, i)->name, name) == 0)
			return pl_registry_entry(reg, i);
	return NULL;
}

Test(registry, shipped_registry_loads_with_34_provinces)
{
	static const char *const provinces[] = {
		"Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn",
		"Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
		"Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh",
		"Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng",
		"Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk",
		"Thành phố Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ",
		"Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
	};
	static const char *const merged[][2] = {
		{ "Kiên Giang", "An Giang" }, { "Bạc Liêu", "Cà Mau" },
		{ "Hà Giang", "Tuyên Quang" }, { "Yên Bái", "Lào Cai" },
		{ "Bắc Kạn", "Thái Nguyên" }, { "Vĩnh Phúc", "Phú Thọ" },
		{ "Hòa Bình", "Phú Thọ" }, { "Bắc Giang", "Bắc Ninh" },
		{ "Thái Bình", "Hưng Yên" }, { "Hải Dương", "Hải Phòng" },
		{ "Hà Nam", "Ninh Bình" }, { "Nam Định", "Ninh Bình" },
		{ "Quảng Bình", "Quảng Trị" }, { "Quảng Nam", "Đà Nẵng" },
		{ "Kon Tum", "Quảng Ngãi" }, { "Bình Định", "Gia Lai" },
		{ "Ninh Thuận", "Khánh Hòa" }, { "Đắk Nông", "Lâm Đồng" },
		{ "Bình Thuận", "Lâm Đồng" }, { "Phú Yên", "Đắk Lắk" },
		{ "Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh" },
		{ "Bình Dương", "Thành phố Hồ Chí Minh" },
		{ "Bình Phước", "Đồng Nai" }, { "Long An", "Tây Ninh" },
		{ "Sóc Trăng", "Cần Thơ" }, { "Hậu Giang", "Cần Thơ" },
		{ "Bến Tre", "Vĩnh Long" }, { "Trà Vinh", "Vĩnh Long" },
		{ "Tiền Giang", "Đồng Tháp" },
	};
	struct pl_registry *reg = NULL;
	struct pl_err err;
	size_t nprov = 0, nold = 0;

	if (pl_registry_load("rules/agencies.yaml", &reg, &err) == -1)
		cr_assert_fail("%s:%d:%d: %s", err.file, err.line, err.col,
		    err.detail);
	for (size_t i = 0; i < pl_registry_count(reg); i++) {
		const struct pl_reg_entry *e = pl_registry_entry(reg, i);

		if (e->kind == PL_REG_PROVINCE && !e->historic &&
		    e->valid_to.y == 0 && strcmp(e->name, e->province) == 0)
			nprov++;
		if (e->kind == PL_REG_PROVINCE && e->historic &&
		    e->valid_to.y == 2025)
			nold++;
	}
	cr_assert_eq(nprov, 34);
	cr_assert_eq(nold, 29);
	for (size_t i = 0; i < PL_NELEM(provinces); i++) {
		const struct pl_reg_entry *e = entry(reg, provinces[i]);

		cr_assert_not_null(e, "%s", provinces[i]);
		cr_assert(e->verified, "%s", provinces[i]);
		cr_assert_str_eq(e->province, provinces[i]);
	}
	for (size_t i = 0; i < PL_NELEM(merged); i++) {
		const struct pl_reg_entry *e = entry(reg, merged[i][0]);

		cr_assert_not_null(e, "%s", merged[i][0]);
		cr_assert_str_eq(e->province, merged[i][1], "%s", merged[i][0]);
		cr_assert_str_eq(e->successors.v[0], merged[i][1]);
		cr_assert_eq(e->valid_to.m, 6);
		cr_assert_eq(e->valid_to.d, 30);
		cr_assert(e->historic);
	}
	/* Bodies of a merged province end with it. */
	cr_assert_str_eq(entry(reg, "UBND tỉnh Kiên Giang")->successors.v[0],
	    "UBND tỉnh An Giang");
	cr_assert_str_eq(entry(reg, "Tỉnh ủy Hải Dương")->successors.v[0],
	    "Thành ủy Hải Phòng");
	/* Every dated change says where it comes from. */
	for (size_t i = 0; i < pl_registry_count(reg); i++) {
		const struct pl_reg_entry *e = pl_registry_entry(reg, i);

		if (e->valid_to.y != 0 && !e->historic)
			cr_assert(e->successors.n > 0, "%s", e->name);
	}
	pl_registry_free(reg);
}

Test(registry, malformed_yaml_has_file_line_col)
{
	struct pl_err err = reg_error(HEAD
	    "    entries:\n"
	    "      - name: [Sở Tài chính\n"
	    "        kind: state\n");

	cr_assert_eq(err.code, PL_E_YAML);
	cr_assert_str_eq(err.file, "r.yaml");
	cr_assert_gt(err.line, 0);
	cr_assert_gt(err.col, 0);
}

Test(registry, bad_entries_name_the_field)
{
	static const struct {
		const char	*yaml;
		int		 line, col;
		const char	*detail;
	} cases[] = {
		{ HEAD "    entries:\n      - name: X\n        kind: state\n"
		  "        colour: red\n", 6, 17, "unknown key 'colour'" },
		{ HEAD "    entries:\n      - name: X\n        kind: state\n"
		  "        valid_to: 2025-13-01\n", 6, 19, "valid_to" },
		{ HEAD "    entries:\n      - name: X\n        kind: ministry\n",
		  5, 15, "'kind' must be" },
		{ HEAD "    entries:\n      - kind: state\n", 4, 9, "'name'" },
		{ HEAD "    entries:\n      - name: X\n        kind: state\n"
		  "        level: quan\n", 6, 16, "unknown level" },
		{ HEAD "    entries:\n      - name: X\n        kind: state\n"
		  "        valid_from: 2025-03-01\n        valid_to: 2025-02-28\n",
		  7, 19, "before valid_from" },
		{ HEAD "    provinces:\n      - { name: X, type: huyện }\n",
		  4, 26, "type" },
		{ HEAD "    wrong: 1\n", 3, 12, "unknown key 'wrong'" },
		{ HEAD "    entries:\n      - name: X\n        kind: state\n"
		  "        verified: maybe\n", 6, 19, "true or false" },
	};

	for (size_t i = 0; i < PL_NELEM(cases); i++) {
		struct pl_err err = reg_error(cases[i].yaml);

		cr_assert_eq(err.code, PL_E_RULE, "case %zu", i);
		cr_assert_str_eq(err.file, "r.yaml");
		cr_assert_eq(err.line, cases[i].line, "case %zu: line %d", i,
		    err.line);
		cr_assert_eq(err.col, cases[i].col, "case %zu: col %d", i,
		    err.col);
		cr_assert_not_null(strstr(err.detail, cases[i].detail),
		    "case %zu: %s", i, err.detail);
	}
}

Test(registry, a_pack_without_registry_is_an_error)
{
	struct pl_err err = reg_error("pack: x\n");

	cr_assert_eq(err.code, PL_E_RULE);
	cr_assert_not_null(strstr(err.detail, "registry"));
}

Test(registry, finds_names_aliases_and_longest_match)
{
	static const char *const cases[][2] = {
		{ "Sở Kế hoạch và Đầu tư chủ trì",
		  "Sở Kế hoạch và Đầu tư=Sở Kế hoạch và Đầu tư" },
		/* An alias, a hyphen or comma between words does not count. */
		{ "Sở Kế hoạch - Đầu tư", "Sở Kế hoạch - Đầu tư=Sở Kế hoạch và Đầu tư" },
		{ "Sở Văn hóa - Thể thao và Du lịch",
		  "Sở Văn hóa - Thể thao và Du lịch=Sở Văn hóa, Thể thao và Du lịch" },
		/* Case-insensitive for names, even in capitals. */
		{ "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ=Sở Kế hoạch và Đầu tư" },
		/* Longest match wins. */
		{ "Ban Quản lý Khu kinh tế Phú Quốc và Ban Quản lý Khu kinh tế",
		  "Ban Quản lý Khu kinh tế Phú Quốc=Ban Quản lý Khu kinh tế Phú Quốc | "
		  "Ban Quản lý Khu kinh tế=Ban Quản lý Khu kinh tế" },
		/* Abbreviations are case-sensitive. */
		{ "Các Sở: GTVT, gtvt", "GTVT=Sở Giao thông vận tải" },
		{ "Sở KH&ĐT; Sở kh&đt", "Sở KH&ĐT=Sở Kế hoạch và Đầu tư" },
		/* Whole words only. */
		{ "Huếch, Huế", "Huế=Huế" },
		{ "GTVTX", "" },
		/* A tab or ';' ends a name. */
		{ "Sở Kế hoạch\tvà Đầu tư", "" },
		{ "Sở Kế hoạch; và Đầu tư", "" },
		/* Derived bodies of a merged province. */
		{ "UBND tỉnh Kiên Giang; Tỉnh ủy Hậu Giang",
		  "UBND tỉnh Kiên Giang=UBND tỉnh Kiên Giang | "
		  "Tỉnh ủy Hậu Giang=Tỉnh ủy Hậu Giang" },
		{ "UBND tỉnh Lạng Sơn", "UBND tỉnh=Ủy ban nhân dân tỉnh | "
		  "Lạng Sơn=Lạng Sơn" },
		/* Old and new tone placement are the same name. */
		{ "Uỷ ban nhân dân tỉnh Hoà Bình",
		  "Uỷ ban nhân dân tỉnh=Ủy ban nhân dân tỉnh | Hoà Bình=Hòa Bình" },
		/* Places keep their capitals: peace is not a province. */
		{ "giữ vững hòa bình, ổn định", "" },
		/* "TP." before a name is one name with it. */
		{ "Phú Quốc.", "Phú Quốc=Phú Quốc" },
	};
	struct pl_registry *reg = reg_from(small);
	struct pl_arena *a = pl_arena_new();

	for (size_t i = 0; i < PL_NELEM(cases); i++)
		cr_assert_str_eq(scan(reg, a, cases[i][0]), cases[i][1],
		    "%s", cases[i][0]);
	pl_arena_free(a);
	pl_registry_free(reg);
}

Test(registry, tells_how_a_name_matched)
{
	struct pl_registry *reg = reg_from(small);
	struct pl_arena *a = pl_arena_new();
	struct pl_reg_match m;

	cr_assert(pl_registry_lookup(reg, a, "Sở Công Thương", &m));
	cr_assert_eq(m.how, PL_REG_EXACT);
	cr_assert(pl_registry_lookup(reg, a, "Sở Công thương", &m));
	cr_assert_eq(m.how, PL_REG_CASE);
	cr_assert_str_eq(m.form, "Sở Công Thương");
	cr_assert(pl_registry_lookup(reg, a, " Ban Quản ly Khu kinh tế. ", &m));
	cr_assert_eq(m.how, PL_REG_FOLD);
	cr_assert_str_eq(m.entry->name, "Ban Quản lý Khu kinh tế");
	cr_assert(pl_registry_lookup(reg, a, "Uỷ ban nhân dân tỉnh", &m));
	cr_assert_eq(m.how, PL_REG_EXACT);
	cr_assert(pl_registry_lookup(reg, a, "GTVT", &m));
	cr_assert_eq(m.how, PL_REG_ABBR);
	/* A short name without diacritics is not trusted. */
	cr_assert_not(pl_registry_lookup(reg, a, "Hue", &m));
	/* Short forms: "Công thương" for "Sở Công Thương". */
	cr_assert(pl_registry_lookup(reg, a, "Công thương", &m));
	cr_assert(m.short_form);
	cr_assert_str_eq(m.entry->name, "Sở Công Thương");
	cr_assert_not(pl_registry_lookup(reg, a, "Sở Công Thương và X", &m));
	/* A scan does not take short forms. */
	cr_assert_str_eq(scan(reg, a, "Công Thương"), "");
	pl_arena_free(a);
	pl_registry_free(reg);
}

Test(registry, validity_scope_and_province_by_date)
{
	struct pl_registry *reg = reg_from(small);
	struct pl_arena *a = pl_arena_new();
	const struct pl_reg_entry *kh = entry(reg, "Sở Kế hoạch và Đầu tư");
	const struct pl_reg_entry *vh = entry(reg,
	    "Sở Văn hóa, Thể thao và Du lịch");
	const struct pl_reg_entry *pq = entry(reg, "Phú Quốc");
	struct pl_date before = { 2024, 5, 16 }, last = { 2025, 2, 28 },
	    first = { 2025, 3, 1 }, after = { 2026, 1, 1 }, none = { 0 },
	    early = { 2019, 12, 31 };

	cr_assert(pl_reg_valid_on(kh, before));
	cr_assert(pl_reg_valid_on(kh, last));
	cr_assert_not(pl_reg_valid_on(kh, first));
	cr_assert(pl_reg_valid_on(kh, none));
	cr_assert_not(pl_reg_valid_on(vh, early));
	cr_assert_str_eq(kh->successors.v[0], "Sở Tài chính");
	cr_assert_str_eq(kh->basis, "NĐ 45/2025/NĐ-CP");
	cr_assert(kh->verified);
	cr_assert_not(vh->verified);
	cr_assert(pl_reg_applies_in(kh, NULL));
	cr_assert(pl_reg_applies_in(vh, "An Giang"));
	cr_assert_not(pl_reg_applies_in(vh, "Lạng Sơn"));
	cr_assert_not(pl_reg_applies_in(vh, NULL));
	cr_assert_str_eq(pl_reg_province_on(pq, before), "Kiên Giang");
	cr_assert_str_eq(pl_reg_province_on(pq, after), "An Giang");
	cr_assert_str_eq(pl_reg_province_on(pq, none), "An Giang");
	cr_assert_str_eq(pl_registry_province_of(reg, a, "Kiên Giang", before),
	    "Kiên Giang");
	cr_assert_str_eq(pl_registry_province_of(reg, a, "Kiên Giang", after),
	    "An Giang");
	cr_assert_str_eq(pl_registry_province_of(reg, a,
	    "Ủy ban nhân dân tỉnh Kiên Giang", after), "An Giang");
	cr_assert_str_eq(pl_registry_province_of(reg, a, "Phú Quốc", before),
	    "Kiên Giang");
	cr_assert_null(pl_registry_province_of(reg, a, "Trung ương", after));
	cr_assert_null(pl_registry_province_of(reg, a, NULL, after));
	pl_arena_free(a);
	pl_registry_free(reg);
}

Test(registry, known_abbreviations)
{
	struct pl_registry *reg = reg_from(small);
	struct pl_arena *a = pl_arena_new();
	struct pl_strlist l = { 0 };

	cr_assert_str_eq(pl_registry_abbrev(reg, "UBND", 4), "Ủy ban nhân dân");
	cr_assert_str_eq(pl_registry_abbrev(reg, "UBNDX", 4),
	    "Ủy ban nhân dân");
	cr_assert_null(pl_registry_abbrev(reg, "UBN", 3));
	cr_assert_null(pl_registry_abbrev(reg, "ubnd", 4));
	/* An entry's one-word abbreviation is known too. */
	cr_assert_str_eq(pl_registry_abbrev(reg, "GTVT", 4),
	    "Sở Giao thông vận tải");
	cr_assert_null(pl_registry_abbrev(reg, "GVT", 3));
	pl_registry_abbrevs_of(reg, a, "Giao thông vận tải", &l);
	cr_assert_eq(l.n, 1);
	cr_assert_str_eq(l.v[0], "GTVT");
	l.n = 0;
	pl_registry_abbrevs_of(reg, a, "Kế hoạch - Đầu tư", &l);
	cr_assert_eq(l.n, 0);
	pl_registry_abbrevs_of(reg, a, "kế hoạch và đầu tư", &l);
	cr_assert_eq(l.n, 1);
	pl_arena_free(a);
	pl_registry_free(reg);
}

Test(registry, shipped_registry_knows_the_seed_names)
{
	static const char *const cases[][2] = {
		{ "Sở Kế hoạch và Đầu tư", "Sở Tài chính" },
		{ "Sở GTVT", "Sở Xây dựng" },
		{ "UBND thành phố Phú Quốc", "UBND đặc khu Phú Quốc" },
		{ "Thành ủy Phú Quốc", "Đảng ủy đặc khu Phú Quốc" },
		{ "Ban Cán sự Đảng UBND tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh" },
		{ "Bộ KH&ĐT", "Bộ Tài chính" },
		{ "Bộ TN&MT", "Bộ Nông nghiệp và Môi trường" },
		{ "Ủy ban Quản lý vốn Nhà nước", "Bộ Tài chính" },
		{ "UBND các huyện, thị xã, thành phố", NULL },
		{ "huyện đảo Thổ Châu", "đặc khu Thổ Châu" },
	};
	struct pl_registry *reg = NULL;
	struct pl_arena *a = pl_arena_new();
	struct pl_err err;
	struct pl_reg_match m;

	cr_assert_eq(pl_registry_load("rules/agencies.yaml", &reg, &err), 0);
	for (size_t i = 0; i < PL_NELEM(cases); i++) {
		cr_assert(pl_registry_lookup(reg, a, cases[i][0], &m), "%s",
		    cases[i][0]);
		cr_assert_gt(m.entry->valid_to.y, 0, "%s", cases[i][0]);
		if (cases[i][1] != NULL)
			cr_assert_str_eq(m.entry->successors.v[0], cases[i][1]);
	}
	/* Not a name: the President's name, and the word "peace". */
	cr_assert_str_eq(scan(reg, a, "tư tưởng Hồ Chí Minh; hòa bình"), "");
	/* Words that fold like a name are not one across a comma, nor when
	 * the first word differs (seeds 000, 004). */
	cr_assert_str_eq(scan(reg, a, "y tế cơ sở, y tế dự phòng; kinh tế "
	    "số, du lịch xanh; chuyển đổi số du lịch"), "");
	cr_assert_str_eq(scan(reg, a, "Ban Quản ly Khu kinh tế Phú Quốc"),
	    "Ban Quản ly Khu kinh tế Phú Quốc=Ban Quản lý Khu kinh tế Phú Quốc");
	/* Two slips in a short name are too many. */
	cr_assert_str_eq(scan(reg, a, "Sở Tai chinh"), "");
	cr_assert_str_eq(scan(reg, a, "TP.HCM và TP. Hồ Chí Minh"),
	    "TP.HCM=Thành phố Hồ Chí Minh | "
	    "TP. Hồ Chí Minh=Thành phố Hồ Chí Minh");
	pl_arena_free(a);
	pl_registry_free(reg);
}

/* A whole long document is scanned without a pattern per name. */
Test(registry, scans_a_long_document_quickly, .timeout = 20)
{
	struct pl_registry *reg = NULL;
	struct pl_arena *a = pl_arena_new();
	struct pl_err err;
	const char *line = "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở "
	    "GTVT, UBND thành phố Phú Quốc và các sở, ban, ngành có liên "
	    "quan tổ chức thực hiện trên địa bàn tỉnh Kiên Giang";
	size_t total = 0;
	clock_t t0;

	cr_assert_eq(pl_registry_load("rules/agencies.yaml", &reg, &err), 0);
	t0 = clock();
	for (int i = 0; i < 20000; i++) {
		struct pl_reg_match *m;

		total += pl_registry_scan(reg, a, line, strlen(line), false, &m);
		if (i % 1000 == 999) {
			pl_arena_free(a);
			a = pl_arena_new();
		}
	}
	cr_assert_eq(total, 20000u * 4);
	cr_assert_lt((double)(clock() - t0) / CLOCKS_PER_SEC, 10.0);
	pl_arena_free(a);
	pl_registry_free(reg);
}
