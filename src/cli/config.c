/*
 * config.c: .planlint.yaml, a repository's settings for `planlint check`:
 * parsing (every error at file:line:col) and discovery, the nearest file
 * from a plan's directory up to the repository root.
 */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "cli.h"

/* Files larger than this are no configuration. */
#define CONFIG_MAX	(1024 * 1024)

int
pl_fail_on_parse(const char *s)
{
	enum pl_severity sev;

	if (strcmp(s, "never") == 0)
		return PL_FAIL_NEVER;
	if (pl_severity_parse(s, &sev) == -1)
		return -1;
	return (int)sev;
}

/* ---- Parsing ---- */

struct parse {
	struct pl_config	*c;
	yaml_document_t		*doc;
	const char		*file;
	struct pl_err		*err;
};

static int
node_err(struct parse *p, const yaml_node_t *n, const char *fmt, ...)
    PL_PRINTF(3, 4);

static int
node_err(struct parse *p, const yaml_node_t *n, const char *fmt, ...)
{
	char detail[sizeof(p->err->detail)];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(detail, sizeof(detail), fmt, ap);
	va_end(ap);
	return pl_err_set(p->err, PL_E_CONFIG, p->file,
	    (int)n->start_mark.line + 1, (int)n->start_mark.column + 1, "%s",
	    detail);
}

/* The text of scalar n in the config's arena, or NULL when no scalar. */
static const char *
scalar(struct parse *p, const yaml_node_t *n)
{
	if (n->type != YAML_SCALAR_NODE)
		return NULL;
	return pl_arena_strndup(p->c->arena, (const char *)n->data.scalar.value,
	    n->data.scalar.length);
}

static int
want_scalar(struct parse *p, const yaml_node_t *n, const char *key,
    const char **out)
{
	if ((*out = scalar(p, n)) == NULL)
		return node_err(p, n, "'%s' takes a single value", key);
	return 0;
}

/* A sequence of scalars (a lone scalar counts as a list of one). */
static int
want_list(struct parse *p, const yaml_node_t *n, const char *key,
    const char ***out, size_t *nout, const yaml_node_t ***nodes)
{
	size_t cap;

	if (n->type == YAML_SCALAR_NODE) {
		*out = pl_arena_alloc(p->c->arena, 2 * sizeof(**out));
		*nodes = pl_arena_alloc(p->c->arena, 2 * sizeof(**nodes));
		(*out)[0] = scalar(p, n);
		(*nodes)[0] = n;
		*nout = 1;
		return 0;
	}
	if (n->type != YAML_SEQUENCE_NODE)
		return node_err(p, n, "'%s' takes a list", key);
	cap = (size_t)(n->data.sequence.items.top -
	    n->data.sequence.items.start);
	*out = pl_arena_alloc(p->c->arena, (cap + 1) * sizeof(**out));
	*nodes = pl_arena_alloc(p->c->arena, (cap + 1) * sizeof(**nodes));
	*nout = 0;
	for (yaml_node_item_t *it = n->data.sequence.items.start;
	    it < n->data.sequence.items.top; it++) {
		yaml_node_t *v = yaml_document_get_node(p->doc, *it);

		if (((*out)[*nout] = scalar(p, v)) == NULL)
			return node_err(p, v, "the items of '%s' are single "
			    "values", key);
		(*nodes)[(*nout)++] = v;
	}
	return 0;
}

static int
parse_rules(struct parse *p, const yaml_node_t *n)
{
	struct pl_config *c = p->c;
	size_t cap;

	if (n->type != YAML_MAPPING_NODE)
		return node_err(p, n, "'rules' maps rule ids to off, error, "
		    "warning or info");
	cap = (size_t)(n->data.mapping.pairs.top - n->data.mapping.pairs.start);
	c->rules = pl_arena_alloc(c->arena, (cap + 1) * sizeof(*c->rules));
	c->rule_pos = pl_arena_alloc(c->arena, (cap + 1) * sizeof(*c->rule_pos));
	for (yaml_node_pair_t *kv = n->data.mapping.pairs.start;
	    kv < n->data.mapping.pairs.top; kv++) {
		yaml_node_t *k = yaml_document_get_node(p->doc, kv->key);
		yaml_node_t *v = yaml_document_get_node(p->doc, kv->value);
		struct pl_rule_override *o = &c->rules[c->nrules];
		const char *id = scalar(p, k), *s = scalar(p, v);

		if (id == NULL || id[0] == '\0')
			return node_err(p, k, "a rule id is expected");
		for (size_t i = 0; i < c->nrules; i++)
			if (strcmp(c->rules[i].id, id) == 0)
				return node_err(p, k, "rule '%s' is given twice",
				    id);
		o->id = id;
		if (s != NULL && strcmp(s, "off") == 0)
			o->off = true;
		else if (s == NULL || pl_severity_parse(s, &o->severity) == -1)
			return node_err(p, v, "rule '%s': '%s' is not off, "
			    "error, warning or info", id, s != NULL ? s : "");
		c->rule_pos[c->nrules].line = (int)k->start_mark.line + 1;
		c->rule_pos[c->nrules].col = (int)k->start_mark.column + 1;
		c->nrules++;
	}
	return 0;
}

static int
parse_packs(struct parse *p, const yaml_node_t *n)
{
	struct pl_config *c = p->c;
	const yaml_node_t **nodes;
	struct stat sb;

	if (want_list(p, n, "packs", &c->packs, &c->npacks, &nodes) == -1)
		return -1;
	for (size_t i = 0; i < c->npacks; i++) {
		const char *d = c->packs[i];
		char *abs;

		if (d[0] != '/')
			d = pl_arena_printf(c->arena, "%s/%s", c->dir, d);
		abs = pl_path_abs(d);
		c->packs[i] = pl_arena_strdup(c->arena, abs);
		free(abs);
		if (stat(c->packs[i], &sb) == -1 || !S_ISDIR(sb.st_mode))
			return node_err(p, nodes[i], "pack directory '%s' "
			    "not found", c->packs[i]);
	}
	return 0;
}

static int
parse_sixro(struct parse *p, const yaml_node_t *n)
{
	const char **keys;
	const yaml_node_t **nodes;
	size_t nkeys;

	if (want_list(p, n, "sixro", &keys, &nkeys, &nodes) == -1)
		return -1;
	p->c->sixro = 0;
	for (size_t i = 0; i < nkeys; i++) {
		unsigned bit = 0;

		for (int b = 0; b < PL_SIXRO_COUNT; b++)
			if (strcmp(keys[i], pl_sixro_key(1u << b)) == 0)
				bit = 1u << b;
		if (bit == 0)
			return node_err(p, nodes[i], "'%s' is not an element "
			    "of 06 rõ (viec, nguoi, bien_phap, thoi_gian, "
			    "tham_quyen, san_pham)", keys[i]);
		p->c->sixro |= bit;
	}
	p->c->has_sixro = true;
	return 0;
}

static int
parse_key(struct parse *p, const char *key, const yaml_node_t *v)
{
	struct pl_config *c = p->c;
	const yaml_node_t **nodes;
	const char *s;

	if (strcmp(key, "rules") == 0)
		return parse_rules(p, v);
	if (strcmp(key, "packs") == 0)
		return parse_packs(p, v);
	if (strcmp(key, "ignore") == 0)
		return want_list(p, v, key, &c->ignore, &c->nignore, &nodes);
	if (strcmp(key, "sixro") == 0)
		return parse_sixro(p, v);
	if (strcmp(key, "as_of") == 0 || strcmp(key, "as-of") == 0) {
		if (want_scalar(p, v, key, &s) == -1)
			return -1;
		if (pl_date_parse_iso(s, &c->as_of) == -1 || c->as_of.y == 0)
			return node_err(p, v, "'%s' is not a date YYYY-MM-DD",
			    s);
		return 0;
	}
	if (strcmp(key, "lang") == 0) {
		if (want_scalar(p, v, key, &s) == -1)
			return -1;
		if (strcmp(s, "vi") != 0 && strcmp(s, "en") != 0)
			return node_err(p, v, "lang '%s' is not vi or en", s);
		c->lang = s[0] == 'e' ? PL_LANG_EN : PL_LANG_VI;
		return 0;
	}
	if (strcmp(key, "fail_on") == 0 || strcmp(key, "fail-on") == 0) {
		if (want_scalar(p, v, key, &s) == -1)
			return -1;
		if ((c->fail_on = pl_fail_on_parse(s)) == -1)
			return node_err(p, v, "fail_on '%s' is not error, "
			    "warning, info or never", s);
		return 0;
	}
	return -2;
}

static int
parse_root(struct parse *p, const yaml_node_t *root)
{
	const char *seen[16];
	size_t nseen = 0;

	if (root == NULL || (root->type == YAML_SCALAR_NODE &&
	    root->data.scalar.length == 0))
		return 0;	/* an empty file: no settings */
	if (root->type != YAML_MAPPING_NODE)
		return node_err(p, root, "a map of settings is expected");
	for (yaml_node_pair_t *kv = root->data.mapping.pairs.start;
	    kv < root->data.mapping.pairs.top; kv++) {
		yaml_node_t *k = yaml_document_get_node(p->doc, kv->key);
		yaml_node_t *v = yaml_document_get_node(p->doc, kv->value);
		const char *key = scalar(p, k);
		int rc;

		if (key == NULL)
			return node_err(p, k, "a setting name is expected");
		for (size_t i = 0; i < nseen; i++)
			if (strcmp(seen[i], key) == 0)
				return node_err(p, k, "'%s' is given twice",
				    key);
		if (nseen < PL_NELEM(seen))
			seen[nseen++] = key;
		if ((rc = parse_key(p, key, v)) == -2)
			return node_err(p, k, "unknown setting '%s' (known: "
			    "rules, packs, ignore, as_of, sixro, lang, "
			    "fail_on)", key);
		if (rc == -1)
			return -1;
	}
	return 0;
}

static void
config_init(struct pl_config *c, const char *path)
{
	char *abs, *dir;

	memset(c, 0, sizeof(*c));
	c->arena = pl_arena_new();
	c->lang = -1;
	c->fail_on = -1;
	if (path == NULL)
		return;
	abs = pl_path_abs(path);
	dir = pl_path_parent(abs);
	c->path = pl_arena_strdup(c->arena, path);
	c->dir = pl_arena_strdup(c->arena, dir);
	free(dir);
	free(abs);
}

int
pl_config_parse(const char *path, const char *bytes, size_t n,
    struct pl_config *out, struct pl_err *err)
{
	yaml_parser_t parser;
	yaml_document_t doc;
	struct parse p = { out, &doc, path, err };
	int rc;

	config_init(out, path);
	if (!yaml_parser_initialize(&parser))
		(void)pl_xmalloc((size_t)-1);	/* aborts: out of memory */
	yaml_parser_set_input_string(&parser, (const unsigned char *)bytes, n);
	if (!yaml_parser_load(&parser, &doc)) {
		rc = pl_err_set(err, PL_E_CONFIG, path,
		    (int)parser.problem_mark.line + 1,
		    (int)parser.problem_mark.column + 1, "%s",
		    parser.problem != NULL ? parser.problem : "bad YAML");
		yaml_parser_delete(&parser);
		goto fail;
	}
	rc = parse_root(&p, yaml_document_get_root_node(&doc));
	yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	if (rc == 0)
		return 0;
fail:
	pl_config_free(out);
	return -1;
}

int
pl_config_load(const char *path, struct pl_config *out, struct pl_err *err)
{
	struct pl_buf b = { 0 };
	char chunk[8192];
	size_t n;
	FILE *f;
	int rc;

	if ((f = fopen(path, "rb")) == NULL)
		return pl_err_set(err, PL_E_OPEN, path, 0, 0, NULL);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0 &&
	    b.len <= CONFIG_MAX)
		pl_buf_add(&b, chunk, n);
	if (ferror(f)) {
		fclose(f);
		pl_buf_free(&b);
		return pl_err_set(err, PL_E_READ, path, 0, 0, NULL);
	}
	fclose(f);
	if (b.len > CONFIG_MAX) {
		pl_buf_free(&b);
		return pl_err_set(err, PL_E_TOO_BIG, path, 0, 0, "> %d byte",
		    CONFIG_MAX);
	}
	rc = pl_config_parse(path, b.s != NULL ? b.s : "", b.len, out, err);
	pl_buf_free(&b);
	return rc;
}

void
pl_config_free(struct pl_config *c)
{
	if (c->arena != NULL)
		pl_arena_free(c->arena);
	memset(c, 0, sizeof(*c));
}

int
pl_config_check_rules(const struct pl_config *c, const struct pl_ruleset *rs,
    struct pl_err *err)
{
	for (size_t i = 0; i < c->nrules; i++)
		if (pl_ruleset_find(rs, c->rules[i].id) == -1)
			return pl_err_set(err, PL_E_CONFIG, c->path,
			    c->rule_pos[i].line, c->rule_pos[i].col,
			    "unknown rule '%s' (see `planlint rules`)",
			    c->rules[i].id);
	return 0;
}

bool
pl_config_ignores(const struct pl_config *c, const char *abs)
{
	const char *rel;

	if (c->dir == NULL || (rel = pl_path_under(abs, c->dir)) == NULL)
		return false;
	for (size_t i = 0; i < c->nignore; i++)
		if (pl_glob_match(c->ignore[i], rel))
			return true;
	return false;
}

/* ---- Discovery ---- */

static bool
exists(const char *dir, const char *name)
{
	struct stat sb;
	char *p = pl_xmalloc(strlen(dir) + strlen(name) + 2);
	bool ok;

	sprintf(p, "%s%s%s", dir, strcmp(dir, "/") == 0 ? "" : "/", name);
	ok = stat(p, &sb) == 0;
	free(p);
	return ok;
}

static struct pl_config *
cached(const struct pl_configs *cs, const char *dir)
{
	for (size_t i = cs->ndirs; i > 0; i--)
		if (strcmp(cs->dirs[i - 1].dir, dir) == 0)
			return cs->dirs[i - 1].cfg;
	return NULL;
}

static void
remember(struct pl_configs *cs, char *dir, struct pl_config *c)
{
	if (cs->ndirs == cs->capdirs) {
		cs->capdirs = cs->capdirs ? cs->capdirs * 2 : 16;
		cs->dirs = pl_xrealloc(cs->dirs, cs->capdirs *
		    sizeof(*cs->dirs));
	}
	cs->dirs[cs->ndirs].dir = dir;
	cs->dirs[cs->ndirs++].cfg = c;
}

static struct pl_config *
add_config(struct pl_configs *cs)
{
	if (cs->n == cs->cap) {
		cs->cap = cs->cap ? cs->cap * 2 : 8;
		cs->v = pl_xrealloc(cs->v, cs->cap * sizeof(*cs->v));
	}
	return cs->v[cs->n++] = pl_xcalloc(1, sizeof(struct pl_config));
}

/* dir's config file as errors name it: relative to the current
 * directory when it lies below it, else absolute. */
static char *
shown(const char *dir)
{
	char *cwd = pl_path_abs("."), *path;
	const char *rel = pl_path_under(dir, cwd);

	if (strcmp(dir, cwd) == 0)
		path = pl_xstrdup(PL_CONFIG_NAME);
	else {
		if (rel == NULL)
			rel = dir;
		path = pl_xmalloc(strlen(rel) + sizeof(PL_CONFIG_NAME) + 1);
		sprintf(path, "%s%s%s", rel, strcmp(rel, "/") == 0 ? "" : "/",
		    PL_CONFIG_NAME);
	}
	free(cwd);
	return path;
}

struct pl_config *
pl_configs_none(struct pl_configs *cs)
{
	if (cs->none == NULL) {
		cs->none = add_config(cs);
		config_init(cs->none, NULL);
	}
	return cs->none;
}

int
pl_configs_find(struct pl_configs *cs, const char *file,
    struct pl_config **out, struct pl_err *err)
{
	bool in = strcmp(file, "-") == 0;
	char *abs = pl_path_abs(in ? "." : file);
	char *dir = in ? pl_xstrdup(abs) : pl_path_parent(abs), *path;
	struct pl_config *found = NULL;
	size_t first = cs->ndirs;

	free(abs);
	for (;;) {
		if ((found = cached(cs, dir)) != NULL) {
			free(dir);
			break;
		}
		remember(cs, dir, NULL);	/* cs owns dir from here */
		if (exists(dir, PL_CONFIG_NAME)) {
			path = shown(dir);
			found = add_config(cs);
			if (pl_config_load(path, found, err) == -1) {
				free(path);
				free(cs->v[--cs->n]);
				/* Forget the directories of this search. */
				while (cs->ndirs > first)
					free(cs->dirs[--cs->ndirs].dir);
				return -1;
			}
			free(path);
			break;
		}
		if (exists(dir, ".git") || strcmp(dir, "/") == 0) {
			found = pl_configs_none(cs);
			break;
		}
		dir = pl_path_parent(dir);
	}
	for (size_t i = first; i < cs->ndirs; i++)
		cs->dirs[i].cfg = found;
	*out = found;
	return 0;
}

void
pl_configs_free(struct pl_configs *cs)
{
	for (size_t i = 0; i < cs->n; i++) {
		pl_config_free(cs->v[i]);
		free(cs->v[i]);
	}
	for (size_t i = 0; i < cs->ndirs; i++)
		free(cs->dirs[i].dir);
	free(cs->v);
	free(cs->dirs);
	memset(cs, 0, sizeof(*cs));
}
