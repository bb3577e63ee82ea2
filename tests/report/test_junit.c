/*
 * test_junit.c: the JUnit XML reporter (junit.c): exact output for a
 * small case, then a larger one parsed back with libxml2: suites, cases,
 * counts, failures and escaping.
 */
#include <criterion/criterion.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/report/report.h"

static struct pl_finding *
finding(struct pl_doc *doc, const char *rule, enum pl_severity sev,
    int line, int col, const char *message, const char *hint)
{
	struct pl_finding *f = pl_doc_add_finding(doc);

	f->rule = rule;
	f->severity = sev;
	f->pos.line = line;
	f->pos.col = col;
	f->task = -1;
	f->message = message;
	f->hint = hint;
	return f;
}

static char *
render(const struct pl_doc *const *docs, size_t n,
    const struct pl_rule_desc *rules, size_t nrules, enum pl_lang lang)
{
	struct pl_report_opts o = { .base_dir = "/w", .lang = lang };
	struct pl_buf out = { 0 };

	pl_report_junit(&out, docs, n, rules, nrules, &o);
	return pl_buf_take(&out);
}

static const struct pl_rule_desc two[] = {
	{ "r.a", PL_SEV_ERROR, NULL, NULL, NULL },
	{ "r.b", PL_SEV_WARNING, NULL, NULL, NULL },
};

Test(junit, exact)
{
	struct pl_doc *a = pl_doc_new("/w/a.txt");
	const struct pl_doc *docs[] = { a };
	char *got;

	finding(a, "r.a", PL_SEV_WARNING, 3, 5, "M1", "H1");
	finding(a, "r.a", PL_SEV_ERROR, 0, 0, "M2 <x> & \"y\"", NULL);
	got = render(docs, 1, two, 2, PL_LANG_EN);
	cr_assert_str_eq(got,
	    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<testsuites name=\"planlint\" tests=\"2\" failures=\"1\" "
	    "errors=\"0\">\n"
	    "  <testsuite name=\"a.txt\" tests=\"2\" failures=\"1\" "
	    "errors=\"0\" skipped=\"0\">\n"
	    "    <testcase classname=\"a.txt\" name=\"r.a\">\n"
	    "      <failure message=\"2 findings\" type=\"error\">"
	    "a.txt:3:5: warning: M1\n"
	    "  H1\n"
	    "a.txt: error: M2 &lt;x&gt; &amp; \"y\"\n"
	    "</failure>\n"
	    "    </testcase>\n"
	    "    <testcase classname=\"a.txt\" name=\"r.b\"/>\n"
	    "  </testsuite>\n"
	    "</testsuites>\n");
	free(got);
	pl_doc_free(a);
}

Test(junit, vietnamese_and_singular)
{
	struct pl_doc *a = pl_doc_new("/w/a.txt");
	const struct pl_doc *docs[] = { a };
	char *got;

	finding(a, "r.b", PL_SEV_INFO, 1, 0, "M", NULL);
	got = render(docs, 1, two, 2, PL_LANG_VI);
	cr_assert_not_null(strstr(got,
	    "<failure message=\"1 phát hiện\" type=\"info\">"
	    "a.txt:1: info: M\n"));
	free(got);
	got = render(docs, 1, two, 2, PL_LANG_EN);
	cr_assert_not_null(strstr(got, "<failure message=\"1 finding\" "));
	free(got);
	pl_doc_free(a);
}

Test(junit, no_documents)
{
	char *got = render(NULL, 0, two, 2, PL_LANG_EN);

	cr_assert_str_eq(got,
	    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<testsuites name=\"planlint\" tests=\"0\" failures=\"0\" "
	    "errors=\"0\">\n"
	    "</testsuites>\n");
	free(got);
}

/* ---- Parsing the report back ---- */

static double
xnum(xmlXPathContextPtr ctx, const char *expr)
{
	xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)expr,
	    ctx);
	double v;

	cr_assert_not_null(r, "%s", expr);
	v = xmlXPathCastToNumber(r);
	xmlXPathFreeObject(r);
	return v;
}

/* The string value of expr, compared with want. */
static void
xstr(xmlXPathContextPtr ctx, const char *expr, const char *want)
{
	xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)expr,
	    ctx);
	xmlChar *s;

	cr_assert_not_null(r, "%s", expr);
	s = xmlXPathCastToString(r);
	cr_expect_str_eq((char *)s, want, "%s", expr);
	xmlFree(s);
	xmlXPathFreeObject(r);
}

Test(junit, parses_back)
{
	static const struct pl_rule_desc three[] = {
		{ "r.a", PL_SEV_ERROR, NULL, NULL, NULL },
		{ "r.b", PL_SEV_WARNING, NULL, NULL, NULL },
		{ "r.c", PL_SEV_INFO, NULL, NULL, NULL },
	};
	struct pl_doc *a = pl_doc_new("/w/kế <hoạch> & \"x\" 'y'.txt");
	struct pl_doc *b = pl_doc_new("/w/b.txt");
	const struct pl_doc *docs[] = { a, b };
	xmlXPathContextPtr ctx;
	xmlDocPtr x;
	char *got;

	finding(a, "r.a", PL_SEV_ERROR, 2, 1, "Tab\there, bell\x07, ]]> end",
	    "Hint \xef\xbf\xbe.");
	finding(a, "r.c", PL_SEV_INFO, 5, 0, "C", NULL);
	finding(a, "r.c", PL_SEV_WARNING, 6, 0, "C2", NULL);
	/* A rule the list does not have still fails a case. */
	finding(b, "r.extra", PL_SEV_WARNING, 1, 0, "E", NULL);
	got = render(docs, 2, three, 3, PL_LANG_EN);

	x = xmlReadMemory(got, (int)strlen(got), "junit.xml", NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	cr_assert_not_null(x, "not well-formed:\n%s", got);
	ctx = xmlXPathNewContext(x);

	cr_assert_eq(xnum(ctx, "count(/testsuites/testsuite)"), 2);
	cr_assert_eq(xnum(ctx, "/testsuites/@tests"), 7);
	cr_assert_eq(xnum(ctx, "/testsuites/@failures"), 3);
	cr_assert_eq(xnum(ctx, "count(//testcase)"), 7);
	cr_assert_eq(xnum(ctx, "count(//testcase[failure])"), 3);
	/* Every suite's counts match its cases. */
	for (int i = 1; i <= 2; i++) {
		char e1[128], e2[128];

		snprintf(e1, sizeof(e1), "//testsuite[%d]/@tests", i);
		snprintf(e2, sizeof(e2), "count(//testsuite[%d]/testcase)", i);
		cr_assert_eq(xnum(ctx, e1), xnum(ctx, e2));
		snprintf(e1, sizeof(e1), "//testsuite[%d]/@failures", i);
		snprintf(e2, sizeof(e2),
		    "count(//testsuite[%d]/testcase[failure])", i);
		cr_assert_eq(xnum(ctx, e1), xnum(ctx, e2));
	}
	/* Names come back unescaped. */
	xstr(ctx, "//testsuite[1]/@name",
	    "kế <hoạch> & \"x\" 'y'.txt");
	xstr(ctx, "//testsuite[1]/testcase[1]/@classname",
	    "kế <hoạch> & \"x\" 'y'.txt");
	xstr(ctx, "//testsuite[1]/testcase[1]/@name", "r.a");
	xstr(ctx, "//testsuite[1]/testcase[1]/failure/@type", "error");
	xstr(ctx, "//testsuite[1]/testcase[1]/failure",
	    "kế <hoạch> & \"x\" 'y'.txt:2:1: error: "
	    "Tab\there, bell\xef\xbf\xbd, ]]> end\n"
	    "  Hint \xef\xbf\xbd.\n");
	xstr(ctx, "count(//testsuite[1]/testcase[2]/*)", "0");
	/* The worst level of the rule's findings names the failure. */
	xstr(ctx, "//testsuite[1]/testcase[3]/failure/@type", "warning");
	xstr(ctx, "//testsuite[1]/testcase[3]/failure/@message",
	    "2 findings");
	xstr(ctx, "//testsuite[2]/@tests", "4");
	xstr(ctx, "//testsuite[2]/testcase[4]/@name", "r.extra");
	xstr(ctx, "//testsuite[2]/testcase[4]/failure",
	    "b.txt:1: warning: E\n");

	xmlXPathFreeContext(ctx);
	xmlFreeDoc(x);
	free(got);
	pl_doc_free(a);
	pl_doc_free(b);
}

/* Attribute values keep tabs and newlines as character references. */
Test(junit, attribute_whitespace)
{
	struct pl_doc *a = pl_doc_new("/w/a\tb\nc.txt");
	const struct pl_doc *docs[] = { a };
	xmlXPathContextPtr ctx;
	xmlDocPtr x;
	char *got;

	got = render(docs, 1, two, 2, PL_LANG_EN);
	cr_assert_not_null(strstr(got, "name=\"a&#9;b&#10;c.txt\""));
	x = xmlReadMemory(got, (int)strlen(got), "junit.xml", NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	cr_assert_not_null(x);
	ctx = xmlXPathNewContext(x);
	xstr(ctx, "/testsuites/testsuite/@name", "a\tb\nc.txt");
	xmlXPathFreeContext(ctx);
	xmlFreeDoc(x);
	free(got);
	pl_doc_free(a);
}
