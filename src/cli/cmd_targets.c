/*
 * cmd_targets.c: `planlint targets [--format text|csv|json|md] FILE...`
 * prints the targets (chỉ tiêu) of several plans side by side, one row
 * per indicator, year or period and place, with the figures that the
 * target rules find at odds marked.  Exit status: 0, or 2 on bad usage,
 * bad rules or a file that cannot be read.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const struct {
	const char	*name;
	void		(*fn)(struct pl_buf *, const struct pl_matrix *,
			    const struct pl_targets_opts *);
} formats[] = {
	{ "text", pl_report_targets_text },
	{ "csv", pl_report_targets_csv },
	{ "json", pl_report_targets_json },
	{ "md", pl_report_targets_md },
};

static void
usage(FILE *f)
{
	fputs("usage: planlint targets [--format text|csv|json|md] [-o FILE] "
	    "[--lang vi|en]\n"
	    "           [--only-mismatches] [--bom] [--rules DIR]... "
	    "[--no-default-rules]\n"
	    "           [--lenient] FILE|DIR...\n", f);
}

struct targets_opts {
	size_t			 format;	/* index in formats[] */
	const char		*output;
	char			**dirs;	/* --rules */
	size_t			 ndirs;
	bool			 defaults;
	struct pl_targets_opts	 report;
	struct pl_ingest_opts	 ingest;
};

/* 0, 1 for --help, -1 on bad usage (already reported). */
static int
parse(int argc, char **argv, struct targets_opts *o)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "lang", required_argument, NULL, 'l' },
		{ "rules", required_argument, NULL, 'r' },
		{ "no-default-rules", no_argument, NULL, 'N' },
		{ "only-mismatches", no_argument, NULL, 'm' },
		{ "bom", no_argument, NULL, 'b' },
		{ "lenient", no_argument, NULL, 'L' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *format = "text";
	int c;

	memset(o, 0, sizeof(*o));
	o->defaults = true;
	o->dirs = pl_xcalloc((size_t)argc + 1, sizeof(*o->dirs));
	optind = 1;
	while ((c = getopt_long(argc, argv, "f:o:r:h", longopts, NULL)) !=
	    -1) {
		switch (c) {
		case 'f':
			format = optarg;
			break;
		case 'o':
			o->output = optarg;
			break;
		case 'l':
			if (strcmp(optarg, "vi") != 0 &&
			    strcmp(optarg, "en") != 0) {
				pl_diag_usage(stderr, o->report.lang,
				    "--lang %s", optarg);
				return -1;
			}
			o->report.lang = optarg[0] == 'e' ? PL_LANG_EN :
			    PL_LANG_VI;
			break;
		case 'r':
			o->dirs[o->ndirs++] = optarg;
			break;
		case 'N':
			o->defaults = false;
			break;
		case 'm':
			o->report.only_mismatches = true;
			break;
		case 'b':
			o->report.bom = true;
			break;
		case 'L':
			o->ingest.lenient = true;
			break;
		case 'h':
			return 1;
		default:
			usage(stderr);
			return -1;
		}
	}
	for (o->format = 0; o->format < PL_NELEM(formats); o->format++)
		if (strcmp(format, formats[o->format].name) == 0)
			break;
	if (o->format == PL_NELEM(formats)) {
		pl_diag_usage(stderr, o->report.lang, "--format %s", format);
		return -1;
	}
	if (optind >= argc) {
		usage(stderr);
		return -1;
	}
	return 0;
}

int
pl_cmd_targets(int argc, char **argv)
{
	struct targets_opts o;
	struct pl_paths paths = { 0 };
	struct pl_ruleset *rs = NULL;
	struct pl_doc **docs = NULL;
	struct pl_matrix m = { 0 };
	struct pl_buf out = { 0 };
	struct pl_err err;
	size_t ndocs = 0;
	int rc = PL_EXIT_OK, c;

	if ((c = parse(argc, argv, &o)) != 0) {
		if (c == 1)
			usage(stdout);
		rc = c == 1 ? PL_EXIT_OK : PL_EXIT_ERROR;
		goto out;
	}
	if (pl_cli_load_rules(o.dirs, o.ndirs, o.defaults, &rs, &err) == -1 ||
	    pl_paths_collect(argv + optind, argc - optind, &paths,
	    &err) == -1)
		goto fail;
	docs = pl_xcalloc(paths.n + 1, sizeof(*docs));
	for (size_t i = 0; i < paths.n; i++) {
		if (pl_load_doc(paths.v[i], &o.ingest, &docs[ndocs],
		    &err) == -1) {
			pl_diag_error(stderr, &err, o.report.lang);
			rc = PL_EXIT_ERROR;
			continue;
		}
		for (size_t w = 0; w < docs[ndocs]->warnings.n; w++)
			fprintf(stderr, "%s:%s\n", paths.v[i],
			    docs[ndocs]->warnings.v[w]);
		ndocs++;
	}
	/* Nothing to show when every input failed: the errors say it all. */
	if (ndocs == 0 && rc != PL_EXIT_OK)
		goto out;
	if (pl_targets_matrix(rs, docs, ndocs, o.report.lang, &m, &err) == -1)
		goto fail;
	formats[o.format].fn(&out, &m, &o.report);
	if (pl_write_output(o.output, &out, &err) == -1)
		goto fail;
	goto out;
fail:
	pl_diag_error(stderr, &err, o.report.lang);
	rc = PL_EXIT_ERROR;
out:
	pl_matrix_free(&m);
	pl_buf_free(&out);
	for (size_t i = 0; i < ndocs; i++)
		pl_doc_free(docs[i]);
	free(docs);
	pl_ruleset_free(rs);
	pl_paths_free(&paths);
	free(o.dirs);
	return rc;
}
