/*
 * test_crossplan.c: the same document cited with different dates, within
 * one plan and across the checked set (crossplan.c).
 */
#include "rules_test.h"

static void
cite(struct pl_doc *doc, const char *sym, const char *raw, int d, int m,
    int y, int line)
{
	struct pl_citation *c = pl_doc_add_citation(doc);

	c->symbol = sym;
	c->symbol_raw = raw;
	c->raw = raw;
	c->date = (struct pl_date){ y, m, d };
	c->pos.line = line;
	c->pos.col = 1;
}

Test(crossplan, same_dates_and_undated_are_fine)
{
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *doc = pl_doc_new("a.txt");

	cite(doc, "57-NQ/TW", "57-NQ/TW", 22, 12, 2024, 3);
	cite(doc, "57-NQ/TW", "57-NQ/TW", 22, 12, 2024, 9);
	cite(doc, "57-NQ/TW", "57-NQ/TW", 0, 0, 0, 12);
	cite(doc, "09-CTr/TU", "09-CTr-TU", 19, 12, 2025, 5);
	cite(doc, "09-CTr/TU", "09-CTr/TU", 19, 12, 2025, 20);
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "citation.inconsistent"), 0);
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}

Test(crossplan, other_date_in_the_same_plan)
{
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *doc = pl_doc_new("a.txt");
	const struct pl_finding *f;

	cite(doc, "68-NQ/TW", "68-NQ/TW", 4, 5, 2025, 3);
	cite(doc, "68-NQ/TW", "68-NQ/TW", 4, 6, 2025, 30);
	cite(doc, "68-NQ/TW", "68-NQ/TW", 4, 6, 2025, 31);
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "citation.inconsistent"), 1);
	f = find_rule(doc, "citation.inconsistent");
	cr_assert_eq(f->pos.line, 30);
	cr_assert_str_eq(f->message, "Văn bản 68-NQ/TW được ghi ngày "
	    "2025-06-04, nhưng ở chỗ khác ghi ngày 2025-05-04 (a.txt:3)");
	cr_assert_eq(f->nrelated, 2);
	cr_assert_eq(f->related[0].line, 3);
	cr_assert_eq(f->related[1].line, 31);
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}

Test(crossplan, across_the_checked_set)
{
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *docs[2] = { pl_doc_new("a.txt"), pl_doc_new("b.txt") };
	const struct pl_finding *f;

	cite(docs[0], "18-KL/TW", "18-KL/TW", 2, 1, 2026, 7);
	cite(docs[1], "18-KL/TW", "18-KL/TW", 12, 1, 2026, 4);
	run_docs(rs, docs, 2, PL_LANG_VI);
	cr_assert_eq(count_rule(docs[0], "citation.inconsistent"), 0);
	f = find_rule(docs[1], "citation.inconsistent");
	cr_assert_not_null(f);
	cr_assert_eq(f->pos.line, 4);
	cr_assert_str_eq(f->related[0].path, "a.txt");
	cr_assert_eq(f->related[0].line, 7);
	pl_doc_free(docs[0]);
	pl_doc_free(docs[1]);
	pl_ruleset_free(rs);
}
