/*
 * text.c: `planlint extract --format text`, a readable summary of what
 * was extracted from each document: metadata, counts, then one block per
 * task with its fields.
 */
#include <string.h>

#include "report.h"

static void
field(struct pl_buf *out, const char *name, const char *value)
{
	if (value != NULL && *value != '\0')
		pl_buf_printf(out, "    %-13s %s\n", name, value);
}

static void
list(struct pl_buf *out, const char *name, const struct pl_strlist *l)
{
	if (l->n == 0)
		return;
	pl_buf_printf(out, "    %-13s ", name);
	for (size_t i = 0; i < l->n; i++)
		pl_buf_printf(out, "%s%s", i ? "; " : "", l->v[i]);
	pl_buf_addc(out, '\n');
}

static void
doc_text(struct pl_buf *out, const struct pl_doc *doc)
{
	const struct pl_meta *m = &doc->meta;
	char date[11];

	pl_buf_printf(out, "%s\n", doc->path);
	pl_buf_printf(out, "  %s%s%s | %s | %s | %s | %s\n",
	    m->kind ? m->kind : "?", m->title ? ": " : "",
	    m->title ? m->title : "", m->issuer ? m->issuer : "?",
	    pl_level_name(m->level), m->symbol ? m->symbol : "(chưa có số)",
	    m->date.y ? pl_date_iso(m->date, date) : "(chưa có ngày)");
	pl_buf_printf(out, "  %zu mục, %zu nhiệm vụ, %zu chỉ tiêu, "
	    "%zu văn bản trích dẫn\n", doc->nsections, doc->ntasks,
	    doc->ntargets, doc->ncitations);
	for (size_t i = 0; i < doc->ntasks; i++) {
		const struct pl_task *t = &doc->tasks[i];

		pl_buf_printf(out, "  [%s] dòng %d-%d\n", t->id, t->pos.line,
		    t->pos.end_line);
		field(out, "việc:", t->text);
		list(out, "chủ trì:", &t->lead);
		list(out, "phối hợp:", &t->coordinators);
		list(out, "chỉ đạo:", &t->directing);
		field(out, "biện pháp:", t->measures);
		if (t->deadline.text != NULL || t->deadline.cls != PL_DL_MISSING)
			pl_buf_printf(out, "    %-13s %s (%s%s%s)\n", "thời hạn:",
			    t->deadline.text ? t->deadline.text : "",
			    pl_deadline_class_name(t->deadline.cls),
			    t->deadline.due.y ? ", " : "",
			    t->deadline.due.y ?
			    pl_date_iso(t->deadline.due, date) : "");
		field(out, "sản phẩm:", t->product);
	}
	for (size_t i = 0; i < doc->ntargets; i++) {
		const struct pl_target *t = &doc->targets[i];

		pl_buf_printf(out, "  chỉ tiêu dòng %d: %s = %g%s%s (%s)\n",
		    t->pos.line, t->indicator ? t->indicator : "?", t->value,
		    t->unit ? " " : "", t->unit ? t->unit : "",
		    pl_qualifier_name(t->qualifier));
	}
}

void
pl_report_extract_text(struct pl_buf *out, const struct pl_doc *const *docs,
    size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			pl_buf_addc(out, '\n');
		doc_text(out, docs[i]);
	}
}
