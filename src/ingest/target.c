/*
 * target.c: where the targets (chỉ tiêu) of a plan are: the numbered
 * lists of target sections and the indicator rows of assignment tables.
 * figure.c reads the figures of each item.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"

struct para {
	struct pl_buf	 b;
	struct pl_seg	*segs;
	size_t		 nsegs, capsegs;
};

/* ---- Lists in target sections ---- */

/* The label of a list item at s ("(3)", "3)", "3.", "2.1.", "a)", "-",
 * "+"): its length including the space after, and its number as written
 * in *num (NULL for bullets).  0 when there is none. */
static size_t
label(struct pl_arena *a, const char *s, size_t n, const char **num)
{
	size_t k = 0, d;

	*num = NULL;
	if (n >= 2 && (s[0] == '-' || s[0] == '+') && s[1] == ' ')
		return 2;
	if (n >= 4 && memcmp(s, "\xE2\x80\xA2 ", 4) == 0)	/* • */
		return 4;
	if (s[0] == '(') {
		for (k = 1; k < n && isdigit((unsigned char)s[k]); k++)
			;
		if (k == 1 || k > 4 || k >= n || s[k] != ')')
			return 0;
		*num = pl_arena_strndup(a, s, k + 1);
		return k + 1;
	}
	for (d = 0; k < n && (isdigit((unsigned char)s[k]) ||
	    (s[k] == '.' && k > 0 && isdigit((unsigned char)s[k - 1]))); k++)
		d += isdigit((unsigned char)s[k]) != 0;
	if (d > 0 && d <= 4 && k < n && s[k] == ' ' && s[k - 1] == '.') {
		*num = pl_arena_strndup(a, s, k - 1);
		return k;
	}
	if (d > 0 && d <= 3 && k < n && s[k] == ')' && s[k - 1] != '.') {
		*num = pl_arena_strndup(a, s, k + 1);
		return k + 1;
	}
	if (d == 0 && n >= 2 && isalpha((unsigned char)s[0]) && s[1] == ')') {
		*num = pl_arena_strndup(a, s, 2);
		return 2;
	}
	if (d == 0 && n >= 3 && memcmp(s, "đ)", 3) == 0) {
		*num = pl_arena_strndup(a, s, 3);
		return 3;
	}
	return 0;
}

/* A "(m)" item marker at i: at the start or after a space, ":" or ";". */
static int
marker(const char *s, size_t n, size_t i, size_t *len)
{
	size_t k = i + 1;
	int m = 0;

	if (s[i] != '(' || (i > 0 && s[i - 1] != ' ' && s[i - 1] != ':' &&
	    s[i - 1] != ';'))
		return 0;
	while (k < n && isdigit((unsigned char)s[k]) && k - i <= 3)
		m = m * 10 + (s[k++] - '0');
	if (k == i + 1 || k >= n || s[k] != ')')
		return 0;
	*len = k + 1 - i;
	return m;
}

/* A list heading in s[a..b): "Các chỉ tiêu kinh tế (10 chỉ tiêu):". */
static const char *
heading_text(struct pl_arena *ar, const char *s, size_t a, size_t b)
{
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == ':' || s[b - 1] == '.'))
		b--;
	/* A declared count at the end, "(10 chỉ tiêu)", is not the name. */
	if (b > a && s[b - 1] == ')') {
		size_t o = b - 1;

		while (o > a && s[o] != '(')
			o--;
		if (s[o] == '(' && o > a) {
			b = o;
			while (b > a && s[b - 1] == ' ')
				b--;
		}
	}
	while (a < b && (s[a] == ' ' || s[a] == '-' || s[a] == '+'))
		a++;
	return a < b ? pl_squash_space(ar, s + a, b - a) : NULL;
}

/* An item's text as written, without the ";" or "." that ends it. */
static const char *
raw_text(struct pl_arena *ar, const char *s, size_t a, size_t b)
{
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == ';' || s[b - 1] == '.'))
		b--;
	while (a < b && s[a] == ' ')
		a++;
	return a < b ? pl_squash_space(ar, s + a, b - a) : NULL;
}

struct walk {
	struct pl_doc	*doc;
	const char	*group;
	const char	*period;
	int		 year;
};

static void
para_add(struct para *p, const struct pl_doc *doc, size_t line)
{
	const struct pl_line *l = &doc->text.lines[line];
	size_t len;
	const char *t = pl_trim(l->s, l->len, &len);
	struct pl_seg *sg;

	if (p->b.len > 0)
		pl_buf_addc(&p->b, ' ');
	sg = pl_vec_push(doc->arena, &p->segs, &p->nsegs, &p->capsegs,
	    sizeof(*sg));
	sg->start = p->b.len;
	sg->line = line;
	sg->lineoff = (size_t)(t - l->s);
	pl_buf_add(&p->b, t, len);
}

/* Reads the targets of a paragraph of a target section. */
static void
scan_para(struct walk *w, struct para *p)
{
	struct pl_figitem it = { .doc = w->doc, .task = -1 };
	const char *num, *s = p->b.s;
	size_t n = p->b.len, lab, first = n, mlen = 0, k;
	int expect = 0, m;

	if (n == 0)
		return;
	it.s = s;
	it.n = n;
	it.segs = p->segs;
	it.nsegs = p->nsegs;
	it.lo = pl_xmalloc(n + 1);
	pl_utf8_lower(s, n, it.lo);
	it.group = w->group;
	it.period = w->period;
	it.year = w->year;
	lab = label(w->doc->arena, s, n, &num);
	/* Inline items: "2.1. Các chỉ tiêu kinh tế (10 chỉ tiêu): (1) ...;
	 * (2) ...", numbered on from the first marker. */
	for (k = lab > 0 && num != NULL && num[0] == '(' ? 0 : lab; k < n;
	    k++)
		if ((m = marker(s, n, k, &mlen)) > 0) {
			first = k;
			expect = m;
			break;
		}
	if (first < n) {
		if (first > lab && (it.group = heading_text(w->doc->arena, s,
		    lab, first)) != NULL)
			w->group = it.group;
		else
			it.group = w->group;
		while (first < n) {
			size_t a = first + mlen, b = n, next = n, nlen = 0;

			for (k = a; k < n; k++)
				if (marker(s, n, k, &nlen) == expect + 1) {
					next = k;
					break;
				}
			b = next;
			it.number = pl_arena_strndup(w->doc->arena, s + first,
			    mlen);
			it.raw = raw_text(w->doc->arena, s, a, b);
			while (b > a && (s[b - 1] == ' ' || s[b - 1] == ';'))
				b--;
			if (it.raw != NULL)
				pl_figures_scan(&it, a, b);
			first = next;
			mlen = nlen;
			expect++;
		}
	} else if (lab > 0) {
		it.number = num;
		it.raw = raw_text(w->doc->arena, s, lab, n);
		if (it.raw != NULL && pl_figures_scan(&it, lab, n) == 0 &&
		    num == NULL && n < 160 && pl_istrstr(s, "chỉ tiêu") != NULL)
			w->group = heading_text(w->doc->arena, s, lab, n);
	} else if (n < 160 && pl_istrstr(s, "chỉ tiêu") != NULL) {
		w->group = heading_text(w->doc->arena, s, 0, n);
	}
	free(it.lo);
	pl_buf_reset(&p->b);
	p->nsegs = 0;
}

/* ---- Where targets are ---- */

/* Whether a section, or one it is in, is about targets: its kind, or a
 * title naming "chỉ tiêu" (an appendix as a whole does not count). */
static bool
target_section(const struct pl_doc *doc, int sec)
{
	for (; sec >= 0; sec = doc->sections[sec].parent) {
		const struct pl_section *x = &doc->sections[sec];

		if (x->kind == PL_SEC_TARGETS)
			return true;
		if (x->title != NULL && pl_istrstr(x->title, "chỉ tiêu") &&
		    !(x->kind == PL_SEC_APPENDIX && x->depth == 0))
			return true;
	}
	return false;
}

/* Period and year named by the titles of sec and those above it. */
static void
heading_time(struct pl_doc *doc, int sec, const char **period, int *year)
{
	*period = NULL;
	*year = 0;
	for (; sec >= 0; sec = doc->sections[sec].parent) {
		const char *t = doc->sections[sec].title;
		size_t n;
		char *lo;

		if (t == NULL)
			continue;
		if (*period == NULL)
			*period = pl_figures_period(doc->arena, t, false);
		if (*year == 0) {
			n = strlen(t);
			lo = pl_xmalloc(n + 1);
			pl_utf8_lower(t, n, lo);
			*year = pl_figures_year(lo, n, 0, n);
			free(lo);
		}
	}
}

/* Lines that belong to tables: their targets are read from the rows. */
static bool *
table_lines(const struct pl_doc *doc)
{
	bool *skip = pl_xcalloc(doc->text.n + 1, sizeof(bool));

	for (size_t t = 0; t < doc->ntables; t++)
		for (int l = doc->tables[t].line; l <= doc->tables[t].end_line &&
		    l > 0 && (size_t)l <= doc->text.n; l++)
			skip[l - 1] = true;
	for (size_t t = 0; t < doc->ntasks; t++) {
		const struct pl_task *k = &doc->tasks[t];

		if (k->table < 0)
			continue;
		for (int l = k->pos.line; l <= k->pos.end_line && l > 0 &&
		    (size_t)l <= doc->text.n; l++)
			skip[l - 1] = true;
	}
	return skip;
}

/* Whether a line goes on with the paragraph before it: it starts in
 * lower case ("đồng; (16) ...") and not with a label ("b) ..."). */
static bool
continues(struct pl_doc *doc, const struct pl_line *l)
{
	size_t len;
	const char *t = pl_trim(l->s, l->len, &len), *num;

	return len > 0 && pl_utf8_is_alpha_at(t, len) &&
	    !pl_utf8_is_upper_at(t, len) && label(doc->arena, t, len, &num) == 0;
}

/* Prose lists: the paragraphs of target sections, a paragraph going on
 * across blank lines while the next line starts in lower case. */
static void
scan_prose(struct pl_doc *doc)
{
	struct walk w = { .doc = doc };
	struct para p = { 0 };
	bool *skip = table_lines(doc);
	size_t s = 0;
	int sec = -1;

	for (size_t i = 0; i < doc->text.n; i++) {
		const struct pl_line *l = &doc->text.lines[i];
		bool heading = false;
		size_t len;

		while (s < doc->nsections &&
		    doc->sections[s].line <= (int)i + 1) {
			heading = doc->sections[s].line == (int)i + 1;
			sec = (int)s++;
		}
		if (skip[i] || !target_section(doc, sec)) {
			scan_para(&w, &p);
			continue;
		}
		if (heading) {
			scan_para(&w, &p);
			w.group = doc->sections[sec].title;
			heading_time(doc, sec, &w.period, &w.year);
		}
		pl_trim(l->s, l->len, &len);
		if (len == 0)
			continue;
		if (p.b.len > 0 && (heading || !continues(doc, l)))
			scan_para(&w, &p);
		para_add(&p, doc, i);
	}
	scan_para(&w, &p);
	pl_buf_free(&p.b);
	free(skip);
}

/* A table row under a group whose title names "chỉ tiêu". */
static bool
indicator_row(const struct pl_doc *doc, const struct pl_task *t)
{
	if (t->table < 0 || t->group || t->text == NULL)
		return false;
	if (target_section(doc, t->section))
		return true;
	/* Groups kept as rows: "PL/I" heads "PL/I/1.1". */
	for (size_t g = 0; g < doc->ntasks; g++) {
		const struct pl_task *h = &doc->tasks[g];
		size_t len;

		if (!h->group || h->table != t->table || h->id == NULL ||
		    t->id == NULL || h->text == NULL)
			continue;
		len = strlen(h->id);
		if (strncmp(t->id, h->id, len) == 0 && t->id[len] == '/' &&
		    pl_istrstr(h->text, "chỉ tiêu") != NULL)
			return true;
	}
	return false;
}

static void
scan_rows(struct pl_doc *doc)
{
	for (size_t i = 0; i < doc->ntasks; i++) {
		const struct pl_task *t = &doc->tasks[i];
		struct pl_figitem it = { .doc = doc, .task = (int)i };
		const char *slash;

		if (!indicator_row(doc, t))
			continue;
		it.s = t->text;
		it.n = strlen(t->text);
		it.lo = pl_xmalloc(it.n + 1);
		pl_utf8_lower(it.s, it.n, it.lo);
		it.first = t->pos.line;
		it.last = t->pos.end_line > 0 ? t->pos.end_line : t->pos.line;
		it.raw = raw_text(doc->arena, it.s, 0, it.n);
		if (t->id != NULL && (slash = strrchr(t->id, '/')) != NULL)
			it.number = slash + 1;
		else
			it.number = t->id;
		it.group = t->section >= 0 ? doc->sections[t->section].title :
		    NULL;
		heading_time(doc, t->section, &it.period, &it.year);
		pl_figures_scan(&it, 0, it.n);
		free(it.lo);
	}
}

/*
 * Adds the targets of the document: first the prose lists of target
 * sections (doc->sections with kind PL_SEC_TARGETS or a title naming
 * "chỉ tiêu", tables excepted), then the indicator rows of tables.
 * An item with several figures gives one target per figure ("79%, trong
 * đó ... 35%"); an item with none gives none.  Declared counts ("(10 chỉ
 * tiêu)") are left to the rules.
 */
void
pl_targets_scan(struct pl_doc *doc)
{
	scan_prose(doc);
	scan_rows(doc);
}
