/*
 * xalloc.c: allocation wrappers.  Out of memory is the one condition that
 * aborts, here and nowhere else, so no caller ever checks for NULL.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

static void
oom(size_t n)
{
	fprintf(stderr, "planlint: out of memory (%zu bytes)\n", n);
	abort();
}

void *
pl_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		oom(n);
	return p;
}

void *
pl_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		oom(n * size);
	return p;
}

void *
pl_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (q == NULL)
		oom(n);
	return q;
}

char *
pl_xstrdup(const char *s)
{
	return pl_xstrndup(s, strlen(s));
}

char *
pl_xstrndup(const char *s, size_t n)
{
	char *p = pl_xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}
