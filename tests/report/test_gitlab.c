/*
 * test_gitlab.c: the GitLab Code Quality report (gitlab.c): exact output
 * for a small case, then a larger one parsed back (libyaml reads JSON)
 * and checked against the fields GitLab requires.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "../../src/report/report.h"

static struct pl_finding *
finding(struct pl_doc *doc, const char *rule, enum pl_severity sev,
    int line, int end_line, const char *message, const char *quote)
{
	struct pl_finding *f = pl_doc_add_finding(doc);

	f->rule = rule;
	f->severity = sev;
	f->pos.line = line;
	f->pos.end_line = end_line;
	f->task = -1;
	f->message = message;
	f->quote = quote;
	return f;
}

static char *
render(const struct pl_doc *const *docs, size_t n, const char *base)
{
	struct pl_report_opts o = { .base_dir = base };
	struct pl_buf out = { 0 };

	pl_report_gitlab(&out, docs, n, NULL, 0, &o);
	return pl_buf_take(&out);
}

Test(gitlab, exact)
{
	struct pl_doc *a = pl_doc_new("/w/plans/a.txt");
	const struct pl_doc *docs[] = { a };
	char fp[2][PL_FINGERPRINT_LEN], want[1024];
	char *got;

	finding(a, "task.missing-lead", PL_SEV_ERROR, 3, 5,
	    "Thiếu \"chủ trì\".", "q");
	finding(a, "doc.no-symbol", PL_SEV_INFO, 0, 0, "Chưa có số.", NULL);
	pl_fingerprint_findings(a, "plans/a.txt", fp);
	snprintf(want, sizeof(want),
	    "[\n"
	    "  {\n"
	    "    \"description\": \"Thiếu \\\"chủ trì\\\".\",\n"
	    "    \"check_name\": \"task.missing-lead\",\n"
	    "    \"fingerprint\": \"%s\",\n"
	    "    \"severity\": \"major\",\n"
	    "    \"location\": {\n"
	    "      \"path\": \"plans/a.txt\",\n"
	    "      \"lines\": {\n"
	    "        \"begin\": 3,\n"
	    "        \"end\": 5\n"
	    "      }\n"
	    "    }\n"
	    "  },\n"
	    "  {\n"
	    "    \"description\": \"Chưa có số.\",\n"
	    "    \"check_name\": \"doc.no-symbol\",\n"
	    "    \"fingerprint\": \"%s\",\n"
	    "    \"severity\": \"info\",\n"
	    "    \"location\": {\n"
	    "      \"path\": \"plans/a.txt\",\n"
	    "      \"lines\": {\n"
	    "        \"begin\": 1\n"
	    "      }\n"
	    "    }\n"
	    "  }\n"
	    "]\n", fp[0], fp[1]);
	got = render(docs, 1, "/w");
	cr_assert_str_eq(got, want);
	free(got);
	pl_doc_free(a);
}

Test(gitlab, empty_is_an_empty_array)
{
	char *got = render(NULL, 0, NULL);

	cr_assert_str_eq(got, "[]\n");
	free(got);
}

/* ---- Parsing the report back ---- */

static yaml_node_t *
get(yaml_document_t *d, yaml_node_t *map, const char *key)
{
	cr_assert_eq(map->type, YAML_MAPPING_NODE);
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	    p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(d, p->key);

		if (strcmp((char *)k->data.scalar.value, key) == 0)
			return yaml_document_get_node(d, p->value);
	}
	return NULL;
}

static const char *
str(yaml_document_t *d, yaml_node_t *map, const char *key)
{
	yaml_node_t *v = get(d, map, key);

	cr_assert_not_null(v, "missing \"%s\"", key);
	cr_assert_eq(v->type, YAML_SCALAR_NODE, "\"%s\" not a scalar", key);
	/* JSON strings are double-quoted scalars, numbers plain ones. */
	cr_assert_eq(v->data.scalar.style, YAML_DOUBLE_QUOTED_SCALAR_STYLE,
	    "\"%s\" not a string", key);
	return (const char *)v->data.scalar.value;
}

static long
num(yaml_document_t *d, yaml_node_t *map, const char *key)
{
	yaml_node_t *v = get(d, map, key);
	char *end;
	long n;

	cr_assert_not_null(v, "missing \"%s\"", key);
	cr_assert_eq(v->data.scalar.style, YAML_PLAIN_SCALAR_STYLE);
	n = strtol((char *)v->data.scalar.value, &end, 10);
	cr_assert_eq(*end, '\0');
	return n;
}

static const char *
fingerprint(yaml_document_t *d, yaml_node_t *seq, int i)
{
	return str(d, yaml_document_get_node(d,
	    seq->data.sequence.items.start[i]), "fingerprint");
}

Test(gitlab, parses_back)
{
	static const char *messages[] = {
		"Dấu \"ngoặc\" và \\ gạch, tab\tvà\ndòng mới, \x01 điều khiển.",
		"Cảnh báo.",
		"Thông tin.",
		"Cảnh báo.",
	};
	struct pl_doc *a = pl_doc_new("/w/kế hoạch/a.txt");
	struct pl_doc *b = pl_doc_new("/w/b.txt");
	const struct pl_doc *docs[] = { a, b };
	yaml_parser_t parser;
	yaml_document_t d;
	yaml_node_t *root;
	char *got;
	size_t k = 0;

	finding(a, "r.error", PL_SEV_ERROR, 2, 2, messages[0], NULL);
	finding(a, "r.warning", PL_SEV_WARNING, 9, 0, messages[1], "x");
	finding(b, "r.info", PL_SEV_INFO, 0, 0, messages[2], NULL);
	/* The same finding twice: two issues, two fingerprints. */
	finding(b, "r.warning", PL_SEV_WARNING, 4, 4, messages[3], "x");
	finding(b, "r.warning", PL_SEV_WARNING, 4, 4, messages[3], "x");
	got = render(docs, 2, "/w");

	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (unsigned char *)got,
	    strlen(got));
	cr_assert(yaml_parser_load(&parser, &d), "%s", parser.problem);
	root = yaml_document_get_root_node(&d);
	cr_assert_not_null(root);
	cr_assert_eq(root->type, YAML_SEQUENCE_NODE);
	cr_assert_eq(root->data.sequence.items.top -
	    root->data.sequence.items.start, 5);
	for (yaml_node_item_t *it = root->data.sequence.items.start;
	    it < root->data.sequence.items.top; it++, k++) {
		yaml_node_t *issue = yaml_document_get_node(&d, *it);
		yaml_node_t *loc = get(&d, issue, "location");
		const char *fp = str(&d, issue, "fingerprint");
		const char *sev = str(&d, issue, "severity");

		cr_assert_str_eq(str(&d, issue, "description"),
		    messages[k < 4 ? k : 3]);
		cr_assert_eq(strlen(fp), 16);
		cr_assert(strstr(" info minor major critical blocker ", sev)
		    != NULL);
		cr_assert_not_null(loc);
		cr_assert_not_null(get(&d, loc, "lines"));
		cr_assert_geq(num(&d, get(&d, loc, "lines"), "begin"), 1);
		cr_assert_str_eq(str(&d, loc, "path"),
		    k < 2 ? "kế hoạch/a.txt" : "b.txt");
		cr_assert_str_eq(str(&d, issue, "check_name"),
		    k == 0 ? "r.error" : k == 2 ? "r.info" : "r.warning");
		cr_assert_str_eq(sev, k == 0 ? "major" : k == 2 ? "info" :
		    "minor");
	}
	/* GitLab tells issues apart by fingerprint: all differ. */
	for (int i = 0; i < 5; i++)
		for (int j = i + 1; j < 5; j++)
			cr_assert_str_neq(fingerprint(&d, root, i),
			    fingerprint(&d, root, j));
	yaml_document_delete(&d);
	yaml_parser_delete(&parser);
	free(got);
	pl_doc_free(a);
	pl_doc_free(b);
}
