/*
 * test_pdftable.c: task tables rebuilt from word positions (pdftable.c,
 * pdfhead.c, pdfcols.c) on pages built by hand: columns from the header,
 * multi-line cells, the header repeated at a page break, a row cut by a
 * page break, numbers centred in their rows, cells spanning columns,
 * cells a word space apart, what ends a table; then on the LibreOffice
 * fixtures.
 */
#include <stdio.h>
#include <stdlib.h>

#include "pdftest.h"

/* Columns: TT, Nội dung, chủ trì, phối hợp, Thời hạn, Sản phẩm. */
static const double X[] = { 58, 90, 250, 345, 440, 505 };

/* The header on two lines at y. */
static void
header(struct pl_arena *a, struct pl_pdfpage *pg, double y)
{
	static const char *const l1[] = { "TT", "Nội dung", "Cơ quan chủ",
	    "Cơ quan phối", "Thời hạn", "Sản phẩm" };
	static const char *const l2[] = { NULL, NULL, "trì", "hợp", NULL,
	    NULL };

	put_row(a, pg, X, 6, y, l1);
	put_row(a, pg, X, 6, y + 12, l2);
}

#define HEAD \
    "TT|Nội dung|Cơ quan chủ trì|Cơ quan phối hợp|Thời hạn|Sản phẩm\n"

static void
expect_rows(struct pl_arena *a, struct pl_pdfpage *pages, size_t n,
    const char *want)
{
	char *got = rows_of(a, pages, n);

	cr_expect_str_eq(got, want);
	free(got);
}

/* Rows aligned at the top, a cell of two lines, a group row. */
Test(pdftable, rows_and_cells)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_pdfpage pg = { 0 };
	const char *const r1[] = { "I", "Nhóm nhiệm vụ" };
	const char *const r2[] = { "1", "Rà soát hồ sơ thủ tục",
	    "Văn phòng UBND", "Công an xã", "Quý II/2026", "Báo cáo" };
	const char *const r2b[] = { NULL, "hành chính của xã" };
	const char *const r3[] = { "2", "Xây dựng dữ liệu đất", "Phòng Kinh tế",
	    "Các ấp", "12/2026", "Dữ liệu số" };
	const char *const r3b[] = { NULL, "đai", "xã" };

	put(a, &pg, 200, 60, "DANH MỤC NHIỆM VỤ");
	header(a, &pg, 100);
	put_row(a, &pg, X, 2, 127, r1);
	put_row(a, &pg, X, 6, 142, r2);
	put_row(a, &pg, X, 2, 154, r2b);
	put_row(a, &pg, X, 6, 169, r3);
	put_row(a, &pg, X, 3, 181, r3b);
	expect_rows(a, &pg, 1, "p1: " HEAD
	    "p1: I|Nhóm nhiệm vụ||||\n"
	    "p1: 1|Rà soát hồ sơ thủ tục hành chính của xã|Văn phòng UBND|"
	    "Công an xã|Quý II/2026|Báo cáo\n"
	    "p1: 2|Xây dựng dữ liệu đất đai|Phòng Kinh tế xã|Các ấp|12/2026|"
	    "Dữ liệu số\n");
	/* The title above stays prose; table words are taken. */
	cr_expect(!pg.w[0].used);
	cr_expect(pg.w[pg.n - 1].used);
	pl_arena_free(a);
}

/* The columns lie between the header cells, where body words start. */
Test(pdftable, column_boundaries)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_pdfpage pg = { 0 };
	struct pl_pdfline *lines;
	struct pl_pdfhead h;
	struct pl_pdfcols cols;
	size_t n;
	const char *const r[] = { "1", "Rà soát hồ sơ thủ tục",
	    "Văn phòng UBND", "Công an xã", "Quý II", "Báo cáo" };

	header(a, &pg, 100);
	put_row(a, &pg, X, 6, 127, r);
	put_row(a, &pg, X, 6, 142, r);
	n = pl_pdfpage_lines(a, &pg, &lines);
	cr_assert_eq(n, 4);
	cr_assert(pl_pdfhead_at(a, &pg, lines, n, 0, 0, &h));
	cr_expect_eq(h.first, 0);
	cr_expect_eq(h.end, 2);
	cr_expect_eq(h.n, 6);
	pl_pdfcols_place(&cols, h.x0, h.x1, h.n, &pg, lines + h.end,
	    n - h.end);
	cr_assert_eq(cols.n, 6);
	for (int c = 1; c < 6; c++) {
		/* After the text of column c - 1, before that of column c. */
		cr_expect_gt(cols.b[c], c == 1 ? 70 : c == 2 ? 216 :
		    c == 3 ? 334 : c == 4 ? 405 : 476, "b[%d] %g", c,
		    cols.b[c]);
		cr_expect_leq(cols.b[c], X[c], "b[%d] %g", c, cols.b[c]);
	}
	/* Left-aligned columns start their text at one x. */
	cr_expect_eq(cols.start[2], X[2]);
	cr_expect_eq(cols.start[3], X[3]);
	pl_arena_free(a);
}

/*
 * A cell that spans two columns reads on across the boundary; a cell
 * whose text fills it ends a word space before the next column, which
 * starts where its text always starts.
 */
Test(pdftable, spanning_and_tight_cells)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_pdfpage pg = { 0 };
	const char *const r1[] = { "1", "Việc một", "Sở Tài chính",
	    "Sở Nội vụ", "Quý II", "Báo cáo" };
	const char *const r2[] = { "2", "Việc hai", "Sở Tư pháp",
	    "Các cơ quan liên quan", NULL, "Đề án" };
	const char *const r3[] = { "3", "Việc ba", "Phòng Văn hóa -",
	    "Sở Y tế", "Quý IV", "Quyết định" };

	header(a, &pg, 100);
	put_row(a, &pg, X, 6, 127, r1);
	put_row(a, &pg, X, 6, 142, r2);
	/* "Phòng Văn hóa -" (15 characters) ends 5 points before X[3]. */
	put_row(a, &pg, X, 6, 157, r3);
	expect_rows(a, &pg, 1, "p1: " HEAD
	    "p1: 1|Việc một|Sở Tài chính|Sở Nội vụ|Quý II|Báo cáo\n"
	    "p1: 2|Việc hai|Sở Tư pháp|Các cơ quan liên quan||Đề án\n"
	    "p1: 3|Việc ba|Phòng Văn hóa -|Sở Y tế|Quý IV|Quyết định\n");
	pl_arena_free(a);
}

/*
 * Page 1 ends inside row 2 (a page number under the table); page 2
 * repeats the header, then the rest of row 2, then row 3.  A word cut
 * at its hyphen joins the next line without a space.
 */
Test(pdftable, page_break)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_pdfpage pg[2] = { { 0 }, { 0 } };
	const char *const r1[] = { "1", "Việc một", "Sở Tài chính",
	    "Sở Nội vụ", "Quý II/2026", "Báo cáo" };
	const char *const r2[] = { "2", "Triển khai Kế hoạch số 12/KH-",
	    "Sở Tư pháp", "Sở Nội vụ", "Quý III/2026", "Văn bản" };
	const char *const r2b[] = { NULL, "UBND về chuyển đổi số", NULL,
	    "Công an", NULL, "hướng dẫn" };
	const char *const r2c[] = { NULL, "của tỉnh", NULL, "tỉnh" };
	const char *const r3[] = { "3", "Việc ba", "Sở Y tế", "Các sở",
	    "Quý IV/2026", "Quyết định" };

	header(a, &pg[0], 700);
	put_row(a, &pg[0], X, 6, 727, r1);
	put_row(a, &pg[0], X, 6, 742, r2);
	put_row(a, &pg[0], X, 6, 754, r2b);
	put(a, &pg[0], 290, 800, "- 1 -");
	put(a, &pg[1], 290, 30, "2");
	header(a, &pg[1], 60);
	put_row(a, &pg[1], X, 4, 87, r2c);
	put_row(a, &pg[1], X, 6, 102, r3);
	expect_rows(a, pg, 2, "p1: " HEAD
	    "p1: 1|Việc một|Sở Tài chính|Sở Nội vụ|Quý II/2026|Báo cáo\n"
	    "p1: 2|Triển khai Kế hoạch số 12/KH-UBND về chuyển đổi số của "
	    "tỉnh|Sở Tư pháp|Sở Nội vụ Công an tỉnh|Quý III/2026|"
	    "Văn bản hướng dẫn\n"
	    "p2: 3|Việc ba|Sở Y tế|Các sở|Quý IV/2026|Quyết định\n");
	/* Page numbers stay text; the repeated header is taken. */
	cr_expect(!pg[0].w[pg[0].n - 1].used);
	cr_expect(!pg[1].w[0].used);
	cr_expect(pg[1].w[1].used);
	pl_arena_free(a);
}

/*
 * Numbers centred in rows of three lines, no padding between rows (as
 * Word draws them): a row begins where no cell would begin in lower
 * case, and where the number above sits in the middle of its row.
 */
Test(pdftable, centred_numbers)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_pdfpage pg = { 0 };
	struct pl_buf want = { 0 };
	static const char *const tasks[][3] = {
		{ "Rà soát hồ sơ", "thủ tục hành", "chính của xã" },
		{ "Xây dựng cơ sở", "dữ liệu đất", "đai của xã" },
		{ "Tổ chức tập", "huấn kỹ năng", "số cho dân" },
	};
	static const char *const leads[] = { "Văn phòng", "Phòng Kinh tế",
	    "Đoàn Thanh niên" };
	double y = 127;

	header(a, &pg, 100);
	pl_buf_adds(&want, "p1: " HEAD);
	for (int r = 0; r < 3; r++) {
		char num[16];
		const char *mid[6];

		snprintf(num, sizeof(num), "%d", r + 1);
		mid[0] = num;
		mid[1] = tasks[r][1];
		mid[2] = leads[r];
		mid[3] = "Các ấp";
		mid[4] = "Quý II";
		mid[5] = "Báo cáo";
		put(a, &pg, X[1], y, tasks[r][0]);
		put_row(a, &pg, X, 6, y + 12, mid);
		put(a, &pg, X[1], y + 24, tasks[r][2]);
		pl_buf_printf(&want, "p1: %d|%s %s %s|%s|Các ấp|Quý II|"
		    "Báo cáo\n", r + 1, tasks[r][0], tasks[r][1], tasks[r][2],
		    leads[r]);
		y += 36;
	}
	expect_rows(a, &pg, 1, want.s);
	pl_buf_free(&want);
	pl_arena_free(a);
}

/* What ends a table: a wide gap, a line across the columns, a signature;
 * a table without a row-number column is left as text. */
Test(pdftable, ends_and_refusals)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_pdfpage pg = { 0 }, plain = { 0 };
	const char *const r1[] = { "1", "Việc một", "Sở Tài chính",
	    "Sở Nội vụ", "Quý II/2026", "Báo cáo" };
	static const char *const nonum[] = { "Nội dung", "Cơ quan chủ trì",
	    "Thời hạn" };
	static const double xs[] = { 58, 250, 440 };
	static const char *const row[] = { "Rà soát", "Sở Tư pháp", "Quý I" };
	struct pl_pdfrows rows = { 0 };

	header(a, &pg, 100);
	put_row(a, &pg, X, 6, 127, r1);
	/* Prose across the columns, close under the table. */
	put(a, &pg, 58, 142, "Ghi chú: các cơ quan báo cáo kết quả định kỳ");
	put_row(a, &pg, X, 6, 170, r1);
	expect_rows(a, &pg, 1, "p1: " HEAD
	    "p1: 1|Việc một|Sở Tài chính|Sở Nội vụ|Quý II/2026|Báo cáo\n");

	put_row(a, &plain, xs, 3, 100, nonum);
	put_row(a, &plain, xs, 3, 115, row);
	pl_pdftable_find(a, &plain, 1, &rows);
	cr_expect_eq(rows.n, 0);
	for (size_t i = 0; i < plain.n; i++)
		cr_expect(!plain.w[i].used);
	pl_arena_free(a);
}

Test(pdftable, signature_ends_table)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_pdfpage pg = { 0 };
	const char *const r1[] = { "1", "Việc một", "Sở Tài chính",
	    "Sở Nội vụ", "Quý II/2026", "Báo cáo" };

	header(a, &pg, 100);
	put_row(a, &pg, X, 6, 127, r1);
	put(a, &pg, X[3], 143, "TM. ỦY BAN NHÂN DÂN");
	put(a, &pg, X[3] + 20, 156, "CHỦ TỊCH");
	expect_rows(a, &pg, 1, "p1: " HEAD
	    "p1: 1|Việc một|Sở Tài chính|Sở Nội vụ|Quý II/2026|Báo cáo\n");
	pl_arena_free(a);
}

/* ---- The LibreOffice fixtures ---- */

static struct pl_doc *
read_pdf(const char *path)
{
	struct pl_doc *doc = NULL;
	struct pl_err err;

	cr_assert_eq(pl_ingest_file(path, NULL, &doc, &err), 0, "%s: %s %s",
	    path, pl_err_id(err.code), err.detail);
	return doc;
}

static const struct pl_line *
row_starting(const struct pl_doc *doc, const char *prefix)
{
	for (size_t i = 0; i < doc->text.n; i++)
		if (strncmp(doc->text.lines[i].s, prefix, strlen(prefix)) == 0)
			return &doc->text.lines[i];
	return NULL;
}

/* Three pages, the header repeated on each, row 4 cut by a page break,
 * short rows centred. */
Test(pdftable, longtable_fixture)
{
	struct pl_doc *doc = read_pdf("tests/fixtures/longtable.pdf");
	const struct pl_line *l;
	int heads = 0;

	for (size_t i = 0; i < doc->text.n; i++)
		heads += strncmp(doc->text.lines[i].s, "TT\t", 3) == 0;
	cr_expect_eq(heads, 1);
	cr_assert_not_null(l = row_starting(doc, "4\tTriển khai"));
	cr_expect_str_eq(l->s, "4\tTriển khai các giải pháp thanh toán không "
	    "dùng tiền mặt trong thu phí, lệ phí và học phí, gồm: - công khai "
	    "mã QR thanh toán tại bộ phận một cửa; - hướng dẫn người dân cài "
	    "đặt ứng dụng ngân hàng; - phối hợp với ngân hàng mở tài khoản cho "
	    "người cao tuổi; - theo dõi, tổng hợp kết quả hằng tháng.\t\t\t\t");
	cr_expect_eq(l->page, 2);
	cr_expect_eq(l->ncells, 6);
	cr_expect_eq(l->cells[1], 2);
	cr_expect_eq(l->table, 0);	/* a PDF names pages, not tables */
	cr_assert_not_null(l = row_starting(doc, "a)\t"));
	cr_expect_eq(l->page, 3);
	cr_expect_str_eq(l->s, "a)\tThanh toán không dùng tiền mặt đối với "
	    "phí, lệ phí tại bộ phận một cửa\tVăn phòng HĐND và UBND xã\t"
	    "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện\t"
	    "Quý III/2026\tTỷ lệ giao dịch không dùng tiền mặt đạt trên 50%");
	/* The note after the table stays prose. */
	cr_expect_not_null(row_starting(doc, "Ghi chú: Các cơ quan"));
	pl_doc_free(doc);
}

/* A cell spanning two columns; cells merged down are empty in a PDF. */
Test(pdftable, features_fixture)
{
	struct pl_doc *doc = read_pdf("tests/fixtures/features.pdf");
	const struct pl_line *l;

	cr_assert_not_null(l = row_starting(doc, "3\t"));
	cr_expect_str_eq(l->s, "3\tNhiệm vụ cuối\tSở Nội vụ\tCác cơ quan liên "
	    "quan\t\tQuyết định");
	cr_assert_not_null(l = row_starting(doc, "1\t"));
	cr_expect_str_eq(l->s, "1\tNhiệm vụ có hai đoạn. Đoạn thứ hai của ô.\t"
	    "Sở Tài chính\tCác sở, ngành\tQuý II/2026\tBáo cáo");
	/* A footnote mark joins its word, as pdftotext writes it. */
	cr_expect_not_null(row_starting(doc, "ba1."));
	pl_doc_free(doc);
}

/* ---- Odd pages: no crash, every row as wide as its header ---- */

static unsigned
next(unsigned *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return *seed >> 16;
}

/*
 * Pages of words at random places among header and row-number words,
 * some of no width or height, some overlapping, and a header of more
 * columns than a table may have.
 */
Test(pdftable, odd_pages)
{
	static const char *const vocab[] = { "TT", "Nội dung", "Cơ quan chủ",
	    "trì", "Thời hạn", "Sản phẩm", "1", "II", "a)", "-", "Sở",
	    "Tài chính", "Quý II/2026", "TM.", "3", "(1)", "Số TT" };
	unsigned seed = 7;

	for (int round = 0; round < 40; round++) {
		struct pl_arena *a = pl_arena_new();
		struct pl_pdfpage pg[3] = { { 0 }, { 0 }, { 0 } };
		struct pl_pdfrows rows = { 0 };
		size_t used = 0;

		for (int p = 0; p < 3; p++) {
			if (round % 4 == 0)
				header(a, &pg[p], 60);
			for (int k = 0; k < 60; k++) {
				double x = next(&seed) % 600;
				double y = next(&seed) % 800;

				/* Every third round on a grid of lines. */
				if (round % 3 == 0)
					y = 100 + (double)(k % 30) * 12;
				put(a, &pg[p], x, y,
				    vocab[next(&seed) % PL_NELEM(vocab)]);
			}
			if (round % 5 == 1)
				for (int c = 0; c < 40; c++)
					put(a, &pg[p], c * 14.0, 40, c == 0 ?
					    "TT" : "Sản phẩm");
			if (round % 7 == 2 && pg[p].n > 0)
				pg[p].w[0].x1 = pg[p].w[0].x0;
		}
		pl_pdftable_find(a, pg, 3, &rows);
		for (size_t i = 0; i < rows.n; i++) {
			cr_expect_gt(rows.v[i].ncells, 1);
			cr_expect_leq(rows.v[i].ncells, PL_PDF_MAXCOLS);
			cr_expect(rows.v[i].page >= 0 && rows.v[i].page < 3);
		}
		for (int p = 0; p < 3; p++)
			for (size_t i = 0; i < pg[p].n; i++)
				used += pg[p].w[i].used;
		/* Words are taken only into rows. */
		cr_expect(used == 0 || rows.n > 0);
		pl_arena_free(a);
	}
}
