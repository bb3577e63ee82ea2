/*
 * docxnum.c: list numbering of a .docx rendered as Word shows it.  Reads
 * the abstract lists and list instances of numbering.xml and the list
 * settings of paragraph styles (styles.xml), keeps the counters, and
 * turns a paragraph's list and level into "1.", "1.2.", "a)", "II-", "-".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "ingest_int.h"

/* Short names for the WordprocessingML helpers of docx.c. */
#define is_w(n, name)		pl_docx_is(n, name)
#define wattr(n, name)		pl_docx_attr(n, name)
#define child(n, name)		pl_docx_child(n, name)
#define childval(n, name)	pl_docx_val(n, name)
#define is_on(n)		pl_docx_on(n)
#define toint(s, dflt)		pl_docx_int(s, dflt, 1 << 20)

#define NLVL	9
#define UNSET	(-1)

struct lvl {
	int		 start;
	const char	*fmt;		/* numFmt: "decimal", "bullet", ... */
	const char	*text;		/* lvlText: "%1.%2." */
	int		 restart;	/* lvlRestart, UNSET when absent */
	bool		 lgl;		/* isLgl: levels shown as decimal */
	const char	*suff;		/* after the label: " " or "" */
	const char	*style;		/* pStyle tied to this level */
};

struct counters {
	int	cur[NLVL];
	bool	used[NLVL];
};

struct absnum {
	int		 id;
	const char	*link;		/* numStyleLink: defined by a style */
	struct lvl	 lvl[NLVL];
	struct counters	 cnt;		/* of instances that do not restart */
};

struct num {
	int		 id;
	int		 abs;		/* abstractNumId */
	int		 start[NLVL];	/* startOverride, UNSET when none */
	struct lvl	*lvl[NLVL];	/* lvlOverride/lvl, NULL when none */
	bool		 own;		/* has its own counters (a restart) */
	struct counters	 cnt;
};

struct style {
	const char	*id;
	const char	*based;
	int		 numid;
	int		 ilvl;
	bool		 dflt;
};

struct pl_docxnum {
	struct pl_arena	*a;
	struct absnum	*abs;
	size_t		 nabs, capabs;
	struct num	*num;
	size_t		 nnum, capnum;
	struct style	*sty;
	size_t		 nsty, capsty;
};

static char *
dup(struct pl_docxnum *dn, const char *s)
{
	return s != NULL ? pl_arena_strdup(dn->a, s) : NULL;
}

static void
read_lvl(struct pl_docxnum *dn, const xmlNode *n, struct lvl *l)
{
	const xmlNode *c;
	const char *suff;

	if ((c = child(n, "start")) != NULL)
		l->start = toint(wattr(c, "val"), l->start);
	if (child(n, "numFmt") != NULL)
		l->fmt = dup(dn, childval(n, "numFmt"));
	if ((c = child(n, "lvlText")) != NULL)
		l->text = dup(dn, wattr(c, "val"));
	if (child(n, "lvlRestart") != NULL)
		l->restart = toint(childval(n, "lvlRestart"), UNSET);
	if ((c = child(n, "isLgl")) != NULL)
		l->lgl = is_on(c);
	if ((suff = childval(n, "suff")) != NULL)
		l->suff = strcmp(suff, "nothing") == 0 ? "" : " ";
	if (child(n, "pStyle") != NULL)
		l->style = dup(dn, childval(n, "pStyle"));
}

static void
default_lvl(struct lvl *l)
{
	memset(l, 0, sizeof(*l));
	l->start = 1;
	l->fmt = "decimal";
	l->restart = UNSET;
	l->suff = " ";
}

static void
read_numbering(struct pl_docxnum *dn, const xmlNode *root)
{
	struct absnum *an;
	struct num *nu;
	int il;

	for (const xmlNode *n = root->children; n != NULL; n = n->next) {
		if (is_w(n, "abstractNum")) {
			an = pl_vec_push(dn->a, &dn->abs, &dn->nabs,
			    &dn->capabs, sizeof(*an));
			an->id = toint(wattr(n, "abstractNumId"), UNSET);
			an->link = dup(dn, childval(n, "numStyleLink"));
			for (il = 0; il < NLVL; il++)
				default_lvl(&an->lvl[il]);
			for (const xmlNode *c = n->children; c != NULL;
			    c = c->next) {
				il = toint(wattr(c, "ilvl"), UNSET);
				if (is_w(c, "lvl") && il >= 0 && il < NLVL)
					read_lvl(dn, c, &an->lvl[il]);
			}
		} else if (is_w(n, "num")) {
			nu = pl_vec_push(dn->a, &dn->num, &dn->nnum,
			    &dn->capnum, sizeof(*nu));
			nu->id = toint(wattr(n, "numId"), UNSET);
			nu->abs = toint(childval(n, "abstractNumId"), UNSET);
			for (il = 0; il < NLVL; il++)
				nu->start[il] = UNSET;
			for (const xmlNode *c = n->children; c != NULL;
			    c = c->next) {
				il = toint(wattr(c, "ilvl"), UNSET);
				if (!is_w(c, "lvlOverride") || il < 0 ||
				    il >= NLVL)
					continue;
				if (child(c, "startOverride") != NULL) {
					nu->start[il] = toint(childval(c,
					    "startOverride"), 1);
					nu->own = true;
				}
				if (child(c, "lvl") != NULL) {
					nu->lvl[il] = pl_arena_alloc(dn->a,
					    sizeof(struct lvl));
					default_lvl(nu->lvl[il]);
					read_lvl(dn, child(c, "lvl"),
					    nu->lvl[il]);
				}
			}
		}
	}
}

static void
read_styles(struct pl_docxnum *dn, const xmlNode *root)
{
	const xmlNode *numpr;
	const char *type, *dflt;
	struct style *s;

	for (const xmlNode *n = root->children; n != NULL; n = n->next) {
		if (!is_w(n, "style") || wattr(n, "styleId") == NULL)
			continue;
		s = pl_vec_push(dn->a, &dn->sty, &dn->nsty, &dn->capsty,
		    sizeof(*s));
		s->id = dup(dn, wattr(n, "styleId"));
		s->based = dup(dn, childval(n, "basedOn"));
		type = wattr(n, "type");
		dflt = wattr(n, "default");
		s->dflt = type != NULL && strcmp(type, "paragraph") == 0 &&
		    dflt != NULL && (strcmp(dflt, "1") == 0 ||
		    strcmp(dflt, "true") == 0 || strcmp(dflt, "on") == 0);
		numpr = child(child(n, "pPr"), "numPr");
		s->numid = numpr != NULL ?
		    toint(childval(numpr, "numId"), UNSET) : UNSET;
		s->ilvl = numpr != NULL ?
		    toint(childval(numpr, "ilvl"), UNSET) : UNSET;
	}
}

struct pl_docxnum *
pl_docxnum_new(struct pl_arena *a, struct _xmlDoc *numbering,
    struct _xmlDoc *styles)
{
	struct pl_docxnum *dn = pl_arena_alloc(a, sizeof(*dn));
	const xmlNode *root;

	dn->a = a;
	if (numbering != NULL &&
	    (root = xmlDocGetRootElement(numbering)) != NULL)
		read_numbering(dn, root);
	if (styles != NULL && (root = xmlDocGetRootElement(styles)) != NULL)
		read_styles(dn, root);
	return dn;
}

static struct style *
find_style(struct pl_docxnum *dn, const char *id)
{
	for (size_t i = 0; id != NULL && i < dn->nsty; i++)
		if (strcmp(dn->sty[i].id, id) == 0)
			return &dn->sty[i];
	return NULL;
}

static struct num *
find_num(struct pl_docxnum *dn, int id)
{
	for (size_t i = 0; i < dn->nnum; i++)
		if (dn->num[i].id == id)
			return &dn->num[i];
	return NULL;
}

/* The abstract list of an instance, following one numStyleLink. */
static struct absnum *
find_abs(struct pl_docxnum *dn, int id, int hops)
{
	struct style *s;
	struct num *nu;

	for (size_t i = 0; i < dn->nabs; i++) {
		if (dn->abs[i].id != id)
			continue;
		if (dn->abs[i].link == NULL || hops > 0)
			return &dn->abs[i];
		s = find_style(dn, dn->abs[i].link);
		if (s != NULL && (nu = find_num(dn, s->numid)) != NULL &&
		    nu->abs != id)
			return find_abs(dn, nu->abs, hops + 1);
		return &dn->abs[i];
	}
	return NULL;
}

/* ---- Rendering numbers ---- */

static void
roman(struct pl_buf *b, int v, bool upper)
{
	static const struct {
		int		 v;
		const char	*s;
	} r[] = {
		{ 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" },
		{ 100, "c" }, { 90, "xc" }, { 50, "l" }, { 40, "xl" },
		{ 10, "x" }, { 9, "ix" }, { 5, "v" }, { 4, "iv" }, { 1, "i" },
	};

	if (v <= 0 || v >= 4000) {
		pl_buf_printf(b, "%d", v);
		return;
	}
	for (size_t i = 0; i < PL_NELEM(r); i++)
		for (; v >= r[i].v; v -= r[i].v)
			for (const char *p = r[i].s; *p != '\0'; p++)
				pl_buf_addc(b, upper ? (char)(*p - 'a' + 'A') :
				    *p);
}

/* Word's letters: a..z, then aa..zz, aaa..: the letter repeated. */
static void
letter(struct pl_buf *b, int v, bool upper)
{
	if (v <= 0 || v > 780) {
		pl_buf_printf(b, "%d", v);
		return;
	}
	for (int k = 0; k <= (v - 1) / 26; k++)
		pl_buf_addc(b, (char)((upper ? 'A' : 'a') + (v - 1) % 26));
}

static void
number(struct pl_buf *b, int v, const char *fmt)
{
	if (fmt == NULL || strcmp(fmt, "decimal") == 0)
		pl_buf_printf(b, "%d", v);
	else if (strcmp(fmt, "decimalZero") == 0)
		pl_buf_printf(b, "%02d", v);
	else if (strcmp(fmt, "upperRoman") == 0 ||
	    strcmp(fmt, "lowerRoman") == 0)
		roman(b, v, fmt[0] == 'u');
	else if (strcmp(fmt, "upperLetter") == 0 ||
	    strcmp(fmt, "lowerLetter") == 0)
		letter(b, v, fmt[0] == 'u');
	else if (strcmp(fmt, "none") == 0)
		;
	else
		pl_buf_printf(b, "%d", v);	/* ordinal, cardinalText, ... */
}

/*
 * A bullet as the text of a plan shows it.  Plans typed as text use "-"
 * and "+"; Word bullets are usually symbol-font glyphs (private-use code
 * points of Symbol/Wingdings, "•", "o" in Courier New), all shown as "-".
 */
static const char *
bullet(const char *text)
{
	static const char *const keep[] = { "-", "+", "*", "–", "—", "−" };
	size_t n = text != NULL ? strlen(text) : 0;

	if (n == 0)
		return NULL;
	for (size_t i = 0; i < PL_NELEM(keep); i++)
		if (strcmp(text, keep[i]) == 0)
			return keep[i];
	return "-";
}

static const struct lvl *
level(const struct num *nu, const struct absnum *an, int il)
{
	return nu->lvl[il] != NULL ? nu->lvl[il] : &an->lvl[il];
}

static int
start_of(const struct num *nu, const struct absnum *an, int il)
{
	return nu->start[il] != UNSET ? nu->start[il] :
	    level(nu, an, il)->start;
}

/* Counts paragraph il of the list and resets the levels below it. */
static void
advance(const struct num *nu, const struct absnum *an, struct counters *c,
    int il)
{
	int r;

	c->cur[il] = c->used[il] ? c->cur[il] + 1 : start_of(nu, an, il);
	c->used[il] = true;
	for (int d = il + 1; d < NLVL; d++) {
		r = level(nu, an, d)->restart;
		/* lvlRestart names (1-based) the level that restarts d;
		 * 0 means never. */
		if (r == UNSET || (r > 0 && il <= r - 1))
			c->used[d] = false;
	}
}

static const char *
render(struct pl_docxnum *dn, const struct num *nu, const struct absnum *an,
    const struct counters *c, int il)
{
	const struct lvl *l = level(nu, an, il);
	struct pl_buf b = { 0 };
	const char *p, *out;
	int k;

	if (l->text == NULL)
		return NULL;
	if (l->fmt != NULL && strcmp(l->fmt, "bullet") == 0) {
		if ((p = bullet(l->text)) == NULL)
			return NULL;
		return pl_arena_printf(dn->a, "%s%s", p, l->suff);
	}
	for (p = l->text; *p != '\0'; p++) {
		if (p[0] != '%' || p[1] < '1' || p[1] > '9') {
			pl_buf_addc(&b, *p);
			continue;
		}
		k = *++p - '1';
		number(&b, c->used[k] ? c->cur[k] : start_of(nu, an, k),
		    l->lgl ? "decimal" : level(nu, an, k)->fmt);
	}
	if (b.len == 0) {
		pl_buf_free(&b);
		return NULL;
	}
	pl_buf_adds(&b, l->suff);
	out = pl_arena_strdup(dn->a, b.s);
	pl_buf_free(&b);
	return out;
}

const char *
pl_docxnum_label(struct pl_docxnum *dn, const char *style, int numid,
    int ilvl)
{
	const char *chain[16];
	struct style *s = NULL;
	struct absnum *an;
	struct num *nu;
	size_t n = 0;

	/* Paragraph settings first, then the style chain fills the rest. */
	if (style != NULL)
		s = find_style(dn, style);
	else
		for (size_t i = 0; i < dn->nsty && s == NULL; i++)
			if (dn->sty[i].dflt)
				s = &dn->sty[i];
	for (; s != NULL && n < PL_NELEM(chain); s = find_style(dn, s->based)) {
		chain[n++] = s->id;
		if (numid == UNSET)
			numid = s->numid;
		if (ilvl == UNSET && s->numid != UNSET)
			ilvl = s->ilvl;
	}
	if (numid <= 0 || (nu = find_num(dn, numid)) == NULL ||
	    (an = find_abs(dn, nu->abs, 0)) == NULL)
		return NULL;
	/* A level tied to the style, or to a style it is based on (headings),
	 * gives the level. */
	for (size_t k = 0; ilvl == UNSET && k < n; k++)
		for (int il = 0; ilvl == UNSET && il < NLVL; il++)
			if (an->lvl[il].style != NULL &&
			    strcmp(an->lvl[il].style, chain[k]) == 0)
				ilvl = il;
	if (ilvl < 0 || ilvl >= NLVL)
		ilvl = 0;
	advance(nu, an, nu->own ? &nu->cnt : &an->cnt, ilvl);
	return render(dn, nu, an, nu->own ? &nu->cnt : &an->cnt, ilvl);
}
