/*
 * deadline.c: deadline classes and due dates.  (Stub.)
 */
#include "ingest_int.h"

void
pl_deadline_parse(struct pl_arena *a, const char *text,
    struct pl_deadline *out)
{
	(void)a;
	out->text = text;
	out->cls = text == NULL ? PL_DL_MISSING : PL_DL_VAGUE;
}

const char *
pl_deadline_find(struct pl_arena *a, const char *text)
{
	(void)a;
	(void)text;
	return NULL;
}
