/*
 * test_spawn.c: pl_spawn_run (spawn.c): stdout and stderr collected, the
 * wait status returned, and the failures: a program that cannot be run,
 * too much output, a timeout.
 */
#include <sys/wait.h>

#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>

#include "../../src/base/base.h"

static void
spawn_free(struct pl_spawn *sp)
{
	pl_buf_free(&sp->out);
	pl_buf_free(&sp->err);
}

Test(spawn, stdout_and_stderr_apart)
{
	char a0[] = "sh", a1[] = "-c",
	    a2[] = "printf 'a\\0b'; echo oops >&2; exit 3";
	char *const argv[] = { a0, a1, a2, NULL };
	struct pl_spawn sp = { .out_max = 1024, .err_max = 1024 };
	int st = pl_spawn_run(argv, &sp);

	cr_assert(st != -1);
	cr_assert(WIFEXITED(st));
	cr_assert_eq(WEXITSTATUS(st), 3);
	cr_assert_eq(sp.failed, PL_SPAWN_OK);
	cr_assert_eq(sp.out.len, 3);
	cr_assert(memcmp(sp.out.s, "a\0b", 3) == 0);
	cr_assert_str_eq(sp.err.s, "oops\n");
	spawn_free(&sp);
}

Test(spawn, no_shell_between)
{
	/* A shell would expand $HOME and the glob; execvp passes them on. */
	char a0[] = "printf", a1[] = "%s|%s", a2[] = "$HOME", a3[] = "*";
	char *const argv[] = { a0, a1, a2, a3, NULL };
	struct pl_spawn sp = { .out_max = 1024, .err_max = 1024 };

	cr_assert_eq(pl_spawn_run(argv, &sp), 0);
	cr_assert_str_eq(sp.out.s, "$HOME|*");
	spawn_free(&sp);
}

Test(spawn, stdin_is_empty)
{
	char a0[] = "cat";
	char *const argv[] = { a0, NULL };
	struct pl_spawn sp = { .out_max = 1024, .err_max = 1024 };

	cr_assert_eq(pl_spawn_run(argv, &sp), 0);
	cr_assert_eq(sp.out.len, 0);
	spawn_free(&sp);
}

Test(spawn, program_missing)
{
	char a0[] = "planlint-no-such-program";
	char *const argv[] = { a0, NULL };
	struct pl_spawn sp = { .out_max = 1024, .err_max = 1024 };

	cr_assert_eq(pl_spawn_run(argv, &sp), -1);
	cr_assert_eq(errno, ENOENT);
	cr_assert_eq(sp.failed, PL_SPAWN_EXEC);
	spawn_free(&sp);
}

Test(spawn, too_much_output)
{
	char a0[] = "head", a1[] = "-c", a2[] = "5000", a3[] = "/dev/zero";
	char *const argv[] = { a0, a1, a2, a3, NULL };
	struct pl_spawn sp = { .out_max = 4999, .err_max = 1024 };

	cr_assert_eq(pl_spawn_run(argv, &sp), -1);
	cr_assert_eq(errno, EFBIG);
	cr_assert_eq(sp.failed, PL_SPAWN_READ);
	spawn_free(&sp);

	sp = (struct pl_spawn){ .out_max = 5000, .err_max = 1024 };
	cr_assert_eq(pl_spawn_run(argv, &sp), 0);
	cr_assert_eq(sp.out.len, 5000);
	spawn_free(&sp);
}

Test(spawn, stderr_kept_to_its_start)
{
	char a0[] = "sh", a1[] = "-c", a2[] = "head -c 300000 /dev/zero >&2";
	char *const argv[] = { a0, a1, a2, NULL };
	struct pl_spawn sp = { .out_max = 1024, .err_max = 10 };

	cr_assert_eq(pl_spawn_run(argv, &sp), 0);
	cr_assert(sp.err.len >= 10 && sp.err.len < 300000);
	spawn_free(&sp);
}

Test(spawn, timeout_kills)
{
	char a0[] = "sleep", a1[] = "10";
	char *const argv[] = { a0, a1, NULL };
	struct pl_spawn sp = { .out_max = 1024, .err_max = 1024,
	    .timeout_ms = 100 };

	cr_assert_eq(pl_spawn_run(argv, &sp), -1);
	cr_assert_eq(errno, ETIMEDOUT);
	cr_assert_eq(sp.failed, PL_SPAWN_READ);
	spawn_free(&sp);
}
