/*
 * pdftable.c: task tables of a PDF rebuilt from word positions.  Plain
 * pdftotext reads a ruled table column by column, which no text parser
 * can undo.  A table starts at its header (pdfhead.c); its columns lie
 * under the header's cells (pdfcols.c).  A row starts at a row number
 * ("1", "II", "a)", "-") alone in the first column.  Where it starts,
 * between that number and the one above, is where the fewest cells would
 * begin in lower case (cells begin with a capital: a sentence is not cut
 * there), then where the number above is centred in its row when the
 * table centres them, else after the widest gap.  Each row becomes one
 * TAB-joined line, as a .docx row does.  The header repeated at a page
 * break (or in the body) is skipped, and the lines above the first
 * number after it end the row the break cut.  A table ends at a line
 * that does not fit its columns, a wide gap, or a closing line.  Tables
 * without a row-number column stay as pdftotext's lines.
 */
#include <math.h>
#include <stdint.h>
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

	if (!pl_pdf_label(word(P, v, 0)->s))
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
 * cell of the line above, close under the line above, or from a number
 * in the first column with a numbered line a little below (a group
 * title "A. NHIỆM VỤ CHUNG" across the table).
 */
static bool
fits(struct table *T, struct pl_arena *a, const struct page *P, size_t i,
    size_t prev)
{
	const struct pl_pdfline *v = &P->v[i];
	bool lab = labelled(T, P, v), other = false, first = false, ok = true;
	bool *span, close;
	double x1 = -1e9;
	int cross = -1, *col;
	const char *text;

	if (word(P, v, 0)->x0 < T->left - 2 * run_gap(v))
		return false;
	text = pl_pdfline_text(a, P->pg, v);
	if (pl_label_closing(text, strlen(text)))
		return false;
	assign(T, P, v, &col, &span);
	for (size_t k = 0; k < v->n; k++) {
		other |= col[k] > 0;
		first |= col[k] == 0;
		if (span[k] && cross < 0)
			cross = col[k];
		if (span[k] && col[k] == 0 && word(P, v, k)->x1 > x1)
			x1 = word(P, v, k)->x1;
	}
	free(col);
	free(span);
	close = prev == SIZE_MAX || v->y0 - P->v[prev].y1 <= CELL_GAP * v->h;
	/* A word too long for the first column runs into the second. */
	if (cross >= 0 && !lab && cross != T->cross)
		ok = cross > 0 ? close : (T->first && close &&
		    (T->cols.n < 3 || x1 < T->cols.b[2])) ||
		    (pl_pdf_label(word(P, v, 0)->s) && numbered_below(T, P, i));
	/* Text in the first column alone goes on with the first column's
	 * text of the line above ("II CÁC NHIỆM VỤ" wrapped in it). */
	if (!other && !lab)
		ok = ok && T->first && close;
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
		if (!pl_pdfline_colnums(P->pg, v, T->cols.n))
			lines[n++] = j;
	}
	take_rows(a, T, P, lines, n, cont);
	free(lines);
	*open = true;
	for (size_t k = j; k < P->nv; k++)
		if (!pl_pdfline_furniture(P->pg, &P->v[k]))
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

/* Opens table T at the header h of page P, the header its first row;
 * the columns come from the lines close under the header. */
static void
start_table(struct pl_arena *a, struct table *T, const struct page *P,
    const struct pl_pdfhead *h)
{
	size_t end = h->end;
	struct trow *r;
	int c = 0;

	while (end < P->nv && P->v[end].y0 - P->v[end - 1].y1 <=
	    ROW_GAP * P->v[end].h)
		end++;
	pl_pdfcols_place(&T->cols, h->x0, h->x1, h->n, P->pg, P->v + h->end,
	    end - h->end);
	T->left = h->x0[0];
	T->head = h->text;
	T->nrows = 0;
	T->ngap = 0;
	T->first = false;
	T->centred = false;
	r = new_row(a, T, P->no, P->v[h->first].y0);
	for (const char *s = h->text; *s != '\0'; s++)
		if (*s == '\t')
			c++;
		else
			pl_buf_addc(&r->cell[c], *s);
	use_lines(P, h->first, h->end);
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
	struct pl_pdfhead h;
	size_t i = 0, end;

	while (i < P->nv && pl_pdfline_furniture(P->pg, &P->v[i]))
		i++;
	*open = false;
	if (i < P->nv && header_again(T, P, i, &end)) {
		use_lines(P, i, end);
		i = end;
	} else if (i < P->nv && pl_pdfhead_at(a, P->pg, P->v, P->nv, i, i,
	    &h)) {
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
	struct pl_pdfhead h;
	bool open = false;

	for (size_t p = 0; p < n; p++) {
		struct page P = { .pg = &pages[p], .no = (int)p };
		size_t i = 0, floor;

		P.nv = pl_pdfpage_lines(a, P.pg, &P.v);
		if (open)
			i = go_on(a, &T, &P, out, &open);
		for (floor = i; i < P.nv; i++) {
			if (!pl_pdfhead_at(a, P.pg, P.v, P.nv, i, floor, &h))
				continue;
			if (T.cols.n > 0)
				flush(a, &T, out);
			start_table(a, &T, &P, &h);
			floor = take_body(a, &T, &P, h.end, false, &open);
			i = floor - 1;
		}
		if (!open && T.cols.n > 0)
			flush(a, &T, out);
	}
	if (T.cols.n > 0)
		flush(a, &T, out);
}
