/*
 * git.c: --changed-since REV, the files git reports as changed since a
 * revision, for fast pre-commit and pull-request runs.  git runs without
 * a shell (pl_spawn_run), once per repository.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
git_diff(const char *root, const char *rev, struct pl_spawn *sp,
    struct pl_err *err)
{
	char a0[] = "git", a1[] = "-C", a3[] = "diff", a4[] = "--name-only",
	    a5[] = "-z", a6[] = "--diff-filter=ACMR", a8[] = "--";
	/* execvp takes char *const[]: the strings are the child's to keep. */
	char *const argv[] = { a0, a1, (char *)root, a3, a4, a5, a6,
	    (char *)rev, a8, NULL };
	int status;

	pl_buf_reset(&sp->err);
	if ((status = pl_spawn_run(argv, sp)) == -1) {
		switch (sp->failed) {
		case PL_SPAWN_EXEC:
			return pl_err_set(err, PL_E_GIT, root, 0, 0, "git: %s",
			    strerror(errno));
		case PL_SPAWN_READ:
			return pl_err_set(err, PL_E_GIT, root, 0, 0,
			    "git diff: > %d byte", OUT_MAX);
		default:
			return pl_err_set(err, PL_E_GIT, root, 0, 0, "%s: %s",
			    sp->failed == PL_SPAWN_PIPE ? "pipe" : "fork",
			    strerror(errno));
		}
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return pl_err_set(err, PL_E_GIT, root, 0, 0, "git diff %s: %s",
		    rev, first_line(&sp->err));
	return 0;
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
	struct pl_spawn sp = { .out_max = OUT_MAX, .err_max = 4096 };
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
		pl_buf_reset(&sp.out);
		if (git_diff(root, rev, &sp, err) == -1)
			goto out;
		add_names(&set, root, &sp.out);
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
	pl_buf_free(&sp.out);
	pl_buf_free(&sp.err);
	pl_paths_free(&roots);
	pl_paths_free(&set);
	return rc;
}
