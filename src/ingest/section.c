/*
 * section.c: headings and the section tree.  Reads the document's own
 * numbering ("II-", "1.", "1.1.", "a)", "(1)", bullets, "Phụ lục") and
 * keeps an outline of the open headings and list items, so that section
 * and task ids are paths: "III", "III/1", "IV/1/1.1", "PL", "PL/II".
 */
#include <stdio.h>
#include <string.h>

#include "ingest_int.h"

#define OUTLINE_MAX	12
#define HEADING_MAX	300	/* code points of a heading without ":" */
#define INTRO_MAX	400	/* code points of a heading ending in ":" */
#define BULLET_MAX	120	/* code points of a bullet heading */
#define SHORT_LINE	40	/* a line this short is not hard-wrapped */

/*
 * Label classes: items of one class are siblings, so a new label closes
 * every open entry from the last one of its class up.  Dotted numbers
 * get one class per depth ("1." and "1.1." nest).
 */
enum {
	CLS_ROMAN = 1 << 4,
	CLS_NUM = 2 << 4,
	CLS_LETTER = 3 << 4,
	CLS_PAREN = 4 << 4,
	CLS_BULLET = 5 << 4,
	CLS_PLUS = 6 << 4,
	CLS_PL = 7 << 4,
};

struct entry {
	int		 cls;
	const char	*id;
	int		 section;	/* index in doc->sections, -1: an item */
	int		 bullets;	/* bullets opened right under it */
};

struct pl_outline {
	struct entry	 e[OUTLINE_MAX];
	size_t		 n;
	int		 bullets;	/* bullets with nothing open */
};

/* ---- Small text tests ---- */

static bool
lower_start(const char *s, size_t n)
{
	return n > 0 && pl_utf8_is_alpha_at(s, n) &&
	    !pl_utf8_is_upper_at(s, n);
}

/* All letters upper case, and at least three of them. */
static bool
all_caps(const char *s, size_t n)
{
	size_t i = 0, letters_seen = 0;
	int32_t cp;
	int len;

	while (i < n) {
		if ((len = pl_utf8_decode(s + i, n - i, &cp)) == 0) {
			i++;
			continue;
		}
		if (pl_utf8_is_alpha_at(s + i, n - i)) {
			if (!pl_utf8_is_upper_at(s + i, n - i))
				return false;
			letters_seen++;
		}
		i += (size_t)len;
	}
	return letters_seen >= 3;
}

/* Ends like a sentence or a list entry: . ; , ! ? … */
static bool
ends_sentence(const char *s, size_t n)
{
	if (n == 0)
		return false;
	if (strchr(".;,!?", s[n - 1]) != NULL)
		return true;
	return n >= 3 && memcmp(s + n - 3, "\xE2\x80\xA6", 3) == 0;
}

static const char *
trimmed(const struct pl_doc *doc, size_t i, size_t *len)
{
	return pl_trim(doc->text.lines[i].s, doc->text.lines[i].len, len);
}

static int
label_class(const struct pl_label *lb)
{
	switch (lb->kind) {
	case PL_LBL_ROMAN:
		return CLS_ROMAN;
	case PL_LBL_NUM:
		return CLS_NUM + lb->depth;
	case PL_LBL_LETTER:
		return CLS_LETTER;
	case PL_LBL_PAREN:
		return CLS_PAREN;
	case PL_LBL_PLUS:
		return CLS_PLUS;
	default:
		return CLS_BULLET;
	}
}

/* ---- Paragraphs ---- */

/* Next line at or after i that is neither blank nor noise; n if none. */
static size_t
next_text(const struct pl_doc *doc, size_t i)
{
	size_t len;
	const char *t;

	for (; i < doc->text.n; i++) {
		t = trimmed(doc, i, &len);
		if (len > 0 && !pl_label_noise(t, len))
			return i;
	}
	return doc->text.n;
}

static bool
breaks_para(const char *t, size_t len)
{
	struct pl_label lb;

	return memchr(t, '\t', len) != NULL || pl_label_parse(t, len, &lb) ||
	    pl_label_closing(t, len);
}

size_t
pl_section_para_end(const struct pl_doc *doc, size_t i)
{
	size_t last = i, k, len, plen;
	const char *t, *prev;

	for (;;) {
		k = next_text(doc, last + 1);
		if (k >= doc->text.n)
			break;
		t = trimmed(doc, k, &len);
		if (breaks_para(t, len))
			break;
		if (k == last + 1) {
			/*
			 * Hard wrap: the line before is of wrapping width
			 * and stops mid-sentence, or this one goes on in
			 * lower case.
			 */
			prev = trimmed(doc, last, &plen);
			if (!lower_start(t, len) &&
			    (pl_utf8_count(prev, plen) < SHORT_LINE ||
			    pl_utf8_count(prev, plen) > 110 ||
			    ends_sentence(prev, plen) || prev[plen - 1] == ':'))
				break;
		} else if (!lower_start(t, len))
			break;	/* after a gap only a page break goes on */
		last = k;
	}
	return last + 1;
}

/* Lines [i, end) joined by single spaces, noise left out; in the arena. */
static char *
join(struct pl_doc *doc, size_t i, size_t end, size_t skip)
{
	struct pl_buf b = { 0 };
	size_t len;
	const char *t;
	char *s;

	for (size_t k = i; k < end; k++) {
		t = trimmed(doc, k, &len);
		if (len == 0 || pl_label_noise(t, len))
			continue;
		if (k == i) {
			/* Skip the label, counted from the untrimmed line. */
			t = doc->text.lines[k].s + skip;
			t = pl_trim(t, doc->text.lines[k].len - skip, &len);
		}
		if (b.len > 0)
			pl_buf_addc(&b, ' ');
		pl_buf_add(&b, t, len);
	}
	s = pl_squash_space(doc->arena, b.s != NULL ? b.s : "", b.len);
	pl_buf_free(&b);
	return s;
}

/* ---- The outline ---- */

static struct pl_outline *
outline(struct pl_doc *doc, struct pl_parse_state *st)
{
	if (st->outline == NULL)
		st->outline = pl_arena_alloc(doc->arena, sizeof(*st->outline));
	return st->outline;
}

/* Innermost heading on the outline, or -1. */
static int
innermost(const struct pl_outline *ol)
{
	for (size_t k = ol->n; k > 0; k--)
		if (ol->e[k - 1].section >= 0)
			return ol->e[k - 1].section;
	return -1;
}

static void
update(struct pl_parse_state *st)
{
	struct pl_outline *ol = st->outline;

	st->section = innermost(ol);
	st->top = ol->n > 0 ? ol->e[0].section : -1;
}

/*
 * A table parser may have opened sections of its own (an appendix, group
 * rows): when the top section is no longer the outline's, start again
 * from it.
 */
static void
sync(struct pl_doc *doc, struct pl_parse_state *st)
{
	struct pl_outline *ol = outline(doc, st);

	if (st->top == (ol->n > 0 ? ol->e[0].section : -1))
		return;
	memset(ol, 0, sizeof(*ol));
	if (st->top >= 0) {
		ol->e[0].cls = pl_starts_with(doc->sections[st->top].id, "PL") ?
		    CLS_PL : CLS_ROMAN;
		ol->e[0].id = doc->sections[st->top].id;
		ol->e[0].section = st->top;
		ol->n = 1;
	}
	update(st);
}

/* Closes the open entries of class cls and deeper, pushes a new one and
 * returns its id. */
static const char *
push(struct pl_doc *doc, struct pl_outline *ol, int cls, const char *name,
    int section)
{
	struct entry *e;
	const char *parent;
	char num[16];
	int *count;

	for (size_t k = ol->n; k > 0; k--)
		if (ol->e[k - 1].cls == cls) {
			ol->n = k - 1;
			break;
		}
	if (ol->n == OUTLINE_MAX)
		ol->n--;
	count = ol->n > 0 ? &ol->e[ol->n - 1].bullets : &ol->bullets;
	if (name[0] == '\0') {
		snprintf(num, sizeof(num), "%d", ++*count);
		name = num;
	}
	parent = ol->n > 0 ? ol->e[ol->n - 1].id : NULL;
	e = &ol->e[ol->n++];
	e->cls = cls;
	e->id = parent != NULL ? pl_arena_printf(doc->arena, "%s/%s", parent,
	    name) : pl_arena_strdup(doc->arena, name);
	e->section = section;
	e->bullets = 0;
	return e->id;
}

const char *
pl_section_item(struct pl_doc *doc, struct pl_parse_state *st,
    const struct pl_label *lb)
{
	const char *id;

	sync(doc, st);
	id = push(doc, st->outline, label_class(lb), lb->name, -1);
	update(st);
	return id;
}

/* ---- Headings ---- */

static enum pl_section_kind
kind_of(const char *title)
{
	static const struct {
		const char		*word;
		enum pl_section_kind	 kind;
	} words[] = {	/* ORDER: first match wins */
		{ "tổ chức thực hiện", PL_SEC_ORGANIZE },
		{ "nhiệm vụ", PL_SEC_TASKS },
		{ "giải pháp", PL_SEC_TASKS },
		{ "nội dung thực hiện", PL_SEC_TASKS },
		{ "nội dung triển khai", PL_SEC_TASKS },
		{ "nội dung công việc", PL_SEC_TASKS },
		{ "đầu công việc", PL_SEC_TASKS },
		{ "đầu việc", PL_SEC_TASKS },
		{ "mục tiêu", PL_SEC_TARGETS },
		{ "chỉ tiêu", PL_SEC_TARGETS },
		{ "mục đích", PL_SEC_PURPOSE },
		{ "yêu cầu", PL_SEC_PURPOSE },
		{ "quan điểm", PL_SEC_PURPOSE },
		{ "phụ lục", PL_SEC_APPENDIX },
	};

	for (size_t k = 0; k < PL_NELEM(words); k++)
		if (pl_istrstr(title, words[k].word) != NULL)
			return words[k].kind;
	return PL_SEC_OTHER;
}

static struct pl_section *
add(struct pl_doc *doc, const char *id,
    const char *label, const char *title, size_t i, int parent)
{
	struct pl_section *sec = pl_doc_add_section(doc);

	sec->id = id;
	sec->label = label;
	sec->title = title;
	sec->line = doc->text.lines[i].orig;
	sec->parent = parent;
	if (parent < 0) {
		sec->kind = kind_of(title);
		sec->depth = 0;
	} else {
		sec->kind = doc->sections[parent].kind;
		sec->specific = doc->sections[parent].specific;
	}
	if (pl_istrstr(title, "nhiệm vụ cụ thể") != NULL)
		sec->specific = true;
	return sec;
}

/*
 * "Phụ lục", "PHỤ LỤC II", "Phụ lục: DANH MỤC ...": its title is what
 * follows on the line or, when only a number does, the caption lines
 * below it.  Returns the section or -1.
 */
static int
appendix(struct pl_doc *doc, size_t i, struct pl_parse_state *st)
{
	struct pl_outline *ol;
	size_t len, rlen, k, last, tl, cp;
	const char *t, *rest, *title, *nt;
	struct pl_section *sec;
	const char *id;
	bool words = false;

	t = trimmed(doc, i, &len);
	if (!pl_istarts_with(t, "phụ lục"))
		return -1;
	rest = t + strlen("phụ lục");
	rlen = len - strlen("phụ lục");
	cp = pl_utf8_count(t, len);
	if (rlen > 0 && strchr(" :-.", rest[0]) == NULL)
		return -1;
	if (cp > 120 || ends_sentence(t, len) || memchr(t, '\t', len) != NULL)
		return -1;
	/* Skip a number ("I", "01", "số 2") and see whether words follow. */
	while (rlen > 0) {
		size_t w;

		if (strchr(" :-.", rest[0]) != NULL) {
			rest++;
			rlen--;
			continue;
		}
		for (w = 0; w < rlen && rest[w] != ' ' && rest[w] != ':'; w++)
			;
		if (!(pl_istarts_with(rest, "số") && w == strlen("số")) &&
		    strspn(rest, "IVX0123456789") < w) {
			words = true;
			break;
		}
		rest += w;
		rlen -= w;
	}
	last = i;
	if (words) {
		title = pl_arena_trimdup(doc->arena, rest, rlen);
	} else {
		struct pl_buf b = { 0 };

		for (k = i + 1; k < doc->text.n && k < i + 8; k++) {
			nt = trimmed(doc, k, &tl);
			if (tl == 0)
				continue;
			if (breaks_para(nt, tl) || pl_label_noise(nt, tl) ||
			    pl_istarts_with(nt, "(kèm theo") ||
			    pl_utf8_count(nt, tl) > 200)
				break;
			/* After a blank line only a lower-case line goes on. */
			if (k != last + 1 && (b.len > 0 || k > i + 2) &&
			    !lower_start(nt, tl))
				break;
			if (b.len > 0)
				pl_buf_addc(&b, ' ');
			pl_buf_add(&b, nt, tl);
			last = k;
		}
		title = pl_squash_space(doc->arena, b.s != NULL ? b.s : "",
		    b.len);
		pl_buf_free(&b);
	}
	st->appendices++;
	id = st->appendices == 1 ? "PL" : pl_arena_printf(doc->arena, "PL%d",
	    st->appendices);
	ol = outline(doc, st);
	memset(ol, 0, sizeof(*ol));
	sec = add(doc, id, pl_arena_strndup(doc->arena, t,
	    strlen("phụ lục")), title, i, -1);
	sec->kind = PL_SEC_APPENDIX;
	push(doc, ol, CLS_PL, id, (int)doc->nsections - 1);
	update(st);
	st->heading_end = last + 1;
	return st->section;
}

/* A full stop after a lower-case word inside s: more than one phrase
 * ("... chỉ đạo. cat"); "TP. Hồ Chí Minh" is an abbreviation. */
static bool
full_stop_inside(const char *s, size_t n)
{
	size_t j;

	for (size_t k = 1; k + 1 < n; k++) {
		if (s[k] != '.' || s[k + 1] != ' ')
			continue;
		for (j = k - 1; j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80;
		    j--)
			;
		if (lower_start(s + j, k - j))
			return true;
	}
	return false;
}

/* Is the paragraph p (label lb removed) a heading rather than an item? */
static bool
is_heading(const struct pl_doc *doc, const struct pl_label *lb,
    const char *p, size_t end)
{
	size_t len = strlen(p), cp = pl_utf8_count(p, len), k, tl;
	struct pl_label next;
	const char *t;

	if (len == 0)
		return false;
	switch (lb->kind) {
	case PL_LBL_ROMAN:
		if (!lb->punct)
			return all_caps(p, len) && cp <= HEADING_MAX;
		return cp <= HEADING_MAX;
	case PL_LBL_BULLET:
	case PL_LBL_PLUS:
		/* A short title over a list of another kind: "- Các chỉ
		 * tiêu kinh tế" above "(1) ...". */
		if (cp > BULLET_MAX || (ends_sentence(p, len) &&
		    p[len - 1] != ':'))
			return false;
		k = next_text(doc, end);
		if (k >= doc->text.n)
			return false;
		t = trimmed(doc, k, &tl);
		return pl_label_parse(t, tl, &next) &&
		    label_class(&next) != label_class(lb) &&
		    next.kind != PL_LBL_ROMAN && next.kind != PL_LBL_BULLET;
	default:
		if (all_caps(p, len))
			return cp <= INTRO_MAX;
		if (full_stop_inside(p, len))
			return false;
		if (p[len - 1] == ':')
			return cp <= INTRO_MAX;
		return !ends_sentence(p, len) && cp <= HEADING_MAX;
	}
}

int
pl_section_heading(struct pl_doc *doc, size_t i, struct pl_parse_state *st)
{
	struct pl_outline *ol;
	struct pl_label lb;
	struct pl_section *sec;
	size_t len, end, k, tl;
	const char *t, *nt, *id;
	char *title;
	int parent, idx;

	if (i >= doc->text.n)
		return -1;
	sync(doc, st);
	t = trimmed(doc, i, &len);
	if (len == 0 || memchr(t, '\t', len) != NULL)
		return -1;
	if ((idx = appendix(doc, i, st)) >= 0)
		return idx;
	if (!pl_label_parse(doc->text.lines[i].s, doc->text.lines[i].len, &lb))
		return -1;
	end = pl_section_para_end(doc, i);
	title = join(doc, i, end, lb.len);
	/* A title in capitals wrapped after a comma, even over a gap. */
	while (all_caps(title, strlen(title)) && strlen(title) > 0 &&
	    strchr(",-", title[strlen(title) - 1]) != NULL) {
		k = next_text(doc, end);
		if (k >= doc->text.n)
			break;
		nt = trimmed(doc, k, &tl);
		if (breaks_para(nt, tl) || !all_caps(nt, tl))
			break;
		title = pl_arena_printf(doc->arena, "%s %s", title,
		    pl_arena_strndup(doc->arena, nt, tl));
		end = k + 1;
	}
	if (!is_heading(doc, &lb, title, end))
		return -1;
	ol = outline(doc, st);
	if (lb.kind == PL_LBL_ROMAN) {
		/* Parts of an appendix nest under it; else a new top. */
		if (!(ol->n > 0 && ol->e[0].cls == CLS_PL))
			ol->n = 0;
		else if (ol->n > 1)
			ol->n = 1;
	}
	parent = -1;
	id = push(doc, ol, label_class(&lb), lb.name, (int)doc->nsections);
	for (k = ol->n - 1; k > 0; k--)
		if (ol->e[k - 1].section >= 0) {
			parent = ol->e[k - 1].section;
			break;
		}
	t = doc->text.lines[i].s;
	sec = add(doc, id, pl_arena_trimdup(doc->arena, t, lb.len), title,
	    i, parent);
	sec->depth = (int)ol->n - 1;
	update(st);
	st->heading_end = end;
	return st->section;
}

const char *
pl_section_path(const struct pl_doc *doc, int section)
{
	if (section < 0 || (size_t)section >= doc->nsections)
		return "";
	return doc->sections[section].id;
}
