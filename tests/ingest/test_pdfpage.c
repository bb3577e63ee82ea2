/*
 * test_pdfpage.c: the XHTML of pdftotext -bbox-layout read into words
 * (pdfpage.c): coordinates, entities, NFC, no DTD or external entity,
 * malformed input refused; visual lines; a page written back as text
 * lines with the rebuilt rows where they stand; what a line holds (row
 * numbers, column numbers, page numbers).
 */
#include <stdlib.h>

#include "pdftest.h"

#define XHTML_HEAD "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 " \
    "Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-" \
    "transitional.dtd\"><html xmlns=\"http://www.w3.org/1999/xhtml\">" \
    "<head><title></title></head><body><doc>"
#define XHTML_TAIL "</doc></body></html>"
#define WORD(x0, y0, x1, y1, s) "<word xMin=\"" x0 "\" yMin=\"" y0 \
    "\" xMax=\"" x1 "\" yMax=\"" y1 "\">" s "</word>"

static int
parse(struct pl_arena *a, const char *xml, struct pl_pdfpage **pages,
    size_t *n)
{
	return pl_pdfpage_parse(a, xml, strlen(xml), pages, n);
}

Test(pdfpage, words_and_pages)
{
	static const char xml[] = XHTML_HEAD
	    "<page width=\"595\" height=\"842\"><flow><block><line>"
	    WORD("58.200000", "57.900764", "73.200000", "70.900764", "ỦY")
	    WORD("76.390000", "57.900764", "99.730000", "70.900764",
		"B&amp;N")
	    "</line><line>"
	    WORD("58.2", "69.6", "72.12", "82.6", "XA\xCC\x83")
	    "</line></block></flow><flow><block><line>"
	    WORD("300", "60", "320", "73", "&lt;1&gt;")
	    "</line></block></flow></page>"
	    "<page width=\"595\" height=\"842\"></page>" XHTML_TAIL;
	struct pl_arena *a = pl_arena_new();
	struct pl_pdfpage *pages;
	size_t n;

	cr_assert_eq(parse(a, xml, &pages, &n), 0);
	cr_assert_eq(n, 2);
	cr_assert_eq(pages[0].n, 4);
	cr_expect_eq(pages[1].n, 0);
	cr_expect_str_eq(pages[0].w[0].s, "ỦY");
	cr_expect_str_eq(pages[0].w[1].s, "B&N");
	cr_expect_str_eq(pages[0].w[2].s, "XÃ");	/* NFC */
	cr_expect_str_eq(pages[0].w[3].s, "<1>");
	cr_expect_float_eq(pages[0].w[0].x0, 58.2, 1e-9);
	cr_expect_float_eq(pages[0].w[0].y1, 70.900764, 1e-9);
	cr_expect_eq(pages[0].w[1].line, 0);
	cr_expect_eq(pages[0].w[2].line, 1);
	cr_expect_eq(pages[0].w[2].flow, 0);
	cr_expect_eq(pages[0].w[3].flow, 1);
	pl_arena_free(a);
}

/* No DTD is read and no entity expanded: an external entity stays out. */
Test(pdfpage, no_entities)
{
	static const char xml[] = "<!DOCTYPE html [<!ENTITY x SYSTEM "
	    "\"file:///etc/passwd\"><!ENTITY y \"expanded\">]>"
	    "<html><body><doc><page><flow><block><line>"
	    WORD("1", "1", "2", "2", "a&x;b")
	    WORD("3", "1", "4", "2", "&y;")
	    "</line></block></flow></page></doc></body></html>";
	struct pl_arena *a = pl_arena_new();
	struct pl_pdfpage *pages;
	size_t n;

	if (parse(a, xml, &pages, &n) == 0 && n == 1)
		for (size_t i = 0; i < pages[0].n; i++) {
			cr_expect_null(strstr(pages[0].w[i].s, "root"));
			cr_expect_null(strstr(pages[0].w[i].s, "expanded"));
		}
	pl_arena_free(a);
}

Test(pdfpage, malformed)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_pdfpage *pages;
	size_t n;

	cr_expect_eq(parse(a, "<html><body><doc><page>", &pages, &n), -1);
	cr_expect_eq(parse(a, "not xml at all", &pages, &n), -1);
	cr_expect_eq(parse(a, "", &pages, &n), -1);
	pl_arena_free(a);
}

/* Words on one baseline are a line, whatever pdftotext's lines; a
 * superscript joins the line it stands on. */
Test(pdfpage, visual_lines)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_pdfpage pg = { 0 };
	struct pl_pdfline *l;
	size_t n;

	put(a, &pg, 200, 100, "Cơ quan");
	put(a, &pg, 58, 100.5, "TT");
	put(a, &pg, 58, 112, "1 Việc");
	put(a, &pg, 96, 109, "2");	/* a footnote mark, raised */
	n = pl_pdfpage_lines(a, &pg, &l);
	cr_assert_eq(n, 2);
	cr_expect_eq(l[0].n, 3);
	cr_expect_str_eq(pg.w[l[0].w[0]].s, "TT");
	cr_expect_str_eq(pg.w[l[0].w[2]].s, "quan");
	cr_expect_eq(l[1].n, 3);
	cr_expect_str_eq(pg.w[l[1].w[2]].s, "2");
	cr_expect_float_eq(l[1].y0, 109, 1e-9);
	pl_arena_free(a);
}

/*
 * Back to text: pdftotext's lines in its order, a blank line after each
 * flow, the words used by a table left out, the rows where they stand.
 */
Test(pdfpage, text_with_rows)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_pdfpage pg = { 0 };
	struct pl_buf out = { 0 }, istab = { 0 };
	const char *cells1[] = { "TT", "Nội dung" };
	const char *cells2[] = { "1", "Việc một" };
	struct pl_pdfrow rv[] = {
		{ .page = 0, .top = 100, .cells = cells1, .ncells = 2 },
		{ .page = 0, .top = 115, .cells = cells2, .ncells = 2 },
		{ .page = 1, .top = 50, .cells = cells2, .ncells = 2 },
	};
	struct pl_pdfrows rows = { rv, 3, 3 };
	size_t taken;

	put(a, &pg, 58, 60, "PHỤ LỤC");
	taken = pg.n;
	put(a, &pg, 58, 100, "TT Nội dung");
	put(a, &pg, 58, 115, "1 Việc một");
	for (size_t i = taken; i < pg.n; i++)
		pg.w[i].used = true;
	put(a, &pg, 58, 200, "Ghi chú");
	pl_pdfpage_text(&pg, 0, &rows, &out, &istab);
	cr_expect_str_eq(out.s, "PHỤ LỤC\n\nTT\tNội dung\n1\tViệc một\n"
	    "Ghi chú\n\n");
	cr_assert_eq(istab.len, 6);
	cr_expect(memcmp(istab.s, "\0\0\1\1\0\0", 6) == 0);
	pl_buf_free(&out);
	pl_buf_free(&istab);
	pl_arena_free(a);
}

/* A word right after another (a gap under a tenth of the height) is
 * glued to it, as pdftotext writes a footnote mark: "ba1.". */
Test(pdfpage, glued_words)
{
	struct pl_pdfword ba = { .s = "ba", .x0 = 56.8, .x1 = 70.352,
	    .y0 = 510.45, .y1 = 524.75 };
	struct pl_pdfword one = { .s = "1", .x0 = 70.4, .x1 = 74.47,
	    .y0 = 510.52, .y1 = 518.84 };
	struct pl_pdfword next = { .s = "hai", .x0 = 73.9, .x1 = 90,
	    .y0 = 510.45, .y1 = 524.75 };

	cr_expect(pl_pdfword_glued(&ba, &one));
	cr_expect(!pl_pdfword_glued(&ba, &next));
}

Test(pdfpage, row_numbers)
{
	static const struct {
		const char	*s;
		bool		 label;
		bool		 colnum;
	} cases[] = {
		{ "1", true, true }, { "12.", true, false },
		{ "1.2", true, false }, { "1.2.3.", true, false },
		{ "II", true, false }, { "IV.", true, false },
		{ "XIV", true, false }, { "a)", true, false },
		{ "đ)", true, false }, { "b.", true, false },
		{ "A", true, false }, { "B.", true, false },
		{ "-", true, false }, { "+", true, false },
		{ "•", true, false },
		{ "(1)", false, true }, { "(12)", false, true },
		{ "1..2", false, false }, { "a", false, false },
		{ "TT", false, false }, { "Việc", false, false },
		{ "ab)", false, false }, { "2026,", false, false },
		{ "", false, false },
	};

	for (size_t i = 0; i < PL_NELEM(cases); i++) {
		cr_expect_eq(pl_pdf_label(cases[i].s), cases[i].label,
		    "label '%s'", cases[i].s);
		cr_expect_eq(pl_pdf_colnum(cases[i].s), cases[i].colnum,
		    "colnum '%s'", cases[i].s);
	}
}

Test(pdfpage, furniture_and_column_numbers)
{
	static const struct {
		const char	*line;
		bool		 furniture;
		bool		 colnums;
	} cases[] = {
		{ "3", true, false }, { "- 3 -", true, false },
		{ "Trang 3", true, false }, { "3/12", true, false },
		{ "1 2 3 4 5 6", false, true },
		{ "(1) (2) (3) (4)", false, true },
		{ "1 2", false, false }, { "1 3 4", false, false },
		{ "Trang", false, false }, { "Quý 3", false, false },
		{ "1 2 3 4 5 6 7 8", false, false },	/* more than 6 */
	};

	for (size_t i = 0; i < PL_NELEM(cases); i++) {
		struct pl_arena *a = pl_arena_new();
		struct pl_pdfpage pg = { 0 };
		struct pl_pdfline *l;

		put(a, &pg, 58, 100, cases[i].line);
		cr_assert_eq(pl_pdfpage_lines(a, &pg, &l), 1);
		cr_expect_eq(pl_pdfline_furniture(&pg, l), cases[i].furniture,
		    "furniture '%s'", cases[i].line);
		cr_expect_eq(pl_pdfline_colnums(&pg, l, 6), cases[i].colnums,
		    "colnums '%s'", cases[i].line);
		cr_expect_str_eq(pl_pdfline_text(a, &pg, l), cases[i].line);
		pl_arena_free(a);
	}
}
