/*
 * rules_test.h: helpers for the rule-stage tests: packs from strings,
 * documents built by hand, running the rules and finding results.
 */
#ifndef PL_RULES_TEST_H
#define PL_RULES_TEST_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "../../src/rules/rules.h"

/* A pack from a string; the test fails when it does not load. */
static inline struct pl_ruleset *
load_pack(const char *yaml)
{
	struct pl_ruleset *rs = NULL;
	struct pl_err err;

	if (pl_ruleset_load_bytes("t.yaml", yaml, strlen(yaml), &rs,
	    &err) == -1)
		cr_assert_fail("pack: %s:%d:%d: %s", err.file, err.line, err.col,
		    err.detail);
	return rs;
}

/* A pack that must fail; returns the error. */
static inline struct pl_err
pack_error(const char *yaml)
{
	struct pl_ruleset *rs = NULL;
	struct pl_err err;

	memset(&err, 0, sizeof(err));
	cr_assert_eq(pl_ruleset_load_bytes("t.yaml", yaml, strlen(yaml), &rs,
	    &err), -1, "the pack loaded: %s", yaml);
	cr_assert_null(rs);
	return err;
}

/* The shipped packs (tests run from the source tree's top). */
static inline struct pl_ruleset *
load_shipped(void)
{
	const char *dirs[] = { "rules" };
	struct pl_ruleset *rs = NULL;
	struct pl_err err;

	if (pl_ruleset_load(dirs, 1, &rs, &err) == -1)
		cr_assert_fail("rules/: %s:%d:%d: %s", err.file, err.line, err.col,
		    err.detail);
	return rs;
}

static inline void
add_line(struct pl_doc *doc, const char *s)
{
	struct pl_line *l = pl_doc_add_line(doc);

	l->s = pl_arena_strdup(doc->arena, s);
	l->len = strlen(s);
	l->orig = (int)doc->text.n;
}

/* A table task with every column present (override fields after). */
static inline struct pl_task *
add_row(struct pl_doc *doc, const char *id, int line, const char *text,
    const char *lead, const char *deadline, enum pl_deadline_class cls,
    const char *product)
{
	struct pl_task *t = pl_doc_add_task(doc);
	struct pl_arena *a = doc->arena;

	t->id = pl_arena_strdup(a, id);
	t->pos.line = t->pos.end_line = line;
	t->pos.col = 1;
	t->source = PL_SRC_TABLE;
	t->section = -1;
	t->table = -1;
	t->text = text != NULL ? pl_arena_strdup(a, text) : NULL;
	if (lead != NULL) {
		t->lead_raw = pl_arena_strdup(a, lead);
		pl_strlist_add(a, &t->lead, t->lead_raw);
	}
	t->coord_raw = pl_arena_strdup(a, "Các sở, ngành liên quan");
	pl_strlist_add(a, &t->coordinators, t->coord_raw);
	t->deadline.text = deadline != NULL ? pl_arena_strdup(a, deadline) :
	    NULL;
	t->deadline.cls = cls;
	t->product = product != NULL ? pl_arena_strdup(a, product) : NULL;
	t->columns = PL_CELL_NUMBER | PL_CELL_TEXT | PL_CELL_LEAD |
	    PL_CELL_COORD | PL_CELL_DEADLINE | PL_CELL_PRODUCT;
	t->present = PL_CELL_NUMBER | PL_CELL_TEXT |
	    (lead != NULL ? PL_CELL_LEAD : 0) | PL_CELL_COORD |
	    (deadline != NULL ? PL_CELL_DEADLINE : 0) |
	    (product != NULL ? PL_CELL_PRODUCT : 0);
	return t;
}

/* A complete, unremarkable row. */
static inline struct pl_task *
add_good_row(struct pl_doc *doc, const char *id, int line)
{
	return add_row(doc, id, line, "Xây dựng Đề án phát triển du lịch",
	    "Sở Văn hóa, Thể thao và Du lịch", "Quý II/2026", PL_DL_SPECIFIC,
	    "Quyết định phê duyệt Đề án");
}

static inline void
run_docs(const struct pl_ruleset *rs, struct pl_doc **docs, size_t n,
    enum pl_lang lang)
{
	struct pl_check_opts o = { .lang = lang };
	struct pl_err err;

	if (pl_check_docs(rs, docs, n, &o, &err) == -1)
		cr_assert_fail("check: %s:%d: %s", err.file, err.line, err.detail);
}

static inline void
run(const struct pl_ruleset *rs, struct pl_doc *doc)
{
	run_docs(rs, &doc, 1, PL_LANG_VI);
}

static inline int
count_rule(const struct pl_doc *doc, const char *id)
{
	int n = 0;

	for (size_t i = 0; i < doc->nfindings; i++)
		if (strcmp(doc->findings[i].rule, id) == 0)
			n++;
	return n;
}

static inline const struct pl_finding *
find_rule(const struct pl_doc *doc, const char *id)
{
	for (size_t i = 0; i < doc->nfindings; i++)
		if (strcmp(doc->findings[i].rule, id) == 0)
			return &doc->findings[i];
	return NULL;
}

/* The finding of rule id on task index task, or NULL. */
static inline const struct pl_finding *
find_on(const struct pl_doc *doc, const char *id, int task)
{
	for (size_t i = 0; i < doc->nfindings; i++)
		if (strcmp(doc->findings[i].rule, id) == 0 &&
		    doc->findings[i].task == task)
			return &doc->findings[i];
	return NULL;
}

#endif /* PL_RULES_TEST_H */
