/*
 * test_meta.c: document metadata (meta.c): State and Party headers, a
 * PDF draft with blanks, plans with no header (issuer from the preamble,
 * no date), levels and localities, and the "06 rõ" a plan declares.
 */
#include <criterion/criterion.h>
#include <stdio.h>
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

static struct pl_doc *
ingest_file(const char *path)
{
	struct pl_doc *doc = NULL;
	struct pl_err err;

	cr_assert_eq(pl_ingest_file(path, NULL, &doc, &err), 0, "%s", path);
	return doc;
}

static void
str_eq(const char *got, const char *want)
{
	if (want == NULL)
		cr_assert_null(got, "got \"%s\"", got);
	else {
		cr_assert_not_null(got, "want \"%s\"", want);
		cr_assert_str_eq(got, want);
	}
}

static void
date_eq(struct pl_date d, int y, int m, int day)
{
	cr_assert_eq(d.y, y);
	cr_assert_eq(d.m, m);
	cr_assert_eq(d.d, day);
}

Test(meta, state_header)
{
	struct pl_doc *doc = ingest(
	    "\n"
	    "ỦY BAN NHÂN DÂN\n"
	    "TỈNH KIÊN GIANG\n"
	    "\n"
	    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
	    "Độc lập - Tự do - Hạnh phúc\n"
	    "\n"
	    "Số: 158 /KH-UBND\n"
	    "\n"
	    "Kiên Giang, ngày 16 tháng 5 năm 2024\n"
	    "\n"
	    "KẾ HOẠCH\n"
	    "\n"
	    "Thực hiện Kết luận của Thủ tướng Chính phủ\n"
	    "về Đề án phát triển tổng thể đảo Phú Quốc\n"
	    "\n"
	    "Căn cứ Thông báo số 189/TB-VPCP ngày 27/4/2024 của Văn phòng\n"
	    "Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
	    "\n"
	    "I. MỤC ĐÍCH, YÊU CẦU\n"
	    "\n"
	    "TM. ỦY BAN NHÂN DÂN\n");

	str_eq(doc->meta.kind, "KẾ HOẠCH");
	cr_assert_eq(doc->meta.line, 12);
	str_eq(doc->meta.title, "Thực hiện Kết luận của Thủ tướng Chính phủ "
	    "về Đề án phát triển tổng thể đảo Phú Quốc");
	str_eq(doc->meta.issuer, "Ủy ban nhân dân tỉnh Kiên Giang");
	cr_assert_eq(doc->meta.level, PL_LEVEL_TINH);
	str_eq(doc->meta.locality, "Kiên Giang");
	str_eq(doc->meta.symbol, "158/KH-UBND");
	date_eq(doc->meta.date, 2024, 5, 16);
	cr_assert_not(doc->meta.party);
	pl_doc_free(doc);
}

Test(meta, party_header_commune)
{
	struct pl_doc *doc = ingest(
	    "ĐẢNG BỘ TỈNH AN GIANG\n"
	    "ĐẢNG ỦY XÃ MỸ HÒA HƯNG\n"
	    "*\n"
	    "Số 12-KH/ĐU\n"
	    "\n"
	    "ĐẢNG CỘNG SẢN VIỆT NAM\n"
	    "Mỹ Hòa Hưng, ngày 05 tháng 01 năm 2026\n"
	    "\n"
	    "KẾ HOẠCH\n"
	    "triển khai công tác chuyển đổi số năm 2026\n"
	    "\n"
	    "I- MỤC ĐÍCH, YÊU CẦU\n");

	str_eq(doc->meta.issuer, "Đảng ủy xã Mỹ Hòa Hưng");
	cr_assert_eq(doc->meta.level, PL_LEVEL_XA);
	str_eq(doc->meta.locality, "Mỹ Hòa Hưng");
	str_eq(doc->meta.symbol, "12-KH/ĐU");
	date_eq(doc->meta.date, 2026, 1, 5);
	cr_assert(doc->meta.party);
	str_eq(doc->meta.title, "triển khai công tác chuyển đổi số năm 2026");
	pl_doc_free(doc);
}

/* A PDF extraction: issuer and motto on one line, a draft number and day
 * left blank, the trích yếu broken by blank lines. */
Test(meta, pdf_draft_with_blanks)
{
	struct pl_doc *doc = ingest(
	    "  TỈNH ỦY AN GIANG ĐẢNG CỘNG SẢN VIỆT NAM \n"
	    " * An Giang, ngày       tháng 10 năm 2025 \n"
	    " Số         -CTr/TU \n"
	    "    \n"
	    "\n"
	    "CHƯƠNG TRÌNH HÀNH ĐỘNG \n"
	    "\n"
	    "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH \n"
	    "thực hiện Nghị quyết Đại hội Đảng bộ tỉnh  \n"
	    "\n"
	    "nhiệm kỳ 2025 - 2030  \n"
	    "----- \n"
	    "\n"
	    "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh, \n"
	    "Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình hành động: \n"
	    "\n"
	    "I- MỤC ĐÍCH, YÊU CẦU \n");

	str_eq(doc->meta.kind, "CHƯƠNG TRÌNH HÀNH ĐỘNG");
	str_eq(doc->meta.title, "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH thực hiện "
	    "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030");
	str_eq(doc->meta.issuer, "Tỉnh ủy An Giang");
	cr_assert_eq(doc->meta.level, PL_LEVEL_TINH);
	str_eq(doc->meta.locality, "An Giang");
	str_eq(doc->meta.symbol, NULL);
	cr_assert_eq(doc->meta.date.y, 0);
	cr_assert(doc->meta.party);
	pl_doc_free(doc);
}

/* No header: the issuer is in the preamble; dates cited there are not the
 * plan's own. */
Test(meta, headerless_party_plan)
{
	struct pl_doc *doc = ingest(
	    "\n"
	    "\n"
	    "KẾ HOẠCH\n"
	    "\n"
	    "thực hiện Kết luận số 199-KL/TW, ngày 10-10-2025\n"
	    "của Ban Chấp hành Trung ương Đảng khóa XIII\n"
	    "\n"
	    "Thực hiện Kết luận số 199-KL/TW, ngày 10-10-2025 của Ban Chấp "
	    "hành Trung ương Đảng khóa XIII. Ban Thường vụ Đảng ủy đặc khu "
	    "Phú Quốc xây dựng Kế hoạch thực hiện như sau:\n"
	    "\n"
	    "I- MỤC ĐÍCH, YÊU CẦU\n"
	    "\n"
	    "**T/M BAN THƯỜNG VỤ\n"
	    "BÍ THƯ**\n");

	str_eq(doc->meta.kind, "KẾ HOẠCH");
	cr_assert_eq(doc->meta.line, 3);
	str_eq(doc->meta.title, "thực hiện Kết luận số 199-KL/TW, ngày "
	    "10-10-2025 của Ban Chấp hành Trung ương Đảng khóa XIII");
	str_eq(doc->meta.issuer, "Ban Thường vụ Đảng ủy đặc khu Phú Quốc");
	cr_assert_eq(doc->meta.level, PL_LEVEL_DAC_KHU);
	str_eq(doc->meta.locality, "Phú Quốc");
	str_eq(doc->meta.symbol, NULL);
	cr_assert_eq(doc->meta.date.y, 0);
	cr_assert(doc->meta.party);
	pl_doc_free(doc);
}

/* "Đảng ủy Ủy ban nhân dân tỉnh" is named as the body "Đảng ủy UBND
 * tỉnh"; it names no province, so there is no locality. */
Test(meta, headerless_party_committee_of_ubnd)
{
	struct pl_doc *doc = ingest(
	    "KẾ HOẠCH\n"
	    "\n"
	    "Triển khai công tác tuyên truyền năm 2026\n"
	    "\n"
	    "Thực hiện Kế hoạch số 26-KH/TU, ngày 04/3/2026 của Ban Thường vụ "
	    "Tỉnh ủy, Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh xây dựng kế "
	    "hoạch triển khai như sau:\n"
	    "\n"
	    "I- MỤC ĐÍCH, YÊU CẦU\n");

	str_eq(doc->meta.issuer, "Ban Thường vụ Đảng ủy UBND tỉnh");
	cr_assert_eq(doc->meta.level, PL_LEVEL_TINH);
	str_eq(doc->meta.locality, NULL);
	cr_assert_eq(doc->meta.date.y, 0);
	cr_assert(doc->meta.party);
	pl_doc_free(doc);
}

/* A .docx header is a two-column table: its rows are lines with cells
 * joined by TAB. */
Test(meta, docx_header_table)
{
	struct pl_doc *doc = ingest(
	    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
	    "TỈNH AN GIANG\tĐộc lập - Tự do - Hạnh phúc\n"
	    "Số: 25/KH-UBND\tAn Giang, ngày 09 tháng 02 năm 2026\n"
	    "KẾ HOẠCH\n"
	    "Chuyển đổi số năm 2026\n");

	str_eq(doc->meta.issuer, "Ủy ban nhân dân tỉnh An Giang");
	str_eq(doc->meta.locality, "An Giang");
	str_eq(doc->meta.symbol, "25/KH-UBND");
	date_eq(doc->meta.date, 2026, 2, 9);
	cr_assert_not(doc->meta.party);
	pl_doc_free(doc);
}

/* A PDF without blank lines: the preamble follows the title at once. */
Test(meta, title_then_preamble_without_gap)
{
	struct pl_doc *doc = ingest(
	    "KẾ HOẠCH\n"
	    "Thực hiện chuyển đổi số trên địa bàn xã Tân Hiệp năm 2026\n"
	    "Thực hiện Kế hoạch số 45/KH-UBND ngày 15/01/2026 của Ủy ban nhân "
	    "dân tỉnh An\n"
	    "Giang, Ủy ban nhân dân xã Tân Hiệp ban hành Kế hoạch\n"
	    "thực hiện như sau:\n"
	    "I. MỤC ĐÍCH, YÊU CẦU\n");

	str_eq(doc->meta.title, "Thực hiện chuyển đổi số trên địa bàn xã Tân "
	    "Hiệp năm 2026");
	str_eq(doc->meta.issuer, "Ủy ban nhân dân xã Tân Hiệp");
	cr_assert_eq(doc->meta.level, PL_LEVEL_XA);
	pl_doc_free(doc);
}

Test(meta, state_department_under_province)
{
	struct pl_doc *doc = ingest(
	    "UBND TỈNH AN GIANG\n"
	    "SỞ TÀI CHÍNH\n"
	    "Số: 05/KH-STC\n"
	    "An Giang, ngày 02 tháng 02 năm 2026\n"
	    "KẾ HOẠCH\n"
	    "Kiểm tra tài chính năm 2026\n");

	str_eq(doc->meta.issuer, "Sở Tài chính");
	cr_assert_eq(doc->meta.level, PL_LEVEL_TINH);
	str_eq(doc->meta.locality, "An Giang");
	str_eq(doc->meta.symbol, "05/KH-STC");
	date_eq(doc->meta.date, 2026, 2, 2);
	cr_assert_not(doc->meta.party);
	pl_doc_free(doc);
}

Test(meta, levels_of_cities)
{
	static const struct {
		const char	*header;
		const char	*issuer;
		enum pl_level	 level;
		const char	*locality;
	} cases[] = {
		{ "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n",
		  "Ủy ban nhân dân thành phố Hồ Chí Minh", PL_LEVEL_THANH_PHO,
		  "Hồ Chí Minh" },
		{ "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PHÚ QUỐC\n",
		  "Ủy ban nhân dân thành phố Phú Quốc", PL_LEVEL_HUYEN,
		  "Phú Quốc" },
		{ "ỦY BAN NHÂN DÂN\nPHƯỜNG RẠCH GIÁ\n",
		  "Ủy ban nhân dân phường Rạch Giá", PL_LEVEL_PHUONG,
		  "Rạch Giá" },
		{ "HUYỆN ỦY CHÂU THÀNH\n", "Huyện ủy Châu Thành",
		  PL_LEVEL_HUYEN, "Châu Thành" },
	};

	for (size_t k = 0; k < PL_NELEM(cases); k++) {
		char buf[256];
		struct pl_doc *doc;

		snprintf(buf, sizeof(buf), "%sKẾ HOẠCH\nvề việc X\n",
		    cases[k].header);
		doc = ingest(buf);
		str_eq(doc->meta.issuer, cases[k].issuer);
		cr_assert_eq(doc->meta.level, cases[k].level, "%s",
		    cases[k].issuer);
		str_eq(doc->meta.locality, cases[k].locality);
		pl_doc_free(doc);
	}
}

Test(meta, kind_only_as_a_heading_in_capitals)
{
	struct pl_doc *doc = ingest("Kế hoạch này được triển khai\n");

	str_eq(doc->meta.kind, NULL);
	cr_assert_eq(doc->meta.line, 0);
	pl_doc_free(doc);
	doc = ingest("BÁO CÁO TÌNH HÌNH THỰC HIỆN NĂM 2025\n\nI. KẾT QUẢ\n");
	str_eq(doc->meta.kind, "BÁO CÁO");
	str_eq(doc->meta.title, "TÌNH HÌNH THỰC HIỆN NĂM 2025");
	pl_doc_free(doc);
}

Test(meta, sixro_wordings)
{
	static const struct {
		const char	*text;
		unsigned	 bits;
		int		 line;
	} cases[] = {
		{ "KẾ HOẠCH\n\nI- YÊU CẦU\n\n- Xác định rõ trách nhiệm của "
		  "tập thể; bảo đảm 06 rõ: rõ người, rõ việc, rõ thời gian, rõ "
		  "trách nhiệm, rõ sản phẩm và rõ thẩm quyền. Quá trình thực "
		  "hiện có thể điều chỉnh.\n",
		  PL_SIXRO_VIEC | PL_SIXRO_NGUOI | PL_SIXRO_THOI_GIAN |
		  PL_SIXRO_THAM_QUYEN | PL_SIXRO_SAN_PHAM, 5 },
		/* Wrapped over lines, numbered. */
		{ "1. Nội dung các đầu việc phải đảm bảo 06 rõ sau: (1) Rõ "
		  "việc; (2) rõ cơ quan, đơn vị chủ \n"
		  "trì, cơ quan phối hợp; (3) rõ biện pháp, nguồn lực thực "
		  "hiện; (4) rõ thời gian; (5) rõ \n"
		  "thẩm quyền, trách nhiệm; (6) rõ sản phẩm đạt được. Quá "
		  "trình thực hiện.\n",
		  PL_SIXRO_VIEC | PL_SIXRO_NGUOI | PL_SIXRO_BIEN_PHAP |
		  PL_SIXRO_THOI_GIAN | PL_SIXRO_THAM_QUYEN |
		  PL_SIXRO_SAN_PHAM, 1 },
		/* The wording before "06 rõ". */
		{ "- Xác định rõ các nhiệm vụ; bảo đảm đúng tiến độ. Mỗi "
		  "nhiệm vụ,\nxác định rõ cơ quan, đơn vị chủ trì/phối hợp; "
		  "tiến độ,\nthời gian hoàn thành, sản phẩm đầu ra và nguồn "
		  "lực đảm bảo thực hiện.\n",
		  PL_SIXRO_NGUOI | PL_SIXRO_THOI_GIAN | PL_SIXRO_SAN_PHAM |
		  PL_SIXRO_BIEN_PHAP, 2 },
		{ "Thực hiện 5 rõ (rõ việc, rõ người, rõ trách nhiệm, rõ "
		  "thời gian, rõ kết quả).\n",
		  PL_SIXRO_VIEC | PL_SIXRO_NGUOI | PL_SIXRO_THAM_QUYEN |
		  PL_SIXRO_THOI_GIAN | PL_SIXRO_SAN_PHAM, 1 },
		/* Three elements asked for without naming the 06 rõ. */
		{ "Cụ thể hóa thành kế hoạch hằng năm; phân công rõ nhiệm vụ, "
		  "tiến độ, sản phẩm cụ thể, gắn với đánh giá cán bộ.\n",
		  PL_SIXRO_VIEC | PL_SIXRO_THOI_GIAN | PL_SIXRO_SAN_PHAM, 1 },
		/* Not a declaration. */
		{ "- Xác định rõ trách nhiệm của tập thể, cá nhân.\n", 0, 0 },
		{ "Phân công rõ nhiệm vụ cho từng thành viên.\n", 0, 0 },
		{ "Tuyên truyền làm rõ vai trò lãnh đạo của Tỉnh ủy.\n", 0, 0 },
	};

	for (size_t k = 0; k < PL_NELEM(cases); k++) {
		struct pl_doc *doc = ingest(cases[k].text);

		cr_assert_eq(doc->meta.sixro_declared, cases[k].bits,
		    "case %zu: %#x", k, doc->meta.sixro_declared);
		cr_assert_eq(doc->meta.sixro_line, cases[k].line, "case %zu",
		    k);
		pl_doc_free(doc);
	}
}

Test(meta, corpus_004_state_plan)
{
	struct pl_doc *doc = ingest_file("corpus/004_673b9414166de794.txt");

	str_eq(doc->meta.symbol, "158/KH-UBND");
	date_eq(doc->meta.date, 2024, 5, 16);
	cr_assert_eq(doc->meta.level, PL_LEVEL_TINH);
	str_eq(doc->meta.issuer, "Ủy ban nhân dân tỉnh Kiên Giang");
	str_eq(doc->meta.locality, "Kiên Giang");
	cr_assert_not(doc->meta.party);
	cr_assert_eq(doc->meta.sixro_declared, PL_SIXRO_NGUOI |
	    PL_SIXRO_THOI_GIAN | PL_SIXRO_SAN_PHAM | PL_SIXRO_BIEN_PHAP);
	cr_assert_eq(doc->meta.sixro_line, 55);
	pl_doc_free(doc);
}

Test(meta, corpus_002_draft)
{
	struct pl_doc *doc = ingest_file("corpus/002_b6ddfe5c33c6f6c2.txt");

	str_eq(doc->meta.kind, "CHƯƠNG TRÌNH HÀNH ĐỘNG");
	str_eq(doc->meta.issuer, "Tỉnh ủy An Giang");
	str_eq(doc->meta.symbol, NULL);
	cr_assert_eq(doc->meta.date.y, 0);
	cr_assert(doc->meta.party);
	cr_assert_eq(doc->meta.sixro_declared, (1u << PL_SIXRO_COUNT) - 1);
	cr_assert_eq(doc->meta.sixro_line, 27);
	pl_doc_free(doc);
}

Test(meta, corpus_headerless_issuers)
{
	static const struct {
		const char	*path;
		const char	*issuer;
		enum pl_level	 level;
	} cases[] = {
		{ "corpus/000_43f442234dbf07a9.txt",
		  "Ban Thường vụ Đảng ủy đặc khu Phú Quốc", PL_LEVEL_DAC_KHU },
		{ "corpus/001_230a64e200d485dd.txt",
		  "Ban Thường vụ Tỉnh ủy An Giang", PL_LEVEL_TINH },
		{ "corpus/003_329e051c3030d5d0.txt",
		  "Ban Thường vụ Đảng ủy UBND tỉnh", PL_LEVEL_TINH },
	};

	for (size_t k = 0; k < PL_NELEM(cases); k++) {
		struct pl_doc *doc = ingest_file(cases[k].path);

		str_eq(doc->meta.issuer, cases[k].issuer);
		cr_assert_eq(doc->meta.level, cases[k].level);
		cr_assert_eq(doc->meta.date.y, 0, "%s", cases[k].path);
		str_eq(doc->meta.symbol, NULL);
		cr_assert(doc->meta.party);
		pl_doc_free(doc);
	}
}
