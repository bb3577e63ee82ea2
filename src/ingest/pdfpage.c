/*
 * pdfpage.c: the pages of a PDF as `pdftotext -bbox-layout` writes them
 * (XHTML: page, flow, block, line, word with its box); their visual
 * lines and what a line holds (row numbers, page numbers); and each page
 * back into text lines: pdftotext's own lines in its reading order, as
 * its plain output gives them, with the table rows pdftable.c rebuilt
 * put where they stand on the page.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "ingest_int.h"

/* An element named name, whatever its namespace (XHTML here). */
static bool
is_el(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0;
}

/*
 * A coordinate as pdftotext writes it ("123.450000").  Parsed by hand:
 * strtod would follow the locale's decimal separator.
 */
static double
coord(const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	const char *p = (const char *)v;
	double x = 0, scale = 1;
	bool neg = false;

	if (p == NULL)
		return 0;
	if (*p == '-') {
		neg = true;
		p++;
	}
	for (; *p >= '0' && *p <= '9'; p++)
		x = x * 10 + (*p - '0');
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++)
			x += (*p - '0') * (scale /= 10);
	xmlFree(v);
	return neg ? -x : x;
}

static void
add_word(struct pl_arena *a, struct pl_pdfpage *pg, const xmlNode *n,
    int flow, int line)
{
	struct pl_buf t = { 0 };
	struct pl_pdfword *w;
	const char *s;
	size_t len;

	/* Text nodes only: an entity reference (a DTD in the input) is
	 * left out, never expanded. */
	for (const xmlNode *c = n->children; c != NULL; c = c->next)
		if ((c->type == XML_TEXT_NODE ||
		    c->type == XML_CDATA_SECTION_NODE) && c->content != NULL)
			pl_buf_adds(&t, (const char *)c->content);
	s = pl_trim(t.s != NULL ? t.s : "", t.len, &len);
	if (len > 0) {
		w = pl_vec_push(a, &pg->w, &pg->n, &pg->cap, sizeof(*w));
		w->s = pl_utf8_nfc(a, s, len);
		w->x0 = coord(n, "xMin");
		w->y0 = coord(n, "yMin");
		w->x1 = coord(n, "xMax");
		w->y1 = coord(n, "yMax");
		w->flow = flow;
		w->line = line;
	}
	pl_buf_free(&t);
}

/* The words of one <page>: flow > block > line > word. */
static void
read_page(struct pl_arena *a, struct pl_pdfpage *pg, const xmlNode *page)
{
	int flow = 0, line = 0;

	for (const xmlNode *f = page->children; f != NULL; f = f->next) {
		if (!is_el(f, "flow"))
			continue;
		for (const xmlNode *b = f->children; b != NULL; b = b->next) {
			if (!is_el(b, "block"))
				continue;
			for (const xmlNode *l = b->children; l != NULL;
			    l = l->next) {
				if (!is_el(l, "line"))
					continue;
				for (const xmlNode *w = l->children; w != NULL;
				    w = w->next)
					if (is_el(w, "word"))
						add_word(a, pg, w, flow, line);
				line++;
			}
		}
		flow++;
	}
}

/* Finds the <page> elements under n (html > body > doc > page). */
static void
find_pages(struct pl_arena *a, const xmlNode *n, struct pl_pdfpage **pages,
    size_t *npages, size_t *cap, int depth)
{
	for (const xmlNode *c = n->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (is_el(c, "page"))
			read_page(a, pl_vec_push(a, pages, npages, cap,
			    sizeof(**pages)), c);
		else if (depth < 4 && !is_el(c, "head"))
			find_pages(a, c, pages, npages, cap, depth + 1);
	}
}

int
pl_pdfpage_parse(struct pl_arena *a, const char *xml, size_t n,
    struct pl_pdfpage **pages, size_t *npages)
{
	/* No DTD loading, no entity expansion, no network. */
	const int opts = XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING;
	xmlDoc *d;
	size_t cap = 0;

	*pages = NULL;
	*npages = 0;
	if (n > INT_MAX ||
	    (d = xmlReadMemory(xml, (int)n, NULL, "UTF-8", opts)) == NULL)
		return -1;
	if (xmlDocGetRootElement(d) != NULL)
		find_pages(a, xmlDocGetRootElement(d), pages, npages, &cap, 0);
	xmlFreeDoc(d);
	return 0;
}

/* ---- Visual lines ---- */

struct key {
	double	y;
	double	x;
	size_t	i;
};

static int
cmp_key(const void *pa, const void *pb)
{
	const struct key *a = pa, *b = pb;

	if (a->y != b->y)
		return a->y < b->y ? -1 : 1;
	if (a->x != b->x)
		return a->x < b->x ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

/*
 * Words whose centres lie within half the height of the first word's
 * centre (taken top down) are a line.  pdftotext's own lines do not do:
 * it joins cells of a table row into one line and splits a cell's line
 * from its neighbours in flows of their own.
 */
size_t
pl_pdfpage_lines(struct pl_arena *a, const struct pl_pdfpage *pg,
    struct pl_pdfline **out)
{
	struct key *k = pl_xcalloc(pg->n + 1, sizeof(*k));
	size_t n = 0, cap = 0, i, j;

	*out = NULL;
	for (i = 0; i < pg->n; i++)
		k[i] = (struct key){ (pg->w[i].y0 + pg->w[i].y1) / 2,
		    pg->w[i].x0, i };
	qsort(k, pg->n, sizeof(*k), cmp_key);
	for (i = 0; i < pg->n; i = j) {
		const struct pl_pdfword *f = &pg->w[k[i].i];
		double h = f->y1 - f->y0 > 0 ? f->y1 - f->y0 : 1;
		struct pl_pdfline *l;

		for (j = i + 1; j < pg->n && k[j].y < k[i].y + h / 2; j++)
			;
		for (size_t s = i; s < j; s++)
			k[s].y = 0;
		qsort(k + i, j - i, sizeof(*k), cmp_key);
		l = pl_vec_push(a, out, &n, &cap, sizeof(*l));
		l->w = pl_arena_alloc(a, (j - i) * sizeof(size_t));
		l->n = j - i;
		l->h = h;
		l->y0 = f->y0;
		l->y1 = f->y1;
		for (size_t s = i; s < j; s++) {
			const struct pl_pdfword *w = &pg->w[k[s].i];

			l->w[s - i] = k[s].i;
			if (w->y0 < l->y0)
				l->y0 = w->y0;
			if (w->y1 > l->y1)
				l->y1 = w->y1;
		}
	}
	free(k);
	return n;
}

/* ---- What a line holds ---- */

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

bool
pl_pdf_label(const char *s)
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

bool
pl_pdf_colnum(const char *s)
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

bool
pl_pdfline_colnums(const struct pl_pdfpage *pg, const struct pl_pdfline *v,
    int ncols)
{
	char want[16];

	if (v->n < 3 || (int)v->n > ncols)
		return false;
	for (size_t k = 0; k < v->n; k++) {
		const char *s = pg->w[v->w[k]].s;

		snprintf(want, sizeof(want), s[0] == '(' ? "(%zu)" : "%zu",
		    k + 1);
		if (strcmp(s, want) != 0)
			return false;
	}
	return true;
}

bool
pl_pdfline_furniture(const struct pl_pdfpage *pg, const struct pl_pdfline *v)
{
	int numbers = 0;

	for (size_t k = 0; k < v->n; k++) {
		const char *s = pg->w[v->w[k]].s;
		bool digit = false;

		if (k == 0 && v->n > 1 && pl_istarts_with(s, "trang"))
			continue;
		for (; *s != '\0'; s++) {
			if (*s >= '0' && *s <= '9')
				digit = true;
			else if (*s != '-' && *s != '/')
				return false;
		}
		numbers += digit;
	}
	return numbers == 1;
}

char *
pl_pdfline_text(struct pl_arena *a, const struct pl_pdfpage *pg,
    const struct pl_pdfline *v)
{
	struct pl_buf b = { 0 };
	char *s;

	for (size_t k = 0; k < v->n; k++) {
		if (k > 0)
			pl_buf_addc(&b, ' ');
		pl_buf_adds(&b, pg->w[v->w[k]].s);
	}
	s = pl_arena_strdup(a, b.s != NULL ? b.s : "");
	pl_buf_free(&b);
	return s;
}

/* ---- Back to text ---- */

bool
pl_pdfword_glued(const struct pl_pdfword *a, const struct pl_pdfword *b)
{
	return b->x0 - a->x1 < 0.1 * (a->y1 - a->y0);
}

static void
add_row(struct pl_buf *out, struct pl_buf *istab, const struct pl_pdfrow *r)
{
	for (int c = 0; c < r->ncells; c++) {
		if (c > 0)
			pl_buf_addc(out, '\t');
		pl_buf_adds(out, r->cells[c]);
	}
	pl_buf_addc(out, '\n');
	pl_buf_addc(istab, 1);
}

void
pl_pdfpage_text(const struct pl_pdfpage *pg, int p,
    const struct pl_pdfrows *rows, struct pl_buf *out, struct pl_buf *istab)
{
	size_t r = 0, i = 0, j;
	const struct pl_pdfword *prev;
	bool flow_out = false;

	while (i < pg->n) {
		const struct pl_pdfword *w = &pg->w[i];
		double y0 = 0, y1 = 0;
		bool any = false;

		for (j = i; j < pg->n && pg->w[j].flow == w->flow &&
		    pg->w[j].line == w->line; j++) {
			if (pg->w[j].used)
				continue;
			if (!any || pg->w[j].y0 < y0)
				y0 = pg->w[j].y0;
			if (!any || pg->w[j].y1 > y1)
				y1 = pg->w[j].y1;
			any = true;
		}
		if (any) {
			/* The rows that stand above this line come first. */
			for (; r < rows->n; r++) {
				if (rows->v[r].page < p)
					continue;
				if (rows->v[r].page > p ||
				    rows->v[r].top >= (y0 + y1) / 2)
					break;
				add_row(out, istab, &rows->v[r]);
			}
			prev = NULL;
			for (size_t k = i; k < j; k++) {
				if (pg->w[k].used)
					continue;
				if (prev != NULL && !pl_pdfword_glued(prev,
				    &pg->w[k]))
					pl_buf_addc(out, ' ');
				pl_buf_adds(out, pg->w[k].s);
				prev = &pg->w[k];
			}
			pl_buf_addc(out, '\n');
			pl_buf_addc(istab, 0);
			flow_out = true;
		}
		/* pdftotext ends each flow with a blank line. */
		if (flow_out && (j >= pg->n || pg->w[j].flow != w->flow)) {
			pl_buf_addc(out, '\n');
			pl_buf_addc(istab, 0);
			flow_out = false;
		}
		i = j;
	}
	for (; r < rows->n; r++)
		if (rows->v[r].page == p)
			add_row(out, istab, &rows->v[r]);
}
