/*
 * crossplan.c: the same document cited with different dates, within one
 * plan or across the checked set.  Symbols are compared in their
 * normalized form, so "09-CTr-TU" and "09-CTr/TU" are one document (the
 * malformed one is citation.format's business).  The first dated citation
 * of a symbol is the reference; each plan that later gives another date
 * gets one finding per symbol and date, pointing at the reference.
 */
#include <stdlib.h>
#include <string.h>

#include "rules_int.h"

static const char *const params[] = { NULL };

static int
prepare(struct pl_rule *r, struct pl_ruleset *rs, struct pl_err *err)
{
	if (r->applies_to != PL_APPLY_CITATION)
		return pl_rule_err(r, NULL, err, PL_E_RULE,
		    "a consistency rule applies_to: citation");
	return 0;
}

struct ref {
	const char	*key;
	size_t		 order;	/* document order, then citation order */
	size_t		 doc;
	size_t		 cit;
	size_t		 found;	/* 1 + index of its finding, or 0 */
};

static const char *
key(const struct pl_citation *c)
{
	return c->symbol != NULL && c->symbol[0] != '\0' ? c->symbol :
	    c->symbol_raw;
}

static bool
same_date(struct pl_date a, struct pl_date b)
{
	return a.y == b.y && a.m == b.m && a.d == b.d;
}

static int
cmp_ref(const void *pa, const void *pb)
{
	const struct ref *a = pa, *b = pb;
	int c = strcmp(a->key, b->key);

	if (c != 0)
		return c;
	return a->order < b->order ? -1 : a->order > b->order;
}

static const struct pl_citation *
cit(struct pl_ctx *ctx, const struct ref *r)
{
	return &ctx->docs[r->doc]->citations[r->cit];
}

/* Reports g[i] against the group's first citation g[0]. */
static void
report(const struct pl_rule *r, struct pl_ctx *ctx, struct ref *g, size_t i)
{
	const struct pl_citation *c = cit(ctx, &g[i]), *first = cit(ctx, g);
	struct pl_doc *doc = ctx->docs[g[i].doc];
	const char *fpath = ctx->docs[g[0].doc]->path;
	char d1[11], d2[11];
	struct pl_var v[4];
	struct pl_finding *f;

	/* Reported already in this plan for this date? */
	for (size_t k = 1; k < i; k++)
		if (g[k].found != 0 && g[k].doc == g[i].doc &&
		    same_date(cit(ctx, &g[k])->date, c->date)) {
			pl_finding_add_related(doc->arena,
			    &doc->findings[g[k].found - 1], doc->path,
			    c->pos.line, NULL);
			return;
		}
	ctx->doc = doc;
	ctx->date = doc->meta.date.y != 0 ? doc->meta.date : ctx->opts->as_of;
	v[0] = (struct pl_var){ "symbol", g[i].key };
	v[1] = (struct pl_var){ "date", pl_arena_strdup(doc->arena,
	    pl_date_iso(c->date, d1)) };
	v[2] = (struct pl_var){ "other_date", pl_arena_strdup(doc->arena,
	    pl_date_iso(first->date, d2)) };
	v[3] = (struct pl_var){ "other", pl_arena_printf(doc->arena, "%s:%d",
	    fpath, first->pos.line) };
	f = pl_emit(ctx, r, -1, c->pos, c->raw != NULL ? c->raw : g[i].key, v,
	    4);
	pl_finding_add_related(doc->arena, f, fpath, first->pos.line, NULL);
	g[i].found = doc->nfindings;
}

/*
 * Sorting by symbol keeps this linear in the number of citations (plus
 * the square of one symbol's citations), so a large set stays fast.
 */
static int
check_set(const struct pl_rule *r, struct pl_ctx *ctx)
{
	struct ref *refs = NULL;
	size_t n = 0, cap = 0;

	for (size_t d = 0; d < ctx->ndocs; d++)
		for (size_t i = 0; i < ctx->docs[d]->ncitations; i++) {
			const struct pl_citation *c = &ctx->docs[d]->citations[i];

			if (key(c) == NULL || c->date.y == 0)
				continue;
			if (n == cap) {
				cap = cap ? cap * 2 : 64;
				refs = pl_xrealloc(refs, cap * sizeof(*refs));
			}
			refs[n] = (struct ref){ key(c), n, d, i, 0 };
			n++;
		}
	if (n > 1)
		qsort(refs, n, sizeof(*refs), cmp_ref);
	for (size_t g = 0, e; g < n; g = e) {
		for (e = g + 1; e < n && strcmp(refs[e].key, refs[g].key) == 0;
		    e++)
			;
		for (size_t i = g + 1; i < e; i++)
			if (!same_date(cit(ctx, &refs[i])->date,
			    cit(ctx, &refs[g])->date))
				report(r, ctx, refs + g, i - g);
	}
	free(refs);
	ctx->doc = NULL;
	return 0;
}

const struct pl_kind pl_kind_consistency = {
	.name = "consistency",
	.params = params,
	.prepare = prepare,
	.check_set = check_set,
};
