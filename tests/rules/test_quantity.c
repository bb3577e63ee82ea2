/*
 * test_quantity.c: figures compared by meaning (quantity.c): units and
 * their families, Vietnamese numbers and the precision they are written
 * with, values and qualifiers as intervals, unit slips, and the figures
 * as messages show them.
 */
#include <math.h>

#include "rules_test.h"
#include "../../src/rules/indicator.h"

static const struct {
	const char	*unit;
	enum pl_ufam	 fam;
	double		 scale;
	int		 per;
	int		 rank_of;
} units[] = {
	{ "tỷ đồng", PL_UF_VND, 1e9, 0, 0 },
	{ "triệu đồng", PL_UF_VND, 1e6, 0, 0 },
	{ "nghìn đồng", PL_UF_VND, 1e3, 0, 0 },
	{ "ngàn đồng", PL_UF_VND, 1e3, 0, 0 },
	{ "triệu đồng/người/năm", PL_UF_VND, 1e6, 1, 0 },
	{ "triệu đồng/người/tháng", PL_UF_VND, 1e6, 12, 0 },
	{ "triệu đồng/lao động", PL_UF_VND, 1e6, 0, 0 },
	{ "USD", PL_UF_USD, 1, 0, 0 },
	{ "đô la Mỹ", PL_UF_USD, 1, 0, 0 },
	{ "tỷ USD", PL_UF_USD, 1e9, 0, 0 },
	{ "%", PL_UF_PERCENT, 1, 0, 0 },
	{ "%/năm", PL_UF_PERCENT, 1, 1, 0 },
	{ "nghìn lượt", PL_UF_VISITS, 1e3, 0, 0 },
	{ "triệu lượt khách", PL_UF_VISITS, 1e6, 0, 0 },
	{ "lượt khách", PL_UF_VISITS, 1, 0, 0 },
	{ "căn", PL_UF_HOUSES, 1, 0, 0 },
	{ "căn hộ", PL_UF_HOUSES, 1, 0, 0 },
	{ "bác sỹ", PL_UF_PER10K, 1, 0, 0 },
	{ "bác sĩ", PL_UF_PER10K, 1, 0, 0 },
	{ "giường", PL_UF_PER10K, 1, 0, 0 },
	{ "tuổi", PL_UF_YEARS, 1, 0, 0 },
	{ "năm", PL_UF_YEARS, 1, 0, 0 },
	{ "hạng/34", PL_UF_RANK, 1, 0, 34 },
	{ "hạng", PL_UF_RANK, 1, 0, 0 },
	{ "người", PL_UF_PEOPLE, 1, 0, 0 },
	{ "lao động/năm", PL_UF_PEOPLE, 1, 1, 0 },
	{ "đảng viên", PL_UF_PEOPLE, 1, 0, 0 },
	{ "triệu lít", PL_UF_LITERS, 1e6, 0, 0 },
	{ "hộ", PL_UF_COUNT, 1, 0, 0 },
	{ "km²", PL_UF_AREA, 100, 0, 0 },
	{ "ha", PL_UF_AREA, 1, 0, 0 },
};

Test(quantity, units_parse_into_families)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_unit u;

	for (size_t i = 0; i < PL_NELEM(units); i++) {
		pl_unit_parse(a, units[i].unit, &u);
		cr_expect_eq(u.fam, units[i].fam, "%s: family %d",
		    units[i].unit, u.fam);
		cr_expect_float_eq(u.scale, units[i].scale, 1e-9,
		    "%s: scale %g",
		    units[i].unit, u.scale);
		cr_expect_eq(u.per, units[i].per, "%s: per %d", units[i].unit,
		    u.per);
		cr_expect_eq(u.rank_of, units[i].rank_of, "%s", units[i].unit);
	}
	pl_unit_parse(a, NULL, &u);
	cr_expect_eq(u.fam, PL_UF_NONE);
	/* "hội viên" is people, not "hộ" (households) followed by letters. */
	pl_unit_parse(a, "hội viên", &u);
	cr_expect_eq(u.fam, PL_UF_PEOPLE);
	pl_unit_parse(a, "triệu m3 nước", &u);
	cr_expect_eq(u.fam, PL_UF_OTHER);
	cr_expect_float_eq(u.scale, 1e6, 1e-9);
	pl_arena_free(a);
}

Test(quantity, unit_compatibility)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_unit x, y;

	pl_unit_parse(a, "tỷ đồng", &x);
	pl_unit_parse(a, "nghìn đồng", &y);
	cr_expect(pl_unit_compatible(&x, &y));
	pl_unit_parse(a, "USD", &y);
	cr_expect_not(pl_unit_compatible(&x, &y), "đồng and USD");
	pl_unit_parse(a, "triệu đồng/người/tháng", &x);
	pl_unit_parse(a, "triệu đồng/người/năm", &y);
	cr_expect_not(pl_unit_compatible(&x, &y), "per month, per year");
	pl_unit_parse(a, "triệu đồng", &y);
	cr_expect(pl_unit_compatible(&x, &y), "an unknown basis");
	pl_unit_parse(a, "hạng/34", &x);
	pl_unit_parse(a, "hạng/63", &y);
	cr_expect_not(pl_unit_compatible(&x, &y), "other rankings");
	pl_unit_parse(a, "hạng", &y);
	cr_expect(pl_unit_compatible(&x, &y));
	pl_unit_parse(a, "triệu m3", &x);
	pl_unit_parse(a, "Triệu m3", &y);
	cr_expect(pl_unit_compatible(&x, &y), "unknown units written alike");
	pl_unit_parse(a, "triệu tấn", &y);
	cr_expect_not(pl_unit_compatible(&x, &y));
	cr_expect_eq(pl_ufam_parse("per_10k"), PL_UF_PER10K);
	cr_expect_eq(pl_ufam_parse("kg"), -1);
	cr_expect_str_eq(pl_ufam_name(PL_UF_VISITS), "visits");
	pl_arena_free(a);
}

static const struct {
	const char	*s;
	double		 v;
	int		 dec;
	size_t		 used;
} numbers[] = {
	{ "616.565,83 tỷ", 616565.83, 2, 10 },
	{ "8,90%", 8.9, 2, 4 },
	{ "8,9%", 8.9, 1, 3 },
	{ "8,596 ngàn", 8.596, 3, 5 },
	{ "3.755.949 người", 3755949, 0, 9 },
	{ "40.216", 40216, 0, 6 },
	{ "05/34", 5, 0, 2 },
	{ "17.796,301", 17796.301, 3, 10 },
	{ "0,75", 0.75, 2, 4 },
	{ "1.5", 1.5, 1, 3 },
	{ "x", 0, 0, 0 },
};

Test(quantity, vietnamese_numbers)
{
	for (size_t i = 0; i < PL_NELEM(numbers); i++) {
		double v;
		int dec;
		size_t used = pl_qty_number(numbers[i].s, strlen(numbers[i].s),
		    &v, &dec);

		cr_expect_eq(used, numbers[i].used, "%s: used %zu",
		    numbers[i].s, used);
		cr_expect_float_eq(v, numbers[i].v, 1e-9, "%s: %g",
		    numbers[i].s, v);
		cr_expect_eq(dec, numbers[i].dec, "%s: dec %d", numbers[i].s,
		    dec);
	}
}

Test(quantity, precision_as_written)
{
	cr_expect_float_eq(pl_qty_halfunit("Tỷ lệ che phủ rừng đạt 8,90%", 8.9),
	    0.005, 1e-12);
	cr_expect_float_eq(pl_qty_halfunit("Tỷ lệ che phủ rừng đạt 8,9%", 8.9),
	    0.05, 1e-12);
	cr_expect_float_eq(pl_qty_halfunit("hoàn thành 6.016 căn", 6016), 0.5,
	    1e-12);
	/* The year is not the figure. */
	cr_expect_float_eq(pl_qty_halfunit("đến năm 2030 đạt 75,5 tuổi", 75.5),
	    0.05, 1e-12);
	/* Not in the text: from the value. */
	cr_expect_float_eq(pl_qty_halfunit(NULL, 12.25), 0.005, 1e-12);
	cr_expect_float_eq(pl_qty_halfunit("", 7), 0.5, 1e-12);
}

static struct pl_target
fig(enum pl_qualifier q, double v, double max, const char *raw)
{
	struct pl_target t = { .qualifier = q, .value = v, .raw = raw };

	if (q == PL_Q_RANGE) {
		t.has_value_max = true;
		t.value_max = max;
	}
	return t;
}

/* Pairs of figures and whether both can hold. */
static const struct {
	enum pl_qualifier	 q1;
	double			 v1, max1;
	const char		*raw1;
	double			 scale1;
	enum pl_qualifier	 q2;
	double			 v2, max2;
	const char		*raw2;
	double			 scale2;
	bool			 meet;
	const char		*why;
} pairs[] = {
	{ PL_Q_EQ, 8.9, 0, "đạt 8,90%", 1, PL_Q_EQ, 8.9, 0, "đạt 8,9%", 1,
	    true, "8,90% is 8,9%" },
	{ PL_Q_RANGE, 145000, 175000, "từ 145.000 - 175.000 tỷ đồng", 1e9,
	    PL_Q_EQ, 162080, 0, "đạt 162.080 tỷ đồng", 1e9, true,
	    "a range holds a value" },
	{ PL_Q_RANGE, 145000, 175000, "từ 145.000 - 175.000 tỷ đồng", 1e9,
	    PL_Q_EQ, 180000, 0, "đạt 180.000 tỷ đồng", 1e9, false,
	    "a value outside the range" },
	{ PL_Q_GT, 50, 0, "trên 50%", 1, PL_Q_EQ, 52, 0, "đạt 52%", 1, true,
	    "trên 50% and 52%" },
	{ PL_Q_GT, 50, 0, "trên 50%", 1, PL_Q_EQ, 48, 0, "đạt 48%", 1, false,
	    "trên 50% and 48%" },
	{ PL_Q_GT, 6220, 0, "trên 6.220 căn", 1, PL_Q_EQ, 6016, 0,
	    "6.016 căn", 1, false, "social housing" },
	{ PL_Q_EQ, 5, 0, "05/34", 1, PL_Q_LE, 20, 0, "top 20", 1, true,
	    "rank 5 is in the top 20" },
	{ PL_Q_EQ, 25, 0, "hạng 25/34", 1, PL_Q_LE, 20, 0, "top 20", 1, false,
	    "rank 25 is not" },
	{ PL_Q_EQ, 9922, 0, "9.922 nghìn lượt", 1e3, PL_Q_EQ, 9922000, 0,
	    "9.922.000 lượt", 1, true, "nghìn lượt and lượt" },
	{ PL_Q_EQ, 616565.83, 0, "616.565,83", 1e9, PL_Q_EQ, 630370.27, 0,
	    "630.370,27", 1e9, false, "GRDP of 001 and 002" },
	{ PL_Q_LT, 3.6, 0, "dưới 3,6%", 1, PL_Q_EQ, 3.6, 0, "3,6%", 1, true,
	    "3,6 written may be 3,58" },
	{ PL_Q_LT, 3.6, 0, "dưới 3,6%", 1, PL_Q_GE, 3.6, 0, "từ 3,6%", 1,
	    false, "below and from 3,6" },
	{ PL_Q_LE, 3.6, 0, "tối đa 3,6%", 1, PL_Q_GE, 3.6, 0, "từ 3,6%", 1,
	    true, "at most and at least 3,6 meet at 3,6" },
	{ PL_Q_APPROX, 60000, 0, "khoảng 60.000", 1, PL_Q_EQ, 63000, 0,
	    "63.000", 1, true, "khoảng is +/- 10%" },
	{ PL_Q_APPROX, 60000, 0, "khoảng 60.000", 1, PL_Q_EQ, 70000, 0,
	    "70.000", 1, false, "but not 70.000" },
};

Test(quantity, intervals_meet_when_both_can_hold)
{
	for (size_t i = 0; i < PL_NELEM(pairs); i++) {
		struct pl_target a = fig(pairs[i].q1, pairs[i].v1,
		    pairs[i].max1, pairs[i].raw1);
		struct pl_target b = fig(pairs[i].q2, pairs[i].v2,
		    pairs[i].max2, pairs[i].raw2);
		struct pl_interval ia = pl_qty_interval(&a, pairs[i].scale1,
		    0.1);
		struct pl_interval ib = pl_qty_interval(&b, pairs[i].scale2,
		    0.1);

		cr_expect_eq(pl_interval_meets(ia, ib), pairs[i].meet, "%s",
		    pairs[i].why);
		cr_expect_eq(pl_interval_meets(ib, ia), pairs[i].meet,
		    "%s (swapped)", pairs[i].why);
	}
}

Test(quantity, intervals)
{
	struct pl_target t = fig(PL_Q_EQ, 8.9, 0, "8,90%");
	struct pl_interval i = pl_qty_interval(&t, 1, 0.1);

	cr_expect_float_eq(i.lo, 8.895, 1e-9);
	cr_expect_float_eq(i.hi, 8.905, 1e-9);
	t = fig(PL_Q_GE, 11, 0, "từ 11% trở lên");
	i = pl_qty_interval(&t, 1, 0.1);
	cr_expect_float_eq(i.lo, 11, 1e-9);
	cr_expect(isinf(i.hi));
	cr_expect_not(i.lo_open);
	t = fig(PL_Q_RANGE, 175000, 145000, "");
	i = pl_qty_interval(&t, 1e9, 0.1);
	cr_expect_float_eq(i.lo, 145000e9, 1);
	cr_expect_float_eq(i.hi, 175000e9, 1);
	i = pl_interval_scale(i, 2);
	cr_expect_float_eq(i.hi, 350000e9, 1);
}

Test(quantity, unit_slips)
{
	struct pl_target a = fig(PL_Q_GT, 8.59, 0, "đạt trên 8,59 triệu");
	struct pl_target b = fig(PL_Q_EQ, 8.596, 0, "đạt 8,596 ngàn đồng");
	struct pl_interval ia = pl_qty_interval(&a, 1e6, 0.1);
	struct pl_interval ib = pl_qty_interval(&b, 1e3, 0.1);

	cr_expect_eq(pl_qty_slip(ia, ib, 0.02), 3, "triệu for ngàn");
	cr_expect_eq(pl_qty_slip(ib, ia, 0.02), 3);
	b = fig(PL_Q_EQ, 8.59, 0, "8,59 đồng");
	ib = pl_qty_interval(&b, 1, 0.1);
	cr_expect_eq(pl_qty_slip(ia, ib, 0.02), 6, "triệu for đồng");
	/* "trên 6.220 căn" against 6.016: a mismatch, not a slip. */
	a = fig(PL_Q_GT, 6220, 0, "trên 6.220 căn");
	b = fig(PL_Q_EQ, 6016, 0, "6.016 căn");
	cr_expect_eq(pl_qty_slip(pl_qty_interval(&a, 1, 0.1),
	    pl_qty_interval(&b, 1, 0.1), 0.02), 0);
	/* 1.500 times off is no unit. */
	a = fig(PL_Q_EQ, 1500, 0, "1.500");
	b = fig(PL_Q_EQ, 1, 0, "1");
	cr_expect_eq(pl_qty_slip(pl_qty_interval(&a, 1, 0.1),
	    pl_qty_interval(&b, 1, 0.1), 0.02), 0);
	/* Figures that agree are no slip. */
	cr_expect_eq(pl_qty_slip(pl_qty_interval(&a, 1, 0.1),
	    pl_qty_interval(&a, 1, 0.1), 0.02), 0);
}

Test(quantity, figures_shown_the_vietnamese_way)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_target t = fig(PL_Q_EQ, 616565.83, 0, "");

	cr_expect_str_eq(pl_qty_format(a, 616565.83), "616.565,83");
	cr_expect_str_eq(pl_qty_format(a, 8.596), "8,596");
	cr_expect_str_eq(pl_qty_format(a, 6016), "6.016");
	cr_expect_str_eq(pl_qty_format(a, 3755949), "3.755.949");
	cr_expect_str_eq(pl_qty_format(a, 100), "100");
	cr_expect_str_eq(pl_qty_format(a, 0.75), "0,75");
	t.unit = "tỷ đồng";
	cr_expect_str_eq(pl_qty_show(a, &t), "616.565,83 tỷ đồng");
	t = fig(PL_Q_GT, 6220, 0, "");
	t.unit = "căn";
	cr_expect_str_eq(pl_qty_show(a, &t), "> 6.220 căn");
	t = fig(PL_Q_RANGE, 145000, 175000, "");
	t.unit = "tỷ đồng";
	cr_expect_str_eq(pl_qty_show(a, &t), "145.000–175.000 tỷ đồng");
	t = fig(PL_Q_GE, 11, 0, "");
	t.unit = "%";
	cr_expect_str_eq(pl_qty_show(a, &t), "≥ 11%");
	t = fig(PL_Q_EQ, 5, 0, "");
	t.unit = "hạng/34";
	cr_expect_str_eq(pl_qty_show(a, &t), "hạng 5/34");
	t = fig(PL_Q_LE, 20, 0, "");
	t.unit = "hạng";
	cr_expect_str_eq(pl_qty_show(a, &t), "hạng ≤ 20");
	t = fig(PL_Q_EQ, 0.75, 0, "");
	cr_expect_str_eq(pl_qty_show(a, &t), "0,75");
	pl_arena_free(a);
}
