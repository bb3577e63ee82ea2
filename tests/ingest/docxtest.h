/*
 * docxtest.h: building small .docx files in memory for the tests of
 * docx.c, docxbody.c and docxnum.c: a body, optional numbering and
 * styles, wrapped in the parts a package needs and zipped with libzip.
 */
#ifndef PL_DOCXTEST_H
#define PL_DOCXTEST_H

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "../../src/ingest/ingest_int.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

struct zpart {
	const char	*name;
	const char	*data;
	size_t		 len;		/* 0: strlen(data) */
	const char	*password;	/* encrypt with traditional PKWARE */
	bool		 store;		/* no compression */
};

/* Zips the parts into a new heap buffer (free()). */
static inline char *
zip_build(const struct zpart *parts, size_t n, size_t *len)
{
	zip_error_t ze;
	zip_source_t *src, *s;
	zip_t *z;
	zip_int64_t idx;
	zip_stat_t st;
	char *out;

	zip_error_init(&ze);
	src = zip_source_buffer_create(NULL, 0, 0, &ze);
	cr_assert_not_null(src);
	zip_source_keep(src);
	z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
	cr_assert_not_null(z);
	for (size_t i = 0; i < n; i++) {
		s = zip_source_buffer(z, parts[i].data, parts[i].len ?
		    parts[i].len : strlen(parts[i].data), 0);
		cr_assert_not_null(s);
		idx = zip_file_add(z, parts[i].name, s, ZIP_FL_ENC_UTF_8);
		cr_assert_geq(idx, 0);
		if (parts[i].store)
			zip_set_file_compression(z, (zip_uint64_t)idx,
			    ZIP_CM_STORE, 0);
		if (parts[i].password != NULL)
			cr_assert_eq(zip_file_set_encryption(z,
			    (zip_uint64_t)idx, ZIP_EM_TRAD_PKWARE,
			    parts[i].password), 0, "%s",
			    zip_strerror(z));
	}
	cr_assert_eq(zip_close(z), 0);
	cr_assert_eq(zip_source_stat(src, &st), 0);
	out = malloc(st.size + 1);
	cr_assert_eq(zip_source_open(src), 0);
	cr_assert_eq(zip_source_read(src, out, st.size), (zip_int64_t)st.size);
	zip_source_close(src);
	zip_source_free(src);
	zip_error_fini(&ze);
	*len = st.size;
	return out;
}

static const char docx_rels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
    "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
    "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/></Relationships>";

static const char docx_types[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
    "content-types\"><Default Extension=\"xml\" ContentType=\"application/"
    "xml\"/></Types>";

/*
 * A .docx whose word/document.xml body is `body` (w: prefix bound), with
 * word/numbering.xml and word/styles.xml when non-NULL (their inner XML).
 */
static inline char *
docx_build(const char *body, const char *numbering, const char *styles,
    size_t *len)
{
	struct pl_buf doc = { 0 }, num = { 0 }, sty = { 0 };
	struct zpart parts[5] = {
		{ .name = "[Content_Types].xml", .data = docx_types },
		{ .name = "_rels/.rels", .data = docx_rels },
	};
	size_t n = 2;
	char *out;

	pl_buf_printf(&doc, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	    "<w:document xmlns:w=\"" W_NS "\" xmlns:mc=\"http://schemas."
	    "openxmlformats.org/markup-compatibility/2006\"><w:body>%s"
	    "</w:body></w:document>", body);
	parts[n++] = (struct zpart){ .name = "word/document.xml",
	    .data = doc.s };
	if (numbering != NULL) {
		pl_buf_printf(&num, "<?xml version=\"1.0\"?><w:numbering "
		    "xmlns:w=\"" W_NS "\">%s</w:numbering>", numbering);
		parts[n++] = (struct zpart){ .name = "word/numbering.xml",
		    .data = num.s };
	}
	if (styles != NULL) {
		pl_buf_printf(&sty, "<?xml version=\"1.0\"?><w:styles "
		    "xmlns:w=\"" W_NS "\">%s</w:styles>", styles);
		parts[n++] = (struct zpart){ .name = "word/styles.xml",
		    .data = sty.s };
	}
	out = zip_build(parts, n, len);
	pl_buf_free(&doc);
	pl_buf_free(&num);
	pl_buf_free(&sty);
	return out;
}

/* Ingests bytes named `path`; returns the document or NULL with *err. */
static inline struct pl_doc *
docx_ingest(const char *path, const char *bytes, size_t n, struct pl_err *err)
{
	struct pl_doc *doc = NULL;

	pl_ingest_bytes(path, bytes, n, NULL, &doc, err);
	return doc;
}

/* The document made of `body` (and numbering, styles); must read. */
static inline struct pl_doc *
docx_doc(const char *body, const char *numbering, const char *styles)
{
	struct pl_err err;
	struct pl_doc *doc;
	size_t n;
	char *bytes = docx_build(body, numbering, styles, &n);

	doc = docx_ingest("t.docx", bytes, n, &err);
	cr_assert_not_null(doc, "%s: %s", pl_err_id(err.code), err.detail);
	free(bytes);
	return doc;
}

#endif /* PL_DOCXTEST_H */
