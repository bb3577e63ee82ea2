/*
 * test_docxbody.c: the body of a .docx as lines (docxbody.c): runs,
 * tabs and breaks, what is hidden or ignored, tracked changes accepted,
 * tables as TAB rows with gridSpan and vMerge, multi-paragraph cells,
 * paragraph and table positions; and the LibreOffice-made fixtures.
 */
#include <stdlib.h>

#include "docxtest.h"

#define P(x) "<w:p>" x "</w:p>"
#define R(t) "<w:r><w:t xml:space=\"preserve\">" t "</w:t></w:r>"
#define TC(x) "<w:tc>" x "</w:tc>"
#define TCP(pr, x) "<w:tc><w:tcPr>" pr "</w:tcPr>" x "</w:tc>"
#define TR(x) "<w:tr>" x "</w:tr>"
#define TBL(x) "<w:tbl><w:tblGrid/>" x "</w:tbl>"
#define CH "w:id=\"1\" w:author=\"A\" w:date=\"2026-03-01T00:00:00Z\""

struct bodycase {
	const char	*name;
	const char	*body;
	const char	*want;	/* the lines joined by "\n"; cells by TAB */
	bool		 tracked;
};

static const struct bodycase cases[] = {
	{ "runs joined, tab and breaks as spaces",
	    P(R("Giao ") "<w:r><w:rPr><w:b/></w:rPr><w:t>Sở</w:t></w:r>"
	    R(" Tài chính") "<w:r><w:tab/><w:t>chủ</w:t><w:br/><w:t>trì"
	    "</w:t><w:cr/><w:t>.</w:t></w:r>"),
	    "Giao Sở Tài chính chủ trì .", false },
	{ "text tabs never reach the line",
	    P("<w:r><w:t xml:space=\"preserve\">a\tb</w:t></w:r>"), "a b",
	    false },
	{ "hyphens, symbols, hidden text",
	    P(R("Wi") "<w:r><w:noBreakHyphen/><w:t>Fi</w:t><w:softHyphen/>"
	    "</w:r><w:r><w:sym w:font=\"Symbol\" w:char=\"00B1\"/>"
	    "<w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r>"
	    "<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>"
	    "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>!</w:t></w:r>"),
	    "Wi-Fi±!", false },
	{ "field codes dropped, results kept",
	    P(R("Xem ") "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
	    "<w:r><w:instrText> PAGEREF _Toc1 </w:instrText></w:r>"
	    "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" R("12")
	    "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
	    "<w:fldSimple w:instr=\"PAGE\">" R(" trang") "</w:fldSimple>"),
	    "Xem 12 trang", false },
	{ "links, content controls and smart tags keep their text",
	    P("<w:hyperlink r:id=\"x\" xmlns:r=\"urn:r\">" R("Cổng")
	    "</w:hyperlink>"
	    "<w:sdt><w:sdtPr/><w:sdtContent>" R(" dịch vụ") "</w:sdtContent>"
	    "</w:sdt><w:smartTag w:element=\"x\">" R(" công") "</w:smartTag>"),
	    "Cổng dịch vụ công", false },
	{ "notes and comments are left out",
	    P(R("Văn bản") "<w:r><w:footnoteReference w:id=\"2\"/></w:r>"
	    "<w:commentRangeStart w:id=\"0\"/>" R(" chính")
	    "<w:commentRangeEnd w:id=\"0\"/>"
	    "<w:r><w:commentReference w:id=\"0\"/></w:r>"),
	    "Văn bản chính", false },
	{ "empty paragraphs stay as empty lines",
	    P(R("a")) P("") P(R("b")), "a\n\nb", false },
	{ "body-level content controls hold paragraphs and tables",
	    "<w:sdt><w:sdtContent>" P(R("trong")) TBL(TR(TC(P(R("x")))
	    TC(P(R("y"))))) "</w:sdtContent></w:sdt>" P(R("sau")),
	    "trong\nx\ty\nsau", false },
	{ "alternate content: the choice, not the fallback",
	    P(R("A") "<mc:AlternateContent><mc:Choice Requires=\"wps\">"
	    R("B") "</mc:Choice><mc:Fallback>" R("B") "</mc:Fallback>"
	    "</mc:AlternateContent>"), "AB", false },
	{ "a text box becomes lines after its paragraph",
	    P(R("Neo") "<w:r><w:drawing><wp:anchor xmlns:wp=\"urn:wp\">"
	    "<wps:txbx xmlns:wps=\"urn:wps\"><w:txbxContent>" P(R("Số: 12"))
	    P(R("Hộp hai")) "</w:txbxContent></wps:txbx></wp:anchor>"
	    "</w:drawing></w:r>") P(R("Tiếp")),
	    "Neo\nSố: 12\nHộp hai\nTiếp", false },
	{ "insertions kept, deletions dropped",
	    P(R("hoàn thành trước ") "<w:del " CH "><w:r><w:delText>30/6"
	    "</w:delText></w:r></w:del><w:ins " CH ">" R("30/9") "</w:ins>"
	    R("/2026")), "hoàn thành trước 30/9/2026", true },
	{ "moves: from dropped, to kept",
	    P("<w:moveFrom " CH ">" R("cũ ") "</w:moveFrom>" R("giữa")
	    "<w:moveTo " CH ">" R(" mới") "</w:moveTo>"), "giữa mới", true },
	{ "a deleted paragraph mark joins the next paragraph",
	    P("<w:pPr><w:rPr><w:del " CH "/></w:rPr></w:pPr>" R("Giao Sở "))
	    P(R("Nội vụ chủ trì.")) P(R("Tiếp.")),
	    "Giao Sở Nội vụ chủ trì.\nTiếp.", true },
	{ "formatting changes are tracked changes too",
	    P("<w:r><w:rPr><w:b/><w:rPrChange " CH "><w:rPr/></w:rPrChange>"
	    "</w:rPr><w:t>đậm</w:t></w:r>"), "đậm", true },
	{ "a table row is one line, cells joined by TAB",
	    P(R("x"))
	    TBL(TR(TC(P(R("TT"))) TC(P(R("Nội dung"))) TC(P(R("Chủ trì"))))
	    TR(TC(P(R(" 1 "))) TC(P(R("Việc một"))) TC(P(R("Sở Nội vụ"))))),
	    "x\nTT\tNội dung\tChủ trì\n1\tViệc một\tSở Nội vụ", false },
	{ "gridSpan adds empty cells after the spanned one",
	    TBL(TR(TC(P(R("I"))) TCP("<w:gridSpan w:val=\"3\"/>",
	    P(R("Nhóm nhiệm vụ"))) TC(P(R("x"))))),
	    "I\tNhóm nhiệm vụ\t\t\tx", false },
	{ "vMerge continuation is left empty",
	    P(R("x"))
	    TBL(TR(TC(P(R("1"))) TCP("<w:vMerge w:val=\"restart\"/>",
	    P(R("Sở Tài chính"))) TC(P(R("Quý II"))))
	    TR(TC(P(R("2"))) TCP("<w:vMerge/>", P("")) TC(P(R("Quý III"))))
	    TR(TC(P(R("3"))) TCP("<w:vMerge w:val=\"continue\"/>", P(""))
	    TC(P(R("Quý IV"))))),
	    "x\n1\tSở Tài chính\tQuý II\n2\t\tQuý III\n3\t\tQuý IV", false },
	{ "gridBefore and gridAfter add empty cells",
	    P(R("x"))
	    TBL(TR("<w:trPr><w:gridBefore w:val=\"1\"/><w:gridAfter "
	    "w:val=\"2\"/></w:trPr>" TC(P(R("a"))) TC(P(R("b"))))),
	    "x\n\ta\tb\t\t", false },
	{ "multi-paragraph cells joined by spaces, list items by their label",
	    P(R("x"))
	    TBL(TR(TC(P(R("Biện pháp:")) P(R("")) P("<w:pPr><w:numPr><w:ilvl "
	    "w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
	    R("việc một")) P("<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId "
	    "w:val=\"1\"/></w:numPr></w:pPr>" R("việc hai"))) TC(P(R("x"))))),
	    "x\nBiện pháp: - việc một - việc hai\tx", false },
	{ "a nested table reads cell after cell inside its cell",
	    P(R("x"))
	    TBL(TR(TC(P(R("ngoài")) TBL(TR(TC(P(R("a"))) TC(P(R("b"))))
	    TR(TC(P(R("c")))))) TC(P(R("z"))))),
	    "x\nngoài a b c\tz", false },
	{ "deleted rows and cells are gone, inserted ones kept",
	    P(R("x"))
	    TBL(TR(TC(P(R("1"))) TC(P(R("giữ"))))
	    TR("<w:trPr><w:del " CH "/></w:trPr>" TC(P(R("2")))
	    TC(P(R("xóa"))))
	    TR("<w:trPr><w:ins " CH "/></w:trPr>" TC(P(R("3")))
	    TCP("<w:cellDel " CH "/>", P(R("bỏ"))) TC(P(R("thêm"))))),
	    "x\n1\tgiữ\n3\tthêm", true },
	{ "the header block before the text: a line per paragraph",
	    TBL(TR(TC(P(R("ỦY BAN NHÂN DÂN")) P(R("Số: 25/KH-UBND")))
	    TC(P(R("CỘNG HÒA")) P("") P(R("Tân Hiệp, ngày 10")))))
	    P(R("KẾ HOẠCH")),
	    "ỦY BAN NHÂN DÂN\nSố: 25/KH-UBND\nCỘNG HÒA\n\nTân Hiệp, ngày 10\n"
	    "KẾ HOẠCH", false },
	{ "empty paragraphs before it do not count as text",
	    P("") TBL(TR(TC(P(R("a")) P(R("b"))) TC(P(R("c"))))) P(R("x")),
	    "\na\nb\nc\nx", false },
	{ "the same table after text is read as rows",
	    P(R("KẾ HOẠCH")) TBL(TR(TC(P(R("a")) P(R("b"))) TC(P(R("c"))))),
	    "KẾ HOẠCH\na b\tc", false },
	{ "a wide table first is read as rows",
	    TBL(TR(TC(P(R("TT"))) TC(P(R("Nội dung"))) TC(P(R("Chủ trì")))
	    TC(P(R("Thời hạn"))))), "TT\tNội dung\tChủ trì\tThời hạn", false },
	{ "content controls around rows and cells",
	    P(R("x"))
	    TBL("<w:sdt><w:sdtContent>" TR("<w:sdt><w:sdtContent>" TC(P(R("a")))
	    "</w:sdtContent></w:sdt>" TC(P(R("b")))) "</w:sdtContent></w:sdt>"),
	    "x\na\tb", false },
};

#define NUMBERING							\
	"<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\">"	\
	"<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xEF\x82\xB7\"/>" \
	"</w:lvl></w:abstractNum><w:num w:numId=\"1\">"			\
	"<w:abstractNumId w:val=\"0\"/></w:num>"

Test(docxbody, cases)
{
	for (size_t k = 0; k < PL_NELEM(cases); k++) {
		const struct bodycase *c = &cases[k];
		struct pl_doc *doc = docx_doc(c->body, NUMBERING, NULL);
		struct pl_buf got = { 0 };

		for (size_t i = 0; i < doc->text.n; i++)
			pl_buf_printf(&got, "%s%s", i > 0 ? "\n" : "",
			    doc->text.lines[i].s);
		cr_expect_str_eq(got.s != NULL ? got.s : "", c->want, "%s",
		    c->name);
		cr_expect_eq(doc->tracked_changes, c->tracked, "%s", c->name);
		pl_buf_free(&got);
		pl_doc_free(doc);
	}
}

Test(docxbody, positions)
{
	struct pl_doc *doc = docx_doc(
	    P(R("một")) P("")
	    TBL(TR(TC(P(R("TT"))) TC(P(R("Nội dung")))) TR(TC(P(R("1")))
	    TCP("<w:gridSpan w:val=\"2\"/>", P(R("Việc"))))
	    TR(TC(P(R("2"))) TCP("<w:vMerge/>", P(""))))
	    P(R("hai")) TBL(TR(TC(P(R("x"))))) P(R("ba")), NULL, NULL);
	const struct pl_line *l = doc->text.lines;

	cr_assert_eq(doc->text.n, 8);
	cr_expect_eq(l[0].para, 1);
	cr_expect_eq(l[1].para, 2);
	cr_expect_eq(l[2].para, 0);
	cr_expect_eq(l[2].table, 1);
	cr_expect_eq(l[2].row, 1);
	cr_expect_eq(l[3].row, 2);
	cr_expect_eq(l[4].row, 3);
	cr_expect_eq(l[5].para, 3);
	cr_expect_eq(l[6].table, 2);
	cr_expect_eq(l[6].row, 1);
	cr_expect_eq(l[7].para, 4);
	for (size_t i = 0; i < doc->text.n; i++)
		cr_expect_eq(l[i].orig, (int)i + 1);
	/* Row 2: "1", "Việc", "" (span); row 3: "2", "" (vMerge). */
	cr_assert_eq(l[3].ncells, 3);
	cr_expect_eq(l[3].cells[0], 0);
	cr_expect_eq(l[3].cells[1], 2);
	cr_expect_eq(l[3].cells[2], 2 + strlen("Việc") + 1);
	cr_expect_eq(l[3].cellflags[0], 0);
	cr_expect_eq(l[3].cellflags[1], 0);
	cr_expect_eq(l[3].cellflags[2], PL_CF_SPAN);
	cr_assert_eq(l[4].ncells, 2);
	cr_expect_eq(l[4].cellflags[1], PL_CF_VMERGE);
	cr_expect_eq(l[0].ncells, 0);
	cr_expect_null(l[0].cells);
	pl_doc_free(doc);
}

Test(docxbody, tracked_line)
{
	struct pl_doc *doc = docx_doc(P(R("a")) P(R("b"))
	    P("<w:ins " CH ">" R("c") "</w:ins>") P("<w:del " CH ">"
	    "<w:r><w:delText>d</w:delText></w:r></w:del>"), NULL, NULL);

	cr_expect(doc->tracked_changes);
	cr_expect_eq(doc->tracked_line, 3);
	cr_expect_str_eq(doc->text.lines[3].s, "");
	pl_doc_free(doc);
}

Test(docxbody, strict_namespace)
{
	static const char body[] =
	    "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://purl.oclc.org/"
	    "ooxml/wordprocessingml/main\"><w:body><w:p><w:r><w:t>Chặt chẽ"
	    "</w:t></w:r></w:p></w:body></w:document>";
	struct zpart parts[] = {
		{ .name = "word/document.xml", .data = body },
	};
	struct pl_err err;
	size_t n;
	char *bytes = zip_build(parts, PL_NELEM(parts), &n);
	struct pl_doc *doc = docx_ingest("s.docx", bytes, n, &err);

	cr_assert_not_null(doc);
	cr_expect_str_eq(doc->text.lines[0].s, "Chặt chẽ");
	pl_doc_free(doc);
	free(bytes);
}

Test(docxbody, nfc)
{
	/* "Kế" typed decomposed, in a paragraph and in a cell. */
	struct pl_doc *doc = docx_doc(P(R("Ke\xCC\x82\xCC\x81")) TBL(TR(
	    TC(P(R("Ke\xCC\x82\xCC\x81"))) TC(P(R("x"))))), NULL, NULL);

	cr_expect_str_eq(doc->text.lines[0].s, "Kế");
	cr_expect_str_eq(doc->text.lines[1].s, "Kế\tx");
	cr_expect_eq(doc->text.lines[1].cells[1], strlen("Kế\t"));
	pl_doc_free(doc);
}

/* ---- The fixtures LibreOffice made (tests/fixtures/README.md) ---- */

static struct pl_doc *
fixture(const char *path)
{
	struct pl_doc *doc = NULL;
	struct pl_err err;

	cr_assert_eq(pl_ingest_file(path, NULL, &doc, &err), 0, "%s: %s %s",
	    path, pl_err_id(err.code), err.detail);
	return doc;
}

static const char *
find(const struct pl_doc *doc, const char *prefix)
{
	for (size_t i = 0; i < doc->text.n; i++)
		if (pl_starts_with(doc->text.lines[i].s, prefix))
			return doc->text.lines[i].s;
	return NULL;
}

Test(docxbody, fixture_features)
{
	struct pl_doc *doc = fixture("tests/fixtures/features.docx");
	static const char *const lines[] = {
		"I. PHẦN MỘT", "1. Mục thứ nhất", "a) Điểm thứ nhất",
		"b) Điểm thứ hai", "2. Mục thứ hai", "a) Điểm sau mục thứ hai",
		"II. PHẦN HAI", "1. Mục đầu của phần hai", "1. Cấp một",
		"1.1. Cấp hai thứ nhất", "1.2. Cấp hai thứ hai",
		"i. Cấp ba thứ nhất", "ii. Cấp ba thứ hai",
		"2. Cấp một tiếp theo", "I. Phần La Mã", "A. Chữ hoa A",
		"B. Chữ hoa B", "II. Phần La Mã thứ hai", "1. Mục một",
		"2. Mục hai", "a) điểm a", "b) điểm b", "3. Mục ba",
		"4. Mục bốn", "Một hai ba.",
		"I\tNhóm nhiệm vụ thứ nhất\t\t\t\t",
		"1\tNhiệm vụ có hai đoạn. Đoạn thứ hai của ô.\tSở Tài chính\t"
		"Các sở, ngành\tQuý II/2026\tBáo cáo",
		"2\tNhiệm vụ có danh sách: - việc thứ nhất - việc thứ hai\t\t"
		"Ủy ban nhân dân các xã\t\tĐề án",
		"3\tNhiệm vụ cuối\tSở Nội vụ\tCác cơ quan liên quan\t\t"
		"Quyết định",
	};
	size_t at = 0;

	/* In this order, nothing from headers, footers, notes, comments. */
	for (size_t i = 0; i < doc->text.n && at < PL_NELEM(lines); i++)
		if (strcmp(doc->text.lines[i].s, lines[at]) == 0)
			at++;
	cr_expect_eq(at, PL_NELEM(lines), "missing: %s",
	    at < PL_NELEM(lines) ? lines[at] : "");
	for (size_t i = 0; i < doc->text.n; i++) {
		cr_expect_null(pl_istrstr(doc->text.lines[i].s, "IGNORED"));
		cr_expect_null(pl_istrstr(doc->text.lines[i].s, "bỏ qua"));
	}
	cr_expect_not(doc->tracked_changes);
	pl_doc_free(doc);
}

Test(docxbody, fixture_merged_cells)
{
	struct pl_doc *doc = fixture("tests/fixtures/features.docx");
	const struct pl_line *row = NULL;

	for (size_t i = 0; i < doc->text.n; i++)
		if (pl_starts_with(doc->text.lines[i].s, "2\tNhiệm vụ có"))
			row = &doc->text.lines[i];
	cr_assert_not_null(row);
	cr_expect_eq(row->table, 1);
	cr_expect_eq(row->row, 4);
	cr_assert_eq(row->ncells, 6);
	cr_expect_eq(row->cellflags[2], PL_CF_VMERGE);
	cr_expect_eq(row->cellflags[4], PL_CF_VMERGE);
	cr_expect_eq(row->cellflags[3], 0);
	pl_doc_free(doc);
}

Test(docxbody, fixture_tracked)
{
	struct pl_doc *doc = fixture("tests/fixtures/tracked.docx");

	cr_expect(doc->tracked_changes);
	cr_expect_eq(doc->tracked_line, 2);
	cr_expect_str_eq(find(doc, "Giao Sở Tài"),
	    "Giao Sở Tài chính chủ trì, hoàn thành trước ngày 30/9/2026.");
	cr_expect_str_eq(find(doc, "Giao Sở Nội"),
	    "Giao Sở Nội vụ chủ trì thực hiện.");
	pl_doc_free(doc);
}

Test(docxbody, fixture_plan)
{
	struct pl_doc *doc = fixture("tests/fixtures/plan.docx");

	/* The header block, a paragraph per line, in table 1. */
	cr_expect_str_eq(doc->text.lines[2].s, "Số: 25/KH-UBND");
	cr_expect_eq(doc->text.lines[2].table, 1);
	cr_expect_str_eq(doc->text.lines[5].s,
	    "Tân Hiệp, ngày 10 tháng 3 năm 2026");
	cr_expect_str_eq(doc->text.lines[6].s, "KẾ HOẠCH");
	cr_expect_eq(doc->text.lines[6].para, 1);
	cr_expect_not_null(find(doc, "I. MỤC ĐÍCH, YÊU CẦU"));
	cr_expect_not_null(find(doc, "IV. TỔ CHỨC THỰC HIỆN"));
	/* The list under IV starts again at 1. */
	cr_expect_not_null(find(doc, "1. Văn phòng HĐND và UBND xã theo dõi"));
	cr_expect_not_null(find(doc, "b) Triển khai phủ sóng"));
	cr_expect_not_null(find(doc, "II\tNhiệm vụ cụ thể\t\t\t\t"));
	pl_doc_free(doc);
}
