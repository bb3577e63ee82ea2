/*
 * table.c: tab-separated assignment tables.  (Stub.)
 */
#include "ingest_int.h"

bool
pl_table_starts(const struct pl_doc *doc, size_t i)
{
	(void)doc;
	(void)i;
	return false;
}

size_t
pl_table_parse(struct pl_doc *doc, size_t i, struct pl_parse_state *st)
{
	(void)doc;
	(void)st;
	return i + 1;
}
