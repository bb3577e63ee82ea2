/*
 * json.c: `planlint extract --format json`, the planlint.extract/1
 * contract: documents with meta, sections, tasks, targets, citations.
 */
#include <string.h>

#include "report.h"

static void
strlist(struct pl_jsonw *w, const char *key, const struct pl_strlist *l)
{
	pl_jw_key(w, key);
	pl_jw_arr(w);
	for (size_t i = 0; i < l->n; i++)
		pl_jw_str(w, l->v[i]);
	pl_jw_arr_end(w);
}

static void
meta(struct pl_jsonw *w, const struct pl_meta *m)
{
	pl_jw_key(w, "meta");
	pl_jw_obj(w);
	pl_jw_key(w, "kind");
	pl_jw_str(w, m->kind);
	pl_jw_key(w, "title");
	pl_jw_str(w, m->title);
	pl_jw_key(w, "issuer");
	pl_jw_str(w, m->issuer);
	pl_jw_key(w, "level");
	pl_jw_str(w, pl_level_name(m->level));
	pl_jw_key(w, "locality");
	pl_jw_str(w, m->locality);
	pl_jw_key(w, "symbol");
	pl_jw_str(w, m->symbol);
	pl_jw_key(w, "date");
	pl_jw_date(w, m->date);
	pl_jw_key(w, "party");
	pl_jw_bool(w, m->party);
	pl_jw_key(w, "sixro_declared");
	pl_jw_arr(w);
	for (unsigned bit = 1; bit < 1u << PL_SIXRO_COUNT; bit <<= 1)
		if (m->sixro_declared & bit)
			pl_jw_str(w, pl_sixro_key((enum pl_sixro)bit));
	pl_jw_arr_end(w);
	pl_jw_obj_end(w);
}

static void
sections(struct pl_jsonw *w, const struct pl_doc *doc)
{
	pl_jw_key(w, "sections");
	pl_jw_arr(w);
	for (size_t i = 0; i < doc->nsections; i++) {
		const struct pl_section *s = &doc->sections[i];

		pl_jw_obj(w);
		pl_jw_key(w, "id");
		pl_jw_str(w, s->id);
		pl_jw_key(w, "title");
		pl_jw_str(w, s->title);
		pl_jw_key(w, "line");
		pl_jw_int(w, s->line);
		pl_jw_obj_end(w);
	}
	pl_jw_arr_end(w);
}

static void
deadline(struct pl_jsonw *w, const struct pl_deadline *d)
{
	pl_jw_key(w, "deadline");
	pl_jw_obj(w);
	pl_jw_key(w, "text");
	pl_jw_str(w, d->text);
	pl_jw_key(w, "class");
	pl_jw_str(w, pl_deadline_class_name(d->cls));
	pl_jw_key(w, "due");
	pl_jw_date(w, d->due);
	if (d->start.y != 0) {
		pl_jw_key(w, "start");
		pl_jw_date(w, d->start);
	}
	if (d->nmilestones > 0) {
		pl_jw_key(w, "milestones");
		pl_jw_arr(w);
		for (size_t i = 0; i < d->nmilestones; i++) {
			pl_jw_obj(w);
			pl_jw_key(w, "year");
			pl_jw_int(w, d->milestones[i].year);
			pl_jw_key(w, "label");
			pl_jw_str(w, d->milestones[i].label);
			pl_jw_obj_end(w);
		}
		pl_jw_arr_end(w);
	}
	pl_jw_obj_end(w);
}

static const char *sources[] = { "prose", "table", "linear" };

static void
tasks(struct pl_jsonw *w, const struct pl_doc *doc)
{
	pl_jw_key(w, "tasks");
	pl_jw_arr(w);
	for (size_t i = 0; i < doc->ntasks; i++) {
		const struct pl_task *t = &doc->tasks[i];

		pl_jw_obj(w);
		pl_jw_key(w, "id");
		pl_jw_str(w, t->id);
		pl_jw_key(w, "line");
		pl_jw_int(w, t->pos.line);
		pl_jw_key(w, "end_line");
		pl_jw_int(w, t->pos.end_line);
		pl_jw_key(w, "source");
		pl_jw_str(w, sources[t->source]);
		pl_jw_key(w, "text");
		pl_jw_str(w, t->text);
		strlist(w, "lead", &t->lead);
		strlist(w, "coordinators", &t->coordinators);
		strlist(w, "directing", &t->directing);
		pl_jw_key(w, "measures");
		pl_jw_str(w, t->measures);
		deadline(w, &t->deadline);
		pl_jw_key(w, "product");
		pl_jw_str(w, t->product);
		pl_jw_key(w, "shared_cells");
		pl_jw_arr(w);
		for (unsigned bit = 1; bit <= PL_CELL_PRODUCT; bit <<= 1)
			if (t->shared & bit)
				pl_jw_str(w, pl_cell_name((enum pl_cell)bit));
		pl_jw_arr_end(w);
		if (t->group) {
			pl_jw_key(w, "group");
			pl_jw_bool(w, true);
		}
		if (t->parts) {
			pl_jw_key(w, "parts");
			pl_jw_bool(w, true);
		}
		pl_jw_obj_end(w);
	}
	pl_jw_arr_end(w);
}

static void
targets(struct pl_jsonw *w, const struct pl_doc *doc)
{
	pl_jw_key(w, "targets");
	pl_jw_arr(w);
	for (size_t i = 0; i < doc->ntargets; i++) {
		const struct pl_target *t = &doc->targets[i];

		pl_jw_obj(w);
		pl_jw_key(w, "line");
		pl_jw_int(w, t->pos.line);
		pl_jw_key(w, "indicator");
		pl_jw_str(w, t->indicator);
		pl_jw_key(w, "value");
		pl_jw_num(w, t->value);
		pl_jw_key(w, "value_max");
		if (t->has_value_max)
			pl_jw_num(w, t->value_max);
		else
			pl_jw_null(w);
		pl_jw_key(w, "unit");
		pl_jw_str(w, t->unit);
		pl_jw_key(w, "qualifier");
		pl_jw_str(w, pl_qualifier_name(t->qualifier));
		pl_jw_key(w, "year");
		if (t->year != 0)
			pl_jw_int(w, t->year);
		else
			pl_jw_null(w);
		pl_jw_key(w, "period");
		pl_jw_str(w, t->period);
		pl_jw_key(w, "raw");
		pl_jw_str(w, t->raw);
		pl_jw_obj_end(w);
	}
	pl_jw_arr_end(w);
}

static void
citations(struct pl_jsonw *w, const struct pl_doc *doc)
{
	pl_jw_key(w, "citations");
	pl_jw_arr(w);
	for (size_t i = 0; i < doc->ncitations; i++) {
		const struct pl_citation *c = &doc->citations[i];

		pl_jw_obj(w);
		pl_jw_key(w, "line");
		pl_jw_int(w, c->pos.line);
		pl_jw_key(w, "kind");
		pl_jw_str(w, c->kind);
		pl_jw_key(w, "symbol");
		pl_jw_str(w, c->symbol);
		if (c->symbol_raw != NULL && c->symbol != NULL &&
		    strcmp(c->symbol_raw, c->symbol) != 0) {
			pl_jw_key(w, "symbol_raw");
			pl_jw_str(w, c->symbol_raw);
		}
		pl_jw_key(w, "date");
		pl_jw_date(w, c->date);
		pl_jw_key(w, "raw");
		pl_jw_str(w, c->raw);
		pl_jw_obj_end(w);
	}
	pl_jw_arr_end(w);
}

static void
abbrevs(struct pl_jsonw *w, const struct pl_doc *doc)
{
	pl_jw_key(w, "abbreviations");
	pl_jw_arr(w);
	for (size_t i = 0; i < doc->nabbrevs; i++) {
		pl_jw_obj(w);
		pl_jw_key(w, "abbr");
		pl_jw_str(w, doc->abbrevs[i].abbr);
		pl_jw_key(w, "full");
		pl_jw_str(w, doc->abbrevs[i].full);
		pl_jw_key(w, "line");
		pl_jw_int(w, doc->abbrevs[i].line);
		pl_jw_obj_end(w);
	}
	pl_jw_arr_end(w);
}

void
pl_report_extract_json(struct pl_buf *out, const struct pl_doc *const *docs,
    size_t n)
{
	struct pl_jsonw w;

	pl_jw_init(&w, out, true);
	pl_jw_obj(&w);
	pl_jw_key(&w, "schema");
	pl_jw_str(&w, "planlint.extract/1");
	pl_jw_key(&w, "documents");
	pl_jw_arr(&w);
	for (size_t i = 0; i < n; i++) {
		const struct pl_doc *doc = docs[i];

		pl_jw_obj(&w);
		pl_jw_key(&w, "path");
		pl_jw_str(&w, doc->path);
		meta(&w, &doc->meta);
		sections(&w, doc);
		tasks(&w, doc);
		targets(&w, doc);
		citations(&w, doc);
		abbrevs(&w, doc);
		if (doc->warnings.n > 0)
			strlist(&w, "warnings", &doc->warnings);
		pl_jw_obj_end(&w);
	}
	pl_jw_arr_end(&w);
	pl_jw_obj_end(&w);
	pl_buf_addc(out, '\n');
}
