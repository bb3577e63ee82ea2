/*
 * agency.c: agency names in lead and coordinator cells.  (Stub.)
 */
#include <string.h>

#include "ingest_int.h"

void
pl_legend_parse(struct pl_doc *doc)
{
	(void)doc;
}

void
pl_agency_split(struct pl_doc *doc, const char *cell, struct pl_strlist *out,
    bool *parts)
{
	size_t len;
	const char *t;

	*parts = false;
	if (cell == NULL)
		return;
	t = pl_trim(cell, strlen(cell), &len);
	if (len > 0)
		pl_strlist_add(doc->arena, out, pl_arena_strndup(doc->arena, t,
		    len));
}

void
pl_agency_from_prose(struct pl_doc *doc, const char *text, struct pl_task *t)
{
	(void)doc;
	(void)text;
	(void)t;
}
