/*
 * test_kind_deadline.c: deadline classes (kind_deadline.c) with the
 * shipped rules: vague, conditional, recurring (raised in a section of
 * specific tasks, also through a parent section).
 */
#include "rules_test.h"

static struct pl_ruleset *rs;

static void
setup(void)
{
	rs = load_shipped();
}

static void
teardown(void)
{
	pl_ruleset_free(rs);
}

TestSuite(deadline, .init = setup, .fini = teardown);

Test(deadline, classes_map_to_rules)
{
	struct pl_doc *doc = pl_doc_new("p.txt");
	const struct pl_finding *f;

	add_row(doc, "A", 1, "Rà soát quy hoạch chung", "Sở Xây dựng",
	    "Kịp thời", PL_DL_VAGUE, "Báo cáo rà soát");
	add_row(doc, "B", 2, "Rà soát quy hoạch chung", "Sở Xây dựng",
	    "Triển khai thực hiện ngay sau khi Trung ương ban hành",
	    PL_DL_CONDITIONAL, "Báo cáo rà soát");
	add_row(doc, "C", 3, "Rà soát quy hoạch chung", "Sở Xây dựng",
	    "Thường xuyên", PL_DL_RECURRING, "Báo cáo rà soát");
	add_good_row(doc, "D", 4);
	run(rs, doc);
	cr_assert_not_null(find_on(doc, "deadline.vague", 0));
	cr_assert_not_null(find_on(doc, "deadline.conditional", 1));
	f = find_on(doc, "deadline.recurring", 2);
	cr_assert_not_null(f);
	cr_assert_eq(f->severity, PL_SEV_INFO);
	cr_assert_not_null(strstr(f->message, "\"Thường xuyên\""));
	cr_assert_eq(doc->nfindings, 3);
	cr_assert_eq(doc->sixro[0] & PL_SIXRO_THOI_GIAN, 0);
	cr_assert_eq(doc->sixro[1] & PL_SIXRO_THOI_GIAN, 0);
	cr_assert(doc->sixro[3] & PL_SIXRO_THOI_GIAN);
	pl_doc_free(doc);
}

Test(deadline, recurring_is_a_warning_among_specific_tasks)
{
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_section *s = pl_doc_add_section(doc);
	struct pl_task *t;

	s->kind = PL_SEC_TASKS;
	s->parent = -1;
	s->specific = true;
	s = pl_doc_add_section(doc);
	s->kind = PL_SEC_TASKS;
	s->parent = 0;	/* a subsection of the specific one */
	t = add_row(doc, "II/1", 3, "Rà soát quy hoạch chung", "Sở Xây dựng",
	    "Thường xuyên", PL_DL_RECURRING, "Báo cáo");
	t->section = 1;
	run(rs, doc);
	cr_assert_eq(find_rule(doc, "deadline.recurring")->severity,
	    PL_SEV_WARNING);
	pl_doc_free(doc);
}

Test(deadline, milestones_meet_the_scorecard)
{
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_task *t = add_row(doc, "PL/1.1", 3, "Tốc độ tăng trưởng GRDP",
	    "Sở Tài chính", "Nhiệm vụ thường xuyên; Năm 2028 sơ kết",
	    PL_DL_RECURRING, "GRDP tăng 10%/năm");

	pl_deadline_add_milestone(doc->arena, &t->deadline, 2028, "sơ kết");
	run(rs, doc);
	cr_assert(doc->sixro[0] & PL_SIXRO_THOI_GIAN);
	cr_assert_eq(count_rule(doc, "deadline.recurring"), 1);
	pl_doc_free(doc);
}

Test(deadline, skip_with_milestones_param)
{
	struct pl_ruleset *mine = load_pack(
	    "rules:\n"
	    "  - id: x.rec\n"
	    "    severity: info\n"
	    "    kind: deadline\n"
	    "    params: {class: recurring, skip_with_milestones: true}\n"
	    "    message: \"{deadline}\"\n");
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_task *t = add_row(doc, "A", 3, "Việc có mốc sơ kết", "Sở",
	    "Hằng năm", PL_DL_RECURRING, "Báo cáo");

	add_row(doc, "B", 4, "Việc không có mốc", "Sở", "Hằng năm",
	    PL_DL_RECURRING, "Báo cáo");
	pl_deadline_add_milestone(doc->arena, &t->deadline, 2030, "tổng kết");
	run(mine, doc);
	cr_assert_eq(doc->nfindings, 1);
	cr_assert_eq(doc->findings[0].task, 1);
	cr_assert_str_eq(doc->findings[0].message, "Hằng năm");
	pl_doc_free(doc);
	pl_ruleset_free(mine);
}
