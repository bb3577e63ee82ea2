/*
 * section.c: headings and the section tree.  (Stub.)
 */
#include "ingest_int.h"

int
pl_section_heading(struct pl_doc *doc, size_t i, struct pl_parse_state *st)
{
	(void)doc;
	(void)i;
	(void)st;
	return -1;
}

const char *
pl_section_path(const struct pl_doc *doc, int section)
{
	if (section < 0 || (size_t)section >= doc->nsections)
		return "";
	return doc->sections[section].id;
}
