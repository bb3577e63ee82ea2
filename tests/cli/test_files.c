/*
 * test_files.c: directory walking: the default suffixes (any case), a
 * stable order, --include and --exclude globs relative to the walked
 * directory, pruned directories, hidden entries and links to directories
 * skipped, file arguments kept as given.
 */
#include "cli_test.h"

static char tdir[64];

static void
setup(void)
{
	static const char *const files[] = {
		"b.txt", "a.md", "C.TXT", "plan.docx", "scan.pdf", "notes.odt",
		"sub/z.txt", "sub/a.txt", "sub/deep/x.md", "drafts/d.txt",
		"drafts/old/e.txt", ".hidden/h.txt", ".dot.txt", "a b/ş.txt",
	};

	make_tmp(tdir, sizeof(tdir));
	for (size_t i = 0; i < PL_NELEM(files); i++)
		put(tdir, files[i], "x\n");
}

static void
teardown(void)
{
	rm_tmp(tdir);
}

TestSuite(files, .init = setup, .fini = teardown);

/* The walk of tdir as "rel;rel;...", relative to tdir. */
static char *
walk(const char **inc, size_t ninc, const char **exc, size_t nexc)
{
	struct pl_walk w = { inc, ninc, exc, nexc };
	struct pl_paths p = { 0 };
	struct pl_buf b = { 0 };
	struct pl_err err;
	char *args[] = { tdir };

	cr_assert_eq(pl_paths_walk(args, 1, &w, &p, &err), 0);
	for (size_t i = 0; i < p.n; i++)
		pl_buf_printf(&b, "%s;", p.v[i] + strlen(tdir) + 1);
	pl_paths_free(&p);
	return pl_buf_take(&b);
}

Test(files, defaults_and_order)
{
	char *s = walk(NULL, 0, NULL, 0);

	cr_assert_str_eq(s, "C.TXT;a b/ş.txt;a.md;b.txt;drafts/d.txt;"
	    "drafts/old/e.txt;plan.docx;scan.pdf;sub/a.txt;sub/deep/x.md;"
	    "sub/z.txt;", "%s", s);
	free(s);
}

Test(files, include_and_exclude)
{
	const char *inc[] = { "*.txt", "sub/**/*.md" }, *exc[] = { "drafts",
	    "z.*" }, *exc2[] = { "drafts/old/**" };
	char *s;

	s = walk(inc, 2, NULL, 0);
	cr_assert_str_eq(s, "a b/ş.txt;b.txt;drafts/d.txt;drafts/old/e.txt;"
	    "sub/a.txt;sub/deep/x.md;sub/z.txt;", "%s", s);
	free(s);
	/* An excluded directory is not entered; a glob without '/' is the
	 * name at any depth. */
	s = walk(inc, 2, exc, 2);
	cr_assert_str_eq(s, "a b/ş.txt;b.txt;sub/a.txt;sub/deep/x.md;", "%s",
	    s);
	free(s);
	s = walk(NULL, 0, exc2, 1);
	cr_assert_null(strstr(s, "e.txt"), "%s", s);
	cr_assert_not_null(strstr(s, "drafts/d.txt"), "%s", s);
	free(s);
}

Test(files, links_and_file_arguments)
{
	char link[128], target[128], file[128], *args[] = { file, tdir };
	const char *exc[] = { "b.txt" };
	char *s;
	struct pl_walk w = { NULL, 0, exc, 1 };
	struct pl_paths p = { 0 };
	struct pl_err err;

	/* A link to a directory above: followed, it would loop. */
	snprintf(link, sizeof(link), "%s/sub/loop", tdir);
	cr_assert_eq(symlink(tdir, link), 0);
	snprintf(link, sizeof(link), "%s/sub/link.txt", tdir);
	snprintf(target, sizeof(target), "%s/b.txt", tdir);
	cr_assert_eq(symlink(target, link), 0);
	s = walk(NULL, 0, NULL, 0);
	cr_assert_null(strstr(s, "loop"), "%s", s);
	cr_assert_not_null(strstr(s, "sub/link.txt;"), "%s", s);
	free(s);
	/* A named file is taken whatever its suffix, unless excluded. */
	snprintf(file, sizeof(file), "%s/notes.odt", tdir);
	cr_assert_eq(pl_paths_walk(args, 1, &w, &p, &err), 0);
	cr_assert_eq(p.n, 1);
	cr_assert_str_eq(p.v[0], file);
	pl_paths_free(&p);
	snprintf(file, sizeof(file), "%s/b.txt", tdir);
	cr_assert_eq(pl_paths_walk(args, 1, &w, &p, &err), 0);
	cr_assert_eq(p.n, 0);
	pl_paths_free(&p);
	snprintf(file, sizeof(file), "%s/missing.txt", tdir);
	cr_assert_eq(pl_paths_walk(args, 2, &w, &p, &err), -1);
	cr_assert_eq(err.code, PL_E_OPEN);
	pl_paths_free(&p);
}

Test(files, from_the_command_line)
{
	char *out;

	cr_assert_eq(run_in(tdir, "check --no-config --format json "
	    "--fail-on never --include '*.md' --exclude 'deep' .", false,
	    &out), 0);
	cr_assert_not_null(strstr(out, "\"files\": 1"), "%s", out);
	cr_assert_not_null(strstr(out, "a.md"), "%s", out);
	free(out);
}
