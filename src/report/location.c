/*
 * location.c: how the check reporters name a document: its path relative
 * to the base directory, that path as a URI reference (SARIF), and a
 * place in a .docx or a PDF (paragraph, table cell, page and line).
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

const char *
pl_report_where(const struct pl_doc *doc, const struct pl_finding *f,
    enum pl_lang lang, struct pl_pos *loc, char *buf, size_t size)
{
	const struct pl_task *t = f->task >= 0 &&
	    (size_t)f->task < doc->ntasks ? &doc->tasks[f->task] : NULL;
	const struct pl_line *l;

	*loc = f->pos;
	if (loc->line < 1 || (size_t)loc->line > doc->text.n)
		return NULL;
	l = &doc->text.lines[loc->line - 1];
	if (l->para == 0 && l->page == 0 && l->table == 0)
		return NULL;
	if (t != NULL && t->pos.line == loc->line && t->pos.col == loc->col)
		loc->col = 0;
	loc->cell = 0;
	pl_doc_locate(doc, loc);
	return pl_doc_where(doc, loc->line, loc->col, lang, buf, size);
}
