/*
 * targets.c: `planlint targets`, the matrix of indicators x documents
 * that an analyst pastes into a report: an aligned text table, CSV (RFC
 * 4180) and a Markdown table, which share the marks and their legend
 * (JSON is targets_json.c).  Each reads the matrix as const.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* ---- What every format shares ---- */

#define L(o, vi, en) ((o)->lang == PL_LANG_EN ? (en) : (vi))

/* The legend: a mark and what it means, by language. */
static const struct {
	const char	*mark;
	const char	*text[2];
} legend[] = {
	{ "≠", {
	    "số liệu không khớp (cùng chỉ tiêu, địa bàn, năm hoặc giai đoạn)",
	    "figures that cannot both hold (same indicator, place, year or period)" } },
	{ "×10³?", {
	    "lệch khoảng 1.000 lần (×10⁶?: 1.000.000 lần): có thể nhầm đơn vị",
	    "about 1,000 times off (×10⁶?: 1,000,000 times): probably a unit slip" } },
	{ "?", {
	    "ngoài khoảng hợp lý của chỉ tiêu: có thể nhầm đơn vị",
	    "outside the indicator's plausible range: probably a unit slip" } },
	{ "~", {
	    "khớp theo tên: chỉ tiêu không có trong danh mục",
	    "matched by name: the indicator is not in the registry" } },
	{ "—", {
	    "văn bản không có chỉ tiêu này",
	    "the document has no such target" } },
	{ "(27)", {
	    "dòng trong văn bản",
	    "line in the document" } },
};

static bool
shown(const struct pl_targets_opts *o, const struct pl_mx_row *r)
{
	return !o->only_mismatches || r->mismatch;
}

/* Whether rows of more than one place are shown: then a place column. */
static bool
places(const struct pl_matrix *m, const struct pl_targets_opts *o)
{
	int first = -1;

	for (size_t i = 0; i < m->nrows; i++) {
		if (!shown(o, &m->rows[i]))
			continue;
		if (first == -1)
			first = m->rows[i].scope;
		else if (m->rows[i].scope != first)
			return true;
	}
	return false;
}

/* "~≠", "×10³?", "?" or "" for cell c of row r. */
static void
add_mark(struct pl_buf *b, const struct pl_mx_row *r,
    const struct pl_mx_cell *c)
{
	if (r->by_name && c->status >= PL_MX_SAME)
		pl_buf_adds(b, "~");
	if (c->status == PL_MX_DIFFERS)
		pl_buf_adds(b, "≠");
	else if (c->status == PL_MX_UNIT)
		pl_buf_adds(b, c->slip == 6 ? "×10⁶?" : c->slip == 3 ?
		    "×10³?" : "?");
}

/* "616.565,83 tỷ đồng (27) ≠", or "—" for an empty cell. */
static void
add_cell(struct pl_buf *b, const struct pl_matrix *m, size_t d,
    const struct pl_mx_row *r)
{
	const struct pl_mx_cell *c = &r->cells[d];
	size_t before;

	if (c->target < 0) {
		pl_buf_adds(b, "—");
		return;
	}
	pl_buf_printf(b, "%s (%d)", c->value != NULL ? c->value : "",
	    m->docs[d]->targets[c->target].pos.line);
	before = b->len;
	pl_buf_addc(b, ' ');
	add_mark(b, r, c);
	if (b->len == before + 1)
		b->len = before, b->s[before] = '\0';
}

/* "2030", "2026-2030", or "" when unknown. */
static void
add_when(struct pl_buf *b, const struct pl_mx_row *r)
{
	if (r->year == 0)
		return;
	if (r->span > 0)
		pl_buf_printf(b, "%d-%d", r->year - r->span + 1, r->year);
	else
		pl_buf_printf(b, "%d", r->year);
}

static void
add_place(struct pl_buf *b, const struct pl_matrix *m,
    const struct pl_mx_row *r)
{
	const struct pl_doc *doc = m->docs[r->scope];

	if (doc->meta.locality != NULL)
		pl_buf_adds(b, doc->meta.locality);
	else
		pl_buf_printf(b, "[%d]", r->scope + 1);
}

/* "KẾ HOẠCH số 158/KH-UBND, 16/05/2024, UBND tỉnh Kiên Giang". */
static void
add_doc(struct pl_buf *b, const struct pl_doc *doc,
    const struct pl_targets_opts *o)
{
	const struct pl_meta *mt = &doc->meta;
	const char *sep = "";

	if (mt->kind != NULL) {
		pl_buf_adds(b, mt->kind);
		sep = ", ";
	}
	if (mt->symbol != NULL) {
		pl_buf_printf(b, "%s%s%s", mt->kind != NULL ? " " : "",
		    L(o, "số ", "no. "), mt->symbol);
		sep = ", ";
	}
	if (mt->date.y != 0) {
		pl_buf_printf(b, "%s%02d/%02d/%d", sep, mt->date.d, mt->date.m,
		    mt->date.y);
		sep = ", ";
	}
	if (mt->issuer != NULL)
		pl_buf_printf(b, "%s%s", sep, mt->issuer);
}

static void
counts(const struct pl_matrix *m, const struct pl_targets_opts *o,
    size_t *rows, size_t *bad)
{
	*rows = *bad = 0;
	for (size_t i = 0; i < m->nrows; i++)
		if (shown(o, &m->rows[i])) {
			(*rows)++;
			*bad += m->rows[i].mismatch;
		}
}

static void
add_summary(struct pl_buf *b, const struct pl_matrix *m,
    const struct pl_targets_opts *o)
{
	size_t rows, bad;

	counts(m, o, &rows, &bad);
	pl_buf_printf(b, L(o,
	    "Chỉ tiêu của %zu văn bản: %zu dòng, %zu dòng có số liệu không khớp\n",
	    "Targets of %zu documents: %zu rows, %zu with figures that disagree\n"),
	    m->ndocs, rows, bad);
}

/* ---- text ---- */

#define LABEL_MAX 50	/* code points of an indicator in the text table */

static size_t
width(const char *s)
{
	return pl_utf8_count(s, strlen(s));
}

/* s on one line (line breaks and tabs as spaces), cut to max code
 * points, the last one "…" (at a space when that keeps most of it). */
static void
add_cut(struct pl_buf *b, const char *s, size_t max)
{
	size_t n = strlen(s), k = 0, cps = 0, from = b->len, space = 0;
	bool cut = width(s) > max;

	while (k < n && (!cut || cps + 1 < max)) {
		int32_t cp;
		int step = pl_utf8_decode(s + k, n - k, &cp);

		if (s[k] == ' ')
			space = k;
		k += step > 0 ? (size_t)step : 1;
		cps++;
	}
	if (cut && k < n && s[k] != ' ' && space > k * 2 / 3)
		k = space;
	pl_buf_add(b, s, k);
	for (size_t i = from; i < b->len; i++)
		if (b->s[i] == '\n' || b->s[i] == '\r' || b->s[i] == '\t')
			b->s[i] = ' ';
	if (!cut)
		return;
	while (b->len > from && b->s[b->len - 1] == ' ')
		b->s[--b->len] = '\0';
	pl_buf_adds(b, "…");
}

/* Writes the texts v (ncols per line, line 0 the header) in columns
 * padded to the widest text, a rule of dashes under the header. */
static void
print_grid(struct pl_buf *out, char **v, size_t ncols, size_t nlines)
{
	size_t *w = pl_xcalloc(ncols, sizeof(*w));

	for (size_t l = 0; l < nlines; l++)
		for (size_t c = 0; c < ncols; c++)
			if (width(v[l * ncols + c]) > w[c])
				w[c] = width(v[l * ncols + c]);
	for (size_t l = 0; l < nlines; l++) {
		for (size_t c = 0; c < ncols; c++) {
			const char *s = v[l * ncols + c];

			pl_buf_adds(out, s);
			if (c + 1 == ncols)
				break;
			for (size_t k = width(s); k < w[c] + 2; k++)
				pl_buf_addc(out, ' ');
		}
		pl_buf_addc(out, '\n');
		if (l == 0) {	/* a rule under the header */
			for (size_t c = 0; c < ncols; c++) {
				for (size_t k = 0; k < w[c]; k++)
					pl_buf_addc(out, '-');
				if (c + 1 < ncols)
					pl_buf_adds(out, "  ");
			}
			pl_buf_addc(out, '\n');
		}
	}
	free(w);
}

void
pl_report_targets_text(struct pl_buf *out, const struct pl_matrix *m,
    const struct pl_targets_opts *o)
{
	bool pl = places(m, o);
	size_t ncols = 2 + (pl ? 1 : 0) + m->ndocs, rows, bad, k = 0;
	char **v;
	struct pl_buf b = { 0 };

	counts(m, o, &rows, &bad);
	v = pl_xcalloc((rows + 1) * ncols + 1, sizeof(*v));
	add_summary(out, m, o);
	for (size_t d = 0; d < m->ndocs; d++) {
		pl_buf_printf(out, "  [%zu] %s", d + 1, m->docs[d]->path);
		pl_buf_reset(&b);
		add_doc(&b, m->docs[d], o);
		if (b.len > 0)
			pl_buf_printf(out, ": %s", b.s);
		pl_buf_addc(out, '\n');
	}
	pl_buf_addc(out, '\n');
	pl_buf_reset(&b);
	v[k++] = pl_xstrdup(L(o, "Chỉ tiêu", "Indicator"));
	v[k++] = pl_xstrdup(L(o, "Năm", "Year"));
	if (pl)
		v[k++] = pl_xstrdup(L(o, "Địa bàn", "Place"));
	for (size_t d = 0; d < m->ndocs; d++) {
		pl_buf_printf(&b, "[%zu]", d + 1);
		v[k++] = pl_buf_take(&b);
	}
	for (size_t i = 0; i < m->nrows; i++) {
		const struct pl_mx_row *r = &m->rows[i];

		if (!shown(o, r))
			continue;
		add_cut(&b, r->label, LABEL_MAX);
		v[k++] = pl_buf_take(&b);
		add_when(&b, r);
		v[k++] = pl_buf_take(&b);
		if (pl) {
			add_place(&b, m, r);
			v[k++] = pl_buf_take(&b);
		}
		for (size_t d = 0; d < m->ndocs; d++) {
			add_cell(&b, m, d, r);
			v[k++] = pl_buf_take(&b);
		}
	}
	print_grid(out, v, ncols, rows + 1);
	pl_buf_printf(out, "\n%s\n", L(o, "Ký hiệu:", "Marks:"));
	for (size_t i = 0; i < PL_NELEM(legend); i++) {
		pl_buf_printf(out, "  %s", legend[i].mark);
		for (size_t w = width(legend[i].mark); w < 7; w++)
			pl_buf_addc(out, ' ');
		pl_buf_printf(out, "%s\n", legend[i].text[o->lang]);
	}
	for (size_t i = 0; i < k; i++)
		free(v[i]);
	free(v);
	pl_buf_free(&b);
}

/* ---- csv ---- */

/* A field as RFC 4180 writes it: quoted when it holds a comma, a quote
 * or a line break, quotes doubled. */
static void
csv_field(struct pl_buf *out, const char *s, bool first)
{
	if (!first)
		pl_buf_addc(out, ',');
	if (s == NULL)
		return;
	if (strpbrk(s, ",\"\r\n") == NULL) {
		pl_buf_adds(out, s);
		return;
	}
	pl_buf_addc(out, '"');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			pl_buf_addc(out, '"');
		pl_buf_addc(out, *s);
	}
	pl_buf_addc(out, '"');
}

/* The status column: "không khớp", "nghi nhầm đơn vị (×10³)"... */
static void
csv_status(struct pl_buf *b, const struct pl_mx_row *r,
    const struct pl_mx_cell *c, const struct pl_targets_opts *o)
{
	static const char *const words[][2] = {	/* ORDER: enum pl_mx_status */
		{ "", "" },
		{ "không so sánh", "not compared" },
		{ "khớp", "same" },
		{ "nghi nhầm đơn vị", "unit suspect" },
		{ "không khớp", "differs" },
	};

	pl_buf_adds(b, words[c->status][o->lang]);
	if (c->status == PL_MX_UNIT)
		pl_buf_adds(b, c->slip == 6 ? " (×10⁶)" : c->slip == 3 ?
		    " (×10³)" : L(o, " (ngoài khoảng hợp lý)",
		    " (implausible)"));
	if (r->by_name && c->status >= PL_MX_SAME)
		pl_buf_adds(b, L(o, ", theo tên", ", by name"));
}

void
pl_report_targets_csv(struct pl_buf *out, const struct pl_matrix *m,
    const struct pl_targets_opts *o)
{
	static const char *const cols[][2] = {
		{ "giá trị", "value" }, { "dòng", "line" },
		{ "đánh giá", "status" },
	};
	struct pl_buf b = { 0 };

	if (o->bom)
		pl_buf_adds(out, "\xEF\xBB\xBF");
	csv_field(out, L(o, "Chỉ tiêu", "Indicator"), true);
	csv_field(out, L(o, "Mã", "Key"), false);
	csv_field(out, L(o, "Nhóm đơn vị", "Unit family"), false);
	csv_field(out, L(o, "Năm", "Year"), false);
	csv_field(out, L(o, "Địa bàn", "Place"), false);
	for (size_t d = 0; d < m->ndocs; d++)
		for (size_t k = 0; k < PL_NELEM(cols); k++) {
			pl_buf_reset(&b);
			pl_buf_printf(&b, "%s: %s", m->docs[d]->path,
			    cols[k][o->lang]);
			csv_field(out, b.s, false);
		}
	pl_buf_adds(out, "\r\n");
	for (size_t i = 0; i < m->nrows; i++) {
		const struct pl_mx_row *r = &m->rows[i];

		if (!shown(o, r))
			continue;
		csv_field(out, r->label, true);
		csv_field(out, r->key, false);
		csv_field(out, r->family, false);
		pl_buf_reset(&b);
		add_when(&b, r);
		csv_field(out, b.s, false);
		pl_buf_reset(&b);
		add_place(&b, m, r);
		csv_field(out, b.s, false);
		for (size_t d = 0; d < m->ndocs; d++) {
			const struct pl_mx_cell *c = &r->cells[d];

			if (c->target < 0) {
				pl_buf_adds(out, ",,,");
				continue;
			}
			csv_field(out, c->value, false);
			pl_buf_reset(&b);
			pl_buf_printf(&b, "%d",
			    m->docs[d]->targets[c->target].pos.line);
			csv_field(out, b.s, false);
			pl_buf_reset(&b);
			csv_status(&b, r, c, o);
			csv_field(out, b.s, false);
		}
		pl_buf_adds(out, "\r\n");
	}
	pl_buf_free(&b);
}

/* ---- md ---- */

/* Text in a table cell: "|" escaped, line breaks as spaces. */
static void
md_text(struct pl_buf *out, const char *s)
{
	for (; s != NULL && *s != '\0'; s++) {
		if (*s == '|' || *s == '\\')
			pl_buf_addc(out, '\\');
		if (*s == '\n' || *s == '\r')
			pl_buf_addc(out, ' ');
		else
			pl_buf_addc(out, *s);
	}
}

void
pl_report_targets_md(struct pl_buf *out, const struct pl_matrix *m,
    const struct pl_targets_opts *o)
{
	bool pl = places(m, o);
	struct pl_buf b = { 0 };

	add_summary(out, m, o);
	pl_buf_addc(out, '\n');
	for (size_t d = 0; d < m->ndocs; d++) {
		pl_buf_printf(out, "%zu. ", d + 1);
		md_text(out, m->docs[d]->path);
		pl_buf_reset(&b);
		add_doc(&b, m->docs[d], o);
		if (b.len > 0) {
			pl_buf_adds(out, ": ");
			md_text(out, b.s);
		}
		pl_buf_addc(out, '\n');
	}
	pl_buf_printf(out, "\n| %s | %s |", L(o, "Chỉ tiêu", "Indicator"),
	    L(o, "Năm", "Year"));
	if (pl)
		pl_buf_printf(out, " %s |", L(o, "Địa bàn", "Place"));
	for (size_t d = 0; d < m->ndocs; d++)
		pl_buf_printf(out, " [%zu] |", d + 1);
	pl_buf_adds(out, "\n| --- | --- |");
	if (pl)
		pl_buf_adds(out, " --- |");
	for (size_t d = 0; d < m->ndocs; d++)
		pl_buf_adds(out, " --- |");
	pl_buf_addc(out, '\n');
	for (size_t i = 0; i < m->nrows; i++) {
		const struct pl_mx_row *r = &m->rows[i];

		if (!shown(o, r))
			continue;
		pl_buf_adds(out, "| ");
		md_text(out, r->label);
		pl_buf_adds(out, " | ");
		add_when(out, r);
		pl_buf_adds(out, " |");
		if (pl) {
			pl_buf_reset(&b);
			add_place(&b, m, r);
			pl_buf_addc(out, ' ');
			md_text(out, b.s);
			pl_buf_adds(out, " |");
		}
		for (size_t d = 0; d < m->ndocs; d++) {
			pl_buf_reset(&b);
			add_cell(&b, m, d, r);
			pl_buf_addc(out, ' ');
			md_text(out, b.s);
			pl_buf_adds(out, " |");
		}
		pl_buf_addc(out, '\n');
	}
	pl_buf_printf(out, "\n%s\n\n", L(o, "Ký hiệu:", "Marks:"));
	for (size_t i = 0; i < PL_NELEM(legend); i++)
		pl_buf_printf(out, "- %s %s\n", legend[i].mark,
		    legend[i].text[o->lang]);
	pl_buf_free(&b);
}
