/*
 * kind_leads.c: who leads a task.  "multiple": more than one lead for one
 * task (KL 226-KL/TW and NĐ 39/2022/NĐ-CP: one lead per task), unless the
 * task is split into parts with a lead each.  "request": the lead is a
 * request to a body outside the issuer's authority ("Đề nghị Thành ủy ...
 * lãnh đạo thực hiện"), not an assignment.  A lead that names a class of
 * bodies ("các Sở, ban, ngành", "Giám đốc các sở") is each body acting in
 * its own field, not a co-lead: the pack's `generic` pattern drops it.
 */
#include <string.h>

#include "rules_int.h"

enum mode {
	M_MULTIPLE,
	M_REQUEST,
};

struct leads {
	enum mode	 mode;
	struct pl_re	*request;	/* M_REQUEST: matched on the lead */
	struct pl_re	*generic;	/* M_MULTIPLE: leads not counted */
};

static const char *const params[] = {
	"check", "pattern", "generic", NULL,
};

static int
prepare(struct pl_rule *r, struct pl_ruleset *rs, struct pl_err *err)
{
	struct leads *l = pl_arena_alloc(rs->arena, sizeof(*l));
	const struct pl_yval *v = pl_y_get(r->params, "check");
	const char *s = pl_y_str(v, "");

	if (strcmp(s, "multiple") == 0)
		l->mode = M_MULTIPLE;
	else if (strcmp(s, "request") == 0)
		l->mode = M_REQUEST;
	else
		return pl_rule_err(r, v, err, PL_E_RULE,
		    "'params.check' must be multiple or request");
	if ((v = pl_y_get(r->params, "pattern")) != NULL &&
	    pl_re_compile(rs, r, v, false, &l->request, err) == -1)
		return -1;
	if ((v = pl_y_get(r->params, "generic")) != NULL &&
	    pl_re_compile(rs, r, v, false, &l->generic, err) == -1)
		return -1;
	r->data = l;
	return 0;
}

static bool
filled(const char *s)
{
	size_t n;

	if (s == NULL)
		return false;
	pl_trim(s, strlen(s), &n);
	return n > 0;
}

static int
check_multiple(const struct pl_rule *r, struct pl_ctx *ctx, size_t i)
{
	const struct leads *l = r->data;
	struct pl_doc *doc = ctx->doc;
	const struct pl_task *t = &doc->tasks[i];
	struct pl_buf b = { 0 };
	struct pl_var v[2];
	size_t n = 0;
	int rc;

	if (t->parts)
		return 0;
	for (size_t k = 0; k < t->lead.n; k++) {
		const char *s = t->lead.v[k];

		if (!filled(s))
			continue;
		if (l->generic != NULL) {
			rc = pl_re_search(ctx, l->generic, s, strlen(s), 0,
			    NULL, NULL, t->pos.line);
			if (rc == -1) {
				pl_buf_free(&b);
				return -1;
			}
			if (rc == 1)
				continue;
		}
		if (n++ > 0)
			pl_buf_adds(&b, "; ");
		pl_buf_adds(&b, t->lead.v[k]);
	}
	if (n > 1) {
		v[0].name = "leads";
		v[0].value = pl_quote(doc->arena, b.s, 100);
		v[1].name = "count";
		v[1].value = pl_arena_printf(doc->arena, "%zu", n);
		pl_emit(ctx, r, (int)i, (struct pl_pos){ 0 }, NULL, v, 2);
	}
	pl_buf_free(&b);
	return 0;
}

static int
check_request(const struct pl_rule *r, struct pl_ctx *ctx, size_t i)
{
	const struct leads *l = r->data;
	struct pl_doc *doc = ctx->doc;
	const struct pl_task *t = &doc->tasks[i];
	const char *lead = pl_task_field(doc, t, PL_F_LEAD);
	const char *s;
	bool hit = t->lead_request;
	struct pl_var v[1];
	size_t n;

	if (lead == NULL)
		return 0;
	s = pl_trim(lead, strlen(lead), &n);
	if (!hit && l->request != NULL) {
		int rc = pl_re_search(ctx, l->request, s, n, 0, NULL, NULL,
		    t->pos.line);

		if (rc == -1)
			return -1;
		hit = rc == 1;
	} else if (!hit)
		hit = pl_istarts_with(s, "đề nghị");
	if (hit) {
		v[0].name = "lead";
		v[0].value = pl_quote(doc->arena, s, 80);
		pl_emit(ctx, r, (int)i, (struct pl_pos){ 0 }, NULL, v, 1);
	}
	return 0;
}

static int
check(const struct pl_rule *r, struct pl_ctx *ctx)
{
	const struct leads *l = r->data;

	for (size_t i = 0; i < ctx->doc->ntasks; i++) {
		if (ctx->doc->tasks[i].group)
			continue;
		if ((l->mode == M_MULTIPLE ? check_multiple(r, ctx, i) :
		    check_request(r, ctx, i)) == -1)
			return -1;
	}
	return 0;
}

const struct pl_kind pl_kind_leads = {
	.name = "leads",
	.params = params,
	.prepare = prepare,
	.check = check,
};
