/*
 * kind_input.c: facts about the file rather than the plan in it.
 * "tracked_changes": a .docx whose tracked changes are not yet accepted
 * or rejected; the reader took them as accepted, so the draft read is
 * not yet the one to issue.  One finding per document, at the first
 * change.
 */
#include <string.h>

#include "rules_int.h"

static const char *const params[] = { "check", NULL };

static int
prepare(struct pl_rule *r, struct pl_ruleset *rs, struct pl_err *err)
{
	const struct pl_yval *v = pl_y_get(r->params, "check");

	if (strcmp(pl_y_str(v, "tracked_changes"), "tracked_changes") != 0)
		return pl_rule_err(r, v, err, PL_E_RULE,
		    "'params.check' must be tracked_changes");
	return 0;
}

static int
check(const struct pl_rule *r, struct pl_ctx *ctx)
{
	struct pl_doc *doc = ctx->doc;
	struct pl_pos pos = { .line = 1, .col = 1 };

	if (!doc->tracked_changes)
		return 0;
	if (doc->tracked_line > 0 && (size_t)doc->tracked_line <= doc->text.n)
		pos.line = doc->tracked_line;
	pos.end_line = pos.line;
	pl_emit(ctx, r, -1, pos, pl_doc_line(doc, pos.line), NULL, 0);
	return 0;
}

const struct pl_kind pl_kind_input = {
	.name = "input",
	.params = params,
	.prepare = prepare,
	.check = check,
};
