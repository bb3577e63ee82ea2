/*
 * buf.c: growable heap strings for output and scratch text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

static void
reserve(struct pl_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;

	if (need <= b->cap)
		return;
	if (b->cap == 0)
		b->cap = 64;
	while (b->cap < need)
		b->cap *= 2;
	b->s = pl_xrealloc(b->s, b->cap);
}

void
pl_buf_add(struct pl_buf *b, const char *s, size_t n)
{
	reserve(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
pl_buf_adds(struct pl_buf *b, const char *s)
{
	pl_buf_add(b, s, strlen(s));
}

void
pl_buf_addc(struct pl_buf *b, char c)
{
	pl_buf_add(b, &c, 1);
}

void
pl_buf_vprintf(struct pl_buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n <= 0)
		return;
	reserve(b, (size_t)n);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void
pl_buf_printf(struct pl_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	pl_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void
pl_buf_reset(struct pl_buf *b)
{
	b->len = 0;
	if (b->s != NULL)
		b->s[0] = '\0';
}

void
pl_buf_free(struct pl_buf *b)
{
	free(b->s);
	memset(b, 0, sizeof(*b));
}

char *
pl_buf_take(struct pl_buf *b)
{
	char *s;

	reserve(b, 0);
	s = b->s;
	s[b->len] = '\0';
	memset(b, 0, sizeof(*b));
	return s;
}
