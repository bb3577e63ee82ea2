/*
 * test_config.c: .planlint.yaml: parsing (every key, every error at its
 * file:line:col), the starter file of `planlint init`, discovery (nearest
 * wins, stops at the repository root, no merging), ignore globs, and the
 * precedence of flags over the file, end to end.
 */
#include "cli_test.h"

/* ---- Parsing ---- */

static struct pl_config
parse_ok(const char *yaml)
{
	struct pl_config c;
	struct pl_err err;

	if (pl_config_parse("/tmp/x/.planlint.yaml", yaml, strlen(yaml), &c,
	    &err) == -1)
		cr_assert_fail("%s:%d:%d: %s\n%s", err.file, err.line, err.col,
		    err.detail, yaml);
	return c;
}

Test(config, every_key)
{
	struct pl_config c = parse_ok(
	    "# comment\n"
	    "rules:\n"
	    "  task.missing-product: off\n"
	    "  deadline.vague: error\n"
	    "  task.weak-product: warning\n"
	    "ignore:\n"
	    "  - \"drafts/**\"\n"
	    "  - \"*.old.txt\"\n"
	    "as_of: 2026-03-01\n"
	    "sixro: [viec, thoi_gian, san_pham]\n"
	    "lang: en\n"
	    "fail_on: warning\n");

	cr_assert_str_eq(c.dir, "/tmp/x");
	cr_assert_eq(c.nrules, 3);
	cr_assert_str_eq(c.rules[0].id, "task.missing-product");
	cr_assert(c.rules[0].off);
	cr_assert(!c.rules[1].off);
	cr_assert_eq(c.rules[1].severity, PL_SEV_ERROR);
	cr_assert_eq(c.rules[2].severity, PL_SEV_WARNING);
	cr_assert_eq(c.rule_pos[1].line, 4);
	cr_assert_eq(c.rule_pos[1].col, 3);
	cr_assert_eq(c.nignore, 2);
	cr_assert_str_eq(c.ignore[1], "*.old.txt");
	cr_assert_eq(c.as_of.y, 2026);
	cr_assert_eq(c.as_of.m, 3);
	cr_assert(c.has_sixro);
	cr_assert_eq(c.sixro, PL_SIXRO_VIEC | PL_SIXRO_THOI_GIAN |
	    PL_SIXRO_SAN_PHAM);
	cr_assert_eq(c.lang, PL_LANG_EN);
	cr_assert_eq(c.fail_on, PL_SEV_WARNING);
	pl_config_free(&c);
}

Test(config, unset_and_empty)
{
	struct pl_config c = parse_ok("");

	cr_assert_eq(c.lang, -1);
	cr_assert_eq(c.fail_on, -1);
	cr_assert_eq(c.as_of.y, 0);
	cr_assert(!c.has_sixro);
	cr_assert_eq(c.nrules + c.npacks + c.nignore, 0);
	pl_config_free(&c);
	/* Hyphenated spellings, as the flags are written; a lone glob. */
	c = parse_ok("fail-on: never\nas-of: 2025-12-31\nignore: old.txt\n");
	cr_assert_eq(c.fail_on, PL_FAIL_NEVER);
	cr_assert_eq(c.as_of.d, 31);
	cr_assert_eq(c.nignore, 1);
	pl_config_free(&c);
}

static const struct {
	const char	*yaml;
	int		 line, col;
	const char	*detail;
} bad[] = {
	{ "lang: vi\ncolour: red\n", 2, 1, "unknown setting 'colour'" },
	{ "rules:\n  task.missing-lead: loud\n", 2, 22,
	    "'loud' is not off, error, warning or info" },
	{ "rules: [a, b]\n", 1, 8, "'rules' maps rule ids" },
	{ "rules:\n  a.b: off\n  a.b: info\n", 3, 3, "given twice" },
	{ "lang: fr\n", 1, 7, "lang 'fr' is not vi or en" },
	{ "fail_on: sometimes\n", 1, 10, "fail_on 'sometimes'" },
	{ "as_of: 2026-02-30\n", 1, 8, "not a date" },
	{ "as_of: [2026]\n", 1, 8, "takes a single value" },
	{ "sixro: [viec, ro_rang]\n", 1, 15, "'ro_rang' is not an element" },
	{ "ignore: {a: b}\n", 1, 9, "'ignore' takes a list" },
	{ "packs: [no-such-dir]\n", 1, 9, "pack directory" },
	{ "lang: en\nlang: vi\n", 2, 1, "'lang' is given twice" },
	{ "- rules\n", 1, 1, "a map of settings" },
	{ "rules: [a\n", 2, 1, "did not find expected" },
	{ "lang: 'en\n", 2, 1, "" },
};

Test(config, errors_name_file_line_col)
{
	for (size_t i = 0; i < PL_NELEM(bad); i++) {
		struct pl_config c;
		struct pl_err err;

		memset(&err, 0, sizeof(err));
		cr_assert_eq(pl_config_parse("sub/.planlint.yaml", bad[i].yaml,
		    strlen(bad[i].yaml), &c, &err), -1, "%s", bad[i].yaml);
		cr_assert_eq(err.code, PL_E_CONFIG, "%s", bad[i].yaml);
		cr_assert_str_eq(err.file, "sub/.planlint.yaml");
		cr_assert_eq(err.line, bad[i].line, "%s: line %d", bad[i].yaml,
		    err.line);
		cr_assert_eq(err.col, bad[i].col, "%s: col %d", bad[i].yaml,
		    err.col);
		cr_assert_not_null(strstr(err.detail, bad[i].detail), "%s: %s",
		    bad[i].yaml, err.detail);
	}
}

Test(config, packs_relative_to_the_file)
{
	char dir[64], path[128];
	struct pl_config c;
	struct pl_err err;
	const char *y = "packs: [mine, ./other/../mine]\n";

	make_tmp(dir, sizeof(dir));
	put(dir, "mine/p.yaml", "rules: []\n");
	snprintf(path, sizeof(path), "%s/.planlint.yaml", dir);
	cr_assert_eq(pl_config_parse(path, y, strlen(y), &c, &err), 0, "%s",
	    err.detail);
	cr_assert_eq(c.npacks, 2);
	snprintf(path, sizeof(path), "%s/mine", dir);
	cr_assert_str_eq(c.packs[0], path);
	cr_assert_str_eq(c.packs[1], path);
	pl_config_free(&c);
	rm_tmp(dir);
}

Test(config, starter_file_parses)
{
	for (int lang = PL_LANG_VI; lang <= PL_LANG_EN; lang++) {
		const char *s = pl_config_starter((enum pl_lang)lang);
		struct pl_config c = parse_ok(s);

		cr_assert_eq(c.fail_on, PL_SEV_ERROR);
		cr_assert_eq(c.lang, lang);
		/* Every setting is there to uncomment. */
		cr_assert_not_null(strstr(s, "# rules:"));
		cr_assert_not_null(strstr(s, "# packs:"));
		cr_assert_not_null(strstr(s, "# ignore:"));
		cr_assert_not_null(strstr(s, "# as_of:"));
		cr_assert_not_null(strstr(s, "# sixro:"));
		pl_config_free(&c);
	}
}

/* ---- Globs and paths ---- */

static const struct {
	const char	*glob, *path;
	bool		 match;
} globs[] = {
	{ "*.txt", "a.txt", true },
	{ "*.txt", "sub/dir/a.txt", true },	/* no '/': the file name */
	{ "*.txt", "a.md", false },
	{ "drafts/**", "drafts/a.txt", true },
	{ "drafts/**", "drafts/x/y/a.txt", true },
	{ "drafts/**", "other/drafts/a.txt", false },
	{ "**/drafts/*.txt", "drafts/a.txt", true },
	{ "**/drafts/*.txt", "x/y/drafts/a.txt", true },
	{ "**/drafts/*.txt", "x/drafts/y/a.txt", false },
	{ "plans/*.txt", "plans/a.txt", true },
	{ "plans/*.txt", "plans/sub/a.txt", false },	/* FNM_PATHNAME */
	{ "plans/**/*.txt", "plans/a.txt", true },
	{ "plans/**/*.txt", "plans/a/b/c.txt", true },
	{ "plans/*.txt", "./plans/a.txt", true },
	{ "kế-hoạch-*.txt", "2026/kế-hoạch-01.txt", true },
	{ "[0-9]*.md", "2026.md", true },
	{ "[0-9]*.md", "x2026.md", false },
};

Test(config, glob_match)
{
	for (size_t i = 0; i < PL_NELEM(globs); i++)
		cr_assert_eq(pl_glob_match(globs[i].glob, globs[i].path),
		    globs[i].match, "%s ~ %s", globs[i].glob, globs[i].path);
}

Test(config, absolute_paths)
{
	static const char *const t[][2] = {
		{ "/a/./b/../c", "/a/c" }, { "/", "/" }, { "/..", "/" },
		{ "//x//y/", "/x/y" }, { "/a/b/../../..", "/" },
	};
	char cwd[PATH_MAX], *s;

	for (size_t i = 0; i < PL_NELEM(t); i++) {
		s = pl_path_abs(t[i][0]);
		cr_assert_str_eq(s, t[i][1], "%s", t[i][0]);
		free(s);
	}
	cr_assert_not_null(getcwd(cwd, sizeof(cwd)));
	s = pl_path_abs(".");
	cr_assert_str_eq(s, cwd);
	free(s);
	s = pl_path_parent("/a/b");
	cr_assert_str_eq(s, "/a");
	free(s);
	s = pl_path_parent("/a");
	cr_assert_str_eq(s, "/");
	free(s);
	cr_assert_str_eq(pl_path_under("/r/a/b.txt", "/r"), "a/b.txt");
	cr_assert_null(pl_path_under("/ra/b.txt", "/r"));
	cr_assert_str_eq(pl_path_under("/x", "/"), "x");
}

/* ---- Discovery ---- */

static struct pl_config *
find(struct pl_configs *cs, const char *dir, const char *rel)
{
	char path[PATH_MAX];
	struct pl_config *c = NULL;
	struct pl_err err;

	snprintf(path, sizeof(path), "%s/%s", dir, rel);
	cr_assert_eq(pl_configs_find(cs, path, &c, &err), 0, "%s: %s:%d: %s",
	    rel, err.file, err.line, err.detail);
	return c;
}

Test(config, nearest_wins_up_to_the_repository_root)
{
	struct pl_configs cs = { 0 };
	struct pl_config *a, *b, *top, *none;
	char dir[64];

	make_tmp(dir, sizeof(dir));
	/* Above the repository: never read. */
	put(dir, ".planlint.yaml", "lang: en\n");
	put(dir, "repo/.git/HEAD", "ref: refs/heads/main\n");
	put(dir, "repo/.planlint.yaml", "fail_on: warning\nlang: vi\n");
	put(dir, "repo/a/.planlint.yaml", "fail_on: never\n");
	put(dir, "repo/a/b/x.txt", "x");
	put(dir, "repo/a/b/y.txt", "y");
	put(dir, "repo/c/z.txt", "z");
	put(dir, "other/.git/HEAD", "");
	put(dir, "other/p/q.txt", "q");
	a = find(&cs, dir, "repo/a/b/x.txt");
	b = find(&cs, dir, "repo/a/b/y.txt");
	top = find(&cs, dir, "repo/c/z.txt");
	none = find(&cs, dir, "other/p/q.txt");
	cr_assert_eq(a, b, "one config per file found, shared");
	cr_assert_eq(a->fail_on, PL_FAIL_NEVER);
	/* Nearest wins, nothing merged: lang of repo/ does not reach a/. */
	cr_assert_eq(a->lang, -1);
	cr_assert_eq(top->fail_on, PL_SEV_WARNING);
	cr_assert_eq(top->lang, PL_LANG_VI);
	cr_assert_null(none->path);
	cr_assert_eq(none, pl_configs_none(&cs));
	cr_assert_eq(find(&cs, dir, "repo/a/.planlint.yaml"), a);
	pl_configs_free(&cs);
	rm_tmp(dir);
}

Test(config, broken_nearest_file_is_an_error)
{
	struct pl_configs cs = { 0 };
	struct pl_config *c = NULL;
	struct pl_err err;
	char dir[64], path[128];

	make_tmp(dir, sizeof(dir));
	put(dir, ".git/HEAD", "");
	put(dir, ".planlint.yaml", "lang: en\n");
	put(dir, "sub/.planlint.yaml", "lang: en\nfail_on: [x]\n");
	put(dir, "sub/p.txt", "p");
	snprintf(path, sizeof(path), "%s/sub/p.txt", dir);
	cr_assert_eq(pl_configs_find(&cs, path, &c, &err), -1);
	cr_assert_eq(err.line, 2);
	cr_assert_eq(err.col, 10);
	cr_assert_not_null(strstr(err.file, "sub/.planlint.yaml"), "%s",
	    err.file);
	/* The cache kept nothing half made: the same search fails again. */
	cr_assert_eq(pl_configs_find(&cs, path, &c, &err), -1);
	pl_configs_free(&cs);
	rm_tmp(dir);
}

Test(config, ignore_globs_are_relative_to_the_file)
{
	struct pl_config c = parse_ok("ignore: [\"drafts/**\", \"*.old.txt\"]\n");

	cr_assert(pl_config_ignores(&c, "/tmp/x/drafts/a.txt"));
	cr_assert(pl_config_ignores(&c, "/tmp/x/drafts/2026/a.txt"));
	cr_assert(pl_config_ignores(&c, "/tmp/x/plans/a.old.txt"));
	cr_assert(!pl_config_ignores(&c, "/tmp/x/plans/drafts/a.txt"));
	cr_assert(!pl_config_ignores(&c, "/tmp/x/plans/a.txt"));
	cr_assert(!pl_config_ignores(&c, "/tmp/y/drafts/a.txt"));
	pl_config_free(&c);
}

/* ---- End to end: precedence ---- */

static char tdir[64];

static void
setup(void)
{
	char *plan = synthetic_plan(6, NULL);

	make_tmp(tdir, sizeof(tdir));
	put(tdir, ".git/HEAD", "");
	put(tdir, "plans/a.txt", plan);
	put(tdir, "plans/team/b.txt", plan);
	put(tdir, "drafts/c.txt", plan);
	free(plan);
}

static void
teardown(void)
{
	rm_tmp(tdir);
}

TestSuite(config_cli, .init = setup, .fini = teardown, .timeout = 120);

Test(config_cli, file_settings_and_flags_over_them)
{
	char *out;

	/* No file: errors fail the run. */
	cr_assert_eq(run_in(tdir, "check plans", false, &out), 1);
	cr_assert_eq(count_of(out, "[task.missing-deadline]"), 4, "%s", out);
	free(out);
	put(tdir, ".planlint.yaml", "fail_on: never\nlang: en\n"
	    "rules:\n  task.missing-deadline: off\n  deadline.vague: error\n"
	    "ignore: [\"drafts/**\"]\n");
	cr_assert_eq(run_in(tdir, "check .", false, &out), 0);
	cr_assert_eq(count_of(out, "[task.missing-deadline]"), 0, "%s", out);
	cr_assert_eq(count_of(out, "error: "), 4, "%s", out);
	cr_assert_eq(count_of(out, "[deadline.vague]"), 4, "%s", out);
	cr_assert_null(strstr(out, "drafts/c.txt"), "%s", out);
	free(out);
	/* Flags override the file. */
	cr_assert_eq(run_in(tdir, "check --fail-on error --lang vi .", false,
	    &out), 1);
	cr_assert_eq(count_of(out, "lỗi: "), 4, "%s", out);
	free(out);
	/* --no-config: as if there were none. */
	cr_assert_eq(run_in(tdir, "check --no-config plans", false, &out), 1);
	cr_assert_eq(count_of(out, "[task.missing-deadline]"), 4, "%s", out);
	free(out);
	/* An explicitly named ignored file is skipped too. */
	cr_assert_eq(run_in(tdir, "check --format json drafts/c.txt", false,
	    &out), 0);
	cr_assert_not_null(strstr(out, "\"files\": 0"), "%s", out);
	free(out);
}

Test(config_cli, nearest_file_per_directory)
{
	char *out;

	put(tdir, ".planlint.yaml", "rules:\n  deadline.vague: off\n");
	put(tdir, "plans/team/.planlint.yaml",
	    "rules:\n  task.missing-deadline: info\n");
	cr_assert_eq(run_in(tdir, "check --format json --jobs 2 plans", false,
	    &out), 1);
	/* a.txt: the root file (vague off); b.txt: its own (vague on). */
	cr_assert_eq(count_of(out, "\"rule\": \"deadline.vague\""), 2, "%s",
	    out);
	cr_assert_eq(count_of(out, "\"severity\": \"info\""), 2, "%s", out);
	cr_assert_eq(count_of(out, "\"severity\": \"error\""), 2, "%s", out);
	free(out);
	/* --config FILE: one file for every plan. */
	cr_assert_eq(run_in(tdir, "check --format json --config .planlint.yaml "
	    "plans", false, &out), 1);
	cr_assert_eq(count_of(out, "\"rule\": \"deadline.vague\""), 0, "%s",
	    out);
	free(out);
}

Test(config_cli, sixro_wording_when_the_plan_states_none)
{
	char *out;

	cr_assert_eq(run_in(tdir, "check --fail-on never plans/a.txt", false,
	    &out), 0);
	cr_assert_not_null(strstr(out, "rõ sản phẩm"), "%s", out);
	free(out);
	put(tdir, ".planlint.yaml", "sixro: [viec, thoi_gian]\n");
	cr_assert_eq(run_in(tdir, "check --format json --fail-on never "
	    "plans/a.txt", false, &out), 0);
	cr_assert_not_null(strstr(out, "\"declared\": [\n        \"viec\",\n"
	    "        \"thoi_gian\"\n      ]"), "%s", out);
	free(out);
	cr_assert_eq(run_in(tdir, "check --fail-on never plans/a.txt", false,
	    &out), 0);
	cr_assert_not_null(strstr(out, "rõ việc"), "%s", out);
	cr_assert_not_null(strstr(out, "rõ thời gian"), "%s", out);
	cr_assert_null(strstr(out, "rõ sản phẩm"), "%s", out);
	free(out);
}

Test(config_cli, bad_file_exits_2_with_position)
{
	char *out;

	put(tdir, "plans/.planlint.yaml", "lang: vi\nrules:\n  no.such: off\n");
	cr_assert_eq(run_in(tdir, "check plans", true, &out), 2);
	cr_assert_not_null(strstr(out, "plans/.planlint.yaml:3:3: lỗi: cấu "
	    "hình không hợp lệ: unknown rule 'no.such'"), "%s", out);
	free(out);
	put(tdir, "plans/.planlint.yaml", "lang: vi\nfail_on: maybe\n");
	cr_assert_eq(run_in(tdir, "check --lang en plans", true, &out), 2);
	cr_assert_not_null(strstr(out, "plans/.planlint.yaml:2:10: error: "
	    "invalid configuration: fail_on 'maybe'"), "%s", out);
	free(out);
}

Test(config_cli, init_writes_and_refuses_to_overwrite)
{
	char *out, *text;

	cr_assert_eq(run_in(tdir, "init", true, &out), 0);
	free(out);
	text = slurp(tdir, ".planlint.yaml");
	cr_assert_not_null(text);
	cr_assert_str_eq(text, pl_config_starter(PL_LANG_VI));
	free(text);
	put(tdir, ".planlint.yaml", "lang: en\n");
	cr_assert_eq(run_in(tdir, "init", true, &out), 2);
	cr_assert_not_null(strstr(out, "--force"), "%s", out);
	free(out);
	text = slurp(tdir, ".planlint.yaml");
	cr_assert_str_eq(text, "lang: en\n");
	free(text);
	cr_assert_eq(run_in(tdir, "init --force --lang en", true, &out), 0);
	free(out);
	text = slurp(tdir, ".planlint.yaml");
	cr_assert_str_eq(text, pl_config_starter(PL_LANG_EN));
	free(text);
	/* The starter changes nothing: same findings as with no file. */
	cr_assert_eq(run_in(tdir, "check --lang vi plans", false, &out), 1);
	cr_assert_eq(count_of(out, "[task.missing-deadline]"), 4, "%s", out);
	free(out);
}

/* ---- Overrides reach the rule engine as a table, not as edits ---- */

Test(config, overrides_leave_the_rule_set_alone)
{
	static const char *const dirs[] = { "rules" };
	struct pl_rule_override ov[] = {
		{ "task.missing-deadline", false, PL_SEV_INFO },
		{ "deadline.vague", true, PL_SEV_ERROR },
	};
	struct pl_check_opts o = { .lang = PL_LANG_VI, .overrides = ov,
	    .noverrides = PL_NELEM(ov) };
	struct pl_ruleset *rs = NULL;
	struct pl_doc *doc = NULL, *plain = NULL;
	struct pl_rule_info ri;
	struct pl_err err;
	char *plan = synthetic_plan(6, NULL);
	int missing = 0, vague = 0;

	cr_assert_eq(pl_ruleset_load(dirs, 1, &rs, &err), 0, "%s", err.detail);
	cr_assert_eq(pl_ingest_bytes("a.txt", plan, strlen(plan), NULL, &doc,
	    &err), 0);
	cr_assert_eq(pl_ingest_bytes("a.txt", plan, strlen(plan), NULL,
	    &plain, &err), 0);
	cr_assert_eq(pl_check_doc(rs, doc, &o, &err), 0);
	cr_assert_eq(pl_check_set(rs, &doc, 1, &o, &err), 0);
	for (size_t i = 0; i < doc->nfindings; i++) {
		if (strcmp(doc->findings[i].rule, "task.missing-deadline") == 0) {
			cr_assert_eq(doc->findings[i].severity, PL_SEV_INFO);
			missing++;
		}
		vague += strcmp(doc->findings[i].rule, "deadline.vague") == 0;
	}
	cr_assert_eq(missing, 2);
	cr_assert_eq(vague, 0);
	/* The same rule set, no overrides: as the packs say. */
	cr_assert_eq(pl_check_docs(rs, &plain, 1, NULL, &err), 0);
	missing = vague = 0;
	for (size_t i = 0; i < plain->nfindings; i++) {
		if (strcmp(plain->findings[i].rule, "task.missing-deadline") ==
		    0) {
			cr_assert_eq(plain->findings[i].severity, PL_SEV_ERROR);
			missing++;
		}
		vague += strcmp(plain->findings[i].rule, "deadline.vague") == 0;
	}
	cr_assert_eq(missing, 2);
	cr_assert_eq(vague, 2);
	pl_ruleset_info(rs, (size_t)pl_ruleset_find(rs,
	    "task.missing-deadline"), PL_LANG_VI, &ri);
	cr_assert_eq(ri.severity, PL_SEV_ERROR);
	pl_doc_free(doc);
	pl_doc_free(plain);
	pl_ruleset_free(rs);
	free(plan);
}
