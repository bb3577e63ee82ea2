/*
 * test_matrix.c: the target matrix (matrix.c) with the shipped packs:
 * rows by indicator, year or period and place; statuses on small plan
 * pairs (same, differs, unit slip, by name, alone, empty); registry
 * order; and, on synthetic pairs and on seeds 001 + 002, the same
 * verdicts as the target rules of `planlint check`.
 */
#include "rules_test.h"
#include "../../src/ingest/ingest.h"

static struct pl_doc *
plan(const char *path, enum pl_level level, const char *locality,
    const char *title)
{
	struct pl_doc *doc = pl_doc_new(path);

	doc->meta.level = level;
	doc->meta.locality = locality;
	doc->meta.title = title;
	return doc;
}

#define TINH(path) plan(path, PL_LEVEL_TINH, "An Giang", \
    "thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030")

/* A figure as ingestion gives it; raw is the item's text. */
struct fig {
	int			 line;
	const char		*indicator;
	enum pl_qualifier	 q;
	double			 v, max;
	const char		*unit;
	const char		*raw;
	int			 year;
	const char		*period;
};

static void
add(struct pl_doc *doc, struct fig f)
{
	struct pl_target *t = pl_doc_add_target(doc);

	t->pos.line = f.line;
	t->pos.col = 1;
	t->indicator = f.indicator;
	t->qualifier = f.q;
	t->value = f.v;
	t->has_value_max = f.q == PL_Q_RANGE;
	t->value_max = f.max;
	t->unit = f.unit;
	t->raw = f.raw;
	t->year = f.year;
	t->period = f.period;
	t->task = -1;
}

static void
build(const struct pl_ruleset *rs, struct pl_doc **docs, size_t n,
    enum pl_lang lang, struct pl_matrix *m)
{
	struct pl_err err;

	if (pl_targets_matrix(rs, docs, n, lang, m, &err) == -1)
		cr_assert_fail("matrix: %s", err.detail);
}

/* The row holding document d's figure on line `line` with key (NULL:
 * any); -1 when none. */
static long
row_at(const struct pl_matrix *m, size_t d, int line, const char *key)
{
	for (size_t i = 0; i < m->nrows; i++) {
		const struct pl_mx_cell *c = &m->rows[i].cells[d];

		if (c->target >= 0 &&
		    m->docs[d]->targets[c->target].pos.line == line &&
		    (key == NULL || (m->rows[i].key != NULL &&
		    strcmp(m->rows[i].key, key) == 0)))
			return (long)i;
	}
	return -1;
}

static enum pl_mx_status
status_at(const struct pl_matrix *m, size_t d, int line, const char *key)
{
	long r = row_at(m, d, line, key);

	cr_assert_geq(r, 0, "no row for doc %zu line %d (%s)", d, line,
	    key != NULL ? key : "-");
	return m->rows[r].cells[d].status;
}

/* ---- A pair of province plans ---- */

static void
pair(struct pl_doc *a, struct pl_doc *b)
{
	/* GRDP: differs. */
	add(a, (struct fig){ 10, "Tổng sản phẩm trên địa bàn (GRDP)", PL_Q_EQ,
	    616565.83, 0, "tỷ đồng", "GRDP đạt 616.565,83 tỷ đồng", 2030,
	    NULL });
	add(b, (struct fig){ 20, "Tổng sản phẩm trên địa bàn (GRDP)", PL_Q_EQ,
	    630370.27, 0, "tỷ đồng", "GRDP đạt 630.370,27 tỷ đồng", 2030,
	    NULL });
	/* Forest cover: 8,90% and 8,9% are the same. */
	add(a, (struct fig){ 11, "Tỷ lệ che phủ rừng", PL_Q_EQ, 8.9, 0, "%",
	    "Tỷ lệ che phủ rừng đạt 8,90%", 0, NULL });
	add(b, (struct fig){ 21, "Tỷ lệ che phủ rừng", PL_Q_EQ, 8.9, 0, "%",
	    "Tỷ lệ che phủ rừng đạt 8,9%", 0, NULL });
	/* Income per month: nghìn for triệu. */
	add(a, (struct fig){ 12, "Thu nhập bình quân đầu người 01 tháng",
	    PL_Q_GT, 8.59, 0, "triệu đồng", "đạt trên 8,59 triệu đồng", 0,
	    NULL });
	add(b, (struct fig){ 22, "Thu nhập bình quân đầu người 01 tháng",
	    PL_Q_EQ, 8.596, 0, "ngàn đồng", "đạt 8,596 ngàn đồng", 0, NULL });
	/* Budget revenue: the range holds the value (5-year totals). */
	add(a, (struct fig){ 13, "Tổng thu ngân sách", PL_Q_EQ, 162080, 0,
	    "tỷ đồng", "Tổng thu ngân sách 5 năm đạt 162.080 tỷ đồng", 0,
	    "5 năm" });
	add(b, (struct fig){ 23, "Thu ngân sách", PL_Q_RANGE, 145000, 175000,
	    "tỷ đồng", "Thu ngân sách 5 năm đạt 145.000 - 175.000 tỷ đồng", 0,
	    "5 năm" });
	/* Not in the registry: matched by name, and different. */
	add(a, (struct fig){ 14, "Tỷ lệ hợp tác xã nông nghiệp hoạt động hiệu "
	    "quả", PL_Q_EQ, 60, 0, "%", "đạt 60%", 0, NULL });
	add(b, (struct fig){ 24, "Tỷ lệ hợp tác xã nông nghiệp hoạt động hiệu "
	    "quả", PL_Q_EQ, 55, 0, "%", "đạt 55%", 0, NULL });
	/* Only in a. */
	add(a, (struct fig){ 15, "Tỷ lệ đô thị hóa", PL_Q_GT, 50, 0, "%",
	    "Tỷ lệ đô thị hóa đạt trên 50%", 0, NULL });
	/* Three ranks in one target, and a top 20 that holds rank 5. */
	add(a, (struct fig){ 16, "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), "
	    "Chỉ số chuyển đổi số (DTI), Chỉ số đổi mới sáng tạo cấp địa "
	    "phương (PII)", PL_Q_EQ, 5, 0, "hạng/34", "xếp hạng 05/34", 0,
	    NULL });
	add(b, (struct fig){ 26, "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), "
	    "Chỉ số chuyển đổi số (DTI), Chỉ số đổi mới sáng tạo cấp địa "
	    "phương (PII)", PL_Q_LE, 20, 0, "hạng", "thuộc top 20", 0, NULL });
	/* Another year is another row. */
	add(b, (struct fig){ 27, "Tỷ lệ đô thị hóa", PL_Q_EQ, 45, 0, "%",
	    "Năm 2026, tỷ lệ đô thị hóa đạt 45%", 2026, NULL });
}

Test(matrix, statuses_of_a_pair)
{
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *docs[2] = { TINH("a.txt"), TINH("b.txt") };
	struct pl_matrix m;
	long r;

	pair(docs[0], docs[1]);
	build(rs, docs, 2, PL_LANG_VI, &m);
	cr_expect_eq(m.ndocs, 2);

	r = row_at(&m, 0, 10, "grdp");
	cr_assert_geq(r, 0);
	cr_expect_eq(row_at(&m, 1, 20, "grdp"), r, "one GRDP row");
	cr_expect_eq(m.rows[r].cells[0].status, PL_MX_DIFFERS);
	cr_expect_eq(m.rows[r].cells[1].status, PL_MX_DIFFERS);
	cr_expect_eq(m.rows[r].cells[0].vs_doc, 1);
	cr_expect_eq(m.rows[r].cells[0].vs_line, 20);
	cr_expect_eq(m.rows[r].cells[1].vs_line, 10);
	cr_expect_eq(m.rows[r].year, 2030);
	cr_expect_eq(m.rows[r].span, 0);
	cr_expect(m.rows[r].mismatch);
	cr_expect_str_eq(m.rows[r].label, "Tổng sản phẩm trên địa bàn (GRDP)");
	cr_expect_str_eq(m.rows[r].family, "vnd");
	cr_expect_str_eq(m.rows[r].cells[0].value, "616.565,83 tỷ đồng");

	cr_expect_eq(status_at(&m, 0, 11, "forest_cover"), PL_MX_SAME);
	cr_expect_eq(status_at(&m, 1, 21, "forest_cover"), PL_MX_SAME);
	cr_expect_eq(row_at(&m, 0, 11, NULL), row_at(&m, 1, 21, NULL));
	cr_expect_not(m.rows[row_at(&m, 0, 11, NULL)].mismatch);

	r = row_at(&m, 1, 22, "income_month");
	cr_assert_geq(r, 0);
	cr_expect_eq(row_at(&m, 0, 12, NULL), r);
	cr_expect_eq(m.rows[r].cells[0].status, PL_MX_UNIT);
	cr_expect_eq(m.rows[r].cells[1].status, PL_MX_UNIT);
	cr_expect_eq(m.rows[r].cells[0].slip, 3);
	cr_expect_eq(m.rows[r].cells[1].slip, 3);
	cr_expect(m.rows[r].cells[1].implausible, "8,596 ngàn đồng a month");
	cr_expect_not(m.rows[r].cells[0].implausible);

	r = row_at(&m, 0, 13, "budget_revenue");
	cr_assert_geq(r, 0);
	cr_expect_eq(row_at(&m, 1, 23, NULL), r);
	cr_expect_eq(m.rows[r].cells[1].status, PL_MX_SAME);
	cr_expect_eq(m.rows[r].span, 5, "a five-year total");
	cr_expect_eq(m.rows[r].year, 2030);

	r = row_at(&m, 0, 14, NULL);
	cr_assert_geq(r, 0);
	cr_expect_eq(row_at(&m, 1, 24, NULL), r);
	cr_expect_null(m.rows[r].key);
	cr_expect(m.rows[r].by_name);
	cr_expect_str_eq(m.rows[r].label,
	    "Tỷ lệ hợp tác xã nông nghiệp hoạt động hiệu quả");
	cr_expect_eq(m.rows[r].cells[0].status, PL_MX_DIFFERS);

	r = row_at(&m, 0, 15, "urbanization");
	cr_assert_geq(r, 0);
	cr_expect_eq(m.rows[r].cells[0].status, PL_MX_ALONE);
	cr_expect_eq(m.rows[r].cells[1].status, PL_MX_EMPTY);
	cr_expect_eq(m.rows[r].cells[1].target, -1);
	cr_expect_null(m.rows[r].cells[1].value);
	cr_expect_neq(row_at(&m, 1, 27, "urbanization"), r, "2026 vs 2030");
	cr_expect_eq(status_at(&m, 1, 27, "urbanization"), PL_MX_ALONE);

	/* One target, three rows. */
	for (size_t k = 0; k < 3; k++) {
		static const char *const keys[] = { "pci_rank", "dti_rank",
		    "pii_rank" };

		r = row_at(&m, 0, 16, keys[k]);
		cr_assert_geq(r, 0, "%s", keys[k]);
		cr_expect_eq(row_at(&m, 1, 26, keys[k]), r, "%s", keys[k]);
		cr_expect_eq(m.rows[r].cells[0].status, PL_MX_SAME, "%s",
		    keys[k]);
		cr_expect_str_eq(m.rows[r].cells[0].value, "hạng 5/34");
	}
	pl_matrix_free(&m);
	cr_expect_null(m.rows);
	for (size_t i = 0; i < 2; i++)
		pl_doc_free(docs[i]);
	pl_ruleset_free(rs);
}

/* Rows in registry order (GRDP per capita is listed before GRDP, forest
 * cover after income), matches by name last; labels in the language. */
Test(matrix, order_and_language)
{
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *docs[2] = { TINH("a.txt"), TINH("b.txt") };
	struct pl_matrix m;

	pair(docs[0], docs[1]);
	add(docs[1], (struct fig){ 30, "GRDP bình quân đầu người", PL_Q_GE,
	    6300, 0, "đô la Mỹ", "đạt trên 6.300 đô la Mỹ", 0, NULL });
	build(rs, docs, 2, PL_LANG_EN, &m);
	cr_expect_lt(row_at(&m, 1, 30, "grdp_per_capita"),
	    row_at(&m, 0, 10, "grdp"));
	cr_expect_lt(row_at(&m, 0, 12, "income_month"),
	    row_at(&m, 0, 11, "forest_cover"));
	cr_expect_eq(row_at(&m, 0, 14, NULL), (long)m.nrows - 1);
	for (size_t i = 1; i < m.nrows; i++)
		cr_expect(m.rows[i - 1].key != NULL || m.rows[i].key == NULL,
		    "row %zu: by name before the registry", i);
	cr_expect_str_eq(m.rows[row_at(&m, 0, 10, "grdp")].label, "GRDP");
	/* 2026 before 2030 within one indicator. */
	cr_expect_lt(row_at(&m, 1, 27, "urbanization"),
	    row_at(&m, 0, 15, "urbanization"));
	pl_matrix_free(&m);
	for (size_t i = 0; i < 2; i++)
		pl_doc_free(docs[i]);
	pl_ruleset_free(rs);
}

/* Another place is another row; within one plan, a repeated target with
 * another figure is a second row of the same indicator, and both
 * differ. */
Test(matrix, places_and_repeats)
{
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *docs[3] = { TINH("a.txt"), TINH("b.txt"),
	    plan("c.txt", PL_LEVEL_TINH, "Lạng Sơn",
	    "thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030") };
	struct pl_matrix m;
	long r1, r2;

	add(docs[0], (struct fig){ 5, "Tỷ lệ che phủ rừng", PL_Q_EQ, 8.9, 0,
	    "%", "Tỷ lệ che phủ rừng đạt 8,9%", 0, NULL });
	add(docs[0], (struct fig){ 40, "Tỷ lệ che phủ rừng", PL_Q_EQ, 9.5, 0,
	    "%", "Duy trì tỷ lệ che phủ rừng 9,5%", 0, NULL });
	add(docs[1], (struct fig){ 7, "Tỷ lệ che phủ rừng", PL_Q_EQ, 8.9, 0,
	    "%", "Tỷ lệ che phủ rừng đạt 8,9%", 0, NULL });
	add(docs[2], (struct fig){ 9, "Tỷ lệ che phủ rừng", PL_Q_EQ, 63, 0,
	    "%", "Tỷ lệ che phủ rừng đạt 63%", 0, NULL });
	build(rs, docs, 3, PL_LANG_VI, &m);
	cr_expect_eq(m.nrows, 3);
	r1 = row_at(&m, 0, 5, "forest_cover");
	r2 = row_at(&m, 0, 40, "forest_cover");
	cr_assert(r1 >= 0 && r2 >= 0 && r1 != r2);
	cr_expect_eq(r2, r1 + 1, "the repeat right below");
	cr_expect_eq(m.rows[r1].cells[0].status, PL_MX_DIFFERS, "5 vs 40");
	cr_expect_eq(m.rows[r2].cells[0].status, PL_MX_DIFFERS);
	/* b's 8,9% sits with a's 8,9% but the rules compare it with 9,5%
	 * too. */
	cr_expect_eq(row_at(&m, 1, 7, NULL), r1);
	cr_expect_eq(m.rows[r1].cells[1].status, PL_MX_DIFFERS);
	cr_expect_eq(m.rows[r1].cells[1].vs_line, 40);
	/* Lạng Sơn: its own row, compared with nothing. */
	cr_expect_eq(m.rows[row_at(&m, 2, 9, NULL)].scope, 2);
	cr_expect_eq(m.rows[r1].scope, 0);
	cr_expect_eq(status_at(&m, 2, 9, NULL), PL_MX_ALONE);
	pl_matrix_free(&m);
	for (size_t i = 0; i < 3; i++)
		pl_doc_free(docs[i]);
	pl_ruleset_free(rs);
}

Test(matrix, needs_a_target_rule)
{
	struct pl_ruleset *rs = load_pack(
	    "rules:\n"
	    "  - id: x.y\n"
	    "    severity: info\n"
	    "    applies_to: document\n"
	    "    kind: pattern\n"
	    "    params: {pattern: 'x'}\n"
	    "    message: m\n");
	struct pl_doc *doc = TINH("a.txt");
	struct pl_matrix m;
	struct pl_err err;

	cr_expect_eq(pl_targets_matrix(rs, &doc, 1, PL_LANG_VI, &m, &err), -1);
	cr_expect_eq(err.code, PL_E_RULE);
	cr_expect_null(m.rows);
	pl_matrix_free(&m);
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}

Test(matrix, no_targets)
{
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *doc = TINH("a.txt");
	struct pl_matrix m;

	build(rs, &doc, 1, PL_LANG_VI, &m);
	cr_expect_eq(m.nrows, 0);
	cr_expect_eq(m.ndocs, 1);
	pl_matrix_free(&m);
	pl_doc_free(doc);
	pl_ruleset_free(rs);
}

/* ---- The same verdicts as `planlint check` ---- */

/* Whether document d has a finding of rule id on line, or a finding of
 * it (in any document) points there. */
static bool
reported(struct pl_doc **docs, size_t n, size_t d, int line, const char *id)
{
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < docs[i]->nfindings; k++) {
			const struct pl_finding *f = &docs[i]->findings[k];

			if (strcmp(f->rule, id) != 0)
				continue;
			if (i == d && f->pos.line == line)
				return true;
			for (size_t r = 0; r < f->nrelated; r++)
				if (f->related[r].line == line &&
				    strcmp(f->related[r].path,
				    docs[d]->path) == 0)
					return true;
		}
	return false;
}

/* Every cell that differs or looks like a unit slip is on a line the
 * rule reports (or points to), and every such line has such a cell. */
static void
same_as_check(const struct pl_ruleset *rs, struct pl_doc **docs, size_t n)
{
	struct pl_matrix m;

	build(rs, docs, n, PL_LANG_VI, &m);
	run_docs(rs, docs, n, PL_LANG_VI);
	for (size_t d = 0; d < n; d++)
		for (size_t t = 0; t < docs[d]->ntargets; t++) {
			int line = docs[d]->targets[t].pos.line;
			bool differs = false, unit = false;

			for (size_t i = 0; i < m.nrows; i++)
				for (size_t k = 0; k < n; k++) {
					const struct pl_mx_cell *c =
					    &m.rows[i].cells[k];

					if (k != d || c->target < 0 ||
					    docs[d]->targets[c->target].pos.line
					    != line)
						continue;
					differs |= c->status == PL_MX_DIFFERS;
					unit |= c->status == PL_MX_UNIT;
				}
			cr_expect_eq(differs, reported(docs, n, d, line,
			    "target.mismatch"), "%s:%d mismatch",
			    docs[d]->path, line);
			cr_expect_eq(unit, reported(docs, n, d, line,
			    "target.unit-suspect"), "%s:%d unit",
			    docs[d]->path, line);
		}
	pl_matrix_free(&m);
}

Test(matrix, same_as_check_on_a_pair)
{
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *docs[2] = { TINH("a.txt"), TINH("b.txt") };

	pair(docs[0], docs[1]);
	same_as_check(rs, docs, 2);
	for (size_t i = 0; i < 2; i++)
		pl_doc_free(docs[i]);
	pl_ruleset_free(rs);
}

/* ---- Seeds 001 and 002 (An Giang, 2030) ---- */

static void
seeds(struct pl_doc *docs[2])
{
	static const char *const paths[] = {
		"corpus/001_230a64e200d485dd.txt",
		"corpus/002_b6ddfe5c33c6f6c2.txt",
	};

	for (size_t i = 0; i < 2; i++) {
		struct pl_err err;

		if (pl_ingest_file(paths[i], NULL, &docs[i], &err) == -1)
			cr_assert_fail("%s: %s", paths[i], err.detail);
	}
}

Test(matrix, seeds_001_002)
{
	static const struct {
		const char		*key;
		int			 line1, line2;
		enum pl_mx_status	 status;
	} want[] = {
		{ "grdp", 27, 230, PL_MX_DIFFERS },
		{ "forest_cover", 33, 1300, PL_MX_SAME },
		{ "income_month", 29, 1081, PL_MX_UNIT },
		{ "social_investment", 27, 425, PL_MX_DIFFERS },
		{ "investment_to_grdp", 27, 436, PL_MX_DIFFERS },
		{ "productivity", 29, 815, PL_MX_DIFFERS },
		{ "social_housing", 31, 1269, PL_MX_DIFFERS },
		{ "budget_revenue", 27, 393, PL_MX_SAME },
		{ "pci_rank", 27, 568, PL_MX_SAME },
		{ "population", 29, 609, PL_MX_SAME },
	};
	struct pl_ruleset *rs = load_shipped();
	struct pl_doc *docs[2];
	struct pl_matrix m;
	size_t bad = 0;

	seeds(docs);
	build(rs, docs, 2, PL_LANG_VI, &m);
	for (size_t i = 0; i < PL_NELEM(want); i++) {
		long r = row_at(&m, 0, want[i].line1, want[i].key);

		cr_assert_geq(r, 0, "%s", want[i].key);
		cr_expect_eq(row_at(&m, 1, want[i].line2, want[i].key), r,
		    "%s: one row", want[i].key);
		cr_expect_eq(m.rows[r].cells[0].status, want[i].status, "%s",
		    want[i].key);
		cr_expect_eq(m.rows[r].cells[1].status, want[i].status, "%s",
		    want[i].key);
	}
	cr_expect_eq(m.rows[row_at(&m, 1, 1081, NULL)].cells[1].slip, 3);
	/* Exactly the six real differences. */
	for (size_t i = 0; i < m.nrows; i++)
		bad += m.rows[i].mismatch;
	cr_expect_eq(bad, 6);
	pl_matrix_free(&m);
	same_as_check(rs, docs, 2);
	for (size_t i = 0; i < 2; i++)
		pl_doc_free(docs[i]);
	pl_ruleset_free(rs);
}
