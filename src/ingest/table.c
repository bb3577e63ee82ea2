/*
 * table.c: tab-separated assignment tables (one row per line, cells split
 * by tabs), as exported from Word: a header found by its column names and
 * repeated at page breaks, continuation rows, group rows and sub-rows.
 */
#include <string.h>

#include "ingest_int.h"

#define NKIND		8	/* PL_CELL_* bits, NUMBER .. PRODUCT */
#define MAXCOLS		32
#define HEADER_MAX	60	/* code points: longer cells are data */

/* Header names; the first entry whose prefix matches names the column. */
static const struct {
	const char	*name;	/* lowercase */
	unsigned	 kind;
	bool		 exact;
} heads[] = {
	{ "số tt", PL_CELL_NUMBER, true },
	{ "stt", PL_CELL_NUMBER, true },
	{ "tt", PL_CELL_NUMBER, true },
	{ "số thứ tự", PL_CELL_NUMBER, true },
	{ "cơ quan chỉ đạo", PL_CELL_DIRECTING, false },
	{ "chỉ đạo", PL_CELL_DIRECTING, false },
	{ "cơ quan chủ trì", PL_CELL_LEAD, false },
	{ "cơ quan, đơn vị chủ trì", PL_CELL_LEAD, false },
	{ "đơn vị chủ trì", PL_CELL_LEAD, false },
	{ "chủ trì", PL_CELL_LEAD, false },
	{ "cơ quan thực hiện", PL_CELL_LEAD, false },
	{ "đơn vị thực hiện", PL_CELL_LEAD, false },
	{ "cơ quan phối hợp", PL_CELL_COORD, false },
	{ "cơ quan, đơn vị phối hợp", PL_CELL_COORD, false },
	{ "đơn vị phối hợp", PL_CELL_COORD, false },
	{ "phối hợp", PL_CELL_COORD, false },
	{ "biện pháp", PL_CELL_MEASURES, false },
	{ "nguồn lực", PL_CELL_MEASURES, false },
	{ "thời hạn", PL_CELL_DEADLINE, false },
	{ "thời gian", PL_CELL_DEADLINE, false },
	{ "tiến độ", PL_CELL_DEADLINE, false },
	{ "sản phẩm", PL_CELL_PRODUCT, false },
	{ "kết quả", PL_CELL_PRODUCT, false },
	{ "tên nhiệm vụ", PL_CELL_TEXT, false },
	{ "tên công việc", PL_CELL_TEXT, false },
	{ "nội dung", PL_CELL_TEXT, false },
	{ "nhiệm vụ", PL_CELL_TEXT, false },
	{ "công việc", PL_CELL_TEXT, false },
};

struct header {
	unsigned	kind[MAXCOLS];	/* PL_CELL_* of each column, 0: ignored */
	int		ncols;
	unsigned	mask;
};

enum row_kind { ROW_GROUP, ROW_TASK, ROW_SUB };

struct row {
	enum row_kind	 kind;
	char		*cell[NKIND];	/* by bit index of PL_CELL_*; NULL empty */
	const char	*label;		/* "1", "a", "II" */
	unsigned	 present;
	unsigned	 shared;	/* kinds taken from a merged cell */
	int		 first, last;	/* original lines */
	int		 section;	/* the group row's own section, or its group */
	int		 parent;	/* ROW_SUB: the numbered row, -1 */
	bool		 kids;		/* a numbered row with sub-rows */
};

struct rows {
	struct row	*v;
	size_t		 n, cap;
};

static int
bit_index(unsigned bit)
{
	int i = 0;

	while (bit > 1) {
		bit >>= 1;
		i++;
	}
	return i;
}

static unsigned
header_kind(const char *s, size_t n)
{
	char low[256];
	size_t len;

	s = pl_trim(s, n, &len);
	while (len > 0 && (s[len - 1] == '.' || s[len - 1] == ':'))
		len--;
	if (len == 0 || len >= sizeof(low) ||
	    pl_utf8_count(s, len) > HEADER_MAX)
		return 0;
	pl_utf8_lower(s, len, low);
	low[len] = '\0';
	for (size_t i = 0; i < PL_NELEM(heads); i++) {
		size_t k = strlen(heads[i].name);

		if (heads[i].exact ? strcmp(low, heads[i].name) == 0 :
		    strncmp(low, heads[i].name, k) == 0)
			return heads[i].kind;
	}
	return 0;
}

/*
 * Reads the header at line s into h.  True when the line has tabs, two or
 * more distinct column names, and names make up at least half of its
 * non-empty cells.
 */
static bool
header_read(const char *s, size_t n, struct header *h)
{
	size_t a = 0;
	int names = 0, cells = 0;

	memset(h, 0, sizeof(*h));
	if (memchr(s, '\t', n) == NULL)
		return false;
	while (a <= n && h->ncols < MAXCOLS) {
		const char *tab = memchr(s + a, '\t', n - a);
		size_t b = tab != NULL ? (size_t)(tab - s) : n, len;
		unsigned k;

		pl_trim(s + a, b - a, &len);
		if (len > 0) {
			cells++;
			k = header_kind(s + a, b - a);
			if (k != 0 && (h->mask & k) == 0) {
				h->kind[h->ncols] = k;
				h->mask |= k;
				names++;
			}
		}
		h->ncols++;
		a = b + 1;
	}
	return names >= 2 && names * 2 >= cells;
}

/*
 * A second header line under the first names sub-columns ("Cơ quan thực
 * hiện" over "Chủ trì" and "Phối hợp"): its names replace those above.
 * Returns its mask, so that its repetitions at page breaks are known.
 */
static unsigned
merge_header(struct header *h, const struct header *h2)
{
	for (int c = 0; c < h2->ncols; c++) {
		if (h2->kind[c] == 0)
			continue;
		for (int d = 0; d < h->ncols; d++)
			if (h->kind[d] == h2->kind[c])
				h->kind[d] = 0;
		h->kind[c] = h2->kind[c];
	}
	if (h2->ncols > h->ncols)
		h->ncols = h2->ncols;
	h->mask = 0;
	for (int c = 0; c < h->ncols; c++)
		h->mask |= h->kind[c];
	return h2->mask;
}

bool
pl_table_starts(const struct pl_doc *doc, size_t i)
{
	struct header h;

	if (i >= doc->text.n)
		return false;
	return header_read(doc->text.lines[i].s, doc->text.lines[i].len, &h);
}

/* ---- Row labels ---- */

static int
roman_value(const char *s, size_t n)
{
	static const char *const r[] = { "", "I", "II", "III", "IV", "V",
	    "VI", "VII", "VIII", "IX" };
	char buf[16];

	if (n == 0 || n > 8)
		return 0;
	for (int v = 1; v < 40; v++) {
		size_t k = 0;

		for (int t = 0; t < v / 10; t++)
			buf[k++] = 'X';
		memcpy(buf + k, r[v % 10], strlen(r[v % 10]));
		k += strlen(r[v % 10]);
		if (k == n && memcmp(buf, s, n) == 0)
			return v;
	}
	return 0;
}

/* Length of a lowercase list letter ("a", "đ") at s, or 0. */
static size_t
letter_len(const char *s, size_t n)
{
	if (n >= 1 && s[0] >= 'a' && s[0] <= 'z')
		return 1;
	if (n >= 2 && (unsigned char)s[0] == 0xC4 &&
	    (unsigned char)s[1] == 0x91)
		return 2;
	return 0;
}

static int
atoi_n(const char *s, size_t n)
{
	int v = 0;

	for (size_t i = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

static bool
is_digits(const char *s, size_t n)
{
	bool digit = false;

	for (size_t i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digit = true;
		else if (s[i] != '.' || i == 0 || s[i - 1] == '.')
			return false;
	}
	return digit;
}

/* "- 3 -", "3", "Trang 3", "3/12": page numbers left by the export. */
static bool
page_artefact(const char *s, size_t n)
{
	size_t len, i = 0;
	bool digit = false;

	s = pl_trim(s, n, &len);
	if (len > 0 && s[0] == '\f')
		return true;
	if (pl_istarts_with(s, "trang "))
		i = strlen("trang ");
	for (; i < len; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digit = true;
		else if (s[i] != '-' && s[i] != ' ' && s[i] != '/')
			return false;
	}
	return digit;
}

/* A row of column numbers under the header: "1 2 3 4" or "(1) (2) (3)". */
static bool
column_numbers(const char *s, size_t n)
{
	size_t a = 0;
	int expect = 1;

	while (a <= n) {
		const char *tab = memchr(s + a, '\t', n - a);
		size_t b = tab != NULL ? (size_t)(tab - s) : n, len;
		const char *c = pl_trim(s + a, b - a, &len);

		if (len > 0) {
			if (len >= 2 && c[0] == '(' && c[len - 1] == ')') {
				c++;
				len -= 2;
			}
			if (len == 0 || len > 2 || !is_digits(c, len) ||
			    atoi_n(c, len) != expect)
				return false;
			expect++;
		}
		a = b + 1;
	}
	return expect > 3;
}

/* ---- Parsing ---- */

struct tparse {
	struct pl_doc		*doc;
	struct pl_parse_state	*st;
	struct header		 h;
	struct rows		 rows;
	int			 table;		/* index the table will get */
	int			 base;		/* section the table hangs under */
	int			 group;		/* open group row section, or base */
	int			 lastnum;	/* row index of the numbered row */
	int			 ordinal;	/* rows without a usable label */
};

static const char *
sec_path(const struct tparse *p, int section)
{
	return section >= 0 ? pl_section_path(p->doc, section) : "PL";
}

static char *
join(struct pl_arena *a, char *s, const char *t)
{
	return s == NULL ? (char *)t : pl_arena_printf(a, "%s %s", s, t);
}

/*
 * Splits line l into cells by column kind; returns the kinds present and
 * stores in *vmerge the kinds whose cell continues a vertical merge (a
 * .docx cell left empty under the cell that holds the text).
 */
static unsigned
read_cells(struct tparse *p, const struct pl_line *l, char *cell[NKIND],
    unsigned *vmerge)
{
	unsigned present = 0, lastkind = 0;
	size_t a = 0, n = l->len;
	const char *s = l->s;
	int col = 0;

	*vmerge = 0;
	for (int c = 0; c < p->h.ncols; c++)
		if (p->h.kind[c] != 0)
			lastkind = p->h.kind[c];
	while (a <= n) {
		const char *tab = memchr(s + a, '\t', n - a);
		size_t b = tab != NULL ? (size_t)(tab - s) : n;
		char *txt = pl_squash_space(p->doc->arena, s + a, b - a);
		/* Cells past the header's last column belong to the last. */
		unsigned k = col < p->h.ncols ? p->h.kind[col] : lastkind;

		if (*txt != '\0' && k != 0) {
			int x = bit_index(k);

			cell[x] = join(p->doc->arena, cell[x], txt);
			present |= k;
		}
		if (l->cellflags != NULL && col < l->ncells &&
		    (l->cellflags[col] & PL_CF_VMERGE) != 0)
			*vmerge |= k;
		col++;
		a = b + 1;
	}
	return present;
}

/* Length of a roman numeral at the start of s followed by a separator. */
static size_t
roman_prefix(const char *s, size_t n)
{
	size_t k = 0;

	while (k < n && (s[k] == 'I' || s[k] == 'V' || s[k] == 'X'))
		k++;
	if (k == 0 || roman_value(s, k) == 0)
		return 0;
	if (k < n && s[k] != ' ' && s[k] != '.' && s[k] != ')' &&
	    s[k] != '-' && s[k] != ':')
		return 0;
	return k;
}

static int
new_group(struct tparse *p, const char *label, const char *written,
    const char *title, int line)
{
	struct pl_doc *doc = p->doc;
	struct pl_section *sec = pl_doc_add_section(doc);
	int idx = (int)doc->nsections - 1;
	const struct pl_section *b = p->base >= 0 ? &doc->sections[p->base] :
	    NULL;

	sec->id = pl_arena_printf(doc->arena, "%s/%s", sec_path(p, p->base),
	    label);
	sec->label = written;
	sec->title = title;
	sec->line = line;
	sec->depth = b != NULL ? b->depth + 1 : 1;
	sec->parent = p->base;
	sec->kind = b != NULL ? b->kind : PL_SEC_APPENDIX;
	sec->specific = (b != NULL && b->specific) ||
	    (title != NULL && pl_istrstr(title, "nhiệm vụ cụ thể") != NULL);
	p->st->section = idx;
	p->group = idx;
	p->lastnum = -1;
	return idx;
}

static struct row *
new_row(struct tparse *p, enum row_kind kind, const char *label, int line)
{
	struct row *r = pl_vec_push(p->doc->arena, &p->rows.v, &p->rows.n,
	    &p->rows.cap, sizeof(*r));

	r->kind = kind;
	r->label = label;
	r->first = r->last = line;
	r->section = p->group;
	r->parent = -1;
	return r;
}

static const char *
ordinal(struct tparse *p)
{
	return pl_arena_printf(p->doc->arena, "%d", ++p->ordinal);
}

/* Appends a continuation row (empty first cell) to the row above. */
static void
merge(struct tparse *p, struct row *r, char *cell[NKIND], unsigned present,
    int line)
{
	for (int x = 0; x < NKIND; x++)
		if (cell[x] != NULL)
			r->cell[x] = join(p->doc->arena, r->cell[x], cell[x]);
	r->present |= present;
	r->last = line;
	if (r->kind == ROW_GROUP)
		p->doc->sections[r->section].title =
		    r->cell[bit_index(PL_CELL_TEXT)];
}

static void
add_row(struct tparse *p, const struct pl_line *l)
{
	struct pl_arena *a = p->doc->arena;
	char *cell[NKIND] = { 0 };
	unsigned vmerge, present = read_cells(p, l, cell, &vmerge);
	int xn = bit_index(PL_CELL_NUMBER), xt = bit_index(PL_CELL_TEXT);
	const char *lab = cell[xn], *label;
	size_t n, k;
	struct row *r;
	enum row_kind kind = ROW_TASK;

	if (present == 0)
		return;
	/* An empty first cell continues the row above (page breaks). */
	if ((p->h.mask & PL_CELL_NUMBER) != 0 ? lab == NULL :
	    cell[xt] == NULL) {
		/* Nothing to continue: what a header left below it. */
		if (p->rows.n > 0)
			merge(p, &p->rows.v[p->rows.n - 1], cell, present,
			    l->orig);
		return;
	}
	n = lab != NULL ? strlen(lab) : 0;
	label = lab;
	if (lab == NULL) {
		label = ordinal(p);
	} else if ((k = roman_prefix(lab, n)) > 0 ||
	    (n <= 3 && (unsigned char)lab[0] >= 'A' && lab[0] <= 'Z' &&
	    (n == 1 || lab[1] == '.' || lab[1] == ')'))) {
		/* "II", "II CÁC NHIỆM VỤ CỤ THỂ", "A.": a group row. */
		const char *rest;
		char *title;
		size_t rlen;

		if (k == 0)
			k = 1;
		rest = lab + k;
		while (*rest == '.' || *rest == ')' || *rest == '-' ||
		    *rest == ':' || *rest == ' ')
			rest++;
		rest = pl_trim(rest, strlen(rest), &rlen);
		title = rlen > 0 ? pl_arena_strndup(a, rest, rlen) : NULL;
		if (cell[xt] != NULL)
			title = join(a, title, cell[xt]);
		cell[xt] = title;
		new_group(p, pl_arena_strndup(a, lab, k),
		    pl_arena_strndup(a, lab, (size_t)(rest - lab) > k &&
		    lab[k] == '.' ? k + 1 : k), title, l->orig);
		r = new_row(p, ROW_GROUP, pl_arena_strndup(a, lab, k),
		    l->orig);
		memcpy(r->cell, cell, sizeof(r->cell));
		r->present = present;
		return;
	} else if ((k = letter_len(lab, n)) > 0 && n == k + 1 &&
	    (lab[k] == ')' || lab[k] == '.')) {
		kind = ROW_SUB;
		label = pl_arena_strndup(a, lab, k);
	} else if (n == 1 && (lab[0] == '-' || lab[0] == '+' ||
	    lab[0] == '*')) {
		kind = ROW_SUB;
		label = NULL;
	} else {
		while (n > 0 && (lab[n - 1] == '.' || lab[n - 1] == ')'))
			n--;
		if (n > 0 && is_digits(lab, n))
			label = pl_arena_strndup(a, lab, n);
		else if (n > 0 && n <= 12 && memchr(lab, ' ', n) == NULL)
			label = pl_arena_strndup(a, lab, n);
		else
			label = ordinal(p);
		/* "1.2" under row "1" is a sub-row of it. */
		if (p->lastnum >= 0 && strchr(label, '.') != NULL) {
			const char *pl = p->rows.v[p->lastnum].label;
			size_t pn = strlen(pl);

			if (strncmp(label, pl, pn) == 0 && label[pn] == '.')
				kind = ROW_SUB;
		}
	}
	if (kind == ROW_SUB && label == NULL) {
		int kids = 0;

		for (size_t i = 0; i < p->rows.n; i++)
			kids += p->rows.v[i].kind == ROW_SUB &&
			    p->rows.v[i].parent == p->lastnum;
		label = pl_arena_printf(a, "%d", kids + 1);
	}
	r = new_row(p, kind, label, l->orig);
	memcpy(r->cell, cell, sizeof(r->cell));
	r->present = present;
	/* A cell merged down from the row above shares its text. */
	if (p->rows.n >= 2 && p->rows.v[p->rows.n - 2].kind != ROW_GROUP)
		for (int x = bit_index(PL_CELL_TEXT); x < NKIND; x++)
			if ((vmerge & 1u << x) != 0 && r->cell[x] == NULL &&
			    p->rows.v[p->rows.n - 2].cell[x] != NULL) {
				r->cell[x] = p->rows.v[p->rows.n - 2].cell[x];
				r->shared |= 1u << x;
			}
	if (kind == ROW_TASK) {
		p->lastnum = (int)p->rows.n - 1;
	} else if (p->lastnum >= 0) {
		r->parent = p->lastnum;
		p->rows.v[p->lastnum].kids = true;
	}
}

static const char *
row_id(const struct tparse *p, const struct row *r)
{
	struct pl_arena *a = p->doc->arena;
	const struct row *q;

	if (r->kind == ROW_GROUP)
		return sec_path(p, r->section);
	/* A sub-row "a)" nests under its row; "1.2" already names it. */
	if (r->kind == ROW_SUB && r->parent >= 0 &&
	    strchr(r->label, '.') == NULL) {
		q = &p->rows.v[r->parent];
		return pl_arena_printf(a, "%s/%s/%s", sec_path(p, q->section),
		    q->label, r->label);
	}
	return pl_arena_printf(a, "%s/%s", sec_path(p, r->section), r->label);
}

static void
emit(struct tparse *p, const struct row *r, int rowno)
{
	static const unsigned inherit[] = { PL_CELL_DIRECTING, PL_CELL_LEAD,
	    PL_CELL_COORD, PL_CELL_MEASURES, PL_CELL_DEADLINE,
	    PL_CELL_PRODUCT };
	struct pl_doc *doc = p->doc;
	const char *id = row_id(p, r), *cell[NKIND];
	struct pl_task *t;
	bool dummy;

	memcpy(cell, r->cell, sizeof(cell));
	t = pl_doc_add_task(doc);
	t->shared = r->shared;
	/*
	 * A sub-row with an empty cell under a row that fills it: the cell
	 * was merged vertically over the sub-rows in the source.
	 */
	if (r->kind == ROW_SUB && r->parent >= 0)
		for (size_t i = 0; i < PL_NELEM(inherit); i++) {
			int x = bit_index(inherit[i]);
			const char *up = p->rows.v[r->parent].cell[x];

			if (cell[x] == NULL && up != NULL) {
				cell[x] = up;
				t->shared |= inherit[i];
			}
		}
	t->id = id;
	t->source = PL_SRC_TABLE;
	t->pos.line = r->first;
	t->pos.end_line = r->last;
	t->pos.col = 1;
	t->pos.table = p->table + 1;
	t->pos.row = rowno;
	t->text = cell[bit_index(PL_CELL_TEXT)];
	t->lead_raw = cell[bit_index(PL_CELL_LEAD)];
	t->coord_raw = cell[bit_index(PL_CELL_COORD)];
	t->measures = cell[bit_index(PL_CELL_MEASURES)];
	t->product = cell[bit_index(PL_CELL_PRODUCT)];
	pl_agency_split(doc, cell[bit_index(PL_CELL_DIRECTING)],
	    &t->directing, &dummy);
	pl_agency_split(doc, t->lead_raw, &t->lead, &t->parts);
	pl_agency_split(doc, t->coord_raw, &t->coordinators, &dummy);
	pl_deadline_parse(doc->arena, cell[bit_index(PL_CELL_DEADLINE)],
	    &t->deadline);
	t->columns = p->h.mask;
	t->present = r->present;
	t->section = r->section;
	t->table = p->table;
	t->group = r->kids || r->kind == ROW_GROUP;
	t->lead_request = t->lead_raw != NULL &&
	    pl_istarts_with(t->lead_raw, "đề nghị");
}

static bool
in_table(const struct pl_doc *doc, int line)
{
	for (size_t k = 0; k < doc->ntables; k++)
		if (line > doc->tables[k].line &&
		    line <= doc->tables[k].end_line)
			return true;
	return false;
}

/*
 * The "PHỤ LỤC ..." title block just above the header at line i, joined
 * on one line; *first gets its first line index.  NULL when absent.
 */
static char *
caption(const struct pl_doc *doc, size_t i, size_t *first)
{
	struct pl_buf b = { 0 };
	size_t k = i, seen = 0;
	char *s;

	while (k > 0 && seen < 6) {
		const struct pl_line *l = &doc->text.lines[--k];
		size_t len;
		const char *t = pl_trim(l->s, l->len, &len);

		if (len == 0)
			continue;
		seen++;
		if (memchr(t, '\t', len) != NULL)
			return NULL;
		if (!pl_istarts_with(t, "phụ lục"))
			continue;
		for (size_t j = k; j < i; j++) {
			l = &doc->text.lines[j];
			t = pl_trim(l->s, l->len, &len);
			if (len == 0)
				continue;
			if (b.len > 0)
				pl_buf_addc(&b, ' ');
			pl_buf_add(&b, t, len);
		}
		*first = k;
		s = pl_squash_space(doc->arena, b.s, b.len);
		pl_buf_free(&b);
		return s;
	}
	return NULL;
}

/*
 * The section the table's rows hang under: the open section, less the
 * group rows of earlier tables.  When no appendix is open but a "Phụ lục"
 * title stands above the table, the appendix is opened here.
 */
static int
table_base(struct tparse *p, const char *cap, size_t capline)
{
	struct pl_doc *doc = p->doc;
	struct pl_parse_state *st = p->st;
	struct pl_section *sec;
	int b = st->section;

	while (b >= 0 && in_table(doc, doc->sections[b].line))
		b = doc->sections[b].parent;
	for (int s = b; s >= 0; s = doc->sections[s].parent)
		if (doc->sections[s].kind == PL_SEC_APPENDIX ||
		    pl_starts_with(doc->sections[s].id, "PL"))
			return b;
	if (cap == NULL)
		return b;
	sec = pl_doc_add_section(doc);
	sec->id = st->appendices == 0 ? "PL" :
	    pl_arena_printf(doc->arena, "PL%d", st->appendices + 1);
	sec->label = pl_arena_trimdup(doc->arena, doc->text.lines[capline].s,
	    doc->text.lines[capline].len);
	/* The title is what follows "PHỤ LỤC" on the lines below it. */
	sec->title = strlen(cap) > strlen(sec->label) ?
	    cap + strlen(sec->label) + 1 : NULL;
	sec->line = doc->text.lines[capline].orig;
	sec->parent = -1;
	sec->kind = PL_SEC_APPENDIX;
	st->appendices++;
	st->section = st->top = (int)doc->nsections - 1;
	return st->section;
}

size_t
pl_table_parse(struct pl_doc *doc, size_t i, struct pl_parse_state *st)
{
	struct tparse p = { .doc = doc, .st = st, .lastnum = -1 };
	size_t j, n = doc->text.n, capline = 0;
	const char *cap;
	struct pl_table *tb;
	unsigned first, sub = 0;	/* masks of the header's lines */
	size_t hline = i;
	int last;

	if (i >= n || !header_read(doc->text.lines[i].s,
	    doc->text.lines[i].len, &p.h))
		return i + 1;
	first = p.h.mask;
	cap = caption(doc, i, &capline);
	p.base = p.group = table_base(&p, cap, capline);
	p.table = (int)doc->ntables;
	last = doc->text.lines[i].orig;
	for (j = i + 1; j < n; j++) {
		const struct pl_line *l = &doc->text.lines[j];
		struct header h2;
		size_t len;

		pl_trim(l->s, l->len, &len);
		if (len == 0)
			continue;
		if (memchr(l->s, '\t', l->len) == NULL) {
			if (page_artefact(l->s, l->len))
				continue;
			break;
		}
		if (header_read(l->s, l->len, &h2)) {
			/* The header repeated at a page break, or its
			 * second line. */
			if (h2.mask != p.h.mask && h2.mask != first &&
			    (sub == 0 || h2.mask != sub)) {
				if (p.rows.n > 0 || j != hline + 1 || sub != 0)
					break;
				sub = merge_header(&p.h, &h2);
			}
			hline = j;
			last = l->orig;
			continue;
		}
		if (p.rows.n == 0 && column_numbers(l->s, l->len))
			continue;
		add_row(&p, l);
		last = l->orig;
	}
	if (p.rows.n == 0)
		return j;
	tb = pl_doc_add_table(doc);
	tb->line = doc->text.lines[i].orig;
	tb->end_line = last;
	tb->columns = p.h.mask;
	tb->ncols = p.h.ncols;
	tb->caption = cap;
	for (size_t k = 0; k < p.rows.n; k++) {
		const struct row *r = &p.rows.v[k];

		if (r->kind != ROW_GROUP || (r->present & ~(PL_CELL_NUMBER |
		    PL_CELL_TEXT)) != 0)
			emit(&p, r, (int)k + 1);
	}
	return j;
}
