/*
 * kind_required.c: a task field that must be filled (the 06 rõ: lead,
 * coordinators, deadline, product, measures).  Where it applies is set in
 * the pack, because a drafter only wants to hear about an element the
 * document asks for: in a table, when the table has the column (or the
 * document's own 06 rõ wording names the element); in prose, when the
 * document names the element.
 */
#include <string.h>

#include "rules_int.h"

enum when {
	W_NEVER,
	W_ALWAYS,
	W_COLUMN,		/* the task's table has the field's column */
	W_DECLARED,		/* the document's 06 rõ names the element */
	W_COLUMN_OR_DECLARED,
};

static const char *const when_names[] = {
	[W_NEVER] = "never",
	[W_ALWAYS] = "always",
	[W_COLUMN] = "column",
	[W_DECLARED] = "declared",
	[W_COLUMN_OR_DECLARED] = "column_or_declared",
};

struct required {
	enum pl_field	 field;
	unsigned	 element;	/* PL_SIXRO_* for W_DECLARED */
	enum when	 table;
	enum when	 prose;
	unsigned	 sections;	/* prose: 1 << pl_section_kind checked */
};

static const char *const params[] = {
	"field", "element", "table", "prose", "prose_sections", NULL,
};

/* ORDER: enum pl_section_kind. */
static const char *const section_names[] = {
	"other", "purpose", "targets", "tasks", "organize", "appendix",
};

static int
parse_sections(const struct pl_rule *r, struct required *q,
    struct pl_err *err)
{
	const struct pl_yval *v = pl_y_get(r->params, "prose_sections");

	q->sections = 1u << PL_SEC_OTHER | 1u << PL_SEC_TASKS |
	    1u << PL_SEC_ORGANIZE | 1u << PL_SEC_APPENDIX;
	if (v == NULL)
		return 0;
	if (v->type != PL_Y_SEQ)
		return pl_rule_err(r, v, err, PL_E_RULE,
		    "'prose_sections' must be a list");
	q->sections = 0;
	for (size_t i = 0; i < v->n; i++) {
		const char *s = pl_y_str(&v->v[i], "");
		size_t k;

		for (k = 0; k < PL_NELEM(section_names); k++)
			if (strcmp(s, section_names[k]) == 0)
				break;
		if (k == PL_NELEM(section_names))
			return pl_rule_err(r, &v->v[i], err, PL_E_RULE,
			    "unknown section kind '%s' (other, purpose, "
			    "targets, tasks, organize, appendix)", s);
		q->sections |= 1u << k;
	}
	return 0;
}

static unsigned
default_element(enum pl_field f)
{
	switch (f) {
	case PL_F_TEXT:
		return PL_SIXRO_VIEC;
	case PL_F_LEAD:
	case PL_F_COORD:
	case PL_F_DIRECTING:
		return PL_SIXRO_NGUOI;
	case PL_F_MEASURES:
		return PL_SIXRO_BIEN_PHAP;
	case PL_F_DEADLINE:
		return PL_SIXRO_THOI_GIAN;
	case PL_F_PRODUCT:
		return PL_SIXRO_SAN_PHAM;
	}
	return 0;
}

static int
parse_when(const struct pl_rule *r, const char *key, enum when def,
    enum when *out, struct pl_err *err)
{
	const struct pl_yval *v = pl_y_get(r->params, key);
	const char *s = pl_y_str(v, NULL);

	*out = def;
	if (v == NULL)
		return 0;
	for (size_t i = 0; s != NULL && i < PL_NELEM(when_names); i++)
		if (strcmp(s, when_names[i]) == 0) {
			*out = (enum when)i;
			return 0;
		}
	return pl_rule_err(r, v, err, PL_E_RULE, "bad '%s': '%s' (always, "
	    "column, declared, column_or_declared or never)", key,
	    s != NULL ? s : "?");
}

static int
prepare(struct pl_rule *r, struct pl_ruleset *rs, struct pl_err *err)
{
	struct required *q = pl_arena_alloc(rs->arena, sizeof(*q));
	const struct pl_yval *v = pl_y_get(r->params, "field");
	const char *s;

	if ((s = pl_y_str(v, NULL)) == NULL || pl_field_parse(s, &q->field))
		return pl_rule_err(r, v, err, PL_E_RULE, "'params.field' must be "
		    "one of text, lead, coordinators, directing, measures, "
		    "deadline, product");
	q->element = default_element(q->field);
	if ((v = pl_y_get(r->params, "element")) != NULL) {
		s = pl_y_str(v, "");
		q->element = 0;
		for (int b = 0; b < PL_SIXRO_COUNT; b++)
			if (strcmp(s, pl_sixro_key((enum pl_sixro)(1u << b))) == 0)
				q->element = 1u << b;
		if (q->element == 0)
			return pl_rule_err(r, v, err, PL_E_RULE,
			    "unknown 06 rõ element '%s'", s);
	}
	if (parse_when(r, "table", W_COLUMN, &q->table, err) == -1 ||
	    parse_when(r, "prose", W_DECLARED, &q->prose, err) == -1 ||
	    parse_sections(r, q, err) == -1)
		return -1;
	r->data = q;
	return 0;
}

static bool
applies(const struct required *q, const struct pl_doc *doc,
    const struct pl_task *t)
{
	bool table = t->source != PL_SRC_PROSE;
	enum when w = table ? q->table : q->prose;
	unsigned cell = pl_field_cell(q->field);
	bool column = table && (t->columns & cell) != 0;
	bool declared = (doc->meta.sixro_declared & q->element) != 0;

	if (!table && t->section >= 0 && (size_t)t->section < doc->nsections &&
	    !(q->sections & (1u << doc->sections[t->section].kind)))
		return false;
	switch (w) {
	case W_NEVER:
		return false;
	case W_ALWAYS:
		return true;
	case W_COLUMN:
		return column;
	case W_DECLARED:
		return declared;
	case W_COLUMN_OR_DECLARED:
		return column || declared;
	}
	return false;
}

static int
check(const struct pl_rule *r, struct pl_ctx *ctx)
{
	const struct required *q = r->data;
	struct pl_doc *doc = ctx->doc;

	for (size_t i = 0; i < doc->ntasks; i++) {
		const struct pl_task *t = &doc->tasks[i];

		if (t->group || !applies(q, doc, t))
			continue;
		if (t->shared & pl_field_cell(q->field))
			continue;
		if (pl_task_field(doc, t, q->field) != NULL)
			continue;
		pl_emit(ctx, r, (int)i, (struct pl_pos){ 0 }, NULL, NULL, 0);
	}
	return 0;
}

const struct pl_kind pl_kind_required = {
	.name = "required",
	.params = params,
	.prepare = prepare,
	.check = check,
};
