/*
 * meta.c: document metadata from the header block.  (Stub: filled in by
 * the metadata work.)
 */
#include "ingest_int.h"

void
pl_meta_parse(struct pl_doc *doc)
{
	(void)doc;
}
