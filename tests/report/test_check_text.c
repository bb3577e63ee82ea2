/*
 * test_check_text.c: `planlint check` text output (check_text.c): the
 * finding line, quote and hint, the scorecard of declared elements, the
 * summary, English words and colors only on request.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "../../src/report/report.h"

static struct pl_doc *
sample(void)
{
	struct pl_doc *doc = pl_doc_new("plan.txt");
	struct pl_finding *f;

	for (int i = 0; i < 3; i++)
		pl_doc_add_task(doc)->id = "PL/1";
	doc->sixro = pl_arena_alloc(doc->arena, 3 * sizeof(unsigned));
	doc->sixro[0] = PL_SIXRO_VIEC | PL_SIXRO_THOI_GIAN;
	doc->sixro[1] = PL_SIXRO_VIEC;
	doc->meta.sixro_declared = PL_SIXRO_VIEC | PL_SIXRO_THOI_GIAN;
	f = pl_doc_add_finding(doc);
	f->rule = "deadline.vague";
	f->severity = PL_SEV_WARNING;
	f->pos = (struct pl_pos){ .line = 12, .col = 3 };
	f->task = 0;
	f->message = "Thời hạn không cụ thể";
	f->quote = "Rà soát quy hoạch…";
	f->hint = "Ghi Quý III/2026.";
	return doc;
}

Test(check_text, layout)
{
	struct pl_doc *doc = sample();
	struct pl_buf out = { 0 };

	pl_report_check_text(&out, (const struct pl_doc *const *)&doc, 1,
	    PL_LANG_VI, false);
	cr_assert_str_eq(out.s,
	    "plan.txt:12:3: cảnh báo: Thời hạn không cụ thể [deadline.vague]\n"
	    "    > Rà soát quy hoạch…\n"
	    "    gợi ý: Ghi Quý III/2026.\n"
	    "\n"
	    "Bảng \"06 rõ\", plan.txt (3 nhiệm vụ):\n"
	    "  rõ việc                      2/3     67%\n"
	    "  rõ thời gian                 1/3     33%\n"
	    "\n"
	    "1 tệp, 3 nhiệm vụ: 0 lỗi, 1 cảnh báo, 0 thông tin\n");
	cr_assert_null(strchr(out.s, '\033'));
	pl_buf_free(&out);
	pl_doc_free(doc);
}

Test(check_text, english_and_colors)
{
	struct pl_doc *doc = sample();
	struct pl_buf out = { 0 };

	pl_report_check_text(&out, (const struct pl_doc *const *)&doc, 1,
	    PL_LANG_EN, true);
	cr_assert_not_null(strstr(out.s, "\033[1;33mwarning\033[0m"));
	cr_assert_not_null(strstr(out.s, "hint:"));
	cr_assert_not_null(strstr(out.s, "1 file(s), 3 task(s)"));
	pl_buf_free(&out);
	pl_doc_free(doc);
}
