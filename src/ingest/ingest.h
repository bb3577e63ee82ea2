/*
 * ingest.h: the ingestion stage, bytes -> struct pl_doc.  Reads a plan
 * as UTF-8/UTF-16 text, normalizes it (NFC, LF, markup stripped) and
 * extracts metadata, sections, tasks, targets and citations.
 */
#ifndef PL_INGEST_H
#define PL_INGEST_H

#include <stdbool.h>
#include <stddef.h>

#include "../model/model.h"

struct pl_ingest_opts {
	bool	lenient;	/* replace invalid UTF-8 by U+FFFD with a warning */
};

/*
 * Reads and parses the file at path.  On success returns 0 and stores a
 * new document in *out (free with pl_doc_free).  On bad input returns -1
 * and fills err with the file and position; *out is then NULL.
 */
int pl_ingest_file(const char *path, const struct pl_ingest_opts *opts,
    struct pl_doc **out, struct pl_err *err);

/* The same for bytes already in memory; path names them in errors. */
int pl_ingest_bytes(const char *path, const char *bytes, size_t n,
    const struct pl_ingest_opts *opts, struct pl_doc **out,
    struct pl_err *err);

#endif /* PL_INGEST_H */
