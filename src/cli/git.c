/*
 * git.c: --changed-since REV, the files git reports as changed since a
 * revision, for fast pre-commit and pull-request runs.  git runs without
 * a shell (fork and execvp), once per repository.
 */
#define _GNU_SOURCE	/* pipe2: descriptors born close-on-exec */
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* git's listing of one repository: ample for any real change set. */
#define OUT_MAX	(64 * 1024 * 1024)

char *
pl_repo_root(const char *dir)
{
	char *d = pl_xstrdup(dir), *git, *up;
	struct stat sb;

	for (;;) {
		git = pl_xmalloc(strlen(d) + 6);
		sprintf(git, "%s/.git", strcmp(d, "/") == 0 ? "" : d);
		if (stat(git, &sb) == 0) {
			free(git);
			return d;
		}
		free(git);
		if (strcmp(d, "/") == 0) {
			free(d);
			return NULL;
		}
		up = pl_path_parent(d);
		free(d);
		d = up;
	}
}

static void
close_pair(int p[2])
{
	for (int i = 0; i < 2; i++)
		if (p[i] != -1) {
			close(p[i]);
			p[i] = -1;
		}
}

/* Reads both pipes to their end; -1 when out grows past OUT_MAX. */
static int
drain(int fo, int fe, struct pl_buf *out, struct pl_buf *errs)
{
	struct pollfd p[2] = { { fo, POLLIN, 0 }, { fe, POLLIN, 0 } };
	char chunk[65536];
	ssize_t got;

	while (p[0].fd != -1 || p[1].fd != -1) {
		if (poll(p, 2, -1) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		for (int i = 0; i < 2; i++) {
			if (p[i].fd == -1 || p[i].revents == 0)
				continue;
			got = read(p[i].fd, chunk, sizeof(chunk));
			if (got == -1 && errno == EINTR)
				continue;
			if (got <= 0) {
				p[i].fd = -1;
				continue;
			}
			if (i == 0 && out->len + (size_t)got > OUT_MAX)
				return -1;
			if (i == 1 && errs->len > 4096)
				continue;	/* the first line is all we show */
			pl_buf_add(i == 0 ? out : errs, chunk, (size_t)got);
		}
	}
	return 0;
}

/* The first line of s (modified), for an error detail. */
static const char *
first_line(struct pl_buf *b)
{
	char *nl;

	if (b->s == NULL)
		return "";
	if ((nl = strchr(b->s, '\n')) != NULL)
		*nl = '\0';
	return b->s;
}

/* `git -C root diff --name-only -z --diff-filter=ACMR rev --` into out. */
static int
git_diff(const char *root, const char *rev, struct pl_buf *out,
    struct pl_err *err)
{
	char a0[] = "git", a1[] = "-C", a3[] = "diff", a4[] = "--name-only",
	    a5[] = "-z", a6[] = "--diff-filter=ACMR", a8[] = "--";
	/* execvp takes char *const[]: the strings are the child's to keep. */
	char *const argv[] = { a0, a1, (char *)root, a3, a4, a5, a6,
	    (char *)rev, a8, NULL };
	int po[2] = { -1, -1 }, pe[2] = { -1, -1 }, px[2] = { -1, -1 };
	int exec_errno = 0, devnull, status = 0, rc = -1;
	struct pl_buf errs = { 0 };
	ssize_t got;
	pid_t pid;

	if (pipe2(po, O_CLOEXEC) == -1 || pipe2(pe, O_CLOEXEC) == -1 ||
	    pipe2(px, O_CLOEXEC) == -1) {
		pl_err_set(err, PL_E_GIT, root, 0, 0, "pipe: %s",
		    strerror(errno));
		goto out;
	}
	if ((pid = fork()) == -1) {
		pl_err_set(err, PL_E_GIT, root, 0, 0, "fork: %s",
		    strerror(errno));
		goto out;
	}
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
		pl_err_set(err, PL_E_GIT, root, 0, 0, "git: %s",
		    strerror(exec_errno));
		goto out;
	}
	if (drain(po[0], pe[0], out, &errs) == -1) {
		kill(pid, SIGKILL);
		while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
			;
		pl_err_set(err, PL_E_GIT, root, 0, 0, "git diff: > %d byte",
		    OUT_MAX);
		goto out;
	}
	while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
		;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		pl_err_set(err, PL_E_GIT, root, 0, 0, "git diff %s: %s", rev,
		    first_line(&errs));
		goto out;
	}
	rc = 0;
out:
	close_pair(po);
	close_pair(pe);
	close_pair(px);
	pl_buf_free(&errs);
	return rc;
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds root/NAME for each NUL-terminated name of git's listing. */
static void
add_names(struct pl_paths *set, const char *root, const struct pl_buf *b)
{
	for (size_t i = 0; i < b->len; ) {
		const char *name = b->s + i;
		size_t n = strnlen(name, b->len - i);
		char *abs;

		if (n > 0) {
			abs = pl_xmalloc(strlen(root) + n + 2);
			sprintf(abs, "%s/%.*s", strcmp(root, "/") == 0 ? "" :
			    root, (int)n, name);
			pl_paths_add(set, abs);
		}
		i += n + 1;
	}
}

int
pl_git_filter_changed(struct pl_paths *paths, char **args, int nargs,
    const char *rev, struct pl_err *err)
{
	struct pl_paths roots = { 0 }, set = { 0 };
	struct pl_buf out = { 0 };
	struct stat sb;
	size_t k = 0;
	int rc = -1;

	if (rev[0] == '-' || rev[0] == '\0')
		return pl_err_set(err, PL_E_GIT, "", 0, 0,
		    "--changed-since '%s': not a revision", rev);
	for (int i = 0; i < nargs; i++) {
		char *abs, *dir, *root;
		bool seen = false;

		if (strcmp(args[i], "-") == 0)
			continue;
		abs = pl_path_abs(args[i]);
		dir = stat(abs, &sb) == 0 && S_ISDIR(sb.st_mode) ?
		    pl_xstrdup(abs) : pl_path_parent(abs);
		root = pl_repo_root(dir);
		free(abs);
		free(dir);
		if (root == NULL) {
			pl_err_set(err, PL_E_GIT, args[i], 0, 0,
			    "not in a git repository");
			goto out;
		}
		for (size_t r = 0; r < roots.n && !seen; r++)
			seen = strcmp(roots.v[r], root) == 0;
		if (seen) {
			free(root);
			continue;
		}
		pl_paths_add(&roots, root);
		pl_buf_reset(&out);
		if (git_diff(root, rev, &out, err) == -1)
			goto out;
		add_names(&set, root, &out);
	}
	if (set.n > 1)
		qsort(set.v, set.n, sizeof(char *), cmp);
	for (size_t i = 0; i < paths->n; i++) {
		char *abs = pl_path_abs(paths->v[i]);
		bool keep = strcmp(paths->v[i], "-") == 0 || (set.n > 0 &&
		    bsearch(&abs, set.v, set.n, sizeof(char *), cmp) != NULL);

		free(abs);
		if (keep)
			paths->v[k++] = paths->v[i];
		else
			free(paths->v[i]);
	}
	paths->n = k;
	rc = 0;
out:
	pl_buf_free(&out);
	pl_paths_free(&roots);
	pl_paths_free(&set);
	return rc;
}
