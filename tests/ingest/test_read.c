/*
 * test_read.c: decoding bytes into normalized lines, and refusing bad
 * input with a position (read.c, layout.c).
 */
#include <criterion/criterion.h>
#include <string.h>

#include "../../src/ingest/ingest.h"

static struct pl_doc *
ingest(const char *bytes, size_t n, bool lenient, struct pl_err *err)
{
	struct pl_ingest_opts opts = { .lenient = lenient };
	struct pl_doc *doc = NULL;

	pl_ingest_bytes("t.txt", bytes, n, &opts, &doc, err);
	return doc;
}

Test(read, utf8_bom_and_crlf)
{
	static const char in[] = "\xEF\xBB\xBFK\xE1\xBA\xBE HO\xE1\xBA\xA0" "CH\r\nb\rc\n";
	struct pl_err err;
	struct pl_doc *doc = ingest(in, sizeof(in) - 1, false, &err);

	cr_assert_not_null(doc);
	cr_assert_eq(doc->text.n, 3);
	cr_assert_str_eq(doc->text.lines[0].s, "KẾ HOẠCH");
	cr_assert_str_eq(doc->text.lines[1].s, "b");
	cr_assert_eq(doc->text.lines[2].orig, 3);
	pl_doc_free(doc);
}

Test(read, nfd_is_composed)
{
	/* "Kế" typed decomposed: K e U+0302 U+0301. */
	static const char in[] = "Ke\xCC\x82\xCC\x81 ho\xE1\xBA\xA1" "ch\n";
	struct pl_err err;
	struct pl_doc *doc = ingest(in, sizeof(in) - 1, false, &err);

	cr_assert_not_null(doc);
	cr_assert_str_eq(doc->text.lines[0].s, "Kế hoạch");
	pl_doc_free(doc);
}

Test(read, utf16le_with_bom)
{
	static const char in[] = "\xFF\xFE" "A\0\xBF\x1E\n\0B\0";
	struct pl_err err;
	struct pl_doc *doc = ingest(in, sizeof(in) - 1, false, &err);

	cr_assert_not_null(doc);
	cr_assert_str_eq(doc->text.lines[0].s, "Aế");
	cr_assert_str_eq(doc->text.lines[1].s, "B");
	pl_doc_free(doc);
}

Test(read, utf16be_with_bom)
{
	static const char in[] = "\xFE\xFF\0A\x1E\xBF";
	struct pl_err err;
	struct pl_doc *doc = ingest(in, sizeof(in) - 1, false, &err);

	cr_assert_not_null(doc);
	cr_assert_str_eq(doc->text.lines[0].s, "Aế");
	pl_doc_free(doc);
}

Test(read, utf16_odd_length_is_an_error)
{
	static const char in[] = "\xFF\xFE" "A\0B";
	struct pl_err err;

	cr_assert_null(ingest(in, sizeof(in) - 1, false, &err));
	cr_assert_eq(err.code, PL_E_UTF16);
}

Test(read, invalid_utf8_names_line_column_offset)
{
	static const char in[] = "abc\nd\xC3\x28x\n";
	struct pl_err err;

	cr_assert_null(ingest(in, sizeof(in) - 1, false, &err));
	cr_assert_eq(err.code, PL_E_UTF8);
	cr_assert_eq(err.line, 2);
	cr_assert_eq(err.col, 2);
	cr_assert_eq(err.offset, 5);
	cr_assert_str_eq(err.file, "t.txt");
}

Test(read, lenient_replaces_and_warns)
{
	static const char in[] = "a\xFF" "b\n";
	struct pl_err err;
	struct pl_doc *doc = ingest(in, sizeof(in) - 1, true, &err);

	cr_assert_not_null(doc);
	cr_assert_str_eq(doc->text.lines[0].s, "a\xEF\xBF\xBD" "b");
	cr_assert_eq(doc->warnings.n, 1);
	pl_doc_free(doc);
}

Test(read, nul_byte_is_located)
{
	static const char in[] = "ab\ncd\0e";
	struct pl_err err;

	cr_assert_null(ingest(in, sizeof(in) - 1, false, &err));
	cr_assert_eq(err.code, PL_E_NUL);
	cr_assert_eq(err.line, 2);
	cr_assert_eq(err.col, 3);
}

Test(read, empty_and_blank_files)
{
	struct pl_err err;

	cr_assert_null(ingest("", 0, false, &err));
	cr_assert_eq(err.code, PL_E_EMPTY);
	cr_assert_null(ingest(" \n\t\n", 4, false, &err));
	cr_assert_eq(err.code, PL_E_EMPTY);
}

Test(read, tcvn3_is_recognized_as_legacy)
{
	/* "Kế hoạch thực hiện nhiệm vụ" in TCVN3 (ABC) bytes. */
	static const char in[] = "K\xD5 ho\xB9\x63h th\xF1\x63 hi\xD6n nhi\xD6m v\xF4 "
	    "K\xD5 ho\xB9\x63h th\xF1\x63 hi\xD6n nhi\xD6m v\xF4\n";
	struct pl_err err;

	cr_assert_null(ingest(in, sizeof(in) - 1, false, &err));
	cr_assert_eq(err.code, PL_E_LEGACY);
}

Test(read, directory_and_missing_file)
{
	struct pl_doc *doc;
	struct pl_err err;

	cr_assert_eq(pl_ingest_file("tests", NULL, &doc, &err), -1);
	cr_assert_eq(err.code, PL_E_ISDIR);
	cr_assert_eq(pl_ingest_file("no/such/file.txt", NULL, &doc, &err), -1);
	cr_assert_eq(err.code, PL_E_OPEN);
}

Test(read, markup_is_stripped)
{
	static const char in[] = "<ul style=\"list-style-type: none\"> - A&nbsp;B **C** *d* VT_{X}\n";
	struct pl_err err;
	struct pl_doc *doc = ingest(in, sizeof(in) - 1, false, &err);

	cr_assert_not_null(doc);
	cr_assert_str_eq(doc->text.lines[0].s, " - A B C d VT X");
	pl_doc_free(doc);
}
