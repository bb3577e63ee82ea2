/*
 * kind_format.c: the form of a cited document's symbol.  Party documents
 * write number-TYPE/BODY (71-NQ/TW, 09-CTr/TU), State documents
 * number[/year]/TYPE-BODY (158/KH-UBND, 178/2004/QĐ-TTg) and the National
 * Assembly number/year/QHxx.  A Party body in the State form (71/NQ-TW),
 * a State body in the Party form, or two hyphens (09-CTr-TU) is reported
 * once per symbol and document, with the form to write.
 */
#include <string.h>

#include "rules_int.h"

struct format {
	struct pl_re	*party;	/* bodies of the Party */
	struct pl_re	*state;	/* bodies of the State */
	bool		 self;	/* also check the document's own symbol */
};

static const char *const params[] = {
	"party_bodies", "state_bodies", "check_own_symbol", NULL,
};

static int
prepare(struct pl_rule *r, struct pl_ruleset *rs, struct pl_err *err)
{
	struct format *f = pl_arena_alloc(rs->arena, sizeof(*f));
	const struct pl_yval *p = pl_y_get(r->params, "party_bodies");
	const struct pl_yval *s = pl_y_get(r->params, "state_bodies");

	if (p == NULL || s == NULL)
		return pl_rule_err(r, r->params, err, PL_E_RULE, "a format rule "
		    "needs 'params.party_bodies' and 'params.state_bodies'");
	if (pl_re_compile(rs, r, p, true, &f->party, err) == -1 ||
	    pl_re_compile(rs, r, s, true, &f->state, err) == -1)
		return -1;
	f->self = pl_y_bool(pl_y_get(r->params, "check_own_symbol"), true);
	r->data = f;
	return 0;
}

#define MAXPARTS 6

/* A symbol cut at its separators: parts[0] sep[0] parts[1] sep[1] ... */
struct symbol {
	char	 buf[128];
	char	*parts[MAXPARTS];
	char	 sep[MAXPARTS];
	int	 n;
};

static bool
digits(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* Splits raw at '-' and '/', dropping white space around them. */
static bool
split(const char *raw, struct symbol *sym)
{
	size_t o = 0;

	memset(sym, 0, sizeof(*sym));
	sym->parts[0] = sym->buf;
	sym->n = 1;
	for (const char *p = raw; *p != '\0'; p++) {
		if (o + 2 >= sizeof(sym->buf))
			return false;
		if (*p == ' ' || *p == '\t')
			continue;
		if (*p == '-' || *p == '/') {
			if (sym->n == MAXPARTS)
				return false;
			sym->buf[o++] = '\0';
			sym->sep[sym->n - 1] = *p;
			sym->parts[sym->n++] = sym->buf + o;
			continue;
		}
		sym->buf[o++] = *p;
	}
	sym->buf[o] = '\0';
	for (int i = 0; i < sym->n; i++)
		if (sym->parts[i][0] == '\0')
			return false;
	return sym->n >= 3 && digits(sym->parts[0]);
}

static int
is_body(struct pl_ctx *ctx, const struct pl_re *re, const char *s, int line)
{
	return pl_re_search(ctx, re, s, strlen(s), 0, NULL, NULL, line);
}

/*
 * Returns 1 and the form to write in *expected when raw is malformed, 0
 * when it is fine or not a symbol we know, -1 on a pattern error.
 */
static int
judge(struct pl_ctx *ctx, const struct format *f, const char *raw, int line,
    const char **expected)
{
	struct pl_arena *a = ctx->doc->arena;
	struct symbol s;
	const char *num, *type, *body;
	int party, state;

	if (raw == NULL || !split(raw, &s))
		return 0;
	num = s.parts[0];
	/* number/year/... : the State form or a National Assembly symbol. */
	/* number/year/...: 178/2004/QĐ-TTg, 72/2025/QH15; not judged. */
	if (s.sep[0] == '/' && digits(s.parts[1]) && strlen(s.parts[1]) == 4)
		return 0;
	type = s.parts[1];
	body = s.parts[2];
	if ((party = is_body(ctx, f->party, body, line)) == -1 ||
	    (state = is_body(ctx, f->state, body, line)) == -1)
		return -1;
	if (s.sep[0] == '-' && s.sep[1] == '/') {
		/* Party form; a State body there is a mix. */
		if (state && !party) {
			*expected = pl_arena_printf(a, "%s/%s-%s", num, type,
			    body);
			return 1;
		}
		return 0;
	}
	if (s.sep[0] == '/' && s.sep[1] == '-') {
		/* State form; a Party body there is a mix (71/NQ-TW). */
		if (party && !state && s.n == 3) {
			*expected = pl_arena_printf(a, "%s-%s/%s", num, type,
			    body);
			return 1;
		}
		return 0;
	}
	if (s.sep[0] == '-' && s.sep[1] == '-' && s.n == 3) {
		/* 09-CTr-TU: two hyphens. */
		if (party && !state)
			*expected = pl_arena_printf(a, "%s-%s/%s", num, type,
			    body);
		else if (state && !party)
			*expected = pl_arena_printf(a, "%s/%s-%s", num, type,
			    body);
		else
			*expected = pl_arena_printf(a, "%s-%s/%s hoặc %s/%s-%s",
			    num, type, body, num, type, body);
		return 1;
	}
	if (s.sep[0] == '/' && s.sep[1] == '/' && s.n == 3 && (party || state)) {
		/* 158/KH/UBND */
		*expected = party && !state ?
		    pl_arena_printf(a, "%s-%s/%s", num, type, body) :
		    pl_arena_printf(a, "%s/%s-%s", num, type, body);
		return 1;
	}
	return 0;
}

static int
check(const struct pl_rule *r, struct pl_ctx *ctx)
{
	const struct format *f = r->data;
	struct pl_doc *doc = ctx->doc;
	size_t *seen;	/* 1 + index of the finding of citation i, or 0 */
	const char *expected;
	int rc;

	seen = pl_arena_alloc(doc->arena,
	    (doc->ncitations + 1) * sizeof(*seen));
	for (size_t i = 0; i < doc->ncitations; i++) {
		const struct pl_citation *c = &doc->citations[i];
		const char *raw = c->symbol_raw != NULL ? c->symbol_raw :
		    c->symbol;
		struct pl_var v[2];
		size_t k;

		if (raw == NULL || (c->self && !f->self))
			continue;
		for (k = 0; k < i; k++) {
			const struct pl_citation *o = &doc->citations[k];
			const char *oraw = o->symbol_raw != NULL ?
			    o->symbol_raw : o->symbol;

			if (seen[k] != 0 && oraw != NULL &&
			    strcmp(oraw, raw) == 0)
				break;
		}
		if (k < i) {
			pl_finding_add_related(doc->arena,
			    &doc->findings[seen[k] - 1], doc->path,
			    c->pos.line, NULL);
			continue;
		}
		if ((rc = judge(ctx, f, raw, c->pos.line, &expected)) == -1)
			return -1;
		if (rc == 0)
			continue;
		v[0].name = "symbol";
		v[0].value = raw;
		v[1].name = "expected";
		v[1].value = expected;
		pl_emit(ctx, r, -1, c->pos, c->raw != NULL ? c->raw : raw, v, 2);
		seen[i] = doc->nfindings;
	}
	return 0;
}

const struct pl_kind pl_kind_format = {
	.name = "format",
	.params = params,
	.prepare = prepare,
	.check = check,
};
