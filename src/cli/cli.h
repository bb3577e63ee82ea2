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
 * *.txt and *.md in byte order of their paths.  Returns -1 with err when
 * an argument does not exist. */
int pl_paths_collect(char **args, int nargs, struct pl_paths *out,
    struct pl_err *err);
void pl_paths_free(struct pl_paths *p);

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

/* cmd_rules.c: loads the shipped packs (found next to the executable:
 * ../share/planlint/rules, or the source tree's rules/ above build/) when
 * defaults is set, then each of user[0..nuser) in order.  As
 * pl_ruleset_load; -1 with err also when no shipped pack is found. */
struct pl_ruleset;
int pl_cli_load_rules(char *const *user, size_t nuser, bool defaults,
    struct pl_ruleset **out, struct pl_err *err);

#endif /* PL_CLI_H */
