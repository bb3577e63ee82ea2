/*
 * rules_int.h: interfaces between the files of the rule stage.  Not for
 * other stages: they see rules.h only.
 *
 * pack.c reads YAML packs into a tree of struct pl_yval kept in the rule
 * set's arena, and turns each item of `rules:` into a struct pl_rule whose
 * kind comes from the kind table in check.c.  Each kind (kind_*.c) has one
 * prepare function, run once at load time (validates parameters, compiles
 * patterns, stores its state in rule->data), and check functions run per
 * document (check) or once over the whole set (check_set).  After loading
 * the rule set is read-only; per-run scratch (PCRE2 match data) lives in
 * struct pl_ctx, so workers never share mutable state.
 */
#ifndef PL_RULES_INT_H
#define PL_RULES_INT_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "rules.h"

/* ---- YAML values (ytree.c), kept in the rule set arena ---- */

enum pl_ytype {
	PL_Y_SCALAR,
	PL_Y_SEQ,
	PL_Y_MAP,
};

struct pl_yval {
	enum pl_ytype	 type;
	const char	*str;	/* PL_Y_SCALAR: the text (never NULL) */
	bool		 plain;	/* scalar written without quotes */
	const char	**keys;	/* PL_Y_MAP: keys, parallel to v */
	struct pl_yval	*v;	/* PL_Y_SEQ items; PL_Y_MAP values */
	size_t		 n;
	const char	*file;	/* the pack */
	int		 line;	/* 1-based, from libyaml's start mark */
	int		 col;
};

/*
 * ytree.c: parses bytes (one YAML document; none gives an empty map) into
 * *root, every node and string in arena a, file naming them.  Returns 0,
 * or -1 with err at libyaml's file:line:col (PL_E_YAML).
 */
int pl_ytree_parse(struct pl_arena *a, const char *file, const char *bytes,
    size_t n, struct pl_yval *root, struct pl_err *err);

/* The value of key in map m, or NULL (also when m is NULL or no map). */
const struct pl_yval *pl_y_get(const struct pl_yval *m, const char *key);
/* The text of a scalar, or def when v is NULL or not a scalar. */
const char *pl_y_str(const struct pl_yval *v, const char *def);
/* true for a scalar "true"/"yes"/"on", false for "false"/"no"/"off",
 * def otherwise. */
bool pl_y_bool(const struct pl_yval *v, bool def);
/*
 * Checks that m is a map whose keys are all in keys (NULL-terminated).
 * Returns 0, or -1 with err (PL_E_RULE) at m or at the unknown key,
 * worded "WHERE: unknown key 'k' in WHAT" (where: the registry, e.g.
 * "agencies"; what: the part, e.g. "an entry").
 */
int pl_y_check_keys(const struct pl_yval *m, const char *const *keys,
    const char *where, const char *what, struct pl_err *err);
/* A text or {vi, en} into t[2], English falling back to Vietnamese; for
 * texts in a kind's params (pack.c validates a rule's own texts). */
void pl_y_lang(const struct pl_yval *v, const char *t[2]);

/* ---- Rules ---- */

enum pl_applies {
	PL_APPLY_TASK,
	PL_APPLY_TARGET,
	PL_APPLY_CITATION,
	PL_APPLY_DOCUMENT,
};

struct pl_kind;

struct pl_rule {
	const char		*id;
	enum pl_severity	 severity;
	enum pl_applies		 applies_to;
	const struct pl_kind	*kind;
	const char		*file;	/* pack file, for errors */
	int			 line;	/* the rule's "- id:" item */
	int			 col;
	const char		*message[2];	/* by enum pl_lang; [EN] may be NULL */
	const char		*hint[2];
	const char		*summary[2];
	const char		*description[2];
	struct pl_rule_example	*examples;
	size_t			 nexamples;
	/* A finding of this rule on a task means the task fails these
	 * PL_SIXRO_* elements of the scorecard (key `sixro:` in the pack). */
	unsigned		 sixro;
	const struct pl_yval	*params;	/* the `params:` map, or NULL */
	const struct pl_yval	*node;	/* the whole rule map */
	void			*data;	/* the kind's prepared state, in the arena */
};

/*
 * A kind of rule: one row per kind in check.c's table.  `params` lists the
 * keys allowed under the rule's `params:` map (NULL-terminated; pack.c
 * rejects any other key).  prepare validates them, compiles patterns and
 * sets rule->data; it returns 0 or -1 with err (use pl_rule_err).  The
 * rule it gets may be a copy that moves later: keep no pointer to it (a
 * struct pl_re keeps the id it needs).  check is
 * run once per document, check_set once over all the documents; either may
 * be NULL.  Both return 0, or -1 with ctx->err filled.
 */
struct pl_ruleset;
struct pl_ctx;

typedef int (*pl_prepare_fn)(struct pl_rule *r, struct pl_ruleset *rs,
    struct pl_err *err);
typedef int (*pl_check_fn)(const struct pl_rule *r, struct pl_ctx *ctx);

struct pl_kind {
	const char		*name;
	const char *const	*params;
	pl_prepare_fn		 prepare;
	pl_check_fn		 check;
	pl_check_fn		 check_set;
};

/* A named data block from a pack's top-level `data:` map, e.g. the agency
 * registry.  Blocks with the same name in several packs are all kept, in
 * load order, so a user pack can extend a shipped registry. */
struct pl_datablock {
	const char		*name;
	const struct pl_yval	*val;
};

struct pl_ruleset {
	struct pl_arena		*arena;
	struct pl_rule		*rules;	/* sorted by id after loading */
	size_t			 nrules, caprules;
	struct pl_datablock	*data;
	size_t			 ndata, capdata;
	/* Compiled patterns, freed with the rule set. */
	pcre2_code		**codes;
	size_t			 ncodes, capcodes;
};

/* check.c: the kind with this name, or NULL. */
const struct pl_kind *pl_kind_find(const char *name);

/*
 * Fills err with code at the position of v (or of the rule when v is
 * NULL), the detail starting with the rule id: "[task.x] bad field".
 * Returns -1.
 */
int pl_rule_err(const struct pl_rule *r, const struct pl_yval *v,
    struct pl_err *err, enum pl_errcode code, const char *fmt, ...)
    PL_PRINTF(5, 6);

/* Iterates over the data blocks named name, in load order: start with
 * *iter = 0; returns the next block's value and advances *iter, or NULL
 * when there are no more. */
const struct pl_yval *pl_ruleset_data(const struct pl_ruleset *rs,
    const char *name, size_t *iter);
/* The number of data blocks named name. */
size_t pl_ruleset_count_data(const struct pl_ruleset *rs, const char *name);
/*
 * The prepared state (rule->data) of an earlier rule of r's kind for
 * which same(data, arg) holds, or NULL: rules of one kind share what one
 * of them built (a registry) instead of building it again.
 */
const void *pl_rule_earlier(const struct pl_ruleset *rs,
    const struct pl_rule *r, bool (*same)(const void *data, const void *arg),
    const void *arg);
/*
 * A copy of r, in the ruleset's arena, whose message and hint are the
 * params msg_key and hint_key (a kind's second wording for a special
 * case), or NULL when params has no msg_key.
 */
struct pl_rule *pl_rule_variant(struct pl_ruleset *rs,
    const struct pl_rule *r, const char *msg_key, const char *hint_key);

/* ---- The per-run context ---- */

struct pl_ctx {
	const struct pl_ruleset		*rs;
	const struct pl_check_opts	*opts;
	struct pl_doc			*doc;	/* the document being checked */
	struct pl_date			 date;	/* doc's date, else opts->as_of */
	struct pl_doc *const		*docs;	/* the whole set (check_set) */
	size_t				 ndocs;
	pcre2_match_data		*md;	/* scratch, owned by the worker */
	pcre2_match_context		*mctx;	/* match and depth limits */
	struct pl_err			*err;
};

/* Placeholders for messages: {name} is replaced by value. */
struct pl_var {
	const char	*name;
	const char	*value;
};

/*
 * Appends a finding of rule r to ctx->doc: the message and hint rendered
 * in ctx->opts->lang (Vietnamese when the rule has no English text), with
 * {task} (task id), {quote} (quote shortened to about 80 characters with
 * "…") and each of vars[0..nvars) substituted.  task is an index in
 * doc->tasks or -1; pos.line 0 takes the task's position.  A finding on a
 * task also clears the rule's sixro bits in doc->sixro[task].
 * Returns the finding, so callers can add related locations or change
 * its severity; the pointer is valid until the next finding is added
 * (keep an index into doc->findings instead).
 */
struct pl_finding *pl_emit(struct pl_ctx *ctx, const struct pl_rule *r,
    int task, struct pl_pos pos, const char *quote,
    const struct pl_var *vars, size_t nvars);

/* "Sở Xây dựng chủ trì cùng các Sở: Giao thông…": s cut to at most max
 * code points (at a word boundary when possible) plus "…", white space
 * squashed; in the arena. */
const char *pl_quote(struct pl_arena *a, const char *s, size_t max);

/* ---- Task fields by name (check.c), for kinds with a `field:` param ---- */

enum pl_field {
	PL_F_TEXT,
	PL_F_LEAD,		/* lead_raw, else the lead list joined */
	PL_F_COORD,
	PL_F_DIRECTING,
	PL_F_MEASURES,
	PL_F_DEADLINE,		/* the deadline text */
	PL_F_PRODUCT,
};

/* "text", "lead", "coordinators", "directing", "measures", "deadline",
 * "product": 0 and *out, or -1. */
int pl_field_parse(const char *name, enum pl_field *out);
/* The field's text in t, or NULL when empty; lists joined with "; " in
 * the document's arena. */
const char *pl_task_field(struct pl_doc *doc, const struct pl_task *t,
    enum pl_field f);
/* The PL_CELL_* bit of a field's table column (0 for none). */
unsigned pl_field_cell(enum pl_field f);

/* ---- Patterns (re.c): PCRE2 with UTF, UCP, JIT and limits ---- */

struct pl_re {
	pcre2_code	*code;
	const char	*src;
	const char	*rule_id;	/* for errors (rules move while loading) */
	const char	*file;
	int		 line;	/* of the pattern in its pack */
	int		 col;
};

/*
 * Compiles the scalar v of rule r (UTF | UCP, caseless unless
 * case_sensitive), JIT-compiled when available; the code is owned by rs.
 * Returns 0 with *out in the arena, or -1 with err at v's file:line:col
 * naming the rule and PCRE2's message.
 */
int pl_re_compile(struct pl_ruleset *rs, const struct pl_rule *r,
    const struct pl_yval *v, bool case_sensitive, struct pl_re **out,
    struct pl_err *err);
/*
 * Searches s[start..n) for re.  Returns 1 and the match's byte offsets in
 * *ms, *me (when non-NULL), 0 when there is none, -1 when the match or
 * depth limit was hit (ctx->err names the rule, its pack and `where`, the
 * document line).
 */
int pl_re_search(struct pl_ctx *ctx, const struct pl_re *re, const char *s,
    size_t n, size_t start, size_t *ms, size_t *me, int where);
/* The text of capture group g of the last successful search, in the
 * document's arena, or NULL. */
const char *pl_re_group(struct pl_ctx *ctx, const char *s, int g);

/* Sets up and frees ctx->md and ctx->mctx (check.c does it per worker). */
void pl_ctx_init(struct pl_ctx *ctx, const struct pl_ruleset *rs,
    const struct pl_check_opts *opts, struct pl_err *err);
void pl_ctx_fini(struct pl_ctx *ctx);

/* ---- Kind entry points (one per file, one row in check.c) ---- */

/* kind_required.c: a task field that must be present. */
extern const struct pl_kind pl_kind_required;
/* kind_pattern.c: patterns over a task field, the text or citations. */
extern const struct pl_kind pl_kind_pattern;
/* kind_deadline.c: deadline classes from ingestion. */
extern const struct pl_kind pl_kind_deadline;
/* kind_leads.c: one lead per task; leads that are requests. */
extern const struct pl_kind pl_kind_leads;
/* kind_format.c: citation symbol format. */
extern const struct pl_kind pl_kind_format;
/* kind_count.c: declared counts against the items that follow. */
extern const struct pl_kind pl_kind_count;
/* kind_table.c: table rows missing trailing cells. */
extern const struct pl_kind pl_kind_table;
/* crossplan.c: the same document cited differently. */
extern const struct pl_kind pl_kind_consistency;
/* kind_agency.c (helper "registry"): lexicon of agencies and places with
 * validity dates.  More kinds of that file may be declared here. */
extern const struct pl_kind pl_kind_agency;
/* kind_target.c (helpers indicator.c, quantity.c): chỉ tiêu compared
 * within a plan and across plans. */
extern const struct pl_kind pl_kind_target;

/* kind_input.c: facts about the file: unaccepted tracked changes. */
extern const struct pl_kind pl_kind_input;

/* sixro.c: the scorecard bits of task t from its fields alone. */
unsigned pl_sixro_task(const struct pl_doc *doc, const struct pl_task *t);

#endif /* PL_RULES_INT_H */
