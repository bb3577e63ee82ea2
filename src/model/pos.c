/*
 * pos.c: naming a place of a .docx (paragraph, table cell) or a PDF (page
 * and line) from a line and column of the normalized text.
 */
#include <stdio.h>

#include "model.h"

static const struct pl_line *
line_at(const struct pl_doc *doc, int line)
{
	if (line < 1 || (size_t)line > doc->text.n)
		return NULL;
	return &doc->text.lines[line - 1];
}

/* The 1-based cell of a table-row line holding code-point column col. */
static int
cell_at(const struct pl_line *l, int col)
{
	size_t off = 0;
	int32_t cp;
	int c, len;

	for (int k = 1; k < col && off < l->len; k++) {
		len = pl_utf8_decode(l->s + off, l->len - off, &cp);
		off += len > 0 ? (size_t)len : 1;
	}
	for (c = l->ncells - 1; c > 0; c--)
		if (l->cells[c] <= off)
			break;
	return c + 1;
}

void
pl_doc_locate(const struct pl_doc *doc, struct pl_pos *pos)
{
	const struct pl_line *l = line_at(doc, pos->line);

	if (l == NULL)
		return;
	pos->page = l->page;
	if (l->table > 0) {
		pos->table = l->table;
		pos->row = l->row;
		pos->cell = pos->col > 0 && l->ncells > 0 ?
		    cell_at(l, pos->col) : 0;
	}
}

const char *
pl_doc_where(const struct pl_doc *doc, int line, int col, enum pl_lang lang,
    char *buf, size_t size)
{
	const struct pl_line *l = line_at(doc, line), *first;
	bool en = lang == PL_LANG_EN;

	if (size == 0)
		return buf;
	if (l == NULL)
		snprintf(buf, size, "%d", line);
	else if (l->table > 0 && col > 0 && l->ncells > 0)
		snprintf(buf, size, en ? "table %d row %d col %d" :
		    "bảng %d hàng %d cột %d", l->table, l->row,
		    cell_at(l, col));
	else if (l->table > 0)
		snprintf(buf, size, en ? "table %d row %d" : "bảng %d hàng %d",
		    l->table, l->row);
	else if (l->para > 0)
		snprintf(buf, size, "¶%d", l->para);
	else if (l->page > 0) {
		/* Lines count within the page, as a reader finds them. */
		first = l;
		while (first > doc->text.lines && first[-1].page == l->page)
			first--;
		snprintf(buf, size, en ? "page %d line %d" : "trang %d dòng %d",
		    l->page, l->orig - first->orig + 1);
	} else
		snprintf(buf, size, "%d", l->orig);
	return buf;
}
