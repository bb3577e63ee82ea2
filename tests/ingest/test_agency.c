/*
 * test_agency.c: splitting lead/coordinator cells into agencies and who
 * leads a prose task (agency.c).
 */
#include <criterion/criterion.h>
#include <string.h>

#include "../../src/ingest/ingest_int.h"

#define MAXITEMS 10

struct split_case {
	const char	*cell;
	const char	*items[MAXITEMS];	/* NULL-terminated */
	bool		 parts;
};

static const struct split_case splits[] = {
	{ "Đảng ủy UBND tỉnh (lãnh đạo), UBND tỉnh (tổ chức thực hiện)",
	    { "Đảng ủy UBND tỉnh (lãnh đạo)",
	    "UBND tỉnh (tổ chức thực hiện)" }, false },
	{ "Sở Xây dựng chủ trì cùng các Sở: Giao thông vận tải, Công Thương",
	    { "Sở Xây dựng", "Sở Giao thông vận tải", "Sở Công Thương" },
	    false },
	{ "Sở Du lịch chủ trì cùng Công an tỉnh và các Sở: Văn hóa và Thể "
	    "thao, Tài nguyên và Môi trường;",
	    { "Sở Du lịch", "Công an tỉnh", "Sở Văn hóa và Thể thao",
	    "Sở Tài nguyên và Môi trường" }, false },
	{ "Các Sở: KH&ĐT, TC; các Sở, ban, ngành có liên quan và UBND thành "
	    "phố Phú Quốc",
	    { "Sở Kế hoạch và Đầu tư", "Sở Tài chính",
	    "Các Sở, ban, ngành có liên quan", "UBND thành phố Phú Quốc" },
	    false },
	{ "Các Sở: GTVT, XD, Y tế, GD&ĐT",
	    { "Sở Giao thông vận tải", "Sở Xây dựng", "Sở Y tế",
	    "Sở Giáo dục và Đào tạo" }, false },
	{ "Ban Quản lý Khu kinh tế Phú Quốc và các Sở, ban, ngành có liên "
	    "quan",
	    { "Ban Quản lý Khu kinh tế Phú Quốc",
	    "Các Sở, ban, ngành có liên quan" }, false },
	{ "Các sở, ban, ngành, các xã, phường, đặc khu có liên quan",
	    { "Các sở, ban, ngành, các xã, phường, đặc khu có liên quan" },
	    false },
	{ "Các cơ quan, đơn vị có liên quan",
	    { "Các cơ quan, đơn vị có liên quan" }, false },
	{ "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - "
	    "xã hội",
	    { "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
	    "Các tổ chức chính trị - xã hội" }, false },
	{ "(1) Về kinh tế dữ liệu: Công an tỉnh chủ trì; (2) Về kinh tế "
	    "xanh, kinh tế tuần hoàn: Sở Nông nghiệp và Môi trường chủ trì",
	    { "Công an tỉnh", "Sở Nông nghiệp và Môi trường" }, true },
	{ "(1) Sở Tư pháp chủ trì triển khai Đề án \"Văn hóa\"; (2) Sở Du "
	    "lịch triển khai Đề án \"Du lịch\"; (3) Sở Văn hóa và Thể thao "
	    "triển khai Kế hoạch.",
	    { "Sở Tư pháp", "Sở Du lịch", "Sở Văn hóa và Thể thao" }, true },
	{ "(1) Sở Nội vụ chủ trì triển khai Đề án; chính sách lao động, việc "
	    "làm; (2) Sở Y tế chủ trì triển khai hệ thống",
	    { "Sở Nội vụ", "Sở Y tế" }, true },
	{ "(1) Về khu công nghiệp: Ban Quản lý Khu kinh tế tỉnh, Ban Quản lý "
	    "Khu kinh tế Phú Quốc chủ trì; (2) Về số: Sở Khoa học và Công "
	    "nghệ chủ trì.",
	    { "Ban Quản lý Khu kinh tế tỉnh",
	    "Ban Quản lý Khu kinh tế Phú Quốc", "Sở Khoa học và Công nghệ" },
	    true },
	{ "(1) Triển khai các giải pháp thu hút khách: Sở Du lịch chủ trì; "
	    "(2) Triển khai các chính sách về thị thực, cấp thị thực nhập "
	    "cảnh: Công an tỉnh chủ trì.",
	    { "Sở Du lịch", "Công an tỉnh" }, true },
	{ "(1) Về A: Sở Công thương chủ trì; (2) Về B: Sở Công thương chủ trì",
	    { "Sở Công thương" }, true },
	{ "Đề nghị Thành ủy Phú Quốc lãnh đạo thực hiện",
	    { "Thành ủy Phú Quốc" }, false },
	{ "Ban Thường vụ các tổ chức chính trị - xã hội trực thuộc",
	    { "Ban Thường vụ các tổ chức chính trị - xã hội trực thuộc" },
	    false },
	{ "Đảng ủy, UBND cấp xã", { "Đảng ủy, UBND cấp xã" }, false },
	{ "Thống kê; Đảng ủy các xã, phường, đặc khu",
	    { "Thống kê", "Đảng ủy các xã, phường, đặc khu" }, false },
	{ "Công an tỉnh; Bộ Chỉ huy Quân sự tỉnh",
	    { "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh" }, false },
	{ "Sở Văn hóa, Thể thao và Du lịch",
	    { "Sở Văn hóa, Thể thao và Du lịch" }, false },
	{ "Sở KH&ĐT; Sở GTVT",
	    { "Sở Kế hoạch và Đầu tư", "Sở Giao thông vận tải" }, false },
	{ "Sở Tài chính.", { "Sở Tài chính" }, false },
	{ "UBND thành phố Phú Quốc cùng Ban Quản lý Khu kinh tế Phú Quốc",
	    { "UBND thành phố Phú Quốc", "Ban Quản lý Khu kinh tế Phú Quốc" },
	    false },
	{ "Sở Lao động - Thương binh và Xã hội chủ trì cùng Sở Thông tin và "
	    "Truyền thông, Sở Kế hoạch và Đầu tư, UBND thành phố Phú Quốc.",
	    { "Sở Lao động - Thương binh và Xã hội",
	    "Sở Thông tin và Truyền thông", "Sở Kế hoạch và Đầu tư",
	    "UBND thành phố Phú Quốc" }, false },
	{ "Ngân hàng Nhà nước chi nhánh khu vực 15",
	    { "Ngân hàng Nhà nước chi nhánh khu vực 15" }, false },
	/* Written without "Sở": kept as written, a rule may say so. */
	{ "Công thương", { "Công thương" }, false },
	{ "   ", { NULL }, false },
	/* "(1)" alone is no list of parts. */
	{ "(1) Sở Tư pháp", { "Sở Tư pháp" }, false },
};

static void
check_split(const struct split_case *c)
{
	struct pl_doc *doc = pl_doc_new("t.txt");
	struct pl_strlist out = { 0 };
	bool parts = !c->parts;
	size_t n = 0;

	pl_agency_split(doc, c->cell, &out, &parts);
	while (n < MAXITEMS && c->items[n] != NULL)
		n++;
	for (size_t i = 0; i < out.n && i < n; i++)
		cr_expect_str_eq(out.v[i], c->items[i], "%s: item %zu",
		    c->cell, i);
	cr_expect_eq(out.n, n, "%s: %zu items, want %zu", c->cell, out.n, n);
	cr_expect_eq(parts, c->parts, "%s: parts", c->cell);
	pl_doc_free(doc);
}

Test(agency, split)
{
	for (size_t i = 0; i < PL_NELEM(splits); i++)
		check_split(&splits[i]);
}

Test(agency, null_cell)
{
	struct pl_doc *doc = pl_doc_new("t.txt");
	struct pl_strlist out = { 0 };
	bool parts = true;

	pl_agency_split(doc, NULL, &out, &parts);
	cr_assert_eq(out.n, 0);
	cr_assert(!parts);
	pl_doc_free(doc);
}

/* ---- Prose ---- */

struct prose_case {
	const char	*text;
	const char	*lead[4];
	const char	*coord[4];
};

static const struct prose_case proses[] = {
	{ "5. Giao Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp các "
	    "cơ quan liên quan tổ chức quán triệt Kế hoạch.",
	    { "Ban Tuyên giáo và Dân vận Tỉnh ủy" },
	    { "Các cơ quan liên quan" } },
	{ "6. Giao Ủy ban Kiểm tra Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy tổ "
	    "chức kiểm tra, giám sát.",
	    { "Ủy ban Kiểm tra Tỉnh ủy" }, { NULL } },
	{ "Đảng ủy UBND đặc khu căn cứ Kế hoạch này, lãnh đạo UBND đặc khu "
	    "xây dựng kế hoạch.",
	    { "Đảng ủy UBND đặc khu" }, { NULL } },
	{ "3. Ban Tuyên giáo và Dân vận Đảng ủy chủ trì, phối hợp với Văn "
	    "phòng Đảng ủy, Ủy ban Kiểm tra Đảng ủy theo dõi, đôn đốc.",
	    { "Ban Tuyên giáo và Dân vận Đảng ủy" },
	    { "Văn phòng Đảng ủy", "Ủy ban Kiểm tra Đảng ủy" } },
	{ "Giao Đảng ủy UBND đặc khu chủ trì, phối hợp với các cơ quan tham "
	    "mưu giúp việc cho Đảng ủy và các cơ quan liên quan giúp Đảng ủy "
	    "đặc khu theo dõi.",
	    { "Đảng ủy UBND đặc khu" },
	    { "Các cơ quan tham mưu giúp việc cho Đảng ủy",
	    "Các cơ quan liên quan" } },
	{ "8. Giao Văn phòng Tỉnh ủy và các ban của Tỉnh ủy theo dõi, đôn "
	    "đốc thực hiện.",
	    { "Văn phòng Tỉnh ủy", "Các ban của Tỉnh ủy" }, { NULL } },
	{ "Giao Sở Tư pháp, Sở Nội vụ chủ trì rà soát.",
	    { "Sở Tư pháp", "Sở Nội vụ" }, { NULL } },
	{ "Ban Thường vụ Tỉnh ủy giao Đảng ủy UBND tỉnh lãnh đạo triển khai.",
	    { "Đảng ủy UBND tỉnh" }, { NULL } },
	{ "Các sở, ban, ngành căn cứ chức năng, nhiệm vụ xây dựng kế hoạch.",
	    { "Các sở, ban, ngành" }, { NULL } },
	{ "- Giao cho Văn phòng Tỉnh ủy theo dõi, đôn đốc.",
	    { "Văn phòng Tỉnh ủy" }, { NULL } },
	{ "- Chủ trì, phối hợp với Hội Văn học Nghệ thuật và Nhà báo tỉnh tổ "
	    "chức tập huấn.",
	    { NULL }, { "Hội Văn học Nghệ thuật và Nhà báo tỉnh" } },
	{ "Tăng cường công tác tuyên truyền, phối hợp chặt chẽ giữa các cấp.",
	    { NULL }, { NULL } },
	{ "Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội "
	    "đặc khu theo chức năng, nhiệm vụ tuyên truyền.",
	    { "Ủy ban Mặt trận Tổ quốc Việt Nam",
	    "Các tổ chức chính trị - xã hội đặc khu" }, { NULL } },
	{ "Giám đốc (Thủ trưởng) các Sở, ban, ngành cấp tỉnh; Chủ tịch UBND "
	    "thành phố và Giám đốc (Thủ trưởng) các cơ quan, đơn vị có liên "
	    "quan căn cứ Kế hoạch này; định kỳ báo cáo.",
	    { "Giám đốc (Thủ trưởng) các Sở, ban, ngành cấp tỉnh",
	    "Chủ tịch UBND thành phố",
	    "Giám đốc (Thủ trưởng) các cơ quan, đơn vị có liên quan" },
	    { NULL } },
	{ "Chủ trì, phối hợp với các sở, ban, ngành, đơn vị phát động phong "
	    "trào thi đua.", { NULL }, { "Các sở, ban, ngành, đơn vị" } },
	{ "Ban hành kế hoạch thực hiện trong năm 2026.", { NULL }, { NULL } },
	{ "1. Các chi, đảng bộ cơ sở và chi bộ trực thuộc Đảng ủy đặc khu "
	    "tổ chức quán triệt Kế hoạch này.",
	    { "Các chi, đảng bộ cơ sở và chi bộ trực thuộc Đảng ủy đặc khu" },
	    { NULL } },
	/* the subject after an introductory clause */
	{ "1. Căn cứ Kế hoạch của Tỉnh ủy, Đảng ủy Ủy ban nhân dân tỉnh cụ "
	    "thể hóa thành kế hoạch triển khai.",
	    { "Đảng ủy Ủy ban nhân dân tỉnh" }, { NULL } },
	{ "Căn cứ Chương trình hành động của Tỉnh ủy và nghị quyết đại hội "
	    "đảng bộ cấp mình, các đảng ủy trực thuộc Tỉnh ủy xây dựng chương "
	    "trình.", { "Các đảng ủy trực thuộc Tỉnh ủy" }, { NULL } },
	{ "Căn cứ tình hình thực tế, kịp thời điều chỉnh kế hoạch.",
	    { NULL }, { NULL } },
	{ "Báo cáo kết quả về Ban Thường vụ.", { NULL }, { NULL } },
};

static void
expect_list(const struct pl_strlist *l, const char *const *want,
    const char *what, const char *text)
{
	size_t n = 0;

	while (n < 4 && want[n] != NULL)
		n++;
	for (size_t i = 0; i < l->n && i < n; i++)
		cr_expect_str_eq(l->v[i], want[i], "%s %zu: %s", what, i,
		    text);
	cr_expect_eq(l->n, n, "%s: %zu, want %zu: %s", what, l->n, n, text);
}

static void
check_prose(const struct prose_case *c)
{
	struct pl_doc *doc = pl_doc_new("t.txt");
	struct pl_task t = { 0 };

	pl_agency_from_prose(doc, c->text, &t);
	expect_list(&t.lead, c->lead, "lead", c->text);
	expect_list(&t.coordinators, c->coord, "coordinators", c->text);
	if (c->lead[0] == NULL)
		cr_expect_null(t.lead_raw, "%s", c->text);
	else
		cr_expect_not_null(t.lead_raw, "%s", c->text);
	pl_doc_free(doc);
}

Test(agency, prose)
{
	for (size_t i = 0; i < PL_NELEM(proses); i++)
		check_prose(&proses[i]);
}

Test(agency, is)
{
	cr_expect(pl_agency_is("Sở Tư pháp"));
	cr_expect(pl_agency_is("UBND tỉnh"));
	cr_expect(pl_agency_is("Công an tỉnh"));
	cr_expect(pl_agency_is("các sở, ban, ngành"));
	cr_expect(!pl_agency_is("Báo cáo kết quả"));
	cr_expect(!pl_agency_is("Ban hành kế hoạch"));
	cr_expect(!pl_agency_is("Sởi"));
	cr_expect(!pl_agency_is("các giải pháp"));
	cr_expect(!pl_agency_is("ban, ngành"));
}
