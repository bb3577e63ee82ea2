/*
 * utf8.c: decoding, normalization and case folding of UTF-8 text, on top
 * of utf8proc (Unicode tables are its job, not ours).
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base.h"

int
pl_utf8_decode(const char *s, size_t n, int32_t *cp)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t len;

	if (n == 0)
		return 0;
	len = utf8proc_iterate((const utf8proc_uint8_t *)s,
	    (utf8proc_ssize_t)(n > 4 ? 4 : n), &c);
	if (len <= 0 || c < 0)
		return 0;
	*cp = c;
	return (int)len;
}

int
pl_utf8_encode(int32_t cp, char out[4])
{
	return (int)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}

size_t
pl_utf8_count(const char *s, size_t n)
{
	size_t count = 0;

	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			count++;
	return count;
}

char *
pl_utf8_nfc(struct pl_arena *a, const char *s, size_t n)
{
	utf8proc_uint8_t *out = NULL;
	utf8proc_ssize_t len;
	char *r;

	len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
	    &out, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (len < 0) {
		/* Only on invalid input, which the reader has already refused. */
		free(out);
		return pl_arena_strndup(a, s, n);
	}
	r = pl_arena_strndup(a, (const char *)out, (size_t)len);
	free(out);
	return r;
}

void
pl_utf8_lower(const char *s, size_t n, char *out)
{
	size_t i = 0;
	int32_t cp;
	int len, llen;
	char enc[4];

	while (i < n) {
		len = pl_utf8_decode(s + i, n - i, &cp);
		if (len == 0) {
			out[i] = s[i];
			i++;
			continue;
		}
		llen = pl_utf8_encode(utf8proc_tolower(cp), enc);
		if (llen == len)
			memcpy(out + i, enc, (size_t)len);
		else
			memcpy(out + i, s + i, (size_t)len);
		i += (size_t)len;
	}
	out[n] = '\0';
}

char *
pl_utf8_fold_ascii(struct pl_arena *a, const char *s, size_t n)
{
	utf8proc_uint8_t *out = NULL;
	utf8proc_ssize_t len;
	char *r;

	len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
	    &out, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK |
	    UTF8PROC_CASEFOLD);
	if (len < 0) {
		free(out);
		return pl_arena_strndup(a, s, n);
	}
	r = pl_arena_strndup(a, (const char *)out, (size_t)len);
	free(out);
	/* đ (U+0111) has no decomposition: fold it by hand to d. */
	for (char *p = r, *q = r; ; ) {
		if ((unsigned char)p[0] == 0xC4 && (unsigned char)p[1] == 0x91) {
			*q++ = 'd';
			p += 2;
			continue;
		}
		if ((*q++ = *p++) == '\0')
			break;
	}
	return r;
}

bool
pl_utf8_is_upper_at(const char *s, size_t n)
{
	int32_t cp;

	if (pl_utf8_decode(s, n, &cp) == 0)
		return false;
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

bool
pl_utf8_is_alpha_at(const char *s, size_t n)
{
	int32_t cp;
	utf8proc_category_t c;

	if (pl_utf8_decode(s, n, &cp) == 0)
		return false;
	c = utf8proc_category(cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}
