/*
 * cmd_extract.c: `planlint extract [--format json|text|sqlite] [-o FILE]
 * FILE...` prints the structured items ingestion found in each plan, or
 * writes them into an SQLite database (-o required).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void
usage(FILE *f)
{
	fputs("usage: planlint extract [--format json|text|sqlite] [--lenient] "
	    "[--lang vi|en] [-o FILE] FILE|DIR...\n", f);
}

int
pl_cmd_extract(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "lenient", no_argument, NULL, 'L' },
		{ "lang", required_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct pl_ingest_opts opts = { 0 };
	struct pl_paths paths = { 0 };
	struct pl_doc **docs = NULL;
	struct pl_buf out = { 0 };
	struct pl_err err;
	enum pl_lang lang = PL_LANG_VI;
	const char *format = "json", *output = NULL;
	size_t ndocs = 0;
	int c, rc = PL_EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "f:o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			format = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		case 'L':
			opts.lenient = true;
			break;
		case 'l':
			lang = strcmp(optarg, "en") == 0 ? PL_LANG_EN : PL_LANG_VI;
			break;
		case 'h':
			usage(stdout);
			return PL_EXIT_OK;
		default:
			usage(stderr);
			return PL_EXIT_ERROR;
		}
	}
	if (strcmp(format, "json") != 0 && strcmp(format, "text") != 0 &&
	    strcmp(format, "sqlite") != 0) {
		pl_diag_usage(stderr, lang, "--format %s", format);
		return PL_EXIT_ERROR;
	}
	/* A database is a file that is updated in place, never a stream. */
	if (strcmp(format, "sqlite") == 0 &&
	    (output == NULL || strcmp(output, "-") == 0)) {
		pl_diag_usage(stderr, lang, lang == PL_LANG_EN ?
		    "--format sqlite needs -o FILE (the database to write)" :
		    "--format sqlite cần -o TỆP (cơ sở dữ liệu để ghi vào)");
		return PL_EXIT_ERROR;
	}
	if (optind >= argc) {
		usage(stderr);
		return PL_EXIT_ERROR;
	}
	if (pl_paths_collect(argv + optind, argc - optind, &paths, &err) == -1) {
		pl_diag_error(stderr, &err, lang);
		return PL_EXIT_ERROR;
	}
	docs = pl_xcalloc(paths.n ? paths.n : 1, sizeof(*docs));
	for (size_t i = 0; i < paths.n; i++) {
		if (pl_load_doc(paths.v[i], &opts, &docs[ndocs], &err) == -1) {
			pl_diag_error(stderr, &err, lang);
			rc = PL_EXIT_ERROR;
			continue;
		}
		for (size_t w = 0; w < docs[ndocs]->warnings.n; w++)
			fprintf(stderr, "%s:%s\n", paths.v[i],
			    docs[ndocs]->warnings.v[w]);
		ndocs++;
	}
	if (strcmp(format, "sqlite") == 0) {
		/* As below: no database is touched when every input failed. */
		if ((ndocs > 0 || rc == PL_EXIT_OK) &&
		    pl_report_sqlite(output, (const struct pl_doc *const *)docs,
		    ndocs, NULL, &err) == -1) {
			pl_diag_error(stderr, &err, lang);
			rc = PL_EXIT_ERROR;
		}
		goto out;
	}
	if (strcmp(format, "json") == 0)
		pl_report_extract_json(&out,
		    (const struct pl_doc *const *)docs, ndocs);
	else
		pl_report_extract_text(&out,
		    (const struct pl_doc *const *)docs, ndocs);
	/* Nothing to show when every input failed: the errors say it all. */
	if ((ndocs > 0 || rc == PL_EXIT_OK) &&
	    pl_write_output(output, &out, &err) == -1) {
		pl_diag_error(stderr, &err, lang);
		rc = PL_EXIT_ERROR;
	}
out:
	pl_buf_free(&out);
	for (size_t i = 0; i < ndocs; i++)
		pl_doc_free(docs[i]);
	free(docs);
	pl_paths_free(&paths);
	return rc;
}
