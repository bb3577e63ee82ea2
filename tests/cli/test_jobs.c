/*
 * test_jobs.c: --jobs N gives the bytes of a serial run (synthetic plans
 * with cross-document findings, and the seed corpus in every format), and
 * several --format/-o pairs in one run.
 */
#include "cli_test.h"

#define NFILES	24

static char tdir[64];

/* Plans of different sizes; every third cites one plan with a date the
 * others contradict, so the cross-document pass has work. */
static void
setup(void)
{
	make_tmp(tdir, sizeof(tdir));
	for (int i = 0; i < NFILES; i++) {
		char name[32], extra[160], *plan;

		snprintf(extra, sizeof(extra), "Căn cứ Kế hoạch số 45/KH-UBND "
		    "ngày %02d/01/2026 của Ủy ban nhân dân tỉnh.\n\n",
		    i % 3 == 0 ? 12 : 13);
		plan = synthetic_plan(1 + (i * 7) % 40, extra);
		snprintf(name, sizeof(name), "p/%02d/plan-%02d.txt", i % 5, i);
		put(tdir, name, plan);
		free(plan);
	}
}

static void
teardown(void)
{
	rm_tmp(tdir);
}

TestSuite(jobs, .init = setup, .fini = teardown, .timeout = 180);

/* The JSON report of the files of tdir checked with nthreads (0: with
 * pl_check_docs, the one-call API). */
static char *
report(struct pl_ruleset *rs, int nthreads)
{
	struct pl_check_opts o = { .lang = PL_LANG_VI };
	struct pl_ingest_opts io = { 0 };
	struct pl_paths p = { 0 };
	struct pl_job *jobs;
	struct pl_doc **docs;
	struct pl_buf out = { 0 };
	struct pl_err err;
	char *args[] = { tdir };

	cr_assert_eq(pl_paths_walk(args, 1, NULL, &p, &err), 0);
	cr_assert_eq(p.n, NFILES);
	jobs = pl_xcalloc(p.n, sizeof(*jobs));
	docs = pl_xcalloc(p.n, sizeof(*docs));
	for (size_t i = 0; i < p.n; i++) {
		jobs[i] = (struct pl_job){ .path = p.v[i], .rs = rs,
		    .check = &o, .ingest = &io };
		if (nthreads == 0)
			cr_assert_eq(pl_load_doc(p.v[i], &io, &docs[i], &err),
			    0);
	}
	if (nthreads == 0)
		cr_assert_eq(pl_check_docs(rs, docs, p.n, &o, &err), 0);
	else {
		pl_jobs_run(jobs, p.n, nthreads);
		for (size_t i = 0; i < p.n; i++) {
			cr_assert_eq(jobs[i].status, 0, "%s", jobs[i].err.detail);
			docs[i] = jobs[i].doc;
		}
		cr_assert_eq(pl_check_set(rs, docs, p.n, &o, &err), 0);
	}
	pl_report_check_json(&out, (const struct pl_doc *const *)docs, p.n);
	for (size_t i = 0; i < p.n; i++)
		pl_doc_free(docs[i]);
	free(docs);
	free(jobs);
	pl_paths_free(&p);
	return pl_buf_take(&out);
}

Test(jobs, threads_give_the_serial_result)
{
	static const char *const dirs[] = { "rules" };
	struct pl_ruleset *rs = NULL;
	struct pl_err err;
	char *serial, *one, *many;

	cr_assert_eq(pl_ruleset_load(dirs, 1, &rs, &err), 0, "%s", err.detail);
	serial = report(rs, 0);
	one = report(rs, 1);
	cr_assert_str_eq(one, serial);
	/* The cross-document rule fired across files. */
	cr_assert_gt(count_of(serial, "\"rule\": \"citation.inconsistent\""),
	    NFILES / 2, "%s", serial);
	for (int n = 2; n <= 8; n *= 2) {
		for (int round = 0; round < 2; round++) {
			many = report(rs, n);
			cr_assert_str_eq(many, serial, "--jobs %d", n);
			free(many);
		}
	}
	free(serial);
	free(one);
	pl_ruleset_free(rs);
}

Test(jobs, same_bytes_from_the_binary)
{
	static const char *const formats[] = {
		"text", "json", "sarif", "github", "gitlab", "junit",
	};
	struct pl_buf cmd = { 0 };
	char name[32], *serial, *many;

	/* Every format at once (one run per --jobs), each to its file. */
	for (int jobs = 1; jobs <= 4; jobs += 3) {
		pl_buf_reset(&cmd);
		pl_buf_printf(&cmd, "check --no-config --jobs %d", jobs);
		for (size_t f = 0; f < PL_NELEM(formats); f++)
			pl_buf_printf(&cmd, " --format %s -o %d.%s", formats[f],
			    jobs, formats[f]);
		pl_buf_adds(&cmd, " %R/corpus p");
		cr_assert_eq(run_in(tdir, cmd.s, true, &serial), 1, "%s",
		    serial);
		free(serial);
	}
	pl_buf_free(&cmd);
	for (size_t f = 0; f < PL_NELEM(formats); f++) {
		snprintf(name, sizeof(name), "1.%s", formats[f]);
		serial = slurp(tdir, name);
		snprintf(name, sizeof(name), "4.%s", formats[f]);
		many = slurp(tdir, name);
		cr_assert_not_null(serial);
		cr_assert_not_null(many);
		cr_assert_str_eq(many, serial, "--format %s", formats[f]);
		cr_assert_gt(strlen(serial), 1000);
		free(serial);
		free(many);
	}
	/* Errors and warnings on stderr keep file order too. */
	put(tdir, "p/00/bad.txt", "");
	cr_assert_eq(run_in(tdir, "check --no-config --jobs 1 p", true,
	    &serial), 2);
	cr_assert_eq(run_in(tdir, "check --no-config --jobs 3 p", true,
	    &many), 2);
	cr_assert_str_eq(many, serial);
	cr_assert_not_null(strstr(serial, "p/00/bad.txt: lỗi: tệp rỗng"), "%s",
	    serial);
	free(serial);
	free(many);
}

Test(jobs, bad_jobs_value)
{
	char *out;

	cr_assert_eq(run_in(tdir, "check --jobs x p", true, &out), 2);
	cr_assert_not_null(strstr(out, "--jobs x"), "%s", out);
	free(out);
	cr_assert_eq(run_in(tdir, "check --jobs -1 p", true, &out), 2);
	free(out);
	/* 0: one per processor. */
	cr_assert_eq(run_in(tdir, "check --no-config --jobs 0 --fail-on never p",
	    true, &out), 0);
	free(out);
}

/* ---- Several reports in one run ---- */

Test(jobs, several_formats_and_outputs)
{
	char *out, *sarif, *json, *alone;

	cr_assert_eq(run_in(tdir, "check --no-config --format sarif -o out.sarif "
	    "--format json -o out.json --format text p", false, &out), 1);
	sarif = slurp(tdir, "out.sarif");
	json = slurp(tdir, "out.json");
	cr_assert_not_null(sarif);
	cr_assert_not_null(json);
	cr_assert(pl_starts_with(sarif, "{\n  \"$schema\""));
	cr_assert_not_null(strstr(json, "\"schema\": \"planlint.check/1\""));
	cr_assert_not_null(strstr(out, "nhiệm vụ:"), "text on stdout: %s", out);
	/* Each report is what a run with that format alone gives. */
	cr_assert_eq(run_in(tdir, "check --no-config --format sarif p", false,
	    &alone), 1);
	cr_assert_str_eq(sarif, alone);
	free(alone);
	cr_assert_eq(run_in(tdir, "check --no-config --format text p", false,
	    &alone), 1);
	cr_assert_str_eq(out, alone);
	free(alone);
	free(out);
	free(sarif);
	free(json);
	/* -o before --format binds to the one that follows; a lone -o is
	 * text. */
	cr_assert_eq(run_in(tdir, "check --no-config -o a.json --format json p",
	    false, &out), 1);
	cr_assert_str_eq(out, "");
	free(out);
	json = slurp(tdir, "a.json");
	cr_assert_not_null(strstr(json, "\"schema\": \"planlint.check/1\""));
	free(json);
	cr_assert_eq(run_in(tdir, "check --no-config -o a.txt p", false, &out),
	    1);
	free(out);
	alone = slurp(tdir, "a.txt");
	cr_assert_not_null(strstr(alone, "nhiệm vụ:"));
	free(alone);
}

Test(jobs, bad_output_pairs)
{
	static const char *const bad[] = {
		"check --format json --format text p",	/* two on stdout */
		"check --format json -o x --format sarif -o x p",
		"check --format json -o x -o y p",
		"check -o x -o y p",
		"check --format xml -o x p",
		"check --format json --write-baseline - p",
	};
	char *out;

	for (size_t i = 0; i < PL_NELEM(bad); i++) {
		cr_assert_eq(run_in(tdir, bad[i], true, &out), 2, "%s", bad[i]);
		cr_assert_not_null(strstr(out, "planlint: "), "%s: %s", bad[i],
		    out);
		free(out);
	}
	cr_assert_null(slurp(tdir, "x"), "nothing written on bad usage");
}
