/*
 * test_kind_leads.c: one lead per task and leads that are requests
 * (kind_leads.c), with the shipped rules.
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

TestSuite(leads, .init = setup, .fini = teardown);

Test(leads, two_leads_are_reported)
{
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_task *t = add_good_row(doc, "PL/X/1", 308);
	const struct pl_finding *f;

	t->lead_raw = "Công an tỉnh; Bộ Chỉ huy Quân sự tỉnh";
	t->lead.n = 0;
	pl_strlist_add(doc->arena, &t->lead, "Công an tỉnh");
	pl_strlist_add(doc->arena, &t->lead, "Bộ Chỉ huy Quân sự tỉnh");
	run(rs, doc);
	f = find_rule(doc, "task.multiple-leads");
	cr_assert_not_null(f);
	cr_assert_eq(f->severity, PL_SEV_WARNING);
	cr_assert_str_eq(f->message, "Nhiệm vụ PL/X/1 giao cho 2 cơ quan cùng "
	    "chủ trì: Công an tỉnh; Bộ Chỉ huy Quân sự tỉnh");
	cr_assert_eq(doc->sixro[0] & PL_SIXRO_NGUOI, 0);
	pl_doc_free(doc);
}

Test(leads, parts_and_single_lead_are_fine)
{
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_task *t = add_good_row(doc, "PL/1", 3);

	pl_strlist_add(doc->arena, &t->lead, "Sở Y tế");
	t->parts = true;
	add_good_row(doc, "PL/2", 4);
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "task.multiple-leads"), 0);
	cr_assert(doc->sixro[0] & PL_SIXRO_NGUOI);
	pl_doc_free(doc);
}

Test(leads, request_not_assignment)
{
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_task *t = add_good_row(doc, "PL/I/9", 152);
	struct pl_task *u = add_good_row(doc, "PL/I/10", 153);
	const struct pl_finding *f;

	t->lead_raw = "Đề nghị Thành ủy Phú Quốc lãnh đạo thực hiện";
	t->lead.v[0] = t->lead_raw;
	u->lead_raw = u->lead.v[0] = "UBND thành phố";
	u->lead_request = true;	/* as ingestion marks it */
	add_good_row(doc, "PL/I/11", 154)->lead_raw =
	    "Sở Nội vụ (đề nghị bổ sung biên chế)";
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "agency.request-not-assignment"), 2);
	f = find_on(doc, "agency.request-not-assignment", 0);
	cr_assert_not_null(f);
	cr_assert_not_null(strstr(f->message, "\"Đề nghị Thành ủy Phú Quốc"));
	cr_assert_eq(doc->sixro[0] & PL_SIXRO_THAM_QUYEN, 0);
	cr_assert_not_null(find_on(doc, "agency.request-not-assignment", 1));
	cr_assert(doc->sixro[2] & PL_SIXRO_THAM_QUYEN);
	pl_doc_free(doc);
}

Test(leads, classes_of_bodies_are_not_co_leads)
{
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_task *t = add_good_row(doc, "IV/1", 3);
	struct pl_task *u = add_good_row(doc, "IV/2", 4);

	t->lead.n = 0;
	pl_strlist_add(doc->arena, &t->lead,
	    "Giám đốc (Thủ trưởng) các Sở, ban, ngành cấp tỉnh");
	pl_strlist_add(doc->arena, &t->lead, "Chủ tịch UBND thành phố");
	pl_strlist_add(doc->arena, &t->lead, "Các tổ chức chính trị - xã hội");
	u->lead.n = 0;
	pl_strlist_add(doc->arena, &u->lead, "Ban Quản lý các khu công nghiệp");
	pl_strlist_add(doc->arena, &u->lead, "Sở Công Thương");
	run(rs, doc);
	cr_assert_null(find_on(doc, "task.multiple-leads", 0));
	cr_assert_not_null(find_on(doc, "task.multiple-leads", 1));
	pl_doc_free(doc);
}
