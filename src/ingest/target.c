/*
 * target.c: numeric targets (chỉ tiêu).  (Stub.)
 */
#include "ingest_int.h"

void
pl_targets_scan(struct pl_doc *doc)
{
	(void)doc;
}
