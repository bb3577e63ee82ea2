/*
 * test_kind_count.c: declared counts against the list that follows
 * (kind_count.c) with the shipped doc.declared-count rule.
 */
#include "rules_test.h"

/* Runs the shipped rules over lines[] (NULL-terminated). */
static struct pl_doc *
check_lines(const char *const *lines)
{
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *doc = pl_doc_new("p.txt");

	for (; *lines != NULL; lines++)
		add_line(doc, *lines);
	run(rs, doc);
	pl_ruleset_free(rs);
	return doc;
}

static const char *const six_pushes[] = {
	"1.9. Thực hiện “sáu đẩy mạnh” để phát triển Phú Quốc:",
	"",
	"a) Đẩy mạnh hoàn thiện cơ chế.",
	"",
	"b) Đẩy mạnh phát triển hạ tầng,",
	"giao thông, đô thị.",
	"- ý phụ không tính",
	"c) Đẩy mạnh phân cấp.",
	"d) Tăng cường giám sát.",
	"đ) Đẩy mạnh sản xuất.",
	"e) Đẩy mạnh văn hóa.",
	"g) Tranh thủ sự hỗ trợ.",
	"",
	"2. Các nhiệm vụ cụ thể",
	"a) không thuộc danh sách trên",
	NULL,
};

Test(count, word_number_and_letter_list)
{
	struct pl_doc *doc = check_lines(six_pushes);
	const struct pl_finding *f = find_rule(doc, "doc.declared-count");

	cr_assert_not_null(f);
	cr_assert_eq(count_rule(doc, "doc.declared-count"), 1);
	cr_assert_eq(f->pos.line, 1);
	cr_assert_eq(f->pos.col, 16);
	cr_assert_str_eq(f->message,
	    "Văn bản nêu \"sáu đẩy mạnh\" nhưng liệt kê 7 mục");
	cr_assert_not_null(strstr(f->hint, "đủ sáu"));
	pl_doc_free(doc);
}

Test(count, matching_lists_are_quiet)
{
	static const char *const ok[] = {
		"3. Về công tác xây dựng Đảng (kèm phụ lục phân ",
		"công), gồm 03 đầu việc chính sau: ",
		"",
		"(1) Tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh",
		"phản bác các quan điểm sai trái.",
		"",
		" (2) Tiếp tục nâng cao hiệu quả công tác dân vận.",
		"(3) Nâng cao chất lượng đội ngũ cán bộ.",
		"",
		"4. Về phát triển kinh tế, gồm 02 đầu việc chính sau:",
		"- Hoàn thiện quy hoạch.",
		"- Xây dựng mô hình tăng trưởng.",
		"",
		"5. Về văn hóa",
		"- không thuộc danh sách trên",
		"2.1. Các chỉ tiêu kinh tế (3 chỉ tiêu): (1) GRDP; (2) thu",
		"",
		"ngân sách; (3) xuất khẩu.",
		"2.2. Các chỉ tiêu xã hội (2 chỉ tiêu): (1) dân số (2) tuổi thọ",
		NULL,
	};
	struct pl_doc *doc = check_lines(ok);

	cr_assert_eq(doc->nfindings, 0, "%s", doc->nfindings ?
	    doc->findings[0].message : "");
	pl_doc_free(doc);
}

Test(count, inline_mismatch_and_declaration_across_lines)
{
	static const char *const bad[] = {
		"2.2. Các chỉ tiêu xã hội (18 chỉ tiêu): (1) Dân số; (2) Tuổi thọ;",
		"(3) Lao động.",
		"6. Về quốc phòng, an ninh, đối ngoại, gồm 04 đầu",
		"việc chính sau:",
		"(1) Xây dựng hải đội.",
		"(2) Xây dựng khu vực phòng thủ.",
		"(3) Bảo đảm an ninh trật tự.",
		"III- TỔ CHỨC THỰC HIỆN",
		NULL,
	};
	struct pl_doc *doc = check_lines(bad);

	cr_assert_eq(count_rule(doc, "doc.declared-count"), 2);
	cr_assert_eq(doc->findings[0].pos.line, 1);
	cr_assert_not_null(strstr(doc->findings[0].message, "liệt kê 3 mục"));
	cr_assert_eq(doc->findings[1].pos.line, 3);
	cr_assert_not_null(strstr(doc->findings[1].message,
	    "\"gồm 04 đầu\" nhưng liệt kê 3 mục"), "%s",
	    doc->findings[1].message);
	pl_doc_free(doc);
}

Test(count, table_rows_and_no_list)
{
	static const char *const rows[] = {
		"10\tThực hiện “ba đột phá” để phát triển:\t\t\t",
		"a)\tĐột phá thể chế\tSở Tư pháp\tThường xuyên",
		"TT\tNội dung\tCơ quan chủ trì\tThời gian",
		"b)\tĐột phá hạ tầng\tSở Xây dựng\tThường xuyên",
		"\tnối tiếp của dòng trên\t\t",
		"11\tViệc khác\tSở Nội vụ\tQuý II/2026",
		"Thực hiện 36 chỉ tiêu chủ yếu (kèm phụ lục phân công).",
		"(1) không phải danh sách của câu trên",
		"Bảo đảm “06 rõ” trong phân công.",
		"- một gạch đầu dòng",
		NULL,
	};
	struct pl_doc *doc = check_lines(rows);

	cr_assert_eq(count_rule(doc, "doc.declared-count"), 1);
	cr_assert_not_null(strstr(doc->findings[0].message, "liệt kê 2 mục"));
	pl_doc_free(doc);
}

Test(count, sub_rows_of_a_group_task)
{
	static const char *const lines[] = {
		"Thực hiện “hai nhiệm vụ”:",
		"PDF cell text that has no markers",
		NULL,
	};
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_task *g;

	for (size_t i = 0; lines[i] != NULL; i++)
		add_line(doc, lines[i]);
	g = add_good_row(doc, "PL/I/10", 1);
	g->group = true;
	add_good_row(doc, "PL/I/10/a", 2);
	add_good_row(doc, "PL/I/10/b", 2);
	add_good_row(doc, "PL/I/10/c", 2);
	add_good_row(doc, "PL/I/10/c/x", 2);
	add_good_row(doc, "PL/I/11", 2);
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "doc.declared-count"), 1);
	cr_assert_not_null(strstr(find_rule(doc, "doc.declared-count")->message,
	    "liệt kê 3 mục"));
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}
