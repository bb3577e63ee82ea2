/*
 * test_linear.c: tables linearized cell by cell from PDF (linear.c):
 * header detection, rows, groups and ids, page breaks with page numbers,
 * footnotes, two cells on one line, empty and merged cells, and the
 * appendix of seed 002.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "../../src/ingest/ingest_int.h"

/* The header of seed 002's appendix, words wrapped as PDF text gives it. */
#define HDR								\
	"Số\nTT\n\nTên công việc\nCơ quan\nchủ trì\n\nCơ quan\nphối hợp\n\n" \
	"Biện pháp, nguồn lực thực hiện\nThời gian thực\n\nhiện\n"	\
	"Kết quả cần đạt\n\nđược\n"

static struct pl_doc *
ingest(const char *text)
{
	struct pl_doc *doc = NULL;
	struct pl_err err;

	cr_assert_eq(pl_ingest_bytes("t.txt", text, strlen(text), NULL, &doc,
	    &err), 0);
	return doc;
}

static const struct pl_task *
find(const struct pl_doc *doc, const char *id)
{
	for (size_t i = 0; i < doc->ntasks; i++)
		if (doc->tasks[i].id != NULL &&
		    strcmp(doc->tasks[i].id, id) == 0)
			return &doc->tasks[i];
	return NULL;
}

static const struct pl_task *
task(const struct pl_doc *doc, const char *id)
{
	const struct pl_task *t = find(doc, id);

	cr_assert_not_null(t, "no task %s", id);
	return t;
}

static size_t
linear_tasks(const struct pl_doc *doc)
{
	size_t n = 0;

	for (size_t i = 0; i < doc->ntasks; i++)
		n += doc->tasks[i].source == PL_SRC_LINEAR;
	return n;
}

static const struct pl_section *
section(const struct pl_doc *doc, const char *id)
{
	for (size_t i = 0; i < doc->nsections; i++)
		if (strcmp(doc->sections[i].id, id) == 0)
			return &doc->sections[i];
	return NULL;
}

/* 1-based line of the first line of text that starts with start. */
static int
line_of(const char *text, const char *start)
{
	int line = 1;

	for (const char *p = text; *p != '\0'; line++) {
		if (strncmp(p, start, strlen(start)) == 0)
			return line;
		if ((p = strchr(p, '\n')) == NULL)
			break;
		p++;
	}
	cr_assert_fail("no line %s", start);
	return 0;
}

/* No cell of any task contains s. */
static void
nowhere(const struct pl_doc *doc, const char *s)
{
	for (size_t i = 0; i < doc->ntasks; i++) {
		const struct pl_task *t = &doc->tasks[i];
		const char *cells[] = { t->text, t->lead_raw, t->coord_raw,
		    t->measures, t->deadline.text, t->product };

		for (size_t k = 0; k < PL_NELEM(cells); k++)
			cr_assert(cells[k] == NULL ||
			    strstr(cells[k], s) == NULL,
			    "%s: \"%s\" in \"%s\"", t->id, s, cells[k]);
	}
}

static void
cell_eq(const char *got, const char *want)
{
	if (want == NULL)
		cr_assert_null(got, "got \"%s\"", got);
	else {
		cr_assert_not_null(got, "want \"%s\"", want);
		cr_assert_str_eq(got, want);
	}
}

/* ---- Header detection ---- */

struct start_case {
	const char	*text;
	bool		 starts;
};

static const struct start_case starts[] = {
	{ HDR, true },
	{ "STT\nNội dung\nCơ quan chủ trì\nThời gian thực hiện\nSản phẩm\n",
	    true },
	{ "Thời hạn\nhoàn thành\n\nTT\n\nTên nhiệm vụ\nCơ quan\nphối hợp\n",
	    true },
	{ "TT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian\n", true },
	{ "Cơ quan chủ trì: Sở Tài chính; thời gian thực hiện: Quý II.\n",
	    false },
	{ "STT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n", false },
	{ "Nội dung\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\n", false },
	{ "Số\nTT\n\nTên công việc\n", false },
	{ "chủ trì\n\nCơ quan\nphối hợp\n\nThời gian thực\n", false },
	{ "Số TT các nhiệm vụ được giao cho cơ quan chủ trì\n", false },
	{ "Thực hiện\nnhiệm vụ\nđược giao\n", false },
};

Test(linear, starts_only_on_a_header)
{
	for (size_t i = 0; i < PL_NELEM(starts); i++) {
		struct pl_doc *doc = ingest(starts[i].text);

		cr_assert_eq(pl_linear_starts(doc, 0), starts[i].starts,
		    "case %zu", i);
		pl_doc_free(doc);
	}
}

Test(linear, header_columns_any_order)
{
	static const char in[] =
	    "STT\nNội dung\n\nCơ quan chủ trì\n\nCơ quan chỉ đạo\n\n"
	    "Thời hạn\nhoàn thành\n"
	    "1\n\nRà soát quy hoạch\nchung của tỉnh.\n\nSở Xây dựng\n\n"
	    "UBND tỉnh\n\nQuý II/2026\n\n"
	    "2\n\nBan hành kế hoạch\nthực hiện.\n\nSở Tài chính\n\n"
	    "UBND tỉnh\n\nNăm 2026\n";
	struct pl_doc *doc = ingest(in);
	const struct pl_task *t;

	cr_assert_eq(doc->ntables, 1);
	cr_assert_eq(doc->tables[0].ncols, 5);
	cr_assert_eq(doc->tables[0].columns, PL_CELL_NUMBER | PL_CELL_TEXT |
	    PL_CELL_LEAD | PL_CELL_DIRECTING | PL_CELL_DEADLINE);
	cr_assert_eq(linear_tasks(doc), 2);
	t = task(doc, "PL/1");
	cell_eq(t->text, "Rà soát quy hoạch chung của tỉnh.");
	cell_eq(t->lead_raw, "Sở Xây dựng");
	cr_assert_eq(t->directing.n, 1);
	cr_assert_str_eq(t->directing.v[0], "UBND tỉnh");
	cell_eq(t->deadline.text, "Quý II/2026");
	cell_eq(task(doc, "PL/2")->deadline.text, "Năm 2026");
	pl_doc_free(doc);
}

/* ---- Rows, groups, ids ---- */

static const char basic[] =
    "PHỤ LỤC\n"
    "Các nhiệm vụ trọng tâm\n"
    "-----\n"
    "\n" HDR
    "I CHỈ TIÊU CHỦ YẾU\n"
    "1 Các chỉ tiêu kinh tế\n"
    "\n"
    "1.1\n"
    "\n"
    "Tổng sản phẩm trên địa\n"
    "bàn đến năm 2030 đạt\n"
    "630.370 tỷ đồng.\n"
    "\n"
    "Đảng ủy\n"
    "UBND tỉnh\n"
    "\n"
    "Thống kê;\n"
    "Đảng ủy các\n"
    "xã, phường\n"
    "\n"
    "- Biện pháp: Đẩy mạnh cơ cấu kinh\n"
    "tế gắn với đổi mới mô hình tăng\n"
    "trưởng.\n"
    "- Nguồn lực: Ngân sách.\n"
    "\n"
    "- Nhiệm vụ thường\n"
    "xuyên\n"
    "- Năm 2030 tổng kết\n"
    "\n"
    "Theo chỉ tiêu đề ra.\n"
    "\n"
    "1.2\n"
    "Tốc độ tăng trưởng GRDP\n"
    "bình quân từ 11% trở lên.\n"
    "\n"
    "Đảng ủy\n"
    "UBND tỉnh\n"
    "\n"
    "Thống kê\n"
    "\n"
    "- Biện pháp: Thu hút đầu tư, mở\n"
    "rộng thị trường.\n"
    "\n"
    "Quý II/2026\n"
    "\n"
    "Báo cáo kết quả.\n"
    "\n"
    "II CÁC KHÂU ĐỘT PHÁ\n"
    "\n"
    "1\n"
    "\n"
    "Phát triển kinh tế biển\n"
    "của tỉnh.\n"
    "\n"
    "Đảng ủy\n"
    "UBND tỉnh\n"
    "\n"
    "Sở Nông nghiệp\n"
    "và Môi trường\n"
    "\n"
    "- Biện pháp: Phát triển nuôi biển.\n"
    "\n"
    "Thực hiện ngay từ\n"
    "năm 2026\n"
    "\n"
    "Trung tâm kinh tế\n"
    "biển quốc gia.\n";

Test(linear, rows_groups_and_ids)
{
	struct pl_doc *doc = ingest(basic);
	const struct pl_task *t;
	const struct pl_section *g, *sub;

	cr_assert_eq(linear_tasks(doc), 3);
	t = task(doc, "PL/I/1.1");
	cr_assert_eq(t->source, PL_SRC_LINEAR);
	cr_assert_eq(t->pos.line, line_of(basic, "1.1"));
	cr_assert_eq(t->pos.end_line, line_of(basic, "Theo chỉ tiêu"));
	cell_eq(t->text,
	    "Tổng sản phẩm trên địa bàn đến năm 2030 đạt 630.370 tỷ đồng.");
	cell_eq(t->lead_raw, "Đảng ủy UBND tỉnh");
	cell_eq(t->coord_raw, "Thống kê; Đảng ủy các xã, phường");
	cell_eq(t->measures, "- Biện pháp: Đẩy mạnh cơ cấu kinh tế gắn với "
	    "đổi mới mô hình tăng trưởng. - Nguồn lực: Ngân sách.");
	cell_eq(t->deadline.text,
	    "- Nhiệm vụ thường xuyên - Năm 2030 tổng kết");
	cell_eq(t->product, "Theo chỉ tiêu đề ra.");
	cr_assert_gt(t->lead.n, 0);
	cr_assert_eq(t->present, doc->tables[0].columns);
	cr_assert_eq(t->shared, 0);
	cr_assert_eq(t->table, 0);

	t = task(doc, "PL/I/1.2");
	cell_eq(t->text, "Tốc độ tăng trưởng GRDP bình quân từ 11% trở lên.");
	cell_eq(t->coord_raw, "Thống kê");
	cell_eq(t->measures,
	    "- Biện pháp: Thu hút đầu tư, mở rộng thị trường.");
	cell_eq(t->deadline.text, "Quý II/2026");
	cell_eq(t->product, "Báo cáo kết quả.");

	t = task(doc, "PL/II/1");
	cell_eq(t->coord_raw, "Sở Nông nghiệp và Môi trường");
	cell_eq(t->deadline.text, "Thực hiện ngay từ năm 2026");
	cell_eq(t->product, "Trung tâm kinh tế biển quốc gia.");

	/* Group and sub-group rows are sections, not tasks. */
	g = section(doc, "PL/I");
	sub = section(doc, "PL/I/1");
	cr_assert_not_null(g);
	cr_assert_not_null(sub);
	cr_assert_str_eq(g->title, "CHỈ TIÊU CHỦ YẾU");
	cr_assert_str_eq(sub->title, "Các chỉ tiêu kinh tế");
	cr_assert_eq(sub->parent, (int)(g - doc->sections));
	cr_assert_eq(g->line, line_of(basic, "I CHỈ TIÊU"));
	cr_assert_eq(task(doc, "PL/I/1.1")->section,
	    (int)(sub - doc->sections));
	cr_assert_not_null(section(doc, "PL/II"));
	cr_assert_eq(task(doc, "PL/II/1")->section,
	    (int)(section(doc, "PL/II") - doc->sections));
	cr_assert_null(find(doc, "PL/I/1"));

	cr_assert_eq(doc->ntables, 1);
	cr_assert_eq(doc->tables[0].ncols, 7);
	cr_assert_eq(doc->tables[0].line, line_of(basic, "Số"));
	cr_assert_eq(doc->tables[0].end_line, line_of(basic, "biển quốc"));
	cr_assert_str_eq(doc->tables[0].caption,
	    "PHỤ LỤC Các nhiệm vụ trọng tâm");
	nowhere(doc, "Kết quả cần đạt");
	nowhere(doc, "CHỈ TIÊU CHỦ YẾU");
	pl_doc_free(doc);
}

/* ---- Page breaks ---- */

static const char pagebreak[] =
    HDR
    "I PHÁT TRIỂN KINH TẾ\n"
    "\n"
    "1\n"
    "Xây dựng mô hình tăng\n"
    "trưởng của tỉnh.\n"
    "\n"
    "Đảng ủy\n"
    "UBND tỉnh\n"
    "\n"
    "Sở Tài chính\n"
    "\n"
    "- Biện pháp: Cơ cấu lại kinh tế gắn\n"
    "với đổi mới mô hình tăng trưởng;\n"
    "phát huy lợi thế so sánh, ứng\n"
    "\n"
    "Quý I/2026\n"
    "\n"
    "Đạt mục tiêu tăng\n"
    "trưởng 02 con số\n"
    "\n"
    "\n"
    "14\n"
    " \n"
    "\n"
    " \n" HDR
    "dụng khoa học - công nghệ.\n"
    "- Nguồn lực: Ngân sách.\n"
    "\n"
    "theo Nghị quyết.\n"
    "\n"
    "2\n"
    "Hoàn thiện Quy hoạch\n"
    "tỉnh.\n"
    "\n"
    "Đảng ủy\n"
    "UBND tỉnh\n"
    "\n"
    "Bộ Tài chính\n"
    "\n"
    "- Biện pháp: Thuê tư vấn có đủ năng\n"
    "lực.\n"
    "\n"
    "Tháng 12/2025\n"
    "\n"
    "Quy hoạch được phê\n"
    "duyệt.\n";

Test(linear, continuation_after_page_break)
{
	struct pl_doc *doc = ingest(pagebreak);
	const struct pl_task *t;

	cr_assert_eq(linear_tasks(doc), 2);
	t = task(doc, "PL/I/1");
	cell_eq(t->measures, "- Biện pháp: Cơ cấu lại kinh tế gắn với đổi mới "
	    "mô hình tăng trưởng; phát huy lợi thế so sánh, ứng dụng khoa "
	    "học - công nghệ. - Nguồn lực: Ngân sách.");
	cell_eq(t->deadline.text, "Quý I/2026");
	cell_eq(t->product, "Đạt mục tiêu tăng trưởng 02 con số theo Nghị "
	    "quyết.");
	cr_assert_eq(t->pos.end_line, line_of(pagebreak, "theo Nghị"));
	t = task(doc, "PL/I/2");
	cr_assert_eq(t->pos.line, line_of(pagebreak, "2\n"));
	cell_eq(t->text, "Hoàn thiện Quy hoạch tỉnh.");
	cell_eq(t->product, "Quy hoạch được phê duyệt.");
	nowhere(doc, "14");
	nowhere(doc, "Tên công việc");
	pl_doc_free(doc);
}

/* Text, coordinators, measures and product all go on after the break. */
static const char manycells[] =
    HDR
    "IV PHÁT TRIỂN ĐÔ THỊ\n"
    "\n"
    "6\n"
    "Xây dựng phát triển\n"
    "nhanh các đô thị động\n"
    "lực: Long Xuyên, Châu\n"
    "\n"
    "Đảng ủy\n"
    "UBND tỉnh\n"
    "\n"
    "Đảng ủy các\n"
    "xã, phường,\n"
    "đặc khu:\n"
    "\n"
    "- Biện pháp: Thực hiện tốt các giải\n"
    "pháp nêu trong chương trình phát\n"
    "\n"
    "Triển khai thực\n"
    "hiện từ năm 2026\n"
    "\n"
    "Các đô thị động lực\n"
    "thúc đẩy tăng\n"
    "\n"
    "24\n"
    " \n" HDR
    "Đốc, Rạch Giá, Phú\n"
    "Quốc.\n"
    "\n"
    "Long\n"
    "Xuyên,\n"
    "Châu Đốc,\n"
    "Rạch Giá\n"
    "\n"
    "triển đô thị của tỉnh; huy động\n"
    "nguồn lực đầu tư hạ tầng đồng bộ.\n"
    "\n"
    "Năm 2030 tổng kết trưởng nhanh\n"
    "và bền vững.\n";

Test(linear, several_cells_go_on_after_a_break)
{
	struct pl_doc *doc = ingest(manycells);
	const struct pl_task *t = task(doc, "PL/IV/6");

	cell_eq(t->text, "Xây dựng phát triển nhanh các đô thị động lực: Long "
	    "Xuyên, Châu Đốc, Rạch Giá, Phú Quốc.");
	cell_eq(t->lead_raw, "Đảng ủy UBND tỉnh");
	cell_eq(t->coord_raw, "Đảng ủy các xã, phường, đặc khu: Long Xuyên, "
	    "Châu Đốc, Rạch Giá");
	cell_eq(t->measures, "- Biện pháp: Thực hiện tốt các giải pháp nêu "
	    "trong chương trình phát triển đô thị của tỉnh; huy động nguồn lực "
	    "đầu tư hạ tầng đồng bộ.");
	cell_eq(t->deadline.text,
	    "Triển khai thực hiện từ năm 2026 Năm 2030 tổng kết");
	cell_eq(t->product, "Các đô thị động lực thúc đẩy tăng trưởng nhanh và "
	    "bền vững.");
	cr_assert_eq(t->pos.end_line, line_of(manycells, "và bền vững."));
	pl_doc_free(doc);
}

/* ---- Two cells on a line, empty cells ---- */

static const char twocells[] =
    HDR
    "I CHỈ TIÊU\n"
    "\n"
    "1.6\n"
    "Tổng vốn đầu tư toàn xã\n"
    "hội 05 năm đạt 649.007 tỷ\n"
    "đồng.\n"
    "\n"
    "Đảng ủy\n"
    "UBND tỉnh\n"
    "\n"
    "Thống kê Theo chỉ tiêu đề ra.\n"
    "\n"
    "1.7\n"
    "Tỷ lệ vốn đầu tư thực\n"
    "hiện so với GRDP đạt\n"
    "24,51%.\n"
    "\n"
    "Đảng ủy\n"
    "UBND tỉnh\n"
    "\n"
    "Thống kê\n"
    "\n"
    "- Biện pháp: Huy động tối đa và sử\n"
    "dụng hiệu quả mọi nguồn lực.\n"
    "\n"
    "- Nhiệm vụ thường\n"
    "xuyên\n"
    "- Năm 2030 tổng\n"
    "kết Theo chỉ tiêu đề ra.\n"
    "\n"
    "1.8\n"
    "Tỷ lệ che phủ rừng đạt\n"
    "8,9%.\n"
    "\n"
    "Sở Nông nghiệp\n"
    "và Môi trường\n"
    "\n"
    "Thực hiện thường\n"
    "xuyên\n"
    "\n"
    "Báo cáo hằng năm.\n";

Test(linear, two_cells_on_one_line)
{
	struct pl_doc *doc = ingest(twocells);
	const struct pl_task *t = task(doc, "PL/I/1.6");

	cell_eq(t->coord_raw, "Thống kê");
	cell_eq(t->product, "Theo chỉ tiêu đề ra.");
	t = task(doc, "PL/I/1.7");
	cell_eq(t->deadline.text,
	    "- Nhiệm vụ thường xuyên - Năm 2030 tổng kết");
	cell_eq(t->product, "Theo chỉ tiêu đề ra.");
	pl_doc_free(doc);
}

Test(linear, empty_cells)
{
	struct pl_doc *doc = ingest(twocells);
	const struct pl_task *t = task(doc, "PL/I/1.8");

	cell_eq(t->text, "Tỷ lệ che phủ rừng đạt 8,9%.");
	cell_eq(t->lead_raw, "Sở Nông nghiệp và Môi trường");
	cell_eq(t->coord_raw, NULL);
	cell_eq(t->measures, NULL);
	cr_assert_eq(t->coordinators.n, 0);
	cell_eq(t->deadline.text, "Thực hiện thường xuyên");
	cell_eq(t->product, "Báo cáo hằng năm.");
	cr_assert_eq(t->present, PL_CELL_NUMBER | PL_CELL_TEXT |
	    PL_CELL_LEAD | PL_CELL_DEADLINE | PL_CELL_PRODUCT);
	cr_assert_eq(t->shared, 0);
	pl_doc_free(doc);
}

/* ---- Vertically merged cells ---- */

static const char merged[] =
    HDR
    "I CHỈ TIÊU\n"
    "2 Các chỉ tiêu xã hội\n"
    "\n"
    "2.1\n"
    "Giải quyết việc làm mới\n"
    "40.000 lao động/năm.\n"
    "\n"
    "Đảng ủy\n"
    "UBND tỉnh\n"
    "\n"
    "Các Trường\n"
    "Đại học\n"
    "\n"
    "Theo chỉ tiêu đề ra.\n"
    "\n"
    "2.2\n"
    "Tỷ lệ thất nghiệp dưới\n"
    "3,6%.\n"
    "\n"
    "Đảng ủy\n"
    "UBND tỉnh\n"
    "\n"
    "Các Trường\n"
    "Đại học\n"
    "\n"
    "Theo chỉ tiêu đề ra.\n"
    "\n"
    "2.3\n"
    "Năng suất lao động đạt\n"
    "138,43 triệu đồng.\n"
    "\n"
    "Đảng ủy\n"
    "UBND tỉnh\n"
    "\n"
    "Các Trường\n"
    "Đại học\n"
    "\n"
    "- Biện pháp: Đẩy mạnh đào tạo nghề\n"
    "gắn với nhu cầu thị trường.\n"
    "\n"
    "- Nhiệm vụ thường\n"
    "xuyên\n"
    "\n"
    "Theo chỉ tiêu đề ra.\n"
    "\n"
    "2.4\n"
    "Số bác sĩ trên 10.000\n"
    "dân đạt 15 bác sĩ.\n"
    "\n"
    "Sở Y tế\n"
    "\n"
    "Các bệnh viện\n"
    "\n"
    "Theo chỉ tiêu đề ra.\n"
    "\n"
    "2.5\n"
    "Số giường bệnh đạt 35\n"
    "giường.\n"
    "\n"
    "Đảng ủy\n"
    "UBND tỉnh\n"
    "\n"
    "Các bệnh viện\n"
    "\n"
    "- Biện pháp: Nâng cấp bệnh viện.\n"
    "\n"
    "Năm 2030\n"
    "\n"
    "Theo chỉ tiêu đề ra.\n";

Test(linear, merged_measures_and_deadline)
{
	struct pl_doc *doc = ingest(merged);
	const struct pl_task *owner = task(doc, "PL/I/2.3"), *t;
	const char *ids[] = { "PL/I/2.1", "PL/I/2.2" };

	cr_assert_eq(owner->shared, 0);
	cr_assert(owner->present & PL_CELL_MEASURES);
	for (size_t i = 0; i < PL_NELEM(ids); i++) {
		t = task(doc, ids[i]);
		cr_assert_eq(t->shared, PL_CELL_MEASURES | PL_CELL_DEADLINE,
		    "%s", ids[i]);
		cr_assert_eq(t->present & (PL_CELL_MEASURES |
		    PL_CELL_DEADLINE), 0);
		cell_eq(t->measures, owner->measures);
		cell_eq(t->deadline.text, "- Nhiệm vụ thường xuyên");
		cell_eq(t->product, "Theo chỉ tiêu đề ra.");
	}
	/* Another lead: not the same merged cell. */
	t = task(doc, "PL/I/2.4");
	cr_assert_eq(t->shared, 0);
	cell_eq(t->measures, NULL);
	cell_eq(t->deadline.text, NULL);
	cr_assert_eq(t->deadline.cls, PL_DL_MISSING);
	cr_assert_eq(task(doc, "PL/I/2.5")->shared, 0);
	pl_doc_free(doc);
}

/* A merged cell cut by a page break ends in the next row. */
static const char mergedcut[] =
    HDR
    "I CHỈ TIÊU\n"
    "4 Các chỉ tiêu xây dựng Đảng\n"
    "\n"
    "4.1\n"
    "\n"
    "Tỷ lệ đảng viên hoàn\n"
    "thành tốt nhiệm vụ.\n"
    "\n"
    "Đảng ủy các\n"
    "cơ quan\n"
    "\n"
    "Các đảng ủy\n"
    "trực thuộc\n"
    "\n"
    "Theo chỉ tiêu đề ra.\n"
    "\n"
    "4.2\n"
    "Số đảng viên được kết\n"
    "nạp 18.000 trở lên.\n"
    "\n"
    "Đảng ủy các\n"
    "cơ quan\n"
    "\n"
    "Các đảng ủy\n"
    "trực thuộc\n"
    "\n"
    "- Biện pháp: Nâng cao chất lượng\n"
    "sinh hoạt cấp ủy; thực hiện tốt chi bộ\n"
    "\n"
    "- Nhiệm vụ thường\n"
    "xuyên\n"
    "\n"
    "Theo chỉ tiêu đề ra.\n" HDR
    "\n"
    "4.3\n"
    "\n"
    "Tỷ lệ tập hợp quần chúng\n"
    "từ 60% trở lên.\n"
    "\n"
    "Đảng ủy các\n"
    "cơ quan\n"
    "\n"
    "Các đảng ủy\n"
    "trực thuộc\n"
    "\n"
    "“4 tốt”. Đổi mới hình thức tập hợp\n"
    "quần chúng.\n"
    "\n"
    "Theo chỉ tiêu đề ra\n";

Test(linear, merged_cell_cut_by_a_page_break)
{
	struct pl_doc *doc = ingest(mergedcut);
	const char *full = "- Biện pháp: Nâng cao chất lượng sinh hoạt cấp "
	    "ủy; thực hiện tốt chi bộ “4 tốt”. Đổi mới hình thức tập hợp "
	    "quần chúng.";
	const struct pl_task *t;

	t = task(doc, "PL/I/4.2");
	cell_eq(t->measures, full);
	cr_assert_eq(t->shared, 0);
	t = task(doc, "PL/I/4.1");
	cell_eq(t->measures, full);
	cell_eq(t->deadline.text, "- Nhiệm vụ thường xuyên");
	cr_assert_eq(t->shared, PL_CELL_MEASURES | PL_CELL_DEADLINE);
	t = task(doc, "PL/I/4.3");
	cell_eq(t->measures, full);
	cell_eq(t->deadline.text, "- Nhiệm vụ thường xuyên");
	cell_eq(t->product, "Theo chỉ tiêu đề ra");
	cr_assert_eq(t->shared, PL_CELL_MEASURES | PL_CELL_DEADLINE);
	cr_assert_eq(t->present & PL_CELL_MEASURES, 0);
	pl_doc_free(doc);
}

/* ---- Footnotes, joins, the end of the table ---- */

static const char footnote[] =
    HDR
    "I CHỈ TIÊU\n"
    "\n"
    "2.1\n"
    "\n"
    "Dân số toàn tỉnh đạt\n"
    "3.755.949 người(1).\n"
    "\n"
    "Đảng ủy\n"
    "UBND tỉnh\n"
    "\n"
    "Đảng ủy,\n"
    "UBND cấp xã\n"
    "\n"
    "- Biện pháp: Tuyên truyền, nâng cao\n"
    "nhận thức về quy mô, chất lượng\n"
    "\n"
    "- Nhiệm vụ thường\n"
    "xuyên\n"
    "\n"
    "Theo chỉ tiêu đề ra.\n"
    "\n"
    "                                                 \n"
    "1 Theo dữ liệu Quốc gia về dân cư là 4.952.238 người.\n" HDR
    "dân số.\n"
    "\n"
    "2.2\n"
    "Tuổi thọ trung bình đạt\n"
    "75,5 tuổi.\n"
    "\n"
    "Đảng ủy\n"
    "UBND tỉnh\n"
    "\n"
    "Sở Y tế\n"
    "\n"
    "- Biện pháp: Nâng cao chất lượng\n"
    "dịch vụ y tế.\n"
    "\n"
    "Năm 2030\n"
    "\n"
    "Theo chỉ tiêu đề ra.\n"
    "\n"
    "___________________________________\n";

Test(linear, footnotes_and_rules_are_no_cells)
{
	struct pl_doc *doc = ingest(footnote);
	const struct pl_task *t = task(doc, "PL/I/2.1");

	cr_assert_eq(linear_tasks(doc), 2);
	cell_eq(t->measures, "- Biện pháp: Tuyên truyền, nâng cao nhận thức "
	    "về quy mô, chất lượng dân số.");
	nowhere(doc, "Theo dữ liệu");
	nowhere(doc, "___");
	cr_assert_null(section(doc, "PL/I/1"));
	cell_eq(task(doc, "PL/I/2.2")->product, "Theo chỉ tiêu đề ra.");
	pl_doc_free(doc);
}

struct join_case {
	const char	*lines;
	const char	*want;
};

static const struct join_case joins[] = {
	{ "- Biện pháp: Thực hiện tốt Nghị\nquyết số 72-\nNQ/TW ngày "
	    "09/9/2025.", "- Biện pháp: Thực hiện tốt Nghị quyết số "
	    "72-NQ/TW ngày 09/9/2025." },
	{ "- Biện pháp: Thu hút các nhà đầu tư\nvào khu đô thị, khu công "
	    "nghiệp -\ndịch vụ; quản lý tốt đất đai.", "- Biện pháp: Thu hút "
	    "các nhà đầu tư vào khu đô thị, khu công nghiệp - dịch vụ; quản "
	    "lý tốt đất đai." },
	{ "- Biện pháp: Ứng dụng công nghệ cao\ntrong sản xuất nông-\n"
	    "nghiệp sạch.", "- Biện pháp: Ứng dụng công nghệ cao trong sản "
	    "xuất nông-nghiệp sạch." },
	{ "- Biện pháp: Đổi mới, sáng tạo; thực\nhiện  có hiệu quả các "
	    "giải pháp.", "- Biện pháp: Đổi mới, sáng tạo; thực hiện có "
	    "hiệu quả các giải pháp." },
};

Test(linear, wrapped_lines_are_joined)
{
	for (size_t i = 0; i < PL_NELEM(joins); i++) {
		char in[2048];
		struct pl_doc *doc;

		snprintf(in, sizeof(in), "%s1\nRà soát quy hoạch.\n\nSở Xây "
		    "dựng\n\nSở Tài chính\n\n%s\n\nQuý II/2026\n\nBáo cáo.\n",
		    HDR, joins[i].lines);
		doc = ingest(in);
		cell_eq(task(doc, "PL/1")->measures, joins[i].want);
		pl_doc_free(doc);
	}
}

static const char signed_off[] =
    HDR
    "1\n"
    "Rà soát quy hoạch\n"
    "chung của tỉnh.\n"
    "\n"
    "Sở Xây dựng\n"
    "\n"
    "Sở Tài chính\n"
    "\n"
    "- Biện pháp: Thuê tư vấn.\n"
    "\n"
    "Quý II/2026\n"
    "\n"
    "Quy hoạch được duyệt.\n"
    "\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
    "- Lưu VT.\n";

Test(linear, table_ends_at_the_signature)
{
	struct pl_doc *doc = ingest(signed_off);
	struct pl_parse_state st = { .section = -1, .top = -1 };
	size_t end;

	cr_assert_eq(linear_tasks(doc), 1);
	cr_assert_eq(doc->tables[0].end_line, line_of(signed_off, "Quy hoạch "
	    "được"));
	nowhere(doc, "Nơi nhận");
	nowhere(doc, "Như trên");
	end = pl_linear_parse(doc, 0, &st);
	cr_assert_eq(end + 1, (size_t)line_of(signed_off, "Nơi nhận"));
	cr_assert_eq(st.section, -1);
	pl_doc_free(doc);
}

/* A page number alone between blank lines also marks a page break. */
Test(linear, page_number_without_header)
{
	static const char in[] =
	    HDR
	    "1\n"
	    "Rà soát quy hoạch\n"
	    "chung của tỉnh.\n"
	    "\n"
	    "Sở Xây dựng\n"
	    "\n"
	    "Sở Tài chính\n"
	    "\n"
	    "- Biện pháp: Thuê tư vấn có đủ năng\n"
	    "lực; khẩn trương rà soát, điều\n"
	    "chỉnh, bổ sung quy hoạch và hồ sơ,\n"
	    "\n"
	    "Quý II/2026\n"
	    "\n"
	    "Quy hoạch được\n"
	    "\n"
	    "7\n"
	    "\n"
	    "thủ tục bảo đảm chất lượng.\n"
	    "\n"
	    "phê duyệt.\n";
	struct pl_doc *doc = ingest(in);
	const struct pl_task *t = task(doc, "PL/1");

	cell_eq(t->measures, "- Biện pháp: Thuê tư vấn có đủ năng lực; khẩn "
	    "trương rà soát, điều chỉnh, bổ sung quy hoạch và hồ sơ, thủ tục "
	    "bảo đảm chất lượng.");
	cell_eq(t->product, "Quy hoạch được phê duyệt.");
	nowhere(doc, "7");
	pl_doc_free(doc);
}

/* ---- Seed 002 ---- */

Test(linear, seed_002_appendix)
{
	static const struct {
		const char	*part;
		size_t		 n;
	} parts[] = { { "PL/I/", 36 }, { "PL/II/", 3 }, { "PL/III/", 7 },
	    { "PL/IV/", 12 }, { "PL/V/", 4 }, { "PL/VI/", 4 } };
	static const char *const shared[] = { "PL/I/1.1", "PL/I/1.6",
	    "PL/I/2.4", "PL/I/2.5", "PL/I/2.6", "PL/I/2.7", "PL/I/2.9",
	    "PL/I/3.2", "PL/I/3.3", "PL/I/3.4", "PL/I/4.1", "PL/I/4.3" };
	struct pl_doc *doc = NULL;
	struct pl_err err;
	const struct pl_task *t;

	if (pl_ingest_file("corpus/002_b6ddfe5c33c6f6c2.txt", NULL, &doc,
	    &err) != 0)
		cr_skip_test("corpus/002 not readable from here");
	cr_assert_eq(linear_tasks(doc), 66);
	for (size_t i = 0; i < PL_NELEM(parts); i++) {
		size_t n = 0, k = strlen(parts[i].part);

		for (size_t j = 0; j < doc->ntasks; j++)
			n += doc->tasks[j].source == PL_SRC_LINEAR &&
			    strncmp(doc->tasks[j].id, parts[i].part, k) == 0 &&
			    strchr(doc->tasks[j].id + k, '/') == NULL;
		cr_assert_eq(n, parts[i].n, "%s: %zu", parts[i].part, n);
	}
	for (size_t i = 0; i < PL_NELEM(shared); i++)
		cr_assert_eq(task(doc, shared[i])->shared, PL_CELL_MEASURES |
		    PL_CELL_DEADLINE, "%s", shared[i]);
	cr_assert_str_eq(task(doc, "PL/I/1.6")->measures,
	    task(doc, "PL/I/1.7")->measures);
	cr_assert_eq(task(doc, "PL/I/1.7")->shared, 0);

	t = task(doc, "PL/I/1.1");
	cr_assert_eq(t->pos.line, 225);
	cr_assert_eq(t->pos.end_line, 240);
	cell_eq(t->coord_raw, "Thống kê; Đảng ủy các xã, phường, đặc khu");
	t = task(doc, "PL/I/1.6");
	cell_eq(t->coord_raw, "Thống kê");
	cell_eq(t->product, "Theo chỉ tiêu đề ra.");
	t = task(doc, "PL/I/2.11");
	cr_assert_not_null(strstr(t->measures, "Nghị quyết số 72-NQ/TW ngày "
	    "09/9/2025 của Bộ Chính trị. - Nguồn lực"));
	t = task(doc, "PL/II/2");
	cell_eq(t->text, "Hoàn thiện và nâng cấp kết cấu hạ tầng, gồm: Hoàn "
	    "thiện các cao tốc kết nối vùng, cảng, sân bay Phú Quốc, Rạch Giá; "
	    "nghiên cứu xây dựng sân bay tại đặc khu Thổ Châu; phát triển các "
	    "cảng biển và cảng sông đa năng, phục vụ logistics, xuất nhập khẩu "
	    "và du lịch.");
	cr_assert_eq(t->pos.end_line, 1629);
	t = task(doc, "PL/IV/6");
	cell_eq(t->coord_raw, "Đảng ủy các xã, phường, đặc khu: Long Xuyên, "
	    "Châu Đốc, Rạch Giá, Phú Quốc, Hà Tiên, Kiên Lương, An Biên, Giồng "
	    "Riềng");
	cell_eq(t->deadline.text, "Triển khai thực hiện từ năm 2026 Năm 2028 "
	    "sơ kết Năm 2030 tổng kết");
	cell_eq(t->product, "Các đô thị động lực thúc đẩy tăng trưởng, chuyển "
	    "dịch cơ cấu kinh tế nhanh và bền vững.");
	t = task(doc, "PL/VI/4");
	cr_assert_eq(t->pos.end_line, 2980);
	cr_assert_str_eq(section(doc, "PL/I/2")->title, "Các chỉ tiêu xã hội");
	cr_assert_str_eq(section(doc, "PL/IV")->title,
	    "PHÁT TRIỂN KINH TẾ, KHOA HỌC CÔNG NGHỆ, BẢO VỆ MÔI TRƯỜNG");
	nowhere(doc, "Theo dữ liệu Quốc gia");
	nowhere(doc, "Kết quả cần đạt");
	pl_doc_free(doc);
}
