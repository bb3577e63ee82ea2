/*
 * docxbody.c: the body of word/document.xml into lines, as a reader sees
 * the document with every tracked change accepted.  A body paragraph is
 * one line, its list label in front; a table row is one line, its cells
 * joined by TAB so that the tab-separated table parser reads it.
 */
#include <string.h>

#include <libxml/tree.h>

#include "ingest_int.h"

/* Short names for the WordprocessingML helpers of docx.c. */
#define is_w(n, name)		pl_docx_is(n, name)
#define wattr(n, name)		pl_docx_attr(n, name)
#define child(n, name)		pl_docx_child(n, name)
#define childval(n, name)	pl_docx_val(n, name)
#define is_on(n)		pl_docx_on(n)
#define toint(s, dflt, max)	pl_docx_int(s, dflt, max)

#define MC_NS "http://schemas.openxmlformats.org/markup-compatibility/2006"
#define M_NS "http://schemas.openxmlformats.org/officeDocument/2006/math"

struct walk {
	struct pl_doc		*doc;
	struct pl_docxnum	*num;
	int			 para;		/* body paragraphs so far */
	int			 tables;	/* top-level tables so far */
	/* Text of paragraphs whose mark was deleted: it joins the next. */
	struct pl_buf		 carry;
	bool			 carrying;
	/* Paragraphs of text boxes anchored in the current paragraph. */
	struct pl_strlist	 boxes;
	bool			 text_seen;	/* a body paragraph with text */
};

struct cell {
	const char	*s;
	size_t		 len;
	unsigned char	 flags;
};

struct row {
	struct cell	*v;
	size_t		 n, cap;
};

static bool
is_ns(const xmlNode *n, const char *ns, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE && n->ns != NULL &&
	    strcmp((const char *)n->ns->href, ns) == 0 &&
	    strcmp((const char *)n->name, name) == 0;
}

/* Notes the first tracked change: the line about to be added. */
static void
tracked(struct walk *w)
{
	if (w->doc->tracked_changes)
		return;
	w->doc->tracked_changes = true;
	w->doc->tracked_line = (int)w->doc->text.n + 1;
}

/* Text of a text node; TAB and line ends become spaces. */
static void
add_text(struct pl_buf *b, const xmlNode *t)
{
	for (const xmlNode *c = t->children; c != NULL; c = c->next) {
		if ((c->type != XML_TEXT_NODE &&
		    c->type != XML_CDATA_SECTION_NODE) || c->content == NULL)
			continue;
		for (const char *p = (const char *)c->content; *p != '\0'; p++)
			pl_buf_addc(b, *p == '\t' || *p == '\n' || *p == '\r' ?
			    ' ' : *p);
	}
}

/* w:sym: the character unless it is a private-use symbol-font glyph. */
static void
add_sym(struct pl_buf *b, const xmlNode *n)
{
	const char *hex = wattr(n, "char");
	long cp = 0;
	char enc[4];

	for (; hex != NULL && *hex != '\0' && cp < 0x110000; hex++) {
		if (*hex >= '0' && *hex <= '9')
			cp = cp * 16 + (*hex - '0');
		else if ((*hex | 0x20) >= 'a' && (*hex | 0x20) <= 'f')
			cp = cp * 16 + ((*hex | 0x20) - 'a' + 10);
		else
			return;
	}
	if (cp >= 0x20 && cp < 0xE000 && cp != 0x7F)
		pl_buf_add(b, enc, (size_t)pl_utf8_encode((int32_t)cp, enc));
}

static void paragraph(struct walk *, const xmlNode *, struct pl_buf *,
    const char **, bool *, struct pl_strlist *);

/* Paragraphs of a text box: separate lines at body level, else inline. */
static void
text_box(struct walk *w, const xmlNode *box, struct pl_buf *b,
    struct pl_strlist *boxes)
{
	struct pl_buf t = { 0 };
	const char *label;
	bool del;

	for (const xmlNode *p = box->children; p != NULL; p = p->next) {
		if (!is_w(p, "p"))
			continue;
		paragraph(w, p, &t, &label, &del, NULL);
		if (boxes != NULL)
			pl_strlist_add(w->doc->arena, boxes, pl_arena_printf(
			    w->doc->arena, "%s%s", label != NULL ? label : "",
			    t.s != NULL ? t.s : ""));
		else {
			pl_buf_addc(b, ' ');
			if (label != NULL)
				pl_buf_adds(b, label);
			pl_buf_add(b, t.s != NULL ? t.s : "", t.len);
		}
		pl_buf_reset(&t);
	}
	pl_buf_free(&t);
}

/*
 * Appends to b the visible text of the inline content under n: runs
 * joined, w:tab and w:br as a space, insertions kept, deletions dropped,
 * hidden runs, field codes, note and comment references skipped.
 */
static void
inline_text(struct walk *w, const xmlNode *n, struct pl_buf *b,
    struct pl_strlist *boxes)
{
	for (const xmlNode *c = n->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (is_ns(c, MC_NS, "AlternateContent")) {
			/* The first choice only: the fallback repeats it. */
			for (const xmlNode *k = c->children; k != NULL;
			    k = k->next)
				if (is_ns(k, MC_NS, "Choice")) {
					inline_text(w, k, b, boxes);
					break;
				}
			continue;
		}
		if (is_ns(c, M_NS, "t")) {
			add_text(b, c);
			continue;
		}
		if (c->ns == NULL || !is_w(c, (const char *)c->name)) {
			inline_text(w, c, b, boxes);	/* drawings, shapes */
			continue;
		}
		if (is_w(c, "t"))
			add_text(b, c);
		else if (is_w(c, "tab") || is_w(c, "ptab") || is_w(c, "br") ||
		    is_w(c, "cr"))
			pl_buf_addc(b, ' ');
		else if (is_w(c, "noBreakHyphen"))
			pl_buf_addc(b, '-');
		else if (is_w(c, "sym"))
			add_sym(b, c);
		else if (is_w(c, "r")) {
			if (child(child(c, "rPr"), "rPrChange") != NULL)
				tracked(w);
			if (!is_on(child(child(c, "rPr"), "vanish")))
				inline_text(w, c, b, boxes);
		} else if (is_w(c, "ins") || is_w(c, "moveTo")) {
			tracked(w);
			inline_text(w, c, b, boxes);
		} else if (is_w(c, "del") || is_w(c, "moveFrom"))
			tracked(w);
		else if (is_w(c, "txbxContent"))
			text_box(w, c, b, boxes);
		else if (is_w(c, "hyperlink") || is_w(c, "smartTag") ||
		    is_w(c, "customXml") || is_w(c, "sdt") ||
		    is_w(c, "sdtContent") || is_w(c, "fldSimple") ||
		    is_w(c, "dir") || is_w(c, "bdo") || is_w(c, "drawing") ||
		    is_w(c, "pict") || is_w(c, "object") || is_w(c, "ruby") ||
		    is_w(c, "rubyBase"))
			inline_text(w, c, b, boxes);
		/* Everything else holds no visible text: properties, w:delText,
		 * w:instrText, note/comment references, bookmarks, ... */
	}
}

/*
 * Renders paragraph p: its text into b, its list label (with the space
 * after it) into *label, NULL when none.  *markdel tells that the
 * paragraph mark was deleted (the paragraph joins the next one, which
 * then gives the label: the counters do not move for this one).
 */
static void
paragraph(struct walk *w, const xmlNode *p, struct pl_buf *b,
    const char **label, bool *markdel, struct pl_strlist *boxes)
{
	const xmlNode *ppr = child(p, "pPr"), *numpr = child(ppr, "numPr");
	const xmlNode *rpr = child(ppr, "rPr");
	const char *numid = childval(numpr, "numId");
	const char *ilvl = childval(numpr, "ilvl");

	*markdel = child(rpr, "del") != NULL || child(rpr, "moveFrom") != NULL;
	if (*markdel || child(rpr, "ins") != NULL ||
	    child(rpr, "moveTo") != NULL || child(ppr, "pPrChange") != NULL)
		tracked(w);
	*label = NULL;
	if (!*markdel)
		*label = pl_docxnum_label(w->num, childval(ppr, "pStyle"),
		    numpr != NULL && numid != NULL ? toint(numid, 0, 1 << 20) :
		    -1, numpr != NULL && ilvl != NULL ? toint(ilvl, 0, 8) : -1);
	inline_text(w, p, b, boxes);
}

static struct pl_line *
add_line(struct walk *w, const char *s, size_t n, int para)
{
	struct pl_line *l = pl_doc_add_line(w->doc);
	char *nfc = pl_utf8_nfc(w->doc->arena, s, n);

	l->s = nfc;
	l->len = strlen(nfc);
	l->orig = (int)w->doc->text.n;
	l->para = para;
	return l;
}

static void
body_paragraph(struct walk *w, const xmlNode *p)
{
	struct pl_buf t = { 0 }, line = { 0 };
	const char *label;
	bool markdel;
	size_t len;

	w->boxes.n = 0;
	paragraph(w, p, &t, &label, &markdel, &w->boxes);
	if (markdel) {
		pl_buf_add(&w->carry, t.s != NULL ? t.s : "", t.len);
		w->carrying = true;
	} else {
		if (label != NULL)
			pl_buf_adds(&line, label);
		pl_buf_add(&line, w->carry.s != NULL ? w->carry.s : "",
		    w->carry.len);
		pl_buf_add(&line, t.s != NULL ? t.s : "", t.len);
		pl_buf_reset(&w->carry);
		w->carrying = false;
		add_line(w, line.s != NULL ? line.s : "", line.len, ++w->para);
		pl_trim(line.s != NULL ? line.s : "", line.len, &len);
		w->text_seen |= len > 0;
	}
	for (size_t i = 0; i < w->boxes.n; i++)
		add_line(w, w->boxes.v[i], strlen(w->boxes.v[i]), w->para);
	pl_buf_free(&t);
	pl_buf_free(&line);
}

/* Calls fn on the children of n named `name`, looking through content
 * controls and custom XML that may wrap rows and cells. */
static void
each(struct walk *w, const xmlNode *n, const char *name,
    void (*fn)(struct walk *, const xmlNode *, void *), void *arg)
{
	for (const xmlNode *c = n->children; c != NULL; c = c->next) {
		if (is_w(c, name))
			fn(w, c, arg);
		else if (is_w(c, "sdt"))
			each(w, child(c, "sdtContent") != NULL ?
			    child(c, "sdtContent") : c, name, fn, arg);
		else if (is_w(c, "customXml"))
			each(w, c, name, fn, arg);
	}
}

static void cell_blocks(struct walk *, const xmlNode *, struct pl_buf *);

static void
sep(struct pl_buf *b)
{
	if (b->len > 0 && b->s[b->len - 1] != ' ')
		pl_buf_addc(b, ' ');
}

static void
nested_cell(struct walk *w, const xmlNode *tc, void *arg)
{
	if (!child(child(tc, "tcPr"), "cellDel"))
		cell_blocks(w, tc, arg);
}

static void
nested_row(struct walk *w, const xmlNode *tr, void *arg)
{
	if (child(child(tr, "trPr"), "del") == NULL)
		each(w, tr, "tc", nested_cell, arg);
}

/* The paragraphs of a cell joined by spaces (list labels kept, so list
 * items read "... - item"); nested tables cell after cell. */
static void
cell_blocks(struct walk *w, const xmlNode *n, struct pl_buf *b)
{
	struct pl_buf t = { 0 };
	const char *label, *s;
	size_t len;
	bool markdel;

	for (const xmlNode *c = n->children; c != NULL; c = c->next) {
		if (is_w(c, "p")) {
			paragraph(w, c, &t, &label, &markdel, NULL);
			s = pl_trim(t.s != NULL ? t.s : "", t.len, &len);
			if (len > 0 || label != NULL) {
				sep(b);
				if (label != NULL)
					pl_buf_adds(b, label);
				pl_buf_add(b, s, len);
			}
			pl_buf_reset(&t);
		} else if (is_w(c, "tbl")) {
			each(w, c, "tr", nested_row, b);
		} else if (is_w(c, "sdt"))
			cell_blocks(w, child(c, "sdtContent") != NULL ?
			    child(c, "sdtContent") : c, b);
		else if (is_w(c, "customXml"))
			cell_blocks(w, c, b);
	}
	pl_buf_free(&t);
}

static void
push_cell(struct walk *w, struct row *r, const char *s, size_t n,
    unsigned char flags)
{
	struct cell *c = pl_vec_push(w->doc->arena, &r->v, &r->n, &r->cap,
	    sizeof(*c));
	const char *t = pl_trim(s, n, &n);

	c->s = pl_utf8_nfc(w->doc->arena, t, n);
	c->len = strlen(c->s);
	c->flags = flags;
}

static void
empty_cells(struct walk *w, struct row *r, int n, unsigned char flags)
{
	for (int i = 0; i < n; i++)
		push_cell(w, r, "", 0, flags);
}

static void
row_cell(struct walk *w, const xmlNode *tc, void *arg)
{
	const xmlNode *tcpr = child(tc, "tcPr"), *vm, *hm;
	struct row *r = arg;
	struct pl_buf b = { 0 };
	const char *v;

	if (child(tcpr, "cellDel") != NULL) {
		tracked(w);
		return;
	}
	if (child(tcpr, "cellIns") != NULL || child(tcpr, "tcPrChange"))
		tracked(w);
	vm = child(tcpr, "vMerge");
	hm = child(tcpr, "hMerge");
	if (vm != NULL && ((v = wattr(vm, "val")) == NULL ||
	    strcmp(v, "continue") == 0)) {
		/* The text stays in the first cell of the merge. */
		cell_blocks(w, tc, &b);	/* keeps list counters in step */
		push_cell(w, r, "", 0, PL_CF_VMERGE);
	} else if (hm != NULL && ((v = wattr(hm, "val")) == NULL ||
	    strcmp(v, "continue") == 0))
		push_cell(w, r, "", 0, PL_CF_SPAN);
	else {
		cell_blocks(w, tc, &b);
		push_cell(w, r, b.s != NULL ? b.s : "", b.len, 0);
	}
	empty_cells(w, r, toint(childval(tcpr, "gridSpan"), 1, 64) - 1,
	    PL_CF_SPAN);
	pl_buf_free(&b);
}

static void
emit_row(struct walk *w, const struct row *r, int table, int rowno)
{
	struct pl_line *l;
	struct pl_buf b = { 0 };
	size_t *cells = pl_arena_alloc(w->doc->arena,
	    (r->n + 1) * sizeof(size_t));
	unsigned char *flags = pl_arena_alloc(w->doc->arena, r->n + 1);

	for (size_t i = 0; i < r->n; i++) {
		if (i > 0)
			pl_buf_addc(&b, '\t');
		cells[i] = b.len;
		flags[i] = r->v[i].flags;
		pl_buf_add(&b, r->v[i].s, r->v[i].len);
	}
	l = pl_doc_add_line(w->doc);
	l->s = pl_arena_strndup(w->doc->arena, b.s != NULL ? b.s : "", b.len);
	l->len = b.len;
	l->orig = (int)w->doc->text.n;
	l->table = table;
	l->row = rowno;
	l->cells = cells;
	l->cellflags = flags;
	l->ncells = (int)r->n;
	pl_buf_free(&b);
}

struct rows {
	int	table;
	int	n;
};

static void
table_row(struct walk *w, const xmlNode *tr, void *arg)
{
	const xmlNode *trpr = child(tr, "trPr");
	struct rows *t = arg;
	struct row r = { 0 };

	if (child(trpr, "del") != NULL) {
		tracked(w);
		return;
	}
	if (child(trpr, "ins") != NULL || child(trpr, "trPrChange") != NULL)
		tracked(w);
	empty_cells(w, &r, toint(childval(trpr, "gridBefore"), 0, 64), 0);
	each(w, tr, "tc", row_cell, &r);
	empty_cells(w, &r, toint(childval(trpr, "gridAfter"), 0, 64), 0);
	emit_row(w, &r, t->table, ++t->n);
}

/* ---- The header block ---- */

struct shape {
	int	rows;
	int	cols;
};

static void
shape_row(struct walk *w, const xmlNode *tr, void *arg)
{
	struct shape *sh = arg;
	int cols = 0;

	for (const xmlNode *tc = tr->children; tc != NULL; tc = tc->next)
		if (is_w(tc, "tc"))
			cols += toint(childval(child(tc, "tcPr"), "gridSpan"),
			    1, 64);
		else if (is_w(tc, "sdt") || is_w(tc, "customXml"))
			cols++;
	cols += toint(childval(child(tr, "trPr"), "gridBefore"), 0, 64) +
	    toint(childval(child(tr, "trPr"), "gridAfter"), 0, 64);
	sh->rows++;
	if (cols > sh->cols)
		sh->cols = cols;
}

/*
 * The block above a plan's title (issuer and number on the left, the
 * national motto, place and date on the right) is a small borderless
 * table in Word.  Read as rows, it would glue "Số: 25/KH-UBND" to the
 * issuer's name; plans typed as text, and text exports of Word files
 * such as the seeds, give each of its paragraphs a line, cell after
 * cell.  So a table of at most 3 columns and 4 rows that comes before
 * any text of the body is read that way; every other table is read as
 * rows.
 */
static bool
header_block(struct walk *w, const xmlNode *tbl)
{
	struct shape sh = { 0, 0 };

	if (w->text_seen)
		return false;
	each(w, tbl, "tr", shape_row, &sh);
	return sh.rows <= 4 && sh.cols <= 3;
}

static void
header_paragraphs(struct walk *w, const xmlNode *n, struct rows *t)
{
	struct pl_buf b = { 0 }, line = { 0 };
	struct pl_line *l;
	const char *label;
	bool markdel;

	for (const xmlNode *c = n->children; c != NULL; c = c->next) {
		if (is_w(c, "p")) {
			paragraph(w, c, &b, &label, &markdel, NULL);
			if (label != NULL)
				pl_buf_adds(&line, label);
			pl_buf_add(&line, b.s != NULL ? b.s : "", b.len);
			l = add_line(w, line.s != NULL ? line.s : "", line.len,
			    0);
			l->table = t->table;
			l->row = t->n;
			pl_buf_reset(&line);
			pl_buf_reset(&b);
		} else if (is_w(c, "sdt"))
			header_paragraphs(w, child(c, "sdtContent") != NULL ?
			    child(c, "sdtContent") : c, t);
		else if (is_w(c, "customXml"))
			header_paragraphs(w, c, t);
	}
	pl_buf_free(&b);
	pl_buf_free(&line);
}

static void
header_cell(struct walk *w, const xmlNode *tc, void *arg)
{
	header_paragraphs(w, tc, arg);
}

static void
header_row(struct walk *w, const xmlNode *tr, void *arg)
{
	struct rows *t = arg;

	t->n++;
	each(w, tr, "tc", header_cell, t);
}

static void
blocks(struct walk *w, const xmlNode *n)
{
	struct rows t;

	for (const xmlNode *c = n->children; c != NULL; c = c->next) {
		if (is_w(c, "p"))
			body_paragraph(w, c);
		else if (is_w(c, "tbl")) {
			t.table = ++w->tables;
			t.n = 0;
			each(w, c, "tr", header_block(w, c) ? header_row :
			    table_row, &t);
		} else if (is_w(c, "sdt"))
			blocks(w, child(c, "sdtContent") != NULL ?
			    child(c, "sdtContent") : c);
		else if (is_w(c, "customXml") || is_w(c, "ins") ||
		    is_w(c, "moveTo"))
			blocks(w, c);
	}
}

int
pl_docx_body(struct pl_doc *doc, struct _xmlDoc *document,
    struct pl_docxnum *num)
{
	struct walk w = { .doc = doc, .num = num };
	const xmlNode *root = xmlDocGetRootElement(document);

	if (!is_w(root, "document") || child(root, "body") == NULL)
		return -1;
	blocks(&w, child(root, "body"));
	if (w.carrying)
		add_line(&w, w.carry.s != NULL ? w.carry.s : "", w.carry.len,
		    ++w.para);
	pl_buf_free(&w.carry);
	return 0;
}
