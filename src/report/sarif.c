/*
 * sarif.c: `planlint check --format sarif`, SARIF 2.1.0 as GitHub code
 * scanning reads it: the driver with its rules, results with a region in
 * code points and a fingerprint that survives line shifts.  In a .docx
 * or a PDF the location's message and the result's properties name the
 * paragraph, table cell or page and line.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define SRCROOT "%SRCROOT%"

static const char *
level(enum pl_severity s)
{
	switch (s) {
	case PL_SEV_ERROR:
		return "error";
	case PL_SEV_WARNING:
		return "warning";
	default:
		return "note";
	}
}

/* "task.missing-lead" -> "TaskMissingLead": SARIF's rule name. */
static void
rule_name(struct pl_buf *b, const char *id)
{
	bool up = true;

	for (; *id != '\0'; id++) {
		char c = *id;

		if (c == '.' || c == '-' || c == '_' || c == '/') {
			up = true;
			continue;
		}
		if (up && c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		up = false;
		pl_buf_addc(b, c);
	}
}

static void
text_obj(struct pl_jsonw *w, const char *key, const char *text)
{
	pl_jw_key(w, key);
	pl_jw_obj(w);
	pl_jw_key(w, "text");
	pl_jw_str(w, text);
	pl_jw_obj_end(w);
}

static void
driver(struct pl_jsonw *w, const struct pl_rule_desc *rules, size_t nrules,
    const struct pl_report_opts *o)
{
	struct pl_buf name = { 0 };

	pl_jw_key(w, "tool");
	pl_jw_obj(w);
	pl_jw_key(w, "driver");
	pl_jw_obj(w);
	pl_jw_key(w, "name");
	pl_jw_str(w, "planlint");
	if (o->version != NULL) {
		pl_jw_key(w, "version");
		pl_jw_str(w, o->version);
		pl_jw_key(w, "semanticVersion");
		pl_jw_str(w, o->version);
	}
	if (o->info_uri != NULL) {
		pl_jw_key(w, "informationUri");
		pl_jw_str(w, o->info_uri);
	}
	pl_jw_key(w, "rules");
	pl_jw_arr(w);
	for (size_t i = 0; i < nrules; i++) {
		const struct pl_rule_desc *r = &rules[i];
		const char *shortd = r->short_desc != NULL ? r->short_desc :
		    r->id;
		const char *full = r->full_desc != NULL ? r->full_desc :
		    shortd;

		pl_buf_reset(&name);
		rule_name(&name, r->id);
		pl_jw_obj(w);
		pl_jw_key(w, "id");
		pl_jw_str(w, r->id);
		pl_jw_key(w, "name");
		pl_jw_str(w, name.s != NULL ? name.s : r->id);
		text_obj(w, "shortDescription", shortd);
		text_obj(w, "fullDescription", full);
		text_obj(w, "help", r->help != NULL ? r->help : full);
		pl_jw_key(w, "defaultConfiguration");
		pl_jw_obj(w);
		pl_jw_key(w, "level");
		pl_jw_str(w, level(r->severity));
		pl_jw_obj_end(w);
		pl_jw_obj_end(w);
	}
	pl_jw_arr_end(w);
	pl_jw_obj_end(w);
	pl_jw_obj_end(w);
	pl_buf_free(&name);
}

/* file:///abs/dir/ for an absolute base directory, else nothing. */
static void
base_ids(struct pl_jsonw *w, const char *base)
{
	struct pl_buf uri = { 0 };

	if (base == NULL || base[0] != '/')
		return;
	pl_buf_adds(&uri, "file://");
	pl_uri_encode(&uri, base);
	if (uri.s[uri.len - 1] != '/')
		pl_buf_addc(&uri, '/');
	pl_jw_key(w, "originalUriBaseIds");
	pl_jw_obj(w);
	pl_jw_key(w, SRCROOT);
	pl_jw_obj(w);
	pl_jw_key(w, "uri");
	pl_jw_str(w, uri.s);
	pl_jw_obj_end(w);
	pl_jw_obj_end(w);
	pl_buf_free(&uri);
}

/*
 * artifactLocation of a document path: relative to %SRCROOT% when it is
 * relative once base is taken off, else an absolute file: URI.
 */
static void
artifact(struct pl_jsonw *w, const char *path, const char *base)
{
	struct pl_buf rel = { 0 }, uri = { 0 };

	pl_report_relpath(&rel, path, base);
	if (rel.s[0] == '/')
		pl_buf_adds(&uri, "file://");
	pl_uri_encode(&uri, rel.s);
	pl_jw_key(w, "artifactLocation");
	pl_jw_obj(w);
	pl_jw_key(w, "uri");
	pl_jw_str(w, uri.s);
	if (rel.s[0] != '/') {
		pl_jw_key(w, "uriBaseId");
		pl_jw_str(w, SRCROOT);
	}
	pl_jw_obj_end(w);
	pl_buf_free(&rel);
	pl_buf_free(&uri);
}

/* Code points of line `line` of doc (0 when the text is not there). */
static int
line_width(const struct pl_doc *doc, int line)
{
	const char *s = pl_doc_line(doc, line);

	return (int)pl_utf8_count(s, strlen(s));
}

/*
 * The region of pos: SARIF wants startLine and startColumn >= 1 and an
 * exclusive endColumn.  Unknown parts widen to whole lines.
 */
static void
region(struct pl_jsonw *w, const struct pl_doc *doc, const struct pl_pos *p)
{
	int line = p->line > 0 ? p->line : 1;
	int col = p->line > 0 && p->col > 0 ? p->col : 1;
	int eline = p->end_line >= line ? p->end_line : line;
	int ecol;

	if (p->line > 0 && p->end_col > 0)
		ecol = p->end_col + 1;
	else
		ecol = line_width(doc, eline) + 1;
	if (eline == line && ecol < col)
		ecol = col;
	pl_jw_key(w, "region");
	pl_jw_obj(w);
	pl_jw_key(w, "startLine");
	pl_jw_int(w, line);
	pl_jw_key(w, "startColumn");
	pl_jw_int(w, col);
	pl_jw_key(w, "endLine");
	pl_jw_int(w, eline);
	pl_jw_key(w, "endColumn");
	pl_jw_int(w, ecol);
	pl_jw_obj_end(w);
}

static void
related(struct pl_jsonw *w, const struct pl_finding *f,
    const struct pl_report_opts *o)
{
	if (f->nrelated == 0)
		return;
	pl_jw_key(w, "relatedLocations");
	pl_jw_arr(w);
	for (size_t i = 0; i < f->nrelated; i++) {
		const struct pl_related *r = &f->related[i];

		pl_jw_obj(w);
		pl_jw_key(w, "id");
		pl_jw_int(w, (long long)i + 1);
		pl_jw_key(w, "physicalLocation");
		pl_jw_obj(w);
		artifact(w, r->path != NULL ? r->path : "-", o->base_dir);
		if (r->line > 0) {
			pl_jw_key(w, "region");
			pl_jw_obj(w);
			pl_jw_key(w, "startLine");
			pl_jw_int(w, r->line);
			pl_jw_obj_end(w);
		}
		pl_jw_obj_end(w);
		if (r->note != NULL)
			text_obj(w, "message", r->note);
		pl_jw_obj_end(w);
	}
	pl_jw_arr_end(w);
}

/* properties of a result in a .docx or a PDF: where, page, table, row,
 * column. */
static void
place(struct pl_jsonw *w, const char *where, const struct pl_pos *loc)
{
	pl_jw_key(w, "properties");
	pl_jw_obj(w);
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
			pl_jw_key(w, "column");
			pl_jw_int(w, loc->cell);
		}
	}
	pl_jw_obj_end(w);
}

static long
rule_index(const char *id, const struct pl_rule_desc *rules, size_t nrules)
{
	for (size_t i = 0; id != NULL && i < nrules; i++)
		if (strcmp(rules[i].id, id) == 0)
			return (long)i;
	return -1;
}

static void
results(struct pl_jsonw *w, const struct pl_doc *doc,
    const struct pl_rule_desc *rules, size_t nrules,
    const struct pl_report_opts *o)
{
	struct pl_buf rel = { 0 };
	char (*fp)[PL_FINGERPRINT_LEN], buf[64];
	const char *where;
	struct pl_pos loc;

	pl_report_relpath(&rel, doc->path, o->base_dir);
	fp = pl_xcalloc(doc->nfindings + 1, sizeof(*fp));
	pl_fingerprint_findings(doc, rel.s, fp);
	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct pl_finding *f = &doc->findings[i];
		long ri = rule_index(f->rule, rules, nrules);

		pl_jw_obj(w);
		pl_jw_key(w, "ruleId");
		pl_jw_str(w, f->rule != NULL ? f->rule : "planlint");
		if (ri >= 0) {
			pl_jw_key(w, "ruleIndex");
			pl_jw_int(w, ri);
		}
		pl_jw_key(w, "level");
		pl_jw_str(w, level(f->severity));
		text_obj(w, "message", f->message != NULL ? f->message :
		    f->rule);
		where = pl_report_where(doc, f, o->lang, &loc, buf,
		    sizeof(buf));
		pl_jw_key(w, "locations");
		pl_jw_arr(w);
		pl_jw_obj(w);
		pl_jw_key(w, "physicalLocation");
		pl_jw_obj(w);
		artifact(w, doc->path, o->base_dir);
		region(w, doc, &f->pos);
		pl_jw_obj_end(w);
		/* A .docx or a PDF: the place as a reader finds it. */
		if (where != NULL)
			text_obj(w, "message", where);
		pl_jw_obj_end(w);
		pl_jw_arr_end(w);
		related(w, f, o);
		if (where != NULL)
			place(w, where, &loc);
		pl_jw_key(w, "partialFingerprints");
		pl_jw_obj(w);
		pl_jw_key(w, "planlint/v1");
		pl_jw_str(w, fp[i]);
		pl_jw_obj_end(w);
		pl_jw_obj_end(w);
	}
	free(fp);
	pl_buf_free(&rel);
}

void
pl_report_sarif(struct pl_buf *out, const struct pl_doc *const *docs,
    size_t n, const struct pl_rule_desc *rules, size_t nrules,
    const struct pl_report_opts *o)
{
	struct pl_jsonw w;

	pl_jw_init(&w, out, true);
	pl_jw_obj(&w);
	pl_jw_key(&w, "$schema");
	pl_jw_str(&w, SARIF_SCHEMA);
	pl_jw_key(&w, "version");
	pl_jw_str(&w, "2.1.0");
	pl_jw_key(&w, "runs");
	pl_jw_arr(&w);
	pl_jw_obj(&w);
	driver(&w, rules, nrules, o);
	base_ids(&w, o->base_dir);
	pl_jw_key(&w, "language");
	pl_jw_str(&w, o->lang == PL_LANG_EN ? "en" : "vi");
	pl_jw_key(&w, "columnKind");
	pl_jw_str(&w, "unicodeCodePoints");
	pl_jw_key(&w, "results");
	pl_jw_arr(&w);
	for (size_t i = 0; i < n; i++)
		results(&w, docs[i], rules, nrules, o);
	pl_jw_arr_end(&w);
	pl_jw_obj_end(&w);
	pl_jw_arr_end(&w);
	pl_jw_obj_end(&w);
	pl_buf_addc(out, '\n');
}
