/*
 * test_deadline.c: deadline classes, due and start dates, milestones
 * (pl_deadline_parse), inline deadline phrases in prose
 * (pl_deadline_find) and dates (pl_date_scan), from deadline.c.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "../../src/ingest/ingest_int.h"

struct dl_case {
	const char		*text;
	enum pl_deadline_class	 cls;
	const char		*due;	/* ISO, "" when none */
	const char		*start;	/* ISO, "" when none */
};

/* Every expression of domain.md 4.2, plus edge cases. */
static const struct dl_case cases[] = {
	/* specific: the last day of the period */
	{ "Quý II/2026", PL_DL_SPECIFIC, "2026-06-30", "" },
	{ "Quý III/2026", PL_DL_SPECIFIC, "2026-09-30", "" },
	{ "Quý IV/2024", PL_DL_SPECIFIC, "2024-12-31", "" },
	{ "Quý I/2026", PL_DL_SPECIFIC, "2026-03-31", "" },
	{ "Quý\nI/2026", PL_DL_SPECIFIC, "2026-03-31", "" },
	{ "Quý  I / 2026", PL_DL_SPECIFIC, "2026-03-31", "" },
	{ "quý 2/2026", PL_DL_SPECIFIC, "2026-06-30", "" },
	{ "Quý 3 năm 2026", PL_DL_SPECIFIC, "2026-09-30", "" },
	{ "Tháng 4/2026", PL_DL_SPECIFIC, "2026-04-30", "" },
	{ "Tháng 5/2024", PL_DL_SPECIFIC, "2024-05-31", "" },
	{ "Tháng 2/2024", PL_DL_SPECIFIC, "2024-02-29", "" },
	{ "Tháng 2/2026", PL_DL_SPECIFIC, "2026-02-28", "" },
	{ "tháng 12 năm 2025", PL_DL_SPECIFIC, "2025-12-31", "" },
	{ "Trong tháng 8/2024", PL_DL_SPECIFIC, "2024-08-31", "" },
	{ "Năm 2026", PL_DL_SPECIFIC, "2026-12-31", "" },
	{ "Trong năm 2024", PL_DL_SPECIFIC, "2024-12-31", "" },
	{ "Đến năm 2025", PL_DL_SPECIFIC, "2025-12-31", "" },
	{ "2026", PL_DL_SPECIFIC, "2026-12-31", "" },
	{ "12/2025", PL_DL_SPECIFIC, "2025-12-31", "" },
	{ "trước ngày 30/6/2026", PL_DL_SPECIFIC, "2026-06-30", "" },
	{ "trước 30-6-2026", PL_DL_SPECIFIC, "2026-06-30", "" },
	{ "Hoàn thành trước ngày 15 tháng 9 năm 2026", PL_DL_SPECIFIC,
	    "2026-09-15", "" },
	{ "trước tháng 9/2026", PL_DL_SPECIFIC, "2026-08-31", "" },
	{ "trước Quý III/2026", PL_DL_SPECIFIC, "2026-06-30", "" },
	{ "6 tháng đầu năm 2026", PL_DL_SPECIFIC, "2026-06-30", "" },
	{ "6 tháng cuối năm 2026", PL_DL_SPECIFIC, "2026-12-31", "" },
	{ "Hoàn thành trong tháng 12/2025, sau đó triển khai thực hiện.",
	    PL_DL_SPECIFIC, "2025-12-31", "" },
	{ "Xây dựng hoàn thành trong Quý I/2026, sau đó triển khai thực "
	    "hiện.", PL_DL_SPECIFIC, "2026-03-31", "" },
	{ "Hoàn chỉnh quy hoạch ngành và ban hành chính sách thu hút trong "
	    "Quý II/2026, sau đó triển khai thực hiện. Năm 2028 sơ kết Năm "
	    "2030 tổng kết", PL_DL_SPECIFIC, "2026-06-30", "" },
	{ "Quý II/2026, sau khi Trung ương ban hành", PL_DL_SPECIFIC,
	    "2026-06-30", "" },
	{ "Quý I/2026 và Quý III/2026", PL_DL_SPECIFIC, "2026-09-30", "" },
	{ "Từ năm 2026 đến năm 2030", PL_DL_SPECIFIC, "2030-12-31",
	    "2026-01-01" },
	{ "Giai đoạn 2026 - 2030", PL_DL_SPECIFIC, "2030-12-31",
	    "2026-01-01" },
	{ "năm 2026–2027", PL_DL_SPECIFIC, "2027-12-31", "2026-01-01" },

	/* recurring: no due date, maybe a start */
	{ "Thường xuyên", PL_DL_RECURRING, "", "" },
	{ "Thực hiện thường xuyên", PL_DL_RECURRING, "", "" },
	{ "Thực hiện thường xuyên và sơ kết hằng năm", PL_DL_RECURRING, "",
	    "" },
	{ "- Nhiệm vụ thường xuyên - Năm 2028 sơ kết - Năm 2030 tổng kết",
	    PL_DL_RECURRING, "", "" },
	{ "Thực hiện ngay từ năm 2026 Năm 2028 sơ kết Năm 2030 tổng kết",
	    PL_DL_RECURRING, "", "2026-01-01" },
	{ "Thực hiện ngày từ năm 2026 Năm 2028 sơ kết Năm 2030 tổng kết",
	    PL_DL_RECURRING, "", "2026-01-01" },
	{ "Thực hiện từ Quý I/2026. Năm 2028 sơ kết. Năm 2030 tổng kết.",
	    PL_DL_RECURRING, "", "2026-01-01" },
	{ "Thực hiện ngay từ năm 2026 hằng năm sơ kết rút kinh nghiệm; năm "
	    "2030 tổng kết", PL_DL_RECURRING, "", "2026-01-01" },
	{ "Từ Quý II/2026", PL_DL_RECURRING, "", "2026-04-01" },
	{ "hằng năm", PL_DL_RECURRING, "", "" },
	{ "Hàng năm", PL_DL_RECURRING, "", "" },
	{ "Định kỳ hàng quý, 6 tháng báo cáo", PL_DL_RECURRING, "", "" },
	{ "Thường xuyên, báo cáo khi có yêu cầu", PL_DL_RECURRING, "", "" },

	/* conditional: another body's act or schedule */
	{ "Triển khai thực hiện ngay sau khi Trung ương ban hành, phê duyệt",
	    PL_DL_CONDITIONAL, "", "" },
	{ "Triển khai thực hiện ngay sau khi Trung ương ban hành, phê duyệt "
	    "Đề án", PL_DL_CONDITIONAL, "", "" },
	{ "Triển khai thực hiện\nngay sau khi Trung ương ban hành, phê duyệt "
	    "Chiến lược", PL_DL_CONDITIONAL, "", "" },
	{ "Triển khai thực hiện ngay sau khi Trung ương sửa đổi, bổ sung các "
	    "văn bản pháp luật", PL_DL_CONDITIONAL, "", "" },
	{ "Thực hiện ngay khi Cơ quan Thường trực Ban Chỉ đạo Trung ương về "
	    "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tổng hợp, "
	    "chuyển đến", PL_DL_CONDITIONAL, "", "" },
	{ "Theo tiến độ của Bộ Tài chính", PL_DL_CONDITIONAL, "", "" },
	{ "Theo tiến độ quy định Luật Đầu tư công", PL_DL_CONDITIONAL, "",
	    "" },
	{ "Khi có hướng dẫn của Bộ", PL_DL_CONDITIONAL, "", "" },
	{ "Theo lộ trình của Chính phủ", PL_DL_CONDITIONAL, "", "" },
	/* a date inside the condition is not a due date */
	{ "Ngay sau khi Trung ương phê duyệt Chiến lược đến năm 2030",
	    PL_DL_CONDITIONAL, "", "" },
	{ "Sau khi ban hành Nghị định; thường xuyên", PL_DL_CONDITIONAL, "",
	    "" },

	/* vague */
	{ "Kịp thời", PL_DL_VAGUE, "", "" },
	{ "Sớm", PL_DL_VAGUE, "", "" },
	{ "Khẩn trương", PL_DL_VAGUE, "", "" },
	{ "Trong thời gian tới", PL_DL_VAGUE, "", "" },
	{ "Ngay", PL_DL_VAGUE, "", "" },
	{ "Theo quy định", PL_DL_VAGUE, "", "" },
	{ "Theo kế hoạch", PL_DL_VAGUE, "", "" },
	{ "đảm bảo thời gian theo quy định", PL_DL_VAGUE, "", "" },
	{ "bảo đảm tiến độ theo kế hoạch", PL_DL_VAGUE, "", "" },
	{ "Theo tiến độ kế hoạch", PL_DL_VAGUE, "", "" },
	{ "Triển khai thực hiện", PL_DL_VAGUE, "", "" },
	{ "chi thường xuyên", PL_DL_VAGUE, "", "" },
	{ "Năm học mới", PL_DL_VAGUE, "", "" },
	/* impossible dates are no dates */
	{ "trước ngày 31/2/2026", PL_DL_VAGUE, "", "" },
	{ "Tháng 13/2026", PL_DL_VAGUE, "", "" },
	{ "Quý V/2026", PL_DL_VAGUE, "", "" },
	{ "ngày 0/6/2026", PL_DL_VAGUE, "", "" },
	/* a symbol is not a month */
	{ "Theo Nghị quyết 5/2025/QH15", PL_DL_VAGUE, "", "" },

	/* missing */
	{ "", PL_DL_MISSING, "", "" },
	{ "   \n\t ", PL_DL_MISSING, "", "" },
	{ "-", PL_DL_MISSING, "", "" },
};

static void
check_case(const struct dl_case *c)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_deadline d;
	char buf[11];

	pl_deadline_parse(a, c->text, &d);
	cr_expect_eq(d.cls, c->cls, "\"%s\": class %s, expected %s", c->text,
	    pl_deadline_class_name(d.cls), pl_deadline_class_name(c->cls));
	cr_expect_str_eq(pl_date_iso(d.due, buf), c->due, "\"%s\": due %s",
	    c->text, buf);
	cr_expect_str_eq(pl_date_iso(d.start, buf), c->start,
	    "\"%s\": start %s", c->text, buf);
	pl_arena_free(a);
}

Test(deadline, classes_table)
{
	for (size_t i = 0; i < PL_NELEM(cases); i++)
		check_case(&cases[i]);
}

Test(deadline, null_is_missing)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_deadline d;

	pl_deadline_parse(a, NULL, &d);
	cr_assert_eq(d.cls, PL_DL_MISSING);
	cr_assert_null(d.text);
	pl_deadline_parse(a, "  ", &d);
	cr_assert_eq(d.cls, PL_DL_MISSING);
	cr_assert_null(d.text);
	pl_arena_free(a);
}

Test(deadline, text_is_squashed)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_deadline d;

	pl_deadline_parse(a, "  Quý\nII/2026 \n", &d);
	cr_assert_str_eq(d.text, "Quý II/2026");
	pl_arena_free(a);
}

Test(deadline, milestones)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_deadline d;

	pl_deadline_parse(a, "- Nhiệm vụ thường\nxuyên\n- Năm 2028 sơ kết\n"
	    "- Năm 2030 tổng\nkết", &d);
	cr_assert_eq(d.cls, PL_DL_RECURRING);
	cr_assert_eq(d.nmilestones, 2);
	cr_assert_eq(d.milestones[0].year, 2028);
	cr_assert_str_eq(d.milestones[0].label, "sơ kết");
	cr_assert_eq(d.milestones[1].year, 2030);
	cr_assert_str_eq(d.milestones[1].label, "tổng kết");

	pl_deadline_parse(a, "Thực hiện ngay từ năm 2026 hằng năm sơ kết rút "
	    "kinh nghiệm; năm 2030 tổng kết", &d);
	cr_assert_eq(d.nmilestones, 1);
	cr_assert_eq(d.milestones[0].year, 2030);

	pl_deadline_parse(a, "Sơ kết vào năm 2028, tổng kết năm 2030", &d);
	cr_assert_eq(d.cls, PL_DL_RECURRING);
	cr_assert_eq(d.nmilestones, 2);
	cr_assert_str_eq(d.milestones[0].label, "sơ kết");
	cr_assert_str_eq(d.milestones[1].label, "tổng kết");

	/* A specific completion keeps its milestones. */
	pl_deadline_parse(a, "trong Quý II/2026, sau đó triển khai thực hiện. "
	    "Năm 2028 sơ kết Năm 2030 tổng kết", &d);
	cr_assert_eq(d.cls, PL_DL_SPECIFIC);
	cr_assert_eq(d.nmilestones, 2);

	/* Parsing again starts afresh. */
	pl_deadline_parse(a, "Quý I/2026", &d);
	cr_assert_eq(d.nmilestones, 0);
	pl_arena_free(a);
}

struct find_case {
	const char	*text;
	const char	*phrase;	/* NULL: none */
};

static const struct find_case finds[] = {
	{ "Xây dựng đề án, hoàn thành trước ngày 30/6/2026.",
	    "hoàn thành trước ngày 30/6/2026" },
	{ "Ban hành kế hoạch trong Quý II/2026; báo cáo kết quả.",
	    "trong Quý II/2026" },
	{ "Trình Tỉnh ủy trước tháng 9/2026", "trước tháng 9/2026" },
	{ "Hoàn thành các nội dung trọng tâm trong năm 2026 theo đúng tiến độ",
	    "trong năm 2026" },
	{ "Năm 2026 hoàn thành việc sắp xếp", "Năm 2026" },
	{ "Báo cáo chậm nhất ngày 15/12/2026", "chậm nhất ngày 15/12/2026" },
	{ "Gửi báo cáo trước 15-12-2026 về Văn phòng", "trước 15-12-2026" },
	{ "Tổ chức sơ kết hằng năm", "hằng năm" },
	{ "định kỳ hàng quý, 6 tháng báo cáo UBND tỉnh", "định kỳ hàng quý" },
	{ "Rà soát danh mục, thực hiện thường xuyên", "thường xuyên" },
	{ "triển khai các dự án bảo đảm tiến độ theo kế hoạch. Đẩy mạnh",
	    "bảo đảm tiến độ theo kế hoạch" },
	{ "các chính sách đặc thù sau khi được thông qua; gắn với",
	    "sau khi được thông qua" },
	/* a specific phrase beats a vague one, wherever it is */
	{ "Kịp thời tổng hợp, hoàn thành trong tháng 10/2026",
	    "hoàn thành trong tháng 10/2026" },
	/* a recurring one beats a vague one */
	{ "bảo đảm tiến độ; định kỳ báo cáo", "định kỳ" },

	/* not deadlines: adverbs of manner, not of time */
	{ "thường xuyên nắm chắc tình hình lao động việc làm", NULL },
	{ "giải quyết kịp thời các kiến nghị của doanh nghiệp", NULL },
	{ "Khẩn trương rà soát các điểm nghẽn", NULL },
	{ "Tiếp tục triển khai Nghị quyết số 57-NQ/TW ngày 22-12-2024 về đột "
	    "phá phát triển khoa học", NULL },
	{ "thực hiện Nghị quyết Đại hội Đảng bộ các cấp, nhiệm kỳ 2025-2030",
	    NULL },
	{ "xác định đây là nhiệm vụ trong giai đoạn 2026 - 2030", NULL },
	{ "sử dụng từ năm học 2026-2027", NULL },
	{ "Triệt để tiết kiệm chi thường xuyên để dành nguồn lực", NULL },
	{ "Chiến lược phát triển đến năm 2030, tầm nhìn đến năm 2045", NULL },
	{ "phát triển kinh tế - xã hội năm 2026 của tỉnh", NULL },
	{ "tuyên truyền các sự kiện quan trọng của đất nước và của tỉnh trong "
	    "năm 2026", NULL },
	{ "chào mừng các ngày lễ lớn của tỉnh trong năm 2026", NULL },
	{ "cụ thể hóa thành chương trình, kế hoạch hằng năm của từng ngành",
	    NULL },
	{ "đưa tiếng Anh trở thành ngôn ngữ thứ hai, ngay từ mầm non", NULL },
	{ "Thực hiện theo quy định của pháp luật", NULL },
	{ "", NULL },
};

Test(deadline, find_table)
{
	for (size_t i = 0; i < PL_NELEM(finds); i++) {
		struct pl_arena *a = pl_arena_new();
		const char *got = pl_deadline_find(a, finds[i].text);

		if (finds[i].phrase == NULL)
			cr_expect_null(got, "\"%s\": found \"%s\"",
			    finds[i].text, got);
		else if (got == NULL)
			cr_expect_not_null(got, "\"%s\": nothing found",
			    finds[i].text);
		else
			cr_expect_str_eq(got, finds[i].phrase,
			    "\"%s\": found \"%s\"", finds[i].text, got);
		pl_arena_free(a);
	}
	cr_expect_null(pl_deadline_find(NULL, NULL));
}

Test(deadline, found_phrase_parses_to_its_class)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_deadline d;
	char buf[11];

	pl_deadline_parse(a, pl_deadline_find(a, "Tham mưu ban hành quy chế, "
	    "hoàn thành trước ngày 30/6/2026."), &d);
	cr_assert_eq(d.cls, PL_DL_SPECIFIC);
	cr_assert_str_eq(pl_date_iso(d.due, buf), "2026-06-30");
	pl_deadline_parse(a, pl_deadline_find(a, "định kỳ hàng quý báo cáo"),
	    &d);
	cr_assert_eq(d.cls, PL_DL_RECURRING);
	pl_deadline_parse(a, pl_deadline_find(a, "bảo đảm tiến độ theo kế "
	    "hoạch"), &d);
	cr_assert_eq(d.cls, PL_DL_VAGUE);
	pl_arena_free(a);
}

struct date_case {
	const char	*s;
	const char	*iso;	/* NULL: no date */
	size_t		 used;
};

static const struct date_case dates[] = {
	{ "10-10-2025 của", "2025-10-10", 10 },
	{ "04/5/2025", "2025-05-04", 9 },
	{ "6-1-2026", "2026-01-06", 8 },
	{ "30.6.2026", "2026-06-30", 9 },
	{ "16 tháng 5 năm 2024", "2024-05-16", 21 },
	{ "29/2/2024", "2024-02-29", 9 },
	{ "29/2/2025", NULL, 0 },
	{ "31/2/2026", NULL, 0 },
	{ "31-4-2026", NULL, 0 },
	{ "32/1/2026", NULL, 0 },
	{ "1/13/2026", NULL, 0 },
	{ "04/5-2025", NULL, 0 },
	{ "04/5/25", NULL, 0 },
	{ "04/5/20255", NULL, 0 },
	{ "178/2004/QĐ", NULL, 0 },
	{ "tháng 5", NULL, 0 },
	{ "", NULL, 0 },
};

Test(deadline, date_scan)
{
	for (size_t i = 0; i < PL_NELEM(dates); i++) {
		struct pl_date d = { 0, 0, 0 };
		size_t used = 0;
		char buf[11];
		bool ok = pl_date_scan(dates[i].s, strlen(dates[i].s), &d,
		    &used);

		if (dates[i].iso == NULL) {
			cr_expect(!ok, "\"%s\" read as a date", dates[i].s);
			continue;
		}
		cr_expect(ok, "\"%s\" not read", dates[i].s);
		cr_expect_str_eq(pl_date_iso(d, buf), dates[i].iso);
		cr_expect_eq(used, dates[i].used, "\"%s\": used %zu",
		    dates[i].s, used);
	}
}

/*
 * The 001 appendix (domain.md 4.2): 59 conditional and 19 specific rows
 * once the table parser merges rows split at page breaks.  Skipped while
 * the table parser extracts no tasks.
 */
Test(deadline, corpus_001_classes)
{
	struct pl_ingest_opts opts = { .lenient = false };
	struct pl_doc *doc = NULL;
	struct pl_err err;
	size_t n[PL_DL_VAGUE + 1] = { 0 }, rows = 0;

	if (pl_ingest_file("corpus/001_230a64e200d485dd.txt", &opts, &doc,
	    &err) == -1)
		cr_skip_test("corpus/001 not readable from here");
	for (size_t i = 0; i < doc->ntasks; i++) {
		const struct pl_task *t = &doc->tasks[i];

		if (t->table < 0 || t->group)
			continue;
		rows++;
		n[t->deadline.cls]++;
	}
	pl_doc_free(doc);
	if (rows == 0)
		cr_skip_test("no table rows extracted yet");
	cr_expect_eq(rows, 78);
	cr_expect_eq(n[PL_DL_CONDITIONAL], 59);
	cr_expect_eq(n[PL_DL_SPECIFIC], 19);
}
