/*
 * test_kind_input.c: the input kind (kind_input.c) and the shipped rule
 * doc.tracked-changes: one info finding at the first tracked change of a
 * .docx draft, none without; its parameters checked when the pack loads.
 */
#include "rules_test.h"
#include "../../src/ingest/ingest.h"

static const char pack[] =
    "rules:\n"
    "  - id: doc.tracked\n"
    "    severity: info\n"
    "    applies_to: document\n"
    "    kind: input\n"
    "    message: \"Còn thay đổi chưa chấp nhận\"\n";

Test(kind_input, finding_at_the_first_change)
{
	struct pl_ruleset *rs = load_pack(pack);
	struct pl_doc *doc = pl_doc_new("draft.docx");
	const struct pl_finding *f;

	add_line(doc, "KẾ HOẠCH");
	add_line(doc, "Giao Sở Tài chính chủ trì.");
	add_line(doc, "Đoạn khác.");
	doc->tracked_changes = true;
	doc->tracked_line = 2;
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "doc.tracked"), 1);
	f = find_rule(doc, "doc.tracked");
	cr_expect_eq(f->severity, PL_SEV_INFO);
	cr_expect_eq(f->pos.line, 2);
	cr_expect_eq(f->task, -1);
	cr_expect_str_eq(f->quote, "Giao Sở Tài chính chủ trì.");
	cr_expect_str_eq(f->message, "Còn thay đổi chưa chấp nhận");
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}

Test(kind_input, silent_without_changes)
{
	struct pl_ruleset *rs = load_pack(pack);
	struct pl_doc *doc = pl_doc_new("plan.txt");

	add_line(doc, "KẾ HOẠCH");
	run(rs, doc);
	cr_expect_eq(doc->nfindings, 0);
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}

/* A change line out of the text still gives a finding, on line 1. */
Test(kind_input, change_line_unknown)
{
	struct pl_ruleset *rs = load_pack(pack);
	struct pl_doc *doc = pl_doc_new("draft.docx");

	add_line(doc, "KẾ HOẠCH");
	doc->tracked_changes = true;
	doc->tracked_line = 40;
	run(rs, doc);
	cr_assert_eq(doc->nfindings, 1);
	cr_expect_eq(doc->findings[0].pos.line, 1);
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}

Test(kind_input, bad_params)
{
	struct pl_err err = pack_error(
	    "rules:\n"
	    "  - id: doc.tracked\n"
	    "    severity: info\n"
	    "    applies_to: document\n"
	    "    kind: input\n"
	    "    params: {check: comments}\n"
	    "    message: x\n");

	cr_expect_eq(err.code, PL_E_RULE);
	cr_expect_not_null(strstr(err.detail, "tracked_changes"), "%s",
	    err.detail);
	err = pack_error(
	    "rules:\n"
	    "  - id: doc.tracked\n"
	    "    severity: info\n"
	    "    kind: input\n"
	    "    params: {when: always}\n"
	    "    message: x\n");
	cr_expect_neq(err.code, PL_E_OK);
}

/* The shipped rule on the LibreOffice drafts: the tracked one at its
 * first changed paragraph, the clean one silent. */
Test(kind_input, shipped_rule_on_fixtures)
{
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *doc = NULL;
	struct pl_err err;
	const struct pl_finding *f;
	char where[64];

	cr_assert_eq(pl_ingest_file("tests/fixtures/tracked.docx", NULL, &doc,
	    &err), 0, "%s", err.detail);
	run_docs(rs, &doc, 1, PL_LANG_EN);
	cr_assert_not_null(f = find_rule(doc, "doc.tracked-changes"));
	cr_expect_eq(count_rule(doc, "doc.tracked-changes"), 1);
	cr_expect_eq(f->severity, PL_SEV_INFO);
	cr_expect_str_eq(f->message,
	    "The draft has unaccepted tracked changes");
	cr_expect_not_null(strstr(f->hint, "Accept or reject"));
	cr_expect_str_eq(pl_doc_where(doc, f->pos.line, f->pos.col, PL_LANG_EN,
	    where, sizeof(where)), "¶2");
	pl_doc_free(doc);
	cr_assert_eq(pl_ingest_file("tests/fixtures/plan.docx", NULL, &doc,
	    &err), 0, "%s", err.detail);
	run(rs, doc);
	cr_expect_eq(count_rule(doc, "doc.tracked-changes"), 0);
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}
