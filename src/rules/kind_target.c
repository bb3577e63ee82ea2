/*
 * kind_target.c: chỉ tiêu compared by meaning, within a plan and across
 * the checked set.  One kind, four checks (params.check): "mismatch" (the
 * same indicator, scope and year with values that cannot both hold),
 * "unit" (a figure off by 10^3 or 10^6, or implausible for its
 * indicator), "sum" (parts that do not add up to their whole; shares that
 * do not match their amounts or pass 100%) and "cascade" (a commune or
 * special zone weaker than its province where the registry says the
 * indicator cascades as a floor or ceiling).  Indicators come from the
 * registry (indicator.c), figures compare as intervals (quantity.c).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "indicator.h"

static const char *const params[] = {
	"check", "name_severity", "by_name", "approx", "slack",
	"alone_message", "alone_hint", NULL,
};

static const char *const check_names[] = {	/* ORDER: enum tg_check */
	"mismatch", "unit", "sum", "cascade",
};

/* An earlier target rule built its registry from as many blocks. */
static bool
same_blocks(const void *data, const void *arg)
{
	return ((const struct tg_state *)data)->nblocks ==
	    *(const size_t *)arg;
}

static int
fraction(const struct pl_rule *r, const char *key, double def, double *out,
    struct pl_err *err)
{
	const struct pl_yval *v = pl_y_get(r->params, key);
	char *end;

	*out = def;
	if (v == NULL)
		return 0;
	*out = strtod(pl_y_str(v, ""), &end);
	if (v->type != PL_Y_SCALAR || *end != '\0' || *out < 0 || *out >= 1)
		return pl_rule_err(r, v, err, PL_E_RULE, "'params.%s' must be "
		    "a number in [0, 1)", key);
	return 0;
}

static int
prepare(struct pl_rule *r, struct pl_ruleset *rs, struct pl_err *err)
{
	struct tg_state *st = pl_arena_alloc(rs->arena, sizeof(*st));
	const struct pl_yval *v = pl_y_get(r->params, "check");
	const char *s = pl_y_str(v, "");
	const struct tg_state *o;
	size_t i;

	if (r->applies_to != PL_APPLY_TARGET)
		return pl_rule_err(r, NULL, err, PL_E_RULE,
		    "a target rule applies_to: target");
	for (i = 0; i < PL_NELEM(check_names); i++)
		if (strcmp(s, check_names[i]) == 0)
			break;
	if (i == PL_NELEM(check_names))
		return pl_rule_err(r, v, err, PL_E_RULE, "'params.check' must "
		    "be mismatch, unit, sum or cascade");
	st->check = (enum tg_check)i;
	st->name_sev = PL_SEV_WARNING;
	if ((v = pl_y_get(r->params, "name_severity")) != NULL &&
	    pl_severity_parse(pl_y_str(v, ""), &st->name_sev) == -1)
		return pl_rule_err(r, v, err, PL_E_RULE,
		    "'params.name_severity' must be error, warning or info");
	st->by_name[0] = st->by_name[1] = "";
	if ((v = pl_y_get(r->params, "by_name")) != NULL)
		pl_y_lang(v, st->by_name);
	if (fraction(r, "approx", 0.1, &st->approx, err) == -1 ||
	    fraction(r, "slack", 0.02, &st->slack, err) == -1)
		return -1;
	if (st->check == TG_UNIT)
		st->alone = pl_rule_variant(rs, r, "alone_message",
		    "alone_hint");

	/* The target rules share one registry: reuse the one an earlier
	 * target rule built from the same data blocks. */
	st->nblocks = pl_ruleset_count_data(rs, "indicators");
	if ((o = pl_rule_earlier(rs, r, same_blocks, &st->nblocks)) != NULL)
		st->reg = o->reg;
	if (st->reg == NULL) {
		struct pl_indicators *reg;

		if (pl_indicators_build(rs, r, &reg, err) == -1)
			return -1;
		st->reg = reg;
	}
	r->data = st;
	return 0;
}

/* ---- Pairs ---- */

enum tg_how
tg_relate(const struct tg_run *run, const struct tg_target *a,
    const struct tg_target *b, double *fa, double *fb,
    const struct pl_indicator **e)
{
	*fa = *fb = 1;
	*e = NULL;
	for (int i = 0; i < a->nkeys; i++)
		for (int k = 0; k < b->nkeys; k++) {
			const struct pl_indicator *ka = a->keys[i],
			    *kb = b->keys[k];

			if (ka == kb) {
				*e = ka;
				return pl_unit_compatible(&a->u, &b->u) ?
				    TG_HOW_REGISTRY : TG_HOW_NONE;
			}
			if (a->u.fam != b->u.fam)
				continue;
			if (ka->to != NULL && strcmp(ka->to, kb->key) == 0) {
				*fa = ka->factor;
				*e = kb;
				return TG_HOW_REGISTRY;
			}
			if (kb->to != NULL && strcmp(kb->to, ka->key) == 0) {
				*fb = kb->factor;
				*e = ka;
				return TG_HOW_REGISTRY;
			}
		}
	if (a->nkeys > 0 || b->nkeys > 0 || a->nwords < 2 || b->nwords < 2 ||
	    !pl_unit_compatible(&a->u, &b->u))
		return TG_HOW_NONE;
	if (pl_indicator_similarity(a->words, a->nwords, b->words,
	    b->nwords) + 1e-9 < run->st->reg->threshold)
		return TG_HOW_NONE;
	return TG_HOW_NAME;
}

/* ---- Findings ---- */

static const char *
when(struct tg_run *run, const struct tg_target *x)
{
	bool en = run->ctx->opts->lang == PL_LANG_EN;

	if (x->year == 0)
		return "";
	if (x->span > 0)
		return pl_arena_printf(run->a, en ? "for %d-%d" :
		    "giai đoạn %d-%d", x->year - x->span + 1, x->year);
	return pl_arena_printf(run->a, en ? "in %d" : "năm %d", x->year);
}

static const char *
name_of(struct tg_run *run, const struct tg_target *x,
    const struct pl_indicator *e)
{
	if (e != NULL)
		return e->name[run->ctx->opts->lang];
	return x->t->indicator != NULL ? x->t->indicator : "";
}

void
tg_report(struct tg_run *run, const struct pl_rule *r, struct tg_target *x,
    const struct tg_target *o, const struct pl_indicator *e, enum tg_how how,
    const struct pl_var *extra, size_t nextra)
{
	struct pl_ctx *ctx = run->ctx;
	struct pl_doc *doc = ctx->docs[x->doc];
	const struct pl_doc *odoc = o != NULL ? ctx->docs[o->doc] : NULL;
	struct pl_var v[12];
	struct pl_finding *f;
	size_t n = 0;

	if (x->found != 0) {
		if (o != NULL)
			pl_finding_add_related(doc->arena,
			    &doc->findings[x->found - 1], odoc->path,
			    o->t->pos.line, NULL);
		return;
	}
	ctx->doc = doc;
	ctx->date = doc->meta.date.y != 0 ? doc->meta.date : ctx->opts->as_of;
	v[n++] = (struct pl_var){ "indicator", name_of(run, x, e) };
	v[n++] = (struct pl_var){ "value", pl_qty_show(run->a, x->t) };
	v[n++] = (struct pl_var){ "when", when(run, x) };
	v[n++] = (struct pl_var){ "by_name", how == TG_HOW_NAME ?
	    run->st->by_name[ctx->opts->lang] : "" };
	if (o != NULL) {
		v[n++] = (struct pl_var){ "other_value",
		    pl_qty_show(run->a, o->t) };
		v[n++] = (struct pl_var){ "other", pl_arena_printf(run->a,
		    "%s:%d", odoc->path, o->t->pos.line) };
	}
	for (size_t i = 0; i < nextra && n < PL_NELEM(v); i++)
		v[n++] = extra[i];
	f = pl_emit(ctx, r, x->t->task, x->t->pos, x->t->raw, v, n);
	if (how == TG_HOW_NAME)
		f->severity = run->st->name_sev;
	if (o != NULL)
		pl_finding_add_related(doc->arena, f, odoc->path,
		    o->t->pos.line, NULL);
	x->found = doc->nfindings;
}


/* ---- mismatch, unit (pairs) and cascade ---- */

bool
tg_same_time(const struct tg_target *a, const struct tg_target *b)
{
	return a->year != 0 && a->year == b->year && a->span == b->span;
}

/* The lowest (floor) or highest (ceiling) value t commits to. */
static double
commit(const struct pl_target *t, double scale, bool low, double approx)
{
	double v = t->value * scale;

	switch (t->qualifier) {
	case PL_Q_GT:
	case PL_Q_GE:
		return low ? v : HUGE_VAL;
	case PL_Q_LT:
	case PL_Q_LE:
		return low ? -HUGE_VAL : v;
	case PL_Q_RANGE:
		return low || !t->has_value_max ? v : t->value_max * scale;
	case PL_Q_APPROX:
		return low ? v - fabs(v) * approx : v + fabs(v) * approx;
	case PL_Q_EQ:
		break;
	}
	return v;
}

/* Cascade: whether lower-level target lo is weaker than the province's
 * target up under entry e (factors as relate gives them). */
static bool
weaker(const struct tg_run *run, const struct tg_target *lo, double flo,
    const struct tg_target *up, double fup, const struct pl_indicator *e)
{
	double approx = run->st->approx;
	double tol = fmax(pl_qty_halfunit(lo->t->raw, lo->t->value) *
	    lo->u.scale * flo, pl_qty_halfunit(up->t->raw, up->t->value) *
	    up->u.scale * fup);

	switch (e->cascade) {
	case PL_CASCADE_FLOOR:
		return commit(lo->t, lo->u.scale * flo, true, approx) + tol <
		    commit(up->t, up->u.scale * fup, true, approx);
	case PL_CASCADE_CEILING:
		return commit(lo->t, lo->u.scale * flo, false, approx) - tol >
		    commit(up->t, up->u.scale * fup, false, approx);
	case PL_CASCADE_EQUAL:
		return !pl_interval_meets(pl_interval_scale(lo->iv, flo),
		    pl_interval_scale(up->iv, fup));
	case PL_CASCADE_FREE:
		break;
	}
	return false;
}

/* Cascade: reports the lower-level one of a and b when it is weaker. */
static void
cascade(struct tg_run *run, struct tg_target *a, double fa,
    struct tg_target *b, double fb, enum tg_scope sc,
    const struct pl_indicator *e)
{
	struct tg_target *lo = sc == TG_SC_UP_DOWN ? b : a;
	struct tg_target *up = sc == TG_SC_UP_DOWN ? a : b;

	if (!lo->implausible && !up->implausible && weaker(run, lo,
	    lo == a ? fa : fb, up, up == a ? fa : fb, e))
		tg_report(run, run->r, lo, up, e, TG_HOW_REGISTRY, NULL, 0);
}

enum tg_verdict
tg_judge(const struct tg_run *run, const struct tg_target *a, double fa,
    const struct tg_target *b, double fb, int *slip)
{
	struct pl_interval ia = pl_interval_scale(a->iv, fa);
	struct pl_interval ib = pl_interval_scale(b->iv, fb);

	*slip = 0;
	if (pl_interval_meets(ia, ib))
		return TG_V_MEET;
	*slip = pl_qty_slip(ia, ib, run->st->slack);
	if (*slip == 0 && !a->implausible && !b->implausible)
		return TG_V_DIFFER;
	return TG_V_UNIT;
}

/* Mismatch and unit: figures a and b (of one indicator, place and
 * time) that do not meet, reported on the later one. */
static void
differ(struct tg_run *run, struct tg_target *a, double fa,
    struct tg_target *b, double fb, const struct pl_indicator *e,
    enum tg_how how)
{
	struct tg_target *late, *early;
	struct pl_var v;
	int slip;
	enum tg_verdict vd = tg_judge(run, a, fa, b, fb, &slip);

	if (vd == TG_V_MEET)
		return;
	if (a->doc == b->doc)
		late = b->t->pos.line >= a->t->pos.line ? b : a;
	else
		late = tg_later(run, b->doc, a->doc) ? b : a;
	early = late == b ? a : b;
	if (run->st->check == TG_MISMATCH) {
		if (vd == TG_V_DIFFER)
			tg_report(run, run->r, late, early, e, how, NULL, 0);
		return;
	}
	if (vd == TG_V_DIFFER)
		return;
	/* Onto an earlier report of either (an implausible figure). */
	if (late->found == 0 && early->found != 0) {
		struct tg_target *x = late;

		late = early;
		early = x;
	}
	v = (struct pl_var){ "factor", slip != 0 ? pl_arena_printf(run->a,
	    "10^%d", slip) : "" };
	tg_report(run, run->r, late, early, e, how, &v, 1);
}

bool
tg_same_plan_pair(const struct tg_run *run, const struct tg_target *a,
    const struct tg_target *b, enum tg_how how)
{
	return a->item != b->item && how == TG_HOW_REGISTRY &&
	    pl_indicator_similarity(a->words, a->nwords, b->words,
	    b->nwords) + 1e-9 >= run->st->reg->within_plan;
}

/* Compares the targets of documents i and j (i <= j), whose places
 * relate as sc. */
static void
compare_docs(struct tg_run *run, size_t i, size_t j, enum tg_scope sc)
{
	const struct tg_doc *di = &run->d[i], *dj = &run->d[j];

	for (size_t p = di->first; p < di->first + di->n; p++)
		for (size_t q = i == j ? p + 1 : dj->first;
		    q < dj->first + dj->n; q++) {
			struct tg_target *a = &run->v[p], *b = &run->v[q];
			const struct pl_indicator *e;
			enum tg_how how;
			double fa, fb;

			if (!tg_same_time(a, b))
				continue;
			how = tg_relate(run, a, b, &fa, &fb, &e);
			if (how == TG_HOW_NONE ||
			    (i == j && !tg_same_plan_pair(run, a, b, how)))
				continue;
			if (run->st->check != TG_CASCADE)
				differ(run, a, fa, b, fb, e, how);
			else if (how == TG_HOW_REGISTRY)
				cascade(run, a, fa, b, fb, sc, e);
		}
}

static void
check_alone(struct tg_run *run)
{
	const struct pl_rule *r = run->st->alone != NULL ? run->st->alone :
	    run->r;

	for (size_t i = 0; i < run->n; i++) {
		struct tg_target *x = &run->v[i];
		const struct pl_indicator *e = NULL;
		struct pl_var v[1];

		if (!x->implausible)
			continue;
		for (int k = 0; k < x->nkeys; k++)
			for (size_t p = 0; p < x->keys[k]->nplausible; p++)
				if (x->keys[k]->plausible[p].fam == x->u.fam &&
				    e == NULL) {
					const struct pl_plausible *pl =
					    &x->keys[k]->plausible[p];

					e = x->keys[k];
					v[0] = (struct pl_var){ "range",
					    pl_arena_printf(run->a, "%s–%s %s",
					    pl_qty_format(run->a, pl->min),
					    pl_qty_format(run->a, pl->max),
					    pl_ufam_base(pl->fam)) };
				}
		tg_report(run, r, x, NULL, e, TG_HOW_REGISTRY, v, 1);
	}
}

static int
check_set(const struct pl_rule *r, struct pl_ctx *ctx)
{
	struct tg_run run = { .r = r, .st = r->data, .ctx = ctx };
	int rc = 0;

	run.a = pl_arena_new();
	if (tg_read(&run) == -1) {
		rc = -1;
		goto out;
	}
	if (run.st->check == TG_SUM) {
		tg_check_sums(&run);
		goto out;
	}
	if (run.st->check == TG_UNIT)
		check_alone(&run);
	for (size_t i = 0; i < ctx->ndocs; i++)
		for (size_t j = i; j < ctx->ndocs; j++) {
			enum tg_scope sc = tg_scope(&run, i, j);

			if (run.st->check == TG_CASCADE ?
			    (sc == TG_SC_UP_DOWN || sc == TG_SC_DOWN_UP) :
			    sc == TG_SC_SAME)
				compare_docs(&run, i, j, sc);
		}
out:
	ctx->doc = NULL;
	pl_arena_free(run.a);
	return rc;
}

const struct pl_kind pl_kind_target = {
	.name = "target",
	.params = params,
	.prepare = prepare,
	.check_set = check_set,
};
