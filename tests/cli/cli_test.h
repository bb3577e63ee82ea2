/*
 * cli_test.h: helpers for the CLI tests: a temporary directory per test,
 * files written into it, and the planlint binary (next to the test
 * binary) run in it.
 */
#ifndef PL_CLI_TEST_H
#define PL_CLI_TEST_H

#include <sys/stat.h>
#include <sys/wait.h>

#include <criterion/criterion.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/cli/cli.h"

/* A new temporary directory (absolute) in dir[]; removed by rm_tmp. */
static inline void
make_tmp(char *dir, size_t size)
{
	snprintf(dir, size, "/tmp/planlint-clitest-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
}

static inline void
rm_tmp(const char *dir)
{
	char cmd[PATH_MAX + 16];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		cr_log_warn("could not remove %s", dir);
}

/* Writes text to dir/rel, making the directories on the way. */
static inline void
put(const char *dir, const char *rel, const char *text)
{
	char path[PATH_MAX];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, rel);
	for (char *p = path + strlen(dir) + 1; *p != '\0'; p++)
		if (*p == '/') {
			*p = '\0';
			mkdir(path, 0755);
			*p = '/';
		}
	f = fopen(path, "w");
	cr_assert_not_null(f, "%s", path);
	fputs(text, f);
	fclose(f);
}

/* The contents of dir/rel (malloc'd), or NULL when it cannot be read. */
static inline char *
slurp(const char *dir, const char *rel)
{
	struct pl_buf b = { 0 };
	char path[PATH_MAX], chunk[4096];
	size_t n;
	FILE *f;

	if (dir != NULL)
		snprintf(path, sizeof(path), "%s/%s", dir, rel);
	else
		snprintf(path, sizeof(path), "%s", rel);
	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		pl_buf_add(&b, chunk, n);
	fclose(f);
	return pl_buf_take(&b);
}

/* The planlint binary next to the test binary; the test is skipped when
 * it has not been built. */
static inline const char *
planlint_bin(void)
{
	static char bin[PATH_MAX];
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);

	cr_assert_gt(n, 0);
	exe[n] = '\0';
	snprintf(bin, sizeof(bin), "%s/planlint", dirname(exe));
	if (access(bin, X_OK) != 0)
		cr_skip_test("%s is not built", bin);
	return bin;
}

/*
 * Runs `cd DIR && planlint ARGS` through the shell (ARGS is a shell
 * fragment; %R stands for the repository root, where the tests run);
 * returns the exit status and stdout (plus stderr when merge) in *out.
 */
static inline int
run_in(const char *dir, const char *args, bool merge, char **out)
{
	struct pl_buf c = { 0 }, b = { 0 };
	char root[PATH_MAX], chunk[4096];
	const char *bin = planlint_bin();
	size_t n;
	FILE *f;
	int st;

	cr_assert_not_null(getcwd(root, sizeof(root)));
	pl_buf_printf(&c, "cd '%s' && '%s' ", dir, bin);
	for (const char *p = args; *p != '\0'; p++)
		if (p[0] == '%' && p[1] == 'R') {
			pl_buf_adds(&c, root);
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

/* Number of times needle occurs in hay. */
static inline int
count_of(const char *hay, const char *needle)
{
	int n = 0;

	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

/*
 * A small plan in the shape of the seeds' assignment tables: a header,
 * `extra` (text added above the tasks; NULL: none), then one TAB row per
 * task.  Row i has no deadline when i % 3 == 0 (a task.missing-deadline
 * error) and a vague one when i % 3 == 1.
 */
static inline char *
synthetic_plan(int ntasks, const char *extra)
{
	struct pl_buf b = { 0 };

	pl_buf_printf(&b, "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/KH-UBND\n"
	    "An Giang, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
	    "Triển khai nhiệm vụ năm 2026\n\n%s"
	    "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
	    "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\t"
	    "Thời gian hoàn thành\tSản phẩm\n",
	    extra != NULL ? extra : "");
	for (int i = 1; i <= ntasks; i++)
		pl_buf_printf(&b, "%d\tXây dựng đề án số %d về chuyển đổi số\t"
		    "Sở Tài chính\tSở Nội vụ\t%s\tĐề án số %d\n", i, i,
		    i % 3 == 0 ? "" : i % 3 == 1 ? "kịp thời" :
		    "Quý II/2026", i);
	return pl_buf_take(&b);
}

#endif /* PL_CLI_TEST_H */
