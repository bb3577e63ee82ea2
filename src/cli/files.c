/*
 * files.c: turning command-line arguments into a stable list of files.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void
add(struct pl_paths *p, char *path)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 16;
		p->v = pl_xrealloc(p->v, p->cap * sizeof(char *));
	}
	p->v[p->n++] = path;
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool
wanted(const char *name)
{
	size_t n = strlen(name);

	if (name[0] == '.')
		return false;
	return (n > 4 && strcmp(name + n - 4, ".txt") == 0) ||
	    (n > 3 && strcmp(name + n - 3, ".md") == 0);
}

/* Adds the plan files below dir, recursively. */
static void
walk(const char *dir, struct pl_paths *out)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	struct stat sb;
	char *path;
	size_t first = out->n;

	if (d == NULL) {
		/* Unreadable: keep it so ingestion reports it by name. */
		add(out, pl_xstrdup(dir));
		return;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		path = pl_xmalloc(strlen(dir) + strlen(e->d_name) + 2);
		sprintf(path, "%s%s%s", dir,
		    dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
		if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
			walk(path, out);
			free(path);
		} else if (wanted(e->d_name))
			add(out, path);
		else
			free(path);
	}
	closedir(d);
	qsort(out->v + first, out->n - first, sizeof(char *), cmp);
}

int
pl_paths_collect(char **args, int nargs, struct pl_paths *out,
    struct pl_err *err)
{
	struct stat sb;

	for (int i = 0; i < nargs; i++) {
		if (strcmp(args[i], "-") == 0) {
			add(out, pl_xstrdup("-"));
			continue;
		}
		if (stat(args[i], &sb) == -1)
			return pl_err_set(err, PL_E_OPEN, args[i], 0, 0, "%s",
			    strerror(errno));
		if (S_ISDIR(sb.st_mode))
			walk(args[i], out);
		else
			add(out, pl_xstrdup(args[i]));
	}
	return 0;
}

void
pl_paths_free(struct pl_paths *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->v[i]);
	free(p->v);
	memset(p, 0, sizeof(*p));
}
