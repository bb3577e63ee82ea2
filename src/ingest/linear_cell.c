/*
 * linear_cell.c: the lines of a linearized table's rows into cells
 * (method in linear.c, steps 3 and 4): column widths and wrap slack
 * learned from the table, content cues, and an assignment of each page
 * part of a row by dynamic programming.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linear.h"

enum {
	MAXCUTS	= 16,	/* word boundaries tried per line */
};

/*
 * Per kind, ORDER: enum pl_lkind: default width, cost of an empty cell,
 * default lines of a cell.
 */
static const int kwidth[PL_LK__N] = { 12, 5, 26, 14, 13, 13, 36, 18, 20,
    13 };
static const float kskip[PL_LK__N] = { 0.5f, 0, 8, 2, 3, 1, 1.5f, 1.5f,
    1.5f, 1 };
static const float kheight[PL_LK__N] = { 2, 1, 3, 2, 2, 3, 6, 3, 3, 2 };

/* Costs of the assignment (see the method above). */
#define C_SPLIT_UP	3.0f	/* two cells on a line, the second upper-case */
#define C_SPLIT_LOW	6.0f	/* ... the second lower-case */
#define C_BLANK_CONT	2.5f	/* blank line inside a cell */
#define C_NB_CHANGE	4.0f	/* new cell without a blank line */
#define C_NEW_AFTER	2.0f	/* a cell first seen after a page break */
#define INF		1e30f

/* ---- Column widths ---- */

static int
cmpint(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

/* Explicit line break between a and b: no wrapping to check. */
static bool
explicit_break(const char *a, size_t an, const char *b, size_t bn)
{
	return (an > 0 && strchr(".;:!?", a[an - 1]) != NULL) ||
	    (bn > 0 && strchr("-+*", b[0]) != NULL) ||
	    (bn > 2 && memcmp(b, "\xE2\x80", 2) == 0) || starts_upper(b, bn);
}

/* Width of the first word of s. */
static int
first_word(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i] != ' '; i++)
		;
	return (int)pl_utf8_count(s, i);
}

/*
 * The width and slack of a column from its wrapped lines (widths w, and
 * with the next word, need): the width is their maximum unless a few
 * outliers exceed the 90th percentile, or the least width the wraps
 * allow when it is more; the slack is the room the 90th percentile of
 * them leaves although the next word did not fit (proportional fonts).
 */
static void
set_width(struct pl_ltab *t, int c, int *w, int *need, size_t n)
{
	int p90, W, upper;

	qsort(w, n, sizeof(int), cmpint);
	qsort(need, n, sizeof(int), cmpint);
	p90 = w[(n - 1) * 9 / 10];
	W = w[n - 1] <= p90 + 3 ? w[n - 1] : p90 + 3;
	/* A wrap means the next word did not fit: an upper bound. */
	upper = need[(n - 1) / 10] - 1;
	if (upper > W && upper <= W + W / 4 + 2)
		W = upper;
	for (size_t k = 0; k < n; k++)
		need[k] = W - need[k];
	qsort(need, n, sizeof(int), cmpint);
	t->width[c] = W;
	t->slack[c] = need[(n - 1) * 9 / 10] + 1;
	if (t->slack[c] < 0)
		t->slack[c] = 0;
	if (t->slack[c] > 2 + W / 10)
		t->slack[c] = 2 + W / 10;
}

/*
 * Learns each column's width, slack and mean height from the rows whose
 * first part has one block per column (heights from whole rows only).
 */
static void
learn_widths(struct pl_ltab *t)
{
	int *w[PL_LIN_COLS], *need[PL_LIN_COLS], nw[PL_LIN_COLS] = { 0 }, c, nb;
	int lines[PL_LIN_COLS] = { 0 }, rows = 0, whole;
	size_t cap = 0;

	for (size_t r = 0; r < t->nit; r++)
		for (size_t p = 0; p < t->it[r].nparts; p++)
			cap += t->it[r].parts[p].n;
	for (c = 0; c < t->h.ncols; c++) {
		w[c] = pl_xcalloc(cap + 1, sizeof(int));
		need[c] = pl_xcalloc(cap + 1, sizeof(int));
	}
	for (c = 0; c < t->h.ncols; c++)
		t->height[c] = kheight[t->h.kind[c]];
	for (size_t r = 0; r < t->nit; r++) {
		struct pl_lrow *it = &t->it[r];
		struct pl_lpart *p;

		if (it->group || it->sub || it->nparts == 0)
			continue;
		p = &it->parts[0];
		for (nb = 0, c = 0; c < (int)p->n; c++)
			nb += p->u[c].blank;
		if (nb != t->h.ncols - 1)
			continue;
		whole = it->nparts == 1;
		rows += whole;
		for (size_t u = 0, col = 0; u < p->n; u++) {
			const struct pl_lunit *a = &p->u[u], *b = a + 1;

			if (u > 0 && a->blank)
				col++;
			if (t->h.kind[col] == PL_LK_NUMBER)
				col++;
			if (col >= (size_t)t->h.ncols)
				break;
			lines[col] += whole;
			if (u + 1 < p->n && !b->blank &&
			    !explicit_break(a->s, a->n, b->s, b->n)) {
				need[col][nw[col]] = a->w + 1 +
				    first_word(b->s, b->n);
				w[col][nw[col]++] = a->w;
			}
		}
	}
	for (c = 0; c < t->h.ncols; c++) {
		t->width[c] = kwidth[t->h.kind[c]];
		t->slack[c] = 2 + t->width[c] / 10;
		if (nw[c] >= 3) {
			set_width(t, c, w[c], need[c], (size_t)nw[c]);
			t->learned[c] = true;
		}
		if (rows >= 3)
			t->height[c] = (float)lines[c] / (float)rows;
		free(w[c]);
		free(need[c]);
	}
}

/* ---- Content cues ---- */

enum {
	CUE_MEAS	= 1 << 0,	/* "- Biện pháp:", "Nguồn lực:" */
	CUE_DL		= 1 << 1,	/* deadline phrase */
	CUE_DLW		= 1 << 2,	/* a year or a deadline word part */
	CUE_PROD	= 1 << 3,	/* "Theo chỉ tiêu" */
	CUE_AGENCY	= 1 << 4,	/* starts with an agency word */
	CUE_BULLET	= 1 << 5,
	CUE_LOWER	= 1 << 6,	/* starts lower-case */
	CUE_FIGURE	= 1 << 7,	/* "%", "đạt": a target, no agency */
};

static bool
has_any(const char *low, const char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strstr(low, v[i]) != NULL)
			return true;
	return false;
}

static bool
starts_any(const char *low, const char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strncmp(low, v[i], strlen(v[i])) == 0)
			return true;
	return false;
}

/* A year 1900-2099 standing alone as digits. */
static bool
has_year(const char *s)
{
	for (size_t i = 0; s[i] != '\0'; i++) {
		size_t d = 0;

		if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
			continue;
		while (s[i + d] >= '0' && s[i + d] <= '9')
			d++;
		if (d == 4 && (strncmp(s + i, "19", 2) == 0 ||
		    strncmp(s + i, "20", 2) == 0))
			return true;
	}
	return false;
}

static unsigned
cues(const char *s, size_t n)
{
	static const char *const meas[] = { "biện pháp", "nguồn lực",
	    "giải pháp", "kinh phí", "nguồn vốn" };
	static const char *const dl[] = { "thường xuyên", "sơ kết",
	    "tổng kết", "thực hiện từ", "thực hiện ngay", "thực hiện ngày từ",
	    "hoàn thành trong", "trước ngày", "quý i", "quý 1", "quý 2",
	    "quý 3", "quý 4", "tháng 1", "tháng 2", "tháng 3", "tháng 4",
	    "tháng 5", "tháng 6", "tháng 7", "tháng 8", "tháng 9" };
	static const char *const dlw[] = { "xuyên", "kết", "hằng năm",
	    "hàng năm", "định kỳ", "quý", "tháng", "năm 20", "/20" };
	static const char *const prod[] = { "theo chỉ tiêu",
	    "theo mục tiêu" };
	static const char *const figure[] = { "đạt " };
	static const char *const agency[] = { "đảng ủy", "đảng uỷ",
	    "đảng bộ", "ubnd", "ủy ban", "uỷ ban", "sở ", "ban ", "bộ ",
	    "công an", "quân sự", "thống kê", "thuế", "công ty", "các ",
	    "trường", "bảo hiểm", "văn phòng", "tỉnh ủy", "thành ủy",
	    "hội ", "đoàn ", "mặt trận", "mttq", "liên đoàn", "hải quân",
	    "vùng ", "vcci", "viện ", "trung tâm", "cục ", "chi cục",
	    "ngân hàng", "tòa án", "kho bạc", "đơn vị", "cơ quan", "hđnd",
	    "hội đồng", "lực lượng", "bch", "chủ tịch", "giám đốc" };
	char low[256], *p;
	size_t m = n < sizeof(low) - 1 ? n : sizeof(low) - 1;
	unsigned c = 0;

	pl_utf8_lower(s, m, low);
	p = low;
	if ((*p != '\0' && strchr("-+*", *p) != NULL) ||
	    strncmp(p, "\xE2\x80", 2) == 0)
		c |= CUE_BULLET;
	while (*p != '\0' && !wordch(p, strlen(p), 0))
		p++;
	if (starts_any(p, meas, PL_NELEM(meas)) && (p = strchr(p, ':')) !=
	    NULL && p - low < 32)
		c |= CUE_MEAS;
	if (has_any(low, dl, PL_NELEM(dl)))
		c |= CUE_DL;
	if (has_any(low, dlw, PL_NELEM(dlw)) || has_year(low))
		c |= CUE_DLW;
	if (has_any(low, prod, PL_NELEM(prod)))
		c |= CUE_PROD;
	if (starts_any(low, agency, PL_NELEM(agency)))
		c |= CUE_AGENCY;
	if (starts_lower(s, n))
		c |= CUE_LOWER;
	if (strchr(low, '%') != NULL || starts_any(low, figure, 1) ||
	    strstr(low, " đạt ") != NULL)
		c |= CUE_FIGURE;
	return c;
}

/* ---- Assignment of a part's lines to columns ---- */

struct opt {
	signed char	 a, b;	/* first and last column */
	size_t		 cut;	/* bytes of the first cell; 0: whole line */
	float		 cs, cc;	/* cost as a cell's start / its rest */
	int		 lastw;	/* width of the last piece */
};

struct pstate {
	bool	 first;			/* the row's first part */
	bool	 has[PL_LIN_COLS];	/* cells seen in earlier parts */
	float	 more[PL_LIN_COLS];	/* cost to continue such a cell */
};

/* A piece of a line: its text, width and content cues. */
struct piece {
	const char	*s;
	size_t		 n;
	int		 w;
	unsigned	 q;
};

static struct piece
piece_of(const char *s, size_t n)
{
	return (struct piece){ .s = s, .n = n,
	    .w = (int)pl_utf8_count(s, n), .q = cues(s, n) };
}

/* Cost of piece p in column c, as a cell's start or its continuation. */
static float
piece(const struct pl_ltab *t, int c, const struct piece *p, bool start)
{
	int kind = t->h.kind[c], W = t->width[c], over = p->w - W;
	int tol = 1 + W / 10;
	unsigned q = p->q;
	float cost = over <= 0 ? 0 : over <= tol ? 0.7f * (float)over :
	    0.7f * (float)tol + 2 + 1.5f * (float)(over - tol);

	if (q & CUE_MEAS)
		cost += kind == PL_LK_MEAS ? (start ? -6 : -3) : 8;
	if (kind == PL_LK_DEADLINE)
		cost += (q & CUE_DL) ? -3 : (q & CUE_DLW) ? -1 : 1;
	else if (q & CUE_DL)
		cost += 2;
	if (q & CUE_PROD)
		cost += kind == PL_LK_PRODUCT ? -4 : 3;
	if (kind == PL_LK_LEAD || kind == PL_LK_COORD || kind == PL_LK_DIRECT) {
		if (start)
			cost += (q & CUE_AGENCY) ? -1.5f : 2;
		if (q & CUE_FIGURE)
			cost += 1.5f;
	}
	if (start && (q & CUE_LOWER))
		cost += 2;
	if ((q & CUE_BULLET) && (kind == PL_LK_TEXT || kind == PL_LK_LEAD ||
	    kind == PL_LK_COORD || kind == PL_LK_DIRECT ||
	    kind == PL_LK_NUMBER))
		cost += 1;
	return cost;
}

/* Cost of the first piece of column c in this part. */
static float
first_piece(const struct pl_ltab *t, const struct pstate *ps, int c,
    const struct piece *p)
{
	if (ps->first || !ps->has[c])
		return piece(t, c, p, true) + (ps->first ? 0 : C_NEW_AFTER);
	return piece(t, c, p, false) + ps->more[c];
}

static float
skips(const struct pl_ltab *t, const struct pstate *ps, int from, int to)
{
	float c = 0;

	for (int k = from; ps->first && k < to; k++)
		c += kskip[t->h.kind[k]];
	return c;
}

static size_t
options(const struct pl_ltab *t, const struct pstate *ps,
    const struct pl_lunit *u, bool cut, struct opt *o)
{
	struct piece whole = piece_of(u->s, u->n), l[MAXCUTS], r[MAXCUTS];
	size_t no = 0, cuts[MAXCUTS], nc = 0, ln;
	float split[MAXCUTS];
	int m = t->h.ncols;
	const char *ls;

	for (size_t k = 1; cut && k < u->n && nc < MAXCUTS; k++) {
		if (u->s[k - 1] != ' ' || u->s[k] == ' ')
			continue;
		ls = pl_trim(u->s, k, &ln);
		l[nc] = piece_of(ls, ln);
		r[nc] = piece_of(u->s + k, u->n - k);
		/* A cell rarely ends on a dash or a comma. */
		split[nc] = (starts_upper(r[nc].s, r[nc].n) ? C_SPLIT_UP :
		    C_SPLIT_LOW) + (ln > 0 && strchr("-,", ls[ln - 1]) !=
		    NULL ? 4 : 0);
		cuts[nc++] = k;
	}
	for (int a = 0; a < m; a++) {
		if (t->h.kind[a] == PL_LK_NUMBER)
			continue;
		o[no++] = (struct opt){ .a = (signed char)a,
		    .b = (signed char)a, .lastw = u->w,
		    .cs = piece(t, a, &whole, true),
		    .cc = piece(t, a, &whole, false) };
		for (size_t k = 0; k < nc; k++) {
			float cs = piece(t, a, &l[k], true);
			float cc = piece(t, a, &l[k], false);

			for (int b = a + 1; b < m; b++) {
				float rc;

				if (t->h.kind[b] == PL_LK_NUMBER)
					continue;
				rc = first_piece(t, ps, b, &r[k]) +
				    skips(t, ps, a + 1, b) + split[k];
				o[no++] = (struct opt){ .a = (signed char)a,
				    .b = (signed char)b, .cut = cuts[k],
				    .lastw = r[k].w, .cs = cs + rc,
				    .cc = cc + rc };
			}
		}
	}
	return no;
}

static float
wrap_cost(const struct pl_ltab *t, int c, const struct pl_lunit *prev,
    int lastw, const struct pl_lunit *u)
{
	int room;

	float pair = 0;

	if (u->pq != 0)
		pair = t->h.kind[c] != PL_LK_DEADLINE ? 1 :
		    (u->pq & CUE_DL) ? -2 : -1;
	if (u->blank)
		return C_BLANK_CONT + pair;
	if (explicit_break(prev->s, prev->n, u->s, u->n))
		return pair;
	room = t->width[c] - t->slack[c] - (lastw + 1 + first_word(u->s,
	    u->n));
	return pair + (room >= 0 ? 1 + 0.5f * (float)(room > 10 ? 10 :
	    room) : 0);
}

/*
 * Assigns the units of part p to columns; writes the chosen option of
 * each unit to out (owned by the caller, p->n entries).  Very long parts
 * (no real table has them) are assigned without cutting lines, which
 * bounds the memory to a few options per line.
 */
static void
assign(const struct pl_ltab *t, const struct pstate *ps,
    const struct pl_lpart *p, struct opt *out)
{
	int m = t->h.ncols;
	bool cut = p->n <= 400;
	size_t per = (size_t)m * (1 + (cut ? MAXCUTS * (size_t)m : 0));
	size_t best = 0;
	struct opt *o = pl_xcalloc(p->n * per, sizeof(*o));
	size_t *no = pl_xcalloc(p->n, sizeof(*no));
	float *D = pl_xcalloc(p->n * per, sizeof(float)), bc;
	int *back = pl_xcalloc(p->n * per, sizeof(int));
	float endb[PL_LIN_COLS], contb[PL_LIN_COLS];
	int endo[PL_LIN_COLS], conto[PL_LIN_COLS];

	for (size_t j = 0; j < p->n; j++) {
		struct opt *oj = o + j * per;
		float *Dj = D + j * per;

		no[j] = options(t, ps, &p->u[j], cut, oj);
		for (int c = 0; c < m; c++) {
			endb[c] = contb[c] = INF;
			endo[c] = conto[c] = -1;
		}
		for (size_t k = 0; j > 0 && k < no[j - 1]; k++) {
			const struct opt *op = o + (j - 1) * per + k;
			float dp = D[(j - 1) * per + k], cc;
			int b = op->b;

			cc = dp + wrap_cost(t, b, &p->u[j - 1], op->lastw,
			    &p->u[j]);
			if (dp < endb[b]) {
				endb[b] = dp;
				endo[b] = (int)k;
			}
			if (cc < contb[b]) {
				contb[b] = cc;
				conto[b] = (int)k;
			}
		}
		for (size_t k = 0; k < no[j]; k++) {
			int a = oj[k].a;
			float start, nb = p->u[j].blank ? 0 : C_NB_CHANGE;

			if (!ps->first && ps->has[a])
				start = oj[k].cc + ps->more[a];
			else
				start = oj[k].cs + (ps->first ? 0 :
				    C_NEW_AFTER);
			Dj[k] = INF;
			back[j * per + k] = -1;
			if (j == 0) {
				Dj[k] = start + skips(t, ps, 0, a);
				continue;
			}
			if (conto[a] >= 0) {
				Dj[k] = contb[a] + oj[k].cc;
				back[j * per + k] = conto[a];
			}
			for (int b = 0; b < a; b++) {
				float c = endb[b] + skips(t, ps, b + 1, a) +
				    start + nb;

				if (endo[b] >= 0 && c < Dj[k]) {
					Dj[k] = c;
					back[j * per + k] = endo[b];
				}
			}
		}
	}
	bc = INF;
	for (size_t k = 0; p->n > 0 && k < no[p->n - 1]; k++) {
		size_t last = (p->n - 1) * per + k;
		float c = D[last] + skips(t, ps, o[last].b + 1, m);

		if (c < bc) {
			bc = c;
			best = k;
		}
	}
	for (size_t j = p->n; j-- > 0;) {
		out[j] = o[j * per + best];
		if (back[j * per + best] >= 0)
			best = (size_t)back[j * per + best];
	}
	free(o);
	free(no);
	free(D);
	free(back);
}

/* ---- Cells ---- */

void
pl_linear_join(struct pl_buf *b, const char *s, size_t n)
{
	size_t ln;

	s = pl_trim(s, n, &ln);
	if (ln == 0)
		return;
	if (b->len > 0) {
		bool glue = b->len >= 2 && b->s[b->len - 1] == '-' &&
		    b->s[b->len - 2] != ' ' && (starts_lower(s, ln) ||
		    (b->s[b->len - 2] >= '0' && b->s[b->len - 2] <= '9'));

		if (!glue)
			pl_buf_addc(b, ' ');
	}
	pl_buf_add(b, s, ln);
}

/*
 * Cost of continuing cell b (of kind) after a page break, from how it
 * ends: a colon, a comma or a function word asks for more; a full stop,
 * or an agency name's last word in an agency cell, does not.
 */
static float
more_cost(const struct pl_buf *b, int kind)
{
	static const char *const open[] = { "các", "và", "của", "cấp", "có",
	    "trên", "với", "cơ", "đảng", "bộ", "sở", "ban", "ủy", "uỷ",
	    "ubnd", "liên", "trực", "đặc", "theo", "tại", "trong", "về" };
	static const char *const done[] = { "tỉnh", "xã", "phường", "khu",
	    "ương" };
	char w[PL_LIN_WORD], c;
	size_t k;

	if (b->len == 0)
		return 0;
	c = b->s[b->len - 1];
	if (c == ':')
		return -2;
	if (strchr(".!?", c) != NULL)
		return 2;
	if (strchr(",;-", c) != NULL)
		return -1;
	for (k = b->len; k > 0 && b->s[k - 1] != ' '; k--)
		;
	if (b->len - k < PL_LIN_WORD) {
		pl_utf8_lower(b->s + k, b->len - k, w);
		for (size_t i = 0; i < PL_NELEM(open); i++)
			if (strcmp(w, open[i]) == 0)
				return -1.5f;
		for (size_t i = 0; i < PL_NELEM(done) && (kind == PL_LK_LEAD ||
		    kind == PL_LK_COORD || kind == PL_LK_DIRECT); i++)
			if (strcmp(w, done[i]) == 0)
				return 1;
	}
	return (c >= 'a' && c <= 'z') || (unsigned char)c >= 0x80 ? -1 : 0;
}

/*
 * Sets the cues that appear only when each unit is read after the one
 * before it: "Thực hiện" + "ngay từ năm" makes a deadline phrase.
 */
static void
pair_cues(struct pl_lpart *p)
{
	char buf[160];
	size_t a, b;
	unsigned q;

	for (size_t j = 1; j < p->n; j++) {
		const struct pl_lunit *x = &p->u[j - 1], *y = &p->u[j];

		a = x->n < 60 ? x->n : 60;
		b = y->n < 60 ? y->n : 60;
		while (a < x->n && (x->s[x->n - a] & 0xC0) == 0x80)
			a++;
		while (b > 0 && b < y->n && (y->s[b] & 0xC0) == 0x80)
			b--;
		snprintf(buf, sizeof(buf), "%.*s %.*s", (int)a,
		    x->s + x->n - a, (int)b, y->s);
		q = cues(buf, strlen(buf));
		p->u[j].pq = q & ~(cues(x->s, x->n) | cues(y->s, y->n)) &
		    (CUE_DL | CUE_DLW);
	}
}

/*
 * Assigns the lines of a row to its cells.  With collect, only records
 * the widths of the lines that wrapped inside a cell (for relearning).
 */
static void
fill_row(struct pl_ltab *t, struct pl_lrow *it, bool collect)
{
	struct pl_buf b[PL_LIN_COLS];
	struct pstate ps = { .first = true };
	struct opt *out;
	int m = t->h.ncols, lines[PL_LIN_COLS], maxl;

	memset(b, 0, sizeof(b));
	for (size_t p = 0; p < it->nparts; p++) {
		struct pl_lpart *pt = &it->parts[p];

		out = pl_xcalloc(pt->n + 1, sizeof(*out));
		pair_cues(pt);
		assign(t, &ps, pt, out);
		for (size_t j = 0; j < pt->n; j++) {
			const struct pl_lunit *u = &pt->u[j];
			int a = out[j].a;

			if (collect && j + 1 < pt->n && out[j].cut == 0 &&
			    out[j + 1].a == a && !pt->u[j + 1].blank &&
			    !explicit_break(u->s, u->n, pt->u[j + 1].s,
			    pt->u[j + 1].n))
			{
				size_t nn = t->nwrap[a];

				*(int *)pl_vec_push(t->tmp, &t->need[a], &nn,
				    &t->capneed[a], sizeof(int)) = u->w + 1 +
				    first_word(pt->u[j + 1].s, pt->u[j + 1].n);
				*(int *)pl_vec_push(t->tmp, &t->wrap[a],
				    &t->nwrap[a], &t->capwrap[a], sizeof(int)) =
				    u->w;
			}
			if (out[j].cut == 0) {
				pl_linear_join(&b[out[j].a], u->s, u->n);
				continue;
			}
			pl_linear_join(&b[out[j].a], u->s, out[j].cut);
			pl_linear_join(&b[out[j].b], u->s + out[j].cut,
			    u->n - out[j].cut);
		}
		/* The cells a page break cuts are the tallest on its page: a
		 * shorter one has ended, one not on this page ended before. */
		memset(lines, 0, sizeof(lines));
		maxl = 0;
		for (size_t j = 0; j < pt->n; j++) {
			lines[out[j].a]++;
			if (out[j].b != out[j].a)
				lines[out[j].b]++;
		}
		for (int c = 0; c < m; c++)
			maxl = lines[c] > maxl ? lines[c] : maxl;
		free(out);
		ps.first = false;
		for (int c = 0; c < m; c++) {
			ps.has[c] = b[c].len > 0;
			float h = (float)lines[c] - t->height[c];

			ps.more[c] = more_cost(&b[c], t->h.kind[c]) +
			    (lines[c] == 0 ? 4 : lines[c] + 1 < maxl ? 2.5f :
			    lines[c] < maxl ? 1 : h >= 0.5f ? 0.7f :
			    h < -0.5f ? -0.5f : 0);
		}
	}
	for (int c = 0; c < m; c++) {
		if (b[c].len > 0 && !collect) {
			it->cell[c] = pl_squash_space(t->doc->arena, b[c].s,
			    b[c].len);
			it->present |= kind_bit(t->h.kind[c]);
		}
		pl_buf_free(&b[c]);
	}
	it->present |= PL_CELL_NUMBER;
}

/*
 * Columns without rows to learn from keep a default width; a first
 * assignment with it gives their wrapped lines, whose widths replace it.
 */
static void
relearn(struct pl_ltab *t)
{
	int c;

	for (c = 0; c < t->h.ncols && t->learned[c]; c++)
		;
	if (c == t->h.ncols)
		return;
	for (size_t r = 0; r < t->nit; r++)
		if (!t->it[r].group && !t->it[r].sub)
			fill_row(t, &t->it[r], true);
	for (c = 0; c < t->h.ncols; c++) {
		if (t->learned[c] || t->nwrap[c] < 3)
			continue;
		set_width(t, c, t->wrap[c], t->need[c], t->nwrap[c]);
	}
}

void
pl_linear_cells(struct pl_ltab *t)
{
	learn_widths(t);
	relearn(t);
	for (size_t r = 0; r < t->nit; r++)
		if (!t->it[r].group && !t->it[r].sub)
			fill_row(t, &t->it[r], false);
}
