/*
 * test_kind_format.c: the form of cited symbols (kind_format.c) with the
 * shipped citation.format rule: Party and State forms, mixes, once per
 * symbol and document.
 */
#include "rules_test.h"

static void
cite(struct pl_doc *doc, const char *raw, int line)
{
	struct pl_citation *c = pl_doc_add_citation(doc);

	c->symbol_raw = raw;
	c->symbol = raw;
	c->raw = raw;
	c->pos.line = line;
	c->pos.col = 5;
}

Test(format, symbols)
{
	static const struct {
		const char	*raw;
		const char	*expected;	/* NULL: well formed */
	} cases[] = {
		{ "71-NQ/TW", NULL },
		{ "09-CTr/TU", NULL },
		{ "12-KH/ĐU", NULL },
		{ "10-HD/BTGDVTW", NULL },
		{ "158/KH-UBND", NULL },
		{ "158 /KH-UBND", NULL },
		{ "189/TB-VPCP", NULL },
		{ "2231/SNV-CCHC&PC", NULL },
		{ "178/2004/QĐ-TTg", NULL },
		{ "72/2025/QH15", NULL },
		{ "1654/NQ-UBTVQH15", NULL },
		{ "71/NQ-TW", "71-NQ/TW" },
		{ "26/KH-TU", "26-KH/TU" },
		{ "09-CTr-TU", "09-CTr/TU" },
		{ "158-KH-UBND", "158/KH-UBND" },
		{ "158-KH/UBND", "158/KH-UBND" },
		{ "158/KH/UBND", "158/KH-UBND" },
		{ "-CTr/TU", NULL },	/* a draft's blank number */
		{ "09-CTr", NULL },	/* not a symbol we judge */
	};
	struct pl_ruleset *rs = load_shipped();

	for (size_t i = 0; i < PL_NELEM(cases); i++) {
		struct pl_doc *doc = pl_doc_new("p.txt");
		const struct pl_finding *f;

		cite(doc, cases[i].raw, 3);
		run(rs, doc);
		f = find_rule(doc, "citation.format");
		if (cases[i].expected == NULL) {
			cr_expect_null(f, "%s: %s", cases[i].raw,
			    f != NULL ? f->message : "");
		} else if (f == NULL)
			cr_expect_fail("%s not reported", cases[i].raw);
		else {
			char want[200];

			snprintf(want, sizeof(want), "Số, ký hiệu \"%s\" viết sai "
			    "thể thức; viết đúng: \"%s\"", cases[i].raw,
			    cases[i].expected);
			cr_expect_str_eq(f->message, want);
			cr_expect_eq(f->pos.line, 3);
			cr_expect_eq(f->pos.col, 5);
		}
		pl_doc_free(doc);
	}
	pl_ruleset_free(rs);
}

Test(format, once_per_symbol_with_related_lines)
{
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *doc = pl_doc_new("p.txt");
	const struct pl_finding *f;

	cite(doc, "71/NQ-TW", 10);
	cite(doc, "09-CTr/TU", 11);
	cite(doc, "09-CTr-TU", 12);
	cite(doc, "71/NQ-TW", 40);
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "citation.format"), 2);
	f = find_rule(doc, "citation.format");
	cr_assert_eq(f->pos.line, 10);
	cr_assert_eq(f->nrelated, 1);
	cr_assert_eq(f->related[0].line, 40);
	cr_assert_str_eq(f->related[0].path, "p.txt");
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}
