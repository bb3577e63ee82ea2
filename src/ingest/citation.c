/*
 * citation.c: cited documents and symbols.  (Stub.)
 */
#include "ingest_int.h"

void
pl_citations_scan(struct pl_doc *doc)
{
	(void)doc;
}
