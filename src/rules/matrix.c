/*
 * matrix.c: the targets of several plans side by side (`planlint
 * targets`): a row per indicator, year or period and place, a cell per
 * document.  Rows group what the target rules compare (tg_relate,
 * tg_same_time, tg_scope) and cells take the rules' verdicts (tg_judge)
 * over exactly the pairs kind_target.c compares, so what the matrix
 * marks is what target.mismatch and target.unit-suspect report.
 */
#include <stdlib.h>
#include <string.h>

#include "indicator.h"

/* A row being built: its representative target and entry. */
struct slot {
	size_t				 rep;	/* index in run.v */
	const struct pl_indicator	*entry;	/* NULL: by name */
	size_t				 order;	/* creation order */
	const char			*fold;	/* label folded, for sorting */
};

struct build {
	struct tg_run		 run;
	struct pl_matrix	*m;
	struct slot		*slots;	/* parallel to m->rows */
	size_t			 nslots, capslots;
	int			*scope;	/* by document */
	/* The rows each target of run.v sits in (one per registry key). */
	size_t			(*rows_of)[PL_IND_MAX];
	int			*nrows_of;
};

/* The target rule whose state the matrix judges with: target.mismatch's
 * kind (check: mismatch) when loaded, else any target rule. */
static const struct pl_rule *
target_rule(const struct pl_ruleset *rs)
{
	const struct pl_rule *any = NULL;

	for (size_t i = 0; i < rs->nrules; i++) {
		const struct pl_rule *r = &rs->rules[i];
		const struct tg_state *st = r->data;

		if (r->kind != &pl_kind_target || st == NULL)
			continue;
		if (st->check == TG_MISMATCH)
			return r;
		if (any == NULL)
			any = r;
	}
	return any;
}

/* Each document's place: the first document whose place is the same. */
static void
scopes(struct build *b)
{
	size_t n = b->run.ctx->ndocs;

	b->scope = pl_arena_alloc(b->run.a, (n + 1) * sizeof(*b->scope));
	for (size_t i = 0; i < n; i++) {
		b->scope[i] = (int)i;
		for (size_t j = 0; j < i; j++)
			if (b->scope[j] == (int)j &&
			    tg_scope(&b->run, j, i) == TG_SC_SAME) {
				b->scope[i] = (int)j;
				break;
			}
	}
}

static double
likeness(const struct tg_target *a, const struct tg_target *b)
{
	return pl_indicator_similarity(a->words, a->nwords, b->words,
	    b->nwords);
}

/* Whether entries a and b convert into one another (income per month
 * and per year). */
static bool
converts(const struct pl_indicator *a, const struct pl_indicator *b)
{
	return (a->to != NULL && strcmp(a->to, b->key) == 0) ||
	    (b->to != NULL && strcmp(b->to, a->key) == 0);
}

/*
 * The row target x joins for entry e (NULL: by name), or -1: a row of
 * that entry (of one it converts into, when none) whose representative
 * the rules compare x with, with no figure yet from x's document; the
 * one whose name is most like x's.
 */
static long
find_row(struct build *b, const struct tg_target *x,
    const struct pl_indicator *e)
{
	long best = -1;
	double sim = -1, s, fa, fb;
	const struct pl_indicator *ee;

	for (int pass = 0; pass < 2 && best == -1; pass++)
		for (size_t r = 0; r < b->nslots; r++) {
			const struct slot *sl = &b->slots[r];
			const struct tg_target *rep = &b->run.v[sl->rep];

			if (pass == 0 ? sl->entry != e : (e == NULL ||
			    sl->entry == NULL || !converts(sl->entry, e)))
				continue;
			if (b->m->rows[r].cells[x->doc].target != -1 ||
			    b->scope[rep->doc] != b->scope[x->doc] ||
			    !tg_same_time(rep, x) ||
			    tg_relate(&b->run, rep, x, &fa, &fb, &ee) ==
			    TG_HOW_NONE)
				continue;
			if ((s = likeness(rep, x)) > sim) {
				sim = s;
				best = (long)r;
			}
		}
	return best;
}

static size_t
new_row(struct build *b, size_t xi, const struct pl_indicator *e,
    enum pl_lang lang)
{
	struct pl_matrix *m = b->m;
	const struct tg_target *x = &b->run.v[xi];
	struct pl_mx_row *row = pl_vec_push(m->arena, &m->rows, &m->nrows,
	    &m->caprows, sizeof(*row));
	struct slot *sl = pl_vec_push(b->run.a, &b->slots, &b->nslots,
	    &b->capslots, sizeof(*sl));
	const char *name = x->t->indicator != NULL ? x->t->indicator :
	    x->t->raw != NULL ? x->t->raw : "";

	sl->rep = xi;
	sl->entry = e;
	sl->order = b->nslots - 1;
	row->key = e != NULL ? e->key : NULL;
	row->label = e != NULL ? e->name[lang] :
	    pl_squash_space(m->arena, name, strlen(name));
	sl->fold = pl_utf8_fold_ascii(b->run.a, row->label,
	    strlen(row->label));
	row->family = pl_ufam_name(x->u.fam);
	row->year = x->year;
	row->span = x->span;
	row->scope = b->scope[x->doc];
	row->by_name = e == NULL;
	row->cells = pl_arena_alloc(m->arena, (m->ndocs + 1) *
	    sizeof(*row->cells));
	for (size_t d = 0; d < m->ndocs; d++) {
		row->cells[d].target = -1;
		row->cells[d].vs_doc = -1;
	}
	return m->nrows - 1;
}

/* Puts every target of the set into rows: one per registry key it
 * stands for, or one by name. */
static void
place(struct build *b, enum pl_lang lang)
{
	struct tg_run *run = &b->run;

	b->rows_of = pl_arena_alloc(run->a, (run->n + 1) *
	    sizeof(*b->rows_of));
	b->nrows_of = pl_arena_alloc(run->a, (run->n + 1) *
	    sizeof(*b->nrows_of));
	for (size_t i = 0; i < run->n; i++) {
		const struct tg_target *x = &run->v[i];
		const struct pl_doc *doc = run->ctx->docs[x->doc];
		int nslots = x->nkeys > 0 ? x->nkeys : 1;

		for (int k = 0; k < nslots; k++) {
			const struct pl_indicator *e = x->nkeys > 0 ?
			    x->keys[k] : NULL;
			long r = find_row(b, x, e);
			struct pl_mx_cell *c;

			if (r == -1)
				r = (long)new_row(b, i, e, lang);
			c = &b->m->rows[r].cells[x->doc];
			c->target = (int)(x->t - doc->targets);
			c->value = pl_qty_show(b->m->arena, x->t);
			c->status = PL_MX_ALONE;
			c->implausible = x->implausible;
			if (x->implausible)
				c->status = PL_MX_UNIT;
			b->rows_of[i][b->nrows_of[i]++] = (size_t)r;
		}
	}
}

static void
mark_cell(struct pl_mx_cell *c, const struct tg_target *o,
    enum tg_verdict vd, int slip)
{
	static const enum pl_mx_status st[] = {	/* ORDER: enum tg_verdict */
		PL_MX_SAME, PL_MX_DIFFERS, PL_MX_UNIT,
	};

	if (st[vd] > c->status)
		c->status = st[vd];
	if (vd != TG_V_MEET && c->vs_doc == -1) {
		c->vs_doc = (int)o->doc;
		c->vs_line = o->t->pos.line;
	}
	if (vd == TG_V_UNIT && c->slip == 0)
		c->slip = slip;
}

/* Records on x's cells the verdict of its pair with o, judged under
 * entry e: in the rows of e when x has one, else (a conversion) in all
 * of x's rows. */
static void
mark_one(struct build *b, size_t xi, size_t oi,
    const struct pl_indicator *e, enum tg_verdict vd, int slip)
{
	bool any = false;

	for (int k = 0; k < b->nrows_of[xi] && e != NULL; k++)
		any |= b->slots[b->rows_of[xi][k]].entry == e;
	for (int k = 0; k < b->nrows_of[xi]; k++) {
		size_t r = b->rows_of[xi][k];

		if (!any || b->slots[r].entry == e)
			mark_cell(&b->m->rows[r].cells[b->run.v[xi].doc],
			    &b->run.v[oi], vd, slip);
	}
}

/* Records the verdict on pair p, q: in every row both sit in (each key
 * of "PCI, DTI, PII hạng 5/34"), else in the rows of each (a plan that
 * repeats a target has it in a row of its own). */
static void
mark(struct build *b, size_t p, size_t q, const struct pl_indicator *e,
    enum tg_verdict vd, int slip)
{
	size_t dp = b->run.v[p].doc, dq = b->run.v[q].doc;
	bool shared = false;

	for (int i = 0; i < b->nrows_of[p]; i++)
		for (int k = 0; k < b->nrows_of[q]; k++) {
			struct pl_mx_row *r = &b->m->rows[b->rows_of[p][i]];

			if (b->rows_of[p][i] != b->rows_of[q][k])
				continue;
			mark_cell(&r->cells[dp], &b->run.v[q], vd, slip);
			mark_cell(&r->cells[dq], &b->run.v[p], vd, slip);
			shared = true;
		}
	if (shared)
		return;
	mark_one(b, p, q, e, vd, slip);
	mark_one(b, q, p, e, vd, slip);
}

/* The pairs of kind_target.c's compare_docs, over every pair of
 * documents of one place. */
static void
judge(struct build *b)
{
	struct tg_run *run = &b->run;

	for (size_t i = 0; i < run->ctx->ndocs; i++)
		for (size_t j = i; j < run->ctx->ndocs; j++) {
			if (tg_scope(run, i, j) != TG_SC_SAME)
				continue;
			for (size_t p = run->d[i].first;
			    p < run->d[i].first + run->d[i].n; p++)
				for (size_t q = i == j ? p + 1 :
				    run->d[j].first;
				    q < run->d[j].first + run->d[j].n; q++) {
					const struct tg_target *a = &run->v[p],
					    *c = &run->v[q];
					const struct pl_indicator *e;
					enum tg_verdict vd;
					enum tg_how how;
					double fa, fc;
					int slip;

					if (!tg_same_time(a, c))
						continue;
					how = tg_relate(run, a, c, &fa, &fc,
					    &e);
					if (how == TG_HOW_NONE || (i == j &&
					    !tg_same_plan_pair(run, a, c, how)))
						continue;
					vd = tg_judge(run, a, fa, c, fc, &slip);
					mark(b, p, q, e, vd, slip);
				}
		}
}

static void
flag_rows(struct pl_matrix *m)
{
	for (size_t i = 0; i < m->nrows; i++)
		for (size_t d = 0; d < m->ndocs; d++)
			m->rows[i].mismatch |= m->rows[i].cells[d].status >=
			    PL_MX_UNIT;
}

/* Registry order, then by-name rows by name; then year, period, place
 * and the order rows were made in. */
static int
cmp_rows(const void *pa, const void *pb, const struct build *b)
{
	const struct slot *x = &b->slots[*(const size_t *)pa];
	const struct slot *y = &b->slots[*(const size_t *)pb];
	const struct pl_mx_row *rx = &b->m->rows[*(const size_t *)pa];
	const struct pl_mx_row *ry = &b->m->rows[*(const size_t *)pb];
	size_t ex = x->entry != NULL ? (size_t)(x->entry -
	    b->run.st->reg->v) : b->run.st->reg->n;
	size_t ey = y->entry != NULL ? (size_t)(y->entry -
	    b->run.st->reg->v) : b->run.st->reg->n;
	int c;

	if (ex != ey)
		return ex < ey ? -1 : 1;
	if ((c = strcmp(x->fold, y->fold)) != 0 ||
	    (c = strcmp(rx->label, ry->label)) != 0)
		return c;
	if (rx->year != ry->year)
		return rx->year < ry->year ? -1 : 1;
	if (rx->span != ry->span)
		return rx->span < ry->span ? -1 : 1;
	if (rx->scope != ry->scope)
		return rx->scope < ry->scope ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* Insertion sort: qsort has no context argument in C11, and a matrix
 * has a few hundred rows at most. */
static void
sort_rows(struct build *b)
{
	struct pl_matrix *m = b->m;
	size_t *idx = pl_arena_alloc(b->run.a, (m->nrows + 1) * sizeof(*idx));
	struct pl_mx_row *rows = pl_arena_alloc(m->arena, (m->nrows + 1) *
	    sizeof(*rows));

	for (size_t i = 0; i < m->nrows; i++) {
		size_t k = i;

		for (; k > 0 && cmp_rows(&idx[k - 1], &i, b) > 0; k--)
			idx[k] = idx[k - 1];
		idx[k] = i;
	}
	for (size_t i = 0; i < m->nrows; i++)
		rows[i] = m->rows[idx[i]];
	m->rows = rows;
	m->caprows = m->nrows;
}

int
pl_targets_matrix(const struct pl_ruleset *rs, struct pl_doc *const *docs,
    size_t n, enum pl_lang lang, struct pl_matrix *out, struct pl_err *err)
{
	const struct pl_rule *r = target_rule(rs);
	struct pl_check_opts opts = { .lang = lang };
	struct build b = { 0 };
	struct pl_ctx ctx;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	if (r == NULL)
		return pl_err_set(err, PL_E_RULE, "", 0, 0, "no target rule "
		    "(kind: target) in the rule packs: the matrix needs the "
		    "indicator registry");
	out->arena = pl_arena_new();
	out->docs = (const struct pl_doc *const *)docs;
	out->ndocs = n;
	pl_ctx_init(&ctx, rs, &opts, err);
	ctx.docs = docs;
	ctx.ndocs = n;
	b.m = out;
	b.run = (struct tg_run){ .r = r, .st = r->data, .ctx = &ctx,
	    .a = pl_arena_new() };
	if (tg_read(&b.run) == -1) {
		rc = -1;
		pl_matrix_free(out);
		goto out;
	}
	scopes(&b);
	place(&b, lang);
	judge(&b);
	flag_rows(out);
	sort_rows(&b);
out:
	pl_ctx_fini(&ctx);
	pl_arena_free(b.run.a);
	return rc;
}

void
pl_matrix_free(struct pl_matrix *m)
{
	if (m->arena != NULL)
		pl_arena_free(m->arena);
	memset(m, 0, sizeof(*m));
}
