/*
 * spawn.c: runs a program without a shell (fork and execvp) and collects
 * what it writes, for the helper tools planlint drives (git, pdftotext).
 */
#define _GNU_SOURCE	/* pipe2: descriptors born close-on-exec */
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include "base.h"

static long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void
close_pair(int fd[2])
{
	for (int i = 0; i < 2; i++)
		if (fd[i] != -1) {
			close(fd[i]);
			fd[i] = -1;
		}
}

/* Reads the child's stdout and stderr until both close; -1 with errno
 * (EFBIG past out_max, ETIMEDOUT past the timeout, else poll's). */
static int
drain(int out, int errfd, struct pl_spawn *sp)
{
	struct pollfd pf[2] = { { out, POLLIN, 0 }, { errfd, POLLIN, 0 } };
	long deadline = now_ms() + sp->timeout_ms, left = -1;
	char chunk[65536];
	ssize_t got;
	int open = 2;

	while (open > 0) {
		if (sp->timeout_ms > 0 && (left = deadline - now_ms()) <= 0) {
			errno = ETIMEDOUT;
			return -1;
		}
		if (poll(pf, 2, (int)left) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		for (int i = 0; i < 2; i++) {
			if (pf[i].fd == -1 || pf[i].revents == 0)
				continue;
			got = read(pf[i].fd, chunk, sizeof(chunk));
			if (got == -1 && errno == EINTR)
				continue;
			if (got <= 0) {
				pf[i].fd = -1;
				open--;
			} else if (i == 0) {
				pl_buf_add(&sp->out, chunk, (size_t)got);
				if (sp->out.len > sp->out_max) {
					errno = EFBIG;
					return -1;
				}
			} else if (sp->err.len < sp->err_max)
				pl_buf_add(&sp->err, chunk, (size_t)got);
		}
	}
	return 0;
}

int
pl_spawn_run(char *const argv[], struct pl_spawn *sp)
{
	int po[2] = { -1, -1 }, pe[2] = { -1, -1 }, px[2] = { -1, -1 };
	int exec_errno = 0, devnull, status = 0, rc = -1, saved;
	ssize_t got;
	pid_t pid;

	sp->failed = PL_SPAWN_PIPE;
	if (pipe2(po, O_CLOEXEC) == -1 || pipe2(pe, O_CLOEXEC) == -1 ||
	    pipe2(px, O_CLOEXEC) == -1)
		goto out;
	sp->failed = PL_SPAWN_FORK;
	if ((pid = fork()) == -1)
		goto out;
	if (pid == 0) {
		/* The child: only async-signal-safe calls until exec. */
		devnull = open("/dev/null", O_RDONLY);
		if (devnull != -1)
			dup2(devnull, 0);
		dup2(po[1], 1);
		dup2(pe[1], 2);
		execvp(argv[0], argv);
		exec_errno = errno;
		got = write(px[1], &exec_errno, sizeof(exec_errno));
		(void)got;
		_exit(127);
	}
	close(po[1]);
	close(pe[1]);
	close(px[1]);
	po[1] = pe[1] = px[1] = -1;
	/* The status pipe closes on a successful exec, else brings errno. */
	do
		got = read(px[0], &exec_errno, sizeof(exec_errno));
	while (got == -1 && errno == EINTR);
	if (got == (ssize_t)sizeof(exec_errno)) {
		while (waitpid(pid, NULL, 0) == -1 && errno == EINTR)
			;
		sp->failed = PL_SPAWN_EXEC;
		errno = exec_errno;
		goto out;
	}
	sp->failed = PL_SPAWN_READ;
	if (drain(po[0], pe[0], sp) == -1) {
		saved = errno;
		kill(pid, SIGKILL);
		while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
			;
		errno = saved;
		goto out;
	}
	while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
		;
	sp->failed = PL_SPAWN_OK;
	rc = status;
out:
	saved = errno;
	close_pair(po);
	close_pair(pe);
	close_pair(px);
	errno = saved;
	return rc;
}
