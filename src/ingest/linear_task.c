/*
 * linear_task.c: the rows of a linearized table into sections and tasks
 * (method in linear.c, step 5): group and sub-group rows become nested
 * sections, vertically merged measures and deadline cells are shared
 * with the rows they span, and each task row becomes a task.
 */
#include <string.h>

#include "linear.h"

static int
column(const struct pl_ltab *t, enum pl_lkind k)
{
	for (int c = 0; c < t->h.ncols; c++)
		if (t->h.kind[c] == (int)k)
			return c;
	return -1;
}

static int
add_section(struct pl_doc *doc, int parent, const char *id,
    const char *label, const char *title, size_t line)
{
	struct pl_section *s = pl_doc_add_section(doc);
	const struct pl_section *ps = parent >= 0 ? &doc->sections[parent] :
	    NULL;

	s->id = id;
	s->label = pl_arena_strdup(doc->arena, label);
	s->title = pl_arena_strdup(doc->arena, title);
	s->line = doc->text.lines[line].orig;
	s->parent = parent;
	s->depth = ps != NULL ? ps->depth + 1 : 0;
	s->kind = ps != NULL ? ps->kind : PL_SEC_APPENDIX;
	s->specific = ps != NULL && ps->specific;
	return (int)(doc->nsections - 1);
}

static const char *
part_text(struct pl_ltab *t, const struct pl_lrow *it)
{
	struct pl_buf b = { 0 };
	char *r;

	for (size_t u = 0; u < it->parts[0].n; u++)
		pl_linear_join(&b, it->parts[0].u[u].s, it->parts[0].u[u].n);
	r = pl_squash_space(t->tmp, b.s != NULL ? b.s : "", b.len);
	pl_buf_free(&b);
	return r;
}

/* Creates the group and sub-group sections; sets each row's section. */
static void
sections(struct pl_ltab *t, int base)
{
	struct pl_doc *doc = t->doc;
	const char *root = base >= 0 ? pl_section_path(doc, base) : "PL";
	int group = base, sub = -1;

	for (size_t r = 0; r < t->nit; r++) {
		struct pl_lrow *it = &t->it[r];

		if (it->group) {
			group = add_section(doc, base, pl_arena_printf(
			    doc->arena, "%s/%s", root, it->num), it->num,
			    it->title, it->line);
			sub = -1;
			it->section = group;
			it->path = doc->sections[group].id;
			continue;
		}
		if (sub >= 0 && !(it->ncomp > t->it[sub].ncomp &&
		    memcmp(it->comp, t->it[sub].comp, sizeof(int) *
		    (size_t)t->it[sub].ncomp) == 0))
			sub = -1;
		if (it->sub) {
			it->section = add_section(doc, group,
			    pl_arena_printf(doc->arena, "%s/%s",
			    group >= 0 ? doc->sections[group].id : root,
			    it->num), it->num, part_text(t, it), it->line);
			sub = (int)r;
			continue;
		}
		it->section = sub >= 0 ? t->it[sub].section : group;
		it->path = group >= 0 && group != base ?
		    doc->sections[group].id : root;
	}
}

static bool
finished(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && strchr(".!?", s[n - 1]) != NULL;
}

/* A cell that does not start like one: it continues a cut merged cell. */
static bool
continues(const char *s)
{
	return !starts_upper(s, strlen(s)) && strchr("-+*", s[0]) == NULL;
}

static bool
same_text(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strlen(a) == strlen(b) && pl_istarts_with(a, b);
}

/* Vertically merged measures and deadline cells (method, step 5). */
static void
merge_cells(struct pl_ltab *t)
{
	int cm = column(t, PL_LK_MEAS), cd = column(t, PL_LK_DEADLINE);
	int cl = column(t, PL_LK_LEAD), prev = -1, cols[2] = { cm, cd };
	size_t run = 0;

	if (cm < 0 && cd < 0)
		return;
	for (size_t r = 0; r < t->nit; r++) {
		struct pl_lrow *it = &t->it[r], *o;

		it->owner = -1;
		if (it->group || it->sub) {
			prev = -1;
			continue;
		}
		o = prev >= 0 ? &t->it[prev] : NULL;
		if (o != NULL && cm >= 0 && it->cell[cm] != NULL &&
		    o->cell[cm] != NULL && !finished(o->cell[cm]) &&
		    continues(it->cell[cm]) &&
		    (cd < 0 || it->cell[cd] == NULL)) {
			o->cell[cm] = pl_arena_printf(t->doc->arena, "%s %s",
			    o->cell[cm], it->cell[cm]);
			it->cell[cm] = NULL;
			it->present &= ~PL_CELL_MEASURES;
			it->owner = o->owner >= 0 ? o->owner : prev;
		}
		prev = (int)r;
	}
	for (size_t r = 0; r < t->nit; r++) {
		struct pl_lrow *it = &t->it[r];
		bool has = false;

		if (it->group || it->sub) {
			run = r + 1;
			continue;
		}
		for (int k = 0; k < 2; k++)
			has |= cols[k] >= 0 && it->cell[cols[k]] != NULL;
		if (!has || it->owner >= 0)
			continue;
		for (size_t q = run; q < t->nit; q++) {
			struct pl_lrow *g = &t->it[q];

			if (q == r || g->group || g->sub)
				continue;
			if (q > r && g->owner != (int)r)
				break;
			if (q < r && (cl < 0 || !same_text(g->cell[cl],
			    it->cell[cl])))
				continue;
			for (int k = 0; k < 2; k++) {
				int c = cols[k];

				if (c >= 0 && it->cell[c] != NULL &&
				    g->cell[c] == NULL) {
					g->cell[c] = it->cell[c];
					g->shared |= kind_bit(t->h.kind[c]);
				}
			}
		}
		run = r + 1;
	}
}

static void
make_tasks(struct pl_ltab *t, int table)
{
	struct pl_doc *doc = t->doc;
	int ct = column(t, PL_LK_TEXT), cl = column(t, PL_LK_LEAD);
	int cc = column(t, PL_LK_COORD), cx = column(t, PL_LK_DIRECT);
	int cm = column(t, PL_LK_MEAS), cd = column(t, PL_LK_DEADLINE);
	int cp = column(t, PL_LK_PRODUCT), nrow = 0;
	bool parts;

	for (size_t r = 0; r < t->nit; r++) {
		struct pl_lrow *it = &t->it[r];
		struct pl_task *k;

		if (it->group || it->sub)
			continue;
		k = pl_doc_add_task(doc);
		k->id = pl_arena_printf(doc->arena, "%s/%s", it->path, it->num);
		k->source = PL_SRC_LINEAR;
		k->pos.line = doc->text.lines[it->line].orig;
		k->pos.end_line = doc->text.lines[it->last].orig;
		k->pos.col = 1;
		k->pos.table = table + 1;
		k->pos.row = ++nrow;
		k->section = it->section;
		k->table = table;
		k->columns = doc->tables[table].columns;
		k->present = it->present;
		k->shared = it->shared;
		k->text = ct >= 0 ? it->cell[ct] : NULL;
		if (cl >= 0 && (k->lead_raw = it->cell[cl]) != NULL)
			pl_agency_split(doc, k->lead_raw, &k->lead,
			    &k->parts);
		if (cc >= 0 && (k->coord_raw = it->cell[cc]) != NULL)
			pl_agency_split(doc, k->coord_raw, &k->coordinators,
			    &parts);
		if (cx >= 0 && it->cell[cx] != NULL)
			pl_agency_split(doc, it->cell[cx], &k->directing,
			    &parts);
		k->measures = cm >= 0 ? it->cell[cm] : NULL;
		k->product = cp >= 0 ? it->cell[cp] : NULL;
		pl_deadline_parse(doc->arena, cd >= 0 ? it->cell[cd] : NULL,
		    &k->deadline);
	}
}

void
pl_linear_tasks(struct pl_ltab *t, int base, int table)
{
	sections(t, base);
	merge_cells(t);
	make_tasks(t, table);
}
