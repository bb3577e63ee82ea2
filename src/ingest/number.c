/*
 * number.c: numbers written the Vietnamese way, a dot between groups of
 * thousands and a comma before the decimals ("616.565,83", "8,9").
 */
#include <ctype.h>

#include "ingest_int.h"

/* Bytes of the run of digits at s[i..n). */
static size_t
digits(const char *s, size_t n, size_t i)
{
	size_t k = i;

	while (k < n && isdigit((unsigned char)s[k]))
		k++;
	return k - i;
}

/*
 * Reads the number at s[0..n): digits, then dot-separated groups of
 * exactly three digits (thousands), then a comma and the decimals.
 * Readings that are not that pattern:
 *   - "40.216", "9.922": one dot group of three digits is a thousands
 *     separator (domain.md 5.2), never a decimal;
 *   - "1.5", "2.75", "1234.5": a dot followed by anything other than a
 *     group of three digits, after a lone first group, is a decimal
 *     point written the English way; the value is 1.5;
 *   - "3.755.94": a later group that is not three digits ends the number
 *     before that dot (3755, 5 bytes used);
 *   - "1,500.50" (English thousands) reads as 1.5 and stops at the dot:
 *     the corpus has none, rules may flag the odd shape from the text.
 * A comma, a dot or a space not followed by a digit ends the number, so
 * "79%, trong" and "30." read as 79 and 30.  No sign is read.
 * Returns false, with *value 0 and *used 0, when s does not start with a
 * digit.
 */
bool
pl_number_parse(const char *s, size_t n, double *value, size_t *used)
{
	double v = 0, frac = 0, scale = 1;
	size_t i = 0, k, first;
	bool grouped = false;

	*value = 0;
	*used = 0;
	if (n == 0 || !isdigit((unsigned char)s[0]))
		return false;
	first = digits(s, n, 0);
	for (; i < first; i++)
		v = v * 10 + (s[i] - '0');
	/* Thousands groups: ".ddd" not followed by another digit. */
	while (first <= 3 && i + 1 < n && s[i] == '.' &&
	    (k = digits(s, n, i + 1)) == 3) {
		for (size_t j = i + 1; j < i + 4; j++)
			v = v * 10 + (s[j] - '0');
		i += 4;
		grouped = true;
	}
	if (i + 1 < n && (s[i] == ',' || (s[i] == '.' && !grouped)) &&
	    (k = digits(s, n, i + 1)) > 0) {
		/* One rounding: (int part * 10^k + decimals) / 10^k. */
		for (size_t j = i + 1; j < i + 1 + k && j < i + 16; j++) {
			frac = frac * 10 + (s[j] - '0');
			scale *= 10;
		}
		v = (v * scale + frac) / scale;
		i += 1 + k;
	}
	*value = v;
	*used = i;
	return true;
}
