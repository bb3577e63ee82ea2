/*
 * baseline.c: adopting planlint on plans that already have findings.
 * --write-baseline records the fingerprints of the current findings;
 * --baseline drops the findings whose fingerprint it holds, so only new
 * ones are reported.  Fingerprints (report/fingerprint.c) hold no line
 * numbers: text added above a task does not bring its findings back.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "cli.h"

#define BASELINE_SCHEMA	"planlint.baseline/1"
/* A baseline is the findings of a repository: generous, but bounded. */
#define BASELINE_MAX	(256 * 1024 * 1024)

/* The fingerprints of doc's findings, under its path as reported. */
static char (*prints(const struct pl_doc *doc, const char *base_dir,
    struct pl_buf *rel))[PL_FINGERPRINT_LEN]
{
	char (*fp)[PL_FINGERPRINT_LEN] = pl_xcalloc(doc->nfindings + 1,
	    sizeof(*fp));

	pl_buf_reset(rel);
	pl_report_relpath(rel, doc->path, base_dir);
	pl_fingerprint_findings(doc, rel->s != NULL ? rel->s : "", fp);
	return fp;
}

size_t
pl_baseline_write(struct pl_buf *out, const struct pl_doc *const *docs,
    size_t n, const char *base_dir)
{
	const struct pl_doc *const **order = pl_report_by_path(docs, n);
	struct pl_buf rel = { 0 };
	struct pl_jsonw w;
	size_t count = 0;

	pl_jw_init(&w, out, true);
	pl_jw_obj(&w);
	pl_jw_key(&w, "schema");
	pl_jw_str(&w, BASELINE_SCHEMA);
	pl_jw_key(&w, "entries");
	pl_jw_arr(&w);
	for (size_t i = 0; i < n; i++) {
		const struct pl_doc *doc = *order[i];
		char (*fp)[PL_FINGERPRINT_LEN] = prints(doc, base_dir, &rel);

		for (size_t k = 0; k < doc->nfindings; k++) {
			const struct pl_finding *f = &doc->findings[k];

			pl_jw_obj(&w);
			pl_jw_key(&w, "fingerprint");
			pl_jw_str(&w, fp[k]);
			pl_jw_key(&w, "rule");
			pl_jw_str(&w, f->rule);
			pl_jw_key(&w, "path");
			pl_jw_str(&w, rel.s);
			/* For people reading the file; never compared. */
			pl_jw_key(&w, "line");
			pl_jw_int(&w, f->pos.line);
			pl_jw_key(&w, "message");
			pl_jw_str(&w, f->message);
			pl_jw_obj_end(&w);
			count++;
		}
		free(fp);
	}
	pl_jw_arr_end(&w);
	pl_jw_obj_end(&w);
	pl_buf_addc(out, '\n');
	pl_buf_free(&rel);
	free(order);
	return count;
}

int
pl_baseline_save(const char *path, struct pl_doc *const *docs, size_t n,
    const char *base_dir, enum pl_lang lang)
{
	struct pl_buf b = { 0 };
	struct pl_err err;
	size_t count = pl_baseline_write(&b, (const struct pl_doc *const *)docs,
	    n, base_dir);
	int rc;

	if ((rc = pl_write_output(path, &b, &err)) == -1)
		pl_diag_error(stderr, &err, lang);
	else
		fprintf(stderr, lang == PL_LANG_EN ?
		    "planlint: %zu findings recorded in %s\n" :
		    "planlint: đã ghi %zu phát hiện vào %s\n", count, path);
	pl_buf_free(&b);
	return rc;
}

/* ---- Reading ---- */

static int
bad(struct pl_err *err, const char *file, const yaml_node_t *n,
    const char *what)
{
	return pl_err_set(err, PL_E_BASELINE, file,
	    n != NULL ? (int)n->start_mark.line + 1 : 0,
	    n != NULL ? (int)n->start_mark.column + 1 : 0, "%s", what);
}

/* The value of key in mapping m, or NULL. */
static yaml_node_t *
get(yaml_document_t *d, const yaml_node_t *m, const char *key)
{
	if (m == NULL || m->type != YAML_MAPPING_NODE)
		return NULL;
	for (yaml_node_pair_t *p = m->data.mapping.pairs.start;
	    p < m->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(d, p->key);

		if (k->type == YAML_SCALAR_NODE &&
		    k->data.scalar.length == strlen(key) &&
		    memcmp(k->data.scalar.value, key, strlen(key)) == 0)
			return yaml_document_get_node(d, p->value);
	}
	return NULL;
}

static bool
is_print(const yaml_node_t *n)
{
	if (n == NULL || n->type != YAML_SCALAR_NODE ||
	    n->data.scalar.length != PL_FINGERPRINT_LEN - 1)
		return false;
	for (size_t i = 0; i < n->data.scalar.length; i++)
		if (strchr("0123456789abcdef", n->data.scalar.value[i]) ==
		    NULL)
			return false;
	return true;
}

static int
cmp_print(const void *a, const void *b)
{
	return strcmp(a, b);
}

static int
entries(yaml_document_t *d, const yaml_node_t *root, const char *file,
    struct pl_baseline *out, struct pl_err *err)
{
	yaml_node_t *schema = get(d, root, "schema");
	yaml_node_t *list = get(d, root, "entries");
	size_t cap;

	if (root == NULL || root->type != YAML_MAPPING_NODE)
		return bad(err, file, root, "a JSON object is expected");
	if (schema == NULL || schema->type != YAML_SCALAR_NODE ||
	    strcmp((const char *)schema->data.scalar.value,
	    BASELINE_SCHEMA) != 0)
		return bad(err, file, schema != NULL ? schema : root,
		    "\"schema\" is not \"" BASELINE_SCHEMA "\"");
	if (list == NULL || list->type != YAML_SEQUENCE_NODE)
		return bad(err, file, list != NULL ? list : root,
		    "\"entries\" must be an array");
	cap = (size_t)(list->data.sequence.items.top -
	    list->data.sequence.items.start);
	out->fp = pl_xcalloc(cap + 1, sizeof(*out->fp));
	for (yaml_node_item_t *it = list->data.sequence.items.start;
	    it < list->data.sequence.items.top; it++) {
		yaml_node_t *e = yaml_document_get_node(d, *it);
		yaml_node_t *fp = get(d, e, "fingerprint");

		if (!is_print(fp))
			return bad(err, file, fp != NULL ? fp : e,
			    "an entry needs a \"fingerprint\" of 16 "
			    "lowercase hex digits");
		memcpy(out->fp[out->n++], fp->data.scalar.value,
		    PL_FINGERPRINT_LEN - 1);
	}
	qsort(out->fp, out->n, sizeof(*out->fp), cmp_print);
	return 0;
}

int
pl_baseline_parse(const char *file, const char *bytes, size_t n,
    struct pl_baseline *out, struct pl_err *err)
{
	yaml_parser_t parser;
	yaml_document_t doc;
	int rc;

	memset(out, 0, sizeof(*out));
	if (!yaml_parser_initialize(&parser))
		(void)pl_xmalloc((size_t)-1);	/* aborts: out of memory */
	/* JSON is YAML: libyaml reads what --write-baseline writes. */
	yaml_parser_set_input_string(&parser, (const unsigned char *)bytes, n);
	if (!yaml_parser_load(&parser, &doc)) {
		rc = pl_err_set(err, PL_E_BASELINE, file,
		    (int)parser.problem_mark.line + 1,
		    (int)parser.problem_mark.column + 1, "%s",
		    parser.problem != NULL ? parser.problem : "bad JSON");
		yaml_parser_delete(&parser);
		return rc;
	}
	rc = entries(&doc, yaml_document_get_root_node(&doc), file, out, err);
	yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	if (rc == -1)
		pl_baseline_free(out);
	return rc;
}

int
pl_baseline_load(const char *path, struct pl_baseline *out,
    struct pl_err *err)
{
	struct pl_buf b = { 0 };
	char chunk[65536];
	size_t n;
	FILE *f;
	int rc;

	memset(out, 0, sizeof(*out));
	if ((f = fopen(path, "rb")) == NULL)
		return pl_err_set(err, PL_E_OPEN, path, 0, 0, NULL);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0 &&
	    b.len <= BASELINE_MAX)
		pl_buf_add(&b, chunk, n);
	rc = ferror(f) ? pl_err_set(err, PL_E_READ, path, 0, 0, NULL) :
	    b.len > BASELINE_MAX ? pl_err_set(err, PL_E_TOO_BIG, path, 0, 0,
	    "> %d byte", BASELINE_MAX) :
	    pl_baseline_parse(path, b.s != NULL ? b.s : "", b.len, out, err);
	fclose(f);
	pl_buf_free(&b);
	return rc;
}

void
pl_baseline_free(struct pl_baseline *b)
{
	free(b->fp);
	memset(b, 0, sizeof(*b));
}

size_t
pl_baseline_filter(const struct pl_baseline *b, struct pl_doc *const *docs,
    size_t n, const char *base_dir)
{
	struct pl_buf rel = { 0 };
	size_t dropped = 0;

	for (size_t i = 0; i < n; i++) {
		struct pl_doc *doc = docs[i];
		char (*fp)[PL_FINGERPRINT_LEN] = prints(doc, base_dir, &rel);
		size_t k = 0;

		for (size_t j = 0; j < doc->nfindings; j++) {
			if (b->n > 0 && bsearch(fp[j], b->fp, b->n,
			    sizeof(*b->fp), cmp_print) != NULL) {
				dropped++;
				continue;
			}
			if (k != j)
				doc->findings[k] = doc->findings[j];
			k++;
		}
		doc->nfindings = k;
		free(fp);
	}
	pl_buf_free(&rel);
	return dropped;
}
