/*
 * kind_pattern.c: PCRE2 patterns over a field.  Over a task field (weak
 * products), over every line of the document, over citations or targets:
 * the first match reports, unless an `unless` pattern also matches.
 * This is the kind a user pack reaches for first.
 */
#include <string.h>

#include "rules_int.h"

enum source {
	S_TASK,
	S_LINE,
	S_CITATION,
	S_TARGET,
};

struct pattern {
	enum source	  src;
	enum pl_field	  field;	/* S_TASK */
	const char	 *cfield;	/* S_CITATION, S_TARGET: field name */
	struct pl_re	**re;
	size_t		  nre;
	struct pl_re	**unless;
	size_t		  nunless;
	bool		  skip_groups;
};

static const char *const params[] = {
	"field", "pattern", "patterns", "unless", "case_sensitive",
	"groups", NULL,
};

/* Compiles a scalar or a list of scalars. */
static int
compile_list(struct pl_rule *r, struct pl_ruleset *rs,
    const struct pl_yval *v, bool cs, struct pl_re ***out, size_t *n,
    struct pl_err *err)
{
	const struct pl_yval *items = v;
	size_t count = 1;

	if (v == NULL)
		return 0;
	if (v->type == PL_Y_SEQ) {
		items = v->v;
		count = v->n;
	}
	*out = pl_arena_alloc(rs->arena, (count + 1) * sizeof(**out));
	for (size_t i = 0; i < count; i++)
		if (pl_re_compile(rs, r, &items[i], cs, &(*out)[(*n)++],
		    err) == -1)
			return -1;
	return 0;
}

static int
prepare(struct pl_rule *r, struct pl_ruleset *rs, struct pl_err *err)
{
	struct pattern *p = pl_arena_alloc(rs->arena, sizeof(*p));
	const struct pl_yval *fv = pl_y_get(r->params, "field");
	const char *field = pl_y_str(fv, NULL);
	bool cs = pl_y_bool(pl_y_get(r->params, "case_sensitive"), false);

	p->skip_groups = !pl_y_bool(pl_y_get(r->params, "groups"), false);
	switch (r->applies_to) {
	case PL_APPLY_TASK:
		p->src = S_TASK;
		if (pl_field_parse(field != NULL ? field : "text",
		    &p->field) == -1)
			return pl_rule_err(r, fv, err, PL_E_RULE,
			    "unknown task field '%s'", field);
		break;
	case PL_APPLY_DOCUMENT:
		p->src = S_LINE;
		if (field != NULL && strcmp(field, "line") != 0)
			return pl_rule_err(r, fv, err, PL_E_RULE, "a document "
			    "pattern runs over each 'line'");
		break;
	case PL_APPLY_CITATION:
		p->src = S_CITATION;
		p->cfield = field != NULL ? field : "raw";
		if (strcmp(p->cfield, "raw") != 0 &&
		    strcmp(p->cfield, "symbol") != 0 &&
		    strcmp(p->cfield, "symbol_raw") != 0 &&
		    strcmp(p->cfield, "kind") != 0)
			return pl_rule_err(r, fv, err, PL_E_RULE, "unknown "
			    "citation field '%s' (raw, symbol, symbol_raw, "
			    "kind)", p->cfield);
		break;
	case PL_APPLY_TARGET:
		p->src = S_TARGET;
		p->cfield = field != NULL ? field : "raw";
		if (strcmp(p->cfield, "raw") != 0 &&
		    strcmp(p->cfield, "indicator") != 0 &&
		    strcmp(p->cfield, "unit") != 0)
			return pl_rule_err(r, fv, err, PL_E_RULE, "unknown "
			    "target field '%s' (raw, indicator, unit)",
			    p->cfield);
		break;
	}
	if (compile_list(r, rs, pl_y_get(r->params, "pattern"), cs, &p->re,
	    &p->nre, err) == -1 ||
	    compile_list(r, rs, pl_y_get(r->params, "patterns"), cs, &p->re,
	    &p->nre, err) == -1 ||
	    compile_list(r, rs, pl_y_get(r->params, "unless"), cs, &p->unless,
	    &p->nunless, err) == -1)
		return -1;
	if (p->nre == 0)
		return pl_rule_err(r, r->params, err, PL_E_RULE,
		    "a pattern rule needs 'params.pattern' or 'params.patterns'");
	r->data = p;
	return 0;
}

/* 1 and the match when a pattern matches s and no `unless` does. */
static int
match(struct pl_ctx *ctx, const struct pattern *p, const char *s, int where,
    size_t *ms, size_t *me)
{
	size_t n = strlen(s);
	int rc = 0;

	for (size_t i = 0; i < p->nre && rc == 0; i++)
		if ((rc = pl_re_search(ctx, p->re[i], s, n, 0, ms, me,
		    where)) == -1)
			return -1;
	if (rc == 0)
		return 0;
	for (size_t i = 0; i < p->nunless; i++) {
		int u = pl_re_search(ctx, p->unless[i], s, n, 0, NULL, NULL,
		    where);

		if (u != 0)
			return u == -1 ? -1 : 0;
	}
	return 1;
}

static const char *
cfield(const char *name, const struct pl_citation *c,
    const struct pl_target *g)
{
	if (c != NULL)
		return strcmp(name, "symbol") == 0 ? c->symbol :
		    strcmp(name, "symbol_raw") == 0 ? c->symbol_raw :
		    strcmp(name, "kind") == 0 ? c->kind : c->raw;
	return strcmp(name, "indicator") == 0 ? g->indicator :
	    strcmp(name, "unit") == 0 ? g->unit : g->raw;
}

static int
emit_at(struct pl_ctx *ctx, const struct pl_rule *r, int task,
    struct pl_pos pos, const char *quote, const char *s, size_t ms,
    size_t me)
{
	struct pl_var v[1];

	v[0].name = "match";
	v[0].value = pl_arena_strndup(ctx->doc->arena, s + ms, me - ms);
	pl_emit(ctx, r, task, pos, quote, v, 1);
	return 0;
}

static int
check(const struct pl_rule *r, struct pl_ctx *ctx)
{
	const struct pattern *p = r->data;
	struct pl_doc *doc = ctx->doc;
	size_t ms, me;
	int rc;

	switch (p->src) {
	case S_TASK:
		for (size_t i = 0; i < doc->ntasks; i++) {
			const struct pl_task *t = &doc->tasks[i];
			const char *s;

			if (t->group && p->skip_groups)
				continue;
			if ((s = pl_task_field(doc, t, p->field)) == NULL)
				continue;
			if ((rc = match(ctx, p, s, t->pos.line, &ms, &me)) == -1)
				return -1;
			if (rc == 1)
				emit_at(ctx, r, (int)i, (struct pl_pos){ 0 },
				    NULL, s, ms, me);
		}
		break;
	case S_LINE:
		for (size_t i = 0; i < doc->text.n; i++) {
			const struct pl_line *l = &doc->text.lines[i];
			struct pl_pos pos = { 0 };

			if ((rc = match(ctx, p, l->s, (int)i + 1, &ms, &me)) == -1)
				return -1;
			if (rc == 0)
				continue;
			pos.line = pos.end_line = l->orig > 0 ? l->orig :
			    (int)i + 1;
			pos.col = (int)pl_utf8_count(l->s, ms) + 1;
			pos.end_col = (int)pl_utf8_count(l->s, me) + 1;
			emit_at(ctx, r, -1, pos, l->s, l->s, ms, me);
		}
		break;
	case S_CITATION:
	case S_TARGET: {
		size_t n = p->src == S_CITATION ? doc->ncitations :
		    doc->ntargets;

		for (size_t i = 0; i < n; i++) {
			const struct pl_citation *c = p->src == S_CITATION ?
			    &doc->citations[i] : NULL;
			const struct pl_target *g = c == NULL ?
			    &doc->targets[i] : NULL;
			const char *s = cfield(p->cfield, c, g);

			if (s == NULL)
				continue;
			if ((rc = match(ctx, p, s, c != NULL ? c->pos.line :
			    g->pos.line, &ms, &me)) == -1)
				return -1;
			if (rc == 1)
				emit_at(ctx, r, g != NULL ? g->task : -1,
				    c != NULL ? c->pos : g->pos,
				    c != NULL ? c->raw : g->raw, s, ms, me);
		}
		break;
	}
	}
	return 0;
}

const struct pl_kind pl_kind_pattern = {
	.name = "pattern",
	.params = params,
	.prepare = prepare,
	.check = check,
};
