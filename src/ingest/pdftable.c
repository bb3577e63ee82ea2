/*
 * pdftable.c: task tables of a PDF rebuilt from word positions.  Plain
 * pdftotext reads a ruled table column by column, which no text parser
 * can undo.  Here a table is found by its header: a band of lines whose
 * groups of words name the columns as table.c knows them, the first
 * naming the row number ("TT", "STT").  The columns lie under those
 * names (pdfcols.c).  A row starts at a row number ("1", "II", "a)",
 * "-") alone in the first column; its top is the widest gap between that
 * line and the number above (rows are mostly aligned at the top, some
 * centred).  Each row becomes one TAB-joined line, as a .docx row does.
 * At a page break the header repeated on the next page is skipped, and
 * the lines above the first number there end the row the break cut.
 * Tables without a row-number column stay as pdftotext's lines.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"

#define BAND_MAX	6	/* lines of a header */
#define HEAD_GAP	0.8	/* y gap between header lines, in heights */
#define ROW_GAP		1.5	/* y gap that ends a table, in heights */
#define CELL_GAP	0.5	/* y gap between lines of a cell, in heights */

struct page {
	struct pl_pdfpage	*pg;
	int			 no;	/* 0-based */
	struct pl_pdfline	*v;
	size_t			 nv;
};

struct trow {
	int		 page;
	double		 top;
	struct pl_buf	*cell;	/* cols.n of them */
};

struct table {
	struct pl_pdfcols	 cols;	/* cols.n == 0: no table open */
	double			 left;	/* lines starting left of it end it */
	const char		*head;	/* the header's cells, TAB-joined */
	struct trow		*rows;	/* the header first */
	size_t			 nrows, caprows;
	int			 cross;	/* column of the spanning cell of the
					 * line above, -1 */
	bool			 first;	/* the line above has first-column
					 * text */
	bool			 centred;	/* numbers centred in rows */
	double			 gap[64];	/* between lines of a row */
	size_t			 ngap;
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

/* Marks the words of lines [a, b) of P used. */
static void
use_lines(const struct page *P, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		for (size_t k = 0; k < P->v[i].n; k++)
			P->pg->w[P->v[i].w[k]].used = true;
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

/* ---- Labels ---- */

static bool
roman(const char *s, size_t n)
{
	if (n == 0 || n > 7)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] != 'I' && s[i] != 'V' && s[i] != 'X' && s[i] != 'L')
			return false;
	return true;
}

/*
 * A row number as the first column holds it: "1", "1.", "1.2", "II",
 * "IV.", "a)", "đ.", "A", "B.", or a bullet "-", "+", "*", "•".
 */
static bool
is_label(const char *s)
{
	size_t n = strlen(s), k;

	if (strcmp(s, "-") == 0 || strcmp(s, "+") == 0 ||
	    strcmp(s, "*") == 0 || strcmp(s, "•") == 0 ||
	    strcmp(s, "–") == 0)
		return true;
	while (n > 1 && (s[n - 1] == '.' || s[n - 1] == ')'))
		n--;
	if (n == 0)
		return false;
	if (s[0] >= '0' && s[0] <= '9') {
		for (k = 0; k < n; k++)
			if (!(s[k] >= '0' && s[k] <= '9') && (s[k] != '.' ||
			    s[k - 1] == '.'))
				return false;
		return true;
	}
	if (roman(s, n))
		return true;
	if (n == 1 && s[0] >= 'A' && s[0] <= 'Z')
		return true;
	/* A lower-case letter needs its ")" or ".": "a)", "đ." */
	k = strlen(s);
	if (k == 2 && s[0] >= 'a' && s[0] <= 'z' && (s[1] == ')' ||
	    s[1] == '.'))
		return true;
	return k == 3 && strncmp(s, "đ", 2) == 0 && (s[2] == ')' ||
	    s[2] == '.');
}

/* "(1)": a column number under the header. */
static bool
is_colnum(const char *s)
{
	size_t n = strlen(s), k = 0;

	if (n >= 2 && s[0] == '(' && s[n - 1] == ')') {
		s++;
		n -= 2;
	}
	while (k < n && s[k] >= '0' && s[k] <= '9')
		k++;
	return n > 0 && k == n;
}

/* A line of column numbers "1 2 3 4" or "(1) (2) (3)", one per column. */
static bool
colnum_line(const struct page *P, const struct pl_pdfline *v, int ncols)
{
	char want[16];

	if (v->n < 3 || (int)v->n > ncols)
		return false;
	for (size_t k = 0; k < v->n; k++) {
		const char *s = word(P, v, k)->s;

		snprintf(want, sizeof(want), s[0] == '(' ? "(%zu)" : "%zu",
		    k + 1);
		if (strcmp(s, want) != 0)
			return false;
	}
	return true;
}

/* "3", "- 3 -", "Trang 3", "3/12": page furniture. */
static bool
furniture(const struct page *P, const struct pl_pdfline *v)
{
	bool digit = false;

	for (size_t k = 0; k < v->n; k++) {
		const char *s = word(P, v, k)->s;

		if (k == 0 && v->n > 1 && pl_istarts_with(s, "trang"))
			continue;
		for (; *s != '\0'; s++) {
			if (*s >= '0' && *s <= '9')
				digit = true;
			else if (*s != '-' && *s != '/')
				return false;
		}
	}
	return digit && v->n <= 3;
}

/* The words of v joined by spaces, in the arena. */
static char *
line_text(struct pl_arena *a, const struct page *P, const struct pl_pdfline *v)
{
	struct pl_buf b = { 0 };
	char *s;

	for (size_t k = 0; k < v->n; k++) {
		if (k > 0)
			pl_buf_addc(&b, ' ');
		pl_buf_adds(&b, word(P, v, k)->s);
	}
	s = pl_arena_strdup(a, b.s != NULL ? b.s : "");
	pl_buf_free(&b);
	return s;
}

/* ---- The header ---- */

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
within(const struct page *P, const struct pl_pdfline *v, const struct cluster *c,
    int nc)
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

/* Lines of [a, b) with a word that starts at x, with a word just right
 * of x (starting there or running through), with a word across x. */
static void
starts(const struct page *P, size_t a, size_t b, double x, size_t *at,
    size_t *near, size_t *across)
{
	*at = *near = *across = 0;
	for (size_t i = a; i < b; i++) {
		bool s = false, n = false, c = false;

		for (size_t k = 0; k < P->v[i].n; k++) {
			const struct pl_pdfword *w = word(P, &P->v[i], k);

			s |= w->x0 > x - 1.0 && w->x0 < x + 1.0;
			n |= w->x1 > x + 1.0 && w->x0 < x + 6.0;
			c |= w->x0 < x - 1.0 && w->x1 > x + 1.0;
		}
		*at += s;
		*near += n;
		*across += c;
	}
}

/*
 * Splits header cells that gap clustering joined: cells whose text fills
 * them stand a word space apart.  A cell starts where a header word
 * inside a cluster starts at the x where the lines below (the body, and
 * the header's other lines) start their words, left-aligned, and where
 * hardly any of their words run across (inside a cell, lines that begin
 * with the same word, "Sở ...", start the next one at one x too).
 */
static void
split_cells(const struct page *P, struct band *bd)
{
	size_t body = bd->end + 60 < P->nv ? bd->end + 60 : P->nv, at, near;
	size_t hat, hnear, across, hacross;
	double cut[PL_PDF_MAXCOLS];
	int ncut = 0, n;

	for (size_t i = bd->first; i < bd->end; i++)
		for (size_t k = 1; k < P->v[i].n; k++) {
			const struct pl_pdfword *w = word(P, &P->v[i], k);
			double x = w->x0;

			if (w->x0 - word(P, &P->v[i], k - 1)->x1 >
			    run_gap(&P->v[i]) || ncut == PL_PDF_MAXCOLS)
				continue;
			starts(P, bd->end, body, x, &at, &near, &across);
			starts(P, bd->first, bd->end, x, &hat, &hnear,
			    &hacross);
			at += hat - 1;
			near += hnear - 1;
			across += hacross;
			if (at >= 2 && at * 10 >= near * 6 && across * 10 <= near)
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

/* The first word of a row-number header: "TT", "STT", "Số". */
static bool
number_word(const char *s)
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
				const struct pl_pdfword *w = word(P, &P->v[i], k);
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
		if (w->x0 < firstx1 + run_gap(v) && (is_label(w->s) ||
		    is_colnum(w->s)))
			break;
	}
	/* A row centred on its number, or cut by a page break, begins
	 * above it. */
	if (j < P->nv)
		j = first_wide_gap(P, i + 1, j);
	bd->first = i;
	bd->end = j;
	for (k = i; k < j && !number_word(word(P, &P->v[k], 0)->s); k++)
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

/* ---- Columns and rows ---- */

/* The columns of the words of v (arrays of v->n, freed by the caller). */
static void
assign(const struct table *T, const struct page *P,
    const struct pl_pdfline *v, int **col, bool **span)
{
	*col = pl_xcalloc(v->n + 1, sizeof(int));
	*span = pl_xcalloc(v->n + 1, sizeof(bool));
	pl_pdfcols_assign(&T->cols, P->pg, v, *col, *span);
}

/* A row number alone in the first column at the start of v. */
static bool
labelled(const struct table *T, const struct page *P,
    const struct pl_pdfline *v)
{
	int *col;
	bool *span, yes;

	if (!is_label(word(P, v, 0)->s))
		return false;
	assign(T, P, v, &col, &span);
	yes = col[0] == 0 && !span[0];
	free(col);
	free(span);
	return yes;
}

static bool
numbered_below(const struct table *T, const struct page *P, size_t i)
{
	for (size_t j = i + 1; j < P->nv && j <= i + 3; j++)
		if (labelled(T, P, &P->v[j]))
			return true;
	return false;
}

/*
 * Whether line i goes on with table T (after line prev, or SIZE_MAX):
 * not left of the table, not a closing line ("Nơi nhận", a signature),
 * words beyond the first column unless it holds a row number, and a
 * cell spanning columns only on a numbered line, under the spanning
 * cell of the line above, close under the line above, or with a
 * numbered line a little below (a group title "A. NHIỆM VỤ CHUNG").
 */
static bool
fits(struct table *T, struct pl_arena *a, const struct page *P, size_t i,
    size_t prev)
{
	const struct pl_pdfline *v = &P->v[i];
	bool lab = labelled(T, P, v), other = false, first = false, ok = true;
	bool *span;
	int cross = -1, *col;
	const char *text;

	if (word(P, v, 0)->x0 < T->left - 2 * run_gap(v))
		return false;
	text = line_text(a, P, v);
	if (pl_label_closing(text, strlen(text)))
		return false;
	assign(T, P, v, &col, &span);
	for (size_t k = 0; k < v->n; k++) {
		other |= col[k] > 0;
		first |= col[k] == 0;
		if (span[k] && cross < 0)
			cross = col[k];
	}
	free(col);
	free(span);
	if (cross >= 0 && !lab && cross != T->cross)
		ok = ((cross > 0 || T->first) && (prev == SIZE_MAX ||
		    v->y0 - P->v[prev].y1 <= CELL_GAP * v->h)) ||
		    numbered_below(T, P, i);
	/* Text in the first column alone goes on with the first column's
	 * text of the line above ("II CÁC NHIỆM VỤ" wrapped in it). */
	if (!other && !lab)
		ok = ok && T->first && (prev == SIZE_MAX ||
		    v->y0 - P->v[prev].y1 <= CELL_GAP * v->h);
	if (!ok)
		return false;
	T->cross = cross;
	T->first = first;
	return true;
}

static struct trow *
new_row(struct pl_arena *a, struct table *T, int page, double top)
{
	struct trow *r = pl_vec_push(a, &T->rows, &T->nrows, &T->caprows,
	    sizeof(*r));

	r->page = page;
	r->top = top;
	r->cell = pl_xcalloc((size_t)T->cols.n, sizeof(struct pl_buf));
	return r;
}

/* Appends the words of v to the cells of row r. */
static void
add_line(const struct table *T, struct trow *r, const struct page *P,
    const struct pl_pdfline *v)
{
	const struct pl_pdfword *last[PL_PDF_MAXCOLS] = { 0 };
	int *col;
	bool *span;

	assign(T, P, v, &col, &span);
	for (size_t k = 0; k < v->n; k++) {
		const struct pl_pdfword *w = word(P, v, k);
		struct pl_buf *b = &r->cell[col[k]];

		/* A word cut at its hyphen goes on on the next line. */
		if (b->len > 0 && (last[col[k]] != NULL ?
		    !pl_pdfword_glued(last[col[k]], w) : !(b->len >= 2 &&
		    b->s[b->len - 1] == '-' && b->s[b->len - 2] != ' ')))
			pl_buf_addc(b, ' ');
		pl_buf_adds(b, w->s);
		last[col[k]] = w;
	}
	free(col);
	free(span);
}

/*
 * Per line of a table part: the columns (past the first) that have words
 * on it, and those whose first word on it begins in lower case.  A cell
 * begins with a capital or a digit (a task, an agency, a deadline): a row
 * boundary that makes one begin in lower case cuts a sentence.
 */
struct starts {
	uint32_t	*present;
	uint32_t	*lower;
};

static void
line_starts(const struct table *T, const struct page *P,
    const size_t *lines, size_t n, struct starts *st)
{
	int *col;
	bool *span;

	st->present = pl_xcalloc(n + 1, sizeof(uint32_t));
	st->lower = pl_xcalloc(n + 1, sizeof(uint32_t));
	for (size_t q = 0; q < n; q++) {
		const struct pl_pdfline *v = &P->v[lines[q]];

		assign(T, P, v, &col, &span);
		for (size_t k = 0; k < v->n; k++) {
			const char *s = word(P, v, k)->s;
			uint32_t bit = 1u << col[k];

			if (col[k] == 0 || (st->present[q] & bit))
				continue;
			st->present[q] |= bit;
			if (pl_utf8_is_alpha_at(s, strlen(s)) &&
			    !pl_utf8_is_upper_at(s, strlen(s)))
				st->lower[q] |= bit;
		}
		free(col);
		free(span);
	}
}

/* Cells of a row starting at line q (up to line end) that begin in lower
 * case. */
static int
cut_cells(const struct starts *st, size_t q, size_t end)
{
	uint32_t seen = 0;
	int bad = 0;

	for (; q < end; q++) {
		uint32_t fresh = st->present[q] & ~seen;

		for (uint32_t b = st->lower[q] & fresh; b != 0; b &= b - 1)
			bad++;
		seen |= fresh;
	}
	return bad;
}

/*
 * Where the row of the number on lines[to] starts, after the row of the
 * number on lines[from - 1] that starts at lines[top] (rows end by line
 * end): where the fewest of its cells begin in lower case; then, in a
 * table whose numbers are centred in their rows, where the number above
 * is best centred in its row; else after the widest gap between two
 * lines, the lowest of nearly equal ones (rows aligned at the top).
 */
static size_t
row_start(const struct table *T, const struct page *P, const size_t *lines,
    const struct starts *st, size_t top, size_t from, size_t to, size_t end)
{
	const struct pl_pdfline *lab = &P->v[lines[from - 1]];
	size_t best = to;
	double key, least_key = 1e9, c = mid(lab->y0, lab->y1);
	int bad, least = 1 << 30;

	for (size_t q = from > 0 ? from : 1; q <= to; q++) {
		bad = cut_cells(st, q, end);
		if (T->centred)
			key = fabs(c - mid(P->v[lines[top]].y0,
			    P->v[lines[q - 1]].y1));
		else
			key = -(P->v[lines[q]].y0 - P->v[lines[q - 1]].y1);
		if (bad < least || (bad == least && key <= least_key + 0.5)) {
			if (bad < least || key < least_key)
				least_key = key;
			least = bad;
			best = q;
		}
	}
	return best;
}

static int
cmp_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;

	return a < b ? -1 : a > b;
}

/*
 * On a page the table goes on to, where the first numbered row (on
 * lines[to]) starts: the lines above it end the row the page break cut
 * (down to the start where the fewest cells begin in lower case, after
 * a gap wider than the table's gaps between lines of a cell); without
 * such a start they are all the new row's (centred on its number).
 */
static size_t
first_start(const struct table *T, const struct page *P,
    const size_t *lines, const struct starts *st, size_t to, size_t end)
{
	double g[PL_NELEM(T->gap)], tight = -1e9, gap, widest = -1e9;
	size_t best = 0;
	int bad, least = cut_cells(st, 0, end);

	if (T->ngap > 0) {
		memcpy(g, T->gap, T->ngap * sizeof(double));
		qsort(g, T->ngap, sizeof(double), cmp_double);
		tight = g[T->ngap / 2] + 1.0;
	}
	for (size_t k = 1; k <= to; k++) {
		gap = P->v[lines[k]].y0 - P->v[lines[k - 1]].y1;
		bad = cut_cells(st, k, end);
		if (bad > least || (bad == least && (gap <= tight ||
		    gap < widest - 0.5)))
			continue;
		if (bad < least || gap > widest)
			widest = gap;
		least = bad;
		best = k;
	}
	return best;
}

/* Appends line lines[k] to row r; notes the gap to the line above when
 * it is r's too (prev). */
static void
add_to(struct table *T, struct trow *r, const struct page *P,
    const size_t *lines, size_t k, bool prev)
{
	add_line(T, r, P, &P->v[lines[k]]);
	if (prev && T->ngap < PL_NELEM(T->gap))
		T->gap[T->ngap++] = P->v[lines[k]].y0 - P->v[lines[k - 1]].y1;
}

/*
 * Lines lines[0..n) of page P are T's: rows start at their numbers; on a
 * page the table goes on to (cont), the lines above the first row end
 * the row the page break cut.
 */
static void
take_rows(struct pl_arena *a, struct table *T, const struct page *P,
    const size_t *lines, size_t n, bool cont)
{
	struct trow *r = cont && T->nrows > 1 ? &T->rows[T->nrows - 1] : NULL;
	size_t *lab = pl_xcalloc(n + 2, sizeof(size_t)), nlab = 0, k = 0;
	size_t *starts = pl_xcalloc(n + 1, sizeof(size_t)), ns;
	struct starts st;

	for (size_t q = 0; q < n; q++)
		if (labelled(T, P, &P->v[lines[q]]))
			lab[nlab++] = q;
	lab[nlab] = n;
	line_starts(T, P, lines, n, &st);
	/* Lines above the first number under the header: numbers are
	 * centred in their rows. */
	if (!cont && T->nrows == 1 && nlab > 0)
		T->centred = lab[0] > 0;
	for (ns = 0; ns < nlab; ns++)
		if (ns > 0)
			starts[ns] = row_start(T, P, lines, &st, starts[ns - 1],
			    lab[ns - 1] + 1, lab[ns], lab[ns + 1]);
		else
			starts[ns] = r != NULL && lab[0] > 0 ? first_start(T,
			    P, lines, &st, lab[0], lab[1]) : 0;
	free(lab);
	free(st.present);
	free(st.lower);
	/* Lines [k, starts[i]) are r's, which began at line first. */
	for (size_t i = 0, first = 0; i <= ns; i++) {
		for (; k < (i < ns ? starts[i] : n); k++) {
			if (r == NULL) {
				r = new_row(a, T, P->no, P->v[lines[k]].y0);
				first = k;
			}
			add_to(T, r, P, lines, k, k > first);
		}
		if (i < ns) {
			r = new_row(a, T, P->no, P->v[lines[k]].y0);
			first = k;
		}
	}
	free(starts);
}

/*
 * Whether line i begins T's header again (at the top of a page, or in the
 * body): lines from i whose words, put in T's columns, read as T's
 * header.  *end gets the line after them.
 */
static bool
header_again(const struct table *T, const struct page *P, size_t i,
    size_t *end)
{
	struct pl_buf cell[PL_PDF_MAXCOLS], all = { 0 };
	bool same = false;
	int *col;
	bool *span;

	memset(cell, 0, sizeof(cell));
	for (size_t j = i; j < P->nv && j - i < BAND_MAX && !same; j++) {
		if (j > i && P->v[j].y0 - P->v[j - 1].y1 > HEAD_GAP * P->v[i].h)
			break;
		assign(T, P, &P->v[j], &col, &span);
		for (size_t k = 0; k < P->v[j].n; k++) {
			if (cell[col[k]].len > 0)
				pl_buf_addc(&cell[col[k]], ' ');
			pl_buf_adds(&cell[col[k]], word(P, &P->v[j], k)->s);
		}
		free(col);
		free(span);
		pl_buf_reset(&all);
		for (int c = 0; c < T->cols.n; c++) {
			if (c > 0)
				pl_buf_addc(&all, '\t');
			pl_buf_add(&all, cell[c].s != NULL ? cell[c].s : "",
			    cell[c].len);
		}
		same = strcmp(all.s != NULL ? all.s : "", T->head) == 0;
		*end = j + 1;
	}
	for (int c = 0; c < T->cols.n; c++)
		pl_buf_free(&cell[c]);
	pl_buf_free(&all);
	return same;
}

/*
 * Takes the lines of T from line i on; returns the line after them.  The
 * header repeated among them is left out, and the rows go on after it as
 * after a page break.  *open tells that the table reaches the foot of
 * the page (nothing but a page number under it), so it may go on on the
 * next page.
 */
static size_t
take_body(struct pl_arena *a, struct table *T, const struct page *P,
    size_t i, bool cont, bool *open)
{
	size_t *lines = pl_xcalloc(P->nv + 1, sizeof(size_t)), n = 0, j;
	size_t prev = SIZE_MAX, end;

	T->cross = -1;
	for (j = i; j < P->nv; j++) {
		const struct pl_pdfline *v = &P->v[j];

		if (prev != SIZE_MAX && v->y0 - P->v[prev].y1 > ROW_GAP * v->h)
			break;
		if (header_again(T, P, j, &end)) {
			take_rows(a, T, P, lines, n, cont);
			n = 0;
			cont = true;
			use_lines(P, j, end);
			prev = end - 1;
			j = prev;
			T->cross = -1;
			continue;
		}
		if (!fits(T, a, P, j, prev))
			break;
		use_lines(P, j, j + 1);
		prev = j;
		if (!colnum_line(P, v, T->cols.n))
			lines[n++] = j;
	}
	take_rows(a, T, P, lines, n, cont);
	free(lines);
	*open = true;
	for (size_t k = j; k < P->nv; k++)
		if (!furniture(P, &P->v[k]))
			*open = false;
	return j;
}

/* ---- Tables ---- */

/* Appends T's rows to out and closes T. */
static void
flush(struct pl_arena *a, struct table *T, struct pl_pdfrows *out)
{
	for (size_t i = 0; i < T->nrows; i++) {
		struct trow *r = &T->rows[i];
		struct pl_pdfrow *o = pl_vec_push(a, &out->v, &out->n,
		    &out->cap, sizeof(*o));

		o->page = r->page;
		o->top = r->top;
		o->ncells = T->cols.n;
		o->cells = pl_arena_alloc(a, (size_t)T->cols.n *
		    sizeof(char *));
		for (int c = 0; c < T->cols.n; c++) {
			o->cells[c] = pl_arena_strdup(a, r->cell[c].s !=
			    NULL ? r->cell[c].s : "");
			pl_buf_free(&r->cell[c]);
		}
		free(r->cell);
	}
	T->nrows = 0;
	T->cols.n = 0;
}

/* Opens table T at the header band bd of page P, the header its first
 * row; the columns come from the lines close under the header. */
static void
start_table(struct pl_arena *a, struct table *T, const struct page *P,
    const struct band *bd)
{
	double x0[PL_PDF_MAXCOLS], x1[PL_PDF_MAXCOLS];
	size_t end = bd->end;
	struct trow *r;
	int c = 0;

	while (end < P->nv && P->v[end].y0 - P->v[end - 1].y1 <=
	    ROW_GAP * P->v[end].h)
		end++;
	for (int k = 0; k < bd->n; k++) {
		x0[k] = bd->c[k].x0;
		x1[k] = bd->c[k].x1;
	}
	pl_pdfcols_place(&T->cols, x0, x1, bd->n, P->pg, P->v + bd->end,
	    end - bd->end);
	T->left = bd->c[0].x0;
	T->head = bd->head;
	T->nrows = 0;
	T->ngap = 0;
	T->first = false;
	T->centred = false;
	r = new_row(a, T, P->no, P->v[bd->first].y0);
	for (const char *s = bd->head; *s != '\0'; s++)
		if (*s == '\t')
			c++;
		else
			pl_buf_addc(&r->cell[c], *s);
	use_lines(P, bd->first, bd->end);
}

/*
 * Goes on with table T, open at the foot of the previous page, on page P:
 * page numbers at the top are left, the header repeated there skipped,
 * then the lines that fit T are taken.  Returns the line after them; T
 * is flushed unless it is still open at the foot of P.
 */
static size_t
go_on(struct pl_arena *a, struct table *T, const struct page *P,
    struct pl_pdfrows *out, bool *open)
{
	struct band bd;
	size_t i = 0, end;

	while (i < P->nv && furniture(P, &P->v[i]))
		i++;
	*open = false;
	if (i < P->nv && header_again(T, P, i, &end)) {
		use_lines(P, i, end);
		i = end;
	} else if (i < P->nv && header_at(a, P, i, i, &bd)) {
		flush(a, T, out);
		return i;	/* another table */
	}
	T->cross = -1;
	if (i < P->nv && fits(T, a, P, i, SIZE_MAX))
		i = take_body(a, T, P, i, true, open);
	if (!*open)
		flush(a, T, out);
	return i;
}

void
pl_pdftable_find(struct pl_arena *a, struct pl_pdfpage *pages, size_t n,
    struct pl_pdfrows *out)
{
	struct table T = { .cols.n = 0 };
	struct band bd;
	bool open = false;

	for (size_t p = 0; p < n; p++) {
		struct page P = { .pg = &pages[p], .no = (int)p };
		size_t i = 0, floor;

		P.nv = pl_pdfpage_lines(a, P.pg, &P.v);
		if (open)
			i = go_on(a, &T, &P, out, &open);
		for (floor = i; i < P.nv; i++) {
			if (!header_at(a, &P, i, floor, &bd))
				continue;
			if (T.cols.n > 0)
				flush(a, &T, out);
			start_table(a, &T, &P, &bd);
			floor = take_body(a, &T, &P, bd.end, false, &open);
			i = floor - 1;
		}
		if (!open && T.cols.n > 0)
			flush(a, &T, out);
	}
	if (T.cols.n > 0)
		flush(a, &T, out);
}
