/*
 * outputs.c: the reports of one `planlint check` run: pairing each
 * --format with its -o, refusing pairs that cannot all be written, and
 * rendering a report in its format.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* The CI formats: one row each, the reporters share one signature. */
static const struct {
	const char	*name;
	pl_report_fn	 fn;
} ci_formats[] = {
	{ "sarif", pl_report_sarif },
	{ "github", pl_report_github },
	{ "gitlab", pl_report_gitlab },
	{ "junit", pl_report_junit },
};

static pl_report_fn
ci_format(const char *name)
{
	for (size_t i = 0; i < PL_NELEM(ci_formats); i++)
		if (strcmp(name, ci_formats[i].name) == 0)
			return ci_formats[i].fn;
	return NULL;
}

bool
pl_output_ci(const char *format)
{
	return ci_format(format) != NULL;
}

bool
pl_output_stdout(const char *path)
{
	return path == NULL || strcmp(path, "-") == 0;
}

void
pl_outputs_format(struct pl_outputs *o, const char *format)
{
	o->v[o->n].format = format;
	o->v[o->n++].path = o->pending;
	o->pending = NULL;
}

int
pl_outputs_file(struct pl_outputs *o, const char *path, enum pl_lang lang)
{
	struct pl_output *last = o->n > 0 ? &o->v[o->n - 1] : NULL;

	if (last != NULL && last->path == NULL) {
		last->path = path;
		return 0;
	}
	if (o->pending != NULL || last != NULL) {
		pl_diag_usage(stderr, lang, "-o %s: %s", path, lang ==
		    PL_LANG_EN ? "each -o follows its own --format" :
		    "mỗi -o đi sau --format của nó");
		return -1;
	}
	o->pending = path;
	return 0;
}

int
pl_outputs_finish(struct pl_outputs *o, const char *other, enum pl_lang lang)
{
	size_t nstdout = other != NULL && pl_output_stdout(other);

	if (o->pending != NULL || o->n == 0)
		pl_outputs_format(o, "text");
	for (size_t i = 0; i < o->n; i++) {
		const char *f = o->v[i].format, *p = o->v[i].path;

		if (strcmp(f, "text") != 0 && strcmp(f, "json") != 0 &&
		    ci_format(f) == NULL) {
			pl_diag_usage(stderr, lang, "--format %s", f);
			return -1;
		}
		if (pl_output_stdout(p))
			nstdout++;
		for (size_t j = 0; j < i && !pl_output_stdout(p); j++)
			if (!pl_output_stdout(o->v[j].path) &&
			    strcmp(p, o->v[j].path) == 0) {
				pl_diag_usage(stderr, lang, "-o %s: %s", p,
				    lang == PL_LANG_EN ?
				    "two reports to one file" :
				    "hai báo cáo vào cùng một tệp");
				return -1;
			}
	}
	if (nstdout > 1) {
		pl_diag_usage(stderr, lang, "%s", lang == PL_LANG_EN ?
		    "at most one report can go to standard output; give the "
		    "others -o FILE" :
		    "chỉ một báo cáo được in ra màn hình; hãy dùng -o TỆP "
		    "cho các báo cáo khác");
		return -1;
	}
	return 0;
}

/* Colors: asked for, or a terminal on standard output without NO_COLOR. */
static bool
want_color(const struct pl_render *r, const struct pl_output *w)
{
	const char *term = getenv("TERM");

	if (strcmp(r->color, "always") == 0)
		return true;
	if (strcmp(r->color, "never") == 0 || !pl_output_stdout(w->path))
		return false;
	if (getenv("NO_COLOR") != NULL && getenv("NO_COLOR")[0] != '\0')
		return false;
	return isatty(STDOUT_FILENO) && term != NULL &&
	    strcmp(term, "dumb") != 0;
}

void
pl_output_render(struct pl_buf *out, const struct pl_output *w,
    const struct pl_doc *const *docs, size_t n, const struct pl_render *r)
{
	struct pl_report_opts ro = { 0 };

	if (ci_format(w->format) != NULL) {
		ro.version = PL_VERSION;
		ro.base_dir = r->base_dir;
		ro.lang = r->lang;
		ci_format(w->format)(out, docs, n, r->rules, r->nrules, &ro);
	} else if (strcmp(w->format, "json") == 0)
		pl_report_check_json(out, docs, n);
	else
		pl_report_check_text(out, docs, n, r->lang, want_color(r, w));
}
