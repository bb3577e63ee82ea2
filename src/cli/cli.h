/*
 * cli.h: shared pieces of the command-line front end.  Only cli/ prints
 * and exits; every stage below returns errors as values.
 */
#ifndef PL_CLI_H
#define PL_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "../base/base.h"
#include "../ingest/ingest.h"
#include "../report/report.h"
#include "../rules/rules.h"

#define PL_VERSION "0.1.0"

/* Exit statuses, as grep and ESLint use them. */
enum {
	PL_EXIT_OK = 0,
	PL_EXIT_FINDINGS = 1,
	PL_EXIT_ERROR = 2,
};

struct pl_paths {
	char	**v;
	size_t	  n;
	size_t	  cap;
};

/* files.c: expands arguments into files; directories are walked for
 * *.txt, *.md, *.docx and *.pdf (as pl_paths_walk with no globs).
 * Returns -1 with err when an argument does not exist. */
int pl_paths_collect(char **args, int nargs, struct pl_paths *out,
    struct pl_err *err);
void pl_paths_free(struct pl_paths *p);
/* Appends path (taking ownership of the malloc'd string). */
void pl_paths_add(struct pl_paths *p, char *path);

/* Globs for a directory walk (--include, --exclude). */
struct pl_walk {
	const char *const	*include;	/* none: *.txt *.md *.docx *.pdf, any case */
	size_t			 ninclude;
	const char *const	*exclude;
	size_t			 nexclude;
};

/*
 * Expands args into out: "-" and files as given (unless excluded), and
 * each directory walked recursively, the files of one directory argument
 * in byte order of their paths.  A file is kept when it matches an include
 * glob and no exclude glob; a directory that matches an exclude glob is
 * not entered.  Globs see the path relative to the directory argument
 * (the path as given for a file argument).  Hidden entries and symbolic
 * links to directories are skipped.  Returns -1 with err when an argument
 * does not exist.
 */
int pl_paths_walk(char **args, int nargs, const struct pl_walk *w,
    struct pl_paths *out, struct pl_err *err);
/*
 * fnmatch(3) with FNM_PATHNAME semantics per component, plus "**" as a
 * whole component for zero or more components.  A glob without '/'
 * matches the last component of path ("*.md", "draft-*"); one with '/'
 * matches the whole relative path ("plans/2025-*.txt"; "drafts" and a
 * "**" component after it match everything below drafts).
 */
bool pl_glob_match(const char *glob, const char *path);
/* The absolute form of path against the current directory, "." and ".."
 * resolved lexically (links are not followed); malloc'd. */
char *pl_path_abs(const char *path);
/* The directory part of an absolute path ("/" for "/x"); malloc'd. */
char *pl_path_parent(const char *abs);
/* The rest of abs below dir ("a/b.txt"), or NULL when it is not under. */
const char *pl_path_under(const char *abs, const char *dir);

/* diag.c: prints a tool error as "file:line:col: lỗi: text (detail)",
 * then the source line and a caret when the position is known. */
void pl_diag_error(FILE *f, const struct pl_err *err, enum pl_lang lang);
/* "planlint: usage ..." style messages. */
void pl_diag_usage(FILE *f, enum pl_lang lang, const char *fmt, ...)
    PL_PRINTF(3, 4);

/* Writes buf to path ("-" or NULL: stdout); -1 with err on failure. */
int pl_write_output(const char *path, const struct pl_buf *buf,
    struct pl_err *err);

/* load.c: ingests path ("-": standard input); as pl_ingest_file. */
int pl_load_doc(const char *path, const struct pl_ingest_opts *opts,
    struct pl_doc **out, struct pl_err *err);

/* Subcommands: argc/argv start at the subcommand name. */
int pl_cmd_extract(int argc, char **argv);
int pl_cmd_check(int argc, char **argv);
int pl_cmd_rules(int argc, char **argv);
int pl_cmd_explain(int argc, char **argv);
/* cmd_targets.c: the target matrix of several plans. */
int pl_cmd_targets(int argc, char **argv);

/* cmd_rules.c: loads the shipped packs (found next to the executable:
 * ../share/planlint/rules, or the source tree's rules/ above build/) when
 * defaults is set, then each of user[0..nuser) in order.  As
 * pl_ruleset_load; -1 with err also when no shipped pack is found. */
struct pl_ruleset;
int pl_cli_load_rules(char *const *user, size_t nuser, bool defaults,
    struct pl_ruleset **out, struct pl_err *err);

/* ---- config.c: .planlint.yaml ---- */

#define PL_CONFIG_NAME	".planlint.yaml"
/* --fail-on never: above every enum pl_severity. */
#define PL_FAIL_NEVER	3

/* "error", "warning", "info" (a PL_SEV_*) or "never" (PL_FAIL_NEVER);
 * -1 for anything else. */
int pl_fail_on_parse(const char *s);

/*
 * The settings of one .planlint.yaml; fields left out of the file are
 * unset (-1, y == 0, NULL).  Everything lives in the config's arena.
 */
struct pl_config {
	struct pl_arena		*arena;
	const char		*path;	/* the file; NULL: none was found */
	const char		*dir;	/* its directory, absolute; NULL */
	/* rules: id -> off | error | warning | info, and where each is. */
	struct pl_rule_override	*rules;
	struct { int line, col; } *rule_pos;
	size_t			 nrules;
	const char		**packs;	/* absolute directories */
	size_t			 npacks;
	const char		**ignore;	/* globs relative to dir */
	size_t			 nignore;
	struct pl_date		 as_of;
	unsigned		 sixro;	/* PL_SIXRO_* bits */
	bool			 has_sixro;
	int			 lang;	/* enum pl_lang, or -1 */
	int			 fail_on;	/* pl_fail_on_parse, or -1 */
};

/*
 * Parses a configuration: a YAML map with the keys rules, packs, ignore,
 * as_of, sixro, lang and fail_on (as-of and fail-on also accepted); path
 * names the file in errors and anchors relative pack directories.  Returns
 * 0 and fills *out (free with pl_config_free), or -1 with err at the
 * file:line:col of the offending node (PL_E_CONFIG): bad YAML, an unknown
 * or repeated key, a bad value, a pack directory that does not exist.
 */
int pl_config_parse(const char *path, const char *bytes, size_t n,
    struct pl_config *out, struct pl_err *err);
/* The same for the file at path. */
int pl_config_load(const char *path, struct pl_config *out,
    struct pl_err *err);
void pl_config_free(struct pl_config *c);
/* -1 with err at its line:col when c names a rule id rs does not have. */
int pl_config_check_rules(const struct pl_config *c,
    const struct pl_ruleset *rs, struct pl_err *err);
/* Whether the absolute path abs lies under c's directory and matches one
 * of its ignore globs (pl_glob_match on the path relative to it). */
bool pl_config_ignores(const struct pl_config *c, const char *abs);

/*
 * Discovery, with a cache of directories: the configuration of a file is
 * the nearest .planlint.yaml in its directory or above, the search
 * stopping at the repository root (a directory holding .git) or at "/".
 * Nearest wins: files are not merged.  A file with no configuration gets
 * the shared empty one (pl_configs_none).  Configurations are compared by
 * pointer: one struct per file found.
 */
struct pl_configs {
	struct pl_config	**v;
	size_t			  n, cap;
	struct pl_config	 *none;
	struct { char *dir; struct pl_config *cfg; } *dirs;
	size_t			  ndirs, capdirs;
};

/* The configuration of file ("-": the current directory) in *out, owned
 * by cs; -1 with err when the nearest file does not load. */
int pl_configs_find(struct pl_configs *cs, const char *file,
    struct pl_config **out, struct pl_err *err);
struct pl_config *pl_configs_none(struct pl_configs *cs);
void pl_configs_free(struct pl_configs *cs);

/* ---- baseline.c: --write-baseline and --baseline ---- */

/* The fingerprints of a baseline file, sorted. */
struct pl_baseline {
	char	(*fp)[PL_FINGERPRINT_LEN];
	size_t	  n;
};

/*
 * Appends the baseline of docs to out: {"schema":"planlint.baseline/1",
 * "entries":[{"fingerprint","rule","path","line","message"}...]}, in path
 * order, paths as reported (relative to base_dir, as pl_report_relpath).
 * Only the fingerprint is compared later; the rest is for people.
 * Returns the number of entries.
 */
size_t pl_baseline_write(struct pl_buf *out, const struct pl_doc *const *docs,
    size_t n, const char *base_dir);
/* Reads a baseline (file names it in errors): 0, or -1 with err
 * (PL_E_BASELINE at line:col: not JSON, wrong schema, bad entry). */
int pl_baseline_parse(const char *file, const char *bytes, size_t n,
    struct pl_baseline *out, struct pl_err *err);
int pl_baseline_load(const char *path, struct pl_baseline *out,
    struct pl_err *err);
void pl_baseline_free(struct pl_baseline *b);
/* Writes the baseline of docs to path and says so on stderr; -1 when it
 * cannot be written (reported). */
int pl_baseline_save(const char *path, struct pl_doc *const *docs, size_t n,
    const char *base_dir, enum pl_lang lang);
/* Removes from each document the findings whose fingerprint (path as
 * reported with base_dir) is in b; returns how many went. */
size_t pl_baseline_filter(const struct pl_baseline *b,
    struct pl_doc *const *docs, size_t n, const char *base_dir);

/* ---- git.c: --changed-since ---- */

/* The repository root above the absolute directory dir (the nearest
 * directory holding .git), malloc'd; NULL when there is none. */
char *pl_repo_root(const char *dir);
/*
 * Keeps in paths only the files changed since rev: for each argument of
 * args[0..nargs), in the repository that holds it, `git -C ROOT diff
 * --name-only -z --diff-filter=ACMR REV --` (fork and execvp, no shell).
 * Untracked files are not "changed" (git add them, or git add -N).
 * Standard input ("-") is kept.  Returns 0, or -1 with err: rev starts
 * with '-', an argument outside any repository, git missing or failing
 * (its first line of stderr in the detail).
 */
int pl_git_filter_changed(struct pl_paths *paths, char **args, int nargs,
    const char *rev, struct pl_err *err);

/* ---- jobs.c: --jobs ---- */

/* One file to ingest and check; the outputs are filled by pl_jobs_run. */
struct pl_job {
	const char			*path;
	const struct pl_ruleset		*rs;
	const struct pl_check_opts	*check;
	const struct pl_ingest_opts	*ingest;
	/* The 06 rõ elements for a document that states none (0: none). */
	unsigned			 sixro;
	struct pl_doc			*doc;	/* out: NULL when ingestion failed */
	int				 status;	/* out: 0, PL_JOB_INPUT, PL_JOB_RULES */
	struct pl_err			 err;	/* out: when status != 0 */
};

#define PL_JOB_INPUT	1	/* the file could not be read */
#define PL_JOB_RULES	2	/* a rule could not be run (pl_check_doc) */

/*
 * Runs every job: ingestion and pl_check_doc, in up to nthreads threads
 * (1: in the caller).  Each job writes only its own outputs and the rule
 * sets are read-only, so the results do not depend on nthreads.  The
 * cross-document pass (pl_check_set) is the caller's, afterwards.
 */
void pl_jobs_run(struct pl_job *jobs, size_t n, int nthreads);
/* Prints the jobs' errors and the documents' warnings to f in job order;
 * PL_EXIT_ERROR when a job failed (*rules_failed when a rule did), else
 * PL_EXIT_OK. */
int pl_jobs_report(FILE *f, const struct pl_job *jobs, size_t n,
    enum pl_lang lang, bool *rules_failed);

/* ---- outputs.c: the reports of a check run ---- */

/* One report: a format and where it goes (NULL or "-": standard output). */
struct pl_output {
	const char	*format;
	const char	*path;
};

/* The --format/-o pairs in command-line order; v has room for one per
 * argument plus one (the caller allocates it). */
struct pl_outputs {
	struct pl_output	*v;
	size_t			 n;
	const char		*pending;	/* an -o before any --format */
};

/*
 * Pairing: each -o belongs to the --format before it; an -o before any
 * --format to the next --format (so "-o x --format sarif" works).
 * pl_outputs_file returns -1 (reported as bad usage) for a second -o.
 * pl_outputs_finish adds the text report when there is none or an -o is
 * left over, then refuses (-1, reported) an unknown format, two reports
 * to one file, or more than one to standard output, `other` (NULL: none)
 * being a further file written by the run such as the baseline.
 */
void pl_outputs_format(struct pl_outputs *o, const char *format);
int pl_outputs_file(struct pl_outputs *o, const char *path,
    enum pl_lang lang);
int pl_outputs_finish(struct pl_outputs *o, const char *other,
    enum pl_lang lang);
/* Whether path means standard output. */
bool pl_output_stdout(const char *path);
/* Whether format is a CI format (it lists rules[]). */
bool pl_output_ci(const char *format);

/* What every report of a run shares. */
struct pl_render {
	const char			*color;	/* auto, always, never */
	const char			*base_dir;
	enum pl_lang			 lang;
	const struct pl_rule_desc	*rules;	/* for the CI formats */
	size_t				 nrules;
};

/* Appends the report of docs[0..n) in w->format to out. */
void pl_output_render(struct pl_buf *out, const struct pl_output *w,
    const struct pl_doc *const *docs, size_t n, const struct pl_render *r);

/* cmd_init.c: the commented starter configuration `planlint init` writes. */
const char *pl_config_starter(enum pl_lang lang);
int pl_cmd_init(int argc, char **argv);

#endif /* PL_CLI_H */
