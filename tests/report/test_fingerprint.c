/*
 * test_fingerprint.c: fingerprints of findings (fingerprint.c) stay when
 * lines shift, text is re-wrapped or re-cased, and change when the rule,
 * the document, the task or the offending text changes.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "../../src/report/report.h"

/*
 * A document whose task sits below `above` extra lines, with one finding
 * on it.
 */
static struct pl_doc *
doc_with(int above, const char *task_text, const char *rule,
    const char *quote)
{
	struct pl_doc *doc = pl_doc_new("docs/a.txt");
	struct pl_task *t = pl_doc_add_task(doc);
	struct pl_finding *f;

	t->text = task_text;
	t->pos.line = t->pos.end_line = 10 + above;
	f = pl_doc_add_finding(doc);
	f->rule = rule;
	f->severity = PL_SEV_WARNING;
	f->task = 0;
	f->pos.line = f->pos.end_line = 10 + above;
	f->pos.col = 5 + above;
	f->pos.end_col = 12 + above;
	f->quote = quote;
	f->message = above ? "other words" : "message";
	return doc;
}

static void
print(const char *path, int above, const char *task_text, const char *rule,
    const char *quote, char out[PL_FINGERPRINT_LEN])
{
	struct pl_doc *doc = doc_with(above, task_text, rule, quote);

	pl_fingerprint_findings(doc, path, (char (*)[PL_FINGERPRINT_LEN])out);
	pl_doc_free(doc);
}

#define TASK	"Rà soát thủ tục hành chính"
#define RULE	"task.vague-deadline"

Test(fingerprint, format_and_pinned_value)
{
	char fp[PL_FINGERPRINT_LEN];

	print("docs/a.txt", 0, TASK, RULE, "kịp thời", fp);
	cr_assert_eq(strlen(fp), 16);
	cr_assert_eq(strspn(fp, "0123456789abcdef"), 16);
	/*
	 * The documented key hashed by an independent FNV-1a.  Baselines
	 * keep these strings: changing the value needs a new "planlint/vN".
	 */
	cr_assert_str_eq(fp, "3d5c0db918355451");
}

Test(fingerprint, stable_across_line_shifts)
{
	char a[PL_FINGERPRINT_LEN], b[PL_FINGERPRINT_LEN];

	print("docs/a.txt", 0, TASK, RULE, "kịp thời", a);
	print("docs/a.txt", 37, TASK, RULE, "kịp thời", b);
	cr_assert_str_eq(a, b);
}

Test(fingerprint, space_and_case_do_not_count)
{
	char a[PL_FINGERPRINT_LEN], b[PL_FINGERPRINT_LEN];

	print("docs/a.txt", 0, TASK, RULE, "kịp thời", a);
	print("docs/a.txt", 0, "  RÀ SOÁT  thủ tục\n hành\u00a0chính ", RULE,
	    " Kịp   THỜI", b);
	cr_assert_str_eq(a, b);
}

Test(fingerprint, changes_with_each_field)
{
	char base[PL_FINGERPRINT_LEN], fp[PL_FINGERPRINT_LEN];

	print("docs/a.txt", 0, TASK, RULE, "kịp thời", base);
	print("docs/a.txt", 0, TASK, RULE, "kịp thời nhất", fp);
	cr_expect_str_neq(base, fp, "offending text");
	print("docs/a.txt", 0, TASK, RULE, "kip thoi", fp);
	cr_expect_str_neq(base, fp, "diacritics are letters");
	print("docs/a.txt", 0, TASK, RULE, NULL, fp);
	cr_expect_str_neq(base, fp, "no quote");
	print("docs/a.txt", 0, "Rà soát thủ tục", RULE, "kịp thời", fp);
	cr_expect_str_neq(base, fp, "task text");
	print("docs/a.txt", 0, TASK, "task.missing-lead", "kịp thời", fp);
	cr_expect_str_neq(base, fp, "rule");
	print("docs/b.txt", 0, TASK, RULE, "kịp thời", fp);
	cr_expect_str_neq(base, fp, "document");
}

Test(fingerprint, fields_do_not_run_together)
{
	char a[PL_FINGERPRINT_LEN], b[PL_FINGERPRINT_LEN];

	print("docs/a.txt", 0, "ab", RULE, "c", a);
	print("docs/a.txt", 0, "a", RULE, "bc", b);
	cr_assert_str_neq(a, b);
}

/* Equal findings are told apart by rank; fixing one keeps the other's. */
Test(fingerprint, duplicates_by_rank)
{
	struct pl_doc *doc = pl_doc_new("a.txt");
	char fp[4][PL_FINGERPRINT_LEN], after[2][PL_FINGERPRINT_LEN];

	for (int i = 0; i < 3; i++) {
		struct pl_finding *f = pl_doc_add_finding(doc);

		f->rule = "doc.no-symbol";
		f->task = -1;
		f->pos.line = i + 1;
	}
	pl_fingerprint_findings(doc, "a.txt", fp);
	cr_assert_str_neq(fp[0], fp[1]);
	cr_assert_str_neq(fp[1], fp[2]);
	cr_assert_str_neq(fp[0], fp[2]);
	pl_doc_free(doc);

	doc = pl_doc_new("a.txt");
	for (int i = 0; i < 2; i++) {
		struct pl_finding *f = pl_doc_add_finding(doc);

		f->rule = "doc.no-symbol";
		f->task = -1;
		f->pos.line = i + 50;
	}
	pl_fingerprint_findings(doc, "a.txt", after);
	cr_assert_str_eq(after[0], fp[0]);
	cr_assert_str_eq(after[1], fp[1]);
	pl_doc_free(doc);
}

/* A rank counts only a finding's equals: others in between do not shift it. */
Test(fingerprint, rank_ignores_other_findings)
{
	struct pl_doc *doc = pl_doc_new("a.txt");
	char one[1][PL_FINGERPRINT_LEN], two[2][PL_FINGERPRINT_LEN];
	struct pl_finding *f;

	f = pl_doc_add_finding(doc);
	f->rule = "r.x";
	f->task = -1;
	f->quote = "q";
	pl_fingerprint_findings(doc, "a.txt", one);
	pl_doc_free(doc);

	doc = pl_doc_new("a.txt");
	f = pl_doc_add_finding(doc);
	f->rule = "r.other";
	f->task = -1;
	f = pl_doc_add_finding(doc);
	f->rule = "r.x";
	f->task = -1;
	f->quote = "q";
	pl_fingerprint_findings(doc, "a.txt", two);
	cr_assert_str_eq(two[1], one[0]);
	pl_doc_free(doc);
}

Test(fingerprint, task_out_of_range_is_no_task)
{
	struct pl_doc *doc = pl_doc_new("a.txt");
	char fp[2][PL_FINGERPRINT_LEN];
	struct pl_finding *f;

	f = pl_doc_add_finding(doc);
	f->rule = "r.x";
	f->task = 7;
	f = pl_doc_add_finding(doc);
	f->rule = "r.y";
	f->task = -1;
	pl_fingerprint_findings(doc, "a.txt", fp);
	cr_assert_eq(strlen(fp[0]), 16);
	pl_doc_free(doc);
}

Test(fingerprint, no_findings)
{
	struct pl_doc *doc = pl_doc_new("a.txt");
	char fp[1][PL_FINGERPRINT_LEN] = { "untouched" };

	pl_fingerprint_findings(doc, "a.txt", fp);
	cr_assert_str_eq(fp[0], "untouched");
	pl_doc_free(doc);
}
