/*
 * check_json.c: `planlint check --format json`, the planlint.check/1
 * contract: findings (sorted by path, line, column, rule id; a .docx or
 * a PDF adds where the finding is: paragraph, cell, page), one 06 rõ
 * scorecard per document and a summary.  Also the scorecard arithmetic
 * that the text reporter shares.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"

void
pl_scorecard_compute(const struct pl_doc *doc, struct pl_scorecard *sc)
{
	memset(sc, 0, sizeof(*sc));
	for (size_t i = 0; i < doc->ntasks; i++) {
		if (doc->tasks[i].group)
			continue;
		sc->tasks++;
		for (int b = 0; b < PL_SIXRO_COUNT; b++)
			if (doc->sixro != NULL && (doc->sixro[i] & (1u << b)))
				sc->met[b]++;
	}
	sc->shown = doc->meta.sixro_declared != 0 ?
	    doc->meta.sixro_declared : (1u << PL_SIXRO_COUNT) - 1;
}

/* Orders docs by path, keeping the given order among equal paths. */
static int
cmp_path(const void *a, const void *b)
{
	const struct pl_doc *const *x = *(const struct pl_doc *const *const *)a;
	const struct pl_doc *const *y = *(const struct pl_doc *const *const *)b;
	int c = strcmp((*x)->path, (*y)->path);

	return c != 0 ? c : (x < y ? -1 : x > y);
}

const struct pl_doc *const **
pl_report_by_path(const struct pl_doc *const *docs, size_t n)
{
	const struct pl_doc *const **v = pl_xcalloc(n + 1, sizeof(*v));

	for (size_t i = 0; i < n; i++)
		v[i] = &docs[i];
	qsort(v, n, sizeof(*v), cmp_path);
	return v;
}

void
pl_check_summary(const struct pl_doc *const *docs, size_t n,
    struct pl_check_summary *s)
{
	memset(s, 0, sizeof(*s));
	s->files = (int)n;
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < docs[i]->ntasks; k++)
			if (!docs[i]->tasks[k].group)
				s->tasks++;
		for (size_t k = 0; k < docs[i]->nfindings; k++)
			s->count[docs[i]->findings[k].severity]++;
	}
}

/*
 * Keys beyond the contract for a .docx or a PDF: "where" as a reader
 * finds it ("table 1 row 7 col 3", "page 3 line 12"), and its parts.
 */
static void
place(struct pl_jsonw *w, const char *where, const struct pl_pos *loc)
{
	pl_jw_key(w, "where");
	pl_jw_str(w, where);
	if (loc->page > 0) {
		pl_jw_key(w, "page");
		pl_jw_int(w, loc->page);
	}
	if (loc->table > 0) {
		pl_jw_key(w, "table");
		pl_jw_int(w, loc->table);
		pl_jw_key(w, "row");
		pl_jw_int(w, loc->row);
		if (loc->cell > 0) {
			pl_jw_key(w, "col");
			pl_jw_int(w, loc->cell);
		}
	}
}

static void
finding(struct pl_jsonw *w, const struct pl_doc *doc,
    const struct pl_finding *f)
{
	const struct pl_task *t = f->task >= 0 &&
	    (size_t)f->task < doc->ntasks ? &doc->tasks[f->task] : NULL;
	struct pl_pos loc;
	char buf[64];
	const char *where = pl_report_where(doc, f, PL_LANG_EN, &loc,
	    buf, sizeof(buf));

	pl_jw_obj(w);
	pl_jw_key(w, "rule");
	pl_jw_str(w, f->rule);
	pl_jw_key(w, "severity");
	pl_jw_str(w, pl_severity_name(f->severity));
	pl_jw_key(w, "path");
	pl_jw_str(w, doc->path);
	pl_jw_key(w, "line");
	pl_jw_int(w, f->pos.line);
	pl_jw_key(w, "column");
	pl_jw_int(w, f->pos.col > 0 ? f->pos.col : 1);
	pl_jw_key(w, "end_line");
	pl_jw_int(w, f->pos.end_line > 0 ? f->pos.end_line : f->pos.line);
	pl_jw_key(w, "task");
	pl_jw_str(w, t != NULL ? t->id : NULL);
	pl_jw_key(w, "message");
	pl_jw_str(w, f->message);
	pl_jw_key(w, "hint");
	pl_jw_str(w, f->hint);
	pl_jw_key(w, "quote");
	pl_jw_str(w, f->quote);
	pl_jw_key(w, "related");
	pl_jw_arr(w);
	for (size_t i = 0; i < f->nrelated; i++) {
		pl_jw_obj(w);
		pl_jw_key(w, "path");
		pl_jw_str(w, f->related[i].path);
		pl_jw_key(w, "line");
		pl_jw_int(w, f->related[i].line);
		if (f->related[i].note != NULL) {
			pl_jw_key(w, "note");
			pl_jw_str(w, f->related[i].note);
		}
		pl_jw_obj_end(w);
	}
	pl_jw_arr_end(w);
	if (where != NULL)
		place(w, where, &loc);
	pl_jw_obj_end(w);
}

static void
scorecard(struct pl_jsonw *w, const struct pl_doc *doc)
{
	struct pl_scorecard sc;

	pl_scorecard_compute(doc, &sc);
	pl_jw_obj(w);
	pl_jw_key(w, "path");
	pl_jw_str(w, doc->path);
	pl_jw_key(w, "tasks");
	pl_jw_int(w, sc.tasks);
	pl_jw_key(w, "elements");
	pl_jw_obj(w);
	for (int b = 0; b < PL_SIXRO_COUNT; b++) {
		pl_jw_key(w, pl_sixro_key((enum pl_sixro)(1u << b)));
		pl_jw_int(w, sc.met[b]);
	}
	pl_jw_obj_end(w);
	pl_jw_key(w, "declared");
	pl_jw_arr(w);
	for (int b = 0; b < PL_SIXRO_COUNT; b++)
		if (doc->meta.sixro_declared & (1u << b))
			pl_jw_str(w, pl_sixro_key((enum pl_sixro)(1u << b)));
	pl_jw_arr_end(w);
	pl_jw_obj_end(w);
}

void
pl_report_check_json(struct pl_buf *out, const struct pl_doc *const *docs,
    size_t n)
{
	const struct pl_doc *const **order = pl_report_by_path(docs, n);
	struct pl_check_summary s;
	struct pl_jsonw w;

	pl_check_summary(docs, n, &s);
	pl_jw_init(&w, out, true);
	pl_jw_obj(&w);
	pl_jw_key(&w, "schema");
	pl_jw_str(&w, "planlint.check/1");
	pl_jw_key(&w, "findings");
	pl_jw_arr(&w);
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < (*order[i])->nfindings; k++)
			finding(&w, *order[i], &(*order[i])->findings[k]);
	pl_jw_arr_end(&w);
	pl_jw_key(&w, "scorecards");
	pl_jw_arr(&w);
	for (size_t i = 0; i < n; i++)
		scorecard(&w, *order[i]);
	pl_jw_arr_end(&w);
	pl_jw_key(&w, "summary");
	pl_jw_obj(&w);
	pl_jw_key(&w, "files");
	pl_jw_int(&w, s.files);
	pl_jw_key(&w, "tasks");
	pl_jw_int(&w, s.tasks);
	pl_jw_key(&w, "errors");
	pl_jw_int(&w, s.count[PL_SEV_ERROR]);
	pl_jw_key(&w, "warnings");
	pl_jw_int(&w, s.count[PL_SEV_WARNING]);
	pl_jw_key(&w, "infos");
	pl_jw_int(&w, s.count[PL_SEV_INFO]);
	pl_jw_obj_end(&w);
	pl_jw_obj_end(&w);
	pl_buf_addc(out, '\n');
	free(order);
}
