/*
 * linear.c: assignment tables that PDF text extraction linearized cell
 * by cell: each cell's lines stacked, cells separated by blank lines, the
 * header repeated after every page break.
 *
 * Method.
 * 1. The header is recognized by its column titles (Số TT, Tên công việc,
 *    Cơ quan chủ trì, Cơ quan phối hợp, Biện pháp/nguồn lực, Thời gian,
 *    Kết quả/Sản phẩm, Cơ quan chỉ đạo, Ghi chú), wrapped over any number
 *    of lines, in any order: the order of the titles is the column order.
 * 2. The body is walked once.  Repeated headers, page numbers (a lone
 *    number before a header) and footnotes (a numbered block after a rule
 *    line, just before a page break) are dropped.  A roman numeral with an
 *    upper-case title opens a group; a number alone (or followed by an
 *    upper-case word) at the start of a block that continues the numbering
 *    opens a row.  A row whose only content is a short title and whose
 *    next row is its child ("1" then "1.1") is a sub-group.  A row's lines
 *    are cut into parts at page breaks: after a break the text goes on
 *    with the cells of the row before the break.
 * 3. Each column wraps at its own width.  Widths are learned from the
 *    rows whose blocks match the columns one to one, else defaults.
 * 4. The lines of each part are assigned to columns by a dynamic program:
 *    the column never decreases along a part and a line may be cut at a
 *    word boundary between two cells.  The cost adds: a line wider than
 *    its column; a line that wrapped although the next word would have
 *    fitted; a blank line inside a cell; a new cell without a blank line;
 *    empty cells; content cues ("- Biện pháp:", deadline words, "Theo chỉ
 *    tiêu", agency names at the start of a lead cell).  After a page break
 *    a cell left unfinished (ending in ":" or a lower-case word) is the
 *    cheapest one to continue.
 * 5. Vertically merged cells: their text is written in the last row of
 *    the merged run, so rows with neither measures nor deadline take
 *    those of the next row with the same lead (PL_CELL_* bits in shared).
 *    A merged cell cut by a page break ends in a row whose cell starts
 *    lower-case or with a quote: that text is joined to the owner's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"

enum {
	MAXCOLS	= 10,	/* columns of a table */
	MAXTOK	= 64,	/* words of a header */
	WORDSZ	= 24,
	MAXCUTS	= 16,	/* word boundaries tried per line */
	MAXCOMP	= 4,	/* components of a row number */
};

enum kind {
	K_OTHER, K_NUMBER, K_TEXT, K_DIRECT, K_LEAD, K_COORD, K_MEAS,
	K_DEADLINE, K_PRODUCT, K_PREFIX, K__N
};

/*
 * Per kind, grep ORDER KIND: cell bit, default width, cost of an empty
 * cell, default lines of a cell.
 */
static const unsigned kbit[K__N] = { 0, PL_CELL_NUMBER, PL_CELL_TEXT,
    PL_CELL_DIRECTING, PL_CELL_LEAD, PL_CELL_COORD, PL_CELL_MEASURES,
    PL_CELL_DEADLINE, PL_CELL_PRODUCT, 0 };
static const int kwidth[K__N] = { 12, 5, 26, 14, 13, 13, 36, 18, 20, 13 };
static const float kskip[K__N] = { 0.5f, 0, 8, 2, 3, 1, 1.5f, 1.5f, 1.5f,
    1 };
static const float kheight[K__N] = { 2, 1, 3, 2, 2, 3, 6, 3, 3, 2 };

/* Costs of the assignment (see the method above). */
#define C_SPLIT_UP	3.0f	/* two cells on a line, the second upper-case */
#define C_SPLIT_LOW	6.0f	/* ... the second lower-case */
#define C_BLANK_CONT	2.5f	/* blank line inside a cell */
#define C_NB_CHANGE	4.0f	/* new cell without a blank line */
#define C_NEW_AFTER	2.0f	/* a cell first seen after a page break */
#define INF		1e30f

struct header {
	int	 kind[MAXCOLS];
	int	 ncols;
	int	 ntok;
	size_t	 end;		/* first line after the header */
};

struct unit {
	const char	*s;	/* trimmed line (or its part after a number) */
	size_t		 n;
	int		 w;	/* width in code points */
	size_t		 line;	/* index in doc->text.lines */
	bool		 blank;	/* a blank line before it, in its part */
	unsigned	 pq;	/* cues found only with the unit before */
};

struct part {
	struct unit	*u;
	size_t		 n, cap;
};

struct item {
	bool		 group;	/* a roman group row */
	size_t		 line, last;
	char		 num[WORDSZ];
	int		 comp[MAXCOMP], ncomp;
	const char	*title;	/* group title */
	struct part	*parts;
	size_t		 nparts, capparts;
	bool		 sub;	/* a sub-group row */
	int		 section;
	const char	*path;	/* id prefix of its tasks */
	char		*cell[MAXCOLS];
	unsigned	 present, shared;
	int		 owner;	/* row whose merged cell this row continues */
};

struct tab {
	struct pl_doc	*doc;
	struct pl_arena	*tmp;
	struct header	 h;
	int		 width[MAXCOLS];
	int		 slack[MAXCOLS];	/* room a wrapped line may leave */
	float		 height[MAXCOLS];	/* mean lines of a cell */
	bool		 learned[MAXCOLS];
	int		*wrap[MAXCOLS];	/* widths of wrapped lines, pass 1 */
	int		*need[MAXCOLS];	/* ... with the next word */
	size_t		 nwrap[MAXCOLS], capwrap[MAXCOLS], capneed[MAXCOLS];
	struct item	*it;
	size_t		 nit, capit;
	size_t		 end;
};

/* ---- Lines and words ---- */

static const char *
tline(const struct pl_doc *doc, size_t i, size_t *n)
{
	return pl_trim(doc->text.lines[i].s, doc->text.lines[i].len, n);
}

static bool
wordch(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];

	if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
		return false;
	return c >= 0x80 || (c >= '0' && c <= '9') ||
	    ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

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
	len = i - st < WORDSZ - 1 ? i - st : WORDSZ - 1;
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

static bool
starts_upper(const char *s, size_t n)
{
	return n > 0 && pl_utf8_is_upper_at(s, n);
}

static bool
starts_lower(const char *s, size_t n)
{
	return n > 0 && pl_utf8_is_alpha_at(s, n) && !pl_utf8_is_upper_at(s,
	    n);
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

/* Column title phrases: words, kind.  K_PREFIX waits for its role. */
static const struct {
	const char	*w[3];
	enum kind	 kind;
} phrases[] = {
	{ { "stt" }, K_NUMBER },
	{ { "số", "tt" }, K_NUMBER },
	{ { "số", "thứ", "tự" }, K_NUMBER },
	{ { "tt" }, K_NUMBER },
	{ { "tên" }, K_TEXT },
	{ { "nội", "dung" }, K_TEXT },
	{ { "nhiệm", "vụ" }, K_TEXT },
	{ { "công", "việc" }, K_TEXT },
	{ { "cơ", "quan" }, K_PREFIX },
	{ { "đơn", "vị" }, K_PREFIX },
	{ { "chỉ", "đạo" }, K_DIRECT },
	{ { "lãnh", "đạo" }, K_DIRECT },
	{ { "chủ", "trì" }, K_LEAD },
	{ { "phụ", "trách" }, K_LEAD },
	{ { "phối", "hợp" }, K_COORD },
	{ { "biện", "pháp" }, K_MEAS },
	{ { "giải", "pháp" }, K_MEAS },
	{ { "nguồn", "lực" }, K_MEAS },
	{ { "kinh", "phí" }, K_MEAS },
	{ { "thời", "gian" }, K_DEADLINE },
	{ { "thời", "hạn" }, K_DEADLINE },
	{ { "tiến", "độ" }, K_DEADLINE },
	{ { "kết", "quả" }, K_PRODUCT },
	{ { "sản", "phẩm" }, K_PRODUCT },
	{ { "ghi", "chú" }, K_OTHER },
};

/* The phrase at word k: its kind and length, or -1 for another word. */
static int
phrase_at(char w[][WORDSZ], int nw, int k, int *len)
{
	for (size_t p = 0; p < PL_NELEM(phrases); p++) {
		int j;

		for (j = 0; j < 3 && phrases[p].w[j] != NULL; j++)
			if (k + j >= nw || strcmp(w[k + j], phrases[p].w[j]) != 0)
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
segment(char w[][WORDSZ], int nw, struct header *h)
{
	bool used[K__N] = { false };
	int cur = -1, len, kind, others = 0;

	h->ncols = 0;
	for (int k = 0; k < nw; k += len) {
		kind = phrase_at(w, nw, k, &len);
		if (kind == K_PREFIX) {
			if (cur >= 0 && h->kind[cur] == K_PREFIX)
				continue;
		} else if (kind >= 0 && cur >= 0 && h->kind[cur] == K_PREFIX &&
		    !used[kind]) {
			h->kind[cur] = kind;
			used[kind] = true;
			continue;
		} else if (kind < 0 || (cur >= 0 && h->kind[cur] == kind) ||
		    (used[kind] && kind != K_OTHER)) {
			if (cur < 0)
				return false;
			continue;
		}
		if (h->ncols == MAXCOLS)
			return false;
		cur = h->ncols++;
		h->kind[cur] = kind;
		used[kind] = true;
	}
	for (int c = 0; c < h->ncols; c++) {
		if (h->kind[c] == K_PREFIX) {
			h->kind[c] = used[K_LEAD] ? K_OTHER : K_LEAD;
			used[h->kind[c]] = true;
		}
		if (h->kind[c] >= K_DIRECT && h->kind[c] <= K_PRODUCT)
			others++;
	}
	return h->ncols >= 3 && used[K_NUMBER] && used[K_TEXT] && others >= 1;
}

/*
 * Reads a header starting at line i: lines made only of title words,
 * blank lines allowed between them.  maxtok > 0 stops before a line that
 * would exceed that many words (a repeated header has the first's words).
 */
static bool
header_parse(const struct pl_doc *doc, size_t i, int maxtok,
    struct header *h)
{
	char w[MAXTOK][WORDSZ], lw[MAXTOK][WORDSZ];
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
	char w[WORDSZ];
	size_t n, pos = 0;
	const char *s = tline(doc, i, &n);

	if (n == 0 || n > 120 || memchr(doc->text.lines[i].s, '\t',
	    doc->text.lines[i].len) != NULL)
		return false;
	return next_word(s, n, &pos, w) && in_vocab(w);
}

/* A repeat of the table's header at line i; *end gets the line after. */
static bool
header_again(const struct tab *t, size_t i, size_t *end)
{
	struct header h;

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
	struct header h;

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
		if (d == 0 || d > 3 || *ncomp == MAXCOMP)
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
break_follows(const struct tab *t, size_t i, bool pagenum)
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
footnote(const struct tab *t, size_t i, size_t top)
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
group_row(struct tab *t, size_t i, struct item *g)
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
add_unit(struct tab *t, struct item *row, bool newpart, size_t line,
    const char *s, size_t n, bool blank)
{
	struct part *p;
	struct unit *u;

	if (newpart || row->nparts == 0)
		pl_vec_push(t->tmp, &row->parts, &row->nparts, &row->capparts,
		    sizeof(struct part));
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
walk(struct tab *t, size_t top)
{
	const struct pl_doc *doc = t->doc;
	struct item *it;
	int prev[MAXCOMP], np = 0, comp[MAXCOMP], nc, wide = 52, w;
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
			    (int)(k < WORDSZ ? k : WORDSZ - 1), s);
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

/*
 * Learns each column's wrap width from the rows whose first part has one
 * block per column: the 95th percentile of the lines that wrapped.
 */
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
set_width(struct tab *t, int c, int *w, int *need, size_t n)
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
 * Learns each column's wrap width from the rows whose first part has one
 * block per column.
 */
static void
learn_widths(struct tab *t)
{
	int *w[MAXCOLS], *need[MAXCOLS], nw[MAXCOLS] = { 0 }, c, nb;
	int lines[MAXCOLS] = { 0 }, rows = 0, whole;
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
		struct item *it = &t->it[r];
		struct part *p;

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
			const struct unit *a = &p->u[u], *b = a + 1;

			if (u > 0 && a->blank)
				col++;
			if (t->h.kind[col] == K_NUMBER)
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
	float		 cs, cc;	/* cost as a cell start / continuation */
	int		 lastw;	/* width of the last piece */
};

struct pstate {
	bool	 first;			/* the row's first part */
	bool	 has[MAXCOLS];		/* cells seen in earlier parts */
	float	 more[MAXCOLS];		/* cost to continue such a cell */
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
piece(const struct tab *t, int c, const struct piece *p, bool start)
{
	int kind = t->h.kind[c], W = t->width[c], over = p->w - W;
	int tol = 1 + W / 10;
	unsigned q = p->q;
	float cost = over <= 0 ? 0 : over <= tol ? 0.7f * (float)over :
	    0.7f * (float)tol + 2 + 1.5f * (float)(over - tol);

	if (q & CUE_MEAS)
		cost += kind == K_MEAS ? (start ? -6 : -3) : 8;
	if (kind == K_DEADLINE)
		cost += (q & CUE_DL) ? -3 : (q & CUE_DLW) ? -1 : 1;
	else if (q & CUE_DL)
		cost += 2;
	if (q & CUE_PROD)
		cost += kind == K_PRODUCT ? -4 : 3;
	if (kind == K_LEAD || kind == K_COORD || kind == K_DIRECT) {
		if (start)
			cost += (q & CUE_AGENCY) ? -1.5f : 2;
		if (q & CUE_FIGURE)
			cost += 1.5f;
	}
	if (start && (q & CUE_LOWER))
		cost += 2;
	if ((q & CUE_BULLET) && (kind == K_TEXT || kind == K_LEAD ||
	    kind == K_COORD || kind == K_DIRECT || kind == K_NUMBER))
		cost += 1;
	return cost;
}

/* Cost of the first piece of column c in this part. */
static float
first_piece(const struct tab *t, const struct pstate *ps, int c,
    const struct piece *p)
{
	if (ps->first || !ps->has[c])
		return piece(t, c, p, true) + (ps->first ? 0 : C_NEW_AFTER);
	return piece(t, c, p, false) + ps->more[c];
}

static float
skips(const struct tab *t, const struct pstate *ps, int from, int to)
{
	float c = 0;

	for (int k = from; ps->first && k < to; k++)
		c += kskip[t->h.kind[k]];
	return c;
}

static size_t
options(const struct tab *t, const struct pstate *ps, const struct unit *u,
    bool cut, struct opt *o)
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
		if (t->h.kind[a] == K_NUMBER)
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

				if (t->h.kind[b] == K_NUMBER)
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
wrap_cost(const struct tab *t, int c, const struct unit *prev, int lastw,
    const struct unit *u)
{
	int room;

	float pair = 0;

	if (u->pq != 0)
		pair = t->h.kind[c] != K_DEADLINE ? 1 :
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
assign(const struct tab *t, const struct pstate *ps, const struct part *p,
    struct opt *out)
{
	int m = t->h.ncols;
	bool cut = p->n <= 400;
	size_t per = (size_t)m * (1 + (cut ? MAXCUTS * (size_t)m : 0)), best = 0;
	struct opt *o = pl_xcalloc(p->n * per, sizeof(*o));
	size_t *no = pl_xcalloc(p->n, sizeof(*no));
	float *D = pl_xcalloc(p->n * per, sizeof(float)), bc;
	int *back = pl_xcalloc(p->n * per, sizeof(int));
	float endb[MAXCOLS], contb[MAXCOLS];
	int endo[MAXCOLS], conto[MAXCOLS];

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

/* Appends a piece to a cell: hyphenated wraps join without a space. */
static void
cell_add(struct pl_buf *b, const char *s, size_t n)
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
	char w[WORDSZ], c;
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
	if (b->len - k < WORDSZ) {
		pl_utf8_lower(b->s + k, b->len - k, w);
		for (size_t i = 0; i < PL_NELEM(open); i++)
			if (strcmp(w, open[i]) == 0)
				return -1.5f;
		for (size_t i = 0; i < PL_NELEM(done) && (kind == K_LEAD ||
		    kind == K_COORD || kind == K_DIRECT); i++)
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
pair_cues(struct part *p)
{
	char buf[160];
	size_t a, b;
	unsigned q;

	for (size_t j = 1; j < p->n; j++) {
		const struct unit *x = &p->u[j - 1], *y = &p->u[j];

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
fill_row(struct tab *t, struct item *it, bool collect)
{
	struct pl_buf b[MAXCOLS];
	struct pstate ps = { .first = true };
	struct opt *out;
	int m = t->h.ncols, lines[MAXCOLS], maxl;

	memset(b, 0, sizeof(b));
	for (size_t p = 0; p < it->nparts; p++) {
		struct part *pt = &it->parts[p];

		out = pl_xcalloc(pt->n + 1, sizeof(*out));
		pair_cues(pt);
		assign(t, &ps, pt, out);
		for (size_t j = 0; j < pt->n; j++) {
			const struct unit *u = &pt->u[j];
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
				cell_add(&b[out[j].a], u->s, u->n);
				continue;
			}
			cell_add(&b[out[j].a], u->s, out[j].cut);
			cell_add(&b[out[j].b], u->s + out[j].cut,
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
			it->present |= kbit[t->h.kind[c]];
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
relearn(struct tab *t)
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

/* ---- Sections, merged cells and tasks ---- */

static int
column(const struct tab *t, enum kind k)
{
	for (int c = 0; c < t->h.ncols; c++)
		if (t->h.kind[c] == (int)k)
			return c;
	return -1;
}

/* Marks sub-group rows: a short title only, then a child row. */
static void
find_subgroups(struct tab *t)
{
	for (size_t r = 0; r + 1 < t->nit; r++) {
		struct item *it = &t->it[r], *nx = &t->it[r + 1];
		struct part *p = it->nparts > 0 ? &it->parts[0] : NULL;
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

static int
add_section(struct pl_doc *doc, int parent, const char *id,
    const char *label, const char *title, size_t line)
{
	struct pl_section *s = pl_doc_add_section(doc);
	const struct pl_section *ps = parent >= 0 ? &doc->sections[parent] :
	    NULL;

	s->id = id;
	s->label = pl_arena_strdup(doc->arena, label);
	s->title = pl_arena_strdup(doc->arena, title);
	s->line = doc->text.lines[line].orig;
	s->parent = parent;
	s->depth = ps != NULL ? ps->depth + 1 : 0;
	s->kind = ps != NULL ? ps->kind : PL_SEC_APPENDIX;
	s->specific = ps != NULL && ps->specific;
	return (int)(doc->nsections - 1);
}

static const char *
part_text(struct tab *t, const struct item *it)
{
	struct pl_buf b = { 0 };
	char *r;

	for (size_t u = 0; u < it->parts[0].n; u++)
		cell_add(&b, it->parts[0].u[u].s, it->parts[0].u[u].n);
	r = pl_squash_space(t->tmp, b.s != NULL ? b.s : "", b.len);
	pl_buf_free(&b);
	return r;
}

/* Creates the group and sub-group sections; sets each row's section. */
static void
sections(struct tab *t, int base)
{
	struct pl_doc *doc = t->doc;
	const char *root = base >= 0 ? pl_section_path(doc, base) : "PL";
	int group = base, sub = -1;

	for (size_t r = 0; r < t->nit; r++) {
		struct item *it = &t->it[r];

		if (it->group) {
			group = add_section(doc, base, pl_arena_printf(
			    doc->arena, "%s/%s", root, it->num), it->num,
			    it->title, it->line);
			sub = -1;
			it->section = group;
			it->path = doc->sections[group].id;
			continue;
		}
		if (sub >= 0 && !(it->ncomp > t->it[sub].ncomp &&
		    memcmp(it->comp, t->it[sub].comp, sizeof(int) *
		    (size_t)t->it[sub].ncomp) == 0))
			sub = -1;
		if (it->sub) {
			it->section = add_section(doc, group,
			    pl_arena_printf(doc->arena, "%s/%s",
			    group >= 0 ? doc->sections[group].id : root,
			    it->num), it->num, part_text(t, it), it->line);
			sub = (int)r;
			continue;
		}
		it->section = sub >= 0 ? t->it[sub].section : group;
		it->path = group >= 0 && group != base ?
		    doc->sections[group].id : root;
	}
}

static bool
finished(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && strchr(".!?", s[n - 1]) != NULL;
}

/* A cell that does not start like one: it continues a cut merged cell. */
static bool
continues(const char *s)
{
	return !starts_upper(s, strlen(s)) && strchr("-+*", s[0]) == NULL;
}

static bool
same_text(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strlen(a) == strlen(b) && pl_istarts_with(a, b);
}

/* Vertically merged measures and deadline cells (method, step 5). */
static void
merge_cells(struct tab *t)
{
	int cm = column(t, K_MEAS), cd = column(t, K_DEADLINE);
	int cl = column(t, K_LEAD), prev = -1, cols[2] = { cm, cd };
	size_t run = 0;

	if (cm < 0 && cd < 0)
		return;
	for (size_t r = 0; r < t->nit; r++) {
		struct item *it = &t->it[r], *o;

		it->owner = -1;
		if (it->group || it->sub) {
			prev = -1;
			continue;
		}
		o = prev >= 0 ? &t->it[prev] : NULL;
		if (o != NULL && cm >= 0 && it->cell[cm] != NULL &&
		    o->cell[cm] != NULL && !finished(o->cell[cm]) &&
		    continues(it->cell[cm]) &&
		    (cd < 0 || it->cell[cd] == NULL)) {
			o->cell[cm] = pl_arena_printf(t->doc->arena, "%s %s",
			    o->cell[cm], it->cell[cm]);
			it->cell[cm] = NULL;
			it->present &= ~PL_CELL_MEASURES;
			it->owner = o->owner >= 0 ? o->owner : prev;
		}
		prev = (int)r;
	}
	for (size_t r = 0; r < t->nit; r++) {
		struct item *it = &t->it[r];
		bool has = false;

		if (it->group || it->sub) {
			run = r + 1;
			continue;
		}
		for (int k = 0; k < 2; k++)
			has |= cols[k] >= 0 && it->cell[cols[k]] != NULL;
		if (!has || it->owner >= 0)
			continue;
		for (size_t q = run; q < t->nit; q++) {
			struct item *g = &t->it[q];

			if (q == r || g->group || g->sub)
				continue;
			if (q > r && g->owner != (int)r)
				break;
			if (q < r && (cl < 0 || !same_text(g->cell[cl],
			    it->cell[cl])))
				continue;
			for (int k = 0; k < 2; k++) {
				int c = cols[k];

				if (c >= 0 && it->cell[c] != NULL &&
				    g->cell[c] == NULL) {
					g->cell[c] = it->cell[c];
					g->shared |= kbit[t->h.kind[c]];
				}
			}
		}
		run = r + 1;
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

static void
make_tasks(struct tab *t, int table)
{
	struct pl_doc *doc = t->doc;
	int ct = column(t, K_TEXT), cl = column(t, K_LEAD);
	int cc = column(t, K_COORD), cx = column(t, K_DIRECT);
	int cm = column(t, K_MEAS), cd = column(t, K_DEADLINE);
	int cp = column(t, K_PRODUCT), nrow = 0;
	bool parts;

	for (size_t r = 0; r < t->nit; r++) {
		struct item *it = &t->it[r];
		struct pl_task *k;

		if (it->group || it->sub)
			continue;
		k = pl_doc_add_task(doc);
		k->id = pl_arena_printf(doc->arena, "%s/%s", it->path, it->num);
		k->source = PL_SRC_LINEAR;
		k->pos.line = doc->text.lines[it->line].orig;
		k->pos.end_line = doc->text.lines[it->last].orig;
		k->pos.col = 1;
		k->pos.table = table + 1;
		k->pos.row = ++nrow;
		k->section = it->section;
		k->table = table;
		k->columns = doc->tables[table].columns;
		k->present = it->present;
		k->shared = it->shared;
		k->text = ct >= 0 ? it->cell[ct] : NULL;
		if (cl >= 0 && (k->lead_raw = it->cell[cl]) != NULL)
			pl_agency_split(doc, k->lead_raw, &k->lead,
			    &k->parts);
		if (cc >= 0 && (k->coord_raw = it->cell[cc]) != NULL)
			pl_agency_split(doc, k->coord_raw, &k->coordinators,
			    &parts);
		if (cx >= 0 && it->cell[cx] != NULL)
			pl_agency_split(doc, it->cell[cx], &k->directing,
			    &parts);
		k->measures = cm >= 0 ? it->cell[cm] : NULL;
		k->product = cp >= 0 ? it->cell[cp] : NULL;
		pl_deadline_parse(doc->arena, cd >= 0 ? it->cell[cd] : NULL,
		    &k->deadline);
	}
}

size_t
pl_linear_parse(struct pl_doc *doc, size_t i, struct pl_parse_state *st)
{
	struct tab t = { .doc = doc };
	struct pl_table *tb;
	int base = st->section, ti;
	size_t last;

	if (!header_parse(doc, i, 0, &t.h))
		return i + 1;
	t.tmp = pl_arena_new();
	walk(&t, i);
	find_subgroups(&t);
	learn_widths(&t);
	relearn(&t);
	tb = pl_doc_add_table(doc);
	ti = (int)(doc->ntables - 1);
	tb->line = doc->text.lines[i].orig;
	last = t.h.end - 1;
	for (size_t r = 0; r < t.nit; r++)
		if (t.it[r].last > last)
			last = t.it[r].last;
	tb->end_line = doc->text.lines[last].orig;
	tb->ncols = t.h.ncols;
	for (int c = 0; c < t.h.ncols; c++)
		tb->columns |= kbit[t.h.kind[c]];
	tb->caption = caption(doc, i);
	sections(&t, base);
	for (size_t r = 0; r < t.nit; r++)
		if (!t.it[r].group && !t.it[r].sub)
			fill_row(&t, &t.it[r], false);
	merge_cells(&t);
	make_tasks(&t, ti);
	st->section = base;
	pl_arena_free(t.tmp);
	return t.end > i ? t.end : i + 1;
}
