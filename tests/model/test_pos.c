/*
 * test_pos.c: naming places of a .docx or a PDF (pos.c): paragraph,
 * table cell from a column, page and line within the page; plain text
 * keeps its line number.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "../../src/model/model.h"

static struct pl_line *
add(struct pl_doc *doc, const char *s)
{
	struct pl_line *l = pl_doc_add_line(doc);

	l->s = s;
	l->len = strlen(s);
	l->orig = (int)doc->text.n;
	return l;
}

static const char *
where(const struct pl_doc *doc, int line, int col, enum pl_lang lang)
{
	static char buf[64];

	return pl_doc_where(doc, line, col, lang, buf, sizeof(buf));
}

/* A .docx: a paragraph, then a row "1⇥Sở Tài chính⇥Quý II". */
static struct pl_doc *
docx(void)
{
	static const size_t cells[] = { 0, 2, 19 };
	static const unsigned char flags[] = { 0, 0, 0 };
	struct pl_doc *doc = pl_doc_new("plan.docx");
	struct pl_line *l;

	add(doc, "Giao Sở Tài chính")->para = 42;
	l = add(doc, "1\tSở Tài chính\tQuý II");
	l->table = 1;
	l->row = 7;
	l->cells = cells;
	l->cellflags = flags;
	l->ncells = 3;
	return doc;
}

Test(pos, docx_paragraph_and_cells)
{
	struct pl_doc *doc = docx();

	cr_expect_str_eq(where(doc, 1, 5, PL_LANG_EN), "¶42");
	cr_expect_str_eq(where(doc, 1, 0, PL_LANG_VI), "¶42");
	/* Columns count code points: "Sở Tài chính" is 12, bytes 17. */
	cr_expect_str_eq(where(doc, 2, 1, PL_LANG_EN), "table 1 row 7 col 1");
	cr_expect_str_eq(where(doc, 2, 2, PL_LANG_EN), "table 1 row 7 col 1");
	cr_expect_str_eq(where(doc, 2, 3, PL_LANG_EN), "table 1 row 7 col 2");
	cr_expect_str_eq(where(doc, 2, 14, PL_LANG_EN), "table 1 row 7 col 2");
	cr_expect_str_eq(where(doc, 2, 16, PL_LANG_EN), "table 1 row 7 col 3");
	cr_expect_str_eq(where(doc, 2, 99, PL_LANG_EN), "table 1 row 7 col 3");
	cr_expect_str_eq(where(doc, 2, 3, PL_LANG_VI), "bảng 1 hàng 7 cột 2");
	cr_expect_str_eq(where(doc, 2, 0, PL_LANG_EN), "table 1 row 7");
	pl_doc_free(doc);
}

Test(pos, locate_fills_the_position)
{
	struct pl_doc *doc = docx();
	struct pl_pos p = { .line = 2, .col = 16 };
	struct pl_pos q = { .line = 1, .col = 3 };
	struct pl_pos r = { .line = 9 };

	pl_doc_locate(doc, &p);
	cr_expect_eq(p.table, 1);
	cr_expect_eq(p.row, 7);
	cr_expect_eq(p.cell, 3);
	pl_doc_locate(doc, &q);
	cr_expect_eq(q.table, 0);
	cr_expect_eq(q.cell, 0);
	pl_doc_locate(doc, &r);
	cr_expect_eq(r.table, 0);
	pl_doc_free(doc);
}

Test(pos, pdf_page_and_line_within_it)
{
	struct pl_doc *doc = pl_doc_new("plan.pdf");

	add(doc, "KẾ HOẠCH")->page = 1;
	add(doc, "")->page = 1;
	add(doc, "I. MỤC TIÊU")->page = 2;
	add(doc, "1. Chung")->page = 2;
	cr_expect_str_eq(where(doc, 2, 0, PL_LANG_EN), "page 1 line 2");
	cr_expect_str_eq(where(doc, 4, 3, PL_LANG_EN), "page 2 line 2");
	cr_expect_str_eq(where(doc, 3, 0, PL_LANG_VI), "trang 2 dòng 1");
	pl_doc_free(doc);
}

Test(pos, text_keeps_its_line)
{
	struct pl_doc *doc = pl_doc_new("plan.txt");
	struct pl_pos p = { .line = 2, .col = 1 };
	char small[4];

	add(doc, "a");
	add(doc, "b");
	cr_expect_str_eq(where(doc, 2, 1, PL_LANG_EN), "2");
	cr_expect_str_eq(where(doc, 7, 1, PL_LANG_EN), "7");
	pl_doc_locate(doc, &p);
	cr_expect_eq(p.page, 0);
	cr_expect_eq(p.table, 0);
	/* Always terminated, even when cut. */
	pl_doc_where(doc, 1234567, 0, PL_LANG_EN, small, sizeof(small));
	cr_expect_str_eq(small, "123");
	pl_doc_free(doc);
}
