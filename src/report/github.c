/*
 * github.c: `planlint check --format github`, GitHub Actions workflow
 * commands that the runner turns into annotations on the changed files.
 */
#include "report.h"

static const char *
command(enum pl_severity s)
{
	switch (s) {
	case PL_SEV_ERROR:
		return "error";
	case PL_SEV_WARNING:
		return "warning";
	default:
		return "notice";
	}
}

/*
 * The runner decodes %25, %0D and %0A in a command's data; a property
 * value also needs %3A and %2C, since ':' and ',' delimit properties.
 */
static void
escape(struct pl_buf *out, const char *s, bool property)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '%':
			pl_buf_adds(out, "%25");
			break;
		case '\r':
			pl_buf_adds(out, "%0D");
			break;
		case '\n':
			pl_buf_adds(out, "%0A");
			break;
		case ':':
			pl_buf_adds(out, property ? "%3A" : ":");
			break;
		case ',':
			pl_buf_adds(out, property ? "%2C" : ",");
			break;
		default:
			pl_buf_addc(out, *s);
		}
	}
}

static void
annotate(struct pl_buf *out, const char *path, const struct pl_finding *f)
{
	const struct pl_pos *p = &f->pos;

	pl_buf_printf(out, "::%s file=", command(f->severity));
	escape(out, path, true);
	if (p->line > 0) {
		int eline = p->end_line >= p->line ? p->end_line : p->line;

		pl_buf_printf(out, ",line=%d", p->line);
		if (p->col > 0)
			pl_buf_printf(out, ",col=%d", p->col);
		pl_buf_printf(out, ",endLine=%d", eline);
		/* The runner reads columns only on a one-line region. */
		if (p->col > 0 && p->end_col >= p->col && eline == p->line)
			pl_buf_printf(out, ",endColumn=%d", p->end_col);
	}
	if (f->rule != NULL) {
		pl_buf_adds(out, ",title=");
		escape(out, f->rule, true);
	}
	pl_buf_adds(out, "::");
	escape(out, f->message != NULL ? f->message :
	    f->rule != NULL ? f->rule : "", false);
	if (f->hint != NULL && *f->hint != '\0') {
		pl_buf_adds(out, "%0A");
		escape(out, f->hint, false);
	}
	pl_buf_addc(out, '\n');
}

void
pl_report_github(struct pl_buf *out, const struct pl_doc *const *docs,
    size_t n, const struct pl_rule_desc *rules, size_t nrules,
    const struct pl_report_opts *o)
{
	struct pl_buf path = { 0 };

	for (size_t i = 0; i < n; i++) {
		pl_buf_reset(&path);
		pl_report_relpath(&path, docs[i]->path, o->base_dir);
		for (size_t j = 0; j < docs[i]->nfindings; j++)
			annotate(out, path.s, &docs[i]->findings[j]);
	}
	pl_buf_free(&path);
	/* Leaves a string in the buffer even without findings. */
	pl_buf_add(out, "", 0);
}
