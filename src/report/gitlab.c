/*
 * gitlab.c: `planlint check --format gitlab`, a GitLab Code Quality
 * report (the Code Climate issue subset GitLab reads) for merge requests.
 */
#include <stdlib.h>

#include "report.h"

/*
 * A finding that breaks a rule of the plan is "major": serious, but about
 * the document, not the pipeline; "critical" and "blocker" stay free for
 * a team's own gates.
 */
static const char *
severity(enum pl_severity s)
{
	switch (s) {
	case PL_SEV_ERROR:
		return "major";
	case PL_SEV_WARNING:
		return "minor";
	default:
		return "info";
	}
}

static void
issue(struct pl_jsonw *w, const char *path, const struct pl_finding *f,
    const char *fp)
{
	int line = f->pos.line > 0 ? f->pos.line : 1;

	pl_jw_obj(w);
	pl_jw_key(w, "description");
	pl_jw_str(w, f->message != NULL ? f->message :
	    f->rule != NULL ? f->rule : "");
	pl_jw_key(w, "check_name");
	pl_jw_str(w, f->rule != NULL ? f->rule : "planlint");
	pl_jw_key(w, "fingerprint");
	pl_jw_str(w, fp);
	pl_jw_key(w, "severity");
	pl_jw_str(w, severity(f->severity));
	pl_jw_key(w, "location");
	pl_jw_obj(w);
	pl_jw_key(w, "path");
	pl_jw_str(w, path);
	pl_jw_key(w, "lines");
	pl_jw_obj(w);
	pl_jw_key(w, "begin");
	pl_jw_int(w, line);
	if (f->pos.end_line > line) {
		pl_jw_key(w, "end");
		pl_jw_int(w, f->pos.end_line);
	}
	pl_jw_obj_end(w);
	pl_jw_obj_end(w);
	pl_jw_obj_end(w);
}

void
pl_report_gitlab(struct pl_buf *out, const struct pl_doc *const *docs,
    size_t n, const struct pl_rule_desc *rules, size_t nrules,
    const struct pl_report_opts *o)
{
	struct pl_buf path = { 0 };
	struct pl_jsonw w;

	pl_jw_init(&w, out, true);
	pl_jw_arr(&w);
	for (size_t i = 0; i < n; i++) {
		const struct pl_doc *doc = docs[i];
		char (*fp)[PL_FINGERPRINT_LEN];

		pl_buf_reset(&path);
		pl_report_relpath(&path, doc->path, o->base_dir);
		fp = pl_xcalloc(doc->nfindings + 1, sizeof(*fp));
		pl_fingerprint_findings(doc, path.s, fp);
		for (size_t j = 0; j < doc->nfindings; j++)
			issue(&w, path.s, &doc->findings[j], fp[j]);
		free(fp);
	}
	pl_jw_arr_end(&w);
	pl_buf_addc(out, '\n');
	pl_buf_free(&path);
}
