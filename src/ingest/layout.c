/*
 * layout.c: the ingestion driver.  Reads a file, decodes it, then walks
 * the lines once, handing each stretch to the parser of its layout:
 * tab-separated tables, linearized PDF tables, or prose.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"

#define MAX_FILE (64L * 1024 * 1024)

static bool
blank_text(const struct pl_doc *doc)
{
	for (size_t i = 0; i < doc->text.n; i++) {
		size_t len;

		pl_trim(doc->text.lines[i].s, doc->text.lines[i].len, &len);
		if (len > 0)
			return false;
	}
	return true;
}

static void
parse_layout(struct pl_doc *doc)
{
	struct pl_parse_state st = { .section = -1, .top = -1 };
	size_t i = 0, prose = 0, n = doc->text.n;

	pl_meta_parse(doc);
	pl_legend_parse(doc);
	while (i < n) {
		bool table = pl_table_starts(doc, i);

		if (!table && !pl_linear_starts(doc, i)) {
			i++;
			continue;
		}
		pl_prose_parse(doc, prose, i, &st);
		i = table ? pl_table_parse(doc, i, &st) :
		    pl_linear_parse(doc, i, &st);
		prose = i;
	}
	pl_prose_parse(doc, prose, n, &st);
	pl_citations_scan(doc);
	pl_targets_scan(doc);
	/* The page, table, row and cell of each task (a .docx or a PDF). */
	for (size_t k = 0; k < doc->ntasks; k++)
		pl_doc_locate(doc, &doc->tasks[k].pos);
}

int
pl_ingest_bytes(const char *path, const char *bytes, size_t n,
    const struct pl_ingest_opts *opts, struct pl_doc **out,
    struct pl_err *err)
{
	struct pl_doc *doc = pl_doc_new(path);

	*out = NULL;
	if (pl_input_decode(doc, bytes, n, opts != NULL && opts->lenient,
	    err) == -1) {
		pl_doc_free(doc);
		return -1;
	}
	if (blank_text(doc)) {
		pl_doc_free(doc);
		return pl_err_set(err, PL_E_EMPTY, path, 0, 0, NULL);
	}
	parse_layout(doc);
	*out = doc;
	return 0;
}

int
pl_ingest_file(const char *path, const struct pl_ingest_opts *opts,
    struct pl_doc **out, struct pl_err *err)
{
	struct stat sb;
	FILE *f;
	char *bytes;
	size_t n;
	int rc;

	*out = NULL;
	if (stat(path, &sb) == -1)
		return pl_err_set(err, PL_E_OPEN, path, 0, 0, "%s",
		    strerror(errno));
	if (S_ISDIR(sb.st_mode))
		return pl_err_set(err, PL_E_ISDIR, path, 0, 0, NULL);
	if (!S_ISREG(sb.st_mode))
		return pl_err_set(err, PL_E_READ, path, 0, 0, NULL);
	if (sb.st_size > MAX_FILE)
		return pl_err_set(err, PL_E_TOO_BIG, path, 0, 0,
		    "%lld > %ld byte", (long long)sb.st_size, MAX_FILE);
	if ((f = fopen(path, "rb")) == NULL)
		return pl_err_set(err, PL_E_OPEN, path, 0, 0, "%s",
		    strerror(errno));
	bytes = pl_xmalloc((size_t)sb.st_size + 1);
	n = fread(bytes, 1, (size_t)sb.st_size + 1, f);
	if (ferror(f)) {
		rc = pl_err_set(err, PL_E_READ, path, 0, 0, "%s",
		    strerror(errno));
		goto out;
	}
	rc = pl_ingest_bytes(path, bytes, n, opts, out, err);
out:
	fclose(f);
	free(bytes);
	return rc;
}
