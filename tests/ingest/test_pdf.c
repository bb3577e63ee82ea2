/*
 * test_pdf.c: PDF input through pdftotext (pdf.c): pages and lines of the
 * extraction, table rows as TAB lines with their cells, plain pdftotext
 * when -bbox-layout gives no XHTML, and the errors: no text layer
 * (scanned), a password, a damaged file, pdftotext missing.
 */
#include <sys/stat.h>

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/ingest/ingest_int.h"

static struct pl_doc *
read_pdf(const char *path, struct pl_err *err)
{
	struct pl_doc *doc = NULL;

	pl_ingest_file(path, NULL, &doc, err);
	return doc;
}

static const struct pl_line *
line_with(const struct pl_doc *doc, const char *s)
{
	for (size_t i = 0; i < doc->text.n; i++)
		if (strcmp(doc->text.lines[i].s, s) == 0)
			return &doc->text.lines[i];
	return NULL;
}

Test(pdf, pages_and_lines)
{
	struct pl_err err;
	struct pl_doc *doc = read_pdf("tests/fixtures/plan.pdf", &err);
	const struct pl_line *l;
	char where[64];

	cr_assert_not_null(doc, "%s %s", pl_err_id(err.code), err.detail);
	cr_expect_str_eq(doc->text.lines[0].s, "ỦY BAN NHÂN DÂN");
	cr_expect_eq(doc->text.lines[0].page, 1);
	cr_expect_not_null(line_with(doc, "I. MỤC ĐÍCH, YÊU CẦU"));
	cr_assert_not_null(l = line_with(doc, "PHỤ LỤC"));
	cr_expect_eq(l->page, 2);
	cr_expect_gt(l->orig, 30);	/* lines count through the extraction */
	cr_expect_str_eq(pl_doc_where(doc, (int)(l - doc->text.lines) + 1, 0,
	    PL_LANG_EN, where, sizeof(where)), "page 2 line 1");
	cr_expect_str_eq(pl_doc_where(doc, 1, 0, PL_LANG_VI, where,
	    sizeof(where)), "trang 1 dòng 1");
	for (size_t i = 0; i < doc->text.n; i++) {
		cr_expect_eq(doc->text.lines[i].orig, (int)i + 1);
		cr_expect_null(strchr(doc->text.lines[i].s, '\f'));
		cr_expect_eq(doc->text.lines[i].para, 0);
		cr_expect_eq(doc->text.lines[i].table, 0);
	}
	cr_expect_eq(doc->warnings.n, 0);
	pl_doc_free(doc);
}

Test(pdf, scanned_needs_ocr)
{
	struct pl_err err;

	cr_expect_null(read_pdf("tests/fixtures/scanned.pdf", &err));
	cr_expect_eq(err.code, PL_E_PDF_NO_TEXT);
	cr_expect_str_eq(err.detail, "1 page");
	cr_expect_not_null(strstr(pl_err_text(PL_E_PDF_NO_TEXT, PL_LANG_EN),
	    "OCR"));
	cr_expect_not_null(strstr(pl_err_text(PL_E_PDF_NO_TEXT, PL_LANG_VI),
	    "OCR"));
}

Test(pdf, password)
{
	struct pl_err err;

	cr_expect_null(read_pdf("tests/fixtures/encrypted.pdf", &err));
	cr_expect_eq(err.code, PL_E_ENCRYPTED, "%s %s", pl_err_id(err.code),
	    err.detail);
}

Test(pdf, damaged)
{
	static const char bad[] = "%PDF-1.4\nthis is not a PDF body\n";
	struct pl_doc *doc = NULL;
	struct pl_err err;

	cr_expect_eq(pl_ingest_bytes("bad.pdf", bad, sizeof(bad) - 1, NULL,
	    &doc, &err), -1);
	cr_expect_null(doc);
	cr_expect_eq(err.code, PL_E_PDF, "%s", pl_err_id(err.code));
	cr_expect(pl_starts_with(err.detail, "pdftotext 1: "), "%s",
	    err.detail);
	cr_expect_eq(err.line, 0);
}

/* Criterion runs each test in its own process: PATH is ours to change. */
Test(pdf, pdftotext_missing)
{
	struct pl_err err;

	setenv("PATH", "/nonexistent", 1);
	cr_expect_null(read_pdf("tests/fixtures/plan.pdf", &err));
	cr_expect_eq(err.code, PL_E_PDF_TOOL);
	cr_expect_not_null(strstr(pl_err_text(PL_E_PDF_TOOL, PL_LANG_EN),
	    "poppler-utils"));
	cr_expect_not_null(strstr(pl_err_text(PL_E_PDF_TOOL, PL_LANG_VI),
	    "poppler-utils"));
}

Test(pdf, temporary_file_removed)
{
	char dir[] = "/tmp/planlint-test-XXXXXX";
	struct pl_err err;
	struct pl_doc *doc;

	cr_assert_not_null(mkdtemp(dir));
	setenv("TMPDIR", dir, 1);
	doc = read_pdf("tests/fixtures/plan.pdf", &err);
	cr_assert_not_null(doc);
	pl_doc_free(doc);
	/* rmdir fails on a directory that is not empty. */
	cr_expect_eq(rmdir(dir), 0);
}

/* The appendix table comes out one line per row, cells after TABs. */
Test(pdf, table_rows)
{
	struct pl_err err;
	struct pl_doc *doc = read_pdf("tests/fixtures/plan.pdf", &err);
	const struct pl_line *l;
	char where[64];

	cr_assert_not_null(doc, "%s %s", pl_err_id(err.code), err.detail);
	cr_assert_not_null(l = line_with(doc, "2\tRà soát, số hóa hồ sơ, kết "
	    "quả giải quyết thủ tục hành chính\tVăn phòng HĐND và UBND xã\t"
	    "Các ấp\tThường xuyên\tKho dữ liệu số hóa"));
	cr_expect_eq(l->page, 2);
	cr_assert_eq(l->ncells, 6);
	for (int c = 1; c < l->ncells; c++)
		cr_expect_eq(l->s[l->cells[c] - 1], '\t', "cell %d", c);
	cr_expect_str_eq(l->s + l->cells[3], "Các ấp\tThường xuyên\t"
	    "Kho dữ liệu số hóa");
	cr_expect_str_eq(pl_doc_where(doc, (int)(l - doc->text.lines) + 1, 3,
	    PL_LANG_EN, where, sizeof(where)), "page 2 line 9");
	cr_expect_not_null(line_with(doc, "TT\tNội dung nhiệm vụ\tCơ quan chủ "
	    "trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm"));
	pl_doc_free(doc);
}

/*
 * When pdftotext's -bbox-layout output is not XHTML, its plain output is
 * read instead (a fake pdftotext first on PATH writes both).
 */
Test(pdf, plain_fallback)
{
	char dir[] = "/tmp/planlint-test-XXXXXX", tool[64], path[600];
	const char *old = getenv("PATH");
	struct pl_err err;
	struct pl_doc *doc;
	FILE *f;

	cr_assert_not_null(mkdtemp(dir));
	snprintf(tool, sizeof(tool), "%s/pdftotext", dir);
	cr_assert_not_null(f = fopen(tool, "w"));
	fputs("#!/bin/sh\n"
	    "case \"$1\" in\n"
	    "-bbox-layout) printf '<html><body><doc><page>' ;;\n"
	    "*) printf 'KẾ HOẠCH\\nTrang một\\n\\fTrang hai\\n\\f' ;;\n"
	    "esac\n", f);
	fclose(f);
	cr_assert_eq(chmod(tool, 0755), 0);
	snprintf(path, sizeof(path), "%s:%s", dir, old != NULL ? old : "");
	setenv("PATH", path, 1);
	doc = read_pdf("tests/fixtures/plan.pdf", &err);
	unlink(tool);
	rmdir(dir);
	cr_assert_not_null(doc, "%s %s", pl_err_id(err.code), err.detail);
	cr_assert_eq(doc->text.n, 3);
	cr_expect_str_eq(doc->text.lines[0].s, "KẾ HOẠCH");
	cr_expect_eq(doc->text.lines[1].page, 1);
	cr_expect_str_eq(doc->text.lines[2].s, "Trang hai");
	cr_expect_eq(doc->text.lines[2].page, 2);
	cr_expect_eq(doc->text.lines[2].orig, 3);
	pl_doc_free(doc);
}
