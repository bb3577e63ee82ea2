/*
 * test_indicator.c: the indicator registry (indicator.c): the shipped
 * rules/indicators.yaml against the wording of the seed plans (and of
 * other plans), lists of indices, unit families choosing between entries,
 * errors in a registry with their position, and matching by name for
 * indicators the registry does not know.
 */
#include "rules_test.h"
#include "../../src/rules/indicator.h"

/* The registry of target rule id. */
static const struct pl_indicators *
registry_of(const struct pl_ruleset *rs, const char *id)
{
	int i = pl_ruleset_find(rs, id);

	cr_assert_geq(i, 0);
	return ((const struct tg_state *)rs->rules[i].data)->reg;
}

/* The registry the shipped target rules share. */
static const struct pl_indicators *
shipped_registry(const struct pl_ruleset *rs)
{
	return registry_of(rs, "target.mismatch");
}

/* Keys of the entries the indicator (with its unit) stands for, joined
 * with "+", or "" for none. */
static const char *
keys_of(struct pl_ctx *ctx, const struct pl_indicators *reg,
    struct pl_arena *a, const char *indicator, const char *unit)
{
	struct pl_target t = { .indicator = indicator, .unit = unit };
	const struct pl_indicator *e[PL_IND_MAX];
	struct pl_unit u;
	const char *s = "";
	int n;

	pl_unit_parse(a, unit, &u);
	n = pl_indicators_match(reg, ctx, &t, &u, e);
	cr_assert_geq(n, 0);
	for (int i = 0; i < n; i++)
		s = pl_arena_printf(a, "%s%s%s", s, i > 0 ? "+" : "",
		    e[i]->key);
	return s;
}

static const struct {
	const char	*indicator;
	const char	*unit;
	const char	*keys;
} seeds[] = {
	/* 000 (đặc khu Phú Quốc) */
	{ "Tổng dự toán thu ngân sách nhà nước năm 2026 thu", "tỷ đồng",
	    "budget_revenue" },
	{ "Tổng dự toán thu ngân sách nhà nước năm 2026 thu", "%", "" },
	{ "Thuế tỉnh An Giang thu", "tỷ đồng", "" },
	{ "Tổng giá trị sản phẩm trên địa bàn", "tỷ đồng", "grdp" },
	{ "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", "social_investment" },
	{ "Chế biến nước mắm (quy 30 độ đậm)", "triệu lít", "" },
	{ "Tổng lượt khách du lịch", "nghìn lượt", "tourists" },
	{ "khách quốc tế", "nghìn lượt", "tourists_international" },
	{ "Thu nhập bình quân đầu người trên địa bàn",
	    "triệu đồng/người/năm", "income_year" },
	{ "Tỷ lệ hộ nghèo theo chuẩn đa chiều", "%", "poverty_rate" },
	{ "Tỷ lệ trường học đạt chuẩn quốc gia", "%", "schools_standard" },
	{ "Tỷ lệ dân số tham gia BHYT", "%", "health_insurance" },
	{ "Tỷ lệ lao động trong độ tuổi tham gia BHXH", "%",
	    "social_insurance" },
	{ "Tỷ lệ lao động qua đào tạo trong tổng số lao động đang làm việc",
	    "%", "trained_labour" },
	{ "Tỷ lệ dân số được sử dụng nước sạch", "%", "water_clean" },
	{ "Tỷ lệ thu gom chất thải rắn sinh hoạt", "%", "waste_solid" },
	/* 001 and 002 (tỉnh An Giang) */
	{ "Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành", "tỷ đồng",
	    "grdp" },
	{ "Tốc độ tăng trưởng GRDP bình quân", "%", "grdp_growth" },
	{ "GRDP bình quân đầu người", "đô la Mỹ", "grdp_per_capita" },
	{ "Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP", "%",
	    "digital_economy_share" },
	{ "Tổng thu ngân sách", "tỷ đồng", "budget_revenue" },
	{ "Thu ngân sách", "tỷ đồng", "budget_revenue" },
	{ "Tỷ lệ vốn đầu tư thực hiện trên địa bàn so với GRDP", "%",
	    "investment_to_grdp" },
	{ "Tỷ lệ đô thị hóa", "%", "urbanization" },
	{ "Tỷ lệ hộ sử dụng điện lưới quốc gia", "%", "grid_electricity" },
	{ "Chỉ số cải cách hành chính (PAR Index)", "hạng/34", "par_rank" },
	{ "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số chuyển đổi số "
	    "(DTI), Chỉ số đổi mới sáng tạo cấp địa phương (PII)", "hạng/34",
	    "pci_rank+dti_rank+pii_rank" },
	{ "Dân số toàn tỉnh", "người", "population" },
	{ "Tuổi thọ trung bình", "tuổi", "life_expectancy" },
	{ "số năm sống khỏe mạnh", "năm", "healthy_years" },
	{ "Chỉ số phát triển con người (HDI)", NULL, "hdi" },
	{ "Giải quyết việc làm mới bình quân", "lao động/năm", "new_jobs" },
	{ "Tỷ trọng lao động có việc làm trong nền kinh tế", "%",
	    "employed_share" },
	{ "Tỷ lệ lao động đã qua đào tạo", "%", "trained_labour" },
	{ "có bằng cấp chứng chỉ", "%", "trained_labour_certified" },
	{ "Tỷ lệ thất nghiệp", "%", "unemployment" },
	{ "Năng suất lao động (theo giá so sánh)", "triệu đồng/lao động",
	    "productivity" },
	{ "Số bác sỹ bình quân trên 10.000 dân", "bác sỹ", "doctors_per_10k" },
	{ "Số bác sĩ bình quân trên 10.000 dân", "bác sĩ", "doctors_per_10k" },
	{ "Số giường bệnh trên 10.000 dân", "giường", "beds_per_10k" },
	{ "người dân được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí "
	    "ít nhất mỗi năm 01 lần", "%", "health_checkup" },
	{ "Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội",
	    "%", "social_insurance" },
	{ "Tỷ lệ trường học phổ thông đạt chuẩn quốc gia", "%",
	    "schools_standard" },
	{ "Tỷ lệ hộ nghèo đa chiều duy trì mức giảm bình quân", "%/năm",
	    "poverty_reduction" },
	{ "Thu nhập bình quân đầu người 01 tháng", "triệu đồng",
	    "income_month" },
	{ "Thu nhập bình quân đầu người 01 tháng", "ngàn đồng",
	    "income_month" },
	{ "Tỷ lệ dân số được sử dụng nguồn nước hợp vệ sinh", "%",
	    "water_hygienic" },
	{ "tỷ lệ dân số đô thị được cung cấp nước sạch qua hệ thống cấp nước "
	    "tập trung", "%", "water_clean_urban" },
	{ "tỷ lệ dân số nông thôn sử dụng nước sạch đáp ứng quy chuẩn", "%",
	    "water_clean_rural" },
	{ "Tỷ lệ xã được công nhận đạt chuẩn nông thôn mới", "%", "new_rural" },
	{ "Số lượng nhà ở xã hội hoàn thành", "căn", "social_housing" },
	{ "Tỷ lệ che phủ rừng", "%", "forest_cover" },
	{ "Tỷ lệ chất thải nguy hại được thu gom, xử lý", "%",
	    "waste_hazardous" },
	{ "Tỷ lệ chất thải y tế được xử lý", "%", "waste_medical" },
	{ "Tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt đô thị bảo đảm tiêu "
	    "chuẩn, quy chuẩn", "%", "waste_solid_urban" },
	{ "Tỷ lệ khu công nghiệp, khu chế xuất đang hoạt động có hệ thống xử "
	    "lý nước thải tập trung đạt tiêu chuẩn môi trường", "%",
	    "wastewater_industrial" },
	{ "Tỷ lệ đảng viên, tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ hằng "
	    "năm", "%", "party_quality" },
	{ "Số đảng viên được kết nạp đảng trong nhiệm kỳ", "đảng viên",
	    "party_members_admitted" },
	{ "Tỷ lệ tập hợp quần chúng vào các tổ chức chính trị - xã hội", "%",
	    "mass_membership" },
};

/* Other plans' wording. */
static const struct {
	const char	*indicator;
	const char	*unit;
	const char	*keys;
} others[] = {
	{ "Thu nhập bình quân đầu người", "triệu đồng/người/tháng",
	    "income_month" },
	{ "Thu nhập bình quân đầu người", "triệu đồng", "income" },
	{ "GRDP bình quân đầu người", "triệu đồng", "grdp_per_capita" },
	{ "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "grdp_growth" },
	{ "Tổng sản phẩm trên địa bàn theo giá so sánh", "tỷ đồng",
	    "grdp_constant" },
	{ "Tỷ lệ hộ cận nghèo", "%", "near_poverty_rate" },
	{ "Tỷ lệ thất nghiệp khu vực thành thị", "%", "unemployment_urban" },
	{ "Tỷ lệ tham gia bảo hiểm thất nghiệp", "%",
	    "unemployment_insurance" },
	{ "Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao", "%",
	    "new_rural_advanced" },
	{ "Kim ngạch xuất khẩu", "tỷ USD", "exports" },
	{ "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%",
	    "malnutrition" },
	{ "Doanh thu du lịch", "tỷ đồng", "tourism_revenue" },
	/* A figure in another family is not the indicator. */
	{ "Tổng vốn đầu tư toàn xã hội", "%", "" },
	{ "Dân số toàn tỉnh", "%", "" },
	{ "Tỷ lệ trường mầm non đạt chuẩn quốc gia", "%",
	    "schools_standard_preschool" },
	{ "Tỷ lệ trường trung học phổ thông đạt chuẩn quốc gia", "%",
	    "schools_standard_upper_secondary" },
	{ "Tỷ lệ trường THCS đạt chuẩn quốc gia", "%",
	    "schools_standard_lower_secondary" },
	{ "Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số", "%", "" },
	/* Together, neither of the two. */
	{ "Tỷ lệ hộ nghèo và cận nghèo", "%", "" },
};

Test(indicator, the_seeds_wording)
{
	struct pl_ruleset *rs = load_shipped();
	const struct pl_indicators *reg = shipped_registry(rs);
	struct pl_check_opts o = { 0 };
	struct pl_arena *a = pl_arena_new();
	struct pl_err err;
	struct pl_ctx ctx;

	pl_ctx_init(&ctx, rs, &o, &err);
	for (size_t i = 0; i < PL_NELEM(seeds); i++)
		cr_expect_str_eq(keys_of(&ctx, reg, a, seeds[i].indicator,
		    seeds[i].unit), seeds[i].keys, "%s [%s]",
		    seeds[i].indicator,
		    seeds[i].unit != NULL ? seeds[i].unit : "");
	for (size_t i = 0; i < PL_NELEM(others); i++)
		cr_expect_str_eq(keys_of(&ctx, reg, a, others[i].indicator,
		    others[i].unit), others[i].keys, "%s [%s]",
		    others[i].indicator, others[i].unit);
	pl_ctx_fini(&ctx);
	pl_arena_free(a);
	pl_ruleset_free(rs);
}

Test(indicator, shipped_entries)
{
	struct pl_ruleset *rs = load_shipped();
	const struct pl_indicators *reg = shipped_registry(rs);
	const struct pl_indicator *e;

	cr_assert_geq(reg->n, 60);
	e = pl_indicators_get(reg, "income_month");
	cr_assert_not_null(e);
	cr_expect_str_eq(e->to, "income_year");
	cr_expect_float_eq(e->factor, 12, 1e-9);
	cr_expect_eq(e->nplausible, 1);
	cr_expect_eq(e->plausible[0].fam, PL_UF_VND);
	e = pl_indicators_get(reg, "health_insurance");
	cr_expect_eq(e->cascade, PL_CASCADE_FLOOR);
	cr_expect_eq(e->agg, PL_AGG_RATE);
	e = pl_indicators_get(reg, "unemployment");
	cr_expect(e->lower_better);
	e = pl_indicators_get(reg, "budget_revenue");
	cr_expect_eq(e->agg, PL_AGG_SUM);
	cr_expect_eq(e->fams, 1u << PL_UF_VND);
	cr_expect_str_eq(e->name[PL_LANG_EN], "State budget revenue");
	cr_expect_null(pl_indicators_get(reg, "no_such_key"));
	/* Every shipped key once, every plausible range ordered. */
	for (size_t i = 0; i < reg->n; i++) {
		for (size_t k = i + 1; k < reg->n; k++)
			cr_expect_str_neq(reg->v[i].key, reg->v[k].key);
		for (size_t p = 0; p < reg->v[i].nplausible; p++)
			cr_expect_leq(reg->v[i].plausible[p].min,
			    reg->v[i].plausible[p].max);
	}
	pl_ruleset_free(rs);
}

#define PACK(entries) \
    "data:\n  indicators:\n    entries:\n" entries \
    "rules:\n  - id: t.x\n    severity: error\n    applies_to: target\n" \
    "    kind: target\n" \
    "    params: {check: mismatch}\n    message: x\n"

Test(indicator, a_user_registry)
{
	struct pl_ruleset *rs = load_pack(PACK(
	    "      - key: fish_sauce\n"
	    "        name: {vi: Sản lượng nước mắm, en: Fish sauce output}\n"
	    "        names: ['nước mắm']\n"
	    "        unless: ['xuất khẩu']\n"
	    "        unit: liters\n"
	    "        aggregation: sum\n"
	    "        cascade: free\n"
	    "        plausible: {liters: [1000, 1e9]}\n"));
	const struct pl_indicators *reg = registry_of(rs, "t.x");
	struct pl_check_opts o = { 0 };
	struct pl_arena *a = pl_arena_new();
	struct pl_err err;
	struct pl_ctx ctx;

	cr_assert_eq(reg->n, 1);
	cr_expect_float_eq(reg->threshold, 0.8, 1e-9, "the default");
	cr_expect_float_eq(reg->within_plan, 0.5, 1e-9, "the default");
	cr_expect_float_eq(reg->v[0].plausible[0].max, 1e9, 1);
	pl_ctx_init(&ctx, rs, &o, &err);
	cr_expect_str_eq(keys_of(&ctx, reg, a, "Chế biến nước mắm",
	    "triệu lít"), "fish_sauce");
	cr_expect_str_eq(keys_of(&ctx, reg, a, "Xuất khẩu nước mắm",
	    "triệu lít"), "", "unless");
	cr_expect_str_eq(keys_of(&ctx, reg, a, "Chế biến nước mắm", "tấn"),
	    "", "another unit family");
	pl_ctx_fini(&ctx);
	pl_arena_free(a);
	pl_ruleset_free(rs);
}

static const struct {
	const char	*entries;
	int		 line;
	const char	*detail;
} bad[] = {
	{ "      - {key: a, names: [x], unit: kg}\n", 4,
	    "unknown unit family 'kg'" },
	{ "      - {key: a, names: [x], unit: vnd, colour: red}\n", 4,
	    "unknown key 'colour'" },
	{ "      - {key: a, unit: vnd}\n", 4, "needs 'names'" },
	{ "      - {key: a, names: [x]}\n", 4, "needs a 'unit'" },
	{ "      - {key: a, names: [x], unit: vnd}\n"
	  "      - {key: a, names: [y], unit: vnd}\n", 5, "given twice" },
	{ "      - {key: a, names: [x], unit: vnd, cascade: sometimes}\n", 4,
	    "bad value for 'cascade'" },
	{ "      - {key: a, names: [x], unit: vnd, direction: up}\n", 4,
	    "'direction' is higher or lower" },
	{ "      - {key: a, names: [x], unit: vnd, plausible: {vnd: [9, 1]}}\n",
	    4, "min > max" },
	{ "      - {key: a, names: [x], unit: vnd, convert: {to: b, factor: "
	    "12}}\n",
	    4, "converts to an unknown key" },
	{ "      - {key: a, names: ['(x'], unit: vnd}\n", 4,
	    "missing closing" },
};

static const char bad_name_match[] =
    "data:\n  indicators:\n    name_match: {threshold: 0.8, within_plan: 2}\n"
    "rules:\n  - id: t.x\n    severity: error\n    applies_to: target\n"
    "    kind: target\n    params: {check: sum}\n    message: x\n";

Test(indicator, errors_name_the_place)
{
	for (size_t i = 0; i < PL_NELEM(bad); i++) {
		char yaml[1024];
		struct pl_err err;

		snprintf(yaml, sizeof(yaml), PACK("%s"), bad[i].entries);
		err = pack_error(yaml);
		cr_expect_eq(err.line, bad[i].line, "%s: line %d",
		    bad[i].detail, err.line);
		cr_expect_not_null(strstr(err.detail, bad[i].detail), "%s: %s",
		    bad[i].detail, err.detail);
	}
	{
		struct pl_err err = pack_error(bad_name_match);

		cr_expect_eq(err.line, 3);
		cr_expect_not_null(strstr(err.detail, "within_plan"));
	}
	/* No registry at all. */
	{
		struct pl_err err = pack_error("rules:\n  - id: t.x\n"
		    "    severity: error\n    applies_to: target\n"
		    "    kind: target\n"
		    "    params: {check: sum}\n    message: x\n");

		cr_expect_not_null(strstr(err.detail, "no indicator registry"));
	}
}

/* ---- By name ---- */

static double
similar(const struct pl_indicators *reg, struct pl_arena *a, const char *x,
    const char *y)
{
	size_t nx, ny;
	const char **wx = pl_indicator_words(reg, a, x, &nx);
	const char **wy = pl_indicator_words(reg, a, y, &ny);

	return pl_indicator_similarity(wx, nx, wy, ny);
}

Test(indicator, words_of_a_name)
{
	struct pl_ruleset *rs = load_shipped();
	const struct pl_indicators *reg = shipped_registry(rs);
	struct pl_arena *a = pl_arena_new();
	size_t n;
	const char **w = pl_indicator_words(reg, a,
	    "Tỷ lệ  HỘ dân được sử dụng nước máy đến năm 2030 (đạt)", &n);

	/* Fillers, numbers and punctuation gone; diacritics kept; sorted. */
	cr_assert_eq(n, 6);
	cr_expect_str_eq(w[0], "dân");
	cr_expect_str_eq(w[1], "dụng");
	cr_expect_str_eq(w[2], "hộ");
	cr_expect_str_eq(w[3], "máy");
	cr_expect_str_eq(w[4], "nước");
	cr_expect_str_eq(w[5], "sử");
	w = pl_indicator_words(reg, a, "sử dụng", &n);
	cr_expect_eq(n, 2);
	w = pl_indicator_words(reg, a, "đạt 2030", &n);
	cr_expect_eq(n, 0);
	pl_arena_free(a);
	pl_ruleset_free(rs);
}

Test(indicator, names_alike)
{
	struct pl_ruleset *rs = load_shipped();
	const struct pl_indicators *reg = shipped_registry(rs);
	struct pl_arena *a = pl_arena_new();

	cr_expect_float_eq(similar(reg, a, "Chế biến nước mắm (quy 30 độ đậm)",
	    "Sản lượng nước mắm chế biến quy 30 độ đậm"), 0.875, 1e-9);
	/* "đạm" is not "đậm": 6 words of 7 and 9 in common. */
	cr_expect_float_eq(similar(reg, a, "Chế biến nước mắm (quy 30 độ đậm)",
	    "Sản lượng chế biến nước mắm quy 30 độ đạm"), 0.75, 1e-9);
	cr_expect_geq(similar(reg, a, "Chế biến nước mắm (quy 30 độ đậm)",
	    "chế biến nước mắm quy 30 độ đậm"), 0.99,
	    "case, numbers, brackets");
	cr_expect_geq(similar(reg, a, "Tỷ lệ hộ dân dùng nước máy",
	    "Tỷ lệ hộ dân trên địa bàn dùng nước máy"), 0.99, "fillers");
	/* Diacritics are kept: "đạm" is not "đậm"; "mắm" not "mầm". */
	cr_expect_lt(similar(reg, a, "sản xuất giống mầm",
	    "sản xuất giống mắm"),
	    0.8);
	cr_expect_lt(similar(reg, a, "Số hợp tác xã thành lập mới",
	    "Số doanh nghiệp thành lập mới"), 0.8);
	cr_expect_float_eq(similar(reg, a, "", "x"), 0, 1e-9);
	pl_arena_free(a);
	pl_ruleset_free(rs);
}
