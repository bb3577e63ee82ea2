/*
 * kind_abbrev.c: the "abbrev" check of the agency kind (abbrev.undefined).
 * An abbreviation in the tasks ("Các Sở: GTVT, XD") must be defined in the
 * document, in its legend ("Ghi chú: Xây dựng (XD); ...") or inline
 * ("Ủy ban nhân dân (UBND)"), or be known to the registry.  A definition
 * of an abbreviation the text never uses, while the text uses another one
 * for the same words ("Giao thông vận tải (GVT)" but "GTVT"), is a slip in
 * the legend.
 */
#include <stdint.h>
#include <string.h>

#include "registry.h"

struct def {
	const char	*abbr;
	const char	*full;
	size_t		 line;	/* 0-based; SIZE_MAX when unknown */
	size_t		 start;	/* bytes of the abbreviation in the line */
	size_t		 end;
};

struct use {
	const char	*abbr;
	size_t		 line;
	size_t		 start;
	size_t		 end;
	int		 task;
	int		 count;
};

struct abbr_ctx {
	const struct ag_state	*st;
	struct pl_arena		*tmp;
	struct def		*defs;
	size_t			 ndefs, capdefs;
	struct use		*uses;	/* every use, first occurrence each */
	size_t			 nuses, capuses;
	const char		*text;	/* the line being read */
};

static bool
chunk_char(const char *s, size_t n, size_t i, int *len)
{
	int32_t cp;

	if ((*len = pl_utf8_decode(s + i, n - i, &cp)) == 0) {
		*len = 1;
		return false;
	}
	return cp == '&' || cp == '-' || (cp >= '0' && cp <= '9') ||
	    pl_utf8_is_alpha_at(s + i, n - i);
}

/* Whether s[0..n) looks like an abbreviation: two or more capital letters
 * (ASCII or Đ), digits, '&' and '-', no lowercase letter, no marked vowel
 * (an upper-case word of a heading), not a roman numeral. */
static bool
is_abbr(const char *s, size_t n)
{
	size_t letters = 0, roman = 0;
	int32_t cp;
	int k;

	for (size_t i = 0; i < n; i += (size_t)k) {
		if ((k = pl_utf8_decode(s + i, n - i, &cp)) == 0)
			return false;
		if (cp == '&' || cp == '-' || (cp >= '0' && cp <= '9'))
			continue;
		if (!((cp >= 'A' && cp <= 'Z') || cp == 0x110))
			return false;
		letters++;
		if (strchr("IVXLCDM", (int)cp) != NULL && cp < 0x80)
			roman++;
	}
	return letters >= 2 && roman < letters;
}

static bool
has_lower(const char *s, size_t n)
{
	int32_t cp;
	int k;

	for (size_t i = 0; i < n; i += (size_t)(k > 0 ? k : 1))
		if ((k = pl_utf8_decode(s + i, n - i, &cp)) > 0 &&
		    pl_utf8_is_alpha_at(s + i, n - i) &&
		    !pl_utf8_is_upper_at(s + i, n - i) && cp != 0xAA)
			return true;
	return false;
}

/* Calls fn for each abbreviation-like word of s[0..n) that is not part of
 * a document symbol ("158/KH-UBND"). */
static void
each_abbr(const char *s, size_t n,
    void (*fn)(struct abbr_ctx *, size_t, size_t, size_t, int),
    struct abbr_ctx *ac, size_t line, int task)
{
	size_t i = 0, b, e;
	int len;

	while (i < n) {
		if (!chunk_char(s, n, i, &len)) {
			i += (size_t)len;
			continue;
		}
		b = i;
		while (i < n && chunk_char(s, n, i, &len))
			i += (size_t)len;
		e = i;
		while (b < e && s[b] == '-')
			b++;
		while (e > b && s[e - 1] == '-')
			e--;
		if ((b > 0 && s[b - 1] == '/') || (e < n && s[e] == '/'))
			continue;
		if (is_abbr(s + b, e - b))
			fn(ac, line, b, e, task);
	}
}

static bool
defined(const struct abbr_ctx *ac, const char *abbr)
{
	for (size_t i = 0; i < ac->ndefs; i++)
		if (strcmp(ac->defs[i].abbr, abbr) == 0)
			return true;
	return false;
}

static struct use *
find_use(const struct abbr_ctx *ac, const char *abbr)
{
	for (size_t i = 0; i < ac->nuses; i++)
		if (strcmp(ac->uses[i].abbr, abbr) == 0)
			return &ac->uses[i];
	return NULL;
}

static void
add_def(struct abbr_ctx *ac, const char *abbr, const char *full,
    size_t line, size_t start, size_t end)
{
	struct def *d = pl_vec_push(ac->tmp, &ac->defs, &ac->ndefs,
	    &ac->capdefs, sizeof(*d));

	d->abbr = abbr;
	d->full = full;
	d->line = line;
	d->start = start;
	d->end = end;
}

/*
 * Inline definitions "Words (ABBR)" and "Words (A, B)" of line `line`: the
 * words run back to the previous ';', ':' or '(' or the line start.
 */
static void
inline_defs(struct abbr_ctx *ac, const char *s, size_t n, size_t line)
{
	for (const char *p = memchr(s, '(', n); p != NULL;
	    p = memchr(p + 1, '(', n - (size_t)(p + 1 - s))) {
		const char *q = memchr(p, ')', n - (size_t)(p - s)), *w = p;
		size_t flen;
		const char *full;

		if (q == NULL)
			break;
		while (w > s && w[-1] != ';' && w[-1] != ':' && w[-1] != '(' &&
		    w[-1] != '\t')
			w--;
		full = pl_trim(w, (size_t)(p - w), &flen);
		if (flen == 0)
			continue;
		for (const char *a = p + 1; a < q; ) {
			size_t k = strcspn(a, ",;)"), len;
			const char *t = pl_trim(a, k, &len);

			if (len > 0 && is_abbr(t, len))
				add_def(ac, pl_arena_strndup(ac->tmp, t, len),
				    pl_arena_strndup(ac->tmp, full, flen), line,
				    (size_t)(t - s), (size_t)(t - s) + len);
			a += k + (a[k] == ')' ? 0 : 1);
			if (*a == ')')
				break;
		}
	}
}

/* Records a use at [b, e) of line; `text` is the line. */
static void
record(struct abbr_ctx *ac, const char *text, size_t line, size_t b,
    size_t e, int task)
{
	char *abbr = pl_arena_strndup(ac->tmp, text + b, e - b);
	struct use *u;

	/* "(GVT)" right after its words is the definition, not a use. */
	for (size_t i = 0; i < ac->ndefs; i++)
		if (ac->defs[i].line == line && ac->defs[i].start == b)
			return;
	if ((u = find_use(ac, abbr)) != NULL) {
		u->count++;
		if (u->task == AG_SKIP && task != AG_SKIP) {
			u->line = line;
			u->start = b;
			u->end = e;
			u->task = task;
		}
		return;
	}
	u = pl_vec_push(ac->tmp, &ac->uses, &ac->nuses, &ac->capuses,
	    sizeof(*u));
	u->abbr = abbr;
	u->line = line;
	u->start = b;
	u->end = e;
	u->task = task;
	u->count = 1;
}

static void
on_abbr(struct abbr_ctx *ac, size_t line, size_t b, size_t e, int task)
{
	record(ac, ac->text, line, b, e, task);
}

void
ag_check_abbrev(const struct pl_rule *r, const struct ag_state *st,
    struct pl_ctx *ctx, struct pl_arena *tmp)
{
	struct pl_doc *doc = ctx->doc;
	struct abbr_ctx acs = { .st = st, .tmp = tmp }, *ac = &acs;
	int *own = ag_owners(doc, tmp, true);

	for (size_t i = 0; i < doc->nabbrevs; i++) {
		const struct pl_abbrev *a = &doc->abbrevs[i];
		const char *p = a->abbr;

		while (p != NULL && *p != '\0') {
			size_t k = strcspn(p, ",;"), len;
			const char *t = pl_trim(p, k, &len);

			if (len > 0)
				add_def(ac, pl_arena_strndup(tmp, t, len),
				    a->full != NULL ? a->full : "",
				    a->line > 0 ? (size_t)a->line - 1 :
				    SIZE_MAX, 0, 0);
			p += k + (p[k] != '\0');
		}
	}
	for (size_t i = 0; i < doc->text.n; i++)
		inline_defs(ac, doc->text.lines[i].s, doc->text.lines[i].len, i);
	for (size_t i = 0; i < doc->text.n; i++) {
		const struct pl_line *l = &doc->text.lines[i];

		/* A line in capitals is a heading, not a list of
		 * abbreviations. */
		if (!has_lower(l->s, l->len))
			continue;
		ac->text = l->s;
		each_abbr(l->s, l->len, on_abbr, ac, i, own[i]);
	}

	/* Undefined: used in the checked part, neither defined nor known. */
	for (size_t i = 0; i < ac->nuses; i++) {
		const struct use *u = &ac->uses[i];

		if (u->task == AG_SKIP || defined(ac, u->abbr) ||
		    pl_registry_abbrev(st->reg, u->abbr, strlen(u->abbr)) !=
		    NULL)
			continue;
		const struct pl_var vars[] = {
			{ "abbr", pl_arena_strdup(doc->arena, u->abbr) },
			{ "count", pl_arena_printf(doc->arena, "%d",
			    u->count) },
			{ "used", "" },
			{ "full", "" },
		};
		pl_emit(ctx, r, u->task, ag_pos(doc, u->line, u->start, u->end),
		    doc->text.lines[u->line].s + u->start, vars, PL_NELEM(vars));
	}

	/* A definition never used, for words the text abbreviates
	 * otherwise. */
	for (size_t i = 0; i < ac->ndefs; i++) {
		const struct def *d = &ac->defs[i];
		struct pl_strlist alt = { 0 };
		const struct use *u = NULL;
		struct pl_pos pos = { 0 };
		const char *quote = NULL;
		size_t j;

		/* Once per abbreviation, even when legend and text both
		 * define it. */
		for (j = 0; j < i && strcmp(ac->defs[j].abbr, d->abbr) != 0; j++)
			;
		if (j < i || find_use(ac, d->abbr) != NULL)
			continue;
		pl_registry_abbrevs_of(st->reg, tmp, d->full, &alt);
		for (size_t k = 0; k < alt.n && u == NULL; k++)
			if (strcmp(alt.v[k], d->abbr) != 0)
				u = find_use(ac, alt.v[k]);
		if (u == NULL)
			continue;
		if (d->line != SIZE_MAX && d->line < doc->text.n) {
			const char *s = doc->text.lines[d->line].s;
			const char *at = d->end > 0 ? s + d->start :
			    strstr(s, d->abbr);

			quote = at != NULL ? at : s;
			if (at != NULL)
				pos = ag_pos(doc, d->line, (size_t)(at - s),
				    (size_t)(at - s) + strlen(d->abbr));
			else
				pos.line = pos.end_line = (int)d->line + 1;
		} else {
			pos = ag_pos(doc, u->line, u->start, u->end);
			quote = doc->text.lines[u->line].s + u->start;
		}
		const struct pl_var vars[] = {
			{ "abbr", pl_arena_strdup(doc->arena, d->abbr) },
			{ "full", pl_arena_strdup(doc->arena, d->full) },
			{ "used", pl_arena_strdup(doc->arena, u->abbr) },
			{ "count", pl_arena_printf(doc->arena, "%d",
			    u->count) },
		};
		pl_emit(ctx, st->legend != NULL ? st->legend : r, -1, pos, quote,
		    vars, PL_NELEM(vars));
	}
}
