/*
 * indicator.c: the indicator registry (the `indicators` data blocks of
 * the rule packs, rules/indicators.yaml): which target an indicator name
 * stands for, its unit families, how it aggregates and cascades, and the
 * values that are plausible for it.  Also matching by name for the
 * indicators the registry does not know.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "indicator.h"

static const char *const block_keys[] = {
	"version", "note", "name_match", "entries", NULL,
};
static const char *const entry_keys[] = {
	"key", "name", "names", "unless", "unit", "aggregation", "cascade",
	"direction", "plausible", "convert", "note", "source", NULL,
};
static const char *const agg_names[] = {	/* ORDER: enum pl_agg */
	"sum", "rate", "rank", "average",
};
static const char *const cascade_names[] = {	/* ORDER: enum pl_cascade */
	"free", "equal", "floor", "ceiling",
};

struct loader {
	struct pl_ruleset	*rs;
	const struct pl_rule	*rule;
	struct pl_indicators	*reg;
	struct pl_err		*err;
};

static int
bad(struct loader *ld, const struct pl_yval *v, const char *fmt,
    const char *arg)
{
	return pl_err_set(ld->err, PL_E_RULE, v->file, v->line, v->col, fmt,
	    arg);
}

/* One of names[0..n) for the scalar v; -1 (error set) otherwise. */
static int
get_enum(struct loader *ld, const struct pl_yval *v, const char *key,
    const char *const *names, size_t n, int def)
{
	if (v == NULL)
		return def;
	for (size_t i = 0; v->type == PL_Y_SCALAR && i < n; i++)
		if (strcmp(v->str, names[i]) == 0)
			return (int)i;
	bad(ld, v, "indicators: bad value for '%s'", key);
	return -1;
}

/* A lone scalar or a list of scalars, as items of v. */
static int
each_scalar(struct loader *ld, const struct pl_yval *v, const char *key,
    const struct pl_yval **items, size_t *n)
{
	if (v->type == PL_Y_SCALAR) {
		*items = v;
		*n = 1;
		return 0;
	}
	if (v->type != PL_Y_SEQ)
		return bad(ld, v, "indicators: '%s' must be a text or a list",
		    key);
	for (size_t i = 0; i < v->n; i++)
		if (v->v[i].type != PL_Y_SCALAR)
			return bad(ld, &v->v[i],
			    "indicators: items of '%s' must be texts", key);
	*items = v->v;
	*n = v->n;
	return 0;
}

static int
get_patterns(struct loader *ld, const struct pl_yval *m, const char *key,
    struct pl_re ***out, size_t *nout)
{
	const struct pl_yval *v = pl_y_get(m, key), *items;
	size_t n;

	*out = NULL;
	*nout = 0;
	if (v == NULL)
		return 0;
	if (each_scalar(ld, v, key, &items, &n) == -1)
		return -1;
	*out = pl_arena_alloc(ld->rs->arena, (n + 1) * sizeof(**out));
	for (size_t i = 0; i < n; i++)
		if (pl_re_compile(ld->rs, ld->rule, &items[i], false,
		    &(*out)[i], ld->err) == -1)
			return -1;
	*nout = n;
	return 0;
}

static int
get_number(struct loader *ld, const struct pl_yval *v, double *out)
{
	char *end;

	if (v == NULL || v->type != PL_Y_SCALAR || v->str[0] == '\0')
		return bad(ld, v, "indicators: %s must be a number", "value");
	*out = strtod(v->str, &end);
	if (*end != '\0')
		return bad(ld, v, "indicators: '%s' is not a number", v->str);
	return 0;
}

/* plausible: {vnd: [min, max], usd: [min, max]} */
static int
get_plausible(struct loader *ld, const struct pl_yval *v,
    struct pl_indicator *e)
{
	if (v == NULL)
		return 0;
	if (v->type != PL_Y_MAP)
		return bad(ld, v, "indicators: '%s' must be a map of unit "
		    "family: [min, max]", "plausible");
	e->plausible = pl_arena_alloc(ld->rs->arena,
	    (v->n + 1) * sizeof(*e->plausible));
	for (size_t i = 0; i < v->n; i++) {
		struct pl_plausible *p = &e->plausible[i];
		const struct pl_yval *r = &v->v[i];
		int f = pl_ufam_parse(v->keys[i]);

		if (f < 0)
			return bad(ld, r, "indicators: unknown unit family "
			    "'%s'", v->keys[i]);
		if (r->type != PL_Y_SEQ || r->n != 2)
			return bad(ld, r, "indicators: plausible '%s' must be "
			    "[min, max]", v->keys[i]);
		p->fam = (enum pl_ufam)f;
		if (get_number(ld, &r->v[0], &p->min) == -1 ||
		    get_number(ld, &r->v[1], &p->max) == -1)
			return -1;
		if (p->min > p->max)
			return bad(ld, r, "indicators: plausible '%s' has min "
			    "> max", v->keys[i]);
	}
	e->nplausible = v->n;
	return 0;
}

static int
load_entry(struct loader *ld, const struct pl_yval *m)
{
	struct pl_indicators *reg = ld->reg;
	struct pl_indicator *e;
	const struct pl_yval *v, *items;
	size_t n;
	int x;

	if (pl_y_check_keys(m, entry_keys, "indicators", "an entry",
	    ld->err) == -1)
		return -1;
	e = pl_vec_push(ld->rs->arena, &reg->v, &reg->n, &reg->cap,
	    sizeof(*e));
	e->file = m->file;
	e->line = m->line;
	if ((v = pl_y_get(m, "key")) == NULL || v->type != PL_Y_SCALAR ||
	    v->str[0] == '\0')
		return bad(ld, m, "indicators: an entry needs a '%s'", "key");
	e->key = v->str;
	for (size_t i = 0; i + 1 < reg->n; i++)
		if (strcmp(reg->v[i].key, e->key) == 0)
			return bad(ld, v, "indicators: key '%s' given twice",
			    e->key);
	if ((v = pl_y_get(m, "name")) != NULL && v->type == PL_Y_MAP) {
		e->name[PL_LANG_VI] = pl_y_str(pl_y_get(v, "vi"), e->key);
		e->name[PL_LANG_EN] = pl_y_str(pl_y_get(v, "en"),
		    e->name[PL_LANG_VI]);
	} else
		e->name[PL_LANG_VI] = e->name[PL_LANG_EN] = pl_y_str(v, e->key);
	if (get_patterns(ld, m, "names", &e->names, &e->nnames) == -1 ||
	    get_patterns(ld, m, "unless", &e->unless, &e->nunless) == -1)
		return -1;
	if (e->nnames == 0)
		return bad(ld, m, "indicators: entry '%s' needs 'names'",
		    e->key);
	if ((v = pl_y_get(m, "unit")) == NULL)
		return bad(ld, m, "indicators: entry '%s' needs a 'unit' "
		    "family", e->key);
	if (each_scalar(ld, v, "unit", &items, &n) == -1)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if ((x = pl_ufam_parse(items[i].str)) < 0)
			return bad(ld, &items[i], "indicators: unknown unit "
			    "family '%s'", items[i].str);
		e->fams |= 1u << x;
	}
	if ((x = get_enum(ld, pl_y_get(m, "aggregation"), "aggregation",
	    agg_names, PL_NELEM(agg_names), PL_AGG_RATE)) < 0)
		return -1;
	e->agg = (enum pl_agg)x;
	if ((x = get_enum(ld, pl_y_get(m, "cascade"), "cascade",
	    cascade_names, PL_NELEM(cascade_names), PL_CASCADE_FREE)) < 0)
		return -1;
	e->cascade = (enum pl_cascade)x;
	v = pl_y_get(m, "direction");
	if (v != NULL && (v->type != PL_Y_SCALAR ||
	    (strcmp(v->str, "higher") != 0 && strcmp(v->str, "lower") != 0)))
		return bad(ld, v, "indicators: 'direction' is higher or lower "
		    "(entry '%s')", e->key);
	e->lower_better = v != NULL && strcmp(v->str, "lower") == 0;
	if (get_plausible(ld, pl_y_get(m, "plausible"), e) == -1)
		return -1;
	if ((v = pl_y_get(m, "convert")) != NULL) {
		if (v->type != PL_Y_MAP || pl_y_get(v, "to") == NULL)
			return bad(ld, v, "indicators: 'convert' is {to: key, "
			    "factor: number} (entry '%s')", e->key);
		e->to = pl_y_str(pl_y_get(v, "to"), NULL);
		if (get_number(ld, pl_y_get(v, "factor"), &e->factor) == -1)
			return -1;
		if (e->factor <= 0)
			return bad(ld, v, "indicators: the factor of '%s' must "
			    "be positive", e->key);
	}
	return 0;
}

static int
cmp_len_desc(const void *pa, const void *pb)
{
	size_t a = strlen(*(const char *const *)pa);
	size_t b = strlen(*(const char *const *)pb);

	return a < b ? 1 : a > b ? -1 : 0;
}

static int
load_block(struct loader *ld, const struct pl_yval *blk)
{
	const struct pl_yval *v, *nm, *items;
	size_t n;

	if (pl_y_check_keys(blk, block_keys, "indicators", "the registry",
	    ld->err) == -1)
		return -1;
	if ((nm = pl_y_get(blk, "name_match")) != NULL) {
		static const char *const keys[] = { "threshold",
		    "within_plan", "fillers", NULL };

		if (pl_y_check_keys(nm, keys, "indicators", "name_match",
		    ld->err) == -1)
			return -1;
		if ((v = pl_y_get(nm, "threshold")) != NULL &&
		    (get_number(ld, v, &ld->reg->threshold) == -1 ||
		    ld->reg->threshold <= 0 || ld->reg->threshold > 1))
			return bad(ld, v, "indicators: '%s' must be in (0, 1]",
			    "threshold");
		if ((v = pl_y_get(nm, "within_plan")) != NULL &&
		    (get_number(ld, v, &ld->reg->within_plan) == -1 ||
		    ld->reg->within_plan < 0 || ld->reg->within_plan > 1))
			return bad(ld, v, "indicators: '%s' must be in [0, 1]",
			    "within_plan");
		if ((v = pl_y_get(nm, "fillers")) != NULL) {
			if (each_scalar(ld, v, "fillers", &items, &n) == -1)
				return -1;
			for (size_t i = 0; i < n; i++) {
				size_t len = strlen(items[i].str);
				char *lo = pl_arena_alloc(ld->rs->arena,
				    len + 1);

				pl_utf8_lower(items[i].str, len, lo);
				lo[len] = '\0';
				*(const char **)pl_vec_push(ld->rs->arena,
				    &ld->reg->fillers, &ld->reg->nfillers,
				    &ld->reg->capfillers, sizeof(char *)) = lo;
			}
		}
	}
	if ((v = pl_y_get(blk, "entries")) != NULL) {
		if (v->type != PL_Y_SEQ)
			return bad(ld, v, "indicators: '%s' must be a list",
			    "entries");
		for (size_t i = 0; i < v->n; i++)
			if (load_entry(ld, &v->v[i]) == -1)
				return -1;
	}
	return 0;
}

int
pl_indicators_build(struct pl_ruleset *rs, const struct pl_rule *r,
    struct pl_indicators **out, struct pl_err *err)
{
	struct pl_indicators *reg = pl_arena_alloc(rs->arena, sizeof(*reg));
	struct loader ld = { rs, r, reg, err };
	const struct pl_yval *blk;
	size_t iter = 0, nblocks = 0;

	*out = NULL;
	reg->threshold = 0.8;
	reg->within_plan = 0.5;
	while ((blk = pl_ruleset_data(rs, "indicators", &iter)) != NULL) {
		if (load_block(&ld, blk) == -1)
			return -1;
		nblocks++;
	}
	if (nblocks == 0)
		return pl_rule_err(r, NULL, err, PL_E_RULE, "no indicator "
		    "registry loaded (a pack with 'data: indicators:', "
		    "rules/indicators.yaml, must come before the target "
		    "rules)");
	for (size_t i = 0; i < reg->n; i++)
		if (reg->v[i].to != NULL &&
		    pl_indicators_get(reg, reg->v[i].to) == NULL)
			return pl_err_set(err, PL_E_RULE, reg->v[i].file,
			    reg->v[i].line, 0, "indicators: '%s' converts to "
			    "an unknown key", reg->v[i].key);
	if (reg->nfillers > 1)
		qsort(reg->fillers, reg->nfillers, sizeof(char *),
		    cmp_len_desc);
	*out = reg;
	return 0;
}

const struct pl_indicator *
pl_indicators_get(const struct pl_indicators *reg, const char *key)
{
	for (size_t i = 0; key != NULL && i < reg->n; i++)
		if (strcmp(reg->v[i].key, key) == 0)
			return &reg->v[i];
	return NULL;
}

/* ---- Matching ---- */

/* 1 when some pattern of res[0..n) matches s, 0 when none, -1 on error. */
static int
any(struct pl_ctx *ctx, struct pl_re *const *res, size_t n, const char *s,
    int where)
{
	for (size_t i = 0; i < n; i++) {
		int rc = pl_re_search(ctx, res[i], s, strlen(s), 0, NULL, NULL,
		    where);

		if (rc != 0)
			return rc;
	}
	return 0;
}

/* The first entry for text s whose families hold unit u; NULL, or
 * *rc -1 on a pattern error. */
static const struct pl_indicator *
first(const struct pl_indicators *reg, struct pl_ctx *ctx, const char *s,
    const struct pl_unit *u, int where, int *rc)
{
	*rc = 0;
	for (size_t i = 0; i < reg->n; i++) {
		const struct pl_indicator *e = &reg->v[i];

		if (!(e->fams & (1u << u->fam)))
			continue;
		if ((*rc = any(ctx, e->names, e->nnames, s, where)) != 1) {
			if (*rc == -1)
				return NULL;
			continue;
		}
		if ((*rc = any(ctx, e->unless, e->nunless, s, where)) != 0) {
			if (*rc == -1)
				return NULL;
			continue;
		}
		return e;
	}
	*rc = 0;
	return NULL;
}

/* Splits a list of names at ", ", "; " and " và ": the start of each
 * item in s (at most max). */
static size_t
split_items(const char *s, size_t *starts, size_t *ends, size_t max)
{
	size_t n = 0, a = 0, len = strlen(s), depth = 0;

	for (size_t i = 0; i <= len && n < max; i++) {
		size_t cut = 0;

		if (i < len && s[i] == '(')
			depth++;
		else if (i < len && s[i] == ')' && depth > 0)
			depth--;
		if (i == len)
			cut = 1;
		else if (depth == 0 && (s[i] == ',' || s[i] == ';'))
			cut = 1;
		else if (depth == 0 && strncmp(s + i, " và ", 5) == 0)
			cut = 5;
		if (cut == 0)
			continue;
		if (i > a) {
			starts[n] = a;
			ends[n++] = i;
		}
		a = i + cut;
	}
	return n;
}

int
pl_indicators_match(const struct pl_indicators *reg, struct pl_ctx *ctx,
    const struct pl_target *t, const struct pl_unit *u,
    const struct pl_indicator **out)
{
	size_t starts[PL_IND_MAX + 1], ends[PL_IND_MAX + 1], n, k = 0;
	const struct pl_indicator *e;
	struct pl_buf b = { 0 };
	int rc, where = t->pos.line;

	if (t->indicator == NULL)
		return 0;
	n = split_items(t->indicator, starts, ends, PL_IND_MAX + 1);
	/* A list of indices: every item must name one of the registry. */
	for (size_t i = 0; n >= 2 && n <= PL_IND_MAX && i < n; i++) {
		pl_buf_reset(&b);
		pl_buf_add(&b, t->indicator + starts[i], ends[i] - starts[i]);
		if (t->unit != NULL) {
			pl_buf_addc(&b, ' ');
			pl_buf_adds(&b, t->unit);
		}
		if ((e = first(reg, ctx, b.s, u, where, &rc)) == NULL) {
			if (rc == -1) {
				pl_buf_free(&b);
				return -1;
			}
			k = 0;
			break;
		}
		/* Only indices ranked together: "hộ nghèo và cận nghèo" is
		 * one rate, not two. */
		if (e->agg != PL_AGG_RANK) {
			k = 0;
			break;
		}
		for (size_t j = 0; j < k && e != NULL; j++)
			if (out[j] == e)
				e = NULL;
		if (e != NULL)
			out[k++] = e;
	}
	if (k >= 2) {
		pl_buf_free(&b);
		return (int)k;
	}
	pl_buf_reset(&b);
	pl_buf_adds(&b, t->indicator);
	if (t->unit != NULL) {
		pl_buf_addc(&b, ' ');
		pl_buf_adds(&b, t->unit);
	}
	e = first(reg, ctx, b.s, u, where, &rc);
	pl_buf_free(&b);
	if (rc == -1)
		return -1;
	if (e == NULL)
		return 0;
	out[0] = e;
	return 1;
}

/* ---- Matching by name ---- */

/* A letter of a word: ASCII letters and the Latin letters of Vietnamese
 * (not digits, punctuation, quotes or superscripts). */
static bool
letter(int32_t cp)
{
	return (cp < 0x80 && isalpha((int)cp)) || (cp >= 0xC0 && cp < 0x2000 &&
	    cp != 0xD7 && cp != 0xF7);
}

static int
cmp_str(const void *pa, const void *pb)
{
	return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

const char **
pl_indicator_words(const struct pl_indicators *reg, struct pl_arena *a,
    const char *name, size_t *nout)
{
	size_t len = strlen(name), n = 0, cap = 0, k = 0;
	char *lo = pl_arena_alloc(a, len + 1);
	const char **w = NULL;
	struct pl_buf b = { 0 };

	pl_utf8_lower(name, len, lo);
	lo[len] = '\0';
	/* Letters kept, everything else a single space, padded with spaces
	 * so that fillers match as whole words. */
	pl_buf_addc(&b, ' ');
	while (k < len) {
		int32_t cp;
		int step = pl_utf8_decode(lo + k, len - k, &cp);

		if (step <= 0)
			step = 1, cp = ' ';
		if (letter(cp))
			pl_buf_add(&b, lo + k, (size_t)step);
		else if (b.s[b.len - 1] != ' ')
			pl_buf_addc(&b, ' ');
		k += (size_t)step;
	}
	if (b.s[b.len - 1] != ' ')
		pl_buf_addc(&b, ' ');
	for (size_t f = 0; f < reg->nfillers; f++) {
		size_t fl = strlen(reg->fillers[f]);
		char *p;

		while (b.len >= fl + 2) {
			p = b.s;
			while ((p = strstr(p, reg->fillers[f])) != NULL &&
			    !(p > b.s && p[-1] == ' ' && p[fl] == ' '))
				p++;
			if (p == NULL)
				break;
			memmove(p, p + fl + 1, b.len - (size_t)(p - b.s) -
			    fl);
			b.len -= fl + 1;
		}
	}
	for (char *p = b.s, *e; *p != '\0'; p = e) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		for (e = p; *e != '\0' && *e != ' '; e++)
			;
		*(const char **)pl_vec_push(a, &w, &n, &cap, sizeof(char *)) =
		    pl_arena_strndup(a, p, (size_t)(e - p));
	}
	pl_buf_free(&b);
	if (n > 1)
		qsort(w, n, sizeof(char *), cmp_str);
	for (size_t i = 1, j = 1; i <= n; i++) {
		if (i == n) {
			n = j;
			break;
		}
		if (strcmp(w[i], w[j - 1]) != 0)
			w[j++] = w[i];
	}
	*nout = n;
	return w;
}

double
pl_indicator_similarity(const char **a, size_t na, const char **b,
    size_t nb)
{
	size_t i = 0, j = 0, common = 0;

	if (na + nb == 0)
		return 0;
	while (i < na && j < nb) {
		int c = strcmp(a[i], b[j]);

		if (c == 0) {
			common++;
			i++;
			j++;
		} else if (c < 0)
			i++;
		else
			j++;
	}
	return 2.0 * (double)common / (double)(na + nb);
}
