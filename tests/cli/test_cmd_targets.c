/*
 * test_cmd_targets.c: `planlint targets` (cmd_targets.c) as a user runs
 * it: two small plans side by side in each format, -o, --lang,
 * --only-mismatches, --bom, and the exit status of bad usage, a missing
 * file and rule packs without the target rules.
 */
#include "cli_test.h"

/* A provincial plan with three targets; b's figures given. */
static char *
plan_text(const char *symbol, const char *grdp, const char *forest,
    const char *coop)
{
	struct pl_buf b = { 0 };

	pl_buf_printf(&b, "TỈNH ỦY AN GIANG\n*\nSố %s\n"
	    "An Giang, ngày 3 tháng 12 năm 2025\n\nKẾ HOẠCH\n"
	    "thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030\n\n"
	    "I. MỤC TIÊU, CHỈ TIÊU\n"
	    "- Tổng sản phẩm trên địa bàn (GRDP) đến năm 2030 đạt %s tỷ đồng.\n"
	    "- Tỷ lệ che phủ rừng đạt %s%%.\n"
	    "- Tỷ lệ hợp tác xã nông nghiệp hoạt động hiệu quả đạt %s%%.\n",
	    symbol, grdp, forest, coop);
	return pl_buf_take(&b);
}

static void
plans(char *dir, size_t size)
{
	char *a = plan_text("12-KH/TU", "616.565,83", "8,90", "60");
	char *b = plan_text("15-KH/TU", "630.370,27", "8,9", "55");

	make_tmp(dir, size);
	put(dir, "a.txt", a);
	put(dir, "b.txt", b);
	free(a);
	free(b);
}

Test(cmd_targets, text_by_default)
{
	char dir[64], *out;

	plans(dir, sizeof(dir));
	cr_expect_eq(run_in(dir, "targets a.txt b.txt", false, &out), 0);
	cr_expect_not_null(strstr(out, "Chỉ tiêu của 2 văn bản: 3 dòng, 2 dòng "
	    "có số liệu không khớp\n"), "%s", out);
	cr_expect_not_null(strstr(out, "  [1] a.txt: KẾ HOẠCH số 12-KH/TU"));
	cr_expect_not_null(strstr(out, "616.565,83 tỷ đồng (10) ≠"), "%s", out);
	cr_expect_not_null(strstr(out, "55% (12) ~≠"), "%s", out);
	cr_expect_not_null(strstr(out, "Ký hiệu:\n"));
	free(out);
	rm_tmp(dir);
}

Test(cmd_targets, formats_and_options)
{
	char dir[64], *out, *file;

	plans(dir, sizeof(dir));
	cr_expect_eq(run_in(dir, "targets --format md --only-mismatches "
	    "a.txt b.txt", false, &out), 0);
	cr_expect_not_null(strstr(out, "| Chỉ tiêu | Năm | [1] | [2] |\n"));
	cr_expect_null(strstr(out, "che phủ"), "%s", out);
	free(out);
	cr_expect_eq(run_in(dir, "targets --format json a.txt b.txt", false,
	    &out), 0);
	cr_expect_not_null(strstr(out, "\"schema\": \"planlint.targets/1\""));
	cr_expect_not_null(strstr(out, "\"key\": \"forest_cover\""));
	free(out);
	cr_expect_eq(run_in(dir, "targets --format csv --bom --lang en "
	    "-o m.csv a.txt b.txt", false, &out), 0);
	cr_expect_str_eq(out, "");
	free(out);
	file = slurp(dir, "m.csv");
	cr_assert_not_null(file);
	cr_expect(strncmp(file, "\xEF\xBB\xBFIndicator,Key,", 17) == 0, "%s",
	    file);
	cr_expect_not_null(strstr(file, ",10,differs,"));
	free(file);
	rm_tmp(dir);
}

Test(cmd_targets, errors)
{
	char dir[64], *out;

	plans(dir, sizeof(dir));
	cr_expect_eq(run_in(dir, "targets --format xml a.txt", true, &out), 2);
	cr_expect_not_null(strstr(out, "--format xml"), "%s", out);
	free(out);
	cr_expect_eq(run_in(dir, "targets", true, &out), 2);
	cr_expect_not_null(strstr(out, "usage: planlint targets"));
	free(out);
	cr_expect_eq(run_in(dir, "targets --help", false, &out), 0);
	cr_expect_not_null(strstr(out, "usage: planlint targets"));
	free(out);
	/* A file that is not there: nothing shown. */
	cr_expect_eq(run_in(dir, "targets a.txt no.txt", true, &out), 2);
	cr_expect_not_null(strstr(out, "no.txt: lỗi: "), "%s", out);
	cr_expect_null(strstr(out, "Chỉ tiêu của"), "%s", out);
	free(out);
	/* One that cannot be read: reported, the others still shown. */
	put(dir, "empty.txt", "");
	cr_expect_eq(run_in(dir, "targets a.txt empty.txt", true, &out), 2);
	cr_expect_not_null(strstr(out, "empty.txt: lỗi: "), "%s", out);
	cr_expect_not_null(strstr(out, "Chỉ tiêu của 1 văn bản"), "%s", out);
	free(out);
	/* Packs without the target rules and the indicator registry. */
	put(dir, "packs/p.yaml", "rules:\n  - id: x.y\n    severity: info\n"
	    "    applies_to: document\n    kind: pattern\n"
	    "    params: {pattern: 'x'}\n    message: m\n");
	cr_expect_eq(run_in(dir, "targets --no-default-rules --rules packs "
	    "a.txt", true, &out), 2);
	cr_expect_not_null(strstr(out, "no target rule"), "%s", out);
	free(out);
	rm_tmp(dir);
}
