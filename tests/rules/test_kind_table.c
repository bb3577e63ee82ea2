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

Test(table, tab_row_with_all_cells)
{
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_table *tb = pl_doc_add_table(doc);
	static const struct {
		const char	*line;
		unsigned	 present;
	} rows[] = {
		/* every cell there, the lead filled: a gap, not a cut */
		{ "4\tPhân cấp\tSở Xây dựng\t", PL_CELL_NUMBER |
		    PL_CELL_TEXT | PL_CELL_LEAD },
		/* every cell there but empty after the text: cut */
		{ "5\tPhân cấp\t\t", PL_CELL_NUMBER | PL_CELL_TEXT },
		/* two cells only: cut */
		{ "6\tPhân cấp", PL_CELL_NUMBER | PL_CELL_TEXT },
	};
	struct pl_task *t;

	tb->ncols = 4;
	for (size_t i = 0; i < PL_NELEM(rows); i++) {
		add_line(doc, rows[i].line);
		t = add_good_row(doc, "PL/x", (int)i + 1);
		t->table = 0;
		t->columns = PL_CELL_NUMBER | PL_CELL_TEXT | PL_CELL_LEAD |
		    PL_CELL_DEADLINE;
		t->present = rows[i].present;
	}
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "table.truncated-row"), 2);
	for (size_t i = 0; i < doc->nfindings; i++)
		if (strcmp(doc->findings[i].rule, "table.truncated-row") == 0)
			cr_assert(doc->findings[i].task >= 1);
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}
