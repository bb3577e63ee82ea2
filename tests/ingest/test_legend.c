/*
 * test_legend.c: the "Ghi chú" abbreviation legend and "(sau đây viết tắt
 * là X)" definitions (legend.c), and cells written out with them.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "../../src/ingest/ingest_int.h"

static struct pl_doc *
ingest(const char *text)
{
	struct pl_doc *doc = NULL;
	struct pl_err err;

	cr_assert_eq(pl_ingest_bytes("t.txt", text, strlen(text), NULL, &doc,
	    &err), 0);
	return doc;
}

static const struct pl_abbrev *
abbrev(const struct pl_doc *doc, const char *abbr)
{
	for (size_t i = 0; i < doc->nabbrevs; i++)
		if (strcmp(doc->abbrevs[i].abbr, abbr) == 0)
			return &doc->abbrevs[i];
	return NULL;
}

Test(legend, ghi_chu_line)
{
	struct pl_doc *doc = ingest("KẾ HOẠCH\n\nGhi chú: Xúc tiến Đầu tư, "
	    "Thương mại và Du lịch (XTĐT, TM&DL); Giao thông vận tải (GVT); "
	    "Lao động - Thương binh và Xã hội (LĐ-TB&XH); Tài chính (TC).\n");
	const struct pl_abbrev *ab;

	cr_assert_eq(doc->nabbrevs, 4);
	cr_assert_not_null(ab = abbrev(doc, "XTĐT, TM&DL"));
	cr_expect_str_eq(ab->full, "Xúc tiến Đầu tư, Thương mại và Du lịch");
	cr_expect_eq(ab->line, 3);
	/* Kept as written, even where the table says "GTVT". */
	cr_assert_not_null(ab = abbrev(doc, "GVT"));
	cr_expect_str_eq(ab->full, "Giao thông vận tải");
	cr_assert_not_null(ab = abbrev(doc, "LĐ-TB&XH"));
	cr_expect_str_eq(ab->full, "Lao động - Thương binh và Xã hội");
	cr_assert_not_null(ab = abbrev(doc, "TC"));
	cr_expect_str_eq(ab->full, "Tài chính");
	pl_doc_free(doc);
}

Test(legend, one_entry_a_line)
{
	struct pl_doc *doc = ingest("Ghi chú:\n- KH&ĐT: Kế hoạch và Đầu tư;\n"
	    "- TN&MT: Tài nguyên và Môi trường.\n\nUBND tỉnh (UBND) sau.\n");
	const struct pl_abbrev *ab;

	cr_assert_eq(doc->nabbrevs, 2);
	cr_assert_not_null(ab = abbrev(doc, "KH&ĐT"));
	cr_expect_str_eq(ab->full, "Kế hoạch và Đầu tư");
	cr_expect_eq(ab->line, 2);
	cr_assert_not_null(ab = abbrev(doc, "TN&MT"));
	cr_expect_str_eq(ab->full, "Tài nguyên và Môi trường");
	cr_expect_eq(ab->line, 3);
	pl_doc_free(doc);
}

Test(legend, note_without_abbreviations)
{
	struct pl_doc *doc = ingest("Ghi chú: thời hạn tính theo ngày làm "
	    "việc.\n");

	cr_expect_eq(doc->nabbrevs, 0);
	pl_doc_free(doc);
}

Test(legend, prose_definitions)
{
	struct pl_doc *doc = ingest("Ủy ban nhân dân tỉnh (sau đây viết tắt "
	    "là UBND tỉnh) giao Sở Kế hoạch và Đầu tư (sau đây gọi tắt là "
	    "“KH&ĐT”) chủ trì.\n");
	const struct pl_abbrev *ab;

	cr_assert_not_null(ab = abbrev(doc, "UBND tỉnh"));
	cr_expect_str_eq(ab->full, "Ủy ban nhân dân tỉnh");
	cr_expect_eq(ab->line, 1);
	cr_assert_not_null(ab = abbrev(doc, "KH&ĐT"));
	cr_expect_str_eq(ab->full, "Kế hoạch và Đầu tư");
	pl_doc_free(doc);
}

Test(legend, names_stay_as_written)
{
	struct pl_doc *doc = ingest("Ủy ban nhân dân tỉnh (sau đây viết tắt "
	    "là UBND tỉnh) giao Sở Kế hoạch và Đầu tư (sau đây gọi tắt là "
	    "KH&ĐT) chủ trì.\n");
	struct pl_strlist out = { 0 };
	bool parts;

	/* "UBND tỉnh" already names the agency; "KH&ĐT" is written out. */
	pl_agency_split(doc, "UBND tỉnh (tổ chức thực hiện); Sở KH&ĐT", &out,
	    &parts);
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.v[0], "UBND tỉnh (tổ chức thực hiện)");
	cr_expect_str_eq(out.v[1], "Sở Kế hoạch và Đầu tư");
	pl_doc_free(doc);
}

Test(legend, prose_definitions_negative)
{
	struct pl_doc *doc = ingest("Ban Chỉ đạo phát triển khoa học, công "
	    "nghệ (sau đây viết tắt là BCĐ) họp.\n");

	/* Three words before "(" do not start with B: not recorded. */
	cr_expect_null(abbrev(doc, "BCĐ"));
	pl_doc_free(doc);
}

Test(legend, expands_cells)
{
	struct pl_doc *doc = ingest("Ghi chú: Xúc tiến Đầu tư, Thương mại và "
	    "Du lịch (XTĐT, TM&DL); Giao thông vận tải (GVT).\n");
	struct pl_strlist out = { 0 };
	bool parts;

	pl_agency_split(doc, "Trung tâm XTĐT, TM&DL; các Sở: GVT, GTVT", &out,
	    &parts);
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.v[0],
	    "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch");
	/* Both spellings name one department; the rule reports GVT/GTVT. */
	cr_expect_str_eq(out.v[1], "Sở Giao thông vận tải");
	pl_doc_free(doc);
}

Test(legend, corpus_004)
{
	struct pl_doc *doc = NULL;
	struct pl_err err;
	const struct pl_abbrev *ab;

	cr_assert_eq(pl_ingest_file("corpus/004_673b9414166de794.txt", NULL,
	    &doc, &err), 0);
	cr_expect_eq(doc->nabbrevs, 13);
	cr_assert_not_null(ab = abbrev(doc, "NN&PTNT"));
	cr_expect_str_eq(ab->full, "Nông nghiệp và Phát triển nông thôn");
	cr_expect_eq(ab->line, 202);
	cr_expect_not_null(abbrev(doc, "GVT"));
	cr_expect_null(abbrev(doc, "GTVT"));
	pl_doc_free(doc);
}
