/*
 * location.c: how the check reporters name a document: its path relative
 * to the base directory, and that path as a URI reference (SARIF).
 */
#include <string.h>

#include "report.h"

/* Skips leading "./" (and the extra slashes after it). */
static const char *
skip_dot(const char *p)
{
	while (p[0] == '.' && p[1] == '/') {
		p += 2;
		while (*p == '/')
			p++;
	}
	return p;
}

void
pl_report_relpath(struct pl_buf *out, const char *path, const char *base)
{
	size_t blen;

	path = skip_dot(path);
	if (base != NULL) {
		base = skip_dot(base);
		blen = strlen(base);
		/* "docs/" and "docs" name the same base; "/" stays "/". */
		while (blen > 1 && base[blen - 1] == '/')
			blen--;
		if (blen == 1 && base[0] == '.')
			blen = 0;
		if (blen > 0 && strncmp(path, base, blen) == 0 &&
		    (path[blen] == '/' || base[blen - 1] == '/')) {
			path += blen;
			while (*path == '/')
				path++;
			path = skip_dot(path);
		}
	}
	pl_buf_adds(out, path);
}

/*
 * RFC 3986 lets unreserved characters, sub-delimiters, '@' and '/' stand
 * in a path.  ':' is encoded too: in a relative reference's first segment
 * it would read as a scheme.
 */
static bool
uri_plain(unsigned char c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9'))
		return true;
	return c != '\0' && strchr("-._~!$&'()*+,;=@/", c) != NULL;
}

void
pl_uri_encode(struct pl_buf *out, const char *s)
{
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (uri_plain(c))
			pl_buf_addc(out, (char)c);
		else
			pl_buf_printf(out, "%%%02X", c);
	}
	/* Leaves a string in the buffer even for an empty s. */
	pl_buf_add(out, "", 0);
}
