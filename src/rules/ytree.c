/*
 * ytree.c: a YAML document -> a tree of struct pl_yval in an arena, every
 * node with its file:line:col, so that pack errors can point at the text.
 * Also the accessors kinds use to read their parameters.
 */
#include <string.h>

#include <yaml.h>

#include "rules_int.h"

#define MAX_DEPTH	64

struct ytree {
	struct pl_arena	*arena;
	const char	*file;
	struct pl_err	*err;
};

static int
convert(struct ytree *t, yaml_document_t *d, yaml_node_t *n,
    struct pl_yval *out, int depth)
{
	struct pl_arena *a = t->arena;
	size_t i = 0;

	out->file = t->file;
	out->line = (int)n->start_mark.line + 1;
	out->col = (int)n->start_mark.column + 1;
	if (depth > MAX_DEPTH)
		return pl_err_set(t->err, PL_E_YAML, t->file, out->line,
		    out->col, "nesting deeper than %d levels", MAX_DEPTH);
	switch (n->type) {
	case YAML_SCALAR_NODE:
		out->type = PL_Y_SCALAR;
		out->str = pl_arena_strndup(a, (const char *)n->data.scalar.value,
		    n->data.scalar.length);
		out->plain = n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		return 0;
	case YAML_SEQUENCE_NODE:
		out->type = PL_Y_SEQ;
		out->n = (size_t)(n->data.sequence.items.top -
		    n->data.sequence.items.start);
		out->v = pl_arena_alloc(a, (out->n + 1) * sizeof(*out->v));
		for (yaml_node_item_t *it = n->data.sequence.items.start;
		    it < n->data.sequence.items.top; it++, i++)
			if (convert(t, d, yaml_document_get_node(d, *it),
			    &out->v[i], depth + 1) == -1)
				return -1;
		return 0;
	case YAML_MAPPING_NODE:
		out->type = PL_Y_MAP;
		out->n = (size_t)(n->data.mapping.pairs.top -
		    n->data.mapping.pairs.start);
		out->v = pl_arena_alloc(a, (out->n + 1) * sizeof(*out->v));
		out->keys = pl_arena_alloc(a, (out->n + 1) * sizeof(char *));
		for (yaml_node_pair_t *p = n->data.mapping.pairs.start;
		    p < n->data.mapping.pairs.top; p++, i++) {
			yaml_node_t *k = yaml_document_get_node(d, p->key);

			if (k->type != YAML_SCALAR_NODE)
				return pl_err_set(t->err, PL_E_YAML, t->file,
				    (int)k->start_mark.line + 1,
				    (int)k->start_mark.column + 1,
				    "a key must be a plain text");
			out->keys[i] = pl_arena_strndup(a,
			    (const char *)k->data.scalar.value,
			    k->data.scalar.length);
			for (size_t j = 0; j < i; j++)
				if (strcmp(out->keys[j], out->keys[i]) == 0)
					return pl_err_set(t->err, PL_E_YAML,
					    t->file,
					    (int)k->start_mark.line + 1,
					    (int)k->start_mark.column + 1,
					    "duplicate key '%s'", out->keys[i]);
			if (convert(t, d, yaml_document_get_node(d, p->value),
			    &out->v[i], depth + 1) == -1)
				return -1;
		}
		return 0;
	default:
		out->type = PL_Y_SCALAR;
		out->str = "";
		return 0;
	}
}

/* Parses bytes into *root; an empty pack gives an empty map. */
static int
parse_yaml(struct ytree *t, const char *bytes, size_t n,
    struct pl_yval *root)
{
	yaml_parser_t p;
	yaml_document_t d;
	yaml_node_t *top;
	int rc = -1;

	memset(root, 0, sizeof(*root));
	if (!yaml_parser_initialize(&p))
		return pl_err_set(t->err, PL_E_YAML, t->file, 0, 0,
		    "cannot start the YAML parser");
	yaml_parser_set_input_string(&p, (const unsigned char *)bytes, n);
	if (!yaml_parser_load(&p, &d)) {
		const yaml_mark_t *m = &p.problem_mark;

		pl_err_set(t->err, PL_E_YAML, t->file, (int)m->line + 1,
		    (int)m->column + 1, "%s%s%s",
		    p.problem != NULL ? p.problem : "syntax error",
		    p.context != NULL ? " " : "",
		    p.context != NULL ? p.context : "");
		goto out_parser;
	}
	top = yaml_document_get_root_node(&d);
	if (top == NULL) {
		root->type = PL_Y_MAP;
		root->file = t->file;
		root->line = root->col = 1;
		rc = 0;
	} else
		rc = convert(t, &d, top, root, 0);
	yaml_document_delete(&d);
out_parser:
	yaml_parser_delete(&p);
	return rc;
}

/* ---- Accessors ---- */

const struct pl_yval *
pl_y_get(const struct pl_yval *m, const char *key)
{
	if (m == NULL || m->type != PL_Y_MAP)
		return NULL;
	for (size_t i = 0; i < m->n; i++)
		if (strcmp(m->keys[i], key) == 0)
			return &m->v[i];
	return NULL;
}

const char *
pl_y_str(const struct pl_yval *v, const char *def)
{
	return v != NULL && v->type == PL_Y_SCALAR ? v->str : def;
}

bool
pl_y_bool(const struct pl_yval *v, bool def)
{
	const char *s = pl_y_str(v, NULL);

	if (s == NULL)
		return def;
	if (strcmp(s, "true") == 0 || strcmp(s, "yes") == 0 ||
	    strcmp(s, "on") == 0)
		return true;
	if (strcmp(s, "false") == 0 || strcmp(s, "no") == 0 ||
	    strcmp(s, "off") == 0)
		return false;
	return def;
}

int
pl_y_check_keys(const struct pl_yval *m, const char *const *keys,
    const char *where, const char *what, struct pl_err *err)
{
	if (m->type != PL_Y_MAP)
		return pl_err_set(err, PL_E_RULE, m->file, m->line, m->col,
		    "%s: %s must be a map", where, what);
	for (size_t i = 0; i < m->n; i++) {
		size_t k = 0;

		while (keys[k] != NULL && strcmp(keys[k], m->keys[i]) != 0)
			k++;
		if (keys[k] == NULL)
			return pl_err_set(err, PL_E_RULE, m->v[i].file,
			    m->v[i].line, m->v[i].col,
			    "%s: unknown key '%s' in %s", where, m->keys[i],
			    what);
	}
	return 0;
}

int
pl_ytree_parse(struct pl_arena *a, const char *file, const char *bytes,
    size_t n, struct pl_yval *root, struct pl_err *err)
{
	struct ytree t = { a, file, err };

	return parse_yaml(&t, bytes, n, root);
}

void
pl_y_lang(const struct pl_yval *v, const char *t[2])
{
	if (v->type == PL_Y_MAP) {
		t[PL_LANG_VI] = pl_y_str(pl_y_get(v, "vi"), "");
		t[PL_LANG_EN] = pl_y_str(pl_y_get(v, "en"), t[PL_LANG_VI]);
	} else
		t[PL_LANG_VI] = t[PL_LANG_EN] = pl_y_str(v, "");
}
