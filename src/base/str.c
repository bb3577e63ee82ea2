/*
 * str.c: small string helpers shared by the parsers: trimming, space
 * squashing and Vietnamese-aware case-insensitive search.
 */
#include <stdlib.h>
#include <string.h>

#include "base.h"

bool
pl_is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

/* Length of a space at s: ASCII space or U+00A0 (C2 A0). */
static size_t
space_len(const char *s, size_t n)
{
	if (n >= 1 && pl_is_space((unsigned char)s[0]))
		return 1;
	if (n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
		return 2;
	return 0;
}

const char *
pl_trim(const char *s, size_t n, size_t *outlen)
{
	size_t k;

	while (n > 0 && (k = space_len(s, n)) > 0) {
		s += k;
		n -= k;
	}
	for (;;) {
		if (n >= 1 && pl_is_space((unsigned char)s[n - 1]))
			n--;
		else if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 &&
		    (unsigned char)s[n - 1] == 0xA0)
			n -= 2;
		else
			break;
	}
	*outlen = n;
	return s;
}

char *
pl_arena_trimdup(struct pl_arena *a, const char *s, size_t n)
{
	size_t len;
	const char *t = pl_trim(s, n, &len);

	return pl_arena_strndup(a, t, len);
}

bool
pl_starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool
pl_istarts_with(const char *s, const char *prefix)
{
	size_t n = strlen(prefix), m = strnlen(s, n);
	char *a, *b;
	bool r;

	if (m < n)
		return false;
	a = pl_xmalloc(n + 1);
	b = pl_xmalloc(n + 1);
	pl_utf8_lower(s, n, a);
	pl_utf8_lower(prefix, n, b);
	r = memcmp(a, b, n) == 0;
	free(a);
	free(b);
	return r;
}

const char *
pl_istrstr(const char *hay, const char *needle)
{
	size_t hn = strlen(hay), nn = strlen(needle);
	char *h = pl_xmalloc(hn + 1), *nd = pl_xmalloc(nn + 1);
	const char *r = NULL, *p;

	pl_utf8_lower(hay, hn, h);
	pl_utf8_lower(needle, nn, nd);
	/* Lowercasing keeps byte offsets, so a hit maps back to hay. */
	if ((p = strstr(h, nd)) != NULL)
		r = hay + (p - h);
	free(h);
	free(nd);
	return r;
}

char *
pl_squash_space(struct pl_arena *a, const char *s, size_t n)
{
	char *out = pl_arena_alloc(a, n + 1), *q = out;
	size_t i = 0, k;
	bool space = false;

	while (i < n) {
		if ((k = space_len(s + i, n - i)) > 0) {
			space = q != out;
			i += k;
			continue;
		}
		if (space)
			*q++ = ' ';
		space = false;
		*q++ = s[i++];
	}
	*q = '\0';
	return out;
}
