/*
 * cmd_rules.c: finding and loading the rule packs for the CLI, and the
 * commands that describe rules: `planlint rules` lists them, `planlint
 * explain RULE` prints one rule's description, hint and examples.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "../rules/rules.h"

/* A directory holding at least one *.yaml pack. */
static bool
pack_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	bool found = false;

	if (d == NULL)
		return false;
	while (!found && (e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);

		found = n > 5 && strcmp(e->d_name + n - 5, ".yaml") == 0;
	}
	closedir(d);
	return found;
}

/*
 * The shipped packs: ../share/planlint/rules next to an installed binary,
 * else the source tree's rules/ above a build directory (build/planlint,
 * build/<name>/planlint).  NULL when none is found.
 */
static char *
default_dir(void)
{
	static const char *const rel[] = {
		"/../share/planlint/rules", "/../rules", "/../../rules",
		"/../../../rules",
	};
	char exe[PATH_MAX], path[PATH_MAX + 64];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	char *dir;

	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	dir = dirname(exe);
	for (size_t i = 0; i < PL_NELEM(rel); i++) {
		char *real;

		snprintf(path, sizeof(path), "%s%s", dir, rel[i]);
		if (pack_dir(path) && (real = realpath(path, NULL)) != NULL) {
			dir = pl_xstrdup(real);
			free(real);	/* realpath's own malloc */
			return dir;
		}
	}
	return NULL;
}

int
pl_cli_load_rules(char *const *user, size_t nuser, bool defaults,
    struct pl_ruleset **out, struct pl_err *err)
{
	const char **dirs = pl_xcalloc(nuser + 2, sizeof(*dirs));
	char *def = defaults ? default_dir() : NULL;
	size_t n = 0;
	int rc;

	if (defaults && def == NULL) {
		free(dirs);
		return pl_err_set(err, PL_E_CONFIG, "", 0, 0, "no rule packs "
		    "found (share/planlint/rules); use --rules DIR");
	}
	if (def != NULL)
		dirs[n++] = def;
	for (size_t i = 0; i < nuser; i++)
		dirs[n++] = user[i];
	rc = pl_ruleset_load(dirs, n, out, err);
	free(def);
	free(dirs);
	return rc;
}

/* ---- planlint rules / explain ---- */

struct rules_opts {
	char		**dirs;
	size_t		  ndirs;
	bool		  defaults;
	enum pl_lang	  lang;
	const char	 *format;
};

static void
usage(FILE *f, const char *cmd)
{
	fprintf(f, "usage: planlint %s [--rules DIR]... [--no-default-rules] "
	    "[--lang vi|en]%s\n", cmd, strcmp(cmd, "explain") == 0 ?
	    " RULE..." : " [--format text|json]");
}

/* Parses the options both commands share; -1 on bad usage, 1 on --help. */
static int
parse(int argc, char **argv, struct rules_opts *o)
{
	static const struct option longopts[] = {
		{ "rules", required_argument, NULL, 'r' },
		{ "no-default-rules", no_argument, NULL, 'N' },
		{ "lang", required_argument, NULL, 'l' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	memset(o, 0, sizeof(*o));
	o->defaults = true;
	o->format = "text";
	o->dirs = pl_xcalloc((size_t)argc + 1, sizeof(*o->dirs));
	optind = 1;
	while ((c = getopt_long(argc, argv, "r:f:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'r':
			o->dirs[o->ndirs++] = optarg;
			break;
		case 'N':
			o->defaults = false;
			break;
		case 'l':
			if (strcmp(optarg, "vi") != 0 &&
			    strcmp(optarg, "en") != 0) {
				pl_diag_usage(stderr, o->lang, "--lang %s",
				    optarg);
				return -1;
			}
			o->lang = optarg[0] == 'e' ? PL_LANG_EN : PL_LANG_VI;
			break;
		case 'f':
			o->format = optarg;
			break;
		case 'h':
			return 1;
		default:
			return -1;
		}
	}
	if (strcmp(o->format, "text") != 0 && strcmp(o->format, "json") != 0) {
		pl_diag_usage(stderr, o->lang, "--format %s", o->format);
		return -1;
	}
	return 0;
}

static void
list_json(struct pl_buf *out, const struct pl_ruleset *rs, enum pl_lang lang)
{
	struct pl_jsonw w;
	struct pl_rule_info ri;

	pl_jw_init(&w, out, true);
	pl_jw_obj(&w);
	pl_jw_key(&w, "schema");
	pl_jw_str(&w, "planlint.rules/1");
	pl_jw_key(&w, "rules");
	pl_jw_arr(&w);
	for (size_t i = 0; i < pl_ruleset_count(rs); i++) {
		pl_ruleset_info(rs, i, lang, &ri);
		pl_jw_obj(&w);
		pl_jw_key(&w, "id");
		pl_jw_str(&w, ri.id);
		pl_jw_key(&w, "severity");
		pl_jw_str(&w, pl_severity_name(ri.severity));
		pl_jw_key(&w, "applies_to");
		pl_jw_str(&w, ri.applies_to);
		pl_jw_key(&w, "kind");
		pl_jw_str(&w, ri.kind);
		pl_jw_key(&w, "summary");
		pl_jw_str(&w, ri.summary);
		pl_jw_key(&w, "pack");
		pl_jw_str(&w, ri.file);
		pl_jw_obj_end(&w);
	}
	pl_jw_arr_end(&w);
	pl_jw_obj_end(&w);
	pl_buf_addc(out, '\n');
}

static void
list_text(struct pl_buf *out, const struct pl_ruleset *rs, enum pl_lang lang)
{
	struct pl_rule_info ri;

	for (size_t i = 0; i < pl_ruleset_count(rs); i++) {
		pl_ruleset_info(rs, i, lang, &ri);
		pl_buf_printf(out, "%-32s %-8s %s\n", ri.id,
		    pl_severity_name(ri.severity),
		    ri.summary != NULL ? ri.summary : "");
	}
}

int
pl_cmd_rules(int argc, char **argv)
{
	struct rules_opts o;
	struct pl_ruleset *rs;
	struct pl_buf out = { 0 };
	struct pl_err err;
	int rc;

	if ((rc = parse(argc, argv, &o)) != 0) {
		usage(rc == 1 ? stdout : stderr, "rules");
		free(o.dirs);
		return rc == 1 ? PL_EXIT_OK : PL_EXIT_ERROR;
	}
	if (pl_cli_load_rules(o.dirs, o.ndirs, o.defaults, &rs, &err) == -1) {
		pl_diag_error(stderr, &err, o.lang);
		free(o.dirs);
		return PL_EXIT_ERROR;
	}
	if (strcmp(o.format, "json") == 0)
		list_json(&out, rs, o.lang);
	else
		list_text(&out, rs, o.lang);
	rc = PL_EXIT_OK;
	if (pl_write_output(NULL, &out, &err) == -1) {
		pl_diag_error(stderr, &err, o.lang);
		rc = PL_EXIT_ERROR;
	}
	pl_buf_free(&out);
	pl_ruleset_free(rs);
	free(o.dirs);
	return rc;
}

static void
explain(struct pl_buf *out, const struct pl_rule_info *ri, enum pl_lang lang)
{
	bool en = lang == PL_LANG_EN;

	pl_buf_printf(out, "%s (%s, %s: %s)\n", ri->id,
	    pl_severity_name(ri->severity), en ? "applies to" : "áp dụng cho",
	    ri->applies_to);
	if (ri->summary != NULL)
		pl_buf_printf(out, "\n%s\n", ri->summary);
	if (ri->description != NULL)
		pl_buf_printf(out, "\n%s\n", ri->description);
	if (ri->hint != NULL)
		pl_buf_printf(out, "\n%s %s\n", en ? "How to fix:" :
		    "Cách sửa:", ri->hint);
	if (ri->nexamples > 0)
		pl_buf_printf(out, "\n%s\n", en ? "Examples:" : "Ví dụ:");
	for (size_t i = 0; i < ri->nexamples; i++) {
		const struct pl_rule_example *x = &ri->examples[i];

		if (x->bad != NULL)
			pl_buf_printf(out, "  %s %s\n", en ? "bad: " : "sai:",
			    x->bad);
		if (x->good != NULL)
			pl_buf_printf(out, "  %s %s\n", en ? "good:" : "đúng:",
			    x->good);
		if (x->note != NULL)
			pl_buf_printf(out, "        %s\n", x->note);
	}
	pl_buf_printf(out, "\n%s %s:%d (kind: %s)\n", en ? "Defined in" :
	    "Định nghĩa tại", ri->file, ri->line, ri->kind);
}

int
pl_cmd_explain(int argc, char **argv)
{
	struct rules_opts o;
	struct pl_ruleset *rs;
	struct pl_rule_info ri;
	struct pl_buf out = { 0 };
	struct pl_err err;
	int rc;

	if ((rc = parse(argc, argv, &o)) != 0 || optind >= argc) {
		usage(rc == 1 ? stdout : stderr, "explain");
		free(o.dirs);
		return rc == 1 ? PL_EXIT_OK : PL_EXIT_ERROR;
	}
	if (pl_cli_load_rules(o.dirs, o.ndirs, o.defaults, &rs, &err) == -1) {
		pl_diag_error(stderr, &err, o.lang);
		free(o.dirs);
		return PL_EXIT_ERROR;
	}
	rc = PL_EXIT_OK;
	for (int i = optind; i < argc; i++) {
		int k = pl_ruleset_find(rs, argv[i]);

		if (k < 0) {
			fprintf(stderr, o.lang == PL_LANG_EN ?
			    "planlint: unknown rule '%s' (see planlint rules)\n" :
			    "planlint: không có quy tắc '%s' (xem planlint rules)\n",
			    argv[i]);
			rc = PL_EXIT_ERROR;
			continue;
		}
		if (out.len > 0)
			pl_buf_adds(&out, "\n");
		pl_ruleset_info(rs, (size_t)k, o.lang, &ri);
		explain(&out, &ri, o.lang);
	}
	if (pl_write_output(NULL, &out, &err) == -1) {
		pl_diag_error(stderr, &err, o.lang);
		rc = PL_EXIT_ERROR;
	}
	pl_buf_free(&out);
	pl_ruleset_free(rs);
	free(o.dirs);
	return rc;
}
