/*
 * test_kind_required.c: the 06 rõ required fields (kind_required.c) with
 * the shipped rules: where each applies (table column, declared element,
 * prose sections), group rows and merged cells.
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

TestSuite(required, .init = setup, .fini = teardown);

Test(required, complete_row_is_quiet)
{
	struct pl_doc *doc = pl_doc_new("p.txt");

	add_good_row(doc, "PL/1", 5);
	run(rs, doc);
	cr_assert_eq(doc->nfindings, 0, "%s", doc->nfindings ?
	    doc->findings[0].rule : "");
	cr_assert_eq(doc->sixro[0], PL_SIXRO_VIEC | PL_SIXRO_NGUOI |
	    PL_SIXRO_THOI_GIAN | PL_SIXRO_THAM_QUYEN | PL_SIXRO_SAN_PHAM);
	pl_doc_free(doc);
}

Test(required, empty_cells_are_reported_with_the_task)
{
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_task *t = add_row(doc, "PL/II/5", 176,
	    "Phân cấp Ủy ban nhân dân tỉnh thực hiện phê duyệt điều chỉnh "
	    "cục bộ quy hoạch chung xây dựng khu chức năng của thành phố",
	    NULL, NULL, PL_DL_MISSING, NULL);
	const struct pl_finding *f;

	t->coord_raw = NULL;
	t->coordinators.n = 0;
	t->present &= ~PL_CELL_COORD;
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "task.missing-lead"), 1);
	cr_assert_eq(count_rule(doc, "task.missing-deadline"), 1);
	cr_assert_eq(count_rule(doc, "task.missing-product"), 1);
	cr_assert_eq(count_rule(doc, "task.missing-coordinator"), 1);
	/* No measures column and the document does not ask for them. */
	cr_assert_eq(count_rule(doc, "task.missing-measures"), 0);
	f = find_rule(doc, "task.missing-lead");
	cr_assert_eq(f->severity, PL_SEV_ERROR);
	cr_assert_eq(f->pos.line, 176);
	cr_assert_eq(f->task, 0);
	cr_assert_str_eq(f->message, "Nhiệm vụ PL/II/5 chưa có cơ quan chủ trì");
	cr_assert_not_null(f->hint);
	/* The quote is the task, cut near 80 characters with "…". */
	cr_assert_not_null(strstr(f->quote, "Phân cấp Ủy ban"));
	cr_assert_not_null(strstr(f->quote, "…"));
	cr_assert_leq(pl_utf8_count(f->quote, strlen(f->quote)), 81);
	cr_assert_eq(doc->sixro[0] & (PL_SIXRO_NGUOI | PL_SIXRO_THOI_GIAN |
	    PL_SIXRO_SAN_PHAM | PL_SIXRO_THAM_QUYEN), 0);
	pl_doc_free(doc);
}

Test(required, english_messages)
{
	struct pl_doc *doc = pl_doc_new("p.txt");

	add_row(doc, "PL/1", 3, "Xây dựng kế hoạch thực hiện", NULL,
	    "Quý I/2026", PL_DL_SPECIFIC, "Kế hoạch");
	run_docs(rs, &doc, 1, PL_LANG_EN);
	cr_assert_str_eq(find_rule(doc, "task.missing-lead")->message,
	    "Task PL/1 has no lead agency");
	pl_doc_free(doc);
}

Test(required, group_rows_and_merged_cells_are_not_missing)
{
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_task *g = add_row(doc, "PL/I", 3, "CÁC NHIỆM VỤ THƯỜNG XUYÊN",
	    NULL, NULL, PL_DL_MISSING, NULL);
	struct pl_task *t = add_good_row(doc, "PL/I/2", 5);

	g->group = true;
	t->columns |= PL_CELL_MEASURES;
	t->deadline.text = NULL;
	t->deadline.cls = PL_DL_MISSING;
	t->shared = PL_CELL_DEADLINE | PL_CELL_MEASURES;
	run(rs, doc);
	cr_assert_eq(doc->nfindings, 0, "%s on %d", doc->nfindings ?
	    doc->findings[0].rule : "", doc->nfindings ?
	    doc->findings[0].task : 0);
	cr_assert_eq(doc->sixro[0], 0);
	cr_assert(doc->sixro[1] & PL_SIXRO_BIEN_PHAP);
	cr_assert(doc->sixro[1] & PL_SIXRO_THOI_GIAN);
	pl_doc_free(doc);
}

Test(required, measures_where_column_or_declared)
{
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_task *t = add_good_row(doc, "PL/1", 5);

	t->columns |= PL_CELL_MEASURES;	/* the column, empty */
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "task.missing-measures"), 1);
	pl_doc_free(doc);

	doc = pl_doc_new("p.txt");
	add_good_row(doc, "PL/1", 5);
	doc->meta.sixro_declared = PL_SIXRO_BIEN_PHAP;
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "task.missing-measures"), 1);
	pl_doc_free(doc);

	doc = pl_doc_new("p.txt");
	t = add_good_row(doc, "PL/1", 5);
	t->columns |= PL_CELL_MEASURES;
	t->measures = "Bố trí ngân sách tỉnh";
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "task.missing-measures"), 0);
	cr_assert(doc->sixro[0] & PL_SIXRO_BIEN_PHAP);
	pl_doc_free(doc);
}

static struct pl_task *
prose_task(struct pl_doc *doc, const char *id, int section)
{
	struct pl_task *t = pl_doc_add_task(doc);

	t->id = id;
	t->source = PL_SRC_PROSE;
	t->pos.line = 40 + (int)doc->ntasks;
	t->section = section;
	t->table = -1;
	t->text = "Tập trung khơi thông các nguồn lực, hỗ trợ doanh nghiệp";
	return t;
}

Test(required, prose_only_when_the_document_asks)
{
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_section *s = pl_doc_add_section(doc);

	s->id = "III";
	s->kind = PL_SEC_TASKS;
	s->parent = -1;
	prose_task(doc, "III/1", 0);
	run(rs, doc);
	/* A lead and a deadline are due whatever the plan states ... */
	cr_assert_not_null(find_on(doc, "task.missing-lead", 0));
	cr_assert_not_null(find_on(doc, "task.missing-deadline", 0));
	/* ... a product and measures only when the plan asks for them. */
	cr_assert_eq(count_rule(doc, "task.missing-product"), 0);
	cr_assert_eq(count_rule(doc, "task.missing-measures"), 0);
	cr_assert_eq(doc->nfindings, 2);
	pl_doc_free(doc);

	doc = pl_doc_new("p.txt");
	s = pl_doc_add_section(doc);
	s->kind = PL_SEC_TASKS;
	s->parent = -1;
	s = pl_doc_add_section(doc);
	s->kind = PL_SEC_ORGANIZE;
	s->parent = -1;
	doc->meta.sixro_declared = (1u << PL_SIXRO_COUNT) - 1;
	prose_task(doc, "III/1", 0);
	prose_task(doc, "IV/1", 1);
	run(rs, doc);
	cr_assert_not_null(find_on(doc, "task.missing-lead", 0));
	cr_assert_not_null(find_on(doc, "task.missing-deadline", 0));
	cr_assert_not_null(find_on(doc, "task.missing-product", 0));
	cr_assert_not_null(find_on(doc, "task.missing-measures", 0));
	/* Coordinators are never demanded of prose. */
	cr_assert_eq(count_rule(doc, "task.missing-coordinator"), 0);
	/* The arrangements of TỔ CHỨC THỰC HIỆN owe no output. */
	cr_assert_not_null(find_on(doc, "task.missing-deadline", 1));
	cr_assert_null(find_on(doc, "task.missing-product", 1));
	cr_assert_null(find_on(doc, "task.missing-measures", 1));
	pl_doc_free(doc);
}

Test(required, custom_pack_always_and_never)
{
	struct pl_ruleset *mine = load_pack(
	    "rules:\n"
	    "  - id: x.lead\n"
	    "    severity: error\n"
	    "    kind: required\n"
	    "    params: {field: lead, table: always, prose: never}\n"
	    "    message: \"{task}\"\n");
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_task *t = add_good_row(doc, "PL/1", 5);

	t->lead_raw = NULL;
	t->lead.n = 0;
	t->columns &= ~PL_CELL_LEAD;	/* no column: still required */
	prose_task(doc, "III/1", -1);
	run(mine, doc);
	cr_assert_eq(count_rule(doc, "x.lead"), 1);
	cr_assert_str_eq(doc->findings[0].message, "PL/1");
	pl_doc_free(doc);
	pl_ruleset_free(mine);
}
