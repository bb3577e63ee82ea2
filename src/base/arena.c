/*
 * arena.c: bump allocation in chained blocks.  A document's model and a
 * rule set each live in one arena, freed once; nothing in it is freed
 * piecemeal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

#define BLOCK_SIZE (64 * 1024)
#define ALIGN	   (sizeof(max_align_t))

struct block {
	struct block	*next;
	size_t		 used;
	size_t		 size;
	max_align_t	 data[];
};

struct pl_arena {
	struct block	*head;
};

struct pl_arena *
pl_arena_new(void)
{
	return pl_xcalloc(1, sizeof(struct pl_arena));
}

void
pl_arena_free(struct pl_arena *a)
{
	struct block *b, *next;

	if (a == NULL)
		return;
	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	free(a);
}

void *
pl_arena_alloc(struct pl_arena *a, size_t n)
{
	struct block *b = a->head;
	size_t size;
	void *p;

	n = (n + ALIGN - 1) / ALIGN * ALIGN;
	if (n == 0)
		n = ALIGN;
	if (b == NULL || b->size - b->used < n) {
		/* Large requests get a block of their own, kept behind the head. */
		size = n > BLOCK_SIZE / 4 ? n : BLOCK_SIZE;
		b = pl_xmalloc(sizeof(*b) + size);
		b->used = 0;
		b->size = size;
		if (size != BLOCK_SIZE && a->head != NULL) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	p = (char *)b->data + b->used;
	b->used += n;
	memset(p, 0, n);
	return p;
}

char *
pl_arena_strndup(struct pl_arena *a, const char *s, size_t n)
{
	char *p = pl_arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
pl_arena_strdup(struct pl_arena *a, const char *s)
{
	return s == NULL ? NULL : pl_arena_strndup(a, s, strlen(s));
}

char *
pl_arena_printf(struct pl_arena *a, const char *fmt, ...)
{
	va_list ap, ap2;
	int n;
	char *p;

	va_start(ap, fmt);
	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	p = pl_arena_alloc(a, (size_t)(n < 0 ? 0 : n) + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	return p;
}

void *
pl_vec_push(struct pl_arena *a, void *v, size_t *n, size_t *cap, size_t size)
{
	void **vp = v;
	char *nv;

	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 8;

		nv = pl_arena_alloc(a, ncap * size);
		if (*n > 0)
			memcpy(nv, *vp, *n * size);
		*vp = nv;
		*cap = ncap;
	}
	nv = (char *)*vp + (*n)++ * size;
	memset(nv, 0, size);
	return nv;
}
