/*
 * targets_json.c: `planlint targets --format json`, the planlint.targets/1
 * contract: the documents, then one object per row (key, indicator, unit
 * family, year, period, place, by_name, mismatch) with its cells aligned
 * to the documents (null where a document has no figure), then a summary.
 */
#include <string.h>

#include "report.h"

static const char *const status_names[] = {	/* ORDER: enum pl_mx_status */
	"empty", "alone", "same", "unit-suspect", "differs",
};

const char *
pl_mx_status_name(enum pl_mx_status s)
{
	return status_names[s];
}

static void
kv_str(struct pl_jsonw *w, const char *key, const char *s)
{
	pl_jw_key(w, key);
	pl_jw_str(w, s);
}

/* An integer, or null when v is 0 and zero_null is set. */
static void
kv_int(struct pl_jsonw *w, const char *key, long long v, bool zero_null)
{
	pl_jw_key(w, key);
	if (v == 0 && zero_null)
		pl_jw_null(w);
	else
		pl_jw_int(w, v);
}

static void
json_cell(struct pl_jsonw *w, const struct pl_matrix *m, size_t d,
    const struct pl_mx_cell *c)
{
	const struct pl_target *t;

	if (c->target < 0) {
		pl_jw_null(w);
		return;
	}
	t = &m->docs[d]->targets[c->target];
	pl_jw_obj(w);
	kv_int(w, "line", t->pos.line, false);
	kv_str(w, "indicator", t->indicator);
	kv_str(w, "value", c->value);
	pl_jw_key(w, "number");
	pl_jw_num(w, t->value);
	pl_jw_key(w, "number_max");
	if (t->has_value_max)
		pl_jw_num(w, t->value_max);
	else
		pl_jw_null(w);
	kv_str(w, "qualifier", pl_qualifier_name(t->qualifier));
	kv_str(w, "unit", t->unit);
	kv_str(w, "period", t->period);
	kv_str(w, "status", pl_mx_status_name(c->status));
	kv_int(w, "factor", c->slip == 6 ? 1000000 : c->slip == 3 ? 1000 : 0,
	    true);
	pl_jw_key(w, "implausible");
	pl_jw_bool(w, c->implausible);
	pl_jw_key(w, "against");
	if (c->vs_doc >= 0) {
		pl_jw_obj(w);
		kv_int(w, "document", c->vs_doc + 1, false);
		kv_int(w, "line", c->vs_line, false);
		pl_jw_obj_end(w);
	} else
		pl_jw_null(w);
	pl_jw_obj_end(w);
}

static void
json_row(struct pl_jsonw *w, const struct pl_matrix *m,
    const struct pl_mx_row *r)
{
	struct pl_buf b = { 0 };

	pl_jw_obj(w);
	kv_str(w, "key", r->key);
	kv_str(w, "indicator", r->label);
	kv_str(w, "unit_family", r->family);
	kv_int(w, "year", r->year, true);
	if (r->span > 0 && r->year != 0)
		pl_buf_printf(&b, "%d-%d", r->year - r->span + 1, r->year);
	kv_str(w, "period", b.len > 0 ? b.s : NULL);
	kv_int(w, "scope", r->scope + 1, false);
	pl_jw_key(w, "by_name");
	pl_jw_bool(w, r->by_name);
	pl_jw_key(w, "mismatch");
	pl_jw_bool(w, r->mismatch);
	pl_jw_key(w, "cells");
	pl_jw_arr(w);
	for (size_t d = 0; d < m->ndocs; d++)
		json_cell(w, m, d, &r->cells[d]);
	pl_jw_arr_end(w);
	pl_jw_obj_end(w);
	pl_buf_free(&b);
}

void
pl_report_targets_json(struct pl_buf *out, const struct pl_matrix *m,
    const struct pl_targets_opts *o)
{
	struct pl_jsonw w;
	size_t rows = 0, bad = 0;

	pl_jw_init(&w, out, true);
	pl_jw_obj(&w);
	kv_str(&w, "schema", "planlint.targets/1");
	pl_jw_key(&w, "documents");
	pl_jw_arr(&w);
	for (size_t d = 0; d < m->ndocs; d++) {
		const struct pl_meta *mt = &m->docs[d]->meta;

		pl_jw_obj(&w);
		kv_int(&w, "index", (long long)d + 1, false);
		kv_str(&w, "path", m->docs[d]->path);
		kv_str(&w, "kind", mt->kind);
		kv_str(&w, "symbol", mt->symbol);
		pl_jw_key(&w, "date");
		pl_jw_date(&w, mt->date);
		kv_str(&w, "issuer", mt->issuer);
		kv_str(&w, "level", pl_level_name(mt->level));
		kv_str(&w, "locality", mt->locality);
		pl_jw_obj_end(&w);
	}
	pl_jw_arr_end(&w);
	pl_jw_key(&w, "rows");
	pl_jw_arr(&w);
	for (size_t i = 0; i < m->nrows; i++)
		if (!o->only_mismatches || m->rows[i].mismatch) {
			json_row(&w, m, &m->rows[i]);
			rows++;
			bad += m->rows[i].mismatch;
		}
	pl_jw_arr_end(&w);
	pl_jw_key(&w, "summary");
	pl_jw_obj(&w);
	kv_int(&w, "documents", (long long)m->ndocs, false);
	kv_int(&w, "rows", (long long)rows, false);
	kv_int(&w, "mismatches", (long long)bad, false);
	pl_jw_obj_end(&w);
	pl_jw_obj_end(&w);
	pl_buf_addc(out, '\n');
}
