/*
 * rules.h: the rule stage, its whole interface.  Loads YAML rule packs
 * into a read-only rule set, runs the rules over a set of documents
 * (findings and the 06 rõ scorecard are written into each document) and
 * describes the rules for `planlint rules` and `planlint explain`.
 */
#ifndef PL_RULES_H
#define PL_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "../model/model.h"

struct pl_ruleset;

/*
 * Loads every *.yaml / *.yml pack in each of the ndirs directories, in
 * order (files of one directory in byte order of their names).  A rule id
 * given again in a later pack replaces the earlier rule, so a user pack
 * can override a shipped one.  Returns 0 and a new rule set in *out (free
 * with pl_ruleset_free), or -1 with err naming file:line:col and, when
 * known, the rule id (bad YAML, unknown key or kind, bad severity, a
 * regular expression that does not compile).
 */
int pl_ruleset_load(const char *const *dirs, size_t ndirs,
    struct pl_ruleset **out, struct pl_err *err);
/* The same for one pack in memory; `file` names it in errors. */
int pl_ruleset_load_bytes(const char *file, const char *bytes, size_t n,
    struct pl_ruleset **out, struct pl_err *err);
void pl_ruleset_free(struct pl_ruleset *rs);

/*
 * A rule's setting for one run (a .planlint.yaml `rules:` entry): off
 * (the rule is not run, so it takes nothing from the 06 rõ scorecard), or
 * the severity every finding of the rule takes, whatever the kind chose.
 */
struct pl_rule_override {
	const char		*id;
	bool			 off;
	enum pl_severity	 severity;
};

struct pl_check_opts {
	enum pl_lang	 lang;	/* language of the rendered messages */
	struct pl_date	 as_of;	/* date for documents without one; y == 0: none */
	/* By rule id; the rule set itself is never changed.  NULL: none. */
	const struct pl_rule_override	*overrides;
	size_t				 noverrides;
};

/*
 * Runs every rule over docs[0..n): appends findings to each document
 * (sorted by line, column, rule id), fills doc->sixro (one PL_SIXRO_* set
 * per task) and runs the cross-document rules over the whole set.  The
 * rule set is only read.  Returns 0, or -1 with err when a rule cannot be
 * run (a pattern that exceeds its match limit: err names the rule, its
 * pack and the document line).
 */
int pl_check_docs(const struct pl_ruleset *rs, struct pl_doc *const *docs,
    size_t n, const struct pl_check_opts *opts, struct pl_err *err);

/*
 * pl_check_docs in two steps, for checking documents in parallel: first
 * pl_check_doc on each document (any thread; each call has its own PCRE2
 * scratch and writes only into doc), then pl_check_set once over the
 * whole set, in one thread: it runs the cross-document rules and sorts
 * every document's findings.  The same documents in the same order give
 * the same findings as pl_check_docs.  Both return 0, or -1 with err as
 * pl_check_docs.
 */
int pl_check_doc(const struct pl_ruleset *rs, struct pl_doc *doc,
    const struct pl_check_opts *opts, struct pl_err *err);
int pl_check_set(const struct pl_ruleset *rs, struct pl_doc *const *docs,
    size_t n, const struct pl_check_opts *opts, struct pl_err *err);

/* ---- The target matrix (`planlint targets`) ---- */

/*
 * Fills *out with the targets (chỉ tiêu) of docs[0..n) side by side,
 * judged by the code of the target rules: a row per indicator (registry
 * entry, or a name matched by name), year or period and place, ordered
 * by registry order, then name, year and place; a cell per document in
 * the order given.  A cell's status is the worst verdict of the pairs the
 * target rules compare it in (target.mismatch: differs; a unit slip or an
 * implausible figure: unit).  Labels are in lang.  The documents are only
 * read and must outlive *out; free it with pl_matrix_free.  Returns 0, or
 * -1 with err when rs has no target rule (PL_E_RULE) or a registry
 * pattern hit its match limit.
 */
int pl_targets_matrix(const struct pl_ruleset *rs, struct pl_doc *const *docs,
    size_t n, enum pl_lang lang, struct pl_matrix *out, struct pl_err *err);
void pl_matrix_free(struct pl_matrix *m);

/* ---- Describing rules ---- */

struct pl_rule_example {
	const char	*bad;	/* text that the rule reports; NULL when none */
	const char	*good;	/* the corrected text; NULL when none */
	const char	*note;	/* in the requested language; NULL */
};

struct pl_rule_info {
	const char			*id;
	enum pl_severity		 severity;
	const char			*applies_to;	/* task, target, citation, document */
	const char			*kind;
	const char			*file;	/* the pack it came from */
	int				 line;
	const char			*summary;	/* one line, the requested language */
	const char			*description;
	const char			*hint;
	const struct pl_rule_example	*examples;
	size_t				 nexamples;
};

size_t pl_ruleset_count(const struct pl_ruleset *rs);
/* Rule i (in id order) described in language lang; pointers live in the
 * rule set. */
void pl_ruleset_info(const struct pl_ruleset *rs, size_t i,
    enum pl_lang lang, struct pl_rule_info *out);
/* Index of the rule with this id, or -1. */
int pl_ruleset_find(const struct pl_ruleset *rs, const char *id);

#endif /* PL_RULES_H */
