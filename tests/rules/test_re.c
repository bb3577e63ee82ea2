/*
 * test_re.c: the PCRE2 wrapper (re.c): Vietnamese case folding and word
 * boundaries, and a catastrophic pattern that ends in an error naming its
 * rule instead of a hang.
 */
#include <time.h>

#include "rules_test.h"

Test(re, vietnamese_caseless_and_boundaries)
{
	struct pl_ruleset *rs = load_pack(
	    "rules:\n"
	    "  - id: x.y\n"
	    "    severity: info\n"
	    "    applies_to: document\n"
	    "    kind: pattern\n"
	    "    params: {pattern: '\\bđề\\s+nghị\\b'}\n"
	    "    message: m\n");
	struct pl_doc *doc = pl_doc_new("p.txt");

	add_line(doc, "ĐỀ NGHỊ Thành ủy");
	add_line(doc, "kiến nghịđề nghị");	/* no boundary before đ */
	add_line(doc, "Đề   nghị");
	run(rs, doc);
	cr_assert_eq(doc->nfindings, 2);
	cr_assert_eq(doc->findings[0].pos.line, 1);
	cr_assert_eq(doc->findings[1].pos.line, 3);
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}

Test(re, catastrophic_pattern_is_an_error_not_a_hang, .timeout = 20)
{
	struct pl_ruleset *rs = load_pack(
	    "rules:\n"
	    "  - id: user.slow\n"
	    "    severity: info\n"
	    "    applies_to: document\n"
	    "    kind: pattern\n"
	    "    params:\n"
	    "      pattern: '(a+)+$'\n"
	    "    message: m\n");
	struct pl_doc *doc = pl_doc_new("slow.txt");
	struct pl_check_opts o = { 0 };
	struct pl_err err;
	char line[4001];
	time_t t0 = time(NULL);

	memset(line, 'a', sizeof(line) - 2);
	line[sizeof(line) - 2] = '!';
	line[sizeof(line) - 1] = '\0';
	add_line(doc, "bình thường");
	add_line(doc, line);
	cr_assert_eq(pl_check_docs(rs, &doc, 1, &o, &err), -1);
	cr_assert_eq(err.code, PL_E_REGEX_LIMIT);
	cr_assert_str_eq(err.file, "t.yaml");
	cr_assert_eq(err.line, 7);
	cr_assert_not_null(strstr(err.detail, "[user.slow]"), "%s", err.detail);
	cr_assert_not_null(strstr(err.detail, "slow.txt:2"), "%s", err.detail);
	cr_assert_lt(time(NULL) - t0, 10);
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}

Test(re, honest_pattern_on_long_line)
{
	struct pl_ruleset *rs = load_pack(
	    "rules:\n"
	    "  - id: x.y\n"
	    "    severity: info\n"
	    "    applies_to: document\n"
	    "    kind: pattern\n"
	    "    params: {pattern: 'kịp\\s+thời'}\n"
	    "    message: m\n");
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_buf b = { 0 };

	for (int i = 0; i < 2000; i++)
		pl_buf_adds(&b, "triển khai thực hiện ");
	pl_buf_adds(&b, "kịp thời");
	add_line(doc, b.s);
	run(rs, doc);
	cr_assert_eq(doc->nfindings, 1);
	pl_buf_free(&b);
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}
