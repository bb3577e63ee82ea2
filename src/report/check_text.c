/*
 * check_text.c: `planlint check` for people: one block per finding
 * ("path:line:col: severity: message [rule-id]", the quoted task and a
 * hint; "path:¶42:", "path:bảng 1 hàng 7 cột 3:" or "path:trang 3 dòng
 * 12:" for a .docx or a PDF), then the 06 rõ scorecard of each document
 * and a summary line.
 * Colors only when the caller asks (the CLI decides for a terminal).
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"

#define C_RESET	"\033[0m"
#define C_BOLD	"\033[1m"
#define C_DIM	"\033[2m"
#define C_RED	"\033[1;31m"
#define C_YEL	"\033[1;33m"
#define C_CYAN	"\033[1;36m"
#define C_GREEN	"\033[32m"

static const char *const sev_words[2][3] = {
	{ "thông tin", "cảnh báo", "lỗi" },	/* ORDER: enum pl_severity */
	{ "info", "warning", "error" },
};
static const char *const sev_colors[3] = { C_CYAN, C_YEL, C_RED };

/* ORDER: bits of enum pl_sixro. */
static const char *const element_words[2][PL_SIXRO_COUNT] = {
	{ "rõ việc", "rõ người", "rõ biện pháp, nguồn lực", "rõ thời gian",
	  "rõ thẩm quyền", "rõ sản phẩm" },
	{ "clear task", "one lead", "measures, resources", "deadline",
	  "authority", "output" },
};

struct style {
	bool	color;
	int	lang;
};

static void
paint(struct pl_buf *out, const struct style *st, const char *color,
    const char *s)
{
	if (st->color)
		pl_buf_adds(out, color);
	pl_buf_adds(out, s);
	if (st->color)
		pl_buf_adds(out, C_RESET);
}

static void
finding(struct pl_buf *out, const struct style *st, const struct pl_doc *doc,
    const struct pl_finding *f)
{
	int sev = (int)f->severity;
	struct pl_pos loc;
	char buf[64];
	const char *where = pl_report_where(doc, f, st->lang ?
	    PL_LANG_EN : PL_LANG_VI, &loc, buf, sizeof(buf));

	if (st->color)
		pl_buf_adds(out, C_BOLD);
	/* A .docx or a PDF names its paragraph, cell or page and line. */
	if (where != NULL)
		pl_buf_printf(out, "%s:%s:", doc->path, where);
	else
		pl_buf_printf(out, "%s:%d:%d:", doc->path, f->pos.line,
		    f->pos.col > 0 ? f->pos.col : 1);
	if (st->color)
		pl_buf_adds(out, C_RESET);
	pl_buf_addc(out, ' ');
	paint(out, st, sev_colors[sev], sev_words[st->lang][sev]);
	pl_buf_printf(out, ": %s ", f->message != NULL ? f->message : "");
	pl_buf_addc(out, '[');
	paint(out, st, C_DIM, f->rule);
	pl_buf_adds(out, "]\n");
	if (f->quote != NULL && f->quote[0] != '\0')
		pl_buf_printf(out, "    > %s\n", f->quote);
	if (f->hint != NULL && f->hint[0] != '\0') {
		pl_buf_adds(out, "    ");
		paint(out, st, C_GREEN, st->lang ? "hint:" : "gợi ý:");
		pl_buf_printf(out, " %s\n", f->hint);
	}
	for (size_t i = 0; i < f->nrelated; i++)
		pl_buf_printf(out, "    %s %s:%d\n",
		    st->lang ? "see also" : "xem thêm", f->related[i].path,
		    f->related[i].line);
}

static void
scorecard(struct pl_buf *out, const struct style *st, const struct pl_doc *doc)
{
	struct pl_scorecard sc;

	pl_scorecard_compute(doc, &sc);
	if (sc.tasks == 0) {
		pl_buf_printf(out, st->lang ? "%s: no tasks found\n" :
		    "%s: không nhận diện được nhiệm vụ nào\n", doc->path);
		return;
	}
	if (st->color)
		pl_buf_adds(out, C_BOLD);
	pl_buf_printf(out, st->lang ? "06 rõ scorecard, %s (%d tasks):" :
	    "Bảng \"06 rõ\", %s (%d nhiệm vụ):", doc->path, sc.tasks);
	if (st->color)
		pl_buf_adds(out, C_RESET);
	pl_buf_addc(out, '\n');
	for (int b = 0; b < PL_SIXRO_COUNT; b++) {
		const char *w = element_words[st->lang][b];
		size_t cps = pl_utf8_count(w, strlen(w));

		if (!(sc.shown & (1u << b)))
			continue;
		pl_buf_printf(out, "  %s", w);
		for (size_t k = cps; k < 26; k++)
			pl_buf_addc(out, ' ');
		pl_buf_printf(out, "%4d/%-4d %3d%%\n", sc.met[b], sc.tasks,
		    (sc.met[b] * 100 + sc.tasks / 2) / sc.tasks);
	}
}

void
pl_report_check_text(struct pl_buf *out, const struct pl_doc *const *docs,
    size_t n, enum pl_lang lang, bool color)
{
	const struct pl_doc *const **order = pl_report_by_path(docs, n);
	struct style st = { color, lang == PL_LANG_EN };
	struct pl_check_summary s;

	for (size_t i = 0; i < n; i++) {
		const struct pl_doc *doc = *order[i];

		for (size_t k = 0; k < doc->nfindings; k++)
			finding(out, &st, doc, &doc->findings[k]);
	}
	for (size_t i = 0; i < n; i++) {
		if (out->len > 0)
			pl_buf_addc(out, '\n');
		scorecard(out, &st, *order[i]);
	}
	pl_check_summary(docs, n, &s);
	pl_buf_printf(out, st.lang ?
	    "\n%d file(s), %d task(s): %d error(s), %d warning(s), %d info\n" :
	    "\n%d tệp, %d nhiệm vụ: %d lỗi, %d cảnh báo, %d thông tin\n",
	    s.files, s.tasks, s.count[PL_SEV_ERROR], s.count[PL_SEV_WARNING],
	    s.count[PL_SEV_INFO]);
	free(order);
}
