/*
 * test_table.c: tab-separated assignment tables (table.c): the header in
 * any order, repeated headers, continuation, group and sub-rows, ids, and
 * the appendix tables of seeds 001 and 004.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "../../src/ingest/ingest_int.h"

static struct pl_doc *
ingest(const char *text)
{
	struct pl_doc *doc = NULL;
	struct pl_err err;

	cr_assert_eq(pl_ingest_bytes("t.txt", text, strlen(text), NULL, &doc,
	    &err), 0);
	return doc;
}

static struct pl_doc *
ingest_file(const char *path)
{
	struct pl_doc *doc = NULL;
	struct pl_err err;

	cr_assert_eq(pl_ingest_file(path, NULL, &doc, &err), 0, "%s", path);
	return doc;
}

static const struct pl_task *
task(const struct pl_doc *doc, const char *id)
{
	for (size_t i = 0; i < doc->ntasks; i++)
		if (doc->tasks[i].id != NULL &&
		    strcmp(doc->tasks[i].id, id) == 0)
			return &doc->tasks[i];
	cr_assert_fail("no task %s", id);
	return NULL;
}

static const struct pl_section *
section(const struct pl_doc *doc, const char *id)
{
	for (size_t i = 0; i < doc->nsections; i++)
		if (strcmp(doc->sections[i].id, id) == 0)
			return &doc->sections[i];
	return NULL;
}

static size_t
table_tasks(const struct pl_doc *doc)
{
	size_t n = 0;

	for (size_t i = 0; i < doc->ntasks; i++)
		n += doc->tasks[i].source == PL_SRC_TABLE;
	return n;
}

/* ---- Header detection ---- */

struct header_case {
	const char	*line;
	bool		 table;
};

static const struct header_case headers[] = {
	{ "Số TT\tTên nhiệm vụ\tCơ quan chủ trì\tThời hạn hoàn thành", true },
	{ "Nội dung\tThời gian thực hiện\tTT\tCơ quan phối hợp", true },
	{ "TT\tNội dung", true },
	{ "STT\tTên công việc\tCơ quan chủ trì\tCơ quan phối hợp\tBiện pháp, "
	    "nguồn lực thực hiện\tThời gian thực hiện\tKết quả cần đạt được",
	    true },
	{ "Cơ quan chỉ đạo thực hiện\tCơ quan chủ trì tham mưu", true },
	{ "Số TT Tên nhiệm vụ Cơ quan chủ trì", false },
	{ "1\tRà soát văn bản\tSở Tư pháp\tQuý II/2026", false },
	{ "1\tRà soát\tSở Xây dựng chủ trì cùng các Sở\tThời gian dài", false },
	{ "Số TT\tGhi chú\tabc\tdef", false },
	{ "", false },
};

Test(table, starts)
{
	struct pl_doc *doc = ingest("x\n");

	for (size_t i = 0; i < PL_NELEM(headers); i++) {
		const struct header_case *c = &headers[i];
		struct pl_line *l = pl_doc_add_line(doc);

		l->s = c->line;
		l->len = strlen(c->line);
		l->orig = (int)doc->text.n;
		cr_expect_eq(pl_table_starts(doc, doc->text.n - 1), c->table,
		    "%s", c->line);
	}
	pl_doc_free(doc);
}

/* ---- One synthetic appendix ---- */

static const char appendix[] =
    "PHỤ LỤC\n"						/* 1 */
    "NHIỆM VỤ TRỌNG TÂM\n"					/* 2 */
    "\n"
    "STT\tTên nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\t"
    "Thời hạn hoàn thành\tSản phẩm\n"				/* 4 */
    "I\tNhóm nhiệm vụ về thể chế\t\t\t\t\n"			/* 5 */
    "1\tRà soát văn bản\tSở Tư pháp\tCác sở, ban, ngành\tQuý II/2026\t"
    "- Kế hoạch  rà soát. - Báo cáo\n"				/* 6 */
    "2\tXây dựng đề án\tSở Nội vụ\tSở Tài chính\tTriển khai thực hiện\t\n"
    "\n"
    "- 2 -\n"							/* 9 */
    "\n"
    "STT\tTên nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\t"
    "Thời hạn hoàn thành\tSản phẩm\n"				/* 11 */
    "\tchuyển đổi số\t\t\tngay sau khi Trung ương ban hành, phê duyệt\t"
    "Đề án\n"							/* 12 */
    "II CÁC NHIỆM VỤ CỤ THỂ\t\t\t\t\t\n"			/* 13 */
    "1\tThực hiện “sáu đẩy mạnh”:\tSở Kế hoạch và Đầu tư\t\t\t\n"
    "a)\tĐẩy mạnh cải cách\t\tSở Nội vụ\tThường xuyên\t\n"	/* 15 */
    "đ)\tĐẩy mạnh chuyển đổi số\tĐề nghị Thành ủy lãnh đạo thực hiện\t"
    "\tNăm 2026\t\n"						/* 16 */
    "2\tViệc bị cắt\tCông an tỉnh\n"				/* 17 */
    "Ghi chú: Kế hoạch và Đầu tư (KH&ĐT).\n";			/* 18 */

Test(table, synthetic_appendix)
{
	struct pl_doc *doc = ingest(appendix);
	const struct pl_task *t;
	const struct pl_section *s;
	const struct pl_table *tb;
	unsigned all = PL_CELL_NUMBER | PL_CELL_TEXT | PL_CELL_LEAD |
	    PL_CELL_COORD | PL_CELL_DEADLINE | PL_CELL_PRODUCT;

	cr_assert_eq(table_tasks(doc), 6);
	cr_assert_eq(doc->ntables, 1);
	tb = &doc->tables[0];
	cr_expect_eq(tb->line, 4);
	cr_expect_eq(tb->end_line, 17);
	cr_expect_eq(tb->ncols, 6);
	cr_expect_eq(tb->columns, all);
	cr_expect_str_eq(tb->caption, "PHỤ LỤC NHIỆM VỤ TRỌNG TÂM");

	cr_assert_not_null(s = section(doc, "PL/I"));
	cr_expect_str_eq(s->title, "Nhóm nhiệm vụ về thể chế");
	cr_expect_eq(s->line, 5);
	cr_expect(!s->specific);
	cr_assert_not_null(s = section(doc, "PL/II"));
	cr_expect_str_eq(s->title, "CÁC NHIỆM VỤ CỤ THỂ");
	cr_expect_eq(s->line, 13);
	cr_expect(s->specific);
	cr_expect_eq(s->depth, section(doc, "PL/I")->depth);

	t = task(doc, "PL/I/1");
	cr_expect_eq(t->source, PL_SRC_TABLE);
	cr_expect_eq(t->pos.line, 6);
	cr_expect_eq(t->pos.end_line, 6);
	cr_expect_str_eq(t->text, "Rà soát văn bản");
	cr_expect_str_eq(t->product, "- Kế hoạch rà soát. - Báo cáo");
	cr_expect_eq(t->lead.n, 1);
	cr_expect_str_eq(t->lead.v[0], "Sở Tư pháp");
	cr_expect_str_eq(t->coord_raw, "Các sở, ban, ngành");
	cr_expect_str_eq(t->deadline.text, "Quý II/2026");
	cr_expect_eq(t->columns, all);
	cr_expect_eq(t->present, all);
	cr_expect_eq(t->table, 0);
	cr_expect_str_eq(doc->sections[t->section].id, "PL/I");

	/* Continued after the page break and the repeated header. */
	t = task(doc, "PL/I/2");
	cr_expect_eq(t->pos.line, 7);
	cr_expect_eq(t->pos.end_line, 12);
	cr_expect_str_eq(t->text, "Xây dựng đề án chuyển đổi số");
	cr_expect_str_eq(t->deadline.text, "Triển khai thực hiện ngay sau khi "
	    "Trung ương ban hành, phê duyệt");
	cr_expect_str_eq(t->product, "Đề án");
	cr_expect_eq(t->present, all);

	/* A numbered row with sub-rows is a task of its own, a group. */
	t = task(doc, "PL/II/1");
	cr_expect(t->group);
	cr_expect_null(t->deadline.text);
	t = task(doc, "PL/II/1/a");
	cr_expect(!t->group);
	cr_expect_str_eq(t->text, "Đẩy mạnh cải cách");
	cr_expect_str_eq(doc->sections[t->section].id, "PL/II");
	/* Its lead cell is empty: the group row's lead spans it. */
	cr_expect_eq(t->lead.n, 1);
	cr_expect_str_eq(t->lead.v[0], "Sở Kế hoạch và Đầu tư");
	cr_expect_eq(t->shared, PL_CELL_LEAD);
	cr_expect_eq(t->present & PL_CELL_LEAD, 0);
	t = task(doc, "PL/II/1/đ");
	cr_expect(t->lead_request);
	cr_expect_eq(t->shared, 0);
	cr_expect_str_eq(t->lead.v[0], "Thành ủy");
	cr_expect_str_eq(t->lead_raw, "Đề nghị Thành ủy lãnh đạo thực hiện");

	/* A truncated row: only its first cells. */
	t = task(doc, "PL/II/2");
	cr_expect(!t->group);
	cr_expect_eq(t->present, PL_CELL_NUMBER | PL_CELL_TEXT |
	    PL_CELL_LEAD);
	cr_expect_null(t->product);
	cr_expect_null(t->coord_raw);
	cr_expect_eq(t->coordinators.n, 0);
	cr_expect_null(t->deadline.text);
	cr_expect_eq(t->deadline.cls, PL_DL_MISSING);
	pl_doc_free(doc);
}

Test(table, returns_first_line_after)
{
	struct pl_doc *doc = pl_doc_new("t.txt");
	struct pl_parse_state st = { .section = -1, .top = -1 };
	struct pl_err err;

	cr_assert_eq(pl_read_decode(doc, appendix, sizeof(appendix) - 1, false,
	    &err), 0);
	cr_assert(pl_table_starts(doc, 3));
	cr_expect(!pl_table_starts(doc, 4));
	cr_expect_eq(pl_table_parse(doc, 3, &st), 17);
	/* No appendix was open: the "PHỤ LỤC" title opens one. */
	cr_assert_not_null(section(doc, "PL"));
	cr_expect_eq(section(doc, "PL")->kind, PL_SEC_APPENDIX);
	cr_expect_str_eq(section(doc, "PL")->title, "NHIỆM VỤ TRỌNG TÂM");
	cr_expect_eq(section(doc, "PL")->line, 1);
	cr_expect_eq(st.appendices, 1);
	cr_expect_str_eq(doc->sections[st.section].id, "PL/II");
	cr_expect_str_eq(section(doc, "PL/II")->parent >= 0 ?
	    doc->sections[section(doc, "PL/II")->parent].id : "", "PL");
	pl_doc_free(doc);
}

Test(table, columns_in_another_order)
{
	struct pl_doc *doc = ingest(
	    "Nội dung\tThời gian thực hiện\tTT\tCơ quan chủ trì\n"
	    "Việc một\tQuý I/2026\t1\tSở Y tế\n"
	    "Việc hai\t\t2\t\n"
	    "\ttiếp theo\t\t\n"
	    "Hết bảng.\n");
	const struct pl_task *t;

	cr_assert_eq(table_tasks(doc), 2);
	cr_assert_eq(doc->ntables, 1);
	cr_expect_eq(doc->tables[0].columns, PL_CELL_TEXT | PL_CELL_DEADLINE |
	    PL_CELL_NUMBER | PL_CELL_LEAD);
	cr_expect_null(doc->tables[0].caption);
	t = task(doc, "PL/1");
	cr_expect_str_eq(t->text, "Việc một");
	cr_expect_str_eq(t->deadline.text, "Quý I/2026");
	cr_expect_str_eq(t->lead.v[0], "Sở Y tế");
	t = task(doc, "PL/2");
	cr_expect_str_eq(t->text, "Việc hai");
	cr_expect_str_eq(t->deadline.text, "tiếp theo");
	cr_expect_eq(t->present, PL_CELL_TEXT | PL_CELL_NUMBER |
	    PL_CELL_DEADLINE);
	cr_expect_eq(t->pos.end_line, 4);
	cr_expect_eq(t->lead.n, 0);
	cr_expect_null(t->lead_raw);
	pl_doc_free(doc);
}

Test(table, other_header_ends_the_table)
{
	struct pl_doc *doc = ingest(
	    "TT\tNội dung\tCơ quan chủ trì\n"
	    "1\tViệc một\tSở Y tế\n"
	    "\n"
	    "TT\tNội dung\tThời hạn\n"
	    "1\tViệc hai\tNăm 2026\n");

	cr_expect_eq(doc->ntables, 2);
	cr_expect_eq(table_tasks(doc), 2);
	pl_doc_free(doc);
}

Test(table, column_numbers_and_letter_groups)
{
	struct pl_doc *doc = ingest(
	    "PHỤ LỤC\n"
	    "STT\tNội dung\tCơ quan chủ trì\tThời hạn\n"
	    "(1)\t(2)\t(3)\t(4)\n"
	    "A.\tPhần chung\t\t\n"
	    "1\tViệc một\tSở Y tế\tNăm 2026\n"
	    "1.1\tViệc một một\tSở Y tế\tNăm 2026\n"
	    "B.\tPhần riêng\t\t\n"
	    "1\tViệc hai\tSở Tư pháp\tNăm 2026\n"
	    "-\tÝ một\tSở Tư pháp\tNăm 2026\n"
	    "-\tÝ hai\tSở Tư pháp\tNăm 2026\n");

	cr_expect_eq(table_tasks(doc), 5);
	cr_expect_str_eq(section(doc, "PL/A")->title, "Phần chung");
	cr_expect(task(doc, "PL/A/1")->group);
	cr_expect_str_eq(task(doc, "PL/A/1.1")->text, "Việc một một");
	cr_expect(task(doc, "PL/B/1")->group);
	cr_expect_str_eq(task(doc, "PL/B/1/1")->text, "Ý một");
	cr_expect_str_eq(task(doc, "PL/B/1/2")->text, "Ý hai");
	pl_doc_free(doc);
}

Test(table, two_line_header)
{
	struct pl_doc *doc = ingest(
	    "TT\tNội dung\tCơ quan thực hiện\t\tThời gian\n"
	    "\t\tChủ trì\tPhối hợp\t\n"
	    "1\tViệc một\tSở Y tế\tSở Tư pháp\tNăm 2026\n"
	    "\n"
	    "TT\tNội dung\tCơ quan thực hiện\t\tThời gian\n"
	    "\t\tChủ trì\tPhối hợp\t\n"
	    "2\tViệc hai\tSở Nội vụ\t\tNăm 2027\n");
	const struct pl_task *t;

	cr_assert_eq(doc->ntables, 1);
	cr_expect_eq(doc->tables[0].columns, PL_CELL_NUMBER | PL_CELL_TEXT |
	    PL_CELL_LEAD | PL_CELL_COORD | PL_CELL_DEADLINE);
	cr_expect_eq(doc->tables[0].end_line, 7);
	cr_assert_eq(table_tasks(doc), 2);
	t = task(doc, "PL/1");
	cr_expect_str_eq(t->lead_raw, "Sở Y tế");
	cr_expect_str_eq(t->coord_raw, "Sở Tư pháp");
	t = task(doc, "PL/2");
	cr_expect_str_eq(t->lead_raw, "Sở Nội vụ");
	cr_expect_null(t->coord_raw);
	pl_doc_free(doc);
}

Test(table, leftovers_under_the_header_are_no_row)
{
	struct pl_doc *doc = ingest(
	    "TT\tNội dung\tCơ quan chủ trì\tThời gian\t\n"
	    "\t\t\tBắt đầu\tHoàn thành\n"
	    "1\tViệc một\tSở Y tế\tNăm 2026\t\n");

	cr_assert_eq(table_tasks(doc), 1);
	cr_expect_str_eq(task(doc, "PL/1")->deadline.text, "Năm 2026");
	pl_doc_free(doc);
}

Test(table, without_number_column)
{
	struct pl_doc *doc = ingest(
	    "Nội dung\tCơ quan chủ trì\n"
	    "Việc một\tSở Y tế\n"
	    "\tvà Sở Tư pháp\n"
	    "Việc hai\tSở Nội vụ\n");
	const struct pl_task *t;

	cr_assert_eq(table_tasks(doc), 2);
	t = task(doc, "PL/1");
	cr_expect_str_eq(t->lead_raw, "Sở Y tế và Sở Tư pháp");
	cr_expect_eq(t->lead.n, 2);
	cr_expect_eq(t->pos.end_line, 3);
	cr_expect_str_eq(task(doc, "PL/2")->text, "Việc hai");
	pl_doc_free(doc);
}

/* A .docx row whose cells continue vertical merges from the row above. */
Test(table, vertical_merges)
{
	static const char text[] =
	    "TT\tNội dung\tCơ quan chủ trì\tThời gian\n"
	    "1\tViệc một\tSở Tài chính\tQuý II/2026\n"
	    "2\tViệc hai\t\t\n";
	static const unsigned char flags[] = { 0, 0, PL_CF_VMERGE,
	    PL_CF_VMERGE };
	struct pl_doc *doc = pl_doc_new("t.docx");
	struct pl_parse_state st = { .section = -1, .top = -1 };
	struct pl_err err;
	const struct pl_task *t;

	cr_assert_eq(pl_read_decode(doc, text, sizeof(text) - 1, false, &err),
	    0);
	doc->text.lines[2].cellflags = flags;
	doc->text.lines[2].ncells = 4;
	cr_expect_eq(pl_table_parse(doc, 0, &st), 3);
	t = task(doc, "PL/2");
	cr_expect_str_eq(t->lead.v[0], "Sở Tài chính");
	cr_expect_str_eq(t->deadline.text, "Quý II/2026");
	cr_expect_eq(t->shared, PL_CELL_LEAD | PL_CELL_DEADLINE);
	cr_expect_eq(t->present, PL_CELL_NUMBER | PL_CELL_TEXT);
	cr_expect_eq(task(doc, "PL/1")->shared, 0);
	pl_doc_free(doc);
}

/* Where rows hang: the open section, less earlier tables' group rows. */
Test(table, base_section)
{
	static const char text[] =
	    "II. NỘI DUNG\n"
	    "TT\tNội dung\tCơ quan chủ trì\n"
	    "I\tNhóm một\t\n"
	    "1\tViệc một\tSở Y tế\n"
	    "Đoạn văn giữa hai bảng.\n"
	    "TT\tNội dung\tCơ quan chủ trì\n"
	    "1\tViệc hai\tSở Nội vụ\n";
	struct pl_doc *doc = pl_doc_new("t.txt");
	struct pl_parse_state st = { .section = -1, .top = -1 };
	struct pl_section *sec;
	struct pl_err err;

	cr_assert_eq(pl_read_decode(doc, text, sizeof(text) - 1, false, &err),
	    0);
	sec = pl_doc_add_section(doc);
	sec->id = "II";
	sec->line = 1;
	sec->parent = -1;
	sec->kind = PL_SEC_TASKS;
	st.section = st.top = 0;
	cr_expect_eq(pl_table_parse(doc, 1, &st), 4);
	cr_expect_str_eq(task(doc, "II/I/1")->text, "Việc một");
	cr_expect_str_eq(doc->sections[st.section].id, "II/I");
	cr_expect_eq(section(doc, "II/I")->kind, PL_SEC_TASKS);
	cr_expect_eq(pl_table_parse(doc, 5, &st), 7);
	cr_expect_str_eq(task(doc, "II/1")->text, "Việc hai");
	cr_expect_eq(doc->ntables, 2);
	cr_expect_null(section(doc, "PL"));
	pl_doc_free(doc);
}

/* ---- The seeds ---- */

Test(table, corpus_001)
{
	struct pl_doc *doc = ingest_file("corpus/001_230a64e200d485dd.txt");
	static const char *const groups[] = { "I", "II", "III", "IV", "V",
	    "VI", "VII", "VIII", "IX", "X", "XI" };
	static const int rows[] = { 10, 23, 5, 12, 7, 7, 4, 2, 1, 5, 2 };
	const struct pl_task *t;

	cr_assert_eq(table_tasks(doc), 78);
	cr_assert_eq(doc->ntables, 1);
	cr_expect_eq(doc->tables[0].line, 194);
	cr_expect_eq(doc->tables[0].end_line, 318);
	cr_expect_eq(doc->tables[0].ncols, 6);
	cr_expect(pl_starts_with(doc->tables[0].caption, "PHỤ LỤC NHỮNG "
	    "NHIỆM VỤ TRỌNG TÂM NĂM 2026"));
	for (size_t g = 0; g < PL_NELEM(groups); g++) {
		char id[32];
		int n = 0;

		snprintf(id, sizeof(id), "PL/%s", groups[g]);
		cr_expect_not_null(section(doc, id), "%s", id);
		for (size_t i = 0; i < doc->ntasks; i++) {
			const char *tid = doc->tasks[i].id;

			n += tid != NULL && strncmp(tid, id, strlen(id)) == 0 &&
			    tid[strlen(id)] == '/';
		}
		cr_expect_eq(n, rows[g], "%s: %d rows", id, n);
	}
	cr_expect_null(section(doc, "PL/XII"));

	t = task(doc, "PL/I/1");
	cr_expect_eq(t->columns, PL_CELL_NUMBER | PL_CELL_TEXT |
	    PL_CELL_DIRECTING | PL_CELL_LEAD | PL_CELL_COORD |
	    PL_CELL_DEADLINE);
	cr_assert_eq(t->directing.n, 2);
	cr_expect_str_eq(t->directing.v[0], "Đảng ủy UBND tỉnh (lãnh đạo)");
	cr_expect_str_eq(t->directing.v[1], "UBND tỉnh (tổ chức thực hiện)");
	cr_expect_null(t->product);
	cr_expect_null(t->measures);

	t = task(doc, "PL/I/7");
	cr_expect_eq(t->pos.line, 202);
	cr_expect_eq(t->pos.end_line, 205);
	cr_expect_eq(t->directing.n, 2);
	cr_expect_str_eq(t->coord_raw, "Các sở, ban, ngành, các xã, phường, "
	    "đặc khu có liên quan");

	t = task(doc, "PL/II/6");
	cr_expect_str_eq(t->deadline.text, "Triển khai thực hiện ngay sau khi "
	    "Trung ương ban hành, phê duyệt");

	t = task(doc, "PL/II/12");
	cr_expect_eq(t->pos.end_line, 229);
	cr_expect(t->parts);
	cr_assert_eq(t->lead.n, 2);
	cr_expect_str_eq(t->lead.v[0], "Sở Du lịch");
	cr_expect_str_eq(t->lead.v[1], "Công an tỉnh");

	t = task(doc, "PL/II/13");
	cr_expect(t->parts);
	cr_expect_eq(t->lead.n, 6);
	t = task(doc, "PL/I/10");
	cr_expect(t->parts);
	cr_expect_eq(t->lead.n, 5);
	t = task(doc, "PL/V/5");
	cr_expect_eq(t->pos.end_line, 281);
	cr_expect_eq(t->lead.n, 3);
	t = task(doc, "PL/II/10");
	cr_expect(!t->parts);
	cr_expect_eq(t->lead.n, 2);
	t = task(doc, "PL/III/1");
	cr_expect_str_eq(t->lead.v[0], "Ngân hàng Nhà nước chi nhánh khu vực "
	    "15");
	pl_doc_free(doc);
}

Test(table, corpus_004)
{
	struct pl_doc *doc = ingest_file("corpus/004_673b9414166de794.txt");
	static const char *const subs[] = { "a", "b", "c", "d", "đ", "e", "g",
	    "h" };
	const struct pl_task *t;
	char id[32];

	cr_assert_eq(table_tasks(doc), 40);
	cr_assert_eq(doc->ntables, 1);
	cr_expect_eq(doc->tables[0].line, 137);
	cr_expect_eq(doc->tables[0].end_line, 200);
	cr_expect(pl_starts_with(doc->tables[0].caption, "Phụ lục PHÂN CÔNG "
	    "NHIỆM VỤ"));
	for (int i = 1; i <= 10; i++) {
		snprintf(id, sizeof(id), "PL/I/%d", i);
		cr_expect_eq(task(doc, id)->group, i == 10, "%s", id);
	}
	for (size_t i = 0; i < PL_NELEM(subs); i++) {
		snprintf(id, sizeof(id), "PL/I/10/%s", subs[i]);
		cr_expect(!task(doc, id)->group, "%s", id);
	}
	for (int i = 1; i <= 22; i++) {
		snprintf(id, sizeof(id), "PL/II/%d", i);
		cr_expect(!task(doc, id)->group, "%s", id);
	}
	cr_expect(section(doc, "PL/II")->specific);
	cr_expect(!section(doc, "PL/I")->specific);

	t = task(doc, "PL/I/2");
	cr_expect_eq(t->columns, PL_CELL_NUMBER | PL_CELL_TEXT |
	    PL_CELL_LEAD | PL_CELL_COORD | PL_CELL_DEADLINE | PL_CELL_PRODUCT);
	cr_assert_eq(t->lead.n, 3);
	cr_expect_str_eq(t->lead.v[2], "Sở Công Thương");
	cr_expect_eq(t->coordinators.n, 3);
	cr_expect(pl_starts_with(t->product, "- Cụ thể hóa vào Kế hoạch"));
	t = task(doc, "PL/I/6");
	cr_expect_eq(t->pos.end_line, 149);
	cr_expect_eq(t->lead.n, 4);
	cr_expect_str_eq(t->lead.v[3], "UBND thành phố Phú Quốc");
	t = task(doc, "PL/I/9");
	cr_expect_eq(t->pos.end_line, 155);
	cr_expect(t->lead_request);
	cr_expect_str_eq(t->lead.v[0], "Thành ủy Phú Quốc");
	cr_expect(task(doc, "PL/I/10/đ")->lead_request);
	t = task(doc, "PL/I/10");
	cr_expect_eq(t->present, PL_CELL_NUMBER | PL_CELL_TEXT);
	cr_expect_eq(t->deadline.cls, PL_DL_MISSING);
	t = task(doc, "PL/I/10/b");
	cr_expect_eq(t->coordinators.n, 9);
	cr_expect_str_eq(t->coordinators.v[0], "Sở Giao thông vận tải");
	t = task(doc, "PL/I/10/a");
	cr_expect_str_eq(t->coordinators.v[0], "Trung tâm Xúc tiến Đầu tư, "
	    "Thương mại và Du lịch");
	t = task(doc, "PL/II/5");
	cr_expect_eq(t->present, PL_CELL_NUMBER | PL_CELL_TEXT);
	cr_expect_eq(t->lead.n, 0);
	t = task(doc, "PL/II/8");
	cr_expect_eq(t->pos.end_line, 182);
	cr_expect(pl_istrstr(t->product, "loại hình dự án đầu tư") != NULL);
	t = task(doc, "PL/II/14");
	cr_expect_eq(t->present, PL_CELL_NUMBER | PL_CELL_TEXT |
	    PL_CELL_DEADLINE);
	pl_doc_free(doc);
}
