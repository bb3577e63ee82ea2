/*
 * test_citation.c: cited documents (citation.c): Party and State
 * symbols, the malformed mixes and their normalization, kinds, dates,
 * positions and the document's own symbol.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "../../src/ingest/ingest_int.h"

/* A document whose lines are text split at '\n'; nothing else parsed. */
static struct pl_doc *
doc_of(const char *text, const char *self)
{
	struct pl_doc *doc = pl_doc_new("t.txt");
	const char *p = text;
	int n = 0;

	for (;;) {
		const char *e = strchr(p, '\n');
		size_t len = e != NULL ? (size_t)(e - p) : strlen(p);
		struct pl_line *l = pl_doc_add_line(doc);

		l->s = pl_arena_strndup(doc->arena, p, len);
		l->len = len;
		l->orig = ++n;
		if (e == NULL)
			break;
		p = e + 1;
	}
	doc->meta.symbol = self;
	pl_citations_scan(doc);
	return doc;
}

struct cit_case {
	const char	*text;
	const char	*kind;	/* NULL: none expected */
	const char	*symbol;	/* NULL: no citation at all */
	const char	*raw_symbol;	/* as written */
	const char	*date;	/* ISO, "" when none */
	const char	*raw;
};

static const struct cit_case cases[] = {
	/* Party */
	{ "thực hiện Kết luận số 199-KL/TW, ngày 10-10-2025 của Ban Chấp hành",
	    "Kết luận", "199-KL/TW", "199-KL/TW", "2025-10-10",
	    "Kết luận số 199-KL/TW, ngày 10-10-2025" },
	{ "Chương trình hành động số 09-CTr/TU, ngày 19-12-2025",
	    "Chương trình hành động", "09-CTr/TU", "09-CTr/TU", "2025-12-19",
	    "Chương trình hành động số 09-CTr/TU, ngày 19-12-2025" },
	{ "(sau đây viết tắt là Chương trình số 09-CTr/TU)", "Chương trình",
	    "09-CTr/TU", "09-CTr/TU", "", "Chương trình số 09-CTr/TU" },
	{ "Kế hoạch số 12-KH/ĐU, ngày 28-8-2025", "Kế hoạch", "12-KH/ĐU",
	    "12-KH/ĐU", "2025-08-28", "Kế hoạch số 12-KH/ĐU, ngày 28-8-2025" },
	{ "Hướng dẫn số 10-HD/BTGDVTW ngày 06/02/2026 của Ban", "Hướng dẫn",
	    "10-HD/BTGDVTW", "10-HD/BTGDVTW", "2026-02-06",
	    "Hướng dẫn số 10-HD/BTGDVTW ngày 06/02/2026" },
	{ "Nghị quyết số 57-NQ/TW về đột phá", "Nghị quyết", "57-NQ/TW",
	    "57-NQ/TW", "", "Nghị quyết số 57-NQ/TW" },
	{ "theo nghị quyết số 57-NQ/TW", "Nghị quyết", "57-NQ/TW", "57-NQ/TW",
	    "", "nghị quyết số 57-NQ/TW" },
	{ "Chỉ thị 05-CT/TW của Bộ Chính trị", "Chỉ thị", "05-CT/TW",
	    "05-CT/TW", "", "Chỉ thị 05-CT/TW" },
	{ "Quy định 296-QĐ/TW", "Quy định", "296-QĐ/TW", "296-QĐ/TW", "",
	    "Quy định 296-QĐ/TW" },
	/* State */
	{ "Quyết định số 178/2004/QĐ-TTg ngày 05/10/2004 của Thủ tướng",
	    "Quyết định", "178/2004/QĐ-TTg", "178/2004/QĐ-TTg", "2004-10-05",
	    "Quyết định số 178/2004/QĐ-TTg ngày 05/10/2004" },
	{ "Căn cứ Thông báo số 189/TB-VPCP ngày 27/4/2024 của Văn phòng",
	    "Thông báo", "189/TB-VPCP", "189/TB-VPCP", "2024-04-27",
	    "Thông báo số 189/TB-VPCP ngày 27/4/2024" },
	{ "Nghị định số 136/2020/NĐ-CP ngày 24/11/2020 của Chính phủ",
	    "Nghị định", "136/2020/NĐ-CP", "136/2020/NĐ-CP", "2020-11-24",
	    "Nghị định số 136/2020/NĐ-CP ngày 24/11/2020" },
	{ "(Nghị quyết số 224/2025/QH15, ngày 13/11/2025).", "Nghị quyết",
	    "224/2025/QH15", "224/2025/QH15", "2025-11-13",
	    "Nghị quyết số 224/2025/QH15, ngày 13/11/2025" },
	{ "Nghị quyết số 76/2025/UBTVQH15", "Nghị quyết", "76/2025/UBTVQH15",
	    "76/2025/UBTVQH15", "", "Nghị quyết số 76/2025/UBTVQH15" },
	{ "Nghị quyết số 1654/NQ-UBTVQH15", "Nghị quyết", "1654/NQ-UBTVQH15",
	    "1654/NQ-UBTVQH15", "", "Nghị quyết số 1654/NQ-UBTVQH15" },
	{ "Công văn số 2231/SNV-CCHC&PC ngày 3/4/2025", "Công văn",
	    "2231/SNV-CCHC&PC", "2231/SNV-CCHC&PC", "2025-04-03",
	    "Công văn số 2231/SNV-CCHC&PC ngày 3/4/2025" },
	{ "(kèm theo Kế hoạch số 158 /KH-UBND ngày 16 tháng 5 năm 2024 của",
	    "Kế hoạch", "158/KH-UBND", "158 /KH-UBND", "2024-05-16",
	    "Kế hoạch số 158 /KH-UBND ngày 16 tháng 5 năm 2024" },
	/* kinds from the type when no word names them */
	{ "theo 111/KH-UBND", "Kế hoạch", "111/KH-UBND", "111/KH-UBND", "",
	    "111/KH-UBND" },
	{ "văn bản 123/UBND-KT", "Công văn", "123/UBND-KT", "123/UBND-KT", "",
	    "123/UBND-KT" },
	{ "theo 72/2025/QH15", NULL, "72/2025/QH15", "72/2025/QH15", "",
	    "72/2025/QH15" },
	{ "theo 18-KL/TW", "Kết luận", "18-KL/TW", "18-KL/TW", "",
	    "18-KL/TW" },
	/* malformed mixes: normalized, the raw form kept */
	{ "Nghị quyết số 71/NQ-TW, ngày 22-8-2025 của Bộ Chính trị",
	    "Nghị quyết", "71-NQ/TW", "71/NQ-TW", "2025-08-22",
	    "Nghị quyết số 71/NQ-TW, ngày 22-8-2025" },
	{ "Chương trình hành động số 09-CTr-TU ngày 19-12-2025",
	    "Chương trình hành động", "09-CTr/TU", "09-CTr-TU", "2025-12-19",
	    "Chương trình hành động số 09-CTr-TU ngày 19-12-2025" },
	{ "Kế hoạch số 12-KH-UBND", "Kế hoạch", "12/KH-UBND", "12-KH-UBND",
	    "", "Kế hoạch số 12-KH-UBND" },
	/* a line wrap after the hyphen is not a mistake */
	{ "Thông báo số 1446-\nTB/TU ngày 06/5/2024 của Ban", "Thông báo",
	    "1446-TB/TU", "1446-TB/TU", "2024-05-06",
	    "Thông báo số 1446-TB/TU ngày 06/5/2024" },
	{ "Nghị quyết số 72-\n\nNQ/TW ngày\n09/9/2025", "Nghị quyết",
	    "72-NQ/TW", "72-NQ/TW", "2025-09-09",
	    "Nghị quyết số 72-NQ/TW ngày 09/9/2025" },
	{ "tổng kết Quyết định số\n178/2004/QĐ-TTg ngày", "Quyết định",
	    "178/2004/QĐ-TTg", "178/2004/QĐ-TTg", "",
	    "Quyết định số 178/2004/QĐ-TTg" },
	/* an impossible date is no date */
	{ "Kế hoạch số 5-KH/TU ngày 31/2/2026", "Kế hoạch", "5-KH/TU",
	    "5-KH/TU", "", "Kế hoạch số 5-KH/TU" },
	/* not citations */
	{ "ngày 22-12-2024 và ngày 04/5/2025", NULL, NULL, NULL, NULL, NULL },
	{ "xếp hạng 11/34 trên cả nước, 05/34", NULL, NULL, NULL, NULL, NULL },
	{ "giai đoạn 2026-2030, nhiệm kỳ 2025 - 2030", NULL, NULL, NULL, NULL,
	    NULL },
	{ "T/M BAN THƯỜNG VỤ; Thường trực Tỉnh ủy (b/c)", NULL, NULL, NULL,
	    NULL, NULL },
	{ "dịch COVID-19 và ĐT 0297-3862", NULL, NULL, NULL, NULL, NULL },
	{ "Số         -CTr/TU", NULL, NULL, NULL, NULL, NULL },
	{ "Quý II/2026; Tháng 5/2024", NULL, NULL, NULL, NULL, NULL },
	{ "x5-NQ/TW, 5-NQ/TWx, 5-NQ/TW/2", NULL, NULL, NULL, NULL, NULL },
	{ "123456-NQ/TW", NULL, NULL, NULL, NULL, NULL },
	{ "5-nq/tw", NULL, NULL, NULL, NULL, NULL },
	{ "", NULL, NULL, NULL, NULL, NULL },
};

Test(citation, table)
{
	char buf[11];

	for (size_t i = 0; i < PL_NELEM(cases); i++) {
		const struct cit_case *c = &cases[i];
		struct pl_doc *doc = doc_of(c->text, NULL);
		const struct pl_citation *ct = doc->citations;

		if (c->symbol == NULL) {
			cr_expect_eq(doc->ncitations, 0, "\"%s\": %zu found",
			    c->text, doc->ncitations);
			if (doc->ncitations > 0)
				cr_expect(0, "first: %s", ct->symbol);
			pl_doc_free(doc);
			continue;
		}
		cr_expect_eq(doc->ncitations, 1, "\"%s\": %zu found", c->text,
		    doc->ncitations);
		if (doc->ncitations == 0) {
			pl_doc_free(doc);
			continue;
		}
		if (c->kind == NULL)
			cr_expect_null(ct->kind, "\"%s\": kind %s", c->text,
			    ct->kind);
		else
			cr_expect_str_eq(ct->kind != NULL ? ct->kind : "(null)",
			    c->kind, "\"%s\"", c->text);
		cr_expect_str_eq(ct->symbol, c->symbol, "\"%s\"", c->text);
		cr_expect_str_eq(ct->symbol_raw, c->raw_symbol, "\"%s\"",
		    c->text);
		cr_expect_str_eq(pl_date_iso(ct->date, buf), c->date,
		    "\"%s\": date %s", c->text, buf);
		cr_expect_str_eq(ct->raw, c->raw, "\"%s\": raw \"%s\"",
		    c->text, ct->raw);
		cr_expect(!ct->self, "\"%s\"", c->text);
		pl_doc_free(doc);
	}
}

Test(citation, one_per_occurrence_in_order)
{
	struct pl_doc *doc = doc_of("Kết luận số 199-KL/TW; Kết luận số "
	    "199-KL/TW, ngày 10-10-2025\n\nvà Nghị quyết số 57-NQ/TW", NULL);

	cr_assert_eq(doc->ncitations, 3);
	cr_assert_str_eq(doc->citations[0].symbol, "199-KL/TW");
	cr_assert_eq(doc->citations[0].date.y, 0);
	cr_assert_eq(doc->citations[1].date.y, 2025);
	cr_assert_str_eq(doc->citations[2].symbol, "57-NQ/TW");
	cr_assert_eq(doc->citations[2].pos.line, 3);
	pl_doc_free(doc);
}

Test(citation, positions_in_code_points)
{
	/* "Kết luận số " is 12 code points and more bytes. */
	struct pl_doc *doc = doc_of("x\nKết luận số 199-KL/TW.\n"
	    "Thông báo số 1446-\nTB/TU", NULL);
	const struct pl_citation *c = doc->citations;

	cr_assert_eq(doc->ncitations, 2);
	cr_assert_eq(c[0].pos.line, 2);
	cr_assert_eq(c[0].pos.col, 13);
	cr_assert_eq(c[0].pos.end_line, 2);
	cr_assert_eq(c[0].pos.end_col, 21);
	cr_assert_eq(c[1].pos.line, 3);
	cr_assert_eq(c[1].pos.col, 14);
	cr_assert_eq(c[1].pos.end_line, 4);
	cr_assert_eq(c[1].pos.end_col, 5);
	pl_doc_free(doc);
}

Test(citation, own_symbol)
{
	struct pl_doc *doc = doc_of("UBND TỈNH\nSố: 158 /KH-UBND\n\nCăn cứ "
	    "Thông báo số 189/TB-VPCP\n(kèm theo Kế hoạch số 158 /KH-UBND "
	    "ngày 16 tháng 5 năm 2024)", "158/KH-UBND");
	const struct pl_citation *c = doc->citations;

	cr_assert_eq(doc->ncitations, 3);
	cr_assert(c[0].self);
	cr_assert_str_eq(c[0].kind, "Kế hoạch");
	cr_assert_str_eq(c[0].symbol, "158/KH-UBND");
	cr_assert_str_eq(c[0].symbol_raw, "158 /KH-UBND");
	cr_assert_str_eq(c[0].raw, "Số: 158 /KH-UBND");
	cr_assert(!c[1].self);
	cr_assert(c[2].self);
	cr_assert_eq(c[2].date.d, 16);
	pl_doc_free(doc);

	/* The header "Số" marks the own symbol even when meta missed it;
	 * another document's symbol equal to nothing is not self. */
	doc = doc_of("Số 36-HD/VPTW\nHướng dẫn số 11-HD/VPTW", NULL);
	cr_assert_eq(doc->ncitations, 2);
	cr_assert(doc->citations[0].self);
	cr_assert_str_eq(doc->citations[0].kind, "Hướng dẫn");
	cr_assert(!doc->citations[1].self);
	pl_doc_free(doc);
}

Test(citation, empty_document)
{
	struct pl_doc *doc = pl_doc_new("t.txt");

	pl_citations_scan(doc);
	cr_assert_eq(doc->ncitations, 0);
	pl_doc_free(doc);
}
