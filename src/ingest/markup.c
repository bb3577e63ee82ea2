/*
 * markup.c: removes markup that leaks into text extracted from Word and
 * PDF: HTML tags and entities in table cells (<ul style=...>, <li>,
 * &nbsp;), Markdown emphasis (**...**, *...*) and stray "_{...}".
 */
#include <string.h>

#include "ingest_int.h"

static const struct {
	const char	*name;
	const char	*text;
} entities[] = {
	{ "&nbsp;", " " }, { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" },
	{ "&quot;", "\"" }, { "&#39;", "'" }, { "&apos;", "'" },
};

/* Length of an HTML tag at s ("<li>", "</ul>", "<br/>", "<ul style=..>"), or 0. */
static size_t
tag_len(const char *s, size_t n)
{
	size_t i = 1;

	if (n < 3 || s[0] != '<')
		return 0;
	if (s[i] == '/')
		i++;
	if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
		return 0;
	while (i < n && s[i] != '>' && s[i] != '<' && i < 512)
		i++;
	return i < n && s[i] == '>' ? i + 1 : 0;
}

char *
pl_markup_strip(struct pl_arena *a, const char *s, size_t n, size_t *outlen)
{
	char *out = pl_arena_alloc(a, n + 1), *q = out;
	size_t i = 0, k;

	while (i < n) {
		if (s[i] == '<' && (k = tag_len(s + i, n - i)) > 0) {
			/* A tag between words must not glue them together. */
			if (q > out && q[-1] != ' ')
				*q++ = ' ';
			i += k;
			continue;
		}
		if (s[i] == '&') {
			for (k = 0; k < PL_NELEM(entities); k++) {
				size_t el = strlen(entities[k].name);

				if (n - i >= el &&
				    memcmp(s + i, entities[k].name, el) == 0) {
					q = stpcpy(q, entities[k].text);
					i += el;
					break;
				}
			}
			if (k < PL_NELEM(entities))
				continue;
		}
		if (s[i] == '*') {
			/* Emphasis markers; a lone "*" after a word is kept
			 * (footnote marks, "Số *"). */
			size_t run = 1;

			while (i + run < n && s[i + run] == '*')
				run++;
			if (run >= 2 || (i + 1 < n && s[i + 1] != ' ') ||
			    (i > 0 && s[i - 1] != ' ')) {
				i += run;
				continue;
			}
		}
		if (s[i] == '_' && i + 1 < n && s[i + 1] == '{') {
			/* "_{BTGDVĐU}": keep the content, drop the wrapper. */
			const char *end = memchr(s + i, '}', n - i);

			if (end != NULL) {
				if (q > out && q[-1] != ' ')
					*q++ = ' ';
				memcpy(q, s + i + 2, (size_t)(end - s - i - 2));
				q += end - s - i - 2;
				i = (size_t)(end - s) + 1;
				continue;
			}
		}
		*q++ = s[i++];
	}
	*q = '\0';
	*outlen = (size_t)(q - out);
	return out;
}
