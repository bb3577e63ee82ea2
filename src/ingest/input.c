/*
 * input.c: choosing the reader by content, not by name: a zip is read as
 * a .docx, "%PDF-" through pdftotext, an OLE2 compound file is refused
 * (Word 97-2003, or an Office file with a password), anything else is
 * text.  The file name only sharpens the error when content and name
 * disagree.
 */
#include <string.h>

#include "ingest_int.h"

static const char cfb_magic[8] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

static bool
has_ext(const char *path, const char *ext)
{
	size_t n = strlen(path), e = strlen(ext);

	if (n <= e)
		return false;
	for (size_t i = 0; i < e; i++)
		if ((path[n - e + i] | 0x20) != ext[i])
			return false;
	return true;
}

/*
 * An Office file with a password is a compound file whose directory
 * names an "EncryptedPackage" stream (UTF-16LE) instead of a zip.
 */
static bool
cfb_encrypted(const char *s, size_t n)
{
	static const char name[] =
	    "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e";
	size_t k = sizeof(name) - 1;

	for (size_t i = 0; i + k <= n; i++)
		if (s[i] == 'E' && memcmp(s + i, name, k) == 0)
			return true;
	return false;
}

int
pl_input_decode(struct pl_doc *doc, const char *bytes, size_t n,
    bool lenient, struct pl_err *err)
{
	if (n >= 4 && (memcmp(bytes, "PK\3\4", 4) == 0 ||
	    memcmp(bytes, "PK\5\6", 4) == 0))
		return pl_docx_read(doc, bytes, n, err);
	if (n >= 5 && memcmp(bytes, "%PDF-", 5) == 0)
		return pl_pdf_read(doc, bytes, n, lenient, err);
	if (n >= sizeof(cfb_magic) &&
	    memcmp(bytes, cfb_magic, sizeof(cfb_magic)) == 0)
		return pl_err_set(err, cfb_encrypted(bytes, n) ?
		    PL_E_ENCRYPTED : PL_E_WORD_DOC, doc->path, 0, 0, NULL);
	if (n > 0 && has_ext(doc->path, ".docx"))
		return pl_err_set(err, PL_E_DOCX_CORRUPT, doc->path, 0, 0,
		    NULL);
	if (n > 0 && has_ext(doc->path, ".pdf"))
		return pl_err_set(err, PL_E_PDF, doc->path, 0, 0, "%%PDF-");
	return pl_read_decode(doc, bytes, n, lenient, err);
}
