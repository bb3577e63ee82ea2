/*
 * docx.c: opening a .docx: the zip container (libzip), the package
 * relationships that name the main document, numbering and styles parts,
 * and their XML (libxml2, no network, no DTD, no entity expansion).
 * Refuses corrupt zips, zips that are not Word documents, encrypted
 * entries and zip bombs with one clear error each.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "ingest_int.h"

/* Inflated size cap for one part, and the ratio cap above RATIO_FLOOR:
 * XML deflates about 10:1, a bomb near deflate's limit of 1032:1. */
#define PART_MAX	(64UL * 1024 * 1024)
#define RATIO_MAX	200
#define RATIO_FLOOR	(1UL * 1024 * 1024)

#define REL_NS "http://schemas.openxmlformats.org/package/2006/relationships"

struct pkg {
	zip_t		*z;
	struct pl_doc	*doc;
	struct pl_err	*err;
};

/* ---- WordprocessingML helpers, shared with docxbody.c, docxnum.c ---- */

static const char *const w_ns[] = {
	"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
	"http://purl.oclc.org/ooxml/wordprocessingml/main",
};

bool
pl_docx_is(const xmlNode *n, const char *name)
{
	if (n == NULL || n->type != XML_ELEMENT_NODE || n->ns == NULL ||
	    strcmp((const char *)n->name, name) != 0)
		return false;
	for (size_t i = 0; i < PL_NELEM(w_ns); i++)
		if (strcmp((const char *)n->ns->href, w_ns[i]) == 0)
			return true;
	return false;
}

const char *
pl_docx_attr(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n != NULL ? n->properties : NULL; a != NULL;
	    a = a->next)
		if (strcmp((const char *)a->name, name) == 0 &&
		    a->children != NULL && a->children->content != NULL)
			return (const char *)a->children->content;
	return NULL;
}

const xmlNode *
pl_docx_child(const xmlNode *n, const char *name)
{
	for (const xmlNode *c = n != NULL ? n->children : NULL; c != NULL;
	    c = c->next)
		if (pl_docx_is(c, name))
			return c;
	return NULL;
}

const char *
pl_docx_val(const xmlNode *n, const char *name)
{
	return pl_docx_attr(pl_docx_child(n, name), "val");
}

int
pl_docx_int(const char *s, int dflt, int max)
{
	int v = 0;

	if (s == NULL || *s < '0' || *s > '9')
		return dflt;
	for (; *s >= '0' && *s <= '9'; s++)
		if ((v = v * 10 + (*s - '0')) > max)
			return max;
	return v;
}

bool
pl_docx_on(const xmlNode *n)
{
	const char *v = pl_docx_attr(n, "val");

	return n != NULL && (v == NULL || (strcmp(v, "0") != 0 &&
	    strcmp(v, "false") != 0 && strcmp(v, "off") != 0));
}

/* ---- The package ---- */

static int
zip_fail(struct pkg *p, zip_error_t *ze, const char *part)
{
	int code = zip_error_code_zip(ze);

	if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD ||
	    code == ZIP_ER_ENCRNOTSUPP)
		return pl_err_set(p->err, PL_E_ENCRYPTED, p->doc->path, 0, 0,
		    "%s", part);
	return pl_err_set(p->err, PL_E_DOCX_CORRUPT, p->doc->path, 0, 0,
	    "%s%s%s", part != NULL ? part : "", part != NULL ? ": " : "",
	    zip_error_strerror(ze));
}

static bool
has_part(struct pkg *p, const char *name)
{
	return zip_name_locate(p->z, name, 0) >= 0;
}

/*
 * Reads part `name` into *out (NUL-terminated, free with free()).  A
 * missing part is *out == NULL and 0.  Sizes are checked before
 * inflating and again while inflating: the header may lie.
 */
static int
read_part(struct pkg *p, const char *name, char **out, size_t *len)
{
	zip_stat_t st;
	zip_file_t *zf;
	zip_int64_t got;
	unsigned long long limit;
	char *buf = NULL;
	size_t n = 0, cap = 0;
	int rc = -1;

	*out = NULL;
	*len = 0;
	zip_stat_init(&st);
	if (zip_stat(p->z, name, 0, &st) == -1)
		return 0;
	if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) &&
	    st.encryption_method != ZIP_EM_NONE)
		return pl_err_set(p->err, PL_E_ENCRYPTED, p->doc->path, 0, 0,
		    "%s", name);
	if ((st.valid & ZIP_STAT_SIZE) && st.size > PART_MAX)
		return pl_err_set(p->err, PL_E_ZIP_BOMB, p->doc->path, 0, 0,
		    "%s: %llu > %lu byte", name, (unsigned long long)st.size,
		    PART_MAX);
	if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) &&
	    st.size > RATIO_FLOOR && st.size / (st.comp_size + 1) > RATIO_MAX)
		return pl_err_set(p->err, PL_E_ZIP_BOMB, p->doc->path, 0, 0,
		    "%s: %llu:1 > %d:1", name,
		    (unsigned long long)(st.size / (st.comp_size + 1)),
		    RATIO_MAX);
	/* More bytes than the header said: it lied, stop at once. */
	limit = (st.valid & ZIP_STAT_SIZE) && st.size < PART_MAX ?
	    (unsigned long long)st.size : PART_MAX;
	if ((zf = zip_fopen_index(p->z, st.index, 0)) == NULL)
		return zip_fail(p, zip_get_error(p->z), name);
	for (;;) {
		if (cap - n < 65536) {
			cap = cap ? cap * 2 : 65536;
			buf = pl_xrealloc(buf, cap + 1);
		}
		if ((got = zip_fread(zf, buf + n, cap - n)) < 0) {
			zip_fail(p, zip_file_get_error(zf), name);
			goto out;
		}
		if (got == 0)
			break;
		n += (size_t)got;
		if (n > limit) {
			pl_err_set(p->err, PL_E_ZIP_BOMB, p->doc->path, 0, 0,
			    "%s: > %llu byte", name, limit);
			goto out;
		}
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	buf = NULL;
	rc = 0;
out:
	zip_fclose(zf);
	free(buf);
	return rc;
}

/* Parses an XML part; OOXML never has a DTD, so one is refused. */
static int
parse_xml(struct pkg *p, const char *name, const char *s, size_t n,
    xmlDoc **out)
{
	xmlParserCtxt *ctxt;
	const xmlError *e;
	size_t mlen;
	int line;

	*out = NULL;
	if (strstr(s, "<!DOCTYPE") != NULL || strstr(s, "<!ENTITY") != NULL)
		return pl_err_set(p->err, PL_E_DOCX_XML, p->doc->path, 0, 0,
		    "%s: DOCTYPE", name);
	if ((ctxt = xmlNewParserCtxt()) == NULL)
		abort();	/* out of memory, as pl_xmalloc */
	*out = xmlCtxtReadMemory(ctxt, s, (int)n, name, NULL, XML_PARSE_NONET |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (*out == NULL) {
		e = xmlCtxtGetLastError(ctxt);
		line = e != NULL ? e->line : 0;
		mlen = e != NULL && e->message != NULL ? strlen(e->message) : 0;
		while (mlen > 0 && (e->message[mlen - 1] == '\n' ||
		    e->message[mlen - 1] == ' '))
			mlen--;
		pl_err_set(p->err, PL_E_DOCX_XML, p->doc->path, 0, 0,
		    "%s:%d: %.*s", name, line, (int)mlen,
		    mlen > 0 ? e->message : "");
	}
	xmlFreeParserCtxt(ctxt);
	return *out != NULL ? 0 : -1;
}

/* Reads and parses a part; a missing part is *out == NULL unless needed. */
static int
load_xml(struct pkg *p, const char *name, bool need, xmlDoc **out)
{
	char *s;
	size_t n;
	int rc;

	*out = NULL;
	if (read_part(p, name, &s, &n) == -1)
		return -1;
	if (s == NULL)
		return need ? pl_err_set(p->err, PL_E_DOCX_NOT_WORD,
		    p->doc->path, 0, 0, "%s", name) : 0;
	rc = parse_xml(p, name, s, n, out);
	free(s);
	return rc;
}

/* The folder of a part name with its slash ("word/"), or "". */
static char *
dir_of(struct pl_arena *a, const char *name)
{
	const char *slash = strrchr(name, '/');

	return pl_arena_strndup(a, name, slash != NULL ?
	    (size_t)(slash - name + 1) : 0);
}

/* A relationship target resolved against the folder of its source. */
static char *
resolve(struct pl_arena *a, const char *dir, const char *target)
{
	char *path = target[0] == '/' ? pl_arena_strdup(a, target + 1) :
	    pl_arena_printf(a, "%s%s", dir, target);
	char *out = pl_arena_alloc(a, strlen(path) + 1), *o = out;
	const char *seg = path, *end;

	for (; *seg != '\0'; seg = *end != '\0' ? end + 1 : end) {
		end = strchr(seg, '/');
		if (end == NULL)
			end = seg + strlen(seg);
		if (end - seg == 1 && seg[0] == '.')
			continue;
		if (end - seg == 2 && seg[0] == '.' && seg[1] == '.') {
			if (o > out)
				o--;
			while (o > out && o[-1] != '/')
				o--;
			continue;
		}
		memcpy(o, seg, (size_t)(end - seg));
		o += end - seg;
		if (*end == '/')
			*o++ = '/';
	}
	*o = '\0';
	return out;
}

static const char *
prop(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n->properties; a != NULL; a = a->next)
		if (a->ns == NULL && strcmp((const char *)a->name, name) == 0 &&
		    a->children != NULL && a->children->content != NULL)
			return (const char *)a->children->content;
	return NULL;
}

/* The target of the first internal relationship whose type ends in
 * "/<kind>", or NULL. */
static const char *
rel_target(struct pl_arena *a, xmlDoc *rels, const char *dir,
    const char *kind)
{
	const xmlNode *root = rels != NULL ? xmlDocGetRootElement(rels) : NULL;
	const char *type, *target, *mode;
	size_t tl, kl = strlen(kind);

	for (const xmlNode *r = root != NULL ? root->children : NULL;
	    r != NULL; r = r->next) {
		if (r->type != XML_ELEMENT_NODE || r->ns == NULL ||
		    strcmp((const char *)r->ns->href, REL_NS) != 0)
			continue;
		type = prop(r, "Type");
		target = prop(r, "Target");
		mode = prop(r, "TargetMode");
		if (type == NULL || target == NULL || *target == '\0' ||
		    (mode != NULL && strcmp(mode, "External") == 0))
			continue;
		tl = strlen(type);
		if (tl > kl && type[tl - kl - 1] == '/' &&
		    strcmp(type + tl - kl, kind) == 0)
			return resolve(a, dir, target);
	}
	return NULL;
}

/* Why a zip is not a .docx, for the error detail. */
static const char *
what_zip(struct pkg *p)
{
	char *s;
	size_t n;
	const char *what = "word/document.xml";

	if (has_part(p, "xl/workbook.xml"))
		return "Excel (.xlsx)";
	if (has_part(p, "ppt/presentation.xml"))
		return "PowerPoint (.pptx)";
	if (has_part(p, "mimetype") && read_part(p, "mimetype", &s, &n) == 0 &&
	    s != NULL) {
		if (strncmp(s, "application/vnd.oasis.opendocument", 34) == 0)
			what = "OpenDocument (.odt, .ods)";
		free(s);
	}
	return what;
}

static int
read_package(struct pkg *p)
{
	struct pl_arena *a = p->doc->arena;
	xmlDoc *rels = NULL, *prels = NULL, *main = NULL, *num = NULL,
	    *sty = NULL;
	const char *name, *dir, *base, *numname, *styname;
	int rc = -1;

	if (load_xml(p, "_rels/.rels", false, &rels) == -1)
		goto out;
	if ((name = rel_target(a, rels, "", "officeDocument")) == NULL)
		name = "word/document.xml";
	if (!has_part(p, name)) {
		pl_err_set(p->err, PL_E_DOCX_NOT_WORD, p->doc->path, 0, 0,
		    "%s", what_zip(p));
		goto out;
	}
	dir = dir_of(a, name);
	base = name + strlen(dir);
	if (load_xml(p, pl_arena_printf(a, "%s_rels/%s.rels", dir, base),
	    false, &prels) == -1)
		goto out;
	if ((numname = rel_target(a, prels, dir, "numbering")) == NULL)
		numname = pl_arena_printf(a, "%snumbering.xml", dir);
	if ((styname = rel_target(a, prels, dir, "styles")) == NULL)
		styname = pl_arena_printf(a, "%sstyles.xml", dir);
	if (load_xml(p, name, true, &main) == -1 ||
	    load_xml(p, numname, false, &num) == -1 ||
	    load_xml(p, styname, false, &sty) == -1)
		goto out;
	if (pl_docx_body(p->doc, main, pl_docxnum_new(a, num, sty)) == -1) {
		pl_err_set(p->err, PL_E_DOCX_NOT_WORD, p->doc->path, 0, 0,
		    "%s", name);
		goto out;
	}
	rc = 0;
out:
	xmlFreeDoc(rels);
	xmlFreeDoc(prels);
	xmlFreeDoc(main);
	xmlFreeDoc(num);
	xmlFreeDoc(sty);
	return rc;
}

int
pl_docx_read(struct pl_doc *doc, const char *bytes, size_t n,
    struct pl_err *err)
{
	struct pkg p = { .doc = doc, .err = err };
	zip_source_t *src;
	zip_error_t ze;
	int rc;

	xmlInitParser();
	zip_error_init(&ze);
	if ((src = zip_source_buffer_create(bytes, n, 0, &ze)) == NULL) {
		rc = zip_fail(&p, &ze, NULL);
		zip_error_fini(&ze);
		return rc;
	}
	if ((p.z = zip_open_from_source(src, ZIP_RDONLY, &ze)) == NULL) {
		zip_source_free(src);
		rc = zip_fail(&p, &ze, NULL);
		zip_error_fini(&ze);
		return rc;
	}
	zip_error_fini(&ze);
	rc = read_package(&p);
	zip_discard(p.z);
	return rc;
}
