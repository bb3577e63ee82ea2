/*
 * test_target.c: targets (target.c, figure.c): prose lists of target
 * sections, inline numbered items, indicator rows of tables; one target
 * per figure with indicator, value, qualifier, unit, year and period.
 * Documents are built by hand: no other parser runs.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "../../src/ingest/ingest_int.h"

static struct pl_doc *
mkdoc(const char *text)
{
	struct pl_doc *doc = pl_doc_new("t.txt");
	const char *p = text;
	int n = 0;

	for (;;) {
		const char *e = strchr(p, '\n');
		size_t len = e != NULL ? (size_t)(e - p) : strlen(p);
		struct pl_line *l = pl_doc_add_line(doc);

		l->s = pl_arena_strndup(doc->arena, p, len);
		l->len = len;
		l->orig = ++n;
		if (e == NULL)
			break;
		p = e + 1;
	}
	return doc;
}

static int
addsec(struct pl_doc *doc, int line, int parent, enum pl_section_kind kind,
    const char *title)
{
	struct pl_section *s = pl_doc_add_section(doc);

	s->line = line;
	s->parent = parent;
	s->depth = parent < 0 ? 0 : doc->sections[parent].depth + 1;
	s->kind = kind;
	s->title = title;
	s->id = title;
	return (int)doc->nsections - 1;
}

static void
addrow(struct pl_doc *doc, const char *id, const char *text, int line,
    int end, int section, bool group)
{
	struct pl_task *t = pl_doc_add_task(doc);

	t->id = id;
	t->text = text;
	t->pos.line = line;
	t->pos.end_line = end;
	t->section = section;
	t->table = 0;
	t->group = group;
}

static const struct pl_target *
find(const struct pl_doc *doc, double value)
{
	for (size_t i = 0; i < doc->ntargets; i++)
		if (doc->targets[i].value == value)
			return &doc->targets[i];
	cr_assert_fail("no target of value %g", value);
	return NULL;
}

/* The shape of 000: a line per item, parts in "(trong đó: ...)". */
Test(target, prose_list_one_item_per_line)
{
	struct pl_doc *doc = mkdoc(
	    "II- MỤC TIÊU\n"						/* 1 */
	    "1. Mục tiêu tổng quát\n"
	    "Phấn đấu tăng trưởng 8% mỗi năm.\n"			/* 3: no label */
	    "2. Các chỉ tiêu chủ yếu\n"
	    "- Các chỉ tiêu kinh tế\n"					/* 5 */
	    "(1) Tổng dự toán thu ngân sách nhà nước năm 2026 thu là "
	    "17.796,301 tỷ đồng, đạt 139,40%, (trong đó: Thuế tỉnh thu là "
	    "15.697 tỷ đồng chiếm 88,20%).\n"
	    "\n"
	    "(4) Chế biến nước mắm (quy 30 độ đậm) đạt 10 triệu lít trở lên.\n"
	    "- Các chỉ tiêu xã hội\n"
	    "(7) Tỷ lệ hộ nghèo theo chuẩn đa chiều dưới 1%.\n"	/* 10 */
	    "(14) Phấn đấu xây dựng đặc khu đạt tiêu chuẩn an toàn.\n"
	    "III- NHIỆM VỤ\n"
	    "(1) Tăng thu ngân sách đạt 20.000 tỷ đồng.\n");
	int ii = addsec(doc, 1, -1, PL_SEC_TARGETS, "MỤC TIÊU");
	const struct pl_target *t;

	addsec(doc, 2, ii, PL_SEC_TARGETS, "Mục tiêu tổng quát");
	addsec(doc, 4, ii, PL_SEC_TARGETS, "Các chỉ tiêu chủ yếu");
	addsec(doc, 12, -1, PL_SEC_TASKS, "NHIỆM VỤ");
	pl_targets_scan(doc);
	cr_assert_eq(doc->ntargets, 6);

	t = find(doc, 17796.301);
	cr_expect_str_eq(t->indicator,
	    "Tổng dự toán thu ngân sách nhà nước năm 2026 thu");
	cr_expect_str_eq(t->unit, "tỷ đồng");
	cr_expect_eq(t->qualifier, PL_Q_EQ);
	cr_expect_eq(t->year, 2026);
	cr_expect_str_eq(t->number, "(1)");
	cr_expect_str_eq(t->group, "Các chỉ tiêu kinh tế");
	cr_expect_eq(t->pos.line, 6);
	cr_expect_eq(t->pos.col, 57);
	cr_expect_eq(t->task, -1);
	cr_expect(!t->has_value_max);
	/* A figure with nothing of its own before it keeps the part's. */
	t = find(doc, 139.4);
	cr_expect_str_eq(t->indicator,
	    "Tổng dự toán thu ngân sách nhà nước năm 2026 thu");
	cr_expect_str_eq(t->unit, "%");
	t = find(doc, 15697);
	cr_expect_str_eq(t->indicator, "Thuế tỉnh thu");
	t = find(doc, 88.2);
	cr_expect_str_eq(t->indicator, "Thuế tỉnh thu");
	t = find(doc, 10);
	cr_expect_str_eq(t->indicator, "Chế biến nước mắm (quy 30 độ đậm)");
	cr_expect_str_eq(t->unit, "triệu lít");
	cr_expect_eq(t->qualifier, PL_Q_GE);
	cr_expect_eq(t->pos.line, 8);
	cr_expect_str_eq(t->raw,
	    "Chế biến nước mắm (quy 30 độ đậm) đạt 10 triệu lít trở lên");
	t = find(doc, 1);
	cr_expect_eq(t->qualifier, PL_Q_LT);
	cr_expect_str_eq(t->group, "Các chỉ tiêu xã hội");
	cr_expect_str_eq(t->number, "(7)");
	pl_doc_free(doc);
}

/* The shape of 001: items inline after a heading, wrapped lines. */
Test(target, inline_items_and_wrapped_lines)
{
	struct pl_doc *doc = mkdoc(
	    "II- MỤC TIÊU VÀ CHỈ TIÊU\n"
	    "2.1. Các chỉ tiêu kinh tế (10 chỉ tiêu): (1) Tổng sản phẩm trên "
	    "địa bàn (GRDP) theo giá hiện hành đến năm 2030 đạt 616.565,83 tỷ "
	    "đồng; (2) Tốc độ tăng trưởng GRDP bình quân 5 năm đạt từ 11% trở "
	    "lên; (3) GRDP bình quân đầu người đến năm 2030 đạt trên 6.300 đô "
	    "la Mỹ trở lên; (4) Chỉ số cải cách hành chính (PAR Index) xếp "
	    "hạng 11/34 trên cả nước; Chỉ số PCI xếp hạng 05/34 trên cả nước; "
	    "(5) Thu nhập bình quân đầu người 01 tháng đạt trên 8,59 triệu\n"
	    "\n"
	    "đồng; (6) Dân số toàn tỉnh đạt 3.755.949 người (theo số liệu "
	    "của Cục Thống kê).\n");
	const struct pl_target *t;

	addsec(doc, 1, -1, PL_SEC_TARGETS, "MỤC TIÊU VÀ CHỈ TIÊU");
	pl_targets_scan(doc);
	cr_assert_eq(doc->ntargets, 7);

	t = find(doc, 616565.83);
	cr_expect_str_eq(t->indicator,
	    "Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành");
	cr_expect_eq(t->year, 2030);
	cr_expect_str_eq(t->group, "Các chỉ tiêu kinh tế");
	cr_expect_str_eq(t->number, "(1)");
	cr_expect_null(t->period);
	t = find(doc, 11);
	cr_expect_eq(t->qualifier, PL_Q_GE);
	cr_expect_str_eq(t->unit, "%");
	cr_expect_str_eq(t->period, "5 năm");
	cr_expect_str_eq(t->indicator, "Tốc độ tăng trưởng GRDP bình quân");
	cr_expect_eq(t->year, 0);
	/* "trên X ... trở lên" is read as at least X. */
	t = find(doc, 6300);
	cr_expect_eq(t->qualifier, PL_Q_GE);
	cr_expect_str_eq(t->unit, "đô la Mỹ");
	cr_expect_str_eq(t->indicator, "GRDP bình quân đầu người");
	/* Ranks, two in one item. */
	t = &doc->targets[3];
	cr_expect_eq(t->value, 11);
	cr_expect_str_eq(t->unit, "hạng/34");
	cr_expect_str_eq(t->indicator, "Chỉ số cải cách hành chính (PAR Index)");
	cr_expect_str_eq(t->number, "(4)");
	t = &doc->targets[4];
	cr_expect_eq(t->value, 5);
	cr_expect_str_eq(t->indicator, "Chỉ số PCI");
	cr_expect_str_eq(t->number, "(4)");
	/* A unit broken over lines; the figure is on the first. */
	t = find(doc, 8.59);
	cr_expect_eq(t->qualifier, PL_Q_GT);
	cr_expect_str_eq(t->unit, "triệu đồng");
	cr_expect_eq(t->pos.line, 2);
	cr_expect_str_eq(t->raw, "Thu nhập bình quân đầu người 01 tháng đạt "
	    "trên 8,59 triệu đồng");
	t = find(doc, 3755949);
	cr_expect_str_eq(t->unit, "người");
	cr_expect_eq(t->pos.line, 4);
	cr_expect_eq(t->pos.col, 32);
	cr_expect_str_eq(t->number, "(6)");
	pl_doc_free(doc);
}

struct fig_case {
	const char		*item;
	double			 value;
	double			 max;	/* 0 when no range */
	enum pl_qualifier	 q;
	const char		*unit;	/* NULL: none */
	const char		*indicator;
};

/* One item each, under a target heading. */
static const struct fig_case figs[] = {
	{ "Tỷ lệ che phủ rừng đạt 8,90%", 8.9, 0, PL_Q_EQ, "%",
	    "Tỷ lệ che phủ rừng" },
	{ "Tổng vốn đầu tư toàn xã hội 60.000 tỷ đồng", 60000, 0, PL_Q_EQ,
	    "tỷ đồng", "Tổng vốn đầu tư toàn xã hội" },
	{ "Chỉ số phát triển con người (HDI) đạt 0,75", 0.75, 0, PL_Q_EQ, NULL,
	    "Chỉ số phát triển con người (HDI)" },
	{ "Tỷ lệ đô thị hóa đạt trên 50%", 50, 0, PL_Q_GT, "%",
	    "Tỷ lệ đô thị hóa" },
	{ "Số đảng viên kết nạp 18.000 đảng viên trở lên", 18000, 0, PL_Q_GE,
	    "đảng viên", "Số đảng viên kết nạp" },
	{ "Tỷ lệ tập hợp quần chúng từ 60% số đối tượng trở lên", 60, 0,
	    PL_Q_GE, "%", "Tỷ lệ tập hợp quần chúng" },
	{ "Số năm sống khỏe mạnh đạt tối thiểu 68 năm", 68, 0, PL_Q_GE, "năm",
	    "Số năm sống khỏe mạnh" },
	{ "Số khách đạt ít nhất 2 triệu lượt", 2, 0, PL_Q_GE, "triệu lượt",
	    "Số khách" },
	{ "Tỷ lệ thất nghiệp đạt dưới 3,6%", 3.6, 0, PL_Q_LT, "%",
	    "Tỷ lệ thất nghiệp" },
	{ "Nợ xấu tối đa 3%", 3, 0, PL_Q_LE, "%", "Nợ xấu" },
	{ "Bội chi không quá 5%", 5, 0, PL_Q_LE, "%", "Bội chi" },
	{ "Tỷ lệ nợ xấu 2% trở xuống", 2, 0, PL_Q_LE, "%", "Tỷ lệ nợ xấu" },
	{ "Tỷ trọng công nghiệp khoảng 25%", 25, 0, PL_Q_APPROX, "%",
	    "Tỷ trọng công nghiệp" },
	{ "Thu ngân sách 5 năm đạt từ 145.000 - 175.000 tỷ đồng", 145000,
	    175000, PL_Q_RANGE, "tỷ đồng", "Thu ngân sách" },
	{ "Tỷ lệ hộ nghèo duy trì mức giảm bình quân 0,3 - 0,5%/năm", 0.3,
	    0.5, PL_Q_RANGE, "%/năm", "Tỷ lệ hộ nghèo duy trì mức giảm bình "
	    "quân" },
	{ "Tăng trưởng từ 8 đến 10%", 8, 10, PL_Q_RANGE, "%", "Tăng trưởng" },
	{ "Chỉ số PCI đến năm 2030 thuộc top 20 cả nước", 20, 0, PL_Q_LE,
	    "hạng", "Chỉ số PCI" },
	{ "Chỉ số PAPI thuộc nhóm 10 tỉnh dẫn đầu", 10, 0, PL_Q_LE, "hạng",
	    "Chỉ số PAPI" },
	{ "Năng suất lao động (theo giá so sánh) đạt 140,44 triệu đồng/lao "
	    "động", 140.44, 0, PL_Q_EQ, "triệu đồng/lao động",
	    "Năng suất lao động (theo giá so sánh)" },
	{ "Thu nhập bình quân đạt 150 triệu đồng/người/năm", 150, 0, PL_Q_EQ,
	    "triệu đồng/người/năm", "Thu nhập bình quân" },
	{ "Thu nhập bình quân đầu người 01 tháng đạt 8,596 ngàn đồng", 8.596, 0,
	    PL_Q_EQ, "ngàn đồng", "Thu nhập bình quân đầu người 01 tháng" },
	{ "Giải quyết việc làm bình quân 40.000 lao động/năm", 40000, 0,
	    PL_Q_EQ, "lao động/năm", "Giải quyết việc làm bình quân" },
	{ "Số bác sĩ trên 10.000 dân đạt 15 bác sĩ", 15, 0, PL_Q_EQ, "bác sĩ",
	    "Số bác sĩ trên 10.000 dân" },
	{ "Số giường bệnh trên 10.000 dân đạt 35 giường", 35, 0, PL_Q_EQ,
	    "giường", "Số giường bệnh trên 10.000 dân" },
	{ "Tuổi thọ trung bình đạt 75,5 tuổi", 75.5, 0, PL_Q_EQ, "tuổi",
	    "Tuổi thọ trung bình" },
	{ "Kim ngạch xuất khẩu đạt 2,5 tỷ USD", 2.5, 0, PL_Q_EQ, "tỷ USD",
	    "Kim ngạch xuất khẩu" },
	{ "Khách quốc tế đạt 2.000 nghìn lượt", 2000, 0, PL_Q_EQ,
	    "nghìn lượt", "Khách quốc tế" },
	{ "Số nhà ở xã hội hoàn thành trên 6.220 căn", 6220, 0, PL_Q_GT, "căn",
	    "Số nhà ở xã hội hoàn thành" },
	{ "Dân số đạt 3.755.949 người(1) (theo Cục Thống kê)", 3755949, 0,
	    PL_Q_EQ, "người", "Dân số" },
	{ "Đến năm 2030, bao phủ bảo hiểm y tế toàn dân và 100% người dân "
	    "được khám sức khỏe", 100, 0, PL_Q_EQ, "%",
	    "người dân được khám sức khỏe" },
};

Test(target, figures_table)
{
	for (size_t i = 0; i < PL_NELEM(figs); i++) {
		const struct fig_case *c = &figs[i];
		char *text = pl_xmalloc(strlen(c->item) + 64);
		struct pl_doc *doc;
		const struct pl_target *t;

		strcpy(text, "CHỈ TIÊU\n(1) ");
		strcat(text, c->item);
		strcat(text, ".");
		doc = mkdoc(text);
		free(text);
		addsec(doc, 1, -1, PL_SEC_TARGETS, "CHỈ TIÊU");
		pl_targets_scan(doc);
		cr_expect_eq(doc->ntargets, 1, "\"%s\": %zu targets", c->item,
		    doc->ntargets);
		if (doc->ntargets != 1) {
			pl_doc_free(doc);
			continue;
		}
		t = doc->targets;
		cr_expect_eq(t->value, c->value, "\"%s\": %g", c->item,
		    t->value);
		cr_expect_eq(t->has_value_max, c->max != 0, "\"%s\"", c->item);
		if (c->max != 0)
			cr_expect_eq(t->value_max, c->max, "\"%s\": max %g",
			    c->item, t->value_max);
		cr_expect_eq(t->qualifier, c->q, "\"%s\": %s", c->item,
		    pl_qualifier_name(t->qualifier));
		if (c->unit == NULL)
			cr_expect_null(t->unit, "\"%s\": unit %s", c->item,
			    t->unit);
		else
			cr_expect_str_eq(t->unit != NULL ? t->unit : "(null)",
			    c->unit, "\"%s\"", c->item);
		cr_expect_str_eq(t->indicator != NULL ? t->indicator : "(null)",
		    c->indicator, "\"%s\": indicator \"%s\"", c->item,
		    t->indicator);
		pl_doc_free(doc);
	}
}

/* Items and numbers that are no targets. */
static const char *nonfigs[] = {
	"Thực hiện 36 chỉ tiêu chủ yếu (kèm phụ lục phân công)",
	"Về thực hiện 03 đột phá, gồm 03 đầu việc chính",
	"Giảm nghèo bền vững giai đoạn 2026 - 2030",
	"Tuyển chọn thanh niên nhập ngũ đạt chỉ tiêu trên giao",
	"Chế biến nước mắm (quy 30 độ đậm)",
	"Khám sức khỏe ít nhất mỗi năm 01 lần",
	"Thực hiện Nghị quyết số 57-NQ/TW ngày 22-12-2024",
	"Từ ngày 01/7/2025 vận hành mô hình chính quyền 2 cấp",
	"Tốc độ tăng trưởng bình quân 5 năm",
	"Số bác sĩ trên 10.000 dân",
	"Đến năm 2030 hoàn thành",
	"",
};

Test(target, not_figures)
{
	for (size_t i = 0; i < PL_NELEM(nonfigs); i++) {
		char *text = pl_xmalloc(strlen(nonfigs[i]) + 64);
		struct pl_doc *doc;

		strcpy(text, "CHỈ TIÊU\n(1) ");
		strcat(text, nonfigs[i]);
		doc = mkdoc(text);
		free(text);
		addsec(doc, 1, -1, PL_SEC_TARGETS, "CHỈ TIÊU");
		pl_targets_scan(doc);
		cr_expect_eq(doc->ntargets, 0, "\"%s\": %zu targets, first %g",
		    nonfigs[i], doc->ntargets,
		    doc->ntargets > 0 ? doc->targets[0].value : 0);
		pl_doc_free(doc);
	}
}

Test(target, only_in_target_sections)
{
	/* Prose outside a target section and unlabeled paragraphs inside
	 * one give nothing; a heading naming "chỉ tiêu" opens a list even
	 * in a section of another kind. */
	struct pl_doc *doc = mkdoc(
	    "I- QUAN ĐIỂM\n"
	    "- Phấn đấu tăng trưởng từ 11% trở lên.\n"
	    "II- CÁC ĐẦU CÔNG VIỆC THỰC HIỆN CHỈ TIÊU\n"
	    "Tăng trưởng đạt 9%.\n"
	    "- Tăng trưởng đạt 10%.\n");

	addsec(doc, 1, -1, PL_SEC_PURPOSE, "QUAN ĐIỂM");
	addsec(doc, 3, -1, PL_SEC_TASKS,
	    "CÁC ĐẦU CÔNG VIỆC THỰC HIỆN CHỈ TIÊU");
	pl_targets_scan(doc);
	cr_assert_eq(doc->ntargets, 1);
	cr_expect_eq(doc->targets[0].value, 10);
	cr_expect_null(doc->targets[0].number);
	cr_expect_eq(doc->targets[0].pos.line, 5);
	pl_doc_free(doc);
}

Test(target, period_and_year_from_headings)
{
	struct pl_doc *doc = mkdoc(
	    "II- CHỈ TIÊU GIAI ĐOẠN 2026 - 2030\n"
	    "1. Chỉ tiêu năm 2026\n"
	    "a) Tăng trưởng đạt 10%.\n"
	    "b) Tăng trưởng bình quân 05 năm đạt 9%.\n");
	int s = addsec(doc, 1, -1, PL_SEC_TARGETS,
	    "CHỈ TIÊU GIAI ĐOẠN 2026 - 2030");

	addsec(doc, 2, s, PL_SEC_TARGETS, "Chỉ tiêu năm 2026");
	pl_targets_scan(doc);
	cr_assert_eq(doc->ntargets, 2);
	cr_expect_str_eq(doc->targets[0].period, "2026-2030");
	cr_expect_eq(doc->targets[0].year, 2026);
	cr_expect_str_eq(doc->targets[0].number, "a)");
	cr_expect_str_eq(doc->targets[0].group, "Chỉ tiêu năm 2026");
	cr_expect_str_eq(doc->targets[1].period, "5 năm");
	cr_expect_str_eq(doc->targets[1].indicator,
	    "Tăng trưởng bình quân");
	pl_doc_free(doc);
}

/* The shape of 002: indicator rows under a "CHỈ TIÊU" group. */
Test(target, indicator_rows)
{
	struct pl_doc *doc = mkdoc(
	    "PHỤ LỤC\n"					/* 1 */
	    "I CHỈ TIÊU CHỦ YẾU\n"
	    "1 Các chỉ tiêu kinh tế\n"
	    "1.1\n"
	    "Tổng sản phẩm trên địa\n"			/* 5 */
	    "bàn đến năm 2030 đạt\n"
	    "630.370,27 tỷ đồng.\n"
	    "1.5\n"
	    "Thu ngân sách 5 năm đạt\n"
	    "từ 145.000 - 175.000 tỷ\n"			/* 10 */
	    "đồng.\n"
	    "2 Các chỉ tiêu xã hội\n"
	    "2.6\n"
	    "Tỷ lệ lao động đã qua đào tạo đạt 79%. Trong đó có\n"
	    "bằng cấp chứng chỉ đạt 35%.\n"		/* 15 */
	    "II CÁC KHÂU ĐỘT PHÁ\n"
	    "1\n"
	    "Cắt giảm 30% thủ tục hành chính.\n");
	int pl = addsec(doc, 1, -1, PL_SEC_APPENDIX, "PHỤ LỤC CHỈ TIÊU");
	int i = addsec(doc, 2, pl, PL_SEC_APPENDIX, "CHỈ TIÊU CHỦ YẾU");
	int e = addsec(doc, 3, i, PL_SEC_APPENDIX, "Các chỉ tiêu kinh tế");
	int x = addsec(doc, 12, i, PL_SEC_APPENDIX, "Các chỉ tiêu xã hội");
	int b = addsec(doc, 16, pl, PL_SEC_APPENDIX, "CÁC KHÂU ĐỘT PHÁ");
	struct pl_table *tb = pl_doc_add_table(doc);
	const struct pl_target *t;

	tb->line = 2;
	tb->end_line = 18;
	addrow(doc, "PL/I/1.1", "Tổng sản phẩm trên địa bàn đến năm 2030 đạt "
	    "630.370,27 tỷ đồng.", 4, 7, e, false);
	addrow(doc, "PL/I/1.5", "Thu ngân sách 5 năm đạt từ 145.000 - "
	    "175.000 tỷ đồng.", 8, 11, e, false);
	addrow(doc, "PL/I/2.6", "Tỷ lệ lao động đã qua đào tạo đạt 79%. "
	    "Trong đó có bằng cấp chứng chỉ đạt 35%.", 13, 15, x, false);
	addrow(doc, "PL/II/1", "Cắt giảm 30% thủ tục hành chính.", 17, 18, b,
	    false);
	pl_targets_scan(doc);
	cr_assert_eq(doc->ntargets, 4);

	t = &doc->targets[0];
	cr_expect_eq(t->value, 630370.27);
	cr_expect_eq(t->task, 0);
	cr_expect_str_eq(t->number, "1.1");
	cr_expect_str_eq(t->group, "Các chỉ tiêu kinh tế");
	cr_expect_str_eq(t->indicator, "Tổng sản phẩm trên địa bàn");
	cr_expect_eq(t->year, 2030);
	cr_expect_eq(t->pos.line, 7);
	cr_expect_eq(t->pos.col, 1);
	t = &doc->targets[1];
	cr_expect_eq(t->qualifier, PL_Q_RANGE);
	cr_expect_eq(t->value_max, 175000);
	cr_expect_str_eq(t->period, "5 năm");
	cr_expect_eq(t->task, 1);
	cr_expect_eq(t->pos.line, 10);
	t = &doc->targets[3];
	cr_expect_eq(t->value, 35);
	cr_expect_str_eq(t->indicator, "có bằng cấp chứng chỉ");
	cr_expect_str_eq(t->group, "Các chỉ tiêu xã hội");
	cr_expect_eq(t->pos.line, 15);
	pl_doc_free(doc);
}

Test(target, group_rows_kept_as_tasks)
{
	/* A table parser may keep group rows as tasks: "PL/I" heads
	 * "PL/I/1"; only the rows under a "CHỈ TIÊU" group count. */
	struct pl_doc *doc = mkdoc("a\nb\nc\nd\n");

	addrow(doc, "PL/I", "CHỈ TIÊU CHỦ YẾU", 1, 1, -1, true);
	addrow(doc, "PL/I/1", "Tỷ lệ che phủ rừng đạt 8,9%.", 2, 2, -1, false);
	addrow(doc, "PL/II", "NHIỆM VỤ", 3, 3, -1, true);
	addrow(doc, "PL/II/1", "Cắt giảm 30% thủ tục.", 4, 4, -1, false);
	pl_targets_scan(doc);
	cr_assert_eq(doc->ntargets, 1);
	cr_expect_eq(doc->targets[0].value, 8.9);
	cr_expect_eq(doc->targets[0].task, 1);
	pl_doc_free(doc);
}

Test(target, empty_document)
{
	struct pl_doc *doc = pl_doc_new("t.txt");

	pl_targets_scan(doc);
	cr_assert_eq(doc->ntargets, 0);
	pl_doc_free(doc);
}
