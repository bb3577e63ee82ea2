/*
 * test_gitdiff.c: --changed-since REV in a temporary git repository made
 * by the test: modified, added (staged) and renamed files are checked;
 * unchanged, deleted and untracked ones are not; several repositories;
 * bad revisions and paths outside any repository are tool errors.
 */
#include "cli_test.h"

static char repo[64];

/* Runs a shell command in the repository; the test fails if it does. */
static void
sh(const char *fmt, ...)
{
	struct pl_buf c = { 0 };
	va_list ap;

	pl_buf_printf(&c, "cd '%s' && ( ", repo);
	va_start(ap, fmt);
	pl_buf_vprintf(&c, fmt, ap);
	va_end(ap);
	pl_buf_adds(&c, " ) >/dev/null 2>&1");
	cr_assert_eq(system(c.s), 0, "%s", c.s);
	pl_buf_free(&c);
}

#define GIT "git -c user.name=t -c user.email=t@example.org " \
	"-c init.defaultBranch=main -c commit.gpgsign=false "

static void
setup(void)
{
	char *plan = synthetic_plan(3, NULL);

	if (system("git --version >/dev/null 2>&1") != 0)
		cr_skip_test("git is not installed");
	make_tmp(repo, sizeof(repo));
	put(repo, "plans/a.txt", plan);
	put(repo, "plans/b.txt", plan);
	put(repo, "plans/old.txt", plan);
	put(repo, "plans/gone.txt", plan);
	put(repo, "plans/kế hoạch.txt", plan);
	sh(GIT "init -q . && " GIT "add -A && " GIT "commit -q -m one");
	/* Since the commit: a changed, c added, old renamed, gone deleted,
	 * u untracked, the file with a Vietnamese name changed. */
	put(repo, "plans/a.txt", "thay đổi\n");
	put(repo, "plans/c.txt", plan);
	put(repo, "plans/u.txt", plan);
	put(repo, "plans/kế hoạch.txt", "thay đổi\n");
	sh(GIT "add plans/c.txt && " GIT "mv plans/old.txt plans/new.txt && "
	    GIT "rm -q plans/gone.txt");
	free(plan);
}

static void
teardown(void)
{
	if (repo[0] != '\0')
		rm_tmp(repo);
}

TestSuite(gitdiff, .init = setup, .fini = teardown, .timeout = 120);

static char *
joined(const struct pl_paths *p)
{
	struct pl_buf b = { 0 };

	for (size_t i = 0; i < p->n; i++) {
		const char *s = strstr(p->v[i], "plans/");

		pl_buf_printf(&b, "%s;", s != NULL ? s : p->v[i]);
	}
	return pl_buf_take(&b);
}

Test(gitdiff, changed_files_only)
{
	char dir[128], *args[] = { dir }, *s;
	struct pl_paths p = { 0 };
	struct pl_err err;

	snprintf(dir, sizeof(dir), "%s/plans", repo);
	cr_assert_eq(pl_paths_walk(args, 1, NULL, &p, &err), 0);
	cr_assert_eq(p.n, 6);
	cr_assert_eq(pl_git_filter_changed(&p, args, 1, "HEAD", &err), 0,
	    "%s", err.detail);
	s = joined(&p);
	cr_assert_str_eq(s, "plans/a.txt;plans/c.txt;plans/kế hoạch.txt;"
	    "plans/new.txt;", "%s", s);
	free(s);
	pl_paths_free(&p);
}

Test(gitdiff, intersected_with_the_arguments)
{
	char a[128], b[128], *args[] = { a, b }, *s;
	struct pl_paths p = { 0 };
	struct pl_err err;

	snprintf(a, sizeof(a), "%s/plans/a.txt", repo);
	snprintf(b, sizeof(b), "%s/plans/b.txt", repo);
	cr_assert_eq(pl_paths_walk(args, 2, NULL, &p, &err), 0);
	cr_assert_eq(pl_git_filter_changed(&p, args, 2, "HEAD", &err), 0);
	s = joined(&p);
	cr_assert_str_eq(s, "plans/a.txt;", "%s", s);
	free(s);
	pl_paths_free(&p);
}

Test(gitdiff, errors)
{
	char dir[128], *args[] = { dir }, *out = NULL;
	struct pl_paths p = { 0 };
	struct pl_err err;

	snprintf(dir, sizeof(dir), "%s/plans", repo);
	cr_assert_eq(pl_paths_walk(args, 1, NULL, &p, &err), 0);
	cr_assert_eq(pl_git_filter_changed(&p, args, 1, "no-such-rev", &err),
	    -1);
	cr_assert_eq(err.code, PL_E_GIT);
	cr_assert_not_null(strstr(err.detail, "no-such-rev"), "%s", err.detail);
	/* Not an option in disguise. */
	cr_assert_eq(pl_git_filter_changed(&p, args, 1, "--output=x", &err),
	    -1);
	cr_assert_not_null(strstr(err.detail, "not a revision"));
	cr_assert_eq(p.n, 6, "the list is left alone on error");
	pl_paths_free(&p);
	/* Outside any repository. */
	if (pl_repo_root("/proc") != NULL)
		cr_skip_test("/ is inside a git repository");
	cr_assert_eq(run_in("/", "check --changed-since HEAD /proc/version",
	    true, &out), 2);
	cr_assert_not_null(strstr(out, "[git]"), "%s", out);
	free(out);
}

Test(gitdiff, end_to_end_and_a_second_repository)
{
	char *out, other[64];

	make_tmp(other, sizeof(other));
	{
		char *plan = synthetic_plan(3, NULL);

		put(other, "x.txt", plan);
		free(plan);
	}
	{
		struct pl_buf c = { 0 };

		pl_buf_printf(&c, "cd '%s' && " GIT "init -q . && " GIT
		    "add -A && " GIT "commit -q -m one && echo x >> x.txt",
		    other);
		cr_assert_eq(system(c.s), 0);
		pl_buf_free(&c);
	}
	{
		struct pl_buf args = { 0 };

		pl_buf_printf(&args, "check --no-config --fail-on never "
		    "--format json --changed-since HEAD plans '%s'", other);
		cr_assert_eq(run_in(repo, args.s, false, &out), 0);
		pl_buf_free(&args);
	}
	cr_assert_not_null(strstr(out, "\"files\": 5"), "%s", out);
	cr_assert_not_null(strstr(out, "plans/c.txt"), "%s", out);
	cr_assert_not_null(strstr(out, "/x.txt"), "%s", out);
	cr_assert_null(strstr(out, "plans/b.txt"), "%s", out);
	cr_assert_null(strstr(out, "plans/u.txt"), "%s", out);
	free(out);
	rm_tmp(other);
}
