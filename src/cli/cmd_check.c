/*
 * cmd_check.c: `planlint check [options] FILE|DIR...` runs the rule packs
 * over plans and reports findings and the 06 rõ scorecard.  Exit status:
 * 0 when no finding reaches --fail-on, 1 when one does, 2 on bad usage,
 * bad rules or a file that cannot be read.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "../rules/rules.h"

static void
usage(FILE *f)
{
	fputs("usage: planlint check "
	    "[--format text|json|sarif|github|gitlab|junit] [--lang vi|en]\n"
	    "           [--fail-on error|warning|info|never] "
	    "[--color auto|always|never]\n"
	    "           [--rules DIR]... [--no-default-rules] "
	    "[--as-of YYYY-MM-DD]\n"
	    "           [--base-dir DIR] [--lenient] [-o FILE] FILE|DIR...\n", f);
}

/* The CI formats: one row each, the reporters share one signature. */
static const struct {
	const char	*name;
	pl_report_fn	 fn;
} ci_formats[] = {
	{ "sarif", pl_report_sarif },
	{ "github", pl_report_github },
	{ "gitlab", pl_report_gitlab },
	{ "junit", pl_report_junit },
};

struct check_opts {
	const char		*format;
	const char		*base_dir;
	const char		*output;
	const char		*color;
	int			 fail_on;	/* lowest failing severity; 3: never */
	char			**dirs;
	size_t			 ndirs;
	bool			 defaults;
	struct pl_check_opts	 check;
	struct pl_ingest_opts	 ingest;
};

static int
parse_fail_on(const char *s)
{
	if (strcmp(s, "never") == 0)
		return 3;
	if (strcmp(s, "error") == 0)
		return PL_SEV_ERROR;
	if (strcmp(s, "warning") == 0)
		return PL_SEV_WARNING;
	if (strcmp(s, "info") == 0)
		return PL_SEV_INFO;
	return -1;
}

static pl_report_fn
ci_format(const char *name)
{
	for (size_t i = 0; i < PL_NELEM(ci_formats); i++)
		if (strcmp(name, ci_formats[i].name) == 0)
			return ci_formats[i].fn;
	return NULL;
}

/* The rules as the CI reporters list them, in id order. */
static void
ci_report(struct pl_buf *out, pl_report_fn fn, const struct pl_ruleset *rs,
    struct pl_doc *const *docs, size_t n, const struct check_opts *o)
{
	size_t nrules = pl_ruleset_count(rs);
	struct pl_rule_desc *d = pl_xcalloc(nrules + 1, sizeof(*d));
	struct pl_report_opts ro = { 0 };
	struct pl_rule_info ri;

	for (size_t i = 0; i < nrules; i++) {
		pl_ruleset_info(rs, i, o->check.lang, &ri);
		d[i].id = ri.id;
		d[i].severity = ri.severity;
		d[i].short_desc = ri.summary;
		d[i].full_desc = ri.description;
		d[i].help = ri.hint;
	}
	ro.version = PL_VERSION;
	ro.base_dir = o->base_dir;
	ro.lang = o->check.lang;
	fn(out, (const struct pl_doc *const *)docs, n, d, nrules, &ro);
	free(d);
}

/* 0, 1 for --help, -1 on bad usage (already reported). */
static int
parse(int argc, char **argv, struct check_opts *o)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "lang", required_argument, NULL, 'l' },
		{ "fail-on", required_argument, NULL, 'F' },
		{ "color", required_argument, NULL, 'C' },
		{ "rules", required_argument, NULL, 'r' },
		{ "no-default-rules", no_argument, NULL, 'N' },
		{ "as-of", required_argument, NULL, 'A' },
		{ "lenient", no_argument, NULL, 'L' },
		{ "base-dir", required_argument, NULL, 'B' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	enum pl_lang lang = PL_LANG_VI;
	int c;

	memset(o, 0, sizeof(*o));
	o->format = "text";
	o->color = "auto";
	o->fail_on = PL_SEV_ERROR;
	o->defaults = true;
	o->dirs = pl_xcalloc((size_t)argc + 1, sizeof(*o->dirs));
	optind = 1;
	while ((c = getopt_long(argc, argv, "f:o:r:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			o->format = optarg;
			break;
		case 'o':
			o->output = optarg;
			break;
		case 'l':
			if (strcmp(optarg, "vi") != 0 &&
			    strcmp(optarg, "en") != 0) {
				pl_diag_usage(stderr, lang, "--lang %s", optarg);
				return -1;
			}
			lang = optarg[0] == 'e' ? PL_LANG_EN : PL_LANG_VI;
			break;
		case 'F':
			if ((o->fail_on = parse_fail_on(optarg)) == -1) {
				pl_diag_usage(stderr, lang, "--fail-on %s",
				    optarg);
				return -1;
			}
			break;
		case 'C':
			o->color = optarg;
			if (strcmp(optarg, "auto") != 0 &&
			    strcmp(optarg, "always") != 0 &&
			    strcmp(optarg, "never") != 0) {
				pl_diag_usage(stderr, lang, "--color %s", optarg);
				return -1;
			}
			break;
		case 'r':
			o->dirs[o->ndirs++] = optarg;
			break;
		case 'N':
			o->defaults = false;
			break;
		case 'A':
			if (pl_date_parse_iso(optarg, &o->check.as_of) == -1) {
				struct pl_err err;

				pl_err_set(&err, PL_E_DATE, "", 0, 0,
				    "--as-of %s", optarg);
				pl_diag_error(stderr, &err, lang);
				return -1;
			}
			break;
		case 'L':
			o->ingest.lenient = true;
			break;
		case 'B':
			o->base_dir = optarg;
			break;
		case 'h':
			return 1;
		default:
			usage(stderr);
			return -1;
		}
	}
	o->check.lang = lang;
	if (strcmp(o->format, "text") != 0 && strcmp(o->format, "json") != 0 &&
	    ci_format(o->format) == NULL) {
		pl_diag_usage(stderr, lang, "--format %s", o->format);
		return -1;
	}
	if (optind >= argc) {
		usage(stderr);
		return -1;
	}
	return 0;
}

static bool
want_color(const struct check_opts *o)
{
	const char *term = getenv("TERM");

	if (strcmp(o->color, "always") == 0)
		return true;
	if (strcmp(o->color, "never") == 0)
		return false;
	if (o->output != NULL && strcmp(o->output, "-") != 0)
		return false;
	if (getenv("NO_COLOR") != NULL && getenv("NO_COLOR")[0] != '\0')
		return false;
	return isatty(STDOUT_FILENO) && term != NULL &&
	    strcmp(term, "dumb") != 0;
}

int
pl_cmd_check(int argc, char **argv)
{
	struct check_opts o;
	struct pl_paths paths = { 0 };
	struct pl_ruleset *rs = NULL;
	struct pl_doc **docs = NULL;
	struct pl_buf out = { 0 };
	struct pl_err err;
	enum pl_lang lang;
	size_t ndocs = 0;
	int rc = PL_EXIT_OK, c;

	if ((c = parse(argc, argv, &o)) != 0) {
		if (c == 1)
			usage(stdout);
		free(o.dirs);
		return c == 1 ? PL_EXIT_OK : PL_EXIT_ERROR;
	}
	lang = o.check.lang;
	if (pl_cli_load_rules(o.dirs, o.ndirs, o.defaults, &rs, &err) == -1) {
		pl_diag_error(stderr, &err, lang);
		free(o.dirs);
		return PL_EXIT_ERROR;
	}
	if (pl_paths_collect(argv + optind, argc - optind, &paths, &err) == -1) {
		pl_diag_error(stderr, &err, lang);
		rc = PL_EXIT_ERROR;
		goto out;
	}
	docs = pl_xcalloc(paths.n + 1, sizeof(*docs));
	for (size_t i = 0; i < paths.n; i++) {
		if (pl_load_doc(paths.v[i], &o.ingest, &docs[ndocs], &err) == -1) {
			pl_diag_error(stderr, &err, lang);
			rc = PL_EXIT_ERROR;
			continue;
		}
		for (size_t w = 0; w < docs[ndocs]->warnings.n; w++)
			fprintf(stderr, "%s:%s\n", paths.v[i],
			    docs[ndocs]->warnings.v[w]);
		ndocs++;
	}
	if (pl_check_docs(rs, docs, ndocs, &o.check, &err) == -1) {
		pl_diag_error(stderr, &err, lang);
		rc = PL_EXIT_ERROR;
		goto out;
	}
	if (ci_format(o.format) != NULL)
		ci_report(&out, ci_format(o.format), rs, docs, ndocs, &o);
	else if (strcmp(o.format, "json") == 0)
		pl_report_check_json(&out, (const struct pl_doc *const *)docs,
		    ndocs);
	else
		pl_report_check_text(&out, (const struct pl_doc *const *)docs,
		    ndocs, lang, want_color(&o));
	if (pl_write_output(o.output, &out, &err) == -1) {
		pl_diag_error(stderr, &err, lang);
		rc = PL_EXIT_ERROR;
	}
	for (size_t i = 0; i < ndocs && rc == PL_EXIT_OK; i++)
		for (size_t k = 0; k < docs[i]->nfindings; k++)
			if ((int)docs[i]->findings[k].severity >= o.fail_on) {
				rc = PL_EXIT_FINDINGS;
				break;
			}
out:
	pl_buf_free(&out);
	for (size_t i = 0; i < ndocs; i++)
		pl_doc_free(docs[i]);
	free(docs);
	pl_paths_free(&paths);
	pl_ruleset_free(rs);
	free(o.dirs);
	return rc;
}
