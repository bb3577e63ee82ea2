/*
 * test_pack.c: loading YAML packs (pack.c): the shipped packs, every kind
 * of malformed pack with its file:line:col and rule id, overriding and
 * switching off rules, user pack directories and data blocks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "rules_test.h"

#define RULE(extra)							\
	"rules:\n"							\
	"  - id: test.rule\n"						\
	"    severity: warning\n"					\
	"    kind: pattern\n"						\
	"    params:\n"							\
	"      pattern: 'họp bàn'\n"					\
	"    message: \"Nhiệm vụ {task}: {match}\"\n"			\
	extra

Test(pack, shipped_rules_have_the_contract_ids)
{
	static const char *const ids[] = {
		"task.missing-lead", "task.missing-coordinator",
		"task.missing-deadline", "task.missing-product",
		"task.missing-measures", "task.multiple-leads",
		"task.weak-product", "deadline.vague", "deadline.conditional",
		"deadline.recurring", "agency.request-not-assignment",
		"citation.format", "citation.inconsistent",
		"doc.declared-count", "table.truncated-row",
	};
	static const char *const sev[] = {
		"error", "warning", "error", "warning", "warning", "warning",
		"info", "warning", "warning", "info", "warning", "warning",
		"warning", "warning", "warning",
	};
	struct pl_ruleset *rs = load_shipped();
	struct pl_rule_info ri;

	for (size_t i = 0; i < PL_NELEM(ids); i++) {
		int k = pl_ruleset_find(rs, ids[i]);

		cr_assert_geq(k, 0, "%s missing", ids[i]);
		pl_ruleset_info(rs, (size_t)k, PL_LANG_VI, &ri);
		cr_assert_str_eq(pl_severity_name(ri.severity), sev[i], "%s",
		    ids[i]);
		cr_assert_not_null(ri.summary, "%s has no summary", ids[i]);
		cr_assert_not_null(ri.description, "%s", ids[i]);
		cr_assert_not_null(ri.hint, "%s", ids[i]);
		cr_assert_gt(ri.nexamples, 0, "%s has no example", ids[i]);
		pl_ruleset_info(rs, (size_t)k, PL_LANG_EN, &ri);
		cr_assert_not_null(ri.summary);
	}
	/* Listed in id order. */
	for (size_t i = 1; i < pl_ruleset_count(rs); i++) {
		struct pl_rule_info a, b;

		pl_ruleset_info(rs, i - 1, PL_LANG_VI, &a);
		pl_ruleset_info(rs, i, PL_LANG_VI, &b);
		cr_assert_lt(strcmp(a.id, b.id), 0);
	}
	pl_ruleset_free(rs);
}

Test(pack, minimal_rule_loads)
{
	struct pl_ruleset *rs = load_pack(RULE(""));
	struct pl_rule_info ri;

	cr_assert_eq(pl_ruleset_count(rs), 1);
	pl_ruleset_info(rs, 0, PL_LANG_EN, &ri);
	cr_assert_str_eq(ri.id, "test.rule");
	cr_assert_str_eq(ri.applies_to, "task");
	cr_assert_str_eq(ri.kind, "pattern");
	cr_assert_str_eq(ri.file, "t.yaml");
	cr_assert_eq(ri.line, 2);
	cr_assert_eq(pl_ruleset_find(rs, "nope"), -1);
	pl_ruleset_free(rs);
}

Test(pack, empty_pack_is_no_rules)
{
	struct pl_ruleset *rs = load_pack("");

	cr_assert_eq(pl_ruleset_count(rs), 0);
	pl_ruleset_free(rs);
}

#define RULE_HEAD(kind)							\
	"rules:\n"							\
	"  - id: test.rule\n"						\
	"    severity: warning\n"					\
	"    kind: " kind "\n"						\
	"    message: \"m\"\n"

static const struct {
	const char		*title;
	const char		*yaml;
	enum pl_errcode		 code;
	int			 line;
	int			 col;
	const char		*detail;	/* a substring of err.detail */
} bad[] = {
	{ "yaml syntax", "rules:\n  - id: a.b\n    severity: [error\n",
	  PL_E_YAML, 4, 1, NULL },
	{ "bad indentation", "rules:\n  - id: a.b\n   severity: error\n",
	  PL_E_YAML, 3, 4, NULL },
	{ "duplicate key", "rules: []\nrules: []\n", PL_E_YAML, 2, 1,
	  "duplicate key 'rules'" },
	{ "top-level key", "rulez: []\n", PL_E_RULE, 1, 8, "rulez" },
	{ "rules not a list", "rules: 3\n", PL_E_RULE, 1, 8, "list" },
	{ "rule not a map", "rules:\n  - 3\n", PL_E_RULE, 2, 5, NULL },
	{ "no id", "rules:\n  - severity: error\n", PL_E_RULE, 2, 5, "id" },
	{ "bad id", "rules:\n  - id: Task Lead\n", PL_E_RULE, 2, 9,
	  "[Task Lead]" },
	{ "unknown rule key", RULE("    colour: red\n"), PL_E_RULE, 8, 13,
	  "[test.rule] unknown key 'colour'" },
	{ "unknown param",
	  RULE_HEAD("pattern") "    params:\n      pattern: x\n      feild: text\n",
	  PL_E_RULE, 8, 14, "[test.rule] unknown key 'feild' in params" },
	{ "unknown kind", RULE_HEAD("regexx"), PL_E_RULE, 4, 11,
	  "[test.rule] unknown kind 'regexx'" },
	{ "bad severity",
	  "rules:\n  - id: test.rule\n    severity: fatal\n    kind: table\n"
	  "    message: m\n", PL_E_RULE, 3, 15,
	  "[test.rule] bad severity 'fatal'" },
	{ "missing severity",
	  "rules:\n  - id: test.rule\n    kind: table\n    message: m\n",
	  PL_E_RULE, 2, 5, "[test.rule] missing 'severity'" },
	{ "bad applies_to",
	  "rules:\n  - id: test.rule\n    severity: info\n    applies_to: page\n"
	  "    kind: table\n    message: m\n", PL_E_RULE, 4, 17,
	  "[test.rule] bad applies_to 'page'" },
	{ "missing message",
	  "rules:\n  - id: test.rule\n    severity: info\n    kind: table\n",
	  PL_E_RULE, 2, 5, "[test.rule] missing 'message'" },
	{ "message without vi",
	  "rules:\n  - id: test.rule\n    severity: info\n    kind: table\n"
	  "    message: {en: m}\n", PL_E_RULE, 5, 14, "'vi'" },
	{ "bad regex",
	  RULE_HEAD("pattern") "    params:\n      pattern: 'a(b'\n",
	  PL_E_REGEX, 7, 16, "[test.rule] missing closing parenthesis" },
	{ "pattern missing", RULE_HEAD("pattern") "    params: {}\n",
	  PL_E_RULE, 6, 13, "[test.rule] a pattern rule needs" },
	{ "bad sixro", RULE("    sixro: [nguoi, ro_tien]\n"), PL_E_RULE, 8, 20,
	  "[test.rule] unknown 06 rõ element 'ro_tien'" },
	{ "duplicate id", RULE("") "  - id: test.rule\n    severity: info\n"
	  "    kind: table\n    message: m\n", PL_E_RULE, 8, 9,
	  "already defined in t.yaml:2" },
	{ "required field",
	  RULE_HEAD("required") "    params: {field: budget}\n", PL_E_RULE, 6,
	  21, "[test.rule] 'params.field'" },
	{ "required when",
	  RULE_HEAD("required") "    params: {field: lead, table: often}\n",
	  PL_E_RULE, 6, 34, "bad 'table': 'often'" },
	{ "deadline class",
	  RULE_HEAD("deadline") "    params: {class: soon}\n", PL_E_RULE, 6,
	  21, "'params.class'" },
	{ "count needs n",
	  "rules:\n  - id: test.rule\n    severity: info\n    applies_to: document\n"
	  "    kind: count\n    message: m\n    params:\n"
	  "      patterns: ['gồm (\\d+) việc']\n", PL_E_RULE, 8, 18,
	  "group named n" },
	{ "leads check",
	  RULE_HEAD("leads") "    params: {check: all}\n", PL_E_RULE, 6, 21,
	  "'params.check'" },
	{ "format needs bodies", RULE_HEAD("format") "    params: {}\n",
	  PL_E_RULE, 6, 13, "party_bodies" },
	{ "examples", RULE("    examples: 3\n"), PL_E_RULE, 8, 15,
	  "'examples' must be a list" },
};

Test(pack, malformed_packs_name_file_line_and_rule)
{
	for (size_t i = 0; i < PL_NELEM(bad); i++) {
		struct pl_err err = pack_error(bad[i].yaml);

		cr_expect_eq(err.code, bad[i].code, "%s: code %d (%s)",
		    bad[i].title, err.code, err.detail);
		cr_expect_str_eq(err.file, "t.yaml", "%s", bad[i].title);
		cr_expect_eq(err.line, bad[i].line, "%s: line %d", bad[i].title,
		    err.line);
		cr_expect_eq(err.col, bad[i].col, "%s: col %d", bad[i].title,
		    err.col);
		if (bad[i].detail != NULL)
			cr_expect_not_null(strstr(err.detail, bad[i].detail),
			    "%s: %s", bad[i].title, err.detail);
	}
}

/* Writes a pack into dir/name. */
static void
write_pack(const char *dir, const char *name, const char *yaml)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	cr_assert_not_null(f);
	fputs(yaml, f);
	fclose(f);
}

static char *
temp_dir(void)
{
	char tmpl[] = "/tmp/planlint-pack-XXXXXX";
	char *d = mkdtemp(tmpl);

	cr_assert_not_null(d);
	return strdup(d);
}

static void
remove_dir(char *dir)
{
	char cmd[600];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
	free(dir);
}

Test(pack, user_pack_adds_a_pattern_rule)
{
	char *dir = temp_dir();
	const char *dirs[] = { "rules", dir };
	struct pl_ruleset *rs;
	struct pl_doc *doc = pl_doc_new("plan.txt");
	struct pl_err err;
	const struct pl_finding *f;

	write_pack(dir, "local.yaml",
	    "rules:\n"
	    "  - id: local.meeting-task\n"
	    "    severity: warning\n"
	    "    kind: pattern\n"
	    "    params:\n"
	    "      field: text\n"
	    "      pattern: '\\bhọp\\s+bàn\\b'\n"
	    "    message: \"Nhiệm vụ {task} chỉ là họp bàn: {match}\"\n");
	write_pack(dir, "notes.txt", "not a pack");
	cr_assert_eq(pl_ruleset_load(dirs, 2, &rs, &err), 0, "%s", err.detail);
	cr_assert_geq(pl_ruleset_find(rs, "local.meeting-task"), 0);
	cr_assert_geq(pl_ruleset_find(rs, "task.missing-lead"), 0);
	add_good_row(doc, "PL/1", 10);
	add_good_row(doc, "PL/2", 11)->text = "Tổ chức HỌP BÀN về du lịch";
	run(rs, doc);
	cr_assert_eq(count_rule(doc, "local.meeting-task"), 1);
	f = find_rule(doc, "local.meeting-task");
	cr_assert_eq(f->task, 1);
	cr_assert_eq(f->pos.line, 11);
	cr_assert_str_eq(f->message, "Nhiệm vụ PL/2 chỉ là họp bàn: HỌP BÀN");
	pl_doc_free(doc);
	pl_ruleset_free(rs);
	remove_dir(dir);
}

Test(pack, later_directory_overrides_and_disables)
{
	char *dir = temp_dir();
	const char *dirs[] = { "rules", dir };
	struct pl_ruleset *rs;
	struct pl_rule_info ri;
	struct pl_err err;
	int k;

	write_pack(dir, "a.yaml",
	    "rules:\n"
	    "  - id: deadline.recurring\n"
	    "    enabled: false\n"
	    "  - id: task.weak-product\n"
	    "    severity: warning\n"
	    "    kind: pattern\n"
	    "    params: {field: product, pattern: '^x$'}\n"
	    "    message: m\n");
	cr_assert_eq(pl_ruleset_load(dirs, 2, &rs, &err), 0, "%s", err.detail);
	cr_assert_eq(pl_ruleset_find(rs, "deadline.recurring"), -1);
	k = pl_ruleset_find(rs, "task.weak-product");
	cr_assert_geq(k, 0);
	pl_ruleset_info(rs, (size_t)k, PL_LANG_VI, &ri);
	cr_assert_eq(ri.severity, PL_SEV_WARNING);
	cr_assert_not_null(strstr(ri.file, "a.yaml"));
	pl_ruleset_free(rs);
	remove_dir(dir);
}

Test(pack, error_in_a_directory_pack_names_the_file)
{
	char *dir = temp_dir();
	const char *dirs[] = { dir };
	struct pl_ruleset *rs = NULL;
	struct pl_err err;

	write_pack(dir, "b.yaml", "rules:\n  - id: x.y\n    severity: loud\n"
	    "    kind: table\n    message: m\n");
	cr_assert_eq(pl_ruleset_load(dirs, 1, &rs, &err), -1);
	cr_assert_null(rs);
	cr_assert_not_null(strstr(err.file, "/b.yaml"));
	cr_assert_eq(err.line, 3);
	cr_assert_not_null(strstr(err.detail, "[x.y]"));
	remove_dir(dir);
}

Test(pack, missing_directory)
{
	const char *dirs[] = { "/nonexistent/planlint" };
	struct pl_ruleset *rs = NULL;
	struct pl_err err;

	cr_assert_eq(pl_ruleset_load(dirs, 1, &rs, &err), -1);
	cr_assert_eq(err.code, PL_E_OPEN);
}

Test(pack, texts_in_one_language_and_examples)
{
	struct pl_ruleset *rs = load_pack(
	    "rules:\n"
	    "  - id: a.b\n"
	    "    severity: info\n"
	    "    kind: table\n"
	    "    message: {vi: \"thông báo\", en: \"message\"}\n"
	    "    hint: \"gợi ý\"\n"
	    "    examples:\n"
	    "      - \"chỉ một câu\"\n"
	    "      - {bad: sai, good: đúng, note: ghi chú}\n");
	struct pl_rule_info ri;

	pl_ruleset_info(rs, 0, PL_LANG_EN, &ri);
	cr_assert_str_eq(ri.hint, "gợi ý");	/* falls back to vi */
	cr_assert_null(ri.description);
	cr_assert_eq(ri.nexamples, 2);
	cr_assert_str_eq(ri.examples[0].bad, "chỉ một câu");
	cr_assert_null(ri.examples[0].good);
	cr_assert_str_eq(ri.examples[1].good, "đúng");
	cr_assert_str_eq(ri.examples[1].note, "ghi chú");
	pl_ruleset_free(rs);
}
