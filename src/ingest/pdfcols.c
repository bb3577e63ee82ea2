/*
 * pdfcols.c: the columns of a table on a PDF page.  A boundary lies
 * between two header cells, where the fewest body words cross.  Gaps
 * alone cannot tell cells apart: text that fills a cell ends a word
 * space away from the next one, and a cell spanning two columns reads
 * on across the boundary.  What tells them is where a column's text
 * starts: left-aligned cells start their lines at one x, so a word in
 * the next column that follows closely but does not start there goes on
 * with the cell before it.
 */
#include <stdlib.h>

#include "ingest_int.h"

#define CROSS	1.0	/* a word crosses a boundary by this, in points */
#define ALIGN	1.0	/* lines start at one x within this, in points */
#define STEP	0.5	/* boundary positions tried, in points */

static double
mid(const struct pl_pdfword *w)
{
	return (w->x0 + w->x1) / 2;
}

static int
col_of(const struct pl_pdfcols *C, double x)
{
	int c = C->n - 1;

	while (c > 0 && x < C->b[c])
		c--;
	return c;
}

static bool
crosses(const struct pl_pdfcols *C, const struct pl_pdfword *w)
{
	for (int c = 1; c < C->n; c++)
		if (w->x0 < C->b[c] - CROSS && w->x1 > C->b[c] + CROSS)
			return true;
	return false;
}

/*
 * Segments of a line: words of one cell.  A new one starts after a gap
 * wider than a run gap, or at a word of the next column that starts
 * where that column's text starts (or, when its lines start anywhere,
 * after a word that stays out of it).  A segment with words in two
 * columns or across a boundary spans: it keeps the first word's column.
 */
void
pl_pdfcols_assign(const struct pl_pdfcols *C, const struct pl_pdfpage *pg,
    const struct pl_pdfline *l, int *col, bool *span)
{
	size_t seg = 0;
	int sc = 0;
	bool sspan = false;

	for (size_t k = 0; k <= l->n; k++) {
		const struct pl_pdfword *w = k < l->n ? &pg->w[l->w[k]] : NULL;
		const struct pl_pdfword *p = k > 0 ? &pg->w[l->w[k - 1]] :
		    NULL;
		int c = w != NULL ? col_of(C, mid(w)) : 0;
		bool fresh;

		if (w == NULL || p == NULL ||
		    w->x0 - p->x1 > PL_PDF_RUN_GAP * l->h)
			fresh = true;
		else if (c <= sc)
			fresh = false;
		else if (C->start[c] > 0)
			fresh = w->x0 - C->start[c] <= ALIGN &&
			    C->start[c] - w->x0 <= ALIGN;
		else
			fresh = p->x1 <= C->b[c] + CROSS;
		if (!fresh) {
			sspan |= c != sc || crosses(C, w);
			continue;
		}
		for (size_t i = seg; i < k; i++) {
			col[i] = sc;
			span[i] = sspan;
		}
		if (w == NULL)
			break;
		seg = k;
		sspan = crosses(C, w);
		sc = sspan ? col_of(C, w->x0 + CROSS) : c;
	}
}

/* The boundary between header cells ending at lo and starting at hi. */
static double
place_one(const struct pl_pdfpage *pg, const struct pl_pdfline *lines,
    size_t nlines, const bool *skip, double lo, double hi)
{
	size_t ns, best = SIZE_MAX, run = 0, bestrun = 0, bestend = 0;
	size_t *cnt;
	double b;

	if (hi - lo < 2 * STEP)
		return (lo + hi) / 2;
	ns = (size_t)((hi - lo) / STEP) + 1;
	cnt = pl_xcalloc(ns, sizeof(size_t));
	for (size_t s = 0; s < ns; s++) {
		double x = lo + STEP * (double)s;

		for (size_t i = 0; i < nlines; i++)
			for (size_t k = 0; k < lines[i].n; k++) {
				const struct pl_pdfword *w =
				    &pg->w[lines[i].w[k]];

				if (skip == NULL || !skip[lines[i].w[k]])
					cnt[s] += w->x0 < x && w->x1 > x;
			}
		if (cnt[s] < best)
			best = cnt[s];
	}
	/* The middle of the longest stretch with the fewest crossings. */
	for (size_t s = 0; s < ns; s++) {
		run = cnt[s] == best ? run + 1 : 0;
		if (run > bestrun) {
			bestrun = run;
			bestend = s;
		}
	}
	b = lo + STEP * ((double)bestend - (double)(bestrun - 1) / 2);
	free(cnt);
	return b;
}

static int
cmp_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;

	return a < b ? -1 : a > b;
}

/*
 * Where the text of column c starts: the x0 shared (within ALIGN) by the
 * first word of the column on most lines and by the header cell; 0 when
 * there is none (centred text).
 */
static double
text_start(const struct pl_pdfcols *C, int c, double head,
    const struct pl_pdfpage *pg, const struct pl_pdfline *lines,
    size_t nlines)
{
	double *x = pl_xcalloc(nlines + 1, sizeof(double)), at = 0;
	size_t n = 0, best = 0;

	x[n++] = head;
	for (size_t i = 0; i < nlines; i++)
		for (size_t k = 0; k < lines[i].n; k++) {
			const struct pl_pdfword *w = &pg->w[lines[i].w[k]];

			if (col_of(C, mid(w)) < c)
				continue;
			if (col_of(C, mid(w)) == c)
				x[n++] = w->x0;
			break;
		}
	qsort(x, n, sizeof(*x), cmp_double);
	for (size_t i = 0, j = 0; i < n; i++) {
		while (x[i] - x[j] > ALIGN)
			j++;
		if (i - j + 1 > best) {
			best = i - j + 1;
			at = x[j];
		}
	}
	free(x);
	return best >= 2 && best * 2 > n ? at : 0;
}

void
pl_pdfcols_place(struct pl_pdfcols *C, const double *x0, const double *x1,
    int n, const struct pl_pdfpage *pg, const struct pl_pdfline *lines,
    size_t nlines)
{
	bool *skip = pl_xcalloc(pg->n + 1, sizeof(bool));
	int *col;
	double hi;

	C->n = n;
	C->b[0] = -1e9;
	C->b[n] = 1e9;
	for (int c = 0; c < n; c++)
		C->start[c] = 0;
	for (int c = 1; c < n; c++)
		C->b[c] = place_one(pg, lines, nlines, NULL, x1[c - 1], x0[c]);
	/* Again, short of where each column's text starts and without the
	 * cells that span columns: their word gaps would draw a boundary. */
	for (int c = 1; c < n; c++)
		C->start[c] = text_start(C, c, x0[c], pg, lines, nlines);
	for (size_t i = 0; i < nlines; i++) {
		bool *span = pl_xcalloc(lines[i].n + 1, sizeof(bool));

		col = pl_xcalloc(lines[i].n + 1, sizeof(int));
		pl_pdfcols_assign(C, pg, &lines[i], col, span);
		for (size_t k = 0; k < lines[i].n; k++)
			skip[lines[i].w[k]] = span[k];
		free(col);
		free(span);
	}
	for (int c = 1; c < n; c++) {
		hi = x0[c];
		if (C->start[c] > x1[c - 1] + STEP && C->start[c] - STEP < hi)
			hi = C->start[c] - STEP;
		C->b[c] = place_one(pg, lines, nlines, skip, x1[c - 1], hi);
	}
	free(skip);
}
