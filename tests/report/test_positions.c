/*
 * test_positions.c: where the check reporters say a finding is in a .docx
 * (paragraph, table row and cell) or a PDF (page and line): the text
 * prefix, the JSON keys beyond the contract, the SARIF location message
 * and properties (location.c, check_text.c, check_json.c, sarif.c); plain
 * text keeps "path:line:col" and no extra keys.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/report/report.h"

static struct pl_line *
add(struct pl_doc *doc, const char *s)
{
	struct pl_line *l = pl_doc_add_line(doc);

	l->s = s;
	l->len = strlen(s);
	l->orig = (int)doc->text.n;
	return l;
}

static void
finding(struct pl_doc *doc, int line, int col, int task, const char *msg)
{
	struct pl_finding *f = pl_doc_add_finding(doc);

	f->rule = "task.missing-lead";
	f->severity = PL_SEV_ERROR;
	f->pos = (struct pl_pos){ .line = line, .col = col, .end_line = line };
	f->task = task;
	f->message = msg;
}

/*
 * plan.docx: paragraph 42, then table 2 row 7 "1⇥Việc⇥Sở Tài chính"; a
 * finding on the paragraph, one on the task (at its own position: the
 * row), one on the third cell.
 */
static struct pl_doc *
docx(void)
{
	static const size_t cells[] = { 0, 2, 7 };
	static const unsigned char flags[] = { 0, 0, 0 };
	struct pl_doc *doc = pl_doc_new("plan.docx");
	struct pl_line *l;
	struct pl_task *t;

	add(doc, "Giao Sở Tài chính")->para = 42;
	l = add(doc, "1\tViệc\tSở Tài chính");
	l->table = 2;
	l->row = 7;
	l->cells = cells;
	l->cellflags = flags;
	l->ncells = 3;
	t = pl_doc_add_task(doc);
	t->id = "PL/1";
	t->pos = (struct pl_pos){ .line = 2, .col = 1, .end_line = 2 };
	finding(doc, 1, 6, -1, "A");
	finding(doc, 2, 1, 0, "B");
	finding(doc, 2, 9, 0, "C");
	return doc;
}

/* A PDF: page 1 of two lines, page 2 of one. */
static struct pl_doc *
pdf(void)
{
	struct pl_doc *doc = pl_doc_new("plan.pdf");

	add(doc, "KẾ HOẠCH")->page = 1;
	add(doc, "")->page = 1;
	add(doc, "1\tViệc\tSở Tài chính")->page = 2;
	finding(doc, 3, 1, -1, "D");
	return doc;
}

static char *
text_of(struct pl_doc *doc, enum pl_lang lang)
{
	struct pl_buf out = { 0 };

	pl_report_check_text(&out, (const struct pl_doc *const *)&doc, 1,
	    lang, false);
	return pl_buf_take(&out);
}

Test(positions, text_prefix)
{
	struct pl_doc *d = docx(), *p = pdf();
	char *s;

	s = text_of(d, PL_LANG_EN);
	cr_expect_not_null(strstr(s, "plan.docx:¶42: error: A "), "%s", s);
	cr_expect_not_null(strstr(s, "plan.docx:table 2 row 7: error: B "),
	    "%s", s);
	cr_expect_not_null(strstr(s, "plan.docx:table 2 row 7 col 3: error: "
	    "C "), "%s", s);
	free(s);
	s = text_of(d, PL_LANG_VI);
	cr_expect_not_null(strstr(s, "plan.docx:bảng 2 hàng 7 cột 3: lỗi: C"),
	    "%s", s);
	free(s);
	s = text_of(p, PL_LANG_VI);
	cr_expect_not_null(strstr(s, "plan.pdf:trang 2 dòng 1: lỗi: D"), "%s",
	    s);
	free(s);
	pl_doc_free(d);
	pl_doc_free(p);
}

/* Plain text keeps its line and column, in every reporter. */
Test(positions, plain_text_unchanged)
{
	struct pl_doc *doc = pl_doc_new("plan.txt");
	struct pl_buf out = { 0 };
	struct pl_report_opts o = { .lang = PL_LANG_EN };
	char *s;

	add(doc, "Giao Sở Tài chính");
	finding(doc, 1, 6, -1, "A");
	s = text_of(doc, PL_LANG_EN);
	cr_expect(pl_starts_with(s, "plan.txt:1:6: error: A "), "%s", s);
	free(s);
	pl_report_check_json(&out, (const struct pl_doc *const *)&doc, 1);
	cr_expect_null(strstr(out.s, "\"where\""));
	cr_expect_null(strstr(out.s, "\"page\""));
	pl_buf_reset(&out);
	pl_report_sarif(&out, (const struct pl_doc *const *)&doc, 1, NULL, 0,
	    &o);
	cr_expect_null(strstr(out.s, "\"properties\""));
	pl_buf_free(&out);
	pl_doc_free(doc);
}

/* JSON: the contract keys as before, then where, page, table, row, col. */
Test(positions, json_keys)
{
	struct pl_doc *d = docx(), *p = pdf();
	struct pl_buf out = { 0 };

	pl_report_check_json(&out, (const struct pl_doc *const *)&d, 1);
	cr_expect_not_null(strstr(out.s, "\"line\": 2,\n      \"column\": 9,"),
	    "%s", out.s);
	cr_expect_not_null(strstr(out.s, "\"related\": [],\n"
	    "      \"where\": \"¶42\"\n"), "%s", out.s);
	cr_expect_not_null(strstr(out.s, "\"where\": \"table 2 row 7\",\n"
	    "      \"table\": 2,\n      \"row\": 7\n"), "%s", out.s);
	cr_expect_not_null(strstr(out.s, "\"where\": \"table 2 row 7 col 3\",\n"
	    "      \"table\": 2,\n      \"row\": 7,\n      \"col\": 3\n"), "%s",
	    out.s);
	pl_buf_reset(&out);
	pl_report_check_json(&out, (const struct pl_doc *const *)&p, 1);
	cr_expect_not_null(strstr(out.s, "\"where\": \"page 2 line 1\",\n"
	    "      \"page\": 2\n"), "%s", out.s);
	pl_buf_free(&out);
	pl_doc_free(d);
	pl_doc_free(p);
}

/* SARIF: the region as for text, plus the place in the location's
 * message (in the run's language) and the result's properties. */
Test(positions, sarif)
{
	struct pl_doc *d = docx();
	struct pl_buf out = { 0 };
	struct pl_report_opts o = { .lang = PL_LANG_VI };

	pl_report_sarif(&out, (const struct pl_doc *const *)&d, 1, NULL, 0,
	    &o);
	cr_expect_not_null(strstr(out.s, "\"message\": {\n"
	    "                \"text\": \"bảng 2 hàng 7 cột 3\"\n"), "%s",
	    out.s);
	cr_expect_not_null(strstr(out.s, "\"properties\": {\n"
	    "            \"where\": \"bảng 2 hàng 7 cột 3\",\n"
	    "            \"table\": 2,\n            \"row\": 7,\n"
	    "            \"column\": 3\n"), "%s", out.s);
	cr_expect_not_null(strstr(out.s, "\"startLine\": 2,\n"
	    "                  \"startColumn\": 9,"), "%s", out.s);
	pl_buf_free(&out);
	pl_doc_free(d);
}

Test(positions, report_where)
{
	struct pl_doc *d = docx();
	struct pl_pos loc;
	char buf[64];

	cr_expect_str_eq(pl_report_where(d, &d->findings[2], PL_LANG_EN, &loc,
	    buf, sizeof(buf)), "table 2 row 7 col 3");
	cr_expect_eq(loc.table, 2);
	cr_expect_eq(loc.row, 7);
	cr_expect_eq(loc.cell, 3);
	cr_expect_str_eq(pl_report_where(d, &d->findings[1], PL_LANG_EN, &loc,
	    buf, sizeof(buf)), "table 2 row 7");
	cr_expect_eq(loc.cell, 0);
	d->findings[0].pos.line = 99;	/* past the text */
	cr_expect_null(pl_report_where(d, &d->findings[0], PL_LANG_EN, &loc,
	    buf, sizeof(buf)));
	pl_doc_free(d);
}
