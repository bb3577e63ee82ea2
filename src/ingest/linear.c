/*
 * linear.c: assignment tables that PDF text extraction linearized cell
 * by cell: each cell's lines stacked, cells separated by blank lines, the
 * header repeated after every page break.  This file finds the header,
 * the rows and the page furniture; linear_cell.c puts lines into cells
 * (steps 3-4) and linear_task.c makes sections and tasks (step 5).
 *
 * Method.
 * 1. The header is recognized by its column titles (Số TT, Tên công việc,
 *    Cơ quan chủ trì, Cơ quan phối hợp, Biện pháp/nguồn lực, Thời gian,
 *    Kết quả/Sản phẩm, Cơ quan chỉ đạo, Ghi chú), wrapped over any number
 *    of lines, in any order: the order of the titles is the column order.
 * 2. The body is walked once.  Repeated headers, page numbers (a lone
 *    number before a header, or between blank lines) and footnotes (a
 *    numbered block after a rule line, or called "(1)" in the table, just
 *    before a page break) are dropped.  A roman numeral with an upper-case
 *    title opens a group; a number alone (or before an upper-case word)
 *    that continues the numbering opens a row, at the start of a block or
 *    when it is the very next number.  A row whose only content is a
 *    short title and whose next row is its child ("1" then "1.1") is a
 *    sub-group.  A row's lines are cut into parts at page breaks: after a
 *    break the text goes on with the cells of the row before it.
 * 3. Each column wraps at its own width.  From the rows whose blocks match
 *    the columns one to one, each column gets a width (its widest wrapped
 *    line, or the least width its wraps allow), a slack (the room a
 *    wrapped line may leave, for proportional fonts) and a mean height;
 *    columns without such rows keep defaults, relearned from a first
 *    assignment.
 * 4. The lines of each part are assigned to columns by a dynamic program:
 *    the column never decreases along a part and a line may be cut at a
 *    word boundary between two cells.  The cost adds: a line wider than
 *    its column; a line that wrapped although the next word would have
 *    fitted; a blank line inside a cell; a new cell without a blank line;
 *    empty cells; content cues ("- Biện pháp:", deadline words, also
 *    across two lines, "Theo chỉ tiêu", agency names at the start of a
 *    lead cell, no figures in agency cells).  After a page break the cells
 *    that go on are the tallest ones of the page before, preferably those
 *    left unfinished (a colon, a comma or a function word at the end).
 * 5. Vertically merged cells: their text is written in the last row of
 *    the merged run, so rows with neither measures nor deadline take
 *    those of the next row with the same lead (PL_CELL_* bits in shared).
 *    A merged cell cut by a page break ends in a row whose cell starts
 *    lower-case or with a quote: that text is joined to the owner's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linear.h"

enum {
	MAXTOK	= 64,	/* words of a header */
};

/* ---- Lines and words ---- */

/* The next word of s[*pos..n), lower-cased into w; false at the end. */
static bool
next_word(const char *s, size_t n, size_t *pos, char *w)
{
	size_t i = *pos, st, len;

	while (i < n && !wordch(s, n, i))
		i++;
	if (i >= n) {
		*pos = n;
		return false;
	}
	for (st = i; i < n && wordch(s, n, i); i++)
		;
	*pos = i;
	len = i - st < PL_LIN_WORD - 1 ? i - st : PL_LIN_WORD - 1;
	pl_utf8_lower(s + st, len, w);
	return true;
}

static bool
is_separator(const char *s, size_t n)
{
	if (n < 3)
		return false;
	for (size_t i = 0; i < n; i++)
		if (strchr("_-=.*~ ", s[i]) == NULL)
			return false;
	return true;
}

/* A line of only white space that is long: a footnote rule in PDF text. */
static bool
is_rule(const struct pl_doc *doc, size_t i)
{
	size_t n;
	const char *s = tline(doc, i, &n);

	if (n > 0)
		return is_separator(s, n);
	return doc->text.lines[i].len >= 10;
}

/* At least 70% of the letters are upper-case. */
static bool
mostly_upper(const char *s, size_t n)
{
	int letters = 0, upper = 0, len;
	int32_t cp;

	for (size_t i = 0; i < n; i += len > 0 ? (size_t)len : 1) {
		len = pl_utf8_decode(s + i, n - i, &cp);
		if (len > 0 && pl_utf8_is_alpha_at(s + i, n - i)) {
			letters++;
			upper += pl_utf8_is_upper_at(s + i, n - i);
		}
	}
	return letters >= 2 && upper * 10 >= letters * 7;
}

/* ---- The header ---- */

static const char *const vocab[] = {
	"số", "tt", "stt", "thứ", "tự", "tên", "công", "việc", "nội", "dung",
	"nhiệm", "vụ", "cơ", "quan", "đơn", "vị", "chủ", "trì", "phối", "hợp",
	"chỉ", "đạo", "lãnh", "biện", "pháp", "giải", "nguồn", "lực", "thực",
	"hiện", "thời", "gian", "hạn", "hoàn", "thành", "kết", "quả", "cần",
	"đạt", "được", "sản", "phẩm", "dự", "kiến", "đầu", "ra", "tham", "mưu",
	"ghi", "chú", "tiến", "độ", "và", "phụ", "trách", "kinh", "phí",
};

static bool
in_vocab(const char *w)
{
	for (size_t i = 0; i < PL_NELEM(vocab); i++)
		if (strcmp(w, vocab[i]) == 0)
			return true;
	return false;
}

/* Column title phrases: words, kind.  PL_LK_PREFIX waits for its role. */
static const struct {
	const char	*w[3];
	enum pl_lkind	 kind;
} phrases[] = {
	{ { "stt" }, PL_LK_NUMBER },
	{ { "số", "tt" }, PL_LK_NUMBER },
	{ { "số", "thứ", "tự" }, PL_LK_NUMBER },
	{ { "tt" }, PL_LK_NUMBER },
	{ { "tên" }, PL_LK_TEXT },
	{ { "nội", "dung" }, PL_LK_TEXT },
	{ { "nhiệm", "vụ" }, PL_LK_TEXT },
	{ { "công", "việc" }, PL_LK_TEXT },
	{ { "cơ", "quan" }, PL_LK_PREFIX },
	{ { "đơn", "vị" }, PL_LK_PREFIX },
	{ { "chỉ", "đạo" }, PL_LK_DIRECT },
	{ { "lãnh", "đạo" }, PL_LK_DIRECT },
	{ { "chủ", "trì" }, PL_LK_LEAD },
	{ { "phụ", "trách" }, PL_LK_LEAD },
	{ { "phối", "hợp" }, PL_LK_COORD },
	{ { "biện", "pháp" }, PL_LK_MEAS },
	{ { "giải", "pháp" }, PL_LK_MEAS },
	{ { "nguồn", "lực" }, PL_LK_MEAS },
	{ { "kinh", "phí" }, PL_LK_MEAS },
	{ { "thời", "gian" }, PL_LK_DEADLINE },
	{ { "thời", "hạn" }, PL_LK_DEADLINE },
	{ { "tiến", "độ" }, PL_LK_DEADLINE },
	{ { "kết", "quả" }, PL_LK_PRODUCT },
	{ { "sản", "phẩm" }, PL_LK_PRODUCT },
	{ { "ghi", "chú" }, PL_LK_OTHER },
};

/* The phrase at word k: its kind and length, or -1 for another word. */
static int
phrase_at(char w[][PL_LIN_WORD], int nw, int k, int *len)
{
	for (size_t p = 0; p < PL_NELEM(phrases); p++) {
		int j;

		for (j = 0; j < 3 && phrases[p].w[j] != NULL; j++)
			if (k + j >= nw ||
			    strcmp(w[k + j], phrases[p].w[j]) != 0)
				break;
		if (j == 3 || phrases[p].w[j] == NULL) {
			*len = j;
			return (int)phrases[p].kind;
		}
	}
	*len = 1;
	return -1;
}

/* Splits the title words into columns; false when they are no header. */
static bool
segment(char w[][PL_LIN_WORD], int nw, struct pl_lheader *h)
{
	bool used[PL_LK__N] = { false };
	int cur = -1, len, kind, others = 0;

	h->ncols = 0;
	for (int k = 0; k < nw; k += len) {
		kind = phrase_at(w, nw, k, &len);
		if (kind == PL_LK_PREFIX) {
			if (cur >= 0 && h->kind[cur] == PL_LK_PREFIX)
				continue;
		} else if (kind >= 0 && cur >= 0 &&
		    h->kind[cur] == PL_LK_PREFIX && !used[kind]) {
			h->kind[cur] = kind;
			used[kind] = true;
			continue;
		} else if (kind < 0 || (cur >= 0 && h->kind[cur] == kind) ||
		    (used[kind] && kind != PL_LK_OTHER)) {
			if (cur < 0)
				return false;
			continue;
		}
		if (h->ncols == PL_LIN_COLS)
			return false;
		cur = h->ncols++;
		h->kind[cur] = kind;
		used[kind] = true;
	}
	for (int c = 0; c < h->ncols; c++) {
		if (h->kind[c] == PL_LK_PREFIX) {
			h->kind[c] = used[PL_LK_LEAD] ? PL_LK_OTHER :
			    PL_LK_LEAD;
			used[h->kind[c]] = true;
		}
		if (h->kind[c] >= PL_LK_DIRECT && h->kind[c] <= PL_LK_PRODUCT)
			others++;
	}
	return h->ncols >= 3 && used[PL_LK_NUMBER] && used[PL_LK_TEXT] &&
	    others >= 1;
}

/*
 * Reads a header starting at line i: lines made only of title words,
 * blank lines allowed between them.  maxtok > 0 stops before a line that
 * would exceed that many words (a repeated header has the first's words).
 */
static bool
header_parse(const struct pl_doc *doc, size_t i, int maxtok,
    struct pl_lheader *h)
{
	char w[MAXTOK][PL_LIN_WORD], lw[MAXTOK][PL_LIN_WORD];
	size_t j, n, pos, last = i;
	int nw = 0, k, blanks = 0;
	const char *s;

	for (j = i; j < doc->text.n && j < i + 40; j++) {
		s = tline(doc, j, &n);
		if (n == 0) {
			if (++blanks > 3)
				break;
			continue;
		}
		if (memchr(s, '\t', n) != NULL)
			break;
		for (k = 0, pos = 0; next_word(s, n, &pos, lw[k]); k++)
			if (k == MAXTOK - 1 || !in_vocab(lw[k]))
				break;
		if (pos < n || k == 0 || nw + k > MAXTOK ||
		    (maxtok > 0 && nw + k > maxtok))
			break;
		memcpy(w[nw], lw, sizeof(lw[0]) * (size_t)k);
		nw += k;
		blanks = 0;
		last = j;
	}
	if (nw == 0 || !segment(w, nw, h))
		return false;
	h->ntok = nw;
	h->end = last + 1;
	return true;
}

/* A cheap test before parsing: the line's first word is a title word. */
static bool
maybe_header(const struct pl_doc *doc, size_t i)
{
	char w[PL_LIN_WORD];
	size_t n, pos = 0;
	const char *s = tline(doc, i, &n);

	if (n == 0 || n > 120 || memchr(doc->text.lines[i].s, '\t',
	    doc->text.lines[i].len) != NULL)
		return false;
	return next_word(s, n, &pos, w) && in_vocab(w);
}

/* A repeat of the table's header at line i; *end gets the line after. */
static bool
header_again(const struct pl_ltab *t, size_t i, size_t *end)
{
	struct pl_lheader h;

	if (!maybe_header(t->doc, i) || !header_parse(t->doc, i, t->h.ntok,
	    &h) || h.ncols != t->h.ncols)
		return false;
	if (memcmp(h.kind, t->h.kind, sizeof(h.kind[0]) * (size_t)h.ncols))
		return false;
	*end = h.end;
	return true;
}

bool
pl_linear_starts(const struct pl_doc *doc, size_t i)
{
	struct pl_lheader h;

	return i < doc->text.n && maybe_header(doc, i) &&
	    header_parse(doc, i, 0, &h);
}

/* ---- Row numbers, groups, page furniture ---- */

/*
 * A row number at the start of s ("1", "1.1", "2.10", "3."), ending the
 * line or followed by an upper-case word.  Returns the bytes of the
 * number and its separator, 0 when none.
 */
static size_t
rownum(const char *s, size_t n, int *comp, int *ncomp)
{
	size_t i = 0, d;

	*ncomp = 0;
	for (;;) {
		for (d = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++, d++)
			;
		if (d == 0 || d > 3 || *ncomp == PL_LIN_COMP)
			return 0;
		comp[(*ncomp)++] = atoi(s + i - d);
		if (i + 1 < n && s[i] == '.' && s[i + 1] >= '0' &&
		    s[i + 1] <= '9') {
			i++;
			continue;
		}
		break;
	}
	if (i < n && (s[i] == '.' || s[i] == ')'))
		i++;
	if (i == n)
		return i;
	if (s[i] != ' ')
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	return starts_upper(s + i, n - i) ? i : 0;
}

/*
 * Whether cand continues the numbering after prev, skipping at most two
 * numbers, or with exact when it is the very next.  After a group row
 * (np 0) any number opens the first row.
 */
static bool
plausible(const int *prev, int np, const int *cand, int nc, bool exact)
{
	int k = nc - 1, skip = exact ? 0 : 2;

	if (np == 0)
		return !exact || cand[k] == 1;
	if (nc == np + 1)
		return memcmp(prev, cand, sizeof(int) * (size_t)np) == 0 &&
		    cand[k] >= 1 && cand[k] <= 1 + skip / 2;
	if (nc > np || memcmp(prev, cand, sizeof(int) * (size_t)k) != 0)
		return false;
	return cand[k] > prev[k] && cand[k] <= prev[k] + 1 + skip;
}

static int
roman(const char *s, size_t n)
{
	static const char *const r[] = { "I", "II", "III", "IV", "V", "VI",
	    "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
	    "XVII", "XVIII", "XIX", "XX" };

	for (size_t i = 0; i < PL_NELEM(r); i++)
		if (strlen(r[i]) == n && memcmp(r[i], s, n) == 0)
			return (int)i + 1;
	return 0;
}

/* The next non-blank line at or after i, or doc->text.n. */
static size_t
next_nonblank(const struct pl_doc *doc, size_t i)
{
	size_t n;

	while (i < doc->text.n && (tline(doc, i, &n), n == 0))
		i++;
	return i;
}

static bool
lone_number(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		;
	return i > 0 && i <= 4 && i == n;
}

/*
 * A page break follows line i: blanks, a page number when pagenum, then
 * the header (or the end of the text).
 */
static bool
break_follows(const struct pl_ltab *t, size_t i, bool pagenum)
{
	size_t j = next_nonblank(t->doc, i), n, end;
	const char *s;

	if (pagenum && j < t->doc->text.n) {
		s = tline(t->doc, j, &n);
		if (lone_number(s, n))
			j = next_nonblank(t->doc, j + 1);
	}
	return j >= t->doc->text.n || header_again(t, j, &end);
}

/*
 * A footnote at line i: "1 Theo ..." after a rule line or with a "(1)"
 * call in the table, then nothing but a page break.  Returns the first
 * line after it, or 0.
 */
static size_t
footnote(const struct pl_ltab *t, size_t i, size_t top)
{
	const struct pl_doc *doc = t->doc;
	size_t n, j, d, m, end;
	const char *s = tline(doc, i, &n);
	char call[8];
	bool called = false;

	for (d = 0; d < n && s[d] >= '0' && s[d] <= '9'; d++)
		;
	if (d == 0 || d > 2 || d + 1 >= n || s[d] != ' ')
		return 0;
	for (j = i + 1; j < doc->text.n && (tline(doc, j, &m), m > 0); j++)
		if (header_again(t, j, &end))
			break;
	if (!break_follows(t, j, true))
		return 0;
	if (i > 0 && is_rule(doc, i - 1))
		return j;
	snprintf(call, sizeof(call), "(%.*s)", (int)d, s);
	for (size_t k = top; k < i && !called; k++)
		called = strstr(doc->text.lines[k].s, call) != NULL;
	return called ? j : 0;
}

/* Lines that end the table: a signature block or another appendix. */
static bool
end_marker(const char *s, size_t n)
{
	static const char *const icase[] = { "nơi nhận", "trên đây là",
	    "ghi chú:" };
	static const char *const exact[] = { "T/M", "TM.", "KT.", "TL.",
	    "PHỤ LỤC", "Phụ lục" };

	for (size_t i = 0; i < PL_NELEM(icase); i++)
		if (pl_istarts_with(s, icase[i]))
			return true;
	for (size_t i = 0; i < PL_NELEM(exact); i++) {
		size_t k = strlen(exact[i]);

		if (n >= k && memcmp(s, exact[i], k) == 0 &&
		    (n == k || s[k] == ' '))
			return true;
	}
	return n == 7 && memcmp(s, "Ghi chú", 7) == 0;
}

/*
 * A group row at line i: a roman numeral and an upper-case title on the
 * line or on the next ones.  Returns the first line after it, or 0.
 */
static size_t
group_row(struct pl_ltab *t, size_t i, struct pl_lrow *g)
{
	const struct pl_doc *doc = t->doc;
	struct pl_buf b = { 0 };
	size_t n, k, j, m;
	const char *s = tline(doc, i, &n), *r;

	for (k = 0; k < n && strchr("IVX", s[k]) != NULL; k++)
		;
	if (k == 0 || roman(s, k) == 0 ||
	    (k < n && strchr(" .-)", s[k]) == NULL))
		return 0;
	memcpy(g->num, s, k);
	while (k < n && strchr(" .-)", s[k]) != NULL)
		k++;
	if (k < n && !mostly_upper(s + k, n - k))
		return 0;
	pl_buf_add(&b, s + k, n - k);
	j = k < n ? i + 1 : next_nonblank(doc, i + 1);
	for (; j < doc->text.n; j++) {
		r = tline(doc, j, &m);
		if (m == 0 || rownum(r, m, g->comp, &g->ncomp) > 0 ||
		    !mostly_upper(r, m) || header_again(t, j, &m))
			break;
		pl_buf_addc(&b, ' ');
		pl_buf_add(&b, r, m);
	}
	g->ncomp = 0;
	if (b.len == 0) {
		pl_buf_free(&b);
		return 0;
	}
	g->title = pl_squash_space(t->tmp, b.s, b.len);
	pl_buf_free(&b);
	g->group = true;
	g->line = i;
	g->last = j - 1;
	return j;
}

/* ---- The walk ---- */

static void
add_unit(struct pl_ltab *t, struct pl_lrow *row, bool newpart, size_t line,
    const char *s, size_t n, bool blank)
{
	struct pl_lpart *p;
	struct pl_lunit *u;

	if (newpart || row->nparts == 0)
		pl_vec_push(t->tmp, &row->parts, &row->nparts, &row->capparts,
		    sizeof(struct pl_lpart));
	p = &row->parts[row->nparts - 1];
	if (n == 0)
		return;
	u = pl_vec_push(t->tmp, &p->u, &p->n, &p->cap, sizeof(*u));
	u->s = s;
	u->n = n;
	u->w = (int)pl_utf8_count(s, n);
	u->line = line;
	u->blank = blank || p->n == 1;
	if (line > row->last)
		row->last = line;
}

/* Two consecutive lines this wide are prose: the table has ended. */
static bool
prose_follows(const struct pl_doc *doc, size_t i, int wide)
{
	size_t j;

	if ((int)pl_utf8_count(doc->text.lines[i].s, doc->text.lines[i].len) <=
	    wide)
		return false;
	j = next_nonblank(doc, i + 1);
	return j < doc->text.n && (int)pl_utf8_count(doc->text.lines[j].s,
	    doc->text.lines[j].len) > wide;
}

static void
walk(struct pl_ltab *t, size_t top)
{
	const struct pl_doc *doc = t->doc;
	struct pl_lrow *it;
	int prev[PL_LIN_COMP], np = 0, comp[PL_LIN_COMP], nc, wide = 52, w;
	long row = -1;
	bool blank = true, brk = false;
	size_t i = t->h.end, n, k, j;
	const char *s;

	while (i < doc->text.n) {
		s = tline(doc, i, &n);
		if (n == 0 || is_separator(s, n)) {
			blank = true;
			i++;
			continue;
		}
		if (memchr(s, '\t', n) != NULL || end_marker(s, n) ||
		    prose_follows(doc, i, wide))
			break;
		if (header_again(t, i, &j)) {
			i = j;
			blank = brk = true;
			continue;
		}
		if (lone_number(s, n) && break_follows(t, i + 1, false)) {
			i++;
			blank = true;
			continue;
		}
		if ((j = footnote(t, i, top)) > 0) {
			i = j;
			blank = true;
			continue;
		}
		it = pl_vec_push(t->tmp, &t->it, &t->nit, &t->capit,
		    sizeof(*it));
		if (blank && (j = group_row(t, i, it)) > 0) {
			row = -1;
			np = 0;
			i = j;
			blank = true;
			continue;
		}
		if ((k = rownum(s, n, comp, &nc)) > 0 &&
		    plausible(prev, np, comp, nc, !blank)) {
			memcpy(prev, comp, sizeof(comp));
			np = nc;
			row = (long)t->nit - 1;
			it->line = it->last = i;
			memcpy(it->comp, comp, sizeof(comp));
			it->ncomp = nc;
			snprintf(it->num, sizeof(it->num), "%.*s",
			    (int)(k < PL_LIN_WORD ? k : PL_LIN_WORD - 1), s);
			it->num[strcspn(it->num, " )")] = '\0';
			if (it->num[0] != '\0' &&
			    it->num[strlen(it->num) - 1] == '.')
				it->num[strlen(it->num) - 1] = '\0';
			add_unit(t, it, true, i, s + k, n - k, false);
			brk = blank = false;
			i++;
			continue;
		}
		t->nit--;
		/* A lone number after a break or between blank lines is a
		 * page number: it marks a page break. */
		if (lone_number(s, n) && (brk || (blank && (i + 1 >=
		    doc->text.n || (tline(doc, i + 1, &k), k == 0))))) {
			brk = blank = true;
			i++;
			continue;
		}
		if (row >= 0) {
			add_unit(t, &t->it[row], brk, i, s, n, blank || brk);
			w = (int)pl_utf8_count(s, n);
			if (w < 80 && w * 13 / 10 > wide)
				wide = w * 13 / 10;
		}
		brk = blank = false;
		i++;
	}
	/* Group rows with no row after them were prose after the table. */
	while (t->nit > 0 && t->it[t->nit - 1].group) {
		i = t->it[t->nit - 1].line;
		t->nit--;
	}
	t->end = i;
}

/* ---- Sub-groups, caption, the driver ---- */

/* Marks sub-group rows: a short title only, then a child row. */
static void
find_subgroups(struct pl_ltab *t)
{
	for (size_t r = 0; r + 1 < t->nit; r++) {
		struct pl_lrow *it = &t->it[r], *nx = &t->it[r + 1];
		struct pl_lpart *p = it->nparts > 0 ? &it->parts[0] : NULL;
		size_t blocks = 0;

		if (it->group || nx->group || it->nparts != 1 ||
		    nx->ncomp != it->ncomp + 1 || memcmp(it->comp, nx->comp,
		    sizeof(int) * (size_t)it->ncomp) != 0)
			continue;
		for (size_t u = 0; u < p->n; u++)
			blocks += u == 0 || p->u[u].blank;
		if (p->n > 2 || blocks > 1)
			continue;
		it->sub = true;
	}
}

static const char *
caption(const struct pl_doc *doc, size_t top)
{
	struct pl_buf b = { 0 };
	size_t n, from = top, k;
	const char *s, *r = NULL;

	for (k = top; k-- > 0 && top - k <= 12;) {
		s = tline(doc, k, &n);
		if (pl_istarts_with(s, "phụ lục")) {
			from = k;
			break;
		}
	}
	for (k = from; k < top; k++) {
		s = tline(doc, k, &n);
		if (n == 0 || is_separator(s, n))
			continue;
		if (b.len > 0)
			pl_buf_addc(&b, ' ');
		pl_buf_add(&b, s, n);
	}
	if (b.len > 0)
		r = pl_squash_space(doc->arena, b.s, b.len);
	pl_buf_free(&b);
	return r;
}

size_t
pl_linear_parse(struct pl_doc *doc, size_t i, struct pl_parse_state *st)
{
	struct pl_ltab t = { .doc = doc };
	struct pl_table *tb;
	int base = st->section;
	size_t last;

	if (!header_parse(doc, i, 0, &t.h))
		return i + 1;
	t.tmp = pl_arena_new();
	walk(&t, i);
	find_subgroups(&t);
	pl_linear_cells(&t);
	tb = pl_doc_add_table(doc);
	tb->line = doc->text.lines[i].orig;
	last = t.h.end - 1;
	for (size_t r = 0; r < t.nit; r++)
		if (t.it[r].last > last)
			last = t.it[r].last;
	tb->end_line = doc->text.lines[last].orig;
	tb->ncols = t.h.ncols;
	for (int c = 0; c < t.h.ncols; c++)
		tb->columns |= kind_bit(t.h.kind[c]);
	tb->caption = caption(doc, i);
	pl_linear_tasks(&t, base, (int)(doc->ntables - 1));
	st->section = base;
	pl_arena_free(t.tmp);
	return t.end > i ? t.end : i + 1;
}
