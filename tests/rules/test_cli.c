/*
 * test_cli.c: `planlint check`, `rules` and `explain` end to end, run as
 * the binary next to this test binary: exit statuses 0/1/2, --fail-on, a
 * user pack in a temporary directory, pack errors and the regex limit.
 * Skipped when the binary has not been built.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "rules_test.h"

static char bin[PATH_MAX];
static char dir[64];

static void
setup(void)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	FILE *f;
	char path[128];

	cr_assert_gt(n, 0);
	exe[n] = '\0';
	snprintf(bin, sizeof(bin), "%s/planlint", dirname(exe));
	strcpy(dir, "/tmp/planlint-cli-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/plan.txt", dir);
	f = fopen(path, "w");
	fputs("KẾ HOẠCH\nTriển khai họp bàn về du lịch.\nHết.\n", f);
	fclose(f);
	snprintf(path, sizeof(path), "%s/pack", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/pack/mine.yaml", dir);
	f = fopen(path, "w");
	fputs("rules:\n"
	    "  - id: local.meeting\n"
	    "    severity: warning\n"
	    "    applies_to: document\n"
	    "    kind: pattern\n"
	    "    params: {pattern: 'họp\\s+bàn'}\n"
	    "    message: \"Chỉ là họp bàn: {match}\"\n"
	    "    description: \"Mô tả quy tắc họp bàn\"\n", f);
	fclose(f);
}

static void
teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		cr_log_warn("could not remove %s", dir);
}

TestSuite(cli, .init = setup, .fini = teardown, .timeout = 60);

/* Runs planlint with args (a shell fragment; %D is the temp dir); returns
 * its exit status and its stdout (and stderr when merge) in *out. */
static int
run_cli(const char *args, bool merge, char **out)
{
	struct pl_buf c = { 0 }, b = { 0 };
	const char *p;
	char chunk[4096];
	size_t n;
	FILE *f;
	int st;

	if (access(bin, X_OK) != 0)
		cr_skip_test("%s is not built", bin);
	pl_buf_printf(&c, "cd '%s' && '%s' ", dir, bin);
	for (p = args; *p != '\0'; p++)
		if (p[0] == '%' && p[1] == 'D') {
			pl_buf_adds(&c, dir);
			p++;
		} else
			pl_buf_addc(&c, *p);
	pl_buf_adds(&c, merge ? " 2>&1" : " 2>/dev/null");
	f = popen(c.s, "r");
	pl_buf_free(&c);
	cr_assert_not_null(f);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		pl_buf_add(&b, chunk, n);
	st = pclose(f);
	*out = pl_buf_take(&b);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

Test(cli, user_pack_and_exit_statuses)
{
	char *out;

	cr_assert_eq(run_cli("check --rules pack --no-default-rules plan.txt",
	    false, &out), 0);
	cr_assert_not_null(strstr(out, "plan.txt:2:12: cảnh báo: Chỉ là họp "
	    "bàn: họp bàn [local.meeting]"), "%s", out);
	free(out);
	cr_assert_eq(run_cli("check --rules pack --no-default-rules "
	    "--fail-on warning plan.txt", false, &out), 1);
	free(out);
	cr_assert_eq(run_cli("check --rules pack --no-default-rules "
	    "--fail-on info --lang en .", false, &out), 1);
	cr_assert_not_null(strstr(out, "warning"));
	free(out);
	cr_assert_eq(run_cli("check --rules pack --no-default-rules "
	    "--fail-on never plan.txt", false, &out), 0);
	free(out);
	/* With the shipped packs as well. */
	cr_assert_eq(run_cli("check --rules pack --fail-on warning plan.txt",
	    false, &out), 1);
	cr_assert_not_null(strstr(out, "[local.meeting]"));
	free(out);
}

Test(cli, json_output)
{
	char *out;

	cr_assert_eq(run_cli("check --format json --rules pack "
	    "--no-default-rules plan.txt", false, &out), 0);
	cr_assert_not_null(strstr(out, "\"schema\": \"planlint.check/1\""));
	cr_assert_not_null(strstr(out, "\"rule\": \"local.meeting\""));
	cr_assert_not_null(strstr(out, "\"warnings\": 1"));
	free(out);
}

Test(cli, usage_and_input_errors_are_2)
{
	char *out;

	cr_assert_eq(run_cli("check --fail-on sometimes plan.txt", true, &out),
	    2);
	free(out);
	cr_assert_eq(run_cli("check --format xml plan.txt", true, &out), 2);
	free(out);
	cr_assert_eq(run_cli("check --as-of 2025-13-40 plan.txt", true, &out),
	    2);
	free(out);
	cr_assert_eq(run_cli("check missing.txt", true, &out), 2);
	free(out);
	cr_assert_eq(run_cli("check", true, &out), 2);
	free(out);
}

Test(cli, bad_pack_is_2_with_position)
{
	char *out;
	FILE *f;
	char path[128];

	snprintf(path, sizeof(path), "%s/bad", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/bad/x.yaml", dir);
	f = fopen(path, "w");
	fputs("rules:\n  - id: x.y\n    severity: loud\n    kind: table\n"
	    "    message: m\n", f);
	fclose(f);
	cr_assert_eq(run_cli("check --rules bad plan.txt", true, &out), 2);
	cr_assert_not_null(strstr(out, "bad/x.yaml:3:15:"), "%s", out);
	cr_assert_not_null(strstr(out, "[x.y] bad severity 'loud'"), "%s", out);
	free(out);
}

Test(cli, catastrophic_pattern_is_2)
{
	char *out;
	FILE *f;
	char path[128];

	snprintf(path, sizeof(path), "%s/slow", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/slow/s.yaml", dir);
	f = fopen(path, "w");
	fputs("rules:\n  - id: user.slow\n    severity: info\n"
	    "    applies_to: document\n    kind: pattern\n"
	    "    params: {pattern: '(a+)+$'}\n    message: m\n", f);
	fclose(f);
	snprintf(path, sizeof(path), "%s/aaa.txt", dir);
	f = fopen(path, "w");
	for (int i = 0; i < 3000; i++)
		fputc('a', f);
	fputs("!\n", f);
	fclose(f);
	cr_assert_eq(run_cli("check --rules slow --no-default-rules aaa.txt",
	    true, &out), 2);
	cr_assert_not_null(strstr(out, "[user.slow]"), "%s", out);
	cr_assert_not_null(strstr(out, "[regex-limit]"), "%s", out);
	free(out);
}

Test(cli, rules_and_explain)
{
	char *out;

	cr_assert_eq(run_cli("rules --rules pack", false, &out), 0);
	cr_assert_not_null(strstr(out, "local.meeting"));
	cr_assert_not_null(strstr(out, "task.missing-lead"));
	free(out);
	cr_assert_eq(run_cli("rules --format json --rules pack "
	    "--no-default-rules", false, &out), 0);
	cr_assert_not_null(strstr(out, "\"id\": \"local.meeting\""));
	free(out);
	cr_assert_eq(run_cli("explain --rules pack local.meeting", false, &out),
	    0);
	cr_assert_not_null(strstr(out, "Mô tả quy tắc họp bàn"));
	free(out);
	cr_assert_eq(run_cli("explain task.missing-lead", false, &out), 0);
	cr_assert_not_null(strstr(out, "Ví dụ:"));
	free(out);
	cr_assert_eq(run_cli("explain no.such-rule", true, &out), 2);
	cr_assert_not_null(strstr(out, "no.such-rule"));
	free(out);
}
