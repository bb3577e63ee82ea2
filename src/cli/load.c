/*
 * load.c: ingesting the files named on the command line, standard input
 * included, and reporting the ones that fail.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int
load_stdin(const struct pl_ingest_opts *opts, struct pl_doc **out,
    struct pl_err *err)
{
	struct pl_buf b = { 0 };
	char chunk[65536];
	size_t n;
	int rc;

	while ((n = fread(chunk, 1, sizeof(chunk), stdin)) > 0)
		pl_buf_add(&b, chunk, n);
	if (ferror(stdin)) {
		pl_buf_free(&b);
		return pl_err_set(err, PL_E_READ, "-", 0, 0, NULL);
	}
	rc = pl_ingest_bytes("-", b.s != NULL ? b.s : "", b.len, opts, out,
	    err);
	pl_buf_free(&b);
	return rc;
}

int
pl_load_doc(const char *path, const struct pl_ingest_opts *opts,
    struct pl_doc **out, struct pl_err *err)
{
	if (strcmp(path, "-") == 0)
		return load_stdin(opts, out, err);
	return pl_ingest_file(path, opts, out, err);
}
