/*
 * junit.c: `planlint check --format junit`, JUnit XML for CI test
 * dashboards: a test suite per document, a test case per rule, failing
 * with the findings of that rule in that document.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

/*
 * Escapes s for XML 1.0 text or attribute values.  Control characters
 * XML cannot carry (and U+FFFE, U+FFFF) become U+FFFD; in attributes, tab
 * and newlines become character references so that parsers keep them.
 */
static void
xml_escape(struct pl_buf *out, const char *s, bool attr)
{
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		switch (c) {
		case '&':
			pl_buf_adds(out, "&amp;");
			continue;
		case '<':
			pl_buf_adds(out, "&lt;");
			continue;
		case '>':
			pl_buf_adds(out, "&gt;");
			continue;
		case '"':
			pl_buf_adds(out, attr ? "&quot;" : "\"");
			continue;
		case '\t':
		case '\n':
		case '\r':
			if (attr)
				pl_buf_printf(out, "&#%d;", c);
			else
				pl_buf_addc(out, (char)c);
			continue;
		}
		if (c < 0x20 || (c == 0xEF && (unsigned char)s[1] == 0xBF &&
		    ((unsigned char)s[2] & 0xFE) == 0xBE)) {
			pl_buf_adds(out, "\xEF\xBF\xBD");
			if (c == 0xEF)
				s += 2;
			continue;
		}
		pl_buf_addc(out, (char)c);
	}
}

/* The ids of rules with findings in doc that rules[] does not list. */
static size_t
extra_rules(const struct pl_doc *doc, const struct pl_rule_desc *rules,
    size_t nrules, const char ***out)
{
	const char **v = pl_xcalloc(doc->nfindings + 1, sizeof(*v));
	size_t n = 0, k;

	for (size_t i = 0; i < doc->nfindings; i++) {
		const char *id = doc->findings[i].rule;

		if (id == NULL)
			continue;
		for (k = 0; k < nrules; k++)
			if (strcmp(rules[k].id, id) == 0)
				break;
		if (k < nrules)
			continue;
		for (k = 0; k < n; k++)
			if (strcmp(v[k], id) == 0)
				break;
		if (k == n)
			v[n++] = id;
	}
	*out = v;
	return n;
}

static size_t
count(const struct pl_doc *doc, const char *id, enum pl_severity *worst)
{
	size_t n = 0;

	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct pl_finding *f = &doc->findings[i];

		if (f->rule == NULL || strcmp(f->rule, id) != 0)
			continue;
		if (n++ == 0 || f->severity > *worst)
			*worst = f->severity;
	}
	return n;
}

/* "a.txt:12:5: warning: message", then the hint indented. */
static void
failure_body(struct pl_buf *out, const struct pl_doc *doc, const char *id,
    const char *path)
{
	struct pl_buf line = { 0 };

	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct pl_finding *f = &doc->findings[i];

		if (f->rule == NULL || strcmp(f->rule, id) != 0)
			continue;
		pl_buf_reset(&line);
		pl_buf_adds(&line, path);
		if (f->pos.line > 0)
			pl_buf_printf(&line, ":%d", f->pos.line);
		if (f->pos.line > 0 && f->pos.col > 0)
			pl_buf_printf(&line, ":%d", f->pos.col);
		pl_buf_printf(&line, ": %s: %s\n",
		    pl_severity_name(f->severity),
		    f->message != NULL ? f->message : id);
		if (f->hint != NULL && *f->hint != '\0')
			pl_buf_printf(&line, "  %s\n", f->hint);
		xml_escape(out, line.s, false);
	}
	pl_buf_free(&line);
}

static void
testcase(struct pl_buf *out, const struct pl_doc *doc, const char *path,
    const char *id, enum pl_lang lang)
{
	enum pl_severity worst = PL_SEV_INFO;
	size_t k = count(doc, id, &worst);
	char msg[64];

	pl_buf_adds(out, "    <testcase classname=\"");
	xml_escape(out, path, true);
	pl_buf_adds(out, "\" name=\"");
	xml_escape(out, id, true);
	if (k == 0) {
		pl_buf_adds(out, "\"/>\n");
		return;
	}
	if (lang == PL_LANG_EN)
		snprintf(msg, sizeof(msg), "%zu finding%s", k,
		    k > 1 ? "s" : "");
	else
		snprintf(msg, sizeof(msg), "%zu phát hiện", k);
	pl_buf_printf(out, "\">\n      <failure message=\"%s\" type=\"%s\">",
	    msg, pl_severity_name(worst));
	failure_body(out, doc, id, path);
	pl_buf_adds(out, "</failure>\n    </testcase>\n");
}

static void
suite(struct pl_buf *out, const struct pl_doc *doc, const char *path,
    const struct pl_rule_desc *rules, size_t nrules,
    const char **extra, size_t nextra, size_t failures, enum pl_lang lang)
{
	pl_buf_adds(out, "  <testsuite name=\"");
	xml_escape(out, path, true);
	pl_buf_printf(out, "\" tests=\"%zu\" failures=\"%zu\" errors=\"0\" "
	    "skipped=\"0\">\n", nrules + nextra, failures);
	for (size_t i = 0; i < nrules; i++)
		testcase(out, doc, path, rules[i].id, lang);
	for (size_t i = 0; i < nextra; i++)
		testcase(out, doc, path, extra[i], lang);
	pl_buf_adds(out, "  </testsuite>\n");
}

/* Failing test cases of doc: listed rules with findings, plus extras. */
static size_t
failing(const struct pl_doc *doc, const struct pl_rule_desc *rules,
    size_t nrules, size_t nextra)
{
	enum pl_severity worst = PL_SEV_INFO;
	size_t k = nextra;

	for (size_t i = 0; i < nrules; i++)
		if (count(doc, rules[i].id, &worst) > 0)
			k++;
	return k;
}

void
pl_report_junit(struct pl_buf *out, const struct pl_doc *const *docs,
    size_t n, const struct pl_rule_desc *rules, size_t nrules,
    const struct pl_report_opts *o)
{
	struct pl_buf path = { 0 }, body = { 0 };
	size_t tests = 0, failures = 0;

	for (size_t i = 0; i < n; i++) {
		const char **extra;
		size_t nextra = extra_rules(docs[i], rules, nrules, &extra);
		size_t k = failing(docs[i], rules, nrules, nextra);

		pl_buf_reset(&path);
		pl_report_relpath(&path, docs[i]->path, o->base_dir);
		suite(&body, docs[i], path.s, rules, nrules, extra, nextra, k,
		    o->lang);
		tests += nrules + nextra;
		failures += k;
		free(extra);
	}
	pl_buf_adds(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	pl_buf_printf(out, "<testsuites name=\"planlint\" tests=\"%zu\" "
	    "failures=\"%zu\" errors=\"0\">\n", tests, failures);
	if (body.len > 0)
		pl_buf_add(out, body.s, body.len);
	pl_buf_adds(out, "</testsuites>\n");
	pl_buf_free(&path);
	pl_buf_free(&body);
}
