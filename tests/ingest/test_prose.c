/*
 * test_prose.c: tasks written as prose (prose.c): headings with their
 * body, hard-wrapped and page-broken items, bullets under a heading that
 * names a body, loose paragraphs; what is not a task (content lists,
 * items restated in an appendix, Nơi nhận, signatures); the seeds.
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

static struct pl_doc *
ingest_file(const char *path)
{
	struct pl_doc *doc = NULL;
	struct pl_err err;

	cr_assert_eq(pl_ingest_file(path, NULL, &doc, &err), 0, "%s", path);
	return doc;
}

static size_t
prose_tasks(const struct pl_doc *doc)
{
	size_t n = 0;

	for (size_t i = 0; i < doc->ntasks; i++)
		n += doc->tasks[i].source == PL_SRC_PROSE;
	return n;
}

static const struct pl_task *
task(const struct pl_doc *doc, const char *id)
{
	for (size_t i = 0; i < doc->ntasks; i++)
		if (doc->tasks[i].source == PL_SRC_PROSE &&
		    strcmp(doc->tasks[i].id, id) == 0)
			return &doc->tasks[i];
	cr_assert_fail("no prose task %s", id);
	return NULL;
}

/* The ids of the prose tasks, joined by spaces. */
static void
ids_eq(const struct pl_doc *doc, const char *want)
{
	char got[1024] = "";

	for (size_t i = 0; i < doc->ntasks; i++) {
		if (doc->tasks[i].source != PL_SRC_PROSE)
			continue;
		if (got[0] != '\0')
			strcat(got, " ");
		strcat(got, doc->tasks[i].id);
	}
	cr_assert_str_eq(got, want);
}

static void
check_common(const struct pl_doc *doc, const struct pl_task *t)
{
	const char *due = pl_deadline_find(doc->arena, t->text);

	cr_assert_eq(t->source, PL_SRC_PROSE);
	cr_assert_eq(t->table, -1);
	cr_assert(t->section >= 0 && (size_t)t->section < doc->nsections);
	cr_assert(t->pos.line > 0 && t->pos.line <= t->pos.end_line);
	/* The deadline is the one deadline.c finds in the text. */
	if (due == NULL)
		cr_assert_null(t->deadline.text);
	else
		cr_assert_str_eq(t->deadline.text, due);
}

/* No assignment table: every item of a task section is a task; a heading
 * and its body paragraphs are one task. */
Test(prose, heading_and_body)
{
	struct pl_doc *doc = ingest(
	    "I- MỤC ĐÍCH, YÊU CẦU\n"			/* 1 */
	    "\n"
	    "1. Mục đích\n"				/* 3 */
	    "\n"
	    "- Tổ chức tuyên truyền, quán triệt.\n"	/* 5 */
	    "\n"
	    "III- NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n"	/* 7 */
	    "\n"
	    "1. Đẩy mạnh công tác tuyên truyền năm 2026\n"	/* 9 */
	    "\n"
	    "Triển khai nghiêm túc các chủ trương của Đảng.\n"	/* 11 */
	    "\n"
	    "Tập trung thực hiện Kết luận số 199-KL/TW.\n"	/* 13 */
	    "\n"
	    "2. Thúc đẩy tăng trưởng kinh tế\n"		/* 15 */
	    "\n"
	    "- Lĩnh vực nông nghiệp: Lãnh đạo cơ cấu lại ngành.\n"	/* 17 */
	    "\n"
	    "Đẩy mạnh ứng dụng khoa học công nghệ.\n"	/* 19 */
	    "\n"
	    "- Lĩnh vực công nghiệp: Hỗ trợ doanh nghiệp.\n");	/* 21 */
	const struct pl_task *t;

	ids_eq(doc, "III/1 III/2/1 III/2/2");
	t = task(doc, "III/1");
	cr_assert_str_eq(t->text, "Đẩy mạnh công tác tuyên truyền năm 2026 "
	    "Triển khai nghiêm túc các chủ trương của Đảng. Tập trung thực "
	    "hiện Kết luận số 199-KL/TW.");
	cr_assert_eq(t->pos.line, 9);
	cr_assert_eq(t->pos.end_line, 13);
	cr_assert_str_eq(doc->sections[t->section].id, "III/1");
	check_common(doc, t);
	t = task(doc, "III/2/1");
	cr_assert_str_eq(t->text, "Lĩnh vực nông nghiệp: Lãnh đạo cơ cấu lại "
	    "ngành. Đẩy mạnh ứng dụng khoa học công nghệ.");
	cr_assert_eq(t->pos.line, 17);
	cr_assert_eq(t->pos.end_line, 19);
	check_common(doc, t);
	pl_doc_free(doc);
}

/* Hard-wrapped items, a page number and a page break inside. */
Test(prose, wrapped_items)
{
	struct pl_doc *doc = ingest(
	    "III- TỔ CHỨC THỰC HIỆN \n"			/* 1 */
	    "\n"
	    "1. Căn cứ Chương trình hành động của Tỉnh ủy và nghị quyết "
	    "đại hội đảng bộ \n"			/* 3 */
	    "cấp mình, các đảng ủy trực thuộc Tỉnh ủy xây dựng, bổ sung "
	    "chương trình hành \n"
	    "động thực hiện nghị quyết. \n"		/* 5 */
	    "\n"
	    "4. Đảng ủy các cơ quan Đảng tỉnh chỉ đạo Đảng ủy Đoàn đại biểu "
	    "Quốc hội \n"				/* 7 */
	    "và Hội đồng nhân dân tỉnh xây dựng chương trình, kế hoạch "
	    "giám sát việc thực \n"
	    "\n"
	    "4 \n"					/* 10 */
	    "\n"
	    "hiện trong năm 2026. \n"			/* 12 */
	    "\n"
	    "5. Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc thực hiện. \n");
	const struct pl_task *t;

	ids_eq(doc, "III/1 III/4 III/5");
	t = task(doc, "III/1");
	cr_assert_str_eq(t->text, "Căn cứ Chương trình hành động của Tỉnh ủy "
	    "và nghị quyết đại hội đảng bộ cấp mình, các đảng ủy trực thuộc "
	    "Tỉnh ủy xây dựng, bổ sung chương trình hành động thực hiện "
	    "nghị quyết.");
	cr_assert_eq(t->pos.line, 3);
	cr_assert_eq(t->pos.end_line, 5);
	check_common(doc, t);
	t = task(doc, "III/4");
	cr_assert_str_eq(t->text, "Đảng ủy các cơ quan Đảng tỉnh chỉ đạo Đảng "
	    "ủy Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh xây dựng "
	    "chương trình, kế hoạch giám sát việc thực hiện trong năm 2026.");
	cr_assert_eq(t->pos.line, 7);
	cr_assert_eq(t->pos.end_line, 12);
	check_common(doc, t);
	pl_doc_free(doc);
}

/* Headings naming a body, with bullets or a paragraph under them: the
 * body is the lead. */
Test(prose, agency_headings)
{
	struct pl_doc *doc = ingest(
	    "IV- TỔ CHỨC THỰC HIỆN\n"
	    "\n"
	    "1. Ủy ban nhân dân tỉnh\n"
	    "\n"
	    "Chỉ đạo triển khai thực hiện tốt công tác tuyên truyền, cụ thể "
	    "như sau:\n"
	    "\n"
	    "1.1. Sở Văn hóa, Thể thao và Du lịch\n"
	    "\n"
	    "- Chủ trì hướng dẫn, quản lý thông tin truyền thông.\n"
	    "\n"
	    "- Chủ trì tổ chức triển lãm, trưng bày chuyên đề.\n"
	    "\n"
	    "1.2. Sở Nội vụ\n"
	    "\n"
	    "Chủ trì phát động các phong trào thi đua yêu nước.\n"
	    "\n"
	    "2. Đối với các chi bộ, đảng ủy cơ sở\n"
	    "\n"
	    "- Lãnh đạo triển khai thực hiện hiệu quả kế hoạch này.\n");
	const struct pl_task *t;

	ids_eq(doc, "IV/1 IV/1/1.1/1 IV/1/1.1/2 IV/1/1.2 IV/2/1");
	t = task(doc, "IV/1");
	cr_assert_str_eq(t->lead_raw, "Ủy ban nhân dân tỉnh");
	cr_assert_str_eq(t->text, "Chỉ đạo triển khai thực hiện tốt công tác "
	    "tuyên truyền, cụ thể như sau:");
	cr_assert_geq(t->lead.n, 1u);
	t = task(doc, "IV/1/1.1/2");
	cr_assert_str_eq(t->lead_raw, "Sở Văn hóa, Thể thao và Du lịch");
	cr_assert_str_eq(t->text, "Chủ trì tổ chức triển lãm, trưng bày chuyên "
	    "đề.");
	cr_assert_geq(t->lead.n, 1u);
	check_common(doc, t);
	t = task(doc, "IV/1/1.2");
	cr_assert_str_eq(t->lead_raw, "Sở Nội vụ");
	cr_assert_str_eq(t->text, "Chủ trì phát động các phong trào thi đua "
	    "yêu nước.");
	t = task(doc, "IV/2/1");
	cr_assert_str_eq(t->lead_raw, "các chi bộ, đảng ủy cơ sở");
	pl_doc_free(doc);
}

/* Content lists assign nothing: neither outside the task sections nor,
 * when an appendix table assigns the work, items that name nobody. */
Test(prose, content_is_not_a_task)
{
	struct pl_doc *doc = ingest(
	    "II- NỘI DUNG TUYÊN TRUYỀN\n"
	    "\n"
	    "1. Tuyên truyền những thành tựu to lớn của đất nước.\n"
	    "\n"
	    "III- HÌNH THỨC TUYÊN TRUYỀN\n"
	    "\n"
	    "1. Tổ chức hội nghị trực tiếp và trực tuyến.\n"
	    "\n"
	    "IV- NHIỆM VỤ\n"
	    "\n"
	    "1. Thực hiện 36 chỉ tiêu chủ yếu (kèm phụ lục phân công).\n"
	    "\n"
	    "2. Về xây dựng Đảng (kèm phụ lục phân công), gồm:\n"
	    "\n"
	    "(1) Tăng cường bảo vệ nền tảng tư tưởng của Đảng.\n"
	    "\n"
	    "3. Phát triển du lịch An Giang.\n"
	    "\n"
	    "4. Giao Sở Du lịch chủ trì xây dựng đề án phát triển du lịch.\n"
	    "\n"
	    "PHỤ LỤC\n"
	    "\n"
	    "TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\n"
	    "1\tPhát triển du lịch\tSở Du lịch\tCác sở\tNăm 2026\n");

	ids_eq(doc, "IV/4");
	pl_doc_free(doc);
}

/* Nơi nhận, the signature and the closing sentence are no tasks; the
 * appendix reopens the body. */
Test(prose, closing_block)
{
	struct pl_doc *doc = ingest(
	    "III- TỔ CHỨC THỰC HIỆN\n"
	    "\n"
	    "1. Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc thực hiện.\n"
	    "\n"
	    "Trên đây là Kế hoạch triển khai thực hiện./.\n"
	    "\n"
	    "Nơi nhận:\n"
	    "- Thường trực Tỉnh ủy (b/c),\n"
	    "- Các ban của Tỉnh ủy,\n"
	    "- Lưu Văn phòng Tỉnh ủy.\n"
	    "\n"
	    "**T/M BAN THƯỜNG VỤ\n"
	    "BÍ THƯ**\n"
	    "\n"
	    "Nguyễn Văn A\n"
	    "\n"
	    "PHỤ LỤC\n"
	    "DANH MỤC\n"
	    "\n"
	    "Ghi chú: Sở Nội vụ (SNV).\n");

	ids_eq(doc, "III/1");
	cr_assert_eq(task(doc, "III/1")->pos.end_line, 3);
	cr_assert_eq(doc->sections[doc->nsections - 1].kind,
	    PL_SEC_APPENDIX);
	pl_doc_free(doc);
}

/* Paragraphs with no label right under a top section: each is a task
 * when it names who acts; a lead-in ending in ":" is not. */
Test(prose, loose_paragraphs)
{
	struct pl_doc *doc = ingest(
	    "III. TỔ CHỨC THỰC HIỆN\n"
	    "\n"
	    "Giám đốc các Sở, ban, ngành cấp tỉnh căn cứ Kế hoạch này xây "
	    "dựng kế hoạch chi tiết.\n"
	    "\n"
	    "Giao Ủy ban nhân dân thành phố làm cơ quan đầu mối, theo dõi "
	    "việc thực hiện.\n"
	    "\n"
	    "Kinh phí thực hiện từ ngân sách nhà nước.\n"
	    "\n"
	    "Ban Thường vụ yêu cầu các cấp ủy thực hiện các nội dung sau:\n"
	    "\n"
	    "Trên đây là Kế hoạch./.\n");

	ids_eq(doc, "III/p1 III/p2");
	cr_assert_eq(task(doc, "III/p2")->pos.line, 5);
	pl_doc_free(doc);
}

/* pl_prose_parse is called in chunks around a table: the outline and
 * the closing state carry over. */
Test(prose, chunks_around_a_table)
{
	struct pl_doc *doc = ingest(
	    "II. NỘI DUNG THỰC HIỆN\n"
	    "\n"
	    "1. Giao Sở Tài chính chủ trì rà soát ngân sách.\n"
	    "\n"
	    "TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\n"
	    "1\tRà soát ngân sách\tSở Tài chính\tCác sở\tNăm 2026\n"
	    "\n"
	    "2. Giao Sở Nội vụ chủ trì sắp xếp bộ máy.\n"
	    "\n"
	    "3. Thực hiện tốt công tác cải cách hành chính.\n");

	cr_assert_eq(prose_tasks(doc), 2u);
	task(doc, "II/1");
	task(doc, "II/2");
	pl_doc_free(doc);
}

Test(prose, corpus_000)
{
	struct pl_doc *doc = ingest_file("corpus/000_43f442234dbf07a9.txt");
	size_t iii = 0, iv = 0;

	for (size_t i = 0; i < doc->ntasks; i++) {
		const struct pl_task *t = &doc->tasks[i];

		check_common(doc, t);
		if (strncmp(t->id, "III/", 4) == 0)
			iii++;
		else if (strncmp(t->id, "IV/", 3) == 0)
			iv++;
		else
			cr_assert_fail("task %s outside III and IV", t->id);
	}
	cr_assert_eq(iii, 11u);
	cr_assert_eq(iv, 5u);
	cr_assert_eq(task(doc, "III/1")->pos.end_line, 84);
	cr_assert_eq(task(doc, "IV/4")->pos.end_line, 158);
	pl_doc_free(doc);
}

Test(prose, corpus_003)
{
	struct pl_doc *doc = ingest_file("corpus/003_329e051c3030d5d0.txt");

	for (size_t i = 0; i < doc->ntasks; i++) {
		check_common(doc, &doc->tasks[i]);
		cr_assert(strncmp(doc->tasks[i].id, "IV/", 3) == 0, "%s",
		    doc->tasks[i].id);
		cr_assert_not_null(doc->tasks[i].lead_raw);
	}
	cr_assert_eq(doc->ntasks, 15u);
	cr_assert_str_eq(task(doc, "IV/1/1.1/2")->lead_raw,
	    "Sở Văn hóa, Thể thao và Du lịch");
	pl_doc_free(doc);
}

/* With an appendix table, prose tasks are only the assignments of the
 * organisation part. */
Test(prose, corpus_with_tables)
{
	static const struct {
		const char	*path;
		const char	*ids;
	} cases[] = {
		{ "corpus/001_230a64e200d485dd.txt",
		  "IV/1 IV/2 IV/3 IV/4 IV/5" },
		{ "corpus/002_b6ddfe5c33c6f6c2.txt",
		  "III/1 III/2 III/3 III/4 III/5 III/6 III/7 III/8" },
		{ "corpus/004_673b9414166de794.txt", "III/p1 III/p2" },
	};

	for (size_t k = 0; k < PL_NELEM(cases); k++) {
		struct pl_doc *doc = ingest_file(cases[k].path);

		ids_eq(doc, cases[k].ids);
		pl_doc_free(doc);
	}
}
