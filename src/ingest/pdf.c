/*
 * pdf.c: reading a PDF through Poppler's pdftotext (Debian poppler-utils),
 * spawned without a shell (pl_spawn_run).  `pdftotext -bbox-layout` gives every word
 * with its box: pdftable.c rebuilds the task tables from them, one line
 * per row as from a .docx, and the other words keep pdftotext's lines in
 * its reading order (pdfpage.c).  Each line keeps its page, and lines
 * count through the whole extraction.  When that output cannot be read,
 * plain pdftotext is used, which writes a table cell by cell or column
 * by column (linear.c).  A PDF without a text layer (scanned) needs OCR.
 */
#define _GNU_SOURCE	/* mkostemp: descriptors born close-on-exec */

#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ingest_int.h"

#define OUT_MAX		(64UL * 1024 * 1024)
#define ERR_MAX		4096
#define TIMEOUT_MS	120000

/* Runs `pdftotext [-bbox-layout] -enc UTF-8 file -` and collects what
 * it writes in r; its wait status goes to *status. */
static int
run_pdftotext(struct pl_doc *doc, const char *file, bool bbox,
    struct pl_spawn *r, int *status, struct pl_err *err)
{
	/* execvp takes char *const[]: the strings are the child's to keep. */
	char a0[] = "pdftotext", a1[] = "-enc", a2[] = "UTF-8", a4[] = "-";
	char ab[] = "-bbox-layout";
	char *const plain[] = { a0, a1, a2, (char *)file, a4, NULL };
	char *const boxes[] = { a0, ab, a1, a2, (char *)file, a4, NULL };

	if ((*status = pl_spawn_run(bbox ? boxes : plain, r)) != -1)
		return 0;
	switch (r->failed) {
	case PL_SPAWN_EXEC:
		return pl_err_set(err, PL_E_PDF_TOOL, doc->path, 0, 0,
		    "pdftotext: %s", strerror(errno));
	case PL_SPAWN_READ:
		if (errno == EFBIG)
			return pl_err_set(err, PL_E_TOO_BIG, doc->path, 0, 0,
			    "pdftotext > %lu byte", OUT_MAX);
		return pl_err_set(err, PL_E_PDF, doc->path, 0, 0,
		    "pdftotext: %s", errno == ETIMEDOUT ? "timeout" : "poll");
	default:
		return pl_err_set(err, PL_E_PDF, doc->path, 0, 0, "%s: %s",
		    r->failed == PL_SPAWN_PIPE ? "pipe" : "fork",
		    strerror(errno));
	}
}

/* The first line of what pdftotext wrote on stderr. */
static const char *
first_line(struct pl_buf *b)
{
	char *nl;

	if (b->s == NULL)
		return "";
	if ((nl = strchr(b->s, '\n')) != NULL)
		*nl = '\0';
	return b->s;
}

static int
check_status(struct pl_doc *doc, int status, struct pl_spawn *r,
    struct pl_err *err)
{
	int code;

	if (WIFSIGNALED(status))
		return pl_err_set(err, PL_E_PDF, doc->path, 0, 0,
		    "pdftotext: signal %d", WTERMSIG(status));
	if ((code = WEXITSTATUS(status)) == 0)
		return 0;
	/* 1: cannot open (a user password among others), 3: permissions. */
	if (r->err.s != NULL && strstr(r->err.s, "assword") != NULL)
		return pl_err_set(err, PL_E_ENCRYPTED, doc->path, 0, 0, NULL);
	if (code == 3)
		return pl_err_set(err, PL_E_ENCRYPTED, doc->path, 0, 0, "%s",
		    first_line(&r->err));
	return pl_err_set(err, PL_E_PDF, doc->path, 0, 0, "pdftotext %d: %s",
	    code, first_line(&r->err));
}

static bool
blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!pl_is_space((unsigned char)s[i]) && s[i] != '\f')
			return false;
	return true;
}

/* Decodes the extraction page by page into doc->text. */
static int
add_pages(struct pl_doc *doc, const char *s, size_t n, bool lenient,
    struct pl_err *err)
{
	const char *end, *ff;
	size_t before;
	int page = 0;
	char detail[sizeof(err->detail)];

	for (end = s + n; s < end; s = ff + 1) {
		if ((ff = memchr(s, '\f', (size_t)(end - s))) == NULL)
			ff = end;
		page++;
		before = doc->text.n;
		if (blank(s, (size_t)(ff - s))) {
			pl_strlist_add(doc->arena, &doc->warnings,
			    pl_arena_printf(doc->arena,
			    "PDF page %d: no text (OCR?)", page));
			continue;
		}
		if (pl_read_decode(doc, s, (size_t)(ff - s), lenient,
		    err) == -1) {
			/* A place in the extraction, not in the PDF. */
			snprintf(detail, sizeof(detail),
			    "pdftotext p%d %d:%d%s%.400s", page, err->line,
			    err->col, err->detail[0] ? " " : "", err->detail);
			memcpy(err->detail, detail, sizeof(detail));
			err->line = err->col = 0;
			err->offset = -1;
			return -1;
		}
		for (size_t i = before; i < doc->text.n; i++) {
			doc->text.lines[i].page = page;
			doc->text.lines[i].orig = (int)i + 1;
		}
	}
	return 0;
}

/* Decodes page p (1-based) of the text in s into doc->text; rows tells,
 * per line, which are table rows (their cells start after each TAB). */
static int
add_page(struct pl_doc *doc, int p, const char *s, size_t n,
    const struct pl_buf *rows, bool lenient, struct pl_err *err)
{
	size_t before = doc->text.n;
	char detail[sizeof(err->detail)];

	if (pl_read_decode(doc, s, n, lenient, err) == -1) {
		/* A place in the extraction, not in the PDF. */
		snprintf(detail, sizeof(detail), "pdftotext p%d %d:%d%s%.400s",
		    p, err->line, err->col, err->detail[0] ? " " : "",
		    err->detail);
		memcpy(err->detail, detail, sizeof(detail));
		err->line = err->col = 0;
		err->offset = -1;
		return -1;
	}
	for (size_t i = before; i < doc->text.n; i++) {
		struct pl_line *l = &doc->text.lines[i];
		size_t *cells;
		int nc = 1;

		l->page = p;
		l->orig = (int)i + 1;
		if (doc->text.n - before != rows->len || !rows->s[i - before])
			continue;
		for (size_t k = 0; k < l->len; k++)
			nc += l->s[k] == '\t';
		cells = pl_arena_alloc(doc->arena, (size_t)nc * sizeof(*cells));
		nc = 1;
		for (size_t k = 0; k < l->len; k++)
			if (l->s[k] == '\t')
				cells[nc++] = k + 1;
		l->cells = cells;
		l->ncells = nc;
	}
	return 0;
}

/* The words of the -bbox-layout output into doc->text, tables rebuilt.
 * Returns 1 when the output is not XHTML (the caller falls back). */
static int
add_boxes(struct pl_doc *doc, const struct pl_buf *xml, bool lenient,
    struct pl_err *err)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_pdfpage *pages;
	struct pl_pdfrows rows = { 0 };
	struct pl_buf text = { 0 }, istab = { 0 };
	size_t npages, words = 0;
	int rc = 1;

	if (pl_pdfpage_parse(a, xml->s != NULL ? xml->s : "", xml->len,
	    &pages, &npages) == -1)
		goto out;
	for (size_t p = 0; p < npages; p++)
		words += pages[p].n;
	if (words == 0) {
		rc = pl_err_set(err, PL_E_PDF_NO_TEXT, doc->path, 0, 0,
		    "%zu page", npages);
		goto out;
	}
	pl_pdftable_find(a, pages, npages, &rows);
	for (size_t p = 0; p < npages; p++) {
		pl_buf_reset(&text);
		pl_buf_reset(&istab);
		pl_pdfpage_text(&pages[p], (int)p, &rows, &text, &istab);
		if (text.len == 0) {
			pl_strlist_add(doc->arena, &doc->warnings,
			    pl_arena_printf(doc->arena,
			    "PDF page %zu: no text (OCR?)", p + 1));
			continue;
		}
		if ((rc = add_page(doc, (int)p + 1, text.s, text.len, &istab,
		    lenient, err)) == -1)
			goto out;
	}
	rc = 0;
out:
	pl_buf_free(&text);
	pl_buf_free(&istab);
	pl_arena_free(a);
	return rc;
}

int
pl_pdf_read(struct pl_doc *doc, const char *bytes, size_t n, bool lenient,
    struct pl_err *err)
{
	const char *tmpdir = getenv("TMPDIR");
	struct pl_spawn r = { .out_max = OUT_MAX, .err_max = ERR_MAX,
	    .timeout_ms = TIMEOUT_MS };
	char *tmp;
	size_t done = 0;
	ssize_t w;
	int fd, rc = -1, pages = 0, status = 0;

	if (tmpdir == NULL || *tmpdir != '/')
		tmpdir = "/tmp";
	tmp = pl_arena_printf(doc->arena, "%s/planlint-XXXXXX", tmpdir);
	if ((fd = mkostemp(tmp, O_CLOEXEC)) == -1)
		return pl_err_set(err, PL_E_PDF, doc->path, 0, 0, "%s: %s",
		    tmpdir, strerror(errno));
	while (done < n) {
		if ((w = write(fd, bytes + done, n - done)) == -1) {
			if (errno == EINTR)
				continue;
			pl_err_set(err, PL_E_PDF, doc->path, 0, 0, "%s: %s",
			    tmp, strerror(errno));
			close(fd);
			goto out;
		}
		done += (size_t)w;
	}
	if (close(fd) == -1) {
		pl_err_set(err, PL_E_PDF, doc->path, 0, 0, "%s: %s", tmp,
		    strerror(errno));
		goto out;
	}
	if (run_pdftotext(doc, tmp, true, &r, &status, err) == -1 ||
	    check_status(doc, status, &r, err) == -1)
		goto out;
	if ((rc = add_boxes(doc, &r.out, lenient, err)) != 1)
		goto out;
	/* Not XHTML (a word pdftotext could not escape): plain text. */
	rc = -1;
	pl_buf_reset(&r.out);
	pl_buf_reset(&r.err);
	if (run_pdftotext(doc, tmp, false, &r, &status, err) == -1 ||
	    check_status(doc, status, &r, err) == -1)
		goto out;
	for (size_t i = 0; i < r.out.len; i++)
		pages += r.out.s[i] == '\f';
	if (blank(r.out.s != NULL ? r.out.s : "", r.out.len)) {
		pl_err_set(err, PL_E_PDF_NO_TEXT, doc->path, 0, 0, "%d page",
		    pages);
		goto out;
	}
	rc = add_pages(doc, r.out.s, r.out.len, lenient, err);
out:
	unlink(tmp);
	pl_buf_free(&r.out);
	pl_buf_free(&r.err);
	return rc;
}
