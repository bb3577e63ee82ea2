/*
 * prose.c: tasks written as numbered prose items.  (Stub.)
 */
#include "ingest_int.h"

void
pl_prose_parse(struct pl_doc *doc, size_t a, size_t b,
    struct pl_parse_state *st)
{
	for (size_t i = a; i < b; i++)
		pl_section_heading(doc, i, st);
}
