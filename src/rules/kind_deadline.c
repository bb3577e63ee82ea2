/*
 * kind_deadline.c: deadlines of a class that cannot be tracked (vague,
 * conditional on another body, recurring).  Ingestion classifies; the
 * pack picks the class, and may raise the severity inside a section of
 * specific tasks ("CÁC NHIỆM VỤ CỤ THỂ"), where a standing duty is out of
 * place.
 */
#include <string.h>

#include "rules_int.h"

struct deadline {
	enum pl_deadline_class	 cls;
	bool			 raise;	/* severity_in_specific given */
	enum pl_severity	 in_specific;
	bool			 skip_milestones;
};

static const char *const params[] = {
	"class", "severity_in_specific", "skip_with_milestones", NULL,
};

static int
prepare(struct pl_rule *r, struct pl_ruleset *rs, struct pl_err *err)
{
	static const enum pl_deadline_class classes[] = {
		PL_DL_VAGUE, PL_DL_CONDITIONAL, PL_DL_RECURRING,
		PL_DL_SPECIFIC, PL_DL_MISSING,
	};
	struct deadline *d = pl_arena_alloc(rs->arena, sizeof(*d));
	const struct pl_yval *v = pl_y_get(r->params, "class");
	const char *s = pl_y_str(v, NULL);
	bool found = false;

	for (size_t i = 0; s != NULL && i < PL_NELEM(classes); i++)
		if (strcmp(s, pl_deadline_class_name(classes[i])) == 0) {
			d->cls = classes[i];
			found = true;
		}
	if (!found)
		return pl_rule_err(r, v, err, PL_E_RULE, "'params.class' must "
		    "be vague, conditional, recurring, specific or missing");
	if ((v = pl_y_get(r->params, "severity_in_specific")) != NULL) {
		s = pl_y_str(v, "");
		if (pl_severity_parse(s, &d->in_specific) == -1)
			return pl_rule_err(r, v, err, PL_E_RULE, "bad severity "
			    "'%s' (error, warning or info)", s);
		d->raise = true;
	}
	d->skip_milestones = pl_y_bool(pl_y_get(r->params,
	    "skip_with_milestones"), false);
	r->data = d;
	return 0;
}

/* The section or one of its parents is a section of specific tasks. */
static bool
in_specific(const struct pl_doc *doc, int section)
{
	for (size_t hops = 0; section >= 0 && (size_t)section <
	    doc->nsections && hops < doc->nsections; hops++) {
		if (doc->sections[section].specific)
			return true;
		section = doc->sections[section].parent;
	}
	return false;
}

static int
check(const struct pl_rule *r, struct pl_ctx *ctx)
{
	const struct deadline *d = r->data;
	struct pl_doc *doc = ctx->doc;

	for (size_t i = 0; i < doc->ntasks; i++) {
		const struct pl_task *t = &doc->tasks[i];
		struct pl_finding *f;
		struct pl_var v[1];

		if (t->group || t->deadline.cls != d->cls)
			continue;
		if (d->skip_milestones && t->deadline.nmilestones > 0)
			continue;
		v[0].name = "deadline";
		v[0].value = t->deadline.text != NULL ?
		    pl_quote(doc->arena, t->deadline.text, 60) : "";
		f = pl_emit(ctx, r, (int)i, (struct pl_pos){ 0 }, NULL, v, 1);
		if (d->raise && in_specific(doc, t->section))
			f->severity = d->in_specific;
	}
	return 0;
}

const struct pl_kind pl_kind_deadline = {
	.name = "deadline",
	.params = params,
	.prepare = prepare,
	.check = check,
};
