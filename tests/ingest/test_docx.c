/*
 * test_docx.c: opening a .docx (docx.c): package relationships, and one
 * clear error for each bad package: corrupt zip, a zip that is no Word
 * document, encrypted entries, zip bombs, bad XML, DTDs and entities.
 */
#include <stdlib.h>

#include "docxtest.h"

#define BODY "<w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p>"

static int
fails(const char *path, const char *bytes, size_t n, struct pl_err *err)
{
	struct pl_doc *doc = docx_ingest(path, bytes, n, err);

	if (doc != NULL) {
		pl_doc_free(doc);
		return PL_E_OK;
	}
	return (int)err->code;
}

Test(docx, reads_a_minimal_package)
{
	struct pl_doc *doc = docx_doc(BODY, NULL, NULL);

	cr_assert_eq(doc->text.n, 1);
	cr_expect_str_eq(doc->text.lines[0].s, "Kế hoạch");
	pl_doc_free(doc);
}

Test(docx, corrupt_zip)
{
	struct pl_err err;
	size_t n;
	char *bytes = docx_build(BODY, NULL, NULL, &n);

	/* Cut in half: the central directory is gone. */
	cr_expect_eq(fails("t.docx", bytes, n / 2, &err), PL_E_DOCX_CORRUPT);
	cr_expect_str_eq(err.file, "t.docx");
	/* Only the magic. */
	cr_expect_eq(fails("t.docx", "PK\3\4garbage", 11, &err),
	    PL_E_DOCX_CORRUPT);
	free(bytes);
}

Test(docx, damaged_entry_data)
{
	static const char doc[] = "<?xml version=\"1.0\"?><w:document xmlns:w="
	    "\"" W_NS "\"><w:body><w:p><w:r><w:t>UNIQUE-MARKER</w:t></w:r>"
	    "</w:p></w:body></w:document>";
	struct zpart parts[] = {
		{ .name = "word/document.xml", .data = doc, .store = true },
	};
	struct pl_err err;
	size_t n;
	char *bytes = zip_build(parts, PL_NELEM(parts), &n);
	char *m = NULL;

	for (size_t i = 0; i + 13 <= n && m == NULL; i++)
		if (memcmp(bytes + i, "UNIQUE-MARKER", 13) == 0)
			m = bytes + i;
	cr_assert_not_null(m);
	m[0] = 'X';	/* the CRC no longer matches */
	cr_expect_eq(fails("t.docx", bytes, n, &err), PL_E_DOCX_CORRUPT);
	cr_expect_not_null(strstr(err.detail, "word/document.xml"));
	free(bytes);
}

Test(docx, not_a_word_document)
{
	static const struct {
		struct zpart	 part;
		const char	*detail;
	} cases[] = {
		{ { .name = "hello.txt", .data = "xin chào" },
		    "word/document.xml" },
		{ { .name = "xl/workbook.xml", .data = "<workbook/>" },
		    "Excel (.xlsx)" },
		{ { .name = "ppt/presentation.xml", .data = "<p/>" },
		    "PowerPoint (.pptx)" },
		{ { .name = "mimetype", .data =
		    "application/vnd.oasis.opendocument.text" },
		    "OpenDocument (.odt, .ods)" },
	};
	struct pl_err err;
	size_t n;
	char *bytes;

	for (size_t i = 0; i < PL_NELEM(cases); i++) {
		bytes = zip_build(&cases[i].part, 1, &n);
		cr_expect_eq(fails("t.docx", bytes, n, &err),
		    PL_E_DOCX_NOT_WORD, "%s", cases[i].part.name);
		cr_expect_str_eq(err.detail, cases[i].detail);
		free(bytes);
	}
	/* An empty zip. */
	cr_expect_eq(fails("t.docx", "PK\5\6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
	    "\0\0", 22, &err), PL_E_DOCX_NOT_WORD);
}

Test(docx, main_part_is_not_a_document)
{
	struct zpart parts[] = {
		{ .name = "word/document.xml", .data =
		    "<?xml version=\"1.0\"?><w:styles xmlns:w=\"" W_NS "\"/>" },
	};
	struct pl_err err;
	size_t n;
	char *bytes = zip_build(parts, 1, &n);

	cr_expect_eq(fails("t.docx", bytes, n, &err), PL_E_DOCX_NOT_WORD);
	free(bytes);
}

Test(docx, relationships_name_the_parts)
{
	static const char rels[] = "<?xml version=\"1.0\"?><Relationships "
	    "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
	    "relationships\"><Relationship Id=\"r0\" Type=\"http://x/"
	    "relationships/officeDocument\" Target=\"http://example.com/\" "
	    "TargetMode=\"External\"/><Relationship Id=\"r1\" Type=\"http://"
	    "schemas.openxmlformats.org/officeDocument/2006/relationships/"
	    "officeDocument\" Target=\"/main/./doc.xml\"/></Relationships>";
	static const char prels[] = "<?xml version=\"1.0\"?><Relationships "
	    "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
	    "relationships\"><Relationship Id=\"r1\" Type=\"http://schemas."
	    "openxmlformats.org/officeDocument/2006/relationships/numbering\" "
	    "Target=\"../lists/n.xml\"/></Relationships>";
	static const char doc[] = "<?xml version=\"1.0\"?><w:document xmlns:w="
	    "\"" W_NS "\"><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/>"
	    "<w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Mục</w:t>"
	    "</w:r></w:p></w:body></w:document>";
	static const char num[] = "<?xml version=\"1.0\"?><w:numbering "
	    "xmlns:w=\"" W_NS "\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl "
	    "w:ilvl=\"0\"><w:numFmt w:val=\"upperRoman\"/><w:lvlText "
	    "w:val=\"%1-\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\">"
	    "<w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
	struct zpart parts[] = {
		{ .name = "_rels/.rels", .data = rels },
		{ .name = "main/_rels/doc.xml.rels", .data = prels },
		{ .name = "main/doc.xml", .data = doc },
		{ .name = "lists/n.xml", .data = num },
		/* Decoys at the default names. */
		{ .name = "word/document.xml", .data = "not xml" },
	};
	struct pl_err err;
	size_t n;
	char *bytes = zip_build(parts, PL_NELEM(parts), &n);
	struct pl_doc *d = docx_ingest("t.docx", bytes, n, &err);

	cr_assert_not_null(d, "%s %s", pl_err_id(err.code), err.detail);
	cr_expect_str_eq(d->text.lines[0].s, "I- Mục");
	pl_doc_free(d);
	free(bytes);
}

Test(docx, encrypted_entry)
{
	struct zpart parts[] = {
		{ .name = "word/document.xml", .data = "<?xml version=\"1.0\"?>"
		    "<w:document xmlns:w=\"" W_NS "\"><w:body/></w:document>",
		    .password = "matkhau" },
	};
	struct pl_err err;
	size_t n;
	char *bytes = zip_build(parts, 1, &n);

	cr_expect_eq(fails("t.docx", bytes, n, &err), PL_E_ENCRYPTED);
	cr_expect_str_eq(err.detail, "word/document.xml");
	free(bytes);
}

/* A part of `size` bytes that deflates to almost nothing. */
static char *
spaces_doc(size_t size)
{
	static const char head[] = "<?xml version=\"1.0\"?><w:document "
	    "xmlns:w=\"" W_NS "\"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p>";
	static const char tail[] = "</w:body></w:document>";
	char *s = malloc(size + 1);

	memset(s, ' ', size);
	memcpy(s, head, sizeof(head) - 1);
	memcpy(s + size - (sizeof(tail) - 1), tail, sizeof(tail) - 1);
	s[size] = '\0';
	return s;
}

Test(docx, zip_bomb_size)
{
	char *big = spaces_doc(65UL * 1024 * 1024);
	struct zpart parts[] = {
		{ .name = "word/document.xml", .data = big },
	};
	struct pl_err err;
	size_t n;
	char *bytes = zip_build(parts, 1, &n);

	cr_expect_lt(n, 1024 * 1024);
	cr_expect_eq(fails("t.docx", bytes, n, &err), PL_E_ZIP_BOMB);
	cr_expect_not_null(strstr(err.detail, "word/document.xml"));
	free(bytes);
	free(big);
}

Test(docx, zip_bomb_ratio)
{
	char *big = spaces_doc(4UL * 1024 * 1024);
	struct zpart parts[] = {
		{ .name = "word/document.xml", .data = big },
	};
	struct pl_err err;
	size_t n;
	char *bytes = zip_build(parts, 1, &n);

	cr_expect_eq(fails("t.docx", bytes, n, &err), PL_E_ZIP_BOMB);
	cr_expect_not_null(strstr(err.detail, ":1"));
	free(bytes);
	free(big);
}

Test(docx, ordinary_compression_is_no_bomb)
{
	/* 2 MiB of varied XML: deflates well, but nowhere near 200:1. */
	struct pl_buf b = { 0 };
	struct pl_doc *doc;

	for (int i = 0; b.len < 2UL * 1024 * 1024; i++)
		pl_buf_printf(&b, "<w:p><w:r><w:t>Nhiệm vụ %d: rà soát %d hồ sơ"
		    "</w:t></w:r></w:p>", i, i * 7919 % 10007);
	doc = docx_doc(b.s, NULL, NULL);
	cr_expect_gt(doc->text.n, 10000);
	pl_doc_free(doc);
	pl_buf_free(&b);
}

/* Rewrites the uncompressed size of every entry in both headers. */
static void
lie_about_size(char *z, size_t n, uint32_t size)
{
	for (size_t i = 0; i + 46 <= n; i++) {
		if (memcmp(z + i, "PK\1\2", 4) == 0)
			memcpy(z + i + 24, &size, 4);	/* little-endian host */
		else if (memcmp(z + i, "PK\3\4", 4) == 0)
			memcpy(z + i + 22, &size, 4);
	}
}

Test(docx, zip_bomb_lying_header)
{
	char *big = spaces_doc(900 * 1024);
	struct zpart parts[] = {
		{ .name = "word/document.xml", .data = big },
	};
	struct pl_err err;
	size_t n;
	char *bytes = zip_build(parts, 1, &n);

	lie_about_size(bytes, n, 1000);
	/* Under the ratio floor by its header: caught while inflating. */
	cr_expect_eq(fails("t.docx", bytes, n, &err), PL_E_ZIP_BOMB);
	cr_expect_str_eq(err.detail, "word/document.xml: > 1000 byte");
	free(bytes);
	free(big);
}

Test(docx, bad_xml)
{
	struct zpart parts[] = {
		{ .name = "word/document.xml", .data = "<?xml version=\"1.0\"?>"
		    "\n<w:document xmlns:w=\"" W_NS "\"><w:body><w:p>"
		    "</w:body>" },
	};
	struct pl_err err;
	size_t n;
	char *bytes = zip_build(parts, 1, &n);

	cr_expect_eq(fails("t.docx", bytes, n, &err), PL_E_DOCX_XML);
	cr_expect(pl_starts_with(err.detail, "word/document.xml:2: "), "%s",
	    err.detail);
	free(bytes);
}

Test(docx, no_dtd_no_entities)
{
	static const char *const docs[] = {
		/* XXE: a file on disk. */
		"<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM "
		"\"file:///etc/passwd\">]><w:document xmlns:w=\"" W_NS "\">"
		"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body>"
		"</w:document>",
		/* Billion laughs. */
		"<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">"
		"<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document "
		"xmlns:w=\"" W_NS "\"><w:body><w:p><w:r><w:t>&b;</w:t></w:r>"
		"</w:p></w:body></w:document>",
		/* A network DTD. */
		"<?xml version=\"1.0\"?><!DOCTYPE d SYSTEM "
		"\"http://127.0.0.1:9/d.dtd\"><w:document xmlns:w=\"" W_NS "\">"
		"<w:body/></w:document>",
	};
	struct pl_err err;
	size_t n;
	char *bytes;

	for (size_t i = 0; i < PL_NELEM(docs); i++) {
		struct zpart part = { .name = "word/document.xml",
		    .data = docs[i] };

		bytes = zip_build(&part, 1, &n);
		cr_expect_eq(fails("t.docx", bytes, n, &err), PL_E_DOCX_XML,
		    "%zu", i);
		cr_expect_str_eq(err.detail, "word/document.xml: DOCTYPE");
		free(bytes);
	}
}

Test(docx, bad_numbering_part)
{
	struct zpart parts[] = {
		{ .name = "word/document.xml", .data = "<?xml version=\"1.0\"?>"
		    "<w:document xmlns:w=\"" W_NS "\"><w:body/></w:document>" },
		{ .name = "word/numbering.xml", .data = "<w:numbering" },
	};
	struct pl_err err;
	size_t n;
	char *bytes = zip_build(parts, PL_NELEM(parts), &n);

	cr_expect_eq(fails("t.docx", bytes, n, &err), PL_E_DOCX_XML);
	cr_expect(pl_starts_with(err.detail, "word/numbering.xml:"));
	free(bytes);
}

Test(docx, errors_read_whole_in_both_languages)
{
	static const enum pl_errcode codes[] = {
		PL_E_DOCX_CORRUPT, PL_E_DOCX_NOT_WORD, PL_E_DOCX_XML,
		PL_E_ZIP_BOMB, PL_E_ENCRYPTED, PL_E_WORD_DOC,
	};

	for (size_t i = 0; i < PL_NELEM(codes); i++) {
		cr_expect_not_null(strstr(pl_err_text(codes[i], PL_LANG_EN),
		    codes[i] == PL_E_WORD_DOC ? ".doc" : codes[i] ==
		    PL_E_ENCRYPTED ? "password" : "docx"));
		cr_expect_neq(strcmp(pl_err_text(codes[i], PL_LANG_VI),
		    pl_err_text(codes[i], PL_LANG_EN)), 0);
	}
	cr_expect_str_eq(pl_err_id(PL_E_ZIP_BOMB), "zip-bomb");
}
