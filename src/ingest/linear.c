/*
 * linear.c: tables linearized cell by cell by PDF extraction.  (Stub.)
 */
#include "ingest_int.h"

bool
pl_linear_starts(const struct pl_doc *doc, size_t i)
{
	(void)doc;
	(void)i;
	return false;
}

size_t
pl_linear_parse(struct pl_doc *doc, size_t i, struct pl_parse_state *st)
{
	(void)doc;
	(void)st;
	return i + 1;
}
