/*
 * words.c: small scanners shared by the field parsers (deadline.c,
 * figure.c, target.c, citation.c): word boundaries, literal words,
 * dashes and years, on UTF-8 text, by byte offset.  Words are matched on
 * a copy lowercased with pl_utf8_lower, which keeps every offset.
 */
#include <ctype.h>
#include <string.h>

#include "ingest_int.h"

bool
pl_word_alnum(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];

	if (c < 0x80)
		return isalnum(c);
	return pl_utf8_is_alpha_at(s + i, n - i);
}

size_t
pl_word_cplen(const char *s, size_t n, size_t i)
{
	int32_t cp;
	int len = pl_utf8_decode(s + i, n - i, &cp);

	return len > 0 ? (size_t)len : 1;
}

size_t
pl_word_prev(const char *s, size_t i)
{
	do
		i--;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
	return i;
}

bool
pl_word_start(const char *s, size_t n, size_t i)
{
	return i == 0 || !pl_word_alnum(s, n, pl_word_prev(s, i));
}

bool
pl_word_end(const char *s, size_t n, size_t i)
{
	return i >= n || !pl_word_alnum(s, n, i);
}

void
pl_word_skip_space(const char *s, size_t n, size_t *i)
{
	while (*i < n && s[*i] == ' ')
		(*i)++;
}

bool
pl_word_lit(const char *lo, size_t n, size_t *i, const char *w)
{
	size_t len = strlen(w);

	if (*i + len > n || memcmp(lo + *i, w, len) != 0 ||
	    !pl_word_end(lo, n, *i + len))
		return false;
	*i += len;
	return true;
}

size_t
pl_word_find(const char *lo, size_t n, size_t from, const char *w)
{
	size_t len = strlen(w);
	const char *p;

	while (from < n && (p = strstr(lo + from, w)) != NULL) {
		size_t at = (size_t)(p - lo);

		if (at + len > n)
			break;
		if (pl_word_start(lo, n, at) && pl_word_end(lo, n, at + len))
			return at;
		from = at + 1;
	}
	return n;
}

size_t
pl_word_before(const char *lo, size_t n, size_t lb, size_t a, const char *w)
{
	size_t len = strlen(w);

	while (a > lb && lo[a - 1] == ' ')
		a--;
	if (a >= lb + len && memcmp(lo + a - len, w, len) == 0 &&
	    (!pl_word_alnum(w, len, 0) || pl_word_start(lo, n, a - len)))
		return a - len;
	return SIZE_MAX;
}

bool
pl_word_dash(const char *s, size_t n, size_t *i)
{
	size_t k = *i;

	pl_word_skip_space(s, n, &k);
	if (k < n && s[k] == '-')
		k++;
	else if (k + 2 < n && (unsigned char)s[k] == 0xE2 &&
	    (unsigned char)s[k + 1] == 0x80 &&
	    ((unsigned char)s[k + 2] == 0x93 || (unsigned char)s[k + 2] == 0x94))
		k += 3;
	else
		return false;
	pl_word_skip_space(s, n, &k);
	*i = k;
	return true;
}

bool
pl_word_year(const char *s, size_t n, size_t *i, int *y)
{
	size_t k = *i;
	int v = 0;

	while (k < n && isdigit((unsigned char)s[k]) && k - *i < 5)
		v = v * 10 + (s[k++] - '0');
	if (k - *i != 4 || v < 1900 || v > 2199)
		return false;
	/* Not the head of a longer number: "2026,5", "2026.500". */
	if (k + 1 < n && (s[k] == '.' || s[k] == ',') &&
	    isdigit((unsigned char)s[k + 1]))
		return false;
	*y = v;
	*i = k;
	return true;
}
