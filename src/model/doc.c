/*
 * doc.c: creating and freeing a document and appending items to it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"

struct pl_doc *
pl_doc_new(const char *path)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_doc *doc = pl_arena_alloc(a, sizeof(*doc));

	doc->arena = a;
	doc->path = pl_arena_strdup(a, path != NULL ? path : "-");
	return doc;
}

void
pl_doc_free(struct pl_doc *doc)
{
	if (doc != NULL)
		pl_arena_free(doc->arena);
}

#define ADD(fn, type, arr)						\
type *									\
fn(struct pl_doc *doc)							\
{									\
	return pl_vec_push(doc->arena, &doc->arr, &doc->n##arr,		\
	    &doc->cap##arr, sizeof(type));				\
}

ADD(pl_doc_add_section, struct pl_section, sections)
ADD(pl_doc_add_task, struct pl_task, tasks)
ADD(pl_doc_add_table, struct pl_table, tables)
ADD(pl_doc_add_target, struct pl_target, targets)
ADD(pl_doc_add_citation, struct pl_citation, citations)
ADD(pl_doc_add_abbrev, struct pl_abbrev, abbrevs)
ADD(pl_doc_add_finding, struct pl_finding, findings)

struct pl_line *
pl_doc_add_line(struct pl_doc *doc)
{
	return pl_vec_push(doc->arena, &doc->text.lines, &doc->text.n,
	    &doc->text.cap, sizeof(struct pl_line));
}

void
pl_strlist_add(struct pl_arena *a, struct pl_strlist *l, const char *s)
{
	const char **slot = pl_vec_push(a, &l->v, &l->n, &l->cap,
	    sizeof(const char *));

	*slot = s;
}

void
pl_deadline_add_milestone(struct pl_arena *a, struct pl_deadline *d,
    int year, const char *label)
{
	struct pl_milestone *m = pl_vec_push(a, &d->milestones,
	    &d->nmilestones, &d->capmilestones, sizeof(*m));

	m->year = year;
	m->label = label;
}

void
pl_finding_add_related(struct pl_arena *a, struct pl_finding *f,
    const char *path, int line, const char *note)
{
	struct pl_related *r = pl_vec_push(a, &f->related, &f->nrelated,
	    &f->caprelated, sizeof(*r));

	r->path = path;
	r->line = line;
	r->note = note;
}

const char *
pl_doc_line(const struct pl_doc *doc, int line)
{
	if (line < 1 || (size_t)line > doc->text.n)
		return "";
	return doc->text.lines[line - 1].s;
}
