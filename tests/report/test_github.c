/*
 * test_github.c: GitHub Actions workflow commands (github.c): one line
 * per finding, levels, positions and the runner's escaping.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/report/report.h"

static struct pl_finding *
finding(struct pl_doc *doc, const char *rule, enum pl_severity sev,
    int line, int col, int end_line, int end_col, const char *message,
    const char *hint)
{
	struct pl_finding *f = pl_doc_add_finding(doc);

	f->rule = rule;
	f->severity = sev;
	f->pos.line = line;
	f->pos.col = col;
	f->pos.end_line = end_line;
	f->pos.end_col = end_col;
	f->task = -1;
	f->message = message;
	f->hint = hint;
	return f;
}

static char *
render(const struct pl_doc *const *docs, size_t n, const char *base)
{
	struct pl_report_opts o = { .version = "0.1.0", .base_dir = base };
	struct pl_buf out = { 0 };

	pl_report_github(&out, docs, n, NULL, 0, &o);
	return pl_buf_take(&out);
}

Test(github, exact)
{
	struct pl_doc *a = pl_doc_new("/srv/repo/docs/a.txt");
	struct pl_doc *b = pl_doc_new("/srv/repo/b.txt");
	const struct pl_doc *docs[] = { a, b };
	char *got;

	finding(a, "task.missing-lead", PL_SEV_ERROR, 3, 5, 3, 12,
	    "Nhiệm vụ chưa có cơ quan chủ trì.", "Ghi rõ cơ quan chủ trì.");
	finding(a, "task.vague-deadline", PL_SEV_WARNING, 7, 0, 0, 0,
	    "Thời hạn không rõ.", NULL);
	finding(a, "task.span", PL_SEV_WARNING, 2, 3, 4, 5, "Nhiều dòng.", "");
	finding(b, "doc.no-symbol", PL_SEV_INFO, 0, 0, 0, 0,
	    "Văn bản chưa có số.", NULL);
	got = render(docs, 2, "/srv/repo");
	cr_assert_str_eq(got,
	    "::error file=docs/a.txt,line=3,col=5,endLine=3,endColumn=12,"
	    "title=task.missing-lead::Nhiệm vụ chưa có cơ quan chủ trì."
	    "%0AGhi rõ cơ quan chủ trì.\n"
	    "::warning file=docs/a.txt,line=7,endLine=7,"
	    "title=task.vague-deadline::Thời hạn không rõ.\n"
	    "::warning file=docs/a.txt,line=2,col=3,endLine=4,"
	    "title=task.span::Nhiều dòng.\n"
	    "::notice file=b.txt,title=doc.no-symbol::Văn bản chưa có số.\n");
	free(got);
	pl_doc_free(a);
	pl_doc_free(b);
}

Test(github, escaping)
{
	struct pl_doc *a = pl_doc_new("./dir, x/a:b%c.txt");
	const struct pl_doc *docs[] = { a };
	char *got;

	finding(a, "r,x:y", PL_SEV_ERROR, 1, 0, 1, 0,
	    "50% done\r\nnext: a, b", "line\nbreak");
	got = render(docs, 1, NULL);
	/* Properties escape ':' and ','; the message keeps them. */
	cr_assert_str_eq(got,
	    "::error file=dir%2C x/a%3Ab%25c.txt,line=1,endLine=1,"
	    "title=r%2Cx%3Ay::50%25 done%0D%0Anext: a, b%0Aline%0Abreak\n");
	free(got);
	pl_doc_free(a);
}

Test(github, columns_only_when_known)
{
	struct pl_doc *a = pl_doc_new("a.txt");
	const struct pl_doc *docs[] = { a };
	char *got;

	/* An end column before the start column is not given. */
	finding(a, "r", PL_SEV_ERROR, 4, 9, 4, 2, "m", NULL);
	/* No start column: no end column either. */
	finding(a, "r", PL_SEV_ERROR, 5, 0, 5, 6, "m", NULL);
	got = render(docs, 1, ".");
	cr_assert_str_eq(got,
	    "::error file=a.txt,line=4,col=9,endLine=4,title=r::m\n"
	    "::error file=a.txt,line=5,endLine=5,title=r::m\n");
	free(got);
	pl_doc_free(a);
}

Test(github, no_findings_no_lines)
{
	struct pl_doc *a = pl_doc_new("a.txt");
	const struct pl_doc *docs[] = { a };
	char *got = render(docs, 1, NULL);

	cr_assert_str_eq(got, "");
	free(got);
	free(render(NULL, 0, NULL));
	pl_doc_free(a);
}
