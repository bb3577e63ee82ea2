/*
 * pdftest.h: PDF pages built by hand for the tests of pdfpage.c,
 * pdfcols.c and pdftable.c: words placed as pdftotext -bbox-layout gives
 * them (6 points a character, 13 high, a 3-point space), and the rows
 * pl_pdftable_find rebuilds, one "cell|cell|..." line each.
 */
#ifndef PL_PDFTEST_H
#define PL_PDFTEST_H

#include <criterion/criterion.h>
#include <string.h>

#include "../../src/ingest/ingest_int.h"

#define CH	6.0	/* width of a character */
#define HT	13.0	/* height of a word */
#define SP	3.0	/* a space */

/* Puts the words of text on page pg from x at height y, as one line of
 * pdftotext (its own flow); returns the x after the last word. */
static inline double
put(struct pl_arena *a, struct pl_pdfpage *pg, double x, double y,
    const char *text)
{
	int flow = (int)pg->n;	/* a new flow and line per call */
	const char *p = text, *e;

	while (*p != '\0') {
		struct pl_pdfword *w;
		size_t n;

		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		e = strchr(p, ' ');
		n = e != NULL ? (size_t)(e - p) : strlen(p);
		w = pl_vec_push(a, &pg->w, &pg->n, &pg->cap, sizeof(*w));
		w->s = pl_arena_strndup(a, p, n);
		w->x0 = x;
		w->x1 = x + CH * (double)pl_utf8_count(p, n);
		w->y0 = y;
		w->y1 = y + HT;
		w->flow = flow;
		w->line = flow;
		x = w->x1 + SP;
		p += n;
	}
	return x - SP;
}

/* A row of cells at height y: cell c starts at xs[c] ("" for none). */
static inline void
put_row(struct pl_arena *a, struct pl_pdfpage *pg, const double *xs,
    int ncells, double y, const char *const *cells)
{
	for (int c = 0; c < ncells; c++)
		if (cells[c] != NULL && cells[c][0] != '\0')
			put(a, pg, xs[c], y, cells[c]);
}

/* The rows rebuilt from pages[0..n), one line each: "p2: a|b|c" with
 * the 1-based page of the row.  Free with free(). */
static inline char *
rows_of(struct pl_arena *a, struct pl_pdfpage *pages, size_t n)
{
	struct pl_pdfrows rows = { 0 };
	struct pl_buf b = { 0 };

	pl_pdftable_find(a, pages, n, &rows);
	for (size_t i = 0; i < rows.n; i++) {
		pl_buf_printf(&b, "p%d: ", rows.v[i].page + 1);
		for (int c = 0; c < rows.v[i].ncells; c++)
			pl_buf_printf(&b, "%s%s", c > 0 ? "|" : "",
			    rows.v[i].cells[c]);
		pl_buf_addc(&b, '\n');
	}
	pl_buf_add(&b, "", 0);
	return pl_buf_take(&b);
}

#endif /* PL_PDFTEST_H */
