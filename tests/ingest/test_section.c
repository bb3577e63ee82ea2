/*
 * test_section.c: list labels (label.c) and headings, section ids and
 * kinds, the outline kept in the parse state and paragraph extents
 * (section.c).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "../../src/ingest/ingest_int.h"

/* Lines of text in a new document, nothing parsed yet. */
static struct pl_doc *
lines(const char *text)
{
	struct pl_doc *doc = pl_doc_new("t.txt");
	struct pl_err err;

	cr_assert_eq(pl_read_decode(doc, text, strlen(text), false, &err), 0);
	return doc;
}

/* Walks the lines as prose.c does: headings, items, paragraphs. */
static void
walk(struct pl_doc *doc, struct pl_parse_state *st)
{
	struct pl_label lb;
	size_t i = 0, len;
	const char *t;

	while (i < doc->text.n) {
		t = pl_trim(doc->text.lines[i].s, doc->text.lines[i].len, &len);
		if (len == 0) {
			i++;
			continue;
		}
		if (pl_section_heading(doc, i, st) >= 0) {
			i = st->heading_end;
			continue;
		}
		if (pl_label_parse(t, len, &lb))
			pl_section_item(doc, st, &lb);
		i = pl_section_para_end(doc, i);
	}
}

static struct pl_doc *
sections(const char *text)
{
	struct pl_parse_state st = { .section = -1, .top = -1 };
	struct pl_doc *doc = lines(text);

	walk(doc, &st);
	return doc;
}

static const struct pl_section *
section(const struct pl_doc *doc, const char *id)
{
	for (size_t i = 0; i < doc->nsections; i++)
		if (strcmp(doc->sections[i].id, id) == 0)
			return &doc->sections[i];
	cr_assert_fail("no section %s", id);
	return NULL;
}

/* The ids of all sections, joined by spaces. */
static void
ids_eq(const struct pl_doc *doc, const char *want)
{
	char got[512] = "";

	for (size_t i = 0; i < doc->nsections; i++) {
		if (i > 0)
			strcat(got, " ");
		strcat(got, doc->sections[i].id);
	}
	cr_assert_str_eq(got, want);
}

Test(label, table)
{
	static const struct {
		const char		*line;
		bool			 ok;
		enum pl_label_kind	 kind;
		int			 depth;
		const char		*name;
	} cases[] = {
		{ "I- MỤC ĐÍCH, YÊU CẦU", true, PL_LBL_ROMAN, 0, "I" },
		{ "III. NỘI DUNG", true, PL_LBL_ROMAN, 0, "III" },
		{ "IV TỔ CHỨC THỰC HIỆN", true, PL_LBL_ROMAN, 0, "IV" },
		{ "II\tCÁC NHIỆM VỤ", false, PL_LBL_NONE, 0, "" },
		{ "IIII- X", false, PL_LBL_NONE, 0, "" },
		{ "1. Mục đích", true, PL_LBL_NUM, 1, "1" },
		{ "12) Ví dụ", true, PL_LBL_NUM, 1, "12" },
		{ "1.1. Sở Nội vụ", true, PL_LBL_NUM, 2, "1.1" },
		{ "2.1 Các chỉ tiêu", true, PL_LBL_NUM, 2, "2.1" },
		{ "1.2.3. Tiểu mục", true, PL_LBL_NUM, 3, "1.2.3" },
		{ "1- Mục đích", true, PL_LBL_NUM, 1, "1" },
		{ "2025. Năm", false, PL_LBL_NONE, 0, "" },
		{ "1 Các chỉ tiêu kinh tế", false, PL_LBL_NONE, 0, "" },
		{ "1.000 tỷ đồng", false, PL_LBL_NONE, 0, "" },
		{ "a) Thống nhất", true, PL_LBL_LETTER, 0, "a" },
		{ "đ) Tập trung", true, PL_LBL_LETTER, 0, "đ" },
		{ "f) Không dùng", false, PL_LBL_NONE, 0, "" },
		{ "b)Không cách", true, PL_LBL_LETTER, 0, "b" },
		{ "b) không viết hoa", false, PL_LBL_NONE, 0, "" },
		{ "(1) Tổng dự toán", true, PL_LBL_PAREN, 0, "1" },
		{ "(12) Tỷ lệ", true, PL_LBL_PAREN, 0, "12" },
		{ "(kèm theo Kế hoạch)", false, PL_LBL_NONE, 0, "" },
		{ "- Tập trung", true, PL_LBL_BULLET, 0, "" },
		{ " - Hoàn thiện", true, PL_LBL_BULLET, 0, "" },
		{ "– Phát triển", true, PL_LBL_BULLET, 0, "" },
		{ "+ Sở Tài chính", true, PL_LBL_PLUS, 0, "" },
		{ "- xã hội năm 2026", false, PL_LBL_NONE, 0, "" },
		{ "-----", false, PL_LBL_NONE, 0, "" },
		{ "1. tiếp tục viết thường", false, PL_LBL_NONE, 0, "" },
		{ "Căn cứ Luật", false, PL_LBL_NONE, 0, "" },
	};

	for (size_t k = 0; k < PL_NELEM(cases); k++) {
		struct pl_label lb;
		bool ok = pl_label_parse(cases[k].line, strlen(cases[k].line),
		    &lb);

		cr_assert_eq(ok, cases[k].ok, "%s", cases[k].line);
		cr_assert_eq(lb.kind, cases[k].kind, "%s", cases[k].line);
		if (!ok)
			continue;
		cr_assert_eq(lb.depth, cases[k].kind == PL_LBL_NUM ?
		    cases[k].depth : 0, "%s", cases[k].line);
		cr_assert_str_eq(lb.name, cases[k].name, "%s", cases[k].line);
		cr_assert(lb.len > 0 && lb.len < strlen(cases[k].line));
	}
}

Test(label, noise_and_closing)
{
	static const struct {
		const char	*line;
		bool		 noise;
		bool		 closing;
	} cases[] = {
		{ "4 ", true, false },
		{ "----- ", true, false },
		{ "*", true, false },
		{ "¹ Theo Bộ tiêu chí Quốc gia", true, false },
		{ "Nơi nhận:", false, true },
		{ "Nơi nhận: T/M TỈNH ỦY", false, true },
		{ "T/M BAN THƯỜNG VỤ", false, true },
		{ "TM. ỦY BAN NHÂN DÂN", false, true },
		{ "KT. CHỦ TỊCH", false, true },
		{ "Trên đây là Kế hoạch triển khai ...", false, true },
		{ "2026", true, false },
		{ "Tổ chức thực hiện", false, false },
		{ "TM Công ty", false, false },
	};

	for (size_t k = 0; k < PL_NELEM(cases); k++) {
		size_t n = strlen(cases[k].line);

		cr_assert_eq(pl_label_noise(cases[k].line, n), cases[k].noise,
		    "%s", cases[k].line);
		cr_assert_eq(pl_label_closing(cases[k].line, n),
		    cases[k].closing, "%s", cases[k].line);
	}
}

/* Which numbered lines are headings: short titles without a final stop,
 * capitals, or a lead-in ending in ":"; not paragraphs. */
Test(section, heading_or_item)
{
	static const struct {
		const char	*text;	/* under "III- NHIỆM VỤ" */
		bool		 heading;
		const char	*id;
		int		 depth;
	} cases[] = {
		{ "1. Đẩy mạnh công tác tuyên truyền năm 2026\n\nTriển khai "
		  "nghiêm túc các chủ trương.\n", true, "III/1", 1 },
		{ "2. Thực hiện tốt công tác dân vận trong tình hình mới.\n",
		  false, NULL, 0 },
		{ "3. Về thực hiện 03 đột phá (kèm phụ lục), gồm:\n",
		  true, "III/3", 1 },
		{ "1. CÁC NHIỆM VỤ THƯỜNG XUYÊN.\n", true, "III/1", 1 },
		/* Hard-wrapped at 80 columns: the paragraph ends in ".". */
		{ "1. Tổ chức quán triệt sâu sắc và cụ thể hóa các nội dung "
		  "Nghị quyết Đại hội lần \nthứ I của Đảng bộ tỉnh.\n",
		  false, NULL, 0 },
		/* Broken by a page: goes on in lower case after a gap. */
		{ "4. Việc tổ chức tuyên truyền phải gắn với mô hình chính\n"
		  "\nquyền địa phương 02 cấp.\n", false, NULL, 0 },
		{ "5. Giao Văn phòng theo dõi, báo cáo định kỳ. cat\n",
		  false, NULL, 0 },
		{ "a) Thống nhất tư duy, nhận thức và hành động\n\nNâng cao "
		  "nhận thức.\n", true, "III/a", 1 },
		{ "- Các chỉ tiêu kinh tế\n\n(1) Thu ngân sách đạt 100%.\n",
		  true, "III/1", 1 },
		{ "- Các chỉ tiêu kinh tế\n\n- Thu ngân sách đạt 100%.\n",
		  false, NULL, 0 },
	};

	for (size_t k = 0; k < PL_NELEM(cases); k++) {
		char buf[1024];
		struct pl_doc *doc;

		snprintf(buf, sizeof(buf), "III- NHIỆM VỤ\n\n%s",
		    cases[k].text);
		doc = sections(buf);
		cr_assert_eq(doc->nsections, cases[k].heading ? 2u : 1u,
		    "case %zu", k);
		if (cases[k].heading) {
			cr_assert_str_eq(doc->sections[1].id, cases[k].id);
			cr_assert_eq(doc->sections[1].depth, cases[k].depth);
			cr_assert_eq(doc->sections[1].parent, 0);
			cr_assert_eq(doc->sections[1].line, 3);
		}
		pl_doc_free(doc);
	}
}

Test(section, ids_kinds_and_nesting)
{
	struct pl_doc *doc = sections(
	    "I- MỤC ĐÍCH, YÊU CẦU\n"
	    "1. Mục đích\n"
	    "- Bảo đảm triển khai kịp thời.\n"
	    "II- MỤC TIÊU VÀ CHỈ TIÊU\n"
	    "III. NỘI DUNG THỰC HIỆN\n"
	    "1. Các nhiệm vụ thực hiện thường xuyên\n"
	    "1.1. Thực hiện quyết liệt các chủ trương.\n"
	    "1.9. Thực hiện “sáu đẩy mạnh”:\n"
	    "a) Đẩy mạnh hoàn thiện cơ chế.\n"
	    "2. Các nhiệm vụ cụ thể\n"
	    "2.1. Về quy hoạch\n"
	    "IV- TỔ CHỨC THỰC HIỆN\n"
	    "1. Ủy ban nhân dân tỉnh\n"
	    "1.1. Sở Văn hóa, Thể thao và Du lịch\n"
	    "1.2. Sở Nội vụ\n"
	    "2. Các chi bộ, đảng ủy cơ sở\n"
	    "V. HÌNH THỨC TUYÊN TRUYỀN\n");
	const struct pl_section *s;

	ids_eq(doc, "I I/1 II III III/1 III/1/1.9 III/2 III/2/2.1 IV IV/1 "
	    "IV/1/1.1 IV/1/1.2 IV/2 V");
	cr_assert_eq(section(doc, "I")->kind, PL_SEC_PURPOSE);
	cr_assert_eq(section(doc, "I/1")->kind, PL_SEC_PURPOSE);
	cr_assert_eq(section(doc, "II")->kind, PL_SEC_TARGETS);
	cr_assert_eq(section(doc, "III/1/1.9")->kind, PL_SEC_TASKS);
	cr_assert_eq(section(doc, "IV/1/1.2")->kind, PL_SEC_ORGANIZE);
	cr_assert_eq(section(doc, "V")->kind, PL_SEC_OTHER);
	cr_assert_not(section(doc, "III/1")->specific);
	cr_assert(section(doc, "III/2")->specific);
	cr_assert(section(doc, "III/2/2.1")->specific);
	s = section(doc, "IV/1/1.1");
	cr_assert_str_eq(s->label, "1.1.");
	cr_assert_str_eq(s->title, "Sở Văn hóa, Thể thao và Du lịch");
	cr_assert_eq(s->depth, 2);
	cr_assert_str_eq(doc->sections[s->parent].id, "IV/1");
	cr_assert_str_eq(section(doc, "III")->label, "III.");
	cr_assert_eq(section(doc, "III")->parent, -1);
	pl_doc_free(doc);
}

Test(section, state_top_and_section)
{
	struct pl_parse_state st = { .section = -1, .top = -1 };
	struct pl_doc *doc = lines(
	    "III- NHIỆM VỤ\n"
	    "1. Về kinh tế\n"
	    "- Tập trung phát triển.\n"
	    "2. Thực hiện tốt công tác dân vận.\n");
	struct pl_label lb;
	const char *id;

	cr_assert_eq(pl_section_heading(doc, 0, &st), 0);
	cr_assert_eq(st.top, 0);
	cr_assert_eq(st.section, 0);
	cr_assert_eq(st.heading_end, 1u);
	cr_assert_eq(pl_section_heading(doc, 1, &st), 1);
	cr_assert_eq(st.section, 1);
	cr_assert_eq(st.top, 0);
	cr_assert_eq(pl_section_heading(doc, 2, &st), -1);
	cr_assert(pl_label_parse(doc->text.lines[2].s, doc->text.lines[2].len,
	    &lb));
	id = pl_section_item(doc, &st, &lb);
	cr_assert_str_eq(id, "III/1/1");
	cr_assert_eq(st.section, 1);
	/* Item 2. closes heading 1. */
	cr_assert_eq(pl_section_heading(doc, 3, &st), -1);
	cr_assert(pl_label_parse(doc->text.lines[3].s, doc->text.lines[3].len,
	    &lb));
	id = pl_section_item(doc, &st, &lb);
	cr_assert_str_eq(id, "III/2");
	cr_assert_eq(st.section, 0);
	cr_assert_str_eq(pl_section_path(doc, 1), "III/1");
	cr_assert_str_eq(pl_section_path(doc, -1), "");
	pl_doc_free(doc);
}

Test(section, appendices)
{
	struct pl_doc *doc = sections(
	    "I. MỤC ĐÍCH\n"
	    "\n"
	    "Phụ lục\n"
	    "PHÂN CÔNG NHIỆM VỤ GIAO CHO CÁC SỞ\n"
	    "(kèm theo Kế hoạch số 158 /KH-UBND)\n"
	    "\n"
	    "I. CÁC NHIỆM VỤ THƯỜNG XUYÊN\n"
	    "II. CÁC NHIỆM VỤ CỤ THỂ\n"
	    "\n"
	    "PHỤ LỤC II: DANH MỤC ĐỀ ÁN\n"
	    "\n"
	    " PHỤ LỤC \n"
	    "các đầu việc trọng tâm kèm theo Chương trình\n"
	    "\n"
	    "thực hiện Nghị quyết Đại hội\n"
	    "----- \n");
	const struct pl_section *s;

	ids_eq(doc, "I PL PL/I PL/II PL2 PL3");
	s = section(doc, "PL");
	cr_assert_eq(s->kind, PL_SEC_APPENDIX);
	cr_assert_eq(s->parent, -1);
	cr_assert_str_eq(s->title, "PHÂN CÔNG NHIỆM VỤ GIAO CHO CÁC SỞ");
	cr_assert_eq(section(doc, "PL/II")->kind, PL_SEC_APPENDIX);
	cr_assert(section(doc, "PL/II")->specific);
	cr_assert_str_eq(section(doc, "PL2")->title, "DANH MỤC ĐỀ ÁN");
	cr_assert_str_eq(section(doc, "PL3")->title, "các đầu việc trọng tâm "
	    "kèm theo Chương trình thực hiện Nghị quyết Đại hội");
	pl_doc_free(doc);
}

/* A title in capitals wrapped after a comma, over a blank line (PDF). */
Test(section, wrapped_caps_title)
{
	struct pl_doc *doc = sections(
	    "II- CÁC ĐẦU CÔNG VIỆC THỰC HIỆN CHỈ TIÊU CHỦ YẾU, \n"
	    "\n"
	    "CÁC NHIỆM VỤ TRỌNG TÂM VÀ CÁC KHÂU ĐỘT PHÁ \n"
	    "\n"
	    "1. Thực hiện 36 chỉ tiêu chủ yếu.\n");

	ids_eq(doc, "II");
	cr_assert_str_eq(doc->sections[0].title, "CÁC ĐẦU CÔNG VIỆC THỰC HIỆN "
	    "CHỈ TIÊU CHỦ YẾU, CÁC NHIỆM VỤ TRỌNG TÂM VÀ CÁC KHÂU ĐỘT PHÁ");
	cr_assert_eq(doc->sections[0].kind, PL_SEC_TASKS);
	pl_doc_free(doc);
}

Test(section, bare_roman_needs_capitals)
{
	struct pl_doc *doc = sections("IV Tổ chức thực hiện\n");

	cr_assert_eq(doc->nsections, 0u);
	pl_doc_free(doc);
}

Test(section, paragraph_extent)
{
	struct pl_doc *doc = lines(
	    "1. Tổ chức quán triệt sâu sắc và cụ thể hóa các nội dung Nghị "
	    "quyết Đại hội lần \n"			/* 0 */
	    "thứ I của Đảng bộ tỉnh, với sự tham gia của cả hệ thống chính "
	    "trị và Mặt trận \n"				/* 1 */
	    "Tổ quốc Việt Nam.\n"			/* 2 */
	    "\n"
	    "4 \n"					/* 4: page number */
	    "\n"
	    "quyền địa phương 02 cấp.\n"		/* 6 */
	    "Nơi nhận:\n"				/* 7 */
	    "1. Mục đích\n"				/* 8 */
	    "Bảo đảm triển khai kịp thời.\n"		/* 9 */
	    "(1) Tổng thu đạt 100%.\n"			/* 10 */
	    "(2) Tỷ lệ hộ nghèo dưới 1%.\n");		/* 11 */

	cr_assert_eq(pl_section_para_end(doc, 0), 7u);
	cr_assert_eq(pl_section_para_end(doc, 8), 9u);
	cr_assert_eq(pl_section_para_end(doc, 9), 10u);
	cr_assert_eq(pl_section_para_end(doc, 10), 11u);
	pl_doc_free(doc);
}

Test(section, corpus_003_sections)
{
	struct pl_doc *doc = NULL;
	struct pl_err err;

	cr_assert_eq(pl_ingest_file("corpus/003_329e051c3030d5d0.txt", NULL,
	    &doc, &err), 0);
	ids_eq(doc, "I II II/3 II/4 III IV IV/1 IV/1/1.1 IV/1/1.2 IV/1/1.3 "
	    "IV/2 IV/3 IV/4");
	cr_assert_eq(section(doc, "II")->kind, PL_SEC_OTHER);
	cr_assert_eq(section(doc, "IV/1/1.3")->kind, PL_SEC_ORGANIZE);
	cr_assert_eq(section(doc, "IV/4")->line, 139);
	pl_doc_free(doc);
}
