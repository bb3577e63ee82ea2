/*
 * test_targets.c: the target matrix reporters (targets.c,
 * targets_json.c) on a tiny matrix built by hand: each format exactly,
 * in both languages; CSV quoting of commas, quotes and line breaks and
 * the optional BOM; Markdown escaping of "|"; --only-mismatches; a place
 * column only when rows of several places are shown.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "../../src/report/report.h"

struct fixture {
	struct pl_doc		*docs[2];
	struct pl_matrix	 m;
};

static void
target(struct pl_doc *doc, int line, const char *indicator, double v,
    const char *unit, enum pl_qualifier q)
{
	struct pl_target *t = pl_doc_add_target(doc);

	t->pos.line = line;
	t->indicator = indicator;
	t->value = v;
	t->unit = unit;
	t->qualifier = q;
	t->task = -1;
}

static struct pl_mx_row *
row(struct fixture *f, const char *key, const char *label, int year,
    int span)
{
	struct pl_matrix *m = &f->m;
	struct pl_mx_row *r = pl_vec_push(m->arena, &m->rows, &m->nrows,
	    &m->caprows, sizeof(*r));

	r->key = key;
	r->label = label;
	r->family = "percent";
	r->year = year;
	r->span = span;
	r->by_name = key == NULL;
	r->cells = pl_arena_alloc(m->arena, 2 * sizeof(*r->cells));
	for (size_t d = 0; d < 2; d++) {
		r->cells[d].target = -1;
		r->cells[d].vs_doc = -1;
	}
	return r;
}

static void
cell(struct pl_mx_row *r, size_t d, int target, const char *value,
    enum pl_mx_status st)
{
	r->cells[d].target = target;
	r->cells[d].value = value;
	r->cells[d].status = st;
	r->mismatch |= st >= PL_MX_UNIT;
}

/*
 * Two An Giang plans; rows: GRDP that differs, a match by name whose
 * label needs quoting and escaping, and an income figure 10^3 off that
 * only one plan has.
 */
static void
setup(struct fixture *f)
{
	struct pl_mx_row *r;

	memset(f, 0, sizeof(*f));
	f->docs[0] = pl_doc_new("a.txt");
	f->docs[0]->meta.kind = "KẾ HOẠCH";
	f->docs[0]->meta.symbol = "12-KH/TU";
	f->docs[0]->meta.date = (struct pl_date){ 2025, 12, 3 };
	f->docs[0]->meta.issuer = "Tỉnh ủy An Giang";
	f->docs[0]->meta.level = PL_LEVEL_TINH;
	f->docs[0]->meta.locality = "An Giang";
	f->docs[1] = pl_doc_new("b,\"2\".txt");
	f->docs[1]->meta.locality = "An Giang";
	f->docs[1]->meta.issuer = "UBND tỉnh";
	target(f->docs[0], 27, "GRDP", 616565.83, "tỷ đồng", PL_Q_EQ);
	target(f->docs[0], 29, "Thu nhập", 8.59, "triệu đồng", PL_Q_GT);
	target(f->docs[0], 31, "HTX", 60, "%", PL_Q_EQ);
	target(f->docs[1], 230, "GRDP", 630370.27, "tỷ đồng", PL_Q_EQ);
	target(f->docs[1], 240, "HTX", 60, "%", PL_Q_EQ);
	f->m.arena = pl_arena_new();
	f->m.docs = (const struct pl_doc *const *)f->docs;
	f->m.ndocs = 2;

	r = row(f, "grdp", "GRDP", 2030, 0);
	r->family = "vnd";
	cell(r, 0, 0, "616.565,83 tỷ đồng", PL_MX_DIFFERS);
	cell(r, 1, 0, "630.370,27 tỷ đồng", PL_MX_DIFFERS);
	r->cells[0].vs_doc = 1;
	r->cells[0].vs_line = 230;
	r->cells[1].vs_doc = 0;
	r->cells[1].vs_line = 27;
	r = row(f, NULL, "HTX \"kiểu mới\", | hiệu quả\ntốt", 2030, 5);
	cell(r, 0, 2, "60%", PL_MX_SAME);
	cell(r, 1, 1, "60%", PL_MX_SAME);
	r = row(f, "income_month", "Thu nhập", 2030, 0);
	r->family = "vnd";
	cell(r, 0, 1, "> 8,59 triệu đồng", PL_MX_UNIT);
	r->cells[0].slip = 3;
	r->cells[0].implausible = true;
}

static void
teardown(struct fixture *f)
{
	pl_arena_free(f->m.arena);
	pl_doc_free(f->docs[0]);
	pl_doc_free(f->docs[1]);
}

typedef void (*render_fn)(struct pl_buf *, const struct pl_matrix *,
    const struct pl_targets_opts *);

static char *
render(render_fn fn, struct fixture *f, struct pl_targets_opts o)
{
	struct pl_buf out = { 0 };

	fn(&out, &f->m, &o);
	return pl_buf_take(&out);
}

Test(targets, text_exact)
{
	struct fixture f;
	char *s;

	setup(&f);
	s = render(pl_report_targets_text, &f,
	    (struct pl_targets_opts){ .lang = PL_LANG_VI });
	cr_expect_str_eq(s,
	    "Chỉ tiêu của 2 văn bản: 3 dòng, 2 dòng có số liệu không khớp\n"
	    "  [1] a.txt: KẾ HOẠCH số 12-KH/TU, 03/12/2025, Tỉnh ủy An Giang\n"
	    "  [2] b,\"2\".txt: UBND tỉnh\n"
	    "\n"
	    "Chỉ tiêu                        Năm        [1]                   "
	    "        [2]\n"
	    "------------------------------  ---------  ----------------------"
	    "------  --------------------------\n"
	    "GRDP                            2030       616.565,83 tỷ đồng (27) "
	    "≠     630.370,27 tỷ đồng (230) ≠\n"
	    "HTX \"kiểu mới\", | hiệu quả tốt  2026-2030  60% (31) ~          "
	    "          60% (240) ~\n"
	    "Thu nhập                        2030       > 8,59 triệu đồng (29) "
	    "×10³?  —\n"
	    "\n"
	    "Ký hiệu:\n"
	    "  ≠      số liệu không khớp (cùng chỉ tiêu, địa bàn, năm hoặc "
	    "giai đoạn)\n"
	    "  ×10³?  lệch khoảng 1.000 lần (×10⁶?: 1.000.000 lần): có thể "
	    "nhầm đơn vị\n"
	    "  ?      ngoài khoảng hợp lý của chỉ tiêu: có thể nhầm đơn vị\n"
	    "  ~      khớp theo tên: chỉ tiêu không có trong danh mục\n"
	    "  —      văn bản không có chỉ tiêu này\n"
	    "  (27)   dòng trong văn bản\n");
	free(s);
	teardown(&f);
}

/* Columns are padded by code points: "Tỷ lệ" is 5 wide, not 8 bytes. */
Test(targets, text_widths_in_code_points)
{
	struct fixture f;
	char *s, *p;

	setup(&f);
	f.m.nrows = 1;
	f.m.rows[0].label = "Tỷ lệ";
	s = render(pl_report_targets_text, &f,
	    (struct pl_targets_opts){ .lang = PL_LANG_EN,
	    .only_mismatches = true });
	cr_assert_not_null(p = strstr(s, "\nIndicator  Year  [1]"), "%s", s);
	cr_expect_not_null(strstr(s, "\nTỷ lệ      2030  616.565,83"), "%s", s);
	cr_expect_not_null(strstr(s, "\n---------  ----  ---"), "%s", s);
	cr_expect_not_null(strstr(s, "Targets of 2 documents: 1 rows, 1 with "
	    "figures that disagree\n"));
	cr_expect_not_null(strstr(s, "Marks:\n  ≠      figures that cannot "
	    "both hold"));
	free(s);
	teardown(&f);
}

/* Long labels are cut at 50 code points with "…". */
Test(targets, text_long_label)
{
	struct fixture f;
	char *s;

	setup(&f);
	f.m.nrows = 1;
	f.m.rows[0].label = "Tỷ lệ khu công nghiệp, khu chế xuất đang hoạt động "
	    "có hệ thống xử lý nước thải tập trung";
	s = render(pl_report_targets_text, &f,
	    (struct pl_targets_opts){ .lang = PL_LANG_VI });
	cr_expect_not_null(strstr(s, "\nTỷ lệ khu công nghiệp, khu chế xuất đang "
	    "hoạt…  2030"), "%s", s);
	free(s);
	teardown(&f);
}

Test(targets, csv_exact)
{
	struct fixture f;
	char *s;

	setup(&f);
	s = render(pl_report_targets_csv, &f,
	    (struct pl_targets_opts){ .lang = PL_LANG_VI });
	cr_expect_str_eq(s,
	    "Chỉ tiêu,Mã,Nhóm đơn vị,Năm,Địa bàn,"
	    "a.txt: giá trị,a.txt: dòng,a.txt: đánh giá,"
	    "\"b,\"\"2\"\".txt: giá trị\",\"b,\"\"2\"\".txt: dòng\","
	    "\"b,\"\"2\"\".txt: đánh giá\"\r\n"
	    "GRDP,grdp,vnd,2030,An Giang,"
	    "\"616.565,83 tỷ đồng\",27,không khớp,"
	    "\"630.370,27 tỷ đồng\",230,không khớp\r\n"
	    "\"HTX \"\"kiểu mới\"\", | hiệu quả\ntốt\",,percent,2026-2030,"
	    "An Giang,60%,31,\"khớp, theo tên\",60%,240,\"khớp, theo tên\"\r\n"
	    "Thu nhập,income_month,vnd,2030,An Giang,"
	    "\"> 8,59 triệu đồng\",29,nghi nhầm đơn vị (×10³),,,\r\n");
	free(s);
	teardown(&f);
}

Test(targets, csv_bom_english_only_mismatches)
{
	struct fixture f;
	char *s;

	setup(&f);
	s = render(pl_report_targets_csv, &f,
	    (struct pl_targets_opts){ .lang = PL_LANG_EN, .bom = true,
	    .only_mismatches = true });
	cr_expect(strncmp(s, "\xEF\xBB\xBFIndicator,Key,Unit family,Year,"
	    "Place,a.txt: value,a.txt: line,a.txt: status,", 60) == 0, "%s",
	    s);
	cr_expect_null(strstr(s, "HTX"));
	cr_expect_not_null(strstr(s, ",29,unit suspect (×10³),,,\r\n"));
	cr_expect_not_null(strstr(s, ",27,differs,"));
	free(s);
	s = render(pl_report_targets_csv, &f,
	    (struct pl_targets_opts){ .lang = PL_LANG_VI });
	cr_expect(strncmp(s, "Chỉ tiêu,", 9) == 0, "no BOM by default");
	free(s);
	teardown(&f);
}

Test(targets, json_exact)
{
	struct fixture f;
	char *s;

	setup(&f);
	f.m.nrows = 2;	/* GRDP and the match by name */
	s = render(pl_report_targets_json, &f,
	    (struct pl_targets_opts){ .lang = PL_LANG_VI,
	    .only_mismatches = true });
	cr_expect_str_eq(s,
	    "{\n"
	    "  \"schema\": \"planlint.targets/1\",\n"
	    "  \"documents\": [\n"
	    "    {\n"
	    "      \"index\": 1,\n"
	    "      \"path\": \"a.txt\",\n"
	    "      \"kind\": \"KẾ HOẠCH\",\n"
	    "      \"symbol\": \"12-KH/TU\",\n"
	    "      \"date\": \"2025-12-03\",\n"
	    "      \"issuer\": \"Tỉnh ủy An Giang\",\n"
	    "      \"level\": \"tinh\",\n"
	    "      \"locality\": \"An Giang\"\n"
	    "    },\n"
	    "    {\n"
	    "      \"index\": 2,\n"
	    "      \"path\": \"b,\\\"2\\\".txt\",\n"
	    "      \"kind\": null,\n"
	    "      \"symbol\": null,\n"
	    "      \"date\": null,\n"
	    "      \"issuer\": \"UBND tỉnh\",\n"
	    "      \"level\": \"unknown\",\n"
	    "      \"locality\": \"An Giang\"\n"
	    "    }\n"
	    "  ],\n"
	    "  \"rows\": [\n"
	    "    {\n"
	    "      \"key\": \"grdp\",\n"
	    "      \"indicator\": \"GRDP\",\n"
	    "      \"unit_family\": \"vnd\",\n"
	    "      \"year\": 2030,\n"
	    "      \"period\": null,\n"
	    "      \"scope\": 1,\n"
	    "      \"by_name\": false,\n"
	    "      \"mismatch\": true,\n"
	    "      \"cells\": [\n"
	    "        {\n"
	    "          \"line\": 27,\n"
	    "          \"indicator\": \"GRDP\",\n"
	    "          \"value\": \"616.565,83 tỷ đồng\",\n"
	    "          \"number\": 616565.83,\n"
	    "          \"number_max\": null,\n"
	    "          \"qualifier\": \"eq\",\n"
	    "          \"unit\": \"tỷ đồng\",\n"
	    "          \"period\": null,\n"
	    "          \"status\": \"differs\",\n"
	    "          \"factor\": null,\n"
	    "          \"implausible\": false,\n"
	    "          \"against\": {\n"
	    "            \"document\": 2,\n"
	    "            \"line\": 230\n"
	    "          }\n"
	    "        },\n"
	    "        {\n"
	    "          \"line\": 230,\n"
	    "          \"indicator\": \"GRDP\",\n"
	    "          \"value\": \"630.370,27 tỷ đồng\",\n"
	    "          \"number\": 630370.27,\n"
	    "          \"number_max\": null,\n"
	    "          \"qualifier\": \"eq\",\n"
	    "          \"unit\": \"tỷ đồng\",\n"
	    "          \"period\": null,\n"
	    "          \"status\": \"differs\",\n"
	    "          \"factor\": null,\n"
	    "          \"implausible\": false,\n"
	    "          \"against\": {\n"
	    "            \"document\": 1,\n"
	    "            \"line\": 27\n"
	    "          }\n"
	    "        }\n"
	    "      ]\n"
	    "    }\n"
	    "  ],\n"
	    "  \"summary\": {\n"
	    "    \"documents\": 2,\n"
	    "    \"rows\": 1,\n"
	    "    \"mismatches\": 1\n"
	    "  }\n"
	    "}\n");
	free(s);
	teardown(&f);
}

Test(targets, json_cells)
{
	struct fixture f;
	char *s;

	setup(&f);
	s = render(pl_report_targets_json, &f,
	    (struct pl_targets_opts){ .lang = PL_LANG_VI });
	/* The match by name: a period, by_name, no key. */
	cr_expect_not_null(strstr(s, "\"key\": null,\n"
	    "      \"indicator\": \"HTX \\\"kiểu mới\\\", | hiệu quả\\ntốt\",\n"
	    "      \"unit_family\": \"percent\",\n"
	    "      \"year\": 2030,\n"
	    "      \"period\": \"2026-2030\",\n"
	    "      \"scope\": 1,\n"
	    "      \"by_name\": true,\n"
	    "      \"mismatch\": false,"), "%s", s);
	cr_expect_not_null(strstr(s, "\"status\": \"same\""));
	/* The slip: factor and implausible; the empty cell is null. */
	cr_expect_not_null(strstr(s, "\"status\": \"unit-suspect\",\n"
	    "          \"factor\": 1000,\n"
	    "          \"implausible\": true,\n"
	    "          \"against\": null\n"
	    "        },\n"
	    "        null\n"
	    "      ]"), "%s", s);
	cr_expect_not_null(strstr(s, "\"rows\": 3,\n    \"mismatches\": 2\n"));
	free(s);
	teardown(&f);
}

Test(targets, md_exact)
{
	struct fixture f;
	char *s;

	setup(&f);
	s = render(pl_report_targets_md, &f,
	    (struct pl_targets_opts){ .lang = PL_LANG_EN });
	cr_expect_str_eq(s,
	    "Targets of 2 documents: 3 rows, 2 with figures that disagree\n"
	    "\n"
	    "1. a.txt: KẾ HOẠCH no. 12-KH/TU, 03/12/2025, Tỉnh ủy An Giang\n"
	    "2. b,\"2\".txt: UBND tỉnh\n"
	    "\n"
	    "| Indicator | Year | [1] | [2] |\n"
	    "| --- | --- | --- | --- |\n"
	    "| GRDP | 2030 | 616.565,83 tỷ đồng (27) ≠ | 630.370,27 tỷ đồng "
	    "(230) ≠ |\n"
	    "| HTX \"kiểu mới\", \\| hiệu quả tốt | 2026-2030 | 60% (31) ~ | "
	    "60% (240) ~ |\n"
	    "| Thu nhập | 2030 | > 8,59 triệu đồng (29) ×10³? | — |\n"
	    "\n"
	    "Marks:\n"
	    "\n"
	    "- ≠ figures that cannot both hold (same indicator, place, year or "
	    "period)\n"
	    "- ×10³? about 1,000 times off (×10⁶?: 1,000,000 times): probably "
	    "a unit slip\n"
	    "- ? outside the indicator's plausible range: probably a unit "
	    "slip\n"
	    "- ~ matched by name: the indicator is not in the registry\n"
	    "- — the document has no such target\n"
	    "- (27) line in the document\n");
	free(s);
	teardown(&f);
}

/* Rows of two places: a place column in the text and Markdown tables. */
Test(targets, place_column)
{
	struct fixture f;
	char *s;

	setup(&f);
	f.docs[1]->meta.locality = "Phú Quốc";
	f.m.rows[2].scope = 1;
	f.m.rows[2].cells[0].target = -1;
	f.m.rows[2].cells[1].target = 0;
	f.m.rows[2].cells[1].value = "5%";
	f.m.rows[2].cells[1].status = PL_MX_UNIT;
	f.m.rows[2].cells[1].slip = 3;
	s = render(pl_report_targets_md, &f,
	    (struct pl_targets_opts){ .lang = PL_LANG_VI });
	cr_expect_not_null(strstr(s, "| Chỉ tiêu | Năm | Địa bàn | [1] | [2] "
	    "|\n| --- | --- | --- | --- | --- |\n"), "%s", s);
	cr_expect_not_null(strstr(s, "| Thu nhập | 2030 | Phú Quốc | — | 5% "
	    "(230) ×10³? |\n"), "%s", s);
	free(s);
	s = render(pl_report_targets_text, &f,
	    (struct pl_targets_opts){ .lang = PL_LANG_VI });
	cr_expect_not_null(strstr(s, "Địa bàn"), "%s", s);
	free(s);
	/* Only the GRDP row left: one place, no column. */
	s = render(pl_report_targets_text, &f,
	    (struct pl_targets_opts){ .lang = PL_LANG_VI,
	    .only_mismatches = true });
	cr_expect_not_null(strstr(s, "Địa bàn"), "both mismatches shown");
	free(s);
	f.m.rows[2].mismatch = false;
	s = render(pl_report_targets_text, &f,
	    (struct pl_targets_opts){ .lang = PL_LANG_VI,
	    .only_mismatches = true });
	cr_expect_null(strstr(s, "Địa bàn"), "%s", s);
	free(s);
	teardown(&f);
}
