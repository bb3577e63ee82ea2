/*
 * number.c: Vietnamese-format numbers.  (Stub.)
 */
#include "ingest_int.h"

bool
pl_number_parse(const char *s, size_t n, double *value, size_t *used)
{
	(void)s;
	(void)n;
	*value = 0;
	*used = 0;
	return false;
}
