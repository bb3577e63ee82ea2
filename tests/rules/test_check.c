/*
 * test_check.c: running rules (check.c): findings sorted by line, column
 * and rule id; placeholders; quotes; task fields; the scorecard bits.
 */
#include "rules_test.h"
#include "../../src/rules/rules_int.h"

Test(check, findings_are_sorted)
{
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *doc = pl_doc_new("p.txt");

	add_row(doc, "B", 20, "Việc thứ hai cần làm", NULL, NULL,
	    PL_DL_MISSING, "x");
	add_row(doc, "A", 10, "Việc thứ nhất cần làm", NULL, "Kịp thời",
	    PL_DL_VAGUE, NULL);
	run(rs, doc);
	cr_assert_geq(doc->nfindings, 4);
	for (size_t i = 1; i < doc->nfindings; i++) {
		const struct pl_finding *a = &doc->findings[i - 1];
		const struct pl_finding *b = &doc->findings[i];

		cr_assert(a->pos.line < b->pos.line ||
		    (a->pos.line == b->pos.line && (a->pos.col < b->pos.col ||
		    (a->pos.col == b->pos.col &&
		    strcmp(a->rule, b->rule) <= 0))));
	}
	cr_assert_eq(doc->findings[0].pos.line, 10);
	cr_assert_str_eq(doc->findings[0].rule, "deadline.vague");
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}

Test(check, quotes_are_short)
{
	struct pl_arena *a = pl_arena_new();
	const char *q;

	cr_assert_str_eq(pl_quote(a, "  Ngắn   gọn ", 80), "Ngắn gọn");
	q = pl_quote(a, "Phát triển Phú Quốc theo mô hình đa trung tâm, thành "
	    "phố xanh, sạch, đẹp, vệ sinh, an toàn, thông minh; hình thành "
	    "chuỗi đô thị", 80);
	cr_assert_str_eq(q, "Phát triển Phú Quốc theo mô hình đa trung tâm, "
	    "thành phố xanh, sạch, đẹp, vệ…");
	cr_assert_leq(pl_utf8_count(q, strlen(q)), 81);
	/* No space to cut at: cut inside, on a character boundary. */
	q = pl_quote(a, "đđđđđđđđđđđđđđđđđđđđ", 5);
	cr_assert_str_eq(q, "đđđđđ…");
	cr_assert_null(pl_quote(a, NULL, 10));
	pl_arena_free(a);
}

Test(check, placeholders)
{
	struct pl_ruleset *rs = load_pack(
	    "rules:\n"
	    "  - id: x.y\n"
	    "    severity: warning\n"
	    "    kind: pattern\n"
	    "    params: {field: lead, pattern: 'Sở'}\n"
	    "    message: \"{task}|{match}|{quote}|{nope}|{\"\n"
	    "    hint: {vi: \"vi {task}\", en: \"en {task}\"}\n");
	struct pl_doc *doc = pl_doc_new("p.txt");

	add_good_row(doc, "PL/3", 4);
	run_docs(rs, &doc, 1, PL_LANG_EN);
	cr_assert_eq(doc->nfindings, 1);
	cr_assert_str_eq(doc->findings[0].message, "PL/3|Sở|Xây dựng Đề án "
	    "phát triển du lịch|{nope}|{");
	cr_assert_str_eq(doc->findings[0].hint, "en PL/3");
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}

Test(check, task_fields)
{
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_task *t = pl_doc_add_task(doc);
	enum pl_field f;

	pl_strlist_add(doc->arena, &t->lead, "Sở A");
	pl_strlist_add(doc->arena, &t->lead, " ");
	pl_strlist_add(doc->arena, &t->lead, "Sở B");
	t->product = "   ";
	cr_assert_str_eq(pl_task_field(doc, t, PL_F_LEAD), "Sở A; Sở B");
	cr_assert_null(pl_task_field(doc, t, PL_F_PRODUCT));
	cr_assert_null(pl_task_field(doc, t, PL_F_COORD));
	cr_assert_eq(pl_field_parse("coordinators", &f), 0);
	cr_assert_eq(f, PL_F_COORD);
	cr_assert_eq(pl_field_cell(f), PL_CELL_COORD);
	cr_assert_eq(pl_field_parse("budget", &f), -1);
	pl_doc_free(doc);
}

Test(check, sixro_from_fields)
{
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_task *t = pl_doc_add_task(doc);
	unsigned all = (1u << PL_SIXRO_COUNT) - 1;

	t->text = "Họp";	/* too short to be a concrete task */
	cr_assert_eq(pl_sixro_task(doc, t), 0);
	t->text = "Xây dựng Đề án phát triển";
	t->lead_raw = "Đề nghị Thành ủy lãnh đạo";
	cr_assert_eq(pl_sixro_task(doc, t), PL_SIXRO_VIEC | PL_SIXRO_NGUOI);
	t->lead_raw = "Sở Nội vụ";
	t->measures = "Ngân sách tỉnh";
	t->deadline.cls = PL_DL_SPECIFIC;
	t->product = "Đề án";
	cr_assert_eq(pl_sixro_task(doc, t), all);
	pl_strlist_add(doc->arena, &t->lead, "Sở Nội vụ");
	pl_strlist_add(doc->arena, &t->lead, "Sở Tài chính");
	cr_assert_eq(pl_sixro_task(doc, t) & PL_SIXRO_NGUOI, 0);
	t->parts = true;
	cr_assert_eq(pl_sixro_task(doc, t), all);
	t->deadline.cls = PL_DL_RECURRING;
	cr_assert_eq(pl_sixro_task(doc, t) & PL_SIXRO_THOI_GIAN, 0);
	t->group = true;
	cr_assert_eq(pl_sixro_task(doc, t), 0);
	pl_doc_free(doc);
}

Test(check, no_documents_and_no_rules)
{
	struct pl_ruleset *rs = load_pack("rules: []\n");
	struct pl_doc *doc = pl_doc_new("p.txt");

	run_docs(rs, NULL, 0, PL_LANG_VI);
	add_good_row(doc, "A", 1);
	run(rs, doc);
	cr_assert_eq(doc->nfindings, 0);
	cr_assert_not_null(doc->sixro);
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}

Test(check, sixro_authority_of_the_issuer)
{
	struct pl_doc *doc = pl_doc_new("p.txt");
	struct pl_task *t = pl_doc_add_task(doc);

	t->text = "Xây dựng Đề án phát triển";
	t->lead_raw = "Bộ Tài chính";
	cr_assert(pl_sixro_task(doc, t) & PL_SIXRO_THAM_QUYEN);	/* level unknown */
	doc->meta.level = PL_LEVEL_TINH;
	cr_assert_eq(pl_sixro_task(doc, t) & PL_SIXRO_THAM_QUYEN, 0);
	t->lead_raw = "  Bộ Chỉ huy Quân sự tỉnh";
	cr_assert(pl_sixro_task(doc, t) & PL_SIXRO_THAM_QUYEN);
	t->lead_raw = "Trung ương Đoàn";
	cr_assert_eq(pl_sixro_task(doc, t) & PL_SIXRO_THAM_QUYEN, 0);
	t->lead_raw = " Đề nghị Tỉnh ủy";
	cr_assert_eq(pl_sixro_task(doc, t) & PL_SIXRO_THAM_QUYEN, 0);
	doc->meta.level = PL_LEVEL_TRUNG_UONG;
	t->lead_raw = "Bộ Tài chính";
	cr_assert(pl_sixro_task(doc, t) & PL_SIXRO_THAM_QUYEN);
	/* A ministry asked to coordinate a provincial plan: beyond it too. */
	doc->meta.level = PL_LEVEL_TINH;
	t->lead_raw = "Đảng ủy UBND tỉnh";
	pl_strlist_add(doc->arena, &t->coordinators, "Sở Xây dựng");
	cr_assert(pl_sixro_task(doc, t) & PL_SIXRO_THAM_QUYEN);
	pl_strlist_add(doc->arena, &t->coordinators, "Bộ Xây dựng");
	cr_assert_eq(pl_sixro_task(doc, t) & PL_SIXRO_THAM_QUYEN, 0);
	pl_doc_free(doc);
}
