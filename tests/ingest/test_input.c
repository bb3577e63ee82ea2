/*
 * test_input.c: choosing the reader by content (input.c), and the same
 * plan written as .txt, .docx and .pdf giving the same tasks, targets and
 * findings, positions aside.  The plans are listed in `plans`: add a
 * base name with its three files under tests/fixtures to add a case.
 */
#include <stdio.h>
#include <stdlib.h>

#include "docxtest.h"
#include "../../src/rules/rules.h"

static int
code_of(const char *path, const char *bytes, size_t n)
{
	struct pl_doc *doc = NULL;
	struct pl_err err;

	if (pl_ingest_bytes(path, bytes, n, NULL, &doc, &err) == 0) {
		pl_doc_free(doc);
		return PL_E_OK;
	}
	return (int)err.code;
}

static char *
slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	struct pl_buf b = { 0 };
	char chunk[8192];
	size_t got;

	cr_assert_not_null(f, "%s", path);
	while ((got = fread(chunk, 1, sizeof(chunk), f)) > 0)
		pl_buf_add(&b, chunk, got);
	fclose(f);
	*n = b.len;
	return pl_buf_take(&b);
}

Test(input, content_decides_not_the_name)
{
	size_t n;
	char *docx = slurp("tests/fixtures/tracked.docx", &n);
	struct pl_doc *doc = NULL;
	struct pl_err err;

	/* A .docx saved under a .txt name is still read as a .docx. */
	cr_assert_eq(pl_ingest_bytes("plan.txt", docx, n, NULL, &doc, &err), 0);
	cr_expect(doc->tracked_changes);
	cr_expect_eq(doc->text.lines[0].para, 1);
	pl_doc_free(doc);
	free(docx);
}

Test(input, pdf_by_content)
{
	size_t n;
	char *pdf = slurp("tests/fixtures/plan.pdf", &n);
	struct pl_doc *doc = NULL;
	struct pl_err err;

	cr_assert_eq(pl_ingest_bytes("-", pdf, n, NULL, &doc, &err), 0,
	    "%s %s", pl_err_id(err.code), err.detail);
	cr_expect_eq(doc->text.lines[0].page, 1);
	pl_doc_free(doc);
	free(pdf);
}

Test(input, text_stays_text)
{
	static const char text[] = "KẾ HOẠCH\nPK là chữ đầu\n";
	struct pl_doc *doc = NULL;
	struct pl_err err;

	cr_assert_eq(pl_ingest_bytes("plan.txt", text, sizeof(text) - 1, NULL,
	    &doc, &err), 0);
	cr_expect_eq(doc->text.n, 2);
	cr_expect_eq(doc->text.lines[0].para, 0);
	cr_expect_eq(doc->text.lines[0].page, 0);
	pl_doc_free(doc);
}

Test(input, name_and_content_disagree)
{
	static const char text[] = "KẾ HOẠCH\n";

	cr_expect_eq(code_of("plan.docx", text, sizeof(text) - 1),
	    PL_E_DOCX_CORRUPT);
	cr_expect_eq(code_of("PLAN.DOCX", text, sizeof(text) - 1),
	    PL_E_DOCX_CORRUPT);
	cr_expect_eq(code_of("plan.pdf", text, sizeof(text) - 1), PL_E_PDF);
	cr_expect_eq(code_of("plan.docx", "", 0), PL_E_EMPTY);
}

Test(input, ole2_compound_files)
{
	/* Word 97-2003 and password-protected Office files are not zips. */
	char cfb[1024] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
	static const char name[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a"
	    "\0g\0e\0";

	cr_expect_eq(code_of("old.doc", cfb, sizeof(cfb)), PL_E_WORD_DOC);
	cr_expect_eq(code_of("old.docx", cfb, sizeof(cfb)), PL_E_WORD_DOC);
	memcpy(cfb + 600, name, sizeof(name) - 1);
	cr_expect_eq(code_of("locked.docx", cfb, sizeof(cfb)), PL_E_ENCRYPTED);
}

/* ---- The same plan as .txt, .docx and .pdf ---- */

static const char *const plans[] = {
	"tests/fixtures/plan",
	"tests/fixtures/longtable",
};

static struct pl_doc *
load(const char *base, const char *ext)
{
	char path[256];
	struct pl_doc *doc = NULL;
	struct pl_err err;

	snprintf(path, sizeof(path), "%s%s", base, ext);
	cr_assert_eq(pl_ingest_file(path, NULL, &doc, &err), 0, "%s: %s %s",
	    path, pl_err_id(err.code), err.detail);
	return doc;
}

static void
add_list(struct pl_buf *b, const struct pl_strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		pl_buf_printf(b, "%s%s", i > 0 ? "; " : "", l->v[i]);
}

/* Whitespace is squashed: a PDF wraps lines where the others do not. */
static const char *
sq(struct pl_doc *doc, const char *s)
{
	return s != NULL ? pl_squash_space(doc->arena, s, strlen(s)) : "-";
}

static char *
tasks_of(struct pl_doc *doc)
{
	struct pl_buf b = { 0 };

	for (size_t i = 0; i < doc->ntasks; i++) {
		const struct pl_task *t = &doc->tasks[i];

		pl_buf_printf(&b, "%s | %s | lead: ", sq(doc, t->id),
		    sq(doc, t->text));
		add_list(&b, &t->lead);
		pl_buf_adds(&b, " | coord: ");
		add_list(&b, &t->coordinators);
		pl_buf_printf(&b, " | %s\n",
		    pl_deadline_class_name(t->deadline.cls));
	}
	return pl_buf_take(&b);
}

static char *
targets_of(struct pl_doc *doc)
{
	struct pl_buf b = { 0 };

	for (size_t i = 0; i < doc->ntargets; i++) {
		const struct pl_target *t = &doc->targets[i];

		pl_buf_printf(&b, "%s | %s %g %s | %d\n", sq(doc, t->indicator),
		    pl_qualifier_name(t->qualifier), t->value, sq(doc, t->unit),
		    t->year);
	}
	return pl_buf_take(&b);
}

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Findings as "rule task", sorted: their lines differ by format. */
static char *
findings_of(struct pl_doc *doc)
{
	static const char *const dirs[] = { "rules" };
	struct pl_check_opts opts = { .lang = PL_LANG_EN };
	struct pl_ruleset *rs;
	struct pl_buf b = { 0 };
	struct pl_err err;
	char **v;

	cr_assert_eq(pl_ruleset_load(dirs, 1, &rs, &err), 0, "%s %s",
	    pl_err_id(err.code), err.detail);
	cr_assert_eq(pl_check_docs(rs, &doc, 1, &opts, &err), 0);
	v = calloc(doc->nfindings + 1, sizeof(char *));
	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct pl_finding *f = &doc->findings[i];

		v[i] = pl_arena_printf(doc->arena, "%s %s", f->rule,
		    f->task >= 0 ? doc->tasks[f->task].id : "-");
	}
	qsort(v, doc->nfindings, sizeof(char *), cmpstr);
	for (size_t i = 0; i < doc->nfindings; i++)
		pl_buf_printf(&b, "%s\n", v[i]);
	free(v);
	pl_ruleset_free(rs);
	return pl_buf_take(&b);
}

/* Compares line by line and names the first difference. */
static void
same(const char *what, const char *base, const char *ext, const char *want,
    const char *got)
{
	const char *w = want, *g = got, *we, *ge;
	int line = 1;

	for (;; line++) {
		we = strchr(w, '\n');
		ge = strchr(g, '\n');
		if (we == NULL || ge == NULL || we - w != ge - g ||
		    memcmp(w, g, (size_t)(we - w)) != 0)
			break;
		w = we + 1;
		g = ge + 1;
	}
	if (*w == '\0' && *g == '\0')
		return;
	cr_expect_fail("%s%s: %s differ from .txt at item %d\n"
	    "  .txt: %.*s\n  %s: %.*s", base, ext, what, line,
	    we != NULL ? (int)(we - w) : (int)strlen(w), w, ext,
	    ge != NULL ? (int)(ge - g) : (int)strlen(g), g);
}

typedef char *(*summary_fn)(struct pl_doc *);

static void
compare(const char *ext, const char *what, summary_fn fn)
{
	for (size_t i = 0; i < PL_NELEM(plans); i++) {
		struct pl_doc *txt = load(plans[i], ".txt");
		struct pl_doc *other = load(plans[i], ext);
		char *want = fn(txt), *got = fn(other);

		same(what, plans[i], ext, want, got);
		free(want);
		free(got);
		pl_doc_free(txt);
		pl_doc_free(other);
	}
}

/* Not vacuous: the text version has what the others must match. */
Test(input, same_plan_txt_has_content)
{
	for (size_t i = 0; i < PL_NELEM(plans); i++) {
		struct pl_doc *txt = load(plans[i], ".txt");

		cr_expect_geq(txt->ntasks, 5, "%s.txt: %zu tasks", plans[i],
		    txt->ntasks);
		cr_expect_geq(txt->ntargets, 3, "%s.txt: %zu targets",
		    plans[i], txt->ntargets);
		pl_doc_free(txt);
	}
}

Test(input, same_plan_docx_tasks)
{
	compare(".docx", "tasks", tasks_of);
}

Test(input, same_plan_docx_targets)
{
	compare(".docx", "targets", targets_of);
}

Test(input, same_plan_docx_findings)
{
	compare(".docx", "findings", findings_of);
}

/*
 * Plain pdftotext reads a ruled table column by column; the rows are
 * rebuilt from the word positions (pdftable.c), one TAB line each as from
 * the .docx: across page breaks, with the header repeated, a row cut by
 * a break and rows centred vertically (longtable).
 */
Test(input, same_plan_pdf_tasks)
{
	compare(".pdf", "tasks", tasks_of);
}

Test(input, same_plan_pdf_targets)
{
	compare(".pdf", "targets", targets_of);
}

Test(input, same_plan_pdf_findings)
{
	compare(".pdf", "findings", findings_of);
}
