/*
 * test_baseline.c: --write-baseline and --baseline: the file's shape, a
 * round trip, lines added above the tasks (their findings stay known), a
 * fixed finding dropping out, a new one reported, bad baseline files, and
 * the same end to end on a seed plan.
 */
#include "cli_test.h"

static struct pl_ruleset *
shipped_rules(void)
{
	static const char *const dirs[] = { "rules" };
	struct pl_ruleset *rs = NULL;
	struct pl_err err;

	if (pl_ruleset_load(dirs, 1, &rs, &err) == -1)
		cr_assert_fail("rules/: %s:%d: %s", err.file, err.line,
		    err.detail);
	return rs;
}

/* The plan's text ingested as path and checked with rs. */
static struct pl_doc *
checked(struct pl_ruleset *rs, const char *path, const char *text)
{
	struct pl_check_opts o = { .lang = PL_LANG_VI };
	struct pl_doc *doc = NULL;
	struct pl_err err;

	cr_assert_eq(pl_ingest_bytes(path, text, strlen(text), NULL, &doc,
	    &err), 0, "%s", err.detail);
	cr_assert_eq(pl_check_docs(rs, &doc, 1, &o, &err), 0, "%s",
	    err.detail);
	return doc;
}

static struct pl_baseline
round_trip(struct pl_doc *doc, size_t *written)
{
	struct pl_buf b = { 0 };
	struct pl_baseline base;
	struct pl_err err;

	*written = pl_baseline_write(&b, (const struct pl_doc *const *)&doc,
	    1, NULL);
	cr_assert_eq(pl_baseline_parse("b.json", b.s, b.len, &base, &err), 0,
	    "%s:%d: %s\n%s", err.file, err.line, err.detail, b.s);
	pl_buf_free(&b);
	return base;
}

Test(baseline, file_shape)
{
	struct pl_ruleset *rs = shipped_rules();
	char *plan = synthetic_plan(3, NULL);
	struct pl_doc *doc = checked(rs, "plans/a.txt", plan);
	struct pl_buf b = { 0 };
	char (*fp)[PL_FINGERPRINT_LEN];
	size_t n;

	cr_assert_gt(doc->nfindings, 0);
	n = pl_baseline_write(&b, (const struct pl_doc *const *)&doc, 1, NULL);
	cr_assert_eq(n, doc->nfindings);
	cr_assert(pl_starts_with(b.s, "{\n  \"schema\": \"planlint.baseline/1\",\n"
	    "  \"entries\": [\n    {\n      \"fingerprint\": \""), "%s", b.s);
	fp = pl_xcalloc(doc->nfindings, sizeof(*fp));
	pl_fingerprint_findings(doc, "plans/a.txt", fp);
	for (size_t i = 0; i < doc->nfindings; i++) {
		char entry[512];

		snprintf(entry, sizeof(entry), "\"fingerprint\": \"%s\",\n"
		    "      \"rule\": \"%s\",\n      \"path\": \"plans/a.txt\",\n"
		    "      \"line\": %d,\n", fp[i], doc->findings[i].rule,
		    doc->findings[i].pos.line);
		cr_assert_not_null(strstr(b.s, entry), "%s\n%s", entry, b.s);
	}
	cr_assert_eq(count_of(b.s, "\"message\": \""), (int)n);
	free(fp);
	pl_buf_free(&b);
	pl_doc_free(doc);
	free(plan);
	pl_ruleset_free(rs);
}

Test(baseline, shifted_lines_keep_their_findings)
{
	struct pl_ruleset *rs = shipped_rules();
	char *plan = synthetic_plan(6, NULL);
	char *shifted = synthetic_plan(6, "Căn cứ tình hình thực tế.\n\n\n\n");
	struct pl_doc *doc = checked(rs, "a.txt", plan), *moved;
	struct pl_baseline base = round_trip(doc, &(size_t){ 0 });
	int line0 = doc->findings[doc->nfindings - 1].pos.line;
	size_t n = doc->nfindings;

	cr_assert_eq(base.n, n);
	moved = checked(rs, "a.txt", shifted);
	cr_assert_eq(moved->nfindings, n);
	cr_assert_eq(moved->findings[n - 1].pos.line, line0 + 4,
	    "the test must move the tasks");
	cr_assert_eq(pl_baseline_filter(&base, &moved, 1, NULL), n);
	cr_assert_eq(moved->nfindings, 0);
	/* The same file under another path is another file. */
	pl_doc_free(moved);
	moved = checked(rs, "b.txt", shifted);
	cr_assert_eq(pl_baseline_filter(&base, &moved, 1, NULL), 0);
	cr_assert_eq(moved->nfindings, n);
	pl_doc_free(moved);
	pl_baseline_free(&base);
	pl_doc_free(doc);
	free(plan);
	free(shifted);
	pl_ruleset_free(rs);
}

Test(baseline, fixed_drop_out_and_new_ones_are_reported)
{
	struct pl_ruleset *rs = shipped_rules();
	char *six = synthetic_plan(6, NULL), *seven = synthetic_plan(7, NULL);
	char *fixed = pl_xstrdup(six), *p;
	struct pl_doc *doc = checked(rs, "a.txt", six), *more, *fix;
	size_t written, n = doc->nfindings;
	struct pl_baseline base = round_trip(doc, &written);

	/* Task 7 (a vague deadline) is new: only its findings remain. */
	more = checked(rs, "a.txt", seven);
	cr_assert_gt(more->nfindings, doc->nfindings);
	pl_baseline_filter(&base, &more, 1, NULL);
	cr_assert_gt(more->nfindings, 0);
	for (size_t i = 0; i < more->nfindings; i++)
		cr_assert_str_eq(more->tasks[more->findings[i].task].id, "PL/7",
		    "%s", more->findings[i].rule);
	/* Task 3 gets a deadline: a new baseline no longer holds it. */
	fixed = pl_xrealloc(fixed, strlen(fixed) + 32);
	p = strstr(fixed, "Sở Nội vụ\t\tĐề án số 3");
	cr_assert_not_null(p);
	p += strlen("Sở Nội vụ\t");
	memmove(p + strlen("Quý IV/2026"), p, strlen(p) + 1);
	memcpy(p, "Quý IV/2026", strlen("Quý IV/2026"));
	fix = checked(rs, "a.txt", fixed);
	cr_assert_eq(fix->nfindings, n - 1);
	pl_baseline_free(&base);
	base = round_trip(fix, &written);
	cr_assert_eq(written, n - 1);
	/* Against it, the old text keeps only the finding that was fixed. */
	cr_assert_eq(pl_baseline_filter(&base, &doc, 1, NULL), n - 1);
	cr_assert_eq(doc->nfindings, 1);
	cr_assert_str_eq(doc->findings[0].rule, "task.missing-deadline");
	pl_baseline_free(&base);
	pl_doc_free(doc);
	pl_doc_free(more);
	pl_doc_free(fix);
	free(six);
	free(seven);
	free(fixed);
	pl_ruleset_free(rs);
}

static const struct {
	const char	*text;
	int		 line;
	const char	*detail;
} bad[] = {
	{ "{\"schema\": \"planlint.check/1\", \"entries\": []}", 1, "schema" },
	{ "{\"entries\": []}", 1, "schema" },
	{ "{\"schema\": \"planlint.baseline/1\"}", 1, "\"entries\"" },
	{ "{\"schema\": \"planlint.baseline/1\",\n \"entries\": [\n"
	    "  {\"fingerprint\": \"XYZ\"}]}", 3, "16 lowercase hex" },
	{ "{\"schema\": \"planlint.baseline/1\",\n \"entries\": [\n"
	    "  {\"rule\": \"a.b\"}]}", 3, "fingerprint" },
	{ "{\"schema\": \"planlint.baseline/1\",\n \"entries\": [\n", 3, "" },
	{ "[1, 2]", 1, "JSON object" },
};

Test(baseline, bad_files)
{
	struct pl_baseline base;
	struct pl_err err;
	const char *ok = "{\"schema\": \"planlint.baseline/1\", \"entries\": "
	    "[{\"fingerprint\": \"00112233445566ff\", \"extra\": 1}]}";

	for (size_t i = 0; i < PL_NELEM(bad); i++) {
		memset(&err, 0, sizeof(err));
		cr_assert_eq(pl_baseline_parse("b.json", bad[i].text,
		    strlen(bad[i].text), &base, &err), -1, "%s", bad[i].text);
		cr_assert_eq(err.code, PL_E_BASELINE);
		cr_assert_eq(err.line, bad[i].line, "%s: line %d", bad[i].text,
		    err.line);
		cr_assert_not_null(strstr(err.detail, bad[i].detail), "%s: %s",
		    bad[i].text, err.detail);
	}
	cr_assert_eq(pl_baseline_parse("b.json", ok, strlen(ok), &base, &err),
	    0, "%s", err.detail);
	cr_assert_eq(base.n, 1);
	cr_assert_str_eq(base.fp[0], "00112233445566ff");
	pl_baseline_free(&base);
	cr_assert_eq(pl_baseline_load("/nonexistent/b.json", &base, &err), -1);
	cr_assert_eq(err.code, PL_E_OPEN);
}

/* ---- End to end on a seed plan ---- */

Test(baseline, seed_plan_end_to_end, .timeout = 120)
{
	char dir[64], *out, *seed = slurp(NULL,
	    "corpus/004_673b9414166de794.txt");
	struct pl_buf shifted = { 0 };
	const char *nl;
	int nl_count = 0;

	if (seed == NULL)
		cr_skip_test("corpus/ not readable from here");
	make_tmp(dir, sizeof(dir));
	put(dir, "plan.txt", seed);
	cr_assert_eq(run_in(dir, "check --no-config --write-baseline b.json "
	    "plan.txt", true, &out), 0);
	cr_assert_not_null(strstr(out, "phát hiện vào b.json"), "%s", out);
	free(out);
	/* Lines added near the top move every task down by three. */
	for (nl = seed; nl_count < 4 && (nl = strchr(nl, '\n')) != NULL; nl++)
		nl_count++;
	cr_assert_not_null(nl);
	pl_buf_add(&shifted, seed, (size_t)(nl - seed));
	pl_buf_adds(&shifted, "\n\n\n");
	pl_buf_adds(&shifted, nl);
	put(dir, "plan.txt", shifted.s);
	cr_assert_eq(run_in(dir, "check --no-config --baseline b.json "
	    "--format json plan.txt", false, &out), 0);
	cr_assert_eq(count_of(out, "\"rule\":"), 0, "%s", out);
	free(out);
	/* Without the baseline they are all there again. */
	cr_assert_eq(run_in(dir, "check --no-config --format json plan.txt",
	    false, &out), 1);
	cr_assert_gt(count_of(out, "\"rule\":"), 10);
	free(out);
	/* A bad baseline is a tool error. */
	put(dir, "bad.json", "{\"schema\": 1}");
	cr_assert_eq(run_in(dir, "check --no-config --baseline bad.json "
	    "plan.txt", true, &out), 2);
	cr_assert_not_null(strstr(out, "bad.json:1:"), "%s", out);
	cr_assert_not_null(strstr(out, "[baseline]"), "%s", out);
	free(out);
	pl_buf_free(&shifted);
	free(seed);
	rm_tmp(dir);
}
