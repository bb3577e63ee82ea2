/*
 * test_sarif.c: the SARIF 2.1.0 reporter (sarif.c): exact output for a
 * small case, levels, regions, URIs, rule indexes, fingerprints.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/report/report.h"

static const struct pl_rule_desc rules[] = {
	{ "task.missing-lead", PL_SEV_ERROR, "Nhiệm vụ thiếu cơ quan chủ trì.",
	    "Mỗi nhiệm vụ phải giao cho một cơ quan chủ trì.",
	    "Ghi rõ cơ quan chủ trì." },
	{ "task.vague-deadline", PL_SEV_WARNING, "Thời hạn không rõ.", NULL,
	    NULL },
	{ "doc.no-symbol", PL_SEV_INFO, NULL, NULL, NULL },
};

static const struct pl_report_opts opts = {
	.version = "0.1.0",
	.info_uri = "https://example.org/planlint",
	.base_dir = "/srv/repo",
	.lang = PL_LANG_VI,
};

static struct pl_finding *
finding(struct pl_doc *doc, const char *rule, enum pl_severity sev,
    int line, int col, int end_line, int end_col, int task,
    const char *message, const char *quote)
{
	struct pl_finding *f = pl_doc_add_finding(doc);

	f->rule = rule;
	f->severity = sev;
	f->pos.line = line;
	f->pos.col = col;
	f->pos.end_line = end_line;
	f->pos.end_col = end_col;
	f->task = task;
	f->message = message;
	f->quote = quote;
	return f;
}

/* A document with text, two tasks and findings of every kind. */
static struct pl_doc *
sample(void)
{
	static const char *lines[] = {
		"KẾ HOẠCH",
		"1. Rà soát thủ tục hành chính",
		"2. Đẩy mạnh chuyển đổi số; thời gian: kịp thời",
	};
	struct pl_doc *doc = pl_doc_new("/srv/repo/docs/kế hoạch 01.txt");
	struct pl_task *t;

	for (size_t i = 0; i < PL_NELEM(lines); i++) {
		struct pl_line *l = pl_doc_add_line(doc);

		l->s = lines[i];
		l->len = strlen(lines[i]);
		l->orig = (int)i + 1;
	}
	t = pl_doc_add_task(doc);
	t->text = "Rà soát thủ tục hành chính";
	t->pos.line = t->pos.end_line = 2;
	t = pl_doc_add_task(doc);
	t->text = "Đẩy mạnh chuyển đổi số";
	t->pos.line = t->pos.end_line = 3;
	finding(doc, "task.missing-lead", PL_SEV_ERROR, 2, 0, 2, 0, 0,
	    "Nhiệm vụ \"1\" chưa có cơ quan chủ trì.", NULL);
	finding(doc, "task.vague-deadline", PL_SEV_WARNING, 3, 37, 3, 44, 1,
	    "Thời hạn \"kịp thời\" không rõ.", "kịp thời");
	finding(doc, "doc.no-symbol", PL_SEV_INFO, 0, 0, 0, 0, -1,
	    "Văn bản chưa có số, ký hiệu.", NULL);
	pl_finding_add_related(doc->arena, finding(doc, "plan.unknown-rule",
	    PL_SEV_WARNING, 2, 4, 3, 0, -1, "Trùng với kế hoạch khác.",
	    "Rà soát"), "/srv/repo/docs/other plan.txt", 7, "Ở đây.");
	return doc;
}

static char *
render(const struct pl_doc *doc, const struct pl_rule_desc *r, size_t nr,
    const struct pl_report_opts *o)
{
	const struct pl_doc *docs[] = { doc };
	struct pl_buf out = { 0 };

	pl_report_sarif(&out, docs, 1, r, nr, o);
	return pl_buf_take(&out);
}

static const char small_want[] =
"{\n"
"  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
"  \"version\": \"2.1.0\",\n"
"  \"runs\": [\n"
"    {\n"
"      \"tool\": {\n"
"        \"driver\": {\n"
"          \"name\": \"planlint\",\n"
"          \"version\": \"1.2.3\",\n"
"          \"semanticVersion\": \"1.2.3\",\n"
"          \"rules\": [\n"
"            {\n"
"              \"id\": \"task.lead-named\",\n"
"              \"name\": \"TaskLeadNamed\",\n"
"              \"shortDescription\": {\n"
"                \"text\": \"Lead named.\"\n"
"              },\n"
"              \"fullDescription\": {\n"
"                \"text\": \"A lead agency is named.\"\n"
"              },\n"
"              \"help\": {\n"
"                \"text\": \"Name one.\"\n"
"              },\n"
"              \"defaultConfiguration\": {\n"
"                \"level\": \"error\"\n"
"              }\n"
"            }\n"
"          ]\n"
"        }\n"
"      },\n"
"      \"originalUriBaseIds\": {\n"
"        \"%SRCROOT%\": {\n"
"          \"uri\": \"file:///r/\"\n"
"        }\n"
"      },\n"
"      \"language\": \"en\",\n"
"      \"columnKind\": \"unicodeCodePoints\",\n"
"      \"results\": [\n"
"        {\n"
"          \"ruleId\": \"task.lead-named\",\n"
"          \"ruleIndex\": 0,\n"
"          \"level\": \"error\",\n"
"          \"message\": {\n"
"            \"text\": \"Name \\\"Sở Nội vụ\\\" once.\"\n"
"          },\n"
"          \"locations\": [\n"
"            {\n"
"              \"physicalLocation\": {\n"
"                \"artifactLocation\": {\n"
"                  \"uri\": \"plans/a%20b.txt\",\n"
"                  \"uriBaseId\": \"%SRCROOT%\"\n"
"                },\n"
"                \"region\": {\n"
"                  \"startLine\": 2,\n"
"                  \"startColumn\": 6,\n"
"                  \"endLine\": 2,\n"
"                  \"endColumn\": 15\n"
"                }\n"
"              }\n"
"            }\n"
"          ],\n"
"          \"partialFingerprints\": {\n"
"            \"planlint/v1\": \"################\"\n"
"          }\n"
"        }\n"
"      ]\n"
"    }\n"
"  ]\n"
"}\n";

Test(sarif, small_exact)
{
	static const struct pl_rule_desc r[] = {
		{ "task.lead-named", PL_SEV_ERROR, "Lead named.",
		    "A lead agency is named.", "Name one." },
	};
	struct pl_report_opts o = { .version = "1.2.3", .base_dir = "/r",
	    .lang = PL_LANG_EN };
	struct pl_doc *doc = pl_doc_new("/r/plans/a b.txt");
	char fp[1][PL_FINGERPRINT_LEN], want[sizeof(small_want)];
	char *got;

	pl_doc_add_line(doc)->s = "Dòng một";
	pl_doc_add_line(doc)->s = "Giao Sở Nội vụ chủ trì";
	finding(doc, "task.lead-named", PL_SEV_ERROR, 2, 6, 2, 14, -1,
	    "Name \"Sở Nội vụ\" once.", "Sở Nội vụ");
	pl_fingerprint_findings(doc, "plans/a b.txt", fp);
	memcpy(want, small_want, sizeof(want));
	memcpy(strstr(want, "################"), fp[0], 16);
	got = render(doc, r, PL_NELEM(r), &o);
	cr_assert_str_eq(got, want);
	free(got);
	pl_doc_free(doc);
}

Test(sarif, levels_and_default_configuration)
{
	struct pl_doc *doc = sample();
	char *got = render(doc, rules, PL_NELEM(rules), &opts);

	cr_assert_not_null(strstr(got, "\"level\": \"error\""));
	cr_assert_not_null(strstr(got, "\"level\": \"warning\""));
	/* info is SARIF's note, in rules and results alike. */
	cr_assert_not_null(strstr(got, "\"defaultConfiguration\": {\n"
	    "                \"level\": \"note\""));
	cr_assert_not_null(strstr(got, "\"ruleIndex\": 2,\n"
	    "          \"level\": \"note\""));
	cr_assert_null(strstr(got, "\"info\""));
	cr_assert_not_null(strstr(got, "\"language\": \"vi\""));
	cr_assert_not_null(strstr(got,
	    "\"informationUri\": \"https://example.org/planlint\""));
	free(got);
	pl_doc_free(doc);
}

Test(sarif, rule_texts_fall_back)
{
	struct pl_doc *doc = sample();
	char *got = render(doc, rules, PL_NELEM(rules), &opts);

	/* No full description or help: the short one stands in. */
	cr_assert_not_null(strstr(got, "\"fullDescription\": {\n"
	    "                \"text\": \"Thời hạn không rõ.\"\n"
	    "              },\n"
	    "              \"help\": {\n"
	    "                \"text\": \"Thời hạn không rõ.\""));
	/* No text at all: the id. */
	cr_assert_not_null(strstr(got, "\"shortDescription\": {\n"
	    "                \"text\": \"doc.no-symbol\""));
	cr_assert_not_null(strstr(got, "\"name\": \"DocNoSymbol\""));
	free(got);
	pl_doc_free(doc);
}

/* Expects the region of the first result in got. */
static void
expect_region(const char *got, int l, int c, int el, int ec)
{
	char want[256];

	snprintf(want, sizeof(want), "\"region\": {\n"
	    "                  \"startLine\": %d,\n"
	    "                  \"startColumn\": %d,\n"
	    "                  \"endLine\": %d,\n"
	    "                  \"endColumn\": %d\n", l, c, el, ec);
	cr_expect_not_null(strstr(got, want), "want %d:%d-%d:%d in\n%s", l, c,
	    el, ec, got);
}

static void
one_region(int line, int col, int end_line, int end_col, int l, int c,
    int el, int ec)
{
	struct pl_doc *doc = pl_doc_new("a.txt");
	char *got;

	/* 8 and 19 code points, more bytes. */
	pl_doc_add_line(doc)->s = "Kế hoạch";
	pl_doc_add_line(doc)->s = "Thời gian: kịp thời";
	pl_doc_add_line(doc)->s = "";
	finding(doc, "r.x", PL_SEV_WARNING, line, col, end_line, end_col, -1,
	    "m", NULL);
	got = render(doc, NULL, 0, &opts);
	expect_region(got, l, c, el, ec);
	free(got);
	pl_doc_free(doc);
}

Test(sarif, regions)
{
	/* A span: end_col is inclusive in the model, exclusive in SARIF. */
	one_region(2, 12, 2, 19, 2, 12, 2, 20);
	/* A whole line, counted in code points, not bytes. */
	one_region(2, 0, 0, 0, 2, 1, 2, 20);
	one_region(1, 0, 1, 0, 1, 1, 1, 9);
	/* From a column to the end of the line. */
	one_region(2, 12, 2, 0, 2, 12, 2, 20);
	/* Several lines: to the end of the last one. */
	one_region(1, 0, 2, 0, 1, 1, 2, 20);
	one_region(1, 3, 2, 5, 1, 3, 2, 6);
	/* The document as a whole: its first line. */
	one_region(0, 0, 0, 0, 1, 1, 1, 9);
	/* An empty line, or a line the text does not have. */
	one_region(3, 0, 3, 0, 3, 1, 3, 1);
	one_region(9, 4, 9, 0, 9, 4, 9, 4);
}

Test(sarif, unknown_rule_has_no_index)
{
	struct pl_doc *doc = sample();
	char *got = render(doc, rules, PL_NELEM(rules), &opts);
	const char *r = strstr(got, "\"ruleId\": \"plan.unknown-rule\"");

	cr_assert_not_null(r);
	cr_assert(pl_starts_with(strchr(r, '\n'), "\n          \"level\""));
	free(got);
	pl_doc_free(doc);
}

Test(sarif, related_locations)
{
	struct pl_doc *doc = sample();
	char *got = render(doc, rules, PL_NELEM(rules), &opts);

	cr_assert_not_null(strstr(got, "\"relatedLocations\": [\n"
	    "            {\n"
	    "              \"id\": 1,\n"
	    "              \"physicalLocation\": {\n"
	    "                \"artifactLocation\": {\n"
	    "                  \"uri\": \"docs/other%20plan.txt\",\n"
	    "                  \"uriBaseId\": \"%SRCROOT%\"\n"
	    "                },\n"
	    "                \"region\": {\n"
	    "                  \"startLine\": 7\n"
	    "                }\n"
	    "              },\n"
	    "              \"message\": {\n"
	    "                \"text\": \"Ở đây.\""));
	free(got);
	pl_doc_free(doc);
}

Test(sarif, uris)
{
	struct pl_report_opts o = opts;
	struct pl_doc *doc = sample();
	char *got;

	got = render(doc, rules, PL_NELEM(rules), &o);
	cr_assert_not_null(strstr(got,
	    "\"uri\": \"docs/k%E1%BA%BF%20ho%E1%BA%A1ch%2001.txt\",\n"
	    "                  \"uriBaseId\": \"%SRCROOT%\""));
	free(got);

	/* Outside the base: an absolute file URI, no base id. */
	o.base_dir = "/elsewhere";
	got = render(doc, rules, PL_NELEM(rules), &o);
	cr_assert_not_null(strstr(got, "\"uri\": \"file:///srv/repo/docs/"
	    "k%E1%BA%BF%20ho%E1%BA%A1ch%2001.txt\"\n"));
	cr_assert_null(strstr(got, "\"uriBaseId\": \"%SRCROOT%\",\n"
	    "                  \"region\""));
	cr_assert_not_null(strstr(got, "\"uri\": \"file:///elsewhere/\""));
	free(got);

	/* A relative base: no originalUriBaseIds to give. */
	o.base_dir = NULL;
	pl_doc_free(doc);
	doc = pl_doc_new("./plans/a.txt");
	finding(doc, "r.x", PL_SEV_ERROR, 1, 0, 1, 0, -1, "m", NULL);
	got = render(doc, NULL, 0, &o);
	cr_assert_null(strstr(got, "originalUriBaseIds"));
	cr_assert_not_null(strstr(got, "\"uri\": \"plans/a.txt\",\n"
	    "                  \"uriBaseId\": \"%SRCROOT%\""));
	free(got);
	pl_doc_free(doc);
}

Test(sarif, fingerprints_are_the_exported_ones)
{
	struct pl_doc *doc = sample();
	char *got = render(doc, rules, PL_NELEM(rules), &opts);
	char fp[4][PL_FINGERPRINT_LEN], want[64];

	cr_assert_eq(doc->nfindings, 4);
	pl_fingerprint_findings(doc, "docs/kế hoạch 01.txt", fp);
	for (size_t i = 0; i < 4; i++) {
		snprintf(want, sizeof(want), "\"planlint/v1\": \"%s\"", fp[i]);
		cr_expect_not_null(strstr(got, want), "%zu", i);
	}
	free(got);
	pl_doc_free(doc);
}

Test(sarif, no_documents_no_rules)
{
	struct pl_report_opts o = { .lang = PL_LANG_VI };
	struct pl_buf out = { 0 };

	pl_report_sarif(&out, NULL, 0, NULL, 0, &o);
	cr_assert_not_null(strstr(out.s, "\"rules\": []"));
	cr_assert_not_null(strstr(out.s, "\"results\": []"));
	cr_assert_null(strstr(out.s, "\"version\": \"0"));
	cr_assert_null(strstr(out.s, "informationUri"));
	pl_buf_free(&out);
}

/*
 * With PL_SARIF_SAMPLE=FILE, writes a log with every kind of result and
 * location for tests/sarif-validate.sh (the multitool) to check.
 */
Test(sarif, sample_file)
{
	const char *file = getenv("PL_SARIF_SAMPLE");
	struct pl_doc *doc = sample(), *out_of_base, *relative;
	const struct pl_doc *docs[3];
	struct pl_buf out = { 0 };
	FILE *fp;

	out_of_base = pl_doc_new("/tmp/x, y:z#1.txt");
	finding(out_of_base, "task.missing-lead", PL_SEV_ERROR, 0, 0, 0, 0,
	    -1, "Ngoài thư mục gốc.", NULL);
	relative = pl_doc_new("./plans/b.txt");
	finding(relative, "task.vague-deadline", PL_SEV_WARNING, 4, 2, 4, 0,
	    -1, "Tương đối.", "x");
	docs[0] = doc;
	docs[1] = out_of_base;
	docs[2] = relative;
	pl_report_sarif(&out, docs, PL_NELEM(docs), rules, PL_NELEM(rules),
	    &opts);
	cr_assert_not_null(strstr(out.s,
	    "\"uri\": \"file:///tmp/x,%20y%3Az%231.txt\""));
	if (file != NULL) {
		fp = fopen(file, "w");
		cr_assert_not_null(fp);
		fwrite(out.s, 1, out.len, fp);
		fclose(fp);
	}
	pl_buf_free(&out);
	pl_doc_free(relative);
	pl_doc_free(out_of_base);
	pl_doc_free(doc);
}
