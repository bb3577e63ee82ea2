/*
 * pack.c: YAML rule packs -> a rule set.  Reads each pack into a tree of
 * struct pl_yval (ytree.c), checks every key, and hands each rule to its
 * kind's prepare function; also describes the rules for listing.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules_int.h"

#define MAX_PACK	(8 * 1024 * 1024)

static const char *const pack_keys[] = {
	"pack", "description", "data", "rules", NULL,
};

static const char *const rule_keys[] = {
	"id", "severity", "applies_to", "kind", "params", "message", "hint",
	"summary", "description", "examples", "sixro", "enabled", NULL,
};

static const char *const applies_names[] = {
	[PL_APPLY_TASK] = "task",
	[PL_APPLY_TARGET] = "target",
	[PL_APPLY_CITATION] = "citation",
	[PL_APPLY_DOCUMENT] = "document",
};

struct loader {
	struct pl_ruleset	*rs;
	const char		*file;	/* in the rule set arena */
	size_t			 first;	/* first rule of the current directory */
	struct pl_err		*err;
};

const struct pl_yval *
pl_ruleset_data(const struct pl_ruleset *rs, const char *name, size_t *iter)
{
	for (; *iter < rs->ndata; (*iter)++)
		if (strcmp(rs->data[*iter].name, name) == 0)
			return rs->data[(*iter)++].val;
	return NULL;
}

size_t
pl_ruleset_count_data(const struct pl_ruleset *rs, const char *name)
{
	size_t iter = 0, n = 0;

	while (pl_ruleset_data(rs, name, &iter) != NULL)
		n++;
	return n;
}

const void *
pl_rule_earlier(const struct pl_ruleset *rs, const struct pl_rule *r,
    bool (*same)(const void *data, const void *arg), const void *arg)
{
	for (size_t i = 0; i < rs->nrules; i++)
		if (rs->rules[i].kind == r->kind && rs->rules[i].data != NULL &&
		    same(rs->rules[i].data, arg))
			return rs->rules[i].data;
	return NULL;
}

struct pl_rule *
pl_rule_variant(struct pl_ruleset *rs, const struct pl_rule *r,
    const char *msg_key, const char *hint_key)
{
	const struct pl_yval *v = pl_y_get(r->params, msg_key);
	struct pl_rule *copy;

	if (v == NULL)
		return NULL;
	copy = pl_arena_alloc(rs->arena, sizeof(*copy));
	*copy = *r;
	pl_y_lang(v, copy->message);
	if ((v = pl_y_get(r->params, hint_key)) != NULL)
		pl_y_lang(v, copy->hint);
	return copy;
}


/* ---- Validation ---- */

static bool
in_list(const char *const *list, const char *s)
{
	for (; list != NULL && *list != NULL; list++)
		if (strcmp(*list, s) == 0)
			return true;
	return false;
}

/* Rejects keys of map m that are not in allowed.  r may be NULL. */
static int
check_keys(struct loader *ld, const struct pl_rule *r,
    const struct pl_yval *m, const char *const *allowed, const char *what)
{
	for (size_t i = 0; i < m->n; i++) {
		if (in_list(allowed, m->keys[i]))
			continue;
		if (r != NULL)
			return pl_rule_err(r, &m->v[i], ld->err, PL_E_RULE,
			    "unknown key '%s' in %s", m->keys[i], what);
		return pl_err_set(ld->err, PL_E_RULE, ld->file, m->v[i].line,
		    m->v[i].col, "unknown key '%s' in %s", m->keys[i], what);
	}
	return 0;
}

static bool
valid_id(const char *s)
{
	bool dot = false;

	if (*s == '\0' || *s == '.' || *s == '-')
		return false;
	for (const char *p = s; *p != '\0'; p++) {
		if (*p == '.') {
			if (p[1] == '\0' || p[1] == '.')
				return false;
			dot = true;
		} else if (!((*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
			return false;
	}
	return dot;
}

/* A text in two languages: a scalar (Vietnamese) or {vi: .., en: ..}. */
static int
lang_text(struct loader *ld, const struct pl_rule *r,
    const struct pl_yval *v, const char *key, const char *out[2],
    bool required)
{
	static const char *const langs[] = { "vi", "en", NULL };

	out[0] = out[1] = NULL;
	if (v == NULL) {
		if (required)
			return pl_rule_err(r, NULL, ld->err, PL_E_RULE,
			    "missing '%s'", key);
		return 0;
	}
	if (v->type == PL_Y_SCALAR) {
		out[PL_LANG_VI] = v->str;
		return 0;
	}
	if (v->type != PL_Y_MAP)
		return pl_rule_err(r, v, ld->err, PL_E_RULE,
		    "'%s' must be a text or a map with 'vi' and 'en'", key);
	if (check_keys(ld, r, v, langs, key) == -1)
		return -1;
	out[PL_LANG_VI] = pl_y_str(pl_y_get(v, "vi"), NULL);
	out[PL_LANG_EN] = pl_y_str(pl_y_get(v, "en"), NULL);
	if (out[PL_LANG_VI] == NULL && required)
		return pl_rule_err(r, v, ld->err, PL_E_RULE,
		    "'%s' needs a Vietnamese text ('vi')", key);
	if (out[PL_LANG_VI] == NULL)
		out[PL_LANG_VI] = out[PL_LANG_EN];
	return 0;
}

static int
parse_sixro(struct loader *ld, struct pl_rule *r, const struct pl_yval *v)
{
	const struct pl_yval *items = v;
	size_t n = 1;

	if (v == NULL)
		return 0;
	if (v->type == PL_Y_SEQ) {
		items = v->v;
		n = v->n;
	}
	for (size_t i = 0; i < n; i++) {
		const char *s = pl_y_str(&items[i], "");
		unsigned bit = 0;

		for (int b = 0; b < PL_SIXRO_COUNT; b++)
			if (strcmp(s, pl_sixro_key((enum pl_sixro)(1u << b))) == 0)
				bit = 1u << b;
		if (bit == 0)
			return pl_rule_err(r, &items[i], ld->err, PL_E_RULE,
			    "unknown 06 rõ element '%s' (viec, nguoi, bien_phap, "
			    "thoi_gian, tham_quyen, san_pham)", s);
		r->sixro |= bit;
	}
	return 0;
}

static int
parse_examples(struct loader *ld, struct pl_rule *r, const struct pl_yval *v)
{
	static const char *const keys[] = { "bad", "good", "note", NULL };

	if (v == NULL)
		return 0;
	if (v->type != PL_Y_SEQ)
		return pl_rule_err(r, v, ld->err, PL_E_RULE,
		    "'examples' must be a list");
	r->examples = pl_arena_alloc(ld->rs->arena,
	    (v->n + 1) * sizeof(*r->examples));
	for (size_t i = 0; i < v->n; i++) {
		const struct pl_yval *e = &v->v[i];
		struct pl_rule_example *x = &r->examples[r->nexamples++];

		if (e->type == PL_Y_SCALAR) {
			x->bad = e->str;
			continue;
		}
		if (e->type != PL_Y_MAP)
			return pl_rule_err(r, e, ld->err, PL_E_RULE,
			    "an example is a text or a map {bad, good, note}");
		if (check_keys(ld, r, e, keys, "example") == -1)
			return -1;
		x->bad = pl_y_str(pl_y_get(e, "bad"), NULL);
		x->good = pl_y_str(pl_y_get(e, "good"), NULL);
		x->note = pl_y_str(pl_y_get(e, "note"), NULL);
	}
	return 0;
}

static int
find_rule(const struct pl_ruleset *rs, const char *id, size_t from)
{
	for (size_t i = from; i < rs->nrules; i++)
		if (strcmp(rs->rules[i].id, id) == 0)
			return (int)i;
	return -1;
}

static void
remove_rule(struct pl_ruleset *rs, size_t i)
{
	memmove(&rs->rules[i], &rs->rules[i + 1],
	    (rs->nrules - i - 1) * sizeof(rs->rules[0]));
	rs->nrules--;
}

/* One item of `rules:`. */
static int
load_rule(struct loader *ld, const struct pl_yval *m)
{
	struct pl_rule r = { 0 };
	const struct pl_yval *v;
	const char *s;
	int old, applies;

	r.file = ld->file;
	r.line = m->line;
	r.col = m->col;
	r.node = m;
	if (m->type != PL_Y_MAP)
		return pl_err_set(ld->err, PL_E_RULE, ld->file, m->line, m->col,
		    "a rule must be a map with 'id', 'severity', 'kind', ...");
	v = pl_y_get(m, "id");
	if ((s = pl_y_str(v, NULL)) == NULL)
		return pl_err_set(ld->err, PL_E_RULE, ld->file, m->line, m->col,
		    "a rule without 'id'");
	r.id = s;
	if (!valid_id(s))
		return pl_rule_err(&r, v, ld->err, PL_E_RULE,
		    "a rule id is lowercase words joined by dots, like "
		    "'task.missing-lead'");
	if (check_keys(ld, &r, m, rule_keys, "rule") == -1)
		return -1;
	old = find_rule(ld->rs, r.id, 0);
	if (old >= (int)ld->first)
		return pl_rule_err(&r, v, ld->err, PL_E_RULE,
		    "the rule id is already defined in %s:%d",
		    ld->rs->rules[old].file, ld->rs->rules[old].line);
	if (!pl_y_bool(pl_y_get(m, "enabled"), true)) {
		/* A user pack turning a shipped rule off. */
		if (old >= 0)
			remove_rule(ld->rs, (size_t)old);
		return 0;
	}

	v = pl_y_get(m, "severity");
	if ((s = pl_y_str(v, NULL)) == NULL)
		return pl_rule_err(&r, NULL, ld->err, PL_E_RULE,
		    "missing 'severity' (error, warning or info)");
	if (pl_severity_parse(s, &r.severity) == -1)
		return pl_rule_err(&r, v, ld->err, PL_E_RULE,
		    "bad severity '%s' (error, warning or info)", s);

	v = pl_y_get(m, "applies_to");
	s = pl_y_str(v, "task");
	applies = -1;
	for (size_t i = 0; i < PL_NELEM(applies_names); i++)
		if (strcmp(s, applies_names[i]) == 0)
			applies = (int)i;
	r.applies_to = (enum pl_applies)applies;
	if (applies < 0)
		return pl_rule_err(&r, v, ld->err, PL_E_RULE,
		    "bad applies_to '%s' (task, target, citation or document)",
		    s);

	v = pl_y_get(m, "kind");
	if ((s = pl_y_str(v, NULL)) == NULL)
		return pl_rule_err(&r, NULL, ld->err, PL_E_RULE,
		    "missing 'kind'");
	if ((r.kind = pl_kind_find(s)) == NULL)
		return pl_rule_err(&r, v, ld->err, PL_E_RULE,
		    "unknown kind '%s'", s);

	r.params = pl_y_get(m, "params");
	if (r.params != NULL) {
		if (r.params->type != PL_Y_MAP)
			return pl_rule_err(&r, r.params, ld->err, PL_E_RULE,
			    "'params' must be a map");
		if (check_keys(ld, &r, r.params, r.kind->params,
		    "params") == -1)
			return -1;
	}
	if (lang_text(ld, &r, pl_y_get(m, "message"), "message", r.message,
	    true) == -1 ||
	    lang_text(ld, &r, pl_y_get(m, "hint"), "hint", r.hint,
	    false) == -1 ||
	    lang_text(ld, &r, pl_y_get(m, "summary"), "summary", r.summary,
	    false) == -1 ||
	    lang_text(ld, &r, pl_y_get(m, "description"), "description",
	    r.description, false) == -1 ||
	    parse_examples(ld, &r, pl_y_get(m, "examples")) == -1 ||
	    parse_sixro(ld, &r, pl_y_get(m, "sixro")) == -1)
		return -1;
	if (r.kind->prepare != NULL &&
	    r.kind->prepare(&r, ld->rs, ld->err) == -1)
		return -1;
	if (old >= 0)
		ld->rs->rules[old] = r;
	else
		*(struct pl_rule *)pl_vec_push(ld->rs->arena, &ld->rs->rules,
		    &ld->rs->nrules, &ld->rs->caprules, sizeof(r)) = r;
	return 0;
}

static int
load_pack(struct loader *ld, const char *bytes, size_t n)
{
	struct pl_yval *root = pl_arena_alloc(ld->rs->arena, sizeof(*root));
	const struct pl_yval *rules, *data;

	if (pl_ytree_parse(ld->rs->arena, ld->file, bytes, n, root,
	    ld->err) == -1)
		return -1;
	if (root->type != PL_Y_MAP)
		return pl_err_set(ld->err, PL_E_RULE, ld->file, root->line,
		    root->col, "a rule pack is a map with 'rules:'");
	if (check_keys(ld, NULL, root, pack_keys, "the pack") == -1)
		return -1;
	if ((data = pl_y_get(root, "data")) != NULL) {
		if (data->type != PL_Y_MAP)
			return pl_err_set(ld->err, PL_E_RULE, ld->file,
			    data->line, data->col, "'data' must be a map");
		for (size_t i = 0; i < data->n; i++) {
			struct pl_datablock *b = pl_vec_push(ld->rs->arena,
			    &ld->rs->data, &ld->rs->ndata, &ld->rs->capdata,
			    sizeof(*b));

			b->name = data->keys[i];
			b->val = &data->v[i];
		}
	}
	if ((rules = pl_y_get(root, "rules")) == NULL)
		return 0;
	if (rules->type != PL_Y_SEQ)
		return pl_err_set(ld->err, PL_E_RULE, ld->file, rules->line,
		    rules->col, "'rules' must be a list of rules");
	for (size_t i = 0; i < rules->n; i++)
		if (load_rule(ld, &rules->v[i]) == -1)
			return -1;
	return 0;
}

/* ---- Files and directories ---- */

static int
read_file(const char *path, struct pl_buf *b, struct pl_err *err)
{
	FILE *f = fopen(path, "rb");
	char chunk[65536];
	size_t n;
	int rc = 0;

	if (f == NULL)
		return pl_err_set(err, PL_E_OPEN, path, 0, 0, "%s",
		    strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		pl_buf_add(b, chunk, n);
		if (b->len > MAX_PACK) {
			rc = pl_err_set(err, PL_E_TOO_BIG, path, 0, 0, NULL);
			goto out;
		}
	}
	if (ferror(f))
		rc = pl_err_set(err, PL_E_READ, path, 0, 0, "%s",
		    strerror(errno));
out:
	fclose(f);
	return rc;
}

static int
load_file(struct loader *ld, const char *path)
{
	struct pl_buf b = { 0 };
	int rc;

	ld->file = pl_arena_strdup(ld->rs->arena, path);
	if ((rc = read_file(path, &b, ld->err)) == 0)
		rc = load_pack(ld, b.s != NULL ? b.s : "", b.len);
	pl_buf_free(&b);
	return rc;
}

static bool
is_pack(const char *name)
{
	size_t n = strlen(name);

	if (name[0] == '.')
		return false;
	return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
	    (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
load_dir(struct loader *ld, const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;

	if (d == NULL)
		return pl_err_set(ld->err, PL_E_OPEN, dir, 0, 0, "%s",
		    strerror(errno));
	while ((e = readdir(d)) != NULL) {
		if (!is_pack(e->d_name))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			names = pl_xrealloc(names, cap * sizeof(*names));
		}
		names[n++] = pl_xstrdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(*names), cmp_str);
	ld->first = ld->rs->nrules;
	for (size_t i = 0; i < n && rc == 0; i++) {
		char *path = pl_arena_printf(ld->rs->arena, "%s%s%s", dir,
		    dir[0] != '\0' && dir[strlen(dir) - 1] == '/' ? "" : "/",
		    names[i]);

		rc = load_file(ld, path);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

static int
cmp_rule(const void *a, const void *b)
{
	return strcmp(((const struct pl_rule *)a)->id,
	    ((const struct pl_rule *)b)->id);
}

static struct pl_ruleset *
ruleset_new(void)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_ruleset *rs = pl_arena_alloc(a, sizeof(*rs));

	rs->arena = a;
	return rs;
}

int
pl_ruleset_load(const char *const *dirs, size_t ndirs,
    struct pl_ruleset **out, struct pl_err *err)
{
	struct loader ld = { .rs = ruleset_new(), .err = err };

	*out = NULL;
	for (size_t i = 0; i < ndirs; i++)
		if (load_dir(&ld, dirs[i]) == -1) {
			pl_ruleset_free(ld.rs);
			return -1;
		}
	if (ld.rs->nrules > 0)
		qsort(ld.rs->rules, ld.rs->nrules, sizeof(struct pl_rule),
		    cmp_rule);
	*out = ld.rs;
	return 0;
}

int
pl_ruleset_load_bytes(const char *file, const char *bytes, size_t n,
    struct pl_ruleset **out, struct pl_err *err)
{
	struct loader ld = { .rs = ruleset_new(), .err = err };

	*out = NULL;
	ld.file = pl_arena_strdup(ld.rs->arena, file);
	if (load_pack(&ld, bytes, n) == -1) {
		pl_ruleset_free(ld.rs);
		return -1;
	}
	if (ld.rs->nrules > 0)
		qsort(ld.rs->rules, ld.rs->nrules, sizeof(struct pl_rule),
		    cmp_rule);
	*out = ld.rs;
	return 0;
}

void
pl_ruleset_free(struct pl_ruleset *rs)
{
	if (rs == NULL)
		return;
	for (size_t i = 0; i < rs->ncodes; i++)
		pcre2_code_free(rs->codes[i]);
	pl_arena_free(rs->arena);
}

/* ---- Describing rules ---- */

size_t
pl_ruleset_count(const struct pl_ruleset *rs)
{
	return rs->nrules;
}

static const char *
in_lang(const char *const t[2], enum pl_lang lang)
{
	return t[lang] != NULL ? t[lang] : t[PL_LANG_VI];
}

void
pl_ruleset_info(const struct pl_ruleset *rs, size_t i, enum pl_lang lang,
    struct pl_rule_info *out)
{
	const struct pl_rule *r = &rs->rules[i];

	memset(out, 0, sizeof(*out));
	out->id = r->id;
	out->severity = r->severity;
	out->applies_to = applies_names[r->applies_to];
	out->kind = r->kind->name;
	out->file = r->file;
	out->line = r->line;
	out->summary = in_lang(r->summary, lang);
	out->description = in_lang(r->description, lang);
	out->hint = in_lang(r->hint, lang);
	out->examples = r->examples;
	out->nexamples = r->nexamples;
}

int
pl_ruleset_find(const struct pl_ruleset *rs, const char *id)
{
	return find_rule(rs, id, 0);
}
