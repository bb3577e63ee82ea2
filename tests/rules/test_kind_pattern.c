/*
 * test_kind_pattern.c: patterns over task fields, document lines and
 * citations (kind_pattern.c); the shipped weak-product rule.
 */
#include "rules_test.h"

Test(pattern, weak_products)
{
	static const struct {
		const char	*product;
		bool		 weak;
	} cases[] = {
		{ "Theo chỉ tiêu đề ra", true },
		{ "Theo chỉ tiêu đề ra.", true },
		{ "theo chỉ tiêu được giao", true },
		{ "Báo cáo định kỳ, đột xuất", true },
		{ "- Báo cáo định kỳ, đột xuất.", true },
		{ "Báo cáo định kỳ và đột xuất", true },
		{ "Hoàn thành nhiệm vụ được giao", true },
		{ "Theo kế hoạch", true },
		{ "Báo cáo định kỳ 6 tháng gửi UBND tỉnh trước ngày 15/6", false },
		{ "Quyết định phê duyệt Đề án", false },
		{ "Tỷ lệ hộ nghèo giảm còn dưới 1% theo chỉ tiêu đề ra", false },
	};
	struct pl_ruleset *rs = load_shipped();

	for (size_t i = 0; i < PL_NELEM(cases); i++) {
		struct pl_doc *doc = pl_doc_new("p.txt");
		const struct pl_finding *f;

		add_good_row(doc, "PL/1.1", 7)->product = cases[i].product;
		run(rs, doc);
		f = find_rule(doc, "task.weak-product");
		cr_expect_eq(f != NULL, cases[i].weak, "%s", cases[i].product);
		if (f != NULL) {
			cr_expect_eq(f->severity, PL_SEV_INFO);
			cr_expect_eq(doc->sixro[0] & PL_SIXRO_SAN_PHAM, 0);
		} else
			cr_expect(doc->sixro[0] & PL_SIXRO_SAN_PHAM);
		pl_doc_free(doc);
	}
	pl_ruleset_free(rs);
}

Test(pattern, document_lines_with_position_and_unless)
{
	struct pl_ruleset *rs = load_pack(
	    "rules:\n"
	    "  - id: x.soon\n"
	    "    severity: warning\n"
	    "    applies_to: document\n"
	    "    kind: pattern\n"
	    "    params:\n"
	    "      patterns: ['\\bsớm nhất\\b', '\\bkhẩn trương\\b']\n"
	    "      unless: ['^Lưu:']\n"
	    "    message: \"“{match}” ở {quote}\"\n");
	struct pl_doc *doc = pl_doc_new("p.txt");
	const struct pl_finding *f;

	add_line(doc, "Không có gì.");
	add_line(doc, "Đề nghị các sở KHẨN TRƯƠNG triển khai.");
	add_line(doc, "Lưu: khẩn trương");
	run(rs, doc);
	cr_assert_eq(doc->nfindings, 1);
	f = &doc->findings[0];
	cr_assert_eq(f->pos.line, 2);
	cr_assert_eq(f->pos.col, 16, "col %d end %d", f->pos.col, f->pos.end_col);	/* code points, not bytes */
	cr_assert_eq(f->pos.end_col, 27);
	cr_assert_eq(f->task, -1);
	cr_assert_str_eq(f->message,
	    "“KHẨN TRƯƠNG” ở Đề nghị các sở KHẨN TRƯƠNG triển khai.");
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}

Test(pattern, citations_case_sensitive)
{
	struct pl_ruleset *rs = load_pack(
	    "rules:\n"
	    "  - id: x.old\n"
	    "    severity: info\n"
	    "    applies_to: citation\n"
	    "    kind: pattern\n"
	    "    params: {field: symbol, pattern: '-NQ/TW$', case_sensitive: true}\n"
	    "    message: \"{match}\"\n");
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_citation *c = pl_doc_add_citation(doc);

	c->symbol = "57-NQ/TW";
	c->raw = "Nghị quyết số 57-NQ/TW";
	c->pos.line = 9;
	c = pl_doc_add_citation(doc);
	c->symbol = "57-nq/tw";
	c->pos.line = 10;
	run(rs, doc);
	cr_assert_eq(doc->nfindings, 1);
	cr_assert_eq(doc->findings[0].pos.line, 9);
	cr_assert_str_eq(doc->findings[0].quote, "Nghị quyết số 57-NQ/TW");
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}

Test(pattern, unknown_field_is_an_error)
{
	struct pl_err err = pack_error(
	    "rules:\n"
	    "  - id: x.y\n"
	    "    severity: info\n"
	    "    kind: pattern\n"
	    "    params: {field: budget, pattern: x}\n"
	    "    message: m\n");

	cr_assert_eq(err.code, PL_E_RULE);
	cr_assert_not_null(strstr(err.detail, "unknown task field 'budget'"));
	cr_assert_eq(err.line, 5);
}
