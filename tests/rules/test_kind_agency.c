/*
 * test_kind_agency.c: the agency kind (kind_agency.c, kind_abbrev.c) with
 * the shipped packs: agency.obsolete by the document's date or --as-of,
 * agency.name-variant, abbrev.undefined (and a legend that defines another
 * abbreviation than the one used), doc.wrong-locality and the mentions of
 * other provinces that must not fire.
 */
#include "rules_test.h"

static struct pl_ruleset *rs;

static void
setup(void)
{
	rs = load_shipped();
}

static void
teardown(void)
{
	pl_ruleset_free(rs);
}

TestSuite(agency, .init = setup, .fini = teardown);

/*
 * A document whose lines are `lines` (NULL-terminated): line 1 is a
 * "NHIỆM VỤ" section heading; each line from 2 on that starts with "#" is a
 * table task (the rest of the line split at TABs into text, lead,
 * coordinators), any other line is prose of the section.
 */
static struct pl_doc *
mkdoc(const char *locality, int y, int m, int d, const char *const *lines)
{
	struct pl_doc *doc = pl_doc_new("t.txt");
	struct pl_section *s;
	int n = 1;

	doc->meta.locality = locality;
	doc->meta.date = (struct pl_date){ y, m, d };
	add_line(doc, "II. NỘI DUNG THỰC HIỆN");
	s = pl_doc_add_section(doc);
	s->id = "II";
	s->title = "NỘI DUNG THỰC HIỆN";
	s->line = 1;
	s->parent = -1;
	s->kind = PL_SEC_TASKS;
	for (const char *const *l = lines; *l != NULL; l++) {
		const char *txt = (*l)[0] == '#' ? *l + 1 : *l;
		char *cells[3] = { NULL, NULL, NULL }, *c, *dup;
		struct pl_task *t;

		add_line(doc, txt);
		n++;
		if ((*l)[0] != '#')
			continue;
		dup = pl_arena_strdup(doc->arena, txt);
		for (int k = 0; k < 3 && (c = strsep(&dup, "\t")) != NULL; k++)
			cells[k] = c;
		t = add_row(doc, pl_arena_printf(doc->arena, "II/%d", n), n,
		    cells[0], cells[1], "Quý II/2026", PL_DL_SPECIFIC,
		    "Báo cáo");
		t->section = 0;
		if (cells[2] != NULL) {
			t->coord_raw = cells[2];
			t->coordinators.n = 0;
			pl_strlist_add(doc->arena, &t->coordinators, cells[2]);
		}
	}
	return doc;
}

static void
check_as_of(struct pl_doc *doc, struct pl_date as_of, enum pl_lang lang)
{
	struct pl_check_opts o = { .lang = lang, .as_of = as_of };
	struct pl_err err;

	cr_assert_eq(pl_check_docs(rs, &doc, 1, &o, &err), 0, "%s",
	    err.detail);
}

/* The number of findings of rule id whose message contains s. */
static int
count_msg(const struct pl_doc *doc, const char *id, const char *s)
{
	int n = 0;

	for (size_t i = 0; i < doc->nfindings; i++)
		if (strcmp(doc->findings[i].rule, id) == 0 &&
		    strstr(doc->findings[i].message, s) != NULL)
			n++;
	return n;
}

static void
dump(const struct pl_doc *doc)
{
	for (size_t i = 0; i < doc->nfindings; i++)
		cr_log_info("%d:%d %s %s", doc->findings[i].pos.line,
		    doc->findings[i].pos.col, doc->findings[i].rule,
		    doc->findings[i].message);
}

/* Names seed 004 uses: all valid on 16/5/2024. */
static const char *const names_2024[] = {
	"#Khơi thông nguồn lực cho phát triển\tSở Kế hoạch và Đầu tư chủ trì "
	    "cùng UBND thành phố Phú Quốc\tCác Sở: GTVT, XD; Sở Tài nguyên và "
	    "Môi trường",
	"#Xây dựng Đảng trong sạch, vững mạnh\tĐề nghị Thành ủy Phú Quốc lãnh "
	    "đạo thực hiện\tBan Cán sự Đảng UBND tỉnh",
	"Tham mưu UBND tỉnh phối hợp với Bộ Kế hoạch và Đầu tư, Bộ Tài chính.",
	NULL,
};

Test(agency, obsolete_not_reported_when_valid_on_the_document_date)
{
	struct pl_doc *doc = mkdoc("Kiên Giang", 2024, 5, 16, names_2024);

	run(rs, doc);
	dump(doc);
	cr_assert_eq(count_rule(doc, "agency.obsolete"), 0);
	/* Even with --as-of: the document's own date comes first. */
	pl_doc_free(doc);
	doc = mkdoc("Kiên Giang", 2024, 5, 16, names_2024);
	check_as_of(doc, (struct pl_date){ 2025, 8, 1 }, PL_LANG_VI);
	cr_assert_eq(count_rule(doc, "agency.obsolete"), 0);
	pl_doc_free(doc);
}

Test(agency, obsolete_with_as_of_when_the_document_has_no_date)
{
	struct pl_doc *doc = mkdoc("Kiên Giang", 0, 0, 0, names_2024);
	const struct pl_finding *f;

	/* No date, no --as-of: nothing to compare with. */
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "agency.obsolete"), 0);
	pl_doc_free(doc);

	doc = mkdoc("Kiên Giang", 0, 0, 0, names_2024);
	check_as_of(doc, (struct pl_date){ 2025, 8, 1 }, PL_LANG_VI);
	dump(doc);
	cr_assert_eq(count_msg(doc, "agency.obsolete",
	    "\"Sở Kế hoạch và Đầu tư\" không còn tồn tại vào ngày 01/08/2025: "
	    "từ 01/03/2025 là \"Sở Tài chính\" (NĐ 45/2025/NĐ-CP)."), 1);
	cr_assert_eq(count_msg(doc, "agency.obsolete", "\"GTVT\""), 1);
	cr_assert_eq(count_msg(doc, "agency.obsolete",
	    "\"Sở Nông nghiệp và Môi trường\""), 1);
	cr_assert_eq(count_msg(doc, "agency.obsolete",
	    "\"UBND đặc khu Phú Quốc\""), 1);
	cr_assert_eq(count_msg(doc, "agency.obsolete",
	    "\"Đảng ủy đặc khu Phú Quốc\""), 1);
	cr_assert_eq(count_msg(doc, "agency.obsolete", "\"Bộ Tài chính\""), 1);
	f = find_rule(doc, "agency.obsolete");
	cr_assert_eq(f->severity, PL_SEV_ERROR);
	cr_assert_eq(f->task, 0);
	cr_assert_eq(f->pos.line, 2);
	cr_assert_gt(f->pos.col, 1);
	cr_assert_geq(f->pos.end_col, f->pos.col);
	/* Ban Cán sự đảng: the date is not confirmed, so info only. */
	for (size_t i = 0; i < doc->nfindings; i++)
		if (strcmp(doc->findings[i].rule, "agency.obsolete") == 0 &&
		    strstr(doc->findings[i].message, "Ban Cán sự") != NULL) {
			cr_assert_eq(doc->findings[i].severity, PL_SEV_INFO);
			cr_assert_not_null(strstr(doc->findings[i].message,
			    "chưa được xác minh"));
		}
	/* The Bộ Tài chính itself is fine. */
	cr_assert_eq(count_msg(doc, "agency.obsolete", "\"Bộ Tài chính\" không"),
	    0);
	pl_doc_free(doc);
}

Test(agency, obsolete_by_the_date_of_each_change)
{
	/* 1/4/2025: the departments are gone, Phú Quốc is still a city. */
	struct pl_doc *doc = mkdoc("Kiên Giang", 2025, 4, 1, names_2024);

	run(rs, doc);
	cr_assert_eq(count_msg(doc, "agency.obsolete", "Sở Tài chính"), 1);
	cr_assert_eq(count_msg(doc, "agency.obsolete", "Phú Quốc"), 0);
	pl_doc_free(doc);
}

Test(agency, obsolete_once_per_name_per_task_and_in_english)
{
	static const char *const lines[] = {
		"#Sở GTVT rà soát; Sở GTVT báo cáo\tSở GTVT\tSở Xây dựng",
		"#Sở GTVT cũng tham mưu\tSở Xây dựng\tCác sở, ngành",
		/* History and citations are not reported. */
		"#Tiếp nhận tài sản của Sở Kế hoạch và Đầu tư (cũ)\tSở Tài chính",
		"#Thực hiện Công văn số 234-CV/BTGTU\tSở Nội vụ",
		"#Nguyên Giám đốc nguyên Sở Thông tin và Truyền thông\tSở Nội vụ",
		/* The bare name of a merged province is history. */
		"#Lưu trữ hồ sơ tỉnh Kiên Giang\tSở Nội vụ",
		"#Phân cấp cho UBND tỉnh Kiên Giang\tSở Nội vụ",
		NULL,
	};
	struct pl_doc *doc = mkdoc("An Giang", 2026, 1, 5, lines);

	run_docs(rs, &doc, 1, PL_LANG_EN);
	dump(doc);
	cr_assert_eq(count_msg(doc, "agency.obsolete", "\"Sở GTVT\""), 2);
	cr_assert_eq(count_msg(doc, "agency.obsolete", "Kế hoạch và Đầu tư"),
	    0);
	cr_assert_eq(count_msg(doc, "agency.obsolete", "BTGTU"), 0);
	cr_assert_eq(count_msg(doc, "agency.obsolete", "Truyền thông"), 0);
	cr_assert_eq(count_msg(doc, "agency.obsolete",
	    "\"UBND tỉnh Kiên Giang\" no longer exists on 05/01/2026: since "
	    "01/07/2025 it is \"UBND tỉnh An Giang\""), 1);
	cr_assert_eq(count_rule(doc, "agency.obsolete"), 3);
	pl_doc_free(doc);
}

Test(agency, obsolete_scoped_entries_only_in_their_province)
{
	static const char *const lines[] = {
		"#Tổ chức lễ hội\tSở Văn hóa, Thể thao và Du lịch\tSở Y tế",
		NULL,
	};
	struct pl_doc *doc = mkdoc("An Giang", 2026, 3, 1, lines);
	const struct pl_finding *f;

	run(rs, doc);
	f = find_rule(doc, "agency.obsolete");
	cr_assert_not_null(f);
	cr_assert_eq(f->severity, PL_SEV_INFO);	/* unverified */
	cr_assert_not_null(strstr(f->message,
	    "\"Sở Văn hóa và Thể thao\" và \"Sở Du lịch\""));
	pl_doc_free(doc);
	doc = mkdoc("Lạng Sơn", 2026, 3, 1, lines);
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "agency.obsolete"), 0);
	pl_doc_free(doc);
}

Test(agency, variant_truncated_misspelt_and_capitalised)
{
	static const char *const lines[] = {
		"#Triển khai cơ chế điện gió\tCông thương\tCác sở, ban, ngành",
		"#Phát triển đô thị\tSở Xây dựng chủ trì cùng các Sở: Giao thông "
		    "vận tải, Công Thương\tUBND thành phố Phú Quốc",
		"#Huy động nguồn lực\tSở Tài chính chủ trì cùng Ban Quản ly Khu "
		    "kinh tế Phú Quốc\tCác sở",
		"#Dự trữ năng lượng\tSở Công thương\tSở Tài chính",
		"#Thị trường bán lẻ\tSở Công thương\tSở Tài chính",
		"#Thương mại điện tử\tSở Công thương\tUỷ ban nhân dân tỉnh",
		"SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
		NULL,
	};
	struct pl_doc *doc = mkdoc("An Giang", 2026, 1, 5, lines);

	run(rs, doc);
	dump(doc);
	cr_assert_eq(count_msg(doc, "agency.name-variant",
	    "\"Công thương\" viết chưa đúng, tên đúng là \"Sở Công Thương\""),
	    1);
	cr_assert_not_null(find_on(doc, "agency.name-variant", 0));
	cr_assert_null(find_on(doc, "agency.name-variant", 1));
	cr_assert_eq(count_msg(doc, "agency.name-variant",
	    "\"Ban Quản ly Khu kinh tế Phú Quốc\" viết chưa đúng, tên đúng là "
	    "\"Ban Quản lý Khu kinh tế Phú Quốc\""), 1);
	/* Capitalisation: three times, reported once. */
	cr_assert_eq(count_msg(doc, "agency.name-variant",
	    "\"Sở Công thương\""), 1);
	cr_assert_eq(count_rule(doc, "agency.name-variant"), 3);
	pl_doc_free(doc);
}

Test(agency, abbrev_undefined_known_and_defined)
{
	static const char *const lines[] = {
		"#Hạ tầng chiến lược\tSở Xây dựng\tCác Sở: GTVT, XD, XTĐT, QLDA",
		"#Xúc tiến đầu tư\tTrung tâm Xúc tiến Đầu tư (XTĐT)\tUBND, HĐND",
		"#Thực hiện Kế hoạch số 158/KH-UBND và 09-CTr/TU\tSở Nội vụ",
		"#STT\tNội dung\tCơ quan chủ trì",	/* a table header */
		"CÁC NHIỆM VỤ CỤ THỂ",
		NULL,
	};
	struct pl_doc *doc = mkdoc("An Giang", 2026, 1, 5, lines);
	const struct pl_finding *f;

	run(rs, doc);
	dump(doc);
	/* XTĐT is defined inline, GTVT/XD/UBND/HĐND/STT are known. */
	cr_assert_eq(count_rule(doc, "abbrev.undefined"), 1);
	f = find_rule(doc, "abbrev.undefined");
	cr_assert_str_eq(f->message,
	    "Chữ viết tắt \"QLDA\" chưa được giải thích trong văn bản");
	cr_assert_eq(f->task, 0);
	cr_assert_eq(f->pos.line, 2);
	pl_doc_free(doc);
}

Test(agency, abbrev_legend_defines_another_than_used)
{
	static const char *const lines[] = {
		"#Hạ tầng giao thông\tSở Kế hoạch và Đầu tư\tCác Sở: GTVT, XD, "
		    "QLDA",
		"Ghi chú: Giao thông vận tải (GVT); Xây dựng (XD); Quản lý dự án "
		    "(QLDA).",
		NULL,
	};
	struct pl_doc *doc = mkdoc("Kiên Giang", 2024, 5, 16, lines);
	struct pl_abbrev *ab = pl_doc_add_abbrev(doc);
	const struct pl_finding *f;

	ab->abbr = "GVT";
	ab->full = "Giao thông vận tải";
	ab->line = 3;
	run(rs, doc);
	dump(doc);
	cr_assert_eq(count_rule(doc, "abbrev.undefined"), 1);
	f = find_rule(doc, "abbrev.undefined");
	cr_assert_str_eq(f->message, "Phần ghi chú định nghĩa \"GVT\" (Giao "
	    "thông vận tải) nhưng văn bản dùng \"GTVT\"");
	cr_assert_eq(f->pos.line, 3);
	cr_assert_eq(f->pos.col, 30);
	cr_assert_not_null(strstr(f->hint, "Giao thông vận tải (GTVT)"));
	pl_doc_free(doc);
}

Test(agency, wrong_locality_in_the_tasks)
{
	static const char *const lines[] = {
		"#Tuyên truyền kết quả phát triển trên địa bàn tỉnh Lạng Sơn\t"
		    "UBND tỉnh Lạng Sơn\tSở Y tế",
		"#Đón khách du lịch\tSở Du lịch\tUBND tỉnh Lạng Sơn",
		NULL,
	};
	struct pl_doc *doc = mkdoc("An Giang", 2026, 3, 1, lines);
	const struct pl_finding *f;

	run(rs, doc);
	dump(doc);
	/* Once per other province. */
	cr_assert_eq(count_rule(doc, "doc.wrong-locality"), 1);
	f = find_rule(doc, "doc.wrong-locality");
	cr_assert_str_eq(f->message, "\"Lạng Sơn\" thuộc Lạng Sơn, không "
	    "phải địa phương của văn bản (An Giang)");
	cr_assert_eq(f->task, 0);
	pl_doc_free(doc);
}

Test(agency, wrong_locality_not_for_neighbours_history_or_bare_names)
{
	static const char *const lines[] = {
		"#Tăng cường liên kết vùng với tỉnh Cần Thơ, tỉnh Đồng Tháp\tSở "
		    "Tài chính",
		"#Hợp tác với các địa phương giáp biên của Campuchia\tSở Ngoại vụ",
		"#Đầu tư tuyến cao tốc Châu Đốc - Cần Thơ - Sóc Trăng\tSở Xây "
		    "dựng",
		"#Thực hiện Nghị quyết số 26-NQ/TU của Tỉnh ủy Lạng Sơn\tSở Nội vụ",
		"#Học tập kinh nghiệm phát triển du lịch của Lạng Sơn\tSở Du lịch",
		"#Bàn giao hồ sơ của tỉnh Kiên Giang (cũ)\tSở Nội vụ",
		"#Giao Ủy ban nhân dân tỉnh Kiên Giang bàn giao\tSở Nội vụ",
		NULL,
	};
	struct pl_doc *doc = mkdoc("An Giang", 2026, 3, 1, lines);

	run(rs, doc);
	dump(doc);
	cr_assert_eq(count_rule(doc, "doc.wrong-locality"), 0);
	pl_doc_free(doc);
}

Test(agency, wrong_locality_province_by_date_issuer_or_majority)
{
	static const char *const lines[] = {
		"#Phối hợp triển khai trên địa bàn tỉnh An Giang\tSở Nội vụ",
		NULL,
	};
	static const char *const most[] = {
		"#Phát triển kinh tế tỉnh Lạng Sơn\tSở Tài chính",
		"#Du lịch tỉnh Lạng Sơn\tSở Du lịch",
		"#Giáo dục trên địa bàn tỉnh Hà Giang\tSở Giáo dục và Đào tạo",
		NULL,
	};
	struct pl_doc *doc = mkdoc(NULL, 2024, 5, 16, lines);

	/* A 2024 plan of Kiên Giang (from its issuer): An Giang is
	 * another province then. */
	doc->meta.issuer = "Ủy ban nhân dân tỉnh Kiên Giang";
	run(rs, doc);
	cr_assert_eq(count_msg(doc, "doc.wrong-locality", "(Kiên Giang)"), 1);
	pl_doc_free(doc);
	/* In 2026 both are An Giang. */
	doc = mkdoc(NULL, 2026, 3, 1, lines);
	doc->meta.issuer = "Ủy ban nhân dân tỉnh Kiên Giang";
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "doc.wrong-locality"), 0);
	pl_doc_free(doc);
	/* No locality, no issuer: the province named most. */
	doc = mkdoc(NULL, 2026, 3, 1, most);
	run(rs, doc);
	dump(doc);
	cr_assert_eq(count_rule(doc, "doc.wrong-locality"), 1);
	cr_assert_eq(count_msg(doc, "doc.wrong-locality",
	    "thuộc Tuyên Quang, không phải địa phương của văn bản (Lạng Sơn)"),
	    1);
	pl_doc_free(doc);
	/* Nothing to go by: not checked. */
	doc = mkdoc(NULL, 2026, 3, 1, lines);
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "doc.wrong-locality"), 0);
	pl_doc_free(doc);
}
