/*
 * pdfhead.c: the header of a task table on a PDF page: a band of lines
 * whose words, grouped by x into cells, name the columns as table.c
 * knows them, the first cell naming the row number ("TT", "STT", "Số
 * TT").  The band runs from a line of two runs of words or more down to
 * the first row number, less the lines of a first row centred on its
 * number, plus lines close above that fit its cells.  Cells joined by
 * gaps are split where the text of the lines below starts.
 */
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"

#define BAND_MAX	6	/* lines of a header */
#define HEAD_GAP	0.8	/* y gap between header lines, in heights */

struct page {
	const struct pl_pdfpage	*pg;
	const struct pl_pdfline	*v;
	size_t			 nv;
};

static const struct pl_pdfword *
word(const struct page *P, const struct pl_pdfline *v, size_t k)
{
	return &P->pg->w[v->w[k]];
}

static double
mid(double a, double b)
{
	return (a + b) / 2;
}

static double
run_gap(const struct pl_pdfline *v)
{
	return PL_PDF_RUN_GAP * v->h;
}

/* Runs of words closer than run_gap; *end0 gets the x where the first
 * one ends. */
static size_t
runs(const struct page *P, const struct pl_pdfline *v, double *end0)
{
	size_t n = 1;

	*end0 = word(P, v, 0)->x1;
	for (size_t k = 1; k < v->n; k++) {
		if (word(P, v, k)->x0 - word(P, v, k - 1)->x1 > run_gap(v))
			n++;
		if (n == 1)
			*end0 = word(P, v, k)->x1;
	}
	return n;
}

struct cluster {
	double	x0, x1;
};

struct band {
	size_t		first, end;	/* lines [first, end) */
	struct cluster	c[PL_PDF_MAXCOLS];
	int		n;
	char		*head;
};

static int
cmp_cluster(const void *pa, const void *pb)
{
	const struct cluster *a = pa, *b = pb;

	if (a->x0 != b->x0)
		return a->x0 < b->x0 ? -1 : 1;
	return a->x1 < b->x1 ? -1 : a->x1 > b->x1;
}

/* Groups the words of lines [a, b) into columns by their x ranges:
 * words closer than gap join.  0 when there are too many. */
static int
clusters(const struct page *P, size_t a, size_t b, struct cluster *c,
    double gap)
{
	struct cluster k[512];
	size_t n = 0;
	int nc = 0;

	for (size_t i = a; i < b; i++)
		for (size_t j = 0; j < P->v[i].n && n < PL_NELEM(k); j++) {
			const struct pl_pdfword *w = word(P, &P->v[i], j);

			k[n++] = (struct cluster){ w->x0, w->x1 };
		}
	qsort(k, n, sizeof(*k), cmp_cluster);
	for (size_t i = 0; i < n; i++) {
		if (nc > 0 && k[i].x0 <= c[nc - 1].x1 + gap) {
			if (k[i].x1 > c[nc - 1].x1)
				c[nc - 1].x1 = k[i].x1;
			continue;
		}
		if (nc == PL_PDF_MAXCOLS)
			return 0;
		c[nc++] = k[i];
	}
	return nc;
}

/* Whether every word of v lies in one cluster and no run spans two. */
static bool
within(const struct page *P, const struct pl_pdfline *v,
    const struct cluster *c, int nc)
{
	int prev = -1, in;

	for (size_t k = 0; k < v->n; k++) {
		const struct pl_pdfword *w = word(P, v, k);

		for (in = 0; in < nc; in++)
			if (w->x0 >= c[in].x0 - run_gap(v) &&
			    w->x1 <= c[in].x1 + run_gap(v))
				break;
		if (in == nc)
			return false;
		if (k > 0 && in != prev &&
		    w->x0 - word(P, v, k - 1)->x1 <= run_gap(v))
			return false;
		prev = in;
	}
	return true;
}

/* Lines of [a, b) with a word that starts at x (*alone: with no word
 * just before it), with a word just right of x (starting there or
 * running through), with a word across x. */
static void
starts(const struct page *P, size_t a, size_t b, double x, size_t *at,
    size_t *alone, size_t *near, size_t *across)
{
	*at = *alone = *near = *across = 0;
	for (size_t i = a; i < b; i++) {
		bool s = false, o = false, n = false, c = false;

		for (size_t k = 0; k < P->v[i].n; k++) {
			const struct pl_pdfword *w = word(P, &P->v[i], k);

			if (w->x0 > x - 1.0 && w->x0 < x + 1.0) {
				s = true;
				o |= k == 0 || w->x0 - word(P, &P->v[i],
				    k - 1)->x1 > run_gap(&P->v[i]);
			}
			n |= w->x1 > x + 1.0 && w->x0 < x + 6.0;
			c |= w->x0 < x - 1.0 && w->x1 > x + 1.0;
		}
		*at += s;
		*alone += o;
		*near += n;
		*across += c;
	}
}

/*
 * Splits header cells that gap clustering joined: cells whose text fills
 * them stand a word space apart.  A cell starts where a header word
 * inside a cluster starts at the x where the lines below (the body, and
 * the header's other lines) start their words, left-aligned, where
 * hardly any of their words run across (inside a cell, lines that begin
 * with the same word, "Sở ...", start the next one at one x too), and
 * where some line has a word with nothing just before it (a column of
 * its own, not the second word of "Báo cáo" repeated down a column).
 */
static void
split_cells(const struct page *P, struct band *bd)
{
	size_t body = bd->end + 60 < P->nv ? bd->end + 60 : P->nv, at, near;
	size_t hat, hnear, across, hacross, alone, halone;
	double cut[PL_PDF_MAXCOLS];
	int ncut = 0, n;

	for (size_t i = bd->first; i < bd->end; i++)
		for (size_t k = 1; k < P->v[i].n; k++) {
			const struct pl_pdfword *w = word(P, &P->v[i], k);
			double x = w->x0;

			if (w->x0 - word(P, &P->v[i], k - 1)->x1 >
			    run_gap(&P->v[i]) || ncut == PL_PDF_MAXCOLS)
				continue;
			starts(P, bd->end, body, x, &at, &alone, &near,
			    &across);
			starts(P, bd->first, bd->end, x, &hat, &halone, &hnear,
			    &hacross);
			at += hat - 1;
			near += hnear - 1;
			across += hacross;
			if (at >= 2 && at * 10 >= near * 6 &&
			    across * 10 <= near && alone > 0)
				cut[ncut++] = x - 0.5;
		}
	if (ncut == 0)
		return;
	/* Each cut ends the cluster it falls in. */
	for (int k = 0; k < ncut; k++) {
		for (n = 0; n < bd->n; n++)
			if (cut[k] > bd->c[n].x0 && cut[k] < bd->c[n].x1)
				break;
		if (n == bd->n || bd->n == PL_PDF_MAXCOLS)
			continue;
		memmove(&bd->c[n + 1], &bd->c[n], (size_t)(bd->n - n) *
		    sizeof(bd->c[0]));
		bd->n++;
		bd->c[n].x1 = cut[k];
		bd->c[n + 1].x0 = cut[k] + 0.5;
		/* The left part ends at its last word. */
		bd->c[n].x1 = bd->c[n].x0;
		for (size_t i = bd->first; i < bd->end; i++)
			for (size_t w = 0; w < P->v[i].n; w++)
				if (word(P, &P->v[i], w)->x0 < cut[k] &&
				    word(P, &P->v[i], w)->x0 >= bd->c[n].x0 &&
				    word(P, &P->v[i], w)->x1 > bd->c[n].x1)
					bd->c[n].x1 = word(P, &P->v[i], w)->x1;
	}
}

/* The text of each cluster, its words in reading order, TAB-joined. */
static char *
band_text(struct pl_arena *a, const struct page *P, const struct band *bd)
{
	struct pl_buf b = { 0 };
	char *s;

	for (int c = 0; c < bd->n; c++) {
		bool any = false;

		if (c > 0)
			pl_buf_addc(&b, '\t');
		for (size_t i = bd->first; i < bd->end; i++)
			for (size_t k = 0; k < P->v[i].n; k++) {
				const struct pl_pdfword *w = word(P,
				    &P->v[i], k);
				double x = mid(w->x0, w->x1);

				if (x < bd->c[c].x0 || x > bd->c[c].x1)
					continue;
				if (any)
					pl_buf_addc(&b, ' ');
				pl_buf_adds(&b, w->s);
				any = true;
			}
	}
	s = pl_arena_strdup(a, b.s != NULL ? b.s : "");
	pl_buf_free(&b);
	return s;
}

/* The first cell names the row number: "TT", "STT", "Số TT". */
static bool
number_head(const char *s)
{
	static const char *const names[] = { "tt", "stt", "số tt",
	    "số thứ tự", "tt.", "stt." };
	size_t n = strcspn(s, "\t");
	char low[32];

	if (n >= sizeof(low))
		return false;
	pl_utf8_lower(s, n, low);
	low[n] = '\0';
	for (size_t i = 0; i < PL_NELEM(names); i++)
		if (strcmp(low, names[i]) == 0)
			return true;
	return false;
}

bool
pl_pdfhead_number(const char *s)
{
	return pl_istarts_with(s, "tt") || pl_istarts_with(s, "stt") ||
	    pl_istarts_with(s, "số");
}

/* table.c's own test of a header line, on a one-line document. */
static bool
names_columns(char *line)
{
	struct pl_line l = { .s = line, .len = strlen(line) };
	struct pl_doc d = { .text = { .lines = &l, .n = 1, .cap = 1 } };

	return pl_table_starts(&d, 0);
}

/*
 * The line q in [a, b] (b < P->nv) that begins a row: the first one with
 * a gap above it wider by a point than the narrowest gap of the stretch,
 * which is between lines of a cell, and not an overlap (lines of cells
 * centred at different heights overlap); b when there is none.
 */
static size_t
first_wide_gap(const struct page *P, size_t a, size_t b)
{
	double least = 1e9;

	for (size_t q = a; q <= b; q++)
		if (P->v[q].y0 - P->v[q - 1].y1 < least)
			least = P->v[q].y0 - P->v[q - 1].y1;
	for (size_t q = a; q <= b; q++)
		if (P->v[q].y0 - P->v[q - 1].y1 > least + 1.0 &&
		    P->v[q].y0 - P->v[q - 1].y1 > 0.5)
			return q;
	return b;
}

/*
 * Whether the header cells on lines [first, e) all begin at the band's
 * top (*top) or all centre on one height (*centred).
 */
static void
band_shape(const struct page *P, const struct band *bd, size_t e, bool *top,
    bool *centred)
{
	double y0, y1, t = P->v[bd->first].y0, m = 0;
	bool any = false;

	*top = *centred = true;
	for (int c = 0; c < bd->n; c++) {
		y0 = 1e9;
		y1 = -1e9;
		for (size_t i = bd->first; i < e; i++)
			for (size_t k = 0; k < P->v[i].n; k++) {
				const struct pl_pdfword *w = word(P, &P->v[i],
				    k);
				double x = mid(w->x0, w->x1);

				if (x < bd->c[c].x0 || x > bd->c[c].x1)
					continue;
				if (w->y0 < y0)
					y0 = w->y0;
				if (w->y1 > y1)
					y1 = w->y1;
			}
		if (y0 > y1)
			continue;
		if (!any)
			m = mid(y0, y1);
		any = true;
		*top &= y0 - t < 2.0;
		*centred &= mid(y0, y1) - m < 2.0 && m - mid(y0, y1) < 2.0;
	}
}

/*
 * A header whose cells are centred vertically ends with the last line
 * that keeps them so: the lines below are a first row centred too.
 */
static void
centred_band(const struct page *P, struct band *bd)
{
	bool top, centred;

	band_shape(P, bd, bd->end, &top, &centred);
	if (top || centred)
		return;
	for (size_t e = bd->end - 1; e > bd->first + 1; e--) {
		band_shape(P, bd, e, &top, &centred);
		if (centred) {
			bd->end = e;
			return;
		}
	}
}

/*
 * A table header starting at line i (not before line floor): a line of
 * two runs or more, the lines close under it up to the first row
 * number, and lines close above it that fit its columns.
 */
static bool
header_at(struct pl_arena *a, const struct page *P, size_t i, size_t floor,
    struct band *bd)
{
	const struct pl_pdfline *v = &P->v[i];
	double firstx1, h = v->h;
	size_t j, k;

	if (runs(P, v, &firstx1) < 2)
		return false;
	for (j = i + 1; j < P->nv && j - i < BAND_MAX; j++) {
		const struct pl_pdfword *w = word(P, &P->v[j], 0);

		if (P->v[j].y0 - P->v[j - 1].y1 > HEAD_GAP * h)
			break;
		if (w->x0 < firstx1 + run_gap(v) && (pl_pdf_label(w->s) ||
		    pl_pdf_colnum(w->s)))
			break;
	}
	/* A row centred on its number, or cut by a page break, begins
	 * above it. */
	if (j < P->nv)
		j = first_wide_gap(P, i + 1, j);
	bd->first = i;
	bd->end = j;
	for (k = i; k < j && !pl_pdfhead_number(word(P, &P->v[k], 0)->s); k++)
		;
	if (k == j || (bd->n = clusters(P, i, j, bd->c, run_gap(v))) < 2)
		return false;
	while (bd->first > floor && i - bd->first < 3 &&
	    P->v[bd->first].y0 - P->v[bd->first - 1].y1 <= HEAD_GAP * h &&
	    within(P, &P->v[bd->first - 1], bd->c, bd->n)) {
		bd->first--;
		bd->n = clusters(P, bd->first, j, bd->c, run_gap(v));
	}
	split_cells(P, bd);
	centred_band(P, bd);
	bd->head = band_text(a, P, bd);
	return number_head(bd->head) && names_columns(bd->head);
}

bool
pl_pdfhead_at(struct pl_arena *a, const struct pl_pdfpage *pg,
    const struct pl_pdfline *lines, size_t nlines, size_t i, size_t floor,
    struct pl_pdfhead *h)
{
	struct page P = { pg, lines, nlines };
	struct band bd;

	if (!header_at(a, &P, i, floor, &bd))
		return false;
	h->first = bd.first;
	h->end = bd.end;
	h->n = bd.n;
	for (int c = 0; c < bd.n; c++) {
		h->x0[c] = bd.c[c].x0;
		h->x1[c] = bd.c[c].x1;
	}
	h->text = bd.head;
	return true;
}
