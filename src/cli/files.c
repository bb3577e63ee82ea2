/*
 * files.c: turning command-line arguments into a stable list of files:
 * directories walked recursively with --include/--exclude globs, globs
 * with "**", and absolute paths for config discovery and git.
 */
#define _GNU_SOURCE	/* FNM_CASEFOLD */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* The plans a directory walk picks by default (any case of the suffix). */
static const char *const default_include[] = {
	"*.txt", "*.md", "*.docx", "*.pdf",
};

void
pl_paths_add(struct pl_paths *p, char *path)
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

/* ---- Globs ---- */

/* Matches the components pat[0..np) against path[0..nn). */
static bool
match_parts(char **pat, size_t np, char **name, size_t nn, int flags)
{
	if (np == 0)
		return nn == 0;
	if (strcmp(pat[0], "**") == 0) {
		/* Zero or more whole components. */
		for (size_t skip = 0; skip <= nn; skip++)
			if (match_parts(pat + 1, np - 1, name + skip, nn - skip,
			    flags))
				return true;
		return false;
	}
	if (nn == 0 || fnmatch(pat[0], name[0], flags) != 0)
		return false;
	return match_parts(pat + 1, np - 1, name + 1, nn - 1, flags);
}

/* Splits s (modified) at '/' into v (at most max parts); empty parts go. */
static size_t
split(char *s, char **v, size_t max)
{
	size_t n = 0;

	for (char *p = strtok_r(s, "/", &s); p != NULL && n < max;
	    p = strtok_r(NULL, "/", &s))
		if (strcmp(p, ".") != 0)
			v[n++] = p;
	return n;
}

static bool
glob_match(const char *glob, const char *path, int flags)
{
	char *g, *p, *gv[64], *pv[256];
	const char *base;
	size_t ng, np;
	bool ok;

	while (path[0] == '.' && path[1] == '/')
		path += 2;
	if (strchr(glob, '/') == NULL) {
		base = strrchr(path, '/');
		return fnmatch(glob, base != NULL ? base + 1 : path, flags) ==
		    0;
	}
	g = pl_xstrdup(glob);
	p = pl_xstrdup(path);
	ng = split(g, gv, PL_NELEM(gv));
	np = split(p, pv, PL_NELEM(pv));
	ok = match_parts(gv, ng, pv, np, flags);
	free(g);
	free(p);
	return ok;
}

bool
pl_glob_match(const char *glob, const char *path)
{
	return glob_match(glob, path, 0);
}

/* ---- Absolute paths ---- */

char *
pl_path_abs(const char *path)
{
	struct pl_buf o = { 0 };
	char cwd[PATH_MAX];
	const char *p, *e;
	size_t n;

	if (path[0] != '/' && getcwd(cwd, sizeof(cwd)) != NULL)
		pl_buf_adds(&o, strcmp(cwd, "/") == 0 ? "" : cwd);
	/* Lexically: "." dropped, ".." takes the previous component. */
	for (p = path; *p != '\0'; p = e) {
		while (*p == '/')
			p++;
		if (*p == '\0')
			break;
		for (e = p; *e != '\0' && *e != '/'; e++)
			;
		n = (size_t)(e - p);
		if (n == 1 && p[0] == '.')
			continue;
		if (n == 2 && p[0] == '.' && p[1] == '.') {
			while (o.len > 0 && o.s[o.len - 1] != '/')
				o.len--;
			if (o.len > 0)
				o.len--;
			if (o.s != NULL)
				o.s[o.len] = '\0';
			continue;
		}
		pl_buf_addc(&o, '/');
		pl_buf_add(&o, p, n);
	}
	if (o.len == 0)
		pl_buf_addc(&o, '/');
	return pl_buf_take(&o);
}

char *
pl_path_parent(const char *abs)
{
	const char *slash = strrchr(abs, '/');

	if (slash == NULL || slash == abs)
		return pl_xstrdup("/");
	return pl_xstrndup(abs, (size_t)(slash - abs));
}

const char *
pl_path_under(const char *abs, const char *dir)
{
	size_t n = strlen(dir);

	if (strcmp(dir, "/") == 0)
		return abs[0] == '/' ? abs + 1 : NULL;
	if (strncmp(abs, dir, n) != 0 || abs[n] != '/')
		return NULL;
	return abs + n + 1;
}

/* ---- Walking ---- */

static bool
included(const struct pl_walk *w, const char *rel)
{
	if (w == NULL || w->ninclude == 0) {
		for (size_t i = 0; i < PL_NELEM(default_include); i++)
			if (glob_match(default_include[i], rel, FNM_CASEFOLD))
				return true;
		return false;
	}
	for (size_t i = 0; i < w->ninclude; i++)
		if (pl_glob_match(w->include[i], rel))
			return true;
	return false;
}

static bool
excluded(const struct pl_walk *w, const char *rel)
{
	for (size_t i = 0; w != NULL && i < w->nexclude; i++)
		if (pl_glob_match(w->exclude[i], rel))
			return true;
	return false;
}

/*
 * Adds the plan files below dir, recursively; rel is dir relative to the
 * argument that was walked ("" at the top), what the globs see.
 * Symbolic links to directories are not followed (no loops); links to
 * files are.  Hidden entries (".git", ".planlint.yaml") are skipped.
 */
static void
walk(const char *dir, const char *rel, const struct pl_walk *w,
    struct pl_paths *out)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	struct stat sb;
	char *path, *sub;
	size_t first = out->n;
	bool slash = dir[strlen(dir) - 1] == '/';

	if (d == NULL) {
		/* Unreadable: keep it so ingestion reports it by name. */
		pl_paths_add(out, pl_xstrdup(dir));
		return;
	}
	while ((e = readdir(d)) != NULL) {
		bool isdir = false, skip = false;

		if (e->d_name[0] == '.')
			continue;
		path = pl_xmalloc(strlen(dir) + strlen(e->d_name) + 2);
		sprintf(path, "%s%s%s", dir, slash ? "" : "/", e->d_name);
		sub = pl_xmalloc(strlen(rel) + strlen(e->d_name) + 2);
		sprintf(sub, "%s%s%s", rel, rel[0] != '\0' ? "/" : "",
		    e->d_name);
		if (lstat(path, &sb) == -1)
			isdir = false;	/* gone: ingestion reports it */
		else if (S_ISLNK(sb.st_mode))
			skip = stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
		else
			isdir = S_ISDIR(sb.st_mode);
		if (!skip && isdir && !excluded(w, sub))
			walk(path, sub, w, out);
		if (!skip && !isdir && included(w, sub) && !excluded(w, sub))
			pl_paths_add(out, path);
		else
			free(path);
		free(sub);
	}
	closedir(d);
	if (out->n - first > 1)
		qsort(out->v + first, out->n - first, sizeof(char *), cmp);
}

int
pl_paths_walk(char **args, int nargs, const struct pl_walk *w,
    struct pl_paths *out, struct pl_err *err)
{
	struct stat sb;

	for (int i = 0; i < nargs; i++) {
		if (strcmp(args[i], "-") == 0) {
			pl_paths_add(out, pl_xstrdup("-"));
			continue;
		}
		if (stat(args[i], &sb) == -1)
			return pl_err_set(err, PL_E_OPEN, args[i], 0, 0, "%s",
			    strerror(errno));
		if (S_ISDIR(sb.st_mode))
			walk(args[i], "", w, out);
		else if (!excluded(w, args[i]))
			pl_paths_add(out, pl_xstrdup(args[i]));
	}
	return 0;
}

int
pl_paths_collect(char **args, int nargs, struct pl_paths *out,
    struct pl_err *err)
{
	return pl_paths_walk(args, nargs, NULL, out, err);
}

void
pl_paths_free(struct pl_paths *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->v[i]);
	free(p->v);
	memset(p, 0, sizeof(*p));
}
