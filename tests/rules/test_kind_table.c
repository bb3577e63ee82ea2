/*
 * test_kind_table.c: rows missing their trailing cells (kind_table.c).
 */
#include "rules_test.h"

static struct pl_task *
row(struct pl_doc *doc, unsigned present, unsigned shared)
{
	struct pl_task *t = add_good_row(doc, "PL/1.1", 1);

	t->source = PL_SRC_LINEAR;
	t->columns = PL_CELL_NUMBER | PL_CELL_TEXT | PL_CELL_LEAD |
	    PL_CELL_COORD | PL_CELL_MEASURES | PL_CELL_DEADLINE |
	    PL_CELL_PRODUCT;
	t->present = present;
	t->shared = shared;
	return t;
}

Test(table, truncated_rows)
{
	struct pl_ruleset *rs = load_shipped();
	unsigned head = PL_CELL_NUMBER | PL_CELL_TEXT | PL_CELL_LEAD;
	struct pl_doc *doc = pl_doc_new("p.txt");
	const struct pl_finding *f;

	row(doc, head, 0);				/* cut */
	row(doc, head, PL_CELL_COORD | PL_CELL_MEASURES |
	    PL_CELL_DEADLINE | PL_CELL_PRODUCT);	/* merged: fine */
	row(doc, head | PL_CELL_PRODUCT, 0);		/* a gap, not a cut */
	row(doc, head, 0)->group = true;		/* group row */
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "table.truncated-row"), 1);
	f = find_rule(doc, "table.truncated-row");
	cr_assert_eq(f->task, 0);
	cr_assert_str_eq(f->message, "Dòng PL/1.1 của bảng bị thiếu các ô cuối: "
	    "cơ quan phối hợp; biện pháp, nguồn lực; thời gian thực hiện; "
	    "sản phẩm");
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}

Test(table, tab_row_with_all_cells_is_not_cut)
{
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_table *tb = pl_doc_add_table(doc);
	struct pl_task *t;

	tb->ncols = 4;
	add_line(doc, "5\tPhân cấp\t\t");	/* 4 cells, two empty */
	add_line(doc, "6\tPhân cấp");		/* 2 cells: cut */
	for (int i = 0; i < 2; i++) {
		t = add_good_row(doc, i ? "PL/6" : "PL/5", i + 1);
		t->table = 0;
		t->columns = PL_CELL_NUMBER | PL_CELL_TEXT | PL_CELL_LEAD |
		    PL_CELL_DEADLINE;
		t->present = PL_CELL_NUMBER | PL_CELL_TEXT;
	}
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "table.truncated-row"), 1);
	cr_assert_eq(find_rule(doc, "table.truncated-row")->task, 1);
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}
