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
	size_t	doc;
	size_t	cit;
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

static const struct pl_citation *
cit(struct pl_ctx *ctx, struct ref r)
{
	return &ctx->docs[r.doc]->citations[r.cit];
}

static int
check_set(const struct pl_rule *r, struct pl_ctx *ctx)
{
	struct ref *refs = NULL;
	size_t *found = NULL;	/* 1 + finding index for refs[i], or 0 */
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
			refs[n++] = (struct ref){ d, i };
		}
	found = pl_xcalloc(n + 1, sizeof(*found));
	for (size_t i = 0; i < n; i++) {
		const struct pl_citation *c = cit(ctx, refs[i]);
		struct pl_doc *doc = ctx->docs[refs[i].doc];
		const struct pl_citation *first = NULL, *o;
		size_t fi = 0, dup = 0;
		char d1[11], d2[11];
		struct pl_var v[4];
		struct pl_finding *f;

		for (size_t k = 0; k < i && first == NULL; k++)
			if (strcmp(key(cit(ctx, refs[k])), key(c)) == 0) {
				first = cit(ctx, refs[k]);
				fi = k;
			}
		if (first == NULL || same_date(first->date, c->date))
			continue;
		/* Reported already in this plan for this date? */
		for (size_t k = 0; k < i && dup == 0; k++) {
			o = cit(ctx, refs[k]);
			if (found[k] != 0 && refs[k].doc == refs[i].doc &&
			    strcmp(key(o), key(c)) == 0 &&
			    same_date(o->date, c->date))
				dup = found[k];
		}
		if (dup != 0) {
			pl_finding_add_related(doc->arena,
			    &doc->findings[dup - 1], doc->path, c->pos.line,
			    NULL);
			continue;
		}
		ctx->doc = doc;
		ctx->date = doc->meta.date.y != 0 ? doc->meta.date :
		    ctx->opts->as_of;
		v[0] = (struct pl_var){ "symbol", key(c) };
		v[1] = (struct pl_var){ "date", pl_arena_strdup(doc->arena,
		    pl_date_iso(c->date, d1)) };
		v[2] = (struct pl_var){ "other_date", pl_arena_strdup(
		    doc->arena, pl_date_iso(first->date, d2)) };
		v[3] = (struct pl_var){ "other", pl_arena_printf(doc->arena,
		    "%s:%d", ctx->docs[refs[fi].doc]->path, first->pos.line) };
		f = pl_emit(ctx, r, -1, c->pos, c->raw != NULL ? c->raw : key(c),
		    v, 4);
		pl_finding_add_related(doc->arena, f, ctx->docs[refs[fi].doc]->path,
		    first->pos.line, NULL);
		found[i] = doc->nfindings;
	}
	free(found);
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
