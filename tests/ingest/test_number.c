/*
 * test_number.c: Vietnamese-format numbers (number.c): dots between
 * thousands, a comma before decimals, where a number stops.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "../../src/ingest/ingest_int.h"

struct num_case {
	const char	*s;
	bool		 ok;
	double		 value;
	size_t		 used;
};

static const struct num_case nums[] = {
	{ "616.565,83 tỷ đồng", true, 616565.83, 10 },
	{ "17.796,301", true, 17796.301, 10 },
	{ "3.755.949 người", true, 3755949, 9 },
	{ "8,9%", true, 8.9, 3 },
	{ "0,75;", true, 0.75, 4 },
	{ "05 năm", true, 5, 2 },
	{ "01", true, 1, 2 },
	{ "40.216 tỷ", true, 40216, 6 },
	{ "9.922", true, 9922, 5 },
	{ "8,596 ngàn đồng", true, 8.596, 5 },
	{ "630.370,27", true, 630370.27, 10 },
	{ "145.000 - 175.000", true, 145000, 7 },
	/* a dot not followed by a group of three is a decimal point */
	{ "1.5", true, 1.5, 3 },
	{ "2.75%", true, 2.75, 4 },
	{ "1234.5", true, 1234.5, 6 },
	{ "1234.567", true, 1234.567, 8 },
	/* where a number stops */
	{ "79%, trong đó", true, 79, 2 },
	{ "30.", true, 30, 2 },
	{ "30. Tiếp", true, 30, 2 },
	{ "100%", true, 100, 3 },
	{ "3.755.94", true, 3755, 5 },
	{ "2.000.5", true, 2000, 5 },
	{ "1,500.50", true, 1.5, 5 },
	{ "6.300 đô la", true, 6300, 5 },
	{ "11/34", true, 11, 2 },
	{ "12,", true, 12, 2 },
	{ "12.", true, 12, 2 },
	{ "7", true, 7, 1 },
	{ "1.000.000.000", true, 1e9, 13 },
	/* not numbers */
	{ "", false, 0, 0 },
	{ "-5", false, 0, 0 },
	{ ",5", false, 0, 0 },
	{ "đạt 5", false, 0, 0 },
	{ " 5", false, 0, 0 },
};

Test(number, table)
{
	for (size_t i = 0; i < PL_NELEM(nums); i++) {
		double v = -1;
		size_t used = 99;
		bool ok = pl_number_parse(nums[i].s, strlen(nums[i].s), &v,
		    &used);

		cr_expect_eq(ok, nums[i].ok, "\"%s\"", nums[i].s);
		cr_expect_eq(v, nums[i].value, "\"%s\": %.17g", nums[i].s, v);
		cr_expect_eq(used, nums[i].used, "\"%s\": used %zu", nums[i].s,
		    used);
	}
}

Test(number, bounded_by_n)
{
	double v;
	size_t used;

	/* The caller's n is the end even without a NUL. */
	cr_assert(pl_number_parse("40.216", 3, &v, &used));
	cr_assert_eq(v, 40);
	cr_assert_eq(used, 2);
	cr_assert(pl_number_parse("8,9", 2, &v, &used));
	cr_assert_eq(v, 8);
	cr_assert_eq(used, 1);
	cr_assert(!pl_number_parse("5", 0, &v, &used));
}

Test(number, exact_decimal_values)
{
	double v;
	size_t used;

	/* One rounding only: the same double as the literal. */
	pl_number_parse("99,54", 5, &v, &used);
	cr_assert_eq(v, 99.54);
	pl_number_parse("140,44", 6, &v, &used);
	cr_assert_eq(v, 140.44);
	pl_number_parse("0,3", 3, &v, &used);
	cr_assert_eq(v, 0.3);
}
