/*
 * re.c: the PCRE2 wrapper of the rule stage.  Patterns are compiled once
 * at load time (UTF, UCP, JIT when available) and matched under match,
 * depth and heap limits, so a catastrophic pattern ends in an error that
 * names its rule instead of a hang.
 */
#include <string.h>

#include "rules_int.h"

/*
 * Limits per match.  A rule pattern runs on one field or line (rarely more
 * than a few thousand characters); an honest pattern needs far fewer
 * steps, while (a+)+$ on 40 a's needs billions.
 */
#define MATCH_LIMIT	1000000
#define DEPTH_LIMIT	10000
#define HEAP_LIMIT	(20 * 1024)	/* KiB */
#define OVECTOR_PAIRS	32

int
pl_re_compile(struct pl_ruleset *rs, const struct pl_rule *r,
    const struct pl_yval *v, bool case_sensitive, struct pl_re **out,
    struct pl_err *err)
{
	uint32_t flags = PCRE2_UTF | PCRE2_UCP;
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	pcre2_code *code;
	struct pl_re *re;
	int ec;

	if (v == NULL || v->type != PL_Y_SCALAR || v->str[0] == '\0')
		return pl_rule_err(r, v, err, PL_E_RULE,
		    "a pattern must be a non-empty text");
	if (!case_sensitive)
		flags |= PCRE2_CASELESS;
	code = pcre2_compile((PCRE2_SPTR)v->str, PCRE2_ZERO_TERMINATED, flags,
	    &ec, &off, NULL);
	if (code == NULL) {
		pcre2_get_error_message(ec, msg, sizeof(msg));
		return pl_rule_err(r, v, err, PL_E_REGEX,
		    "%s at character %zu of /%s/", (const char *)msg,
		    (size_t)off, v->str);
	}
	/* JIT is an optimization: without it the interpreter runs. */
	(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	*(pcre2_code **)pl_vec_push(rs->arena, &rs->codes, &rs->ncodes,
	    &rs->capcodes, sizeof(code)) = code;
	re = pl_arena_alloc(rs->arena, sizeof(*re));
	re->code = code;
	re->src = v->str;
	re->rule_id = r->id;
	re->file = v->file;
	re->line = v->line;
	re->col = v->col;
	*out = re;
	return 0;
}

void
pl_ctx_init(struct pl_ctx *ctx, const struct pl_ruleset *rs,
    const struct pl_check_opts *opts, struct pl_err *err)
{
	memset(ctx, 0, sizeof(*ctx));
	ctx->rs = rs;
	ctx->opts = opts;
	ctx->err = err;
	ctx->md = pcre2_match_data_create(OVECTOR_PAIRS, NULL);
	ctx->mctx = pcre2_match_context_create(NULL);
	if (ctx->md == NULL || ctx->mctx == NULL)
		(void)pl_xmalloc((size_t)-1);	/* aborts: out of memory */
	pcre2_set_match_limit(ctx->mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(ctx->mctx, DEPTH_LIMIT);
	pcre2_set_heap_limit(ctx->mctx, HEAP_LIMIT);
}

void
pl_ctx_fini(struct pl_ctx *ctx)
{
	pcre2_match_data_free(ctx->md);
	pcre2_match_context_free(ctx->mctx);
	ctx->md = NULL;
	ctx->mctx = NULL;
}

int
pl_re_search(struct pl_ctx *ctx, const struct pl_re *re, const char *s,
    size_t n, size_t start, size_t *ms, size_t *me, int where)
{
	const char *path = ctx->doc != NULL ? ctx->doc->path : "-";
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE *ov;
	int rc;

	if (start > n)
		return 0;
	rc = pcre2_match(re->code, (PCRE2_SPTR)s, n, start, 0, ctx->md,
	    ctx->mctx);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0) {
		bool limit = rc == PCRE2_ERROR_MATCHLIMIT ||
		    rc == PCRE2_ERROR_DEPTHLIMIT ||
		    rc == PCRE2_ERROR_HEAPLIMIT ||
		    rc == PCRE2_ERROR_JIT_STACKLIMIT;

		pcre2_get_error_message(rc, msg, sizeof(msg));
		return pl_err_set(ctx->err,
		    limit ? PL_E_REGEX_LIMIT : PL_E_REGEX, re->file, re->line,
		    re->col, "[%s] /%s/ on %s:%d: %s", re->rule_id, re->src,
		    path, where, (const char *)msg);
	}
	ov = pcre2_get_ovector_pointer(ctx->md);
	if (ms != NULL)
		*ms = ov[0];
	if (me != NULL)
		*me = ov[1];
	return 1;
}

const char *
pl_re_group(struct pl_ctx *ctx, const char *s, int g)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(ctx->md);

	if (g < 0 || (uint32_t)g >= pcre2_get_ovector_count(ctx->md) ||
	    ov[2 * g] == PCRE2_UNSET || ctx->doc == NULL)
		return NULL;
	return pl_arena_strndup(ctx->doc->arena, s + ov[2 * g],
	    ov[2 * g + 1] - ov[2 * g]);
}
