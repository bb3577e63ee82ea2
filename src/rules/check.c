/*
 * check.c: the kind table and the run: every rule over every document,
 * then the cross-document rules, then findings sorted.  Also the helpers
 * every kind shares: emitting a finding, quoting, task fields.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules_int.h"

/* One row per kind; a new kind is a kind_x.c file and a row here. */
static const struct pl_kind *const kinds[] = {
	&pl_kind_required,
	&pl_kind_pattern,
	&pl_kind_deadline,
	&pl_kind_leads,
	&pl_kind_format,
	&pl_kind_count,
	&pl_kind_table,
	&pl_kind_consistency,
	&pl_kind_agency,
	&pl_kind_target,
	&pl_kind_input,
};

const struct pl_kind *
pl_kind_find(const char *name)
{
	for (size_t i = 0; i < PL_NELEM(kinds); i++)
		if (strcmp(kinds[i]->name, name) == 0)
			return kinds[i];
	return NULL;
}

int
pl_rule_err(const struct pl_rule *r, const struct pl_yval *v,
    struct pl_err *err, enum pl_errcode code, const char *fmt, ...)
{
	char detail[sizeof(err->detail)];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(detail, sizeof(detail), fmt, ap);
	va_end(ap);
	if (v != NULL)
		return pl_err_set(err, code, v->file, v->line, v->col,
		    "[%s] %s", r->id, detail);
	return pl_err_set(err, code, r->file, r->line, r->col, "[%s] %s",
	    r->id, detail);
}

/* ---- Quoting and messages ---- */

const char *
pl_quote(struct pl_arena *a, const char *s, size_t max)
{
	char *q;
	const char *p;
	size_t len, cps = 0, cut = 0, space = 0;

	if (s == NULL)
		return NULL;
	q = pl_squash_space(a, s, strlen(s));
	len = strlen(q);
	for (p = q; *p != '\0' && cps < max; cps++) {
		int32_t cp;
		int k = pl_utf8_decode(p, len - (size_t)(p - q), &cp);

		if (k <= 0)
			k = 1;
		if (*p == ' ')
			space = (size_t)(p - q);
		p += k;
	}
	if (*p == '\0')
		return q;
	cut = (size_t)(p - q);
	/* Cut at the last space when it keeps most of the quote. */
	if (space > cut * 2 / 3)
		cut = space;
	while (cut > 0 && (q[cut - 1] == ' ' || q[cut - 1] == ',' ||
	    q[cut - 1] == ';' || q[cut - 1] == ':'))
		cut--;
	return pl_arena_printf(a, "%.*s…", (int)cut, q);
}

static const char *
lookup(const char *name, size_t n, const struct pl_var *vars, size_t nvars)
{
	for (size_t i = 0; i < nvars; i++)
		if (strlen(vars[i].name) == n &&
		    memcmp(vars[i].name, name, n) == 0)
			return vars[i].value != NULL ? vars[i].value : "";
	return NULL;
}

/* Replaces {name} in t by the value of var name; unknown ones stay. */
static const char *
render(struct pl_arena *a, const char *t, const struct pl_var *vars,
    size_t nvars)
{
	struct pl_buf b = { 0 };
	const char *p, *e, *v;
	char *s;

	if (t == NULL)
		return NULL;
	for (p = t; *p != '\0'; p++) {
		if (*p == '{' && (e = strchr(p + 1, '}')) != NULL &&
		    (v = lookup(p + 1, (size_t)(e - p - 1), vars, nvars)) !=
		    NULL) {
			pl_buf_adds(&b, v);
			p = e;
		} else
			pl_buf_addc(&b, *p);
	}
	s = pl_arena_strdup(a, b.s != NULL ? b.s : "");
	pl_buf_free(&b);
	return s;
}

#define MAX_VARS 16

struct pl_finding *
pl_emit(struct pl_ctx *ctx, const struct pl_rule *r, int task,
    struct pl_pos pos, const char *quote, const struct pl_var *vars,
    size_t nvars)
{
	struct pl_doc *doc = ctx->doc;
	struct pl_arena *a = doc->arena;
	const struct pl_task *t = NULL;
	struct pl_var all[MAX_VARS + 3];
	struct pl_finding *f;
	enum pl_lang lang = ctx->opts != NULL ? ctx->opts->lang : PL_LANG_VI;
	size_t n = 0;

	if (task >= 0 && (size_t)task < doc->ntasks)
		t = &doc->tasks[task];
	else
		task = -1;
	if (quote == NULL && t != NULL)
		quote = t->text;
	quote = pl_quote(a, quote, 80);
	all[n++] = (struct pl_var){ "task", t != NULL && t->id != NULL ?
	    t->id : "" };
	all[n++] = (struct pl_var){ "quote", quote != NULL ? quote : "" };
	for (size_t i = 0; i < nvars && i < MAX_VARS; i++)
		all[n++] = vars[i];

	f = pl_doc_add_finding(doc);
	f->rule = pl_arena_strdup(a, r->id);
	f->severity = r->severity;
	f->pos = pos.line == 0 && t != NULL ? t->pos : pos;
	pl_doc_locate(doc, &f->pos);	/* page, table cell of a .docx/PDF */
	f->task = task;
	f->message = render(a, r->message[lang] != NULL ? r->message[lang] :
	    r->message[PL_LANG_VI], all, n);
	f->hint = render(a, r->hint[lang] != NULL ? r->hint[lang] :
	    r->hint[PL_LANG_VI], all, n);
	f->quote = quote;
	if (t != NULL && doc->sixro != NULL)
		doc->sixro[task] &= ~r->sixro;
	return f;
}

/* ---- Task fields ---- */

static const char *const field_names[] = {
	[PL_F_TEXT] = "text",
	[PL_F_LEAD] = "lead",
	[PL_F_COORD] = "coordinators",
	[PL_F_DIRECTING] = "directing",
	[PL_F_MEASURES] = "measures",
	[PL_F_DEADLINE] = "deadline",
	[PL_F_PRODUCT] = "product",
};

int
pl_field_parse(const char *name, enum pl_field *out)
{
	for (size_t i = 0; i < PL_NELEM(field_names); i++)
		if (strcmp(name, field_names[i]) == 0) {
			*out = (enum pl_field)i;
			return 0;
		}
	return -1;
}

unsigned
pl_field_cell(enum pl_field f)
{
	switch (f) {
	case PL_F_TEXT:
		return PL_CELL_TEXT;
	case PL_F_LEAD:
		return PL_CELL_LEAD;
	case PL_F_COORD:
		return PL_CELL_COORD;
	case PL_F_DIRECTING:
		return PL_CELL_DIRECTING;
	case PL_F_MEASURES:
		return PL_CELL_MEASURES;
	case PL_F_DEADLINE:
		return PL_CELL_DEADLINE;
	case PL_F_PRODUCT:
		return PL_CELL_PRODUCT;
	}
	return 0;
}

static const char *
nonblank(const char *s)
{
	size_t n;

	if (s == NULL)
		return NULL;
	pl_trim(s, strlen(s), &n);
	return n > 0 ? s : NULL;
}

static const char *
join(struct pl_doc *doc, const struct pl_strlist *l)
{
	struct pl_buf b = { 0 };
	const char *s;

	for (size_t i = 0; i < l->n; i++) {
		if (nonblank(l->v[i]) == NULL)
			continue;
		if (b.len > 0)
			pl_buf_adds(&b, "; ");
		pl_buf_adds(&b, l->v[i]);
	}
	s = b.len > 0 ? pl_arena_strdup(doc->arena, b.s) : NULL;
	pl_buf_free(&b);
	return s;
}

const char *
pl_task_field(struct pl_doc *doc, const struct pl_task *t, enum pl_field f)
{
	const char *s;

	switch (f) {
	case PL_F_TEXT:
		return nonblank(t->text);
	case PL_F_LEAD:
		return (s = nonblank(t->lead_raw)) != NULL ? s :
		    join(doc, &t->lead);
	case PL_F_COORD:
		return (s = nonblank(t->coord_raw)) != NULL ? s :
		    join(doc, &t->coordinators);
	case PL_F_DIRECTING:
		return join(doc, &t->directing);
	case PL_F_MEASURES:
		return nonblank(t->measures);
	case PL_F_DEADLINE:
		return nonblank(t->deadline.text);
	case PL_F_PRODUCT:
		return nonblank(t->product);
	}
	return NULL;
}

/* ---- The run ---- */

static int
cmp_finding(const void *pa, const void *pb)
{
	const struct pl_finding *a = pa, *b = pb;
	int c;

	if (a->pos.line != b->pos.line)
		return a->pos.line < b->pos.line ? -1 : 1;
	if (a->pos.col != b->pos.col)
		return a->pos.col < b->pos.col ? -1 : 1;
	if ((c = strcmp(a->rule, b->rule)) != 0)
		return c;
	if (a->task != b->task)
		return a->task < b->task ? -1 : 1;
	if (a->pos.end_line != b->pos.end_line)
		return a->pos.end_line < b->pos.end_line ? -1 : 1;
	return strcmp(a->message != NULL ? a->message : "",
	    b->message != NULL ? b->message : "");
}

static const struct pl_rule_override *
find_override(const struct pl_check_opts *o, const char *id)
{
	for (size_t i = 0; i < o->noverrides; i++)
		if (strcmp(o->overrides[i].id, id) == 0)
			return &o->overrides[i];
	return NULL;
}

/*
 * Applies the run's overrides to doc's findings from index `from` on:
 * by the finding's own rule id, since a kind may emit under a sibling
 * rule (abbrev.undefined under its legend rule).
 */
static void
apply_overrides(const struct pl_check_opts *o, struct pl_doc *doc,
    size_t from)
{
	const struct pl_rule_override *ov;
	size_t k = from;

	if (o->noverrides == 0)
		return;
	for (size_t i = from; i < doc->nfindings; i++) {
		ov = find_override(o, doc->findings[i].rule);
		if (ov != NULL && ov->off)
			continue;
		if (ov != NULL)
			doc->findings[i].severity = ov->severity;
		if (k != i)
			doc->findings[k] = doc->findings[i];
		k++;
	}
	doc->nfindings = k;
}

static bool
rule_off(const struct pl_check_opts *o, const struct pl_rule *r)
{
	const struct pl_rule_override *ov = find_override(o, r->id);

	return ov != NULL && ov->off;
}

static int
check_doc(struct pl_ctx *ctx, struct pl_doc *doc)
{
	const struct pl_ruleset *rs = ctx->rs;

	ctx->doc = doc;
	ctx->date = doc->meta.date.y != 0 ? doc->meta.date :
	    ctx->opts->as_of;
	doc->sixro = pl_arena_alloc(doc->arena,
	    (doc->ntasks + 1) * sizeof(unsigned));
	for (size_t i = 0; i < doc->ntasks; i++)
		doc->sixro[i] = pl_sixro_task(doc, &doc->tasks[i]);
	for (size_t i = 0; i < rs->nrules; i++) {
		const struct pl_rule *r = &rs->rules[i];
		size_t before = doc->nfindings;

		if (r->kind->check == NULL || rule_off(ctx->opts, r))
			continue;
		if (r->kind->check(r, ctx) == -1)
			return -1;
		apply_overrides(ctx->opts, doc, before);
	}
	return 0;
}

static void
sort_all(struct pl_ctx *ctx)
{
	for (size_t i = 0; i < ctx->ndocs; i++)
		if (ctx->docs[i]->nfindings > 1)
			qsort(ctx->docs[i]->findings, ctx->docs[i]->nfindings,
			    sizeof(struct pl_finding), cmp_finding);
}

/* The cross-document rules, then every document's findings sorted. */
static int
check_set(struct pl_ctx *ctx)
{
	const struct pl_ruleset *rs = ctx->rs;
	size_t *before = pl_xcalloc(ctx->ndocs + 1, sizeof(*before));
	int rc = 0;

	for (size_t i = 0; i < rs->nrules && rc == 0; i++) {
		const struct pl_rule *r = &rs->rules[i];

		if (r->kind->check_set == NULL || rule_off(ctx->opts, r))
			continue;
		for (size_t d = 0; d < ctx->ndocs; d++)
			before[d] = ctx->docs[d]->nfindings;
		ctx->doc = NULL;
		rc = r->kind->check_set(r, ctx);
		for (size_t d = 0; d < ctx->ndocs; d++)
			apply_overrides(ctx->opts, ctx->docs[d], before[d]);
	}
	free(before);
	sort_all(ctx);
	return rc;
}

int
pl_check_docs(const struct pl_ruleset *rs, struct pl_doc *const *docs,
    size_t n, const struct pl_check_opts *opts, struct pl_err *err)
{
	struct pl_check_opts defaults = { 0 };
	struct pl_ctx ctx;
	int rc = 0;

	pl_ctx_init(&ctx, rs, opts != NULL ? opts : &defaults, err);
	ctx.docs = docs;
	ctx.ndocs = n;
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = check_doc(&ctx, docs[i]);
	if (rc == 0)
		rc = check_set(&ctx);
	else
		sort_all(&ctx);
	pl_ctx_fini(&ctx);
	return rc;
}

int
pl_check_doc(const struct pl_ruleset *rs, struct pl_doc *doc,
    const struct pl_check_opts *opts, struct pl_err *err)
{
	struct pl_check_opts defaults = { 0 };
	struct pl_ctx ctx;
	int rc;

	pl_ctx_init(&ctx, rs, opts != NULL ? opts : &defaults, err);
	ctx.docs = &doc;
	ctx.ndocs = 1;
	rc = check_doc(&ctx, doc);
	pl_ctx_fini(&ctx);
	return rc;
}

int
pl_check_set(const struct pl_ruleset *rs, struct pl_doc *const *docs,
    size_t n, const struct pl_check_opts *opts, struct pl_err *err)
{
	struct pl_check_opts defaults = { 0 };
	struct pl_ctx ctx;
	int rc;

	pl_ctx_init(&ctx, rs, opts != NULL ? opts : &defaults, err);
	ctx.docs = docs;
	ctx.ndocs = n;
	rc = check_set(&ctx);
	pl_ctx_fini(&ctx);
	return rc;
}
