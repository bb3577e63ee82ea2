/*
 * parse.c: a helper for the integration tests, built as pl-parse.  It
 * checks that a YAML, JSON or XML file parses, with the libyaml and
 * libxml2 that planlint links anyway (no python or jq needed), and prints
 * the values of a YAML key so the scripts can run the commands of the CI
 * examples:
 *
 *	pl-parse yaml|json|xml FILE	exit 0 when FILE parses, else 1
 *	pl-parse yaml FILE KEY		every value of KEY at any depth, each
 *					followed by a NUL byte: a scalar, or
 *					each scalar of a sequence
 */
#include <libxml/parser.h>
#include <stdio.h>
#include <string.h>
#include <yaml.h>

/* Prints node's scalars (itself or a sequence's items), NUL-terminated. */
static void
print_values(yaml_document_t *doc, yaml_node_t *node)
{
	yaml_node_item_t *it;

	if (node->type == YAML_SCALAR_NODE) {
		fwrite(node->data.scalar.value, 1, node->data.scalar.length,
		    stdout);
		putchar('\0');
		return;
	}
	if (node->type != YAML_SEQUENCE_NODE)
		return;
	for (it = node->data.sequence.items.start;
	    it < node->data.sequence.items.top; it++)
		print_values(doc, yaml_document_get_node(doc, *it));
}

/* Walks the tree; depth bounds aliases that loop. */
static void
find_key(yaml_document_t *doc, yaml_node_t *node, const char *key, int depth)
{
	yaml_node_pair_t *p;
	yaml_node_item_t *it;

	if (node == NULL || depth > 64)
		return;
	if (node->type == YAML_SEQUENCE_NODE) {
		for (it = node->data.sequence.items.start;
		    it < node->data.sequence.items.top; it++)
			find_key(doc, yaml_document_get_node(doc, *it), key,
			    depth + 1);
		return;
	}
	if (node->type != YAML_MAPPING_NODE)
		return;
	for (p = node->data.mapping.pairs.start;
	    p < node->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(doc, p->key);
		yaml_node_t *v = yaml_document_get_node(doc, p->value);

		if (k->type == YAML_SCALAR_NODE &&
		    strcmp((const char *)k->data.scalar.value, key) == 0)
			print_values(doc, v);
		else
			find_key(doc, v, key, depth + 1);
	}
}

/* Loads every document of path; prints the first error as file:line:col. */
static int
yaml_check(const char *path, const char *key)
{
	yaml_parser_t parser;
	yaml_document_t doc;
	FILE *f;
	int rc = 0;

	if ((f = fopen(path, "rb")) == NULL) {
		perror(path);
		return 1;
	}
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_file(&parser, f);
	for (;;) {
		yaml_node_t *root;

		if (!yaml_parser_load(&parser, &doc)) {
			fprintf(stderr, "%s:%zu:%zu: %s\n", path,
			    parser.problem_mark.line + 1,
			    parser.problem_mark.column + 1,
			    parser.problem != NULL ? parser.problem : "error");
			rc = 1;
			break;
		}
		if ((root = yaml_document_get_root_node(&doc)) == NULL) {
			yaml_document_delete(&doc);
			break;
		}
		if (key != NULL)
			find_key(&doc, root, key, 0);
		yaml_document_delete(&doc);
	}
	yaml_parser_delete(&parser);
	fclose(f);
	return rc;
}

/* JSON is read as YAML, after checking it opens with an object or array. */
static int
json_check(const char *path)
{
	FILE *f = fopen(path, "rb");
	int c;

	if (f == NULL) {
		perror(path);
		return 1;
	}
	while ((c = getc(f)) == ' ' || c == '\n' || c == '\r' || c == '\t')
		continue;
	fclose(f);
	if (c != '{' && c != '[') {
		fprintf(stderr, "%s: not a JSON object or array\n", path);
		return 1;
	}
	return yaml_check(path, NULL);
}

static int
xml_check(const char *path)
{
	xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET);

	if (doc == NULL)
		return 1;	/* libxml2 printed the error */
	xmlFreeDoc(doc);
	xmlCleanupParser();
	return 0;
}

int
main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "json") == 0)
		return json_check(argv[2]);
	if (argc == 3 && strcmp(argv[1], "xml") == 0)
		return xml_check(argv[2]);
	if ((argc == 3 || argc == 4) && strcmp(argv[1], "yaml") == 0)
		return yaml_check(argv[2], argc == 4 ? argv[3] : NULL);
	fputs("usage: pl-parse yaml|json|xml FILE\n"
	    "       pl-parse yaml FILE KEY\n", stderr);
	return 2;
}
