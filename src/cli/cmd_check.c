/*
 * cmd_check.c: `planlint check [options] FILE|DIR...` runs the rule packs
 * over plans and reports findings and the 06 rõ scorecard, in one or more
 * formats.  Settings come from the nearest .planlint.yaml of each file
 * (config.c), command-line flags overriding them.  Exit status: 0 when no
 * finding reaches --fail-on, 1 when one does, 2 on bad usage, bad rules
 * or configuration, or a file that cannot be read.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static void
usage(FILE *f)
{
	fputs("usage: planlint check "
	    "[--format text|json|sarif|github|gitlab|junit [-o FILE]]...\n"
	    "           [--lang vi|en] [--fail-on error|warning|info|never] "
	    "[--color auto|always|never]\n"
	    "           [--rules DIR]... [--no-default-rules] "
	    "[--as-of YYYY-MM-DD]\n"
	    "           [--config FILE | --no-config] [--include GLOB]... "
	    "[--exclude GLOB]...\n"
	    "           [--changed-since REV] [--baseline FILE] "
	    "[--write-baseline FILE]\n"
	    "           [--jobs N] [--base-dir DIR] [--lenient] "
	    "[--against PATH]... FILE|DIR...\n", f);
}

struct check_opts {
	struct pl_outputs	 outs;
	const char		*base_dir;
	const char		*color;
	/* Flags that override the configuration; -1 or y == 0: not given. */
	int			 fail_on;
	int			 lang;
	struct pl_date		 as_of;
	char			**dirs;	/* --rules */
	size_t			 ndirs;
	bool			 defaults;
	const char		**include;
	size_t			 ninclude;
	const char		**exclude;
	size_t			 nexclude;
	const char		*changed_since;
	const char		*baseline;
	const char		*write_baseline;
	const char		*config;
	bool			 no_config;
	int			 jobs;
	struct pl_ingest_opts	 ingest;
	/* --against: issued plans read as context, compared, not reported */
	char			**against;
	size_t			 nagainst;
};

/*
 * The documents that share one configuration: they are checked with one
 * rule set and one set of options, and the cross-document rules run over
 * them together.
 */
struct group {
	struct pl_config	*cfg;
	struct pl_ruleset	*rs;	/* owned by the rule set cache */
	struct pl_check_opts	 check;
	int			 fail_on;
	struct pl_doc		**docs;
	size_t			 ndocs;
};

/* Rule sets by the list of pack directories they were loaded from. */
struct rs_cache {
	char			**keys;
	struct pl_ruleset	**v;
	size_t			  n;
};

/* 0, 1 for --help, -1 on bad usage (already reported). */
static int
parse(int argc, char **argv, struct check_opts *o)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "lang", required_argument, NULL, 'l' },
		{ "fail-on", required_argument, NULL, 'F' },
		{ "color", required_argument, NULL, 'C' },
		{ "rules", required_argument, NULL, 'r' },
		{ "no-default-rules", no_argument, NULL, 'N' },
		{ "as-of", required_argument, NULL, 'A' },
		{ "lenient", no_argument, NULL, 'L' },
		{ "base-dir", required_argument, NULL, 'B' },
		{ "config", required_argument, NULL, 'c' },
		{ "no-config", no_argument, NULL, 'n' },
		{ "include", required_argument, NULL, 'i' },
		{ "exclude", required_argument, NULL, 'x' },
		{ "changed-since", required_argument, NULL, 'S' },
		{ "baseline", required_argument, NULL, 'b' },
		{ "write-baseline", required_argument, NULL, 'W' },
		{ "against", required_argument, NULL, 'G' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	enum pl_lang lang = PL_LANG_VI;
	char *end;
	long n;
	int c;

	memset(o, 0, sizeof(*o));
	o->color = "auto";
	o->fail_on = -1;
	o->lang = -1;
	o->defaults = true;
	o->jobs = 1;
	o->outs.v = pl_xcalloc((size_t)argc + 1, sizeof(*o->outs.v));
	o->dirs = pl_xcalloc((size_t)argc + 1, sizeof(*o->dirs));
	o->include = pl_xcalloc((size_t)argc + 1, sizeof(*o->include));
	o->exclude = pl_xcalloc((size_t)argc + 1, sizeof(*o->exclude));
	o->against = pl_xcalloc((size_t)argc + 1, sizeof(*o->against));
	optind = 1;
	while ((c = getopt_long(argc, argv, "f:o:r:j:h", longopts, NULL)) !=
	    -1) {
		switch (c) {
		case 'f':
			pl_outputs_format(&o->outs, optarg);
			break;
		case 'o':
			if (pl_outputs_file(&o->outs, optarg, lang) == -1)
				return -1;
			break;
		case 'l':
			if (strcmp(optarg, "vi") != 0 &&
			    strcmp(optarg, "en") != 0) {
				pl_diag_usage(stderr, lang, "--lang %s", optarg);
				return -1;
			}
			lang = optarg[0] == 'e' ? PL_LANG_EN : PL_LANG_VI;
			o->lang = (int)lang;
			break;
		case 'F':
			if ((o->fail_on = pl_fail_on_parse(optarg)) == -1) {
				pl_diag_usage(stderr, lang, "--fail-on %s",
				    optarg);
				return -1;
			}
			break;
		case 'C':
			o->color = optarg;
			if (strcmp(optarg, "auto") != 0 &&
			    strcmp(optarg, "always") != 0 &&
			    strcmp(optarg, "never") != 0) {
				pl_diag_usage(stderr, lang, "--color %s", optarg);
				return -1;
			}
			break;
		case 'r':
			o->dirs[o->ndirs++] = optarg;
			break;
		case 'N':
			o->defaults = false;
			break;
		case 'A':
			if (pl_date_parse_iso(optarg, &o->as_of) == -1) {
				struct pl_err err;

				pl_err_set(&err, PL_E_DATE, "", 0, 0,
				    "--as-of %s", optarg);
				pl_diag_error(stderr, &err, lang);
				return -1;
			}
			break;
		case 'L':
			o->ingest.lenient = true;
			break;
		case 'B':
			o->base_dir = optarg;
			break;
		case 'c':
			o->config = optarg;
			break;
		case 'n':
			o->no_config = true;
			break;
		case 'i':
			o->include[o->ninclude++] = optarg;
			break;
		case 'x':
			o->exclude[o->nexclude++] = optarg;
			break;
		case 'S':
			o->changed_since = optarg;
			break;
		case 'b':
			o->baseline = optarg;
			break;
		case 'G':
			o->against[o->nagainst++] = optarg;
			break;
		case 'W':
			o->write_baseline = optarg;
			break;
		case 'j':
			n = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || n < 0 ||
			    n > 256) {
				pl_diag_usage(stderr, lang, "--jobs %s", optarg);
				return -1;
			}
			o->jobs = n > 0 ? (int)n :
			    (int)sysconf(_SC_NPROCESSORS_ONLN);
			break;
		case 'h':
			return 1;
		default:
			usage(stderr);
			return -1;
		}
	}
	if (pl_outputs_finish(&o->outs, o->write_baseline, lang) == -1)
		return -1;
	if (optind >= argc) {
		usage(stderr);
		return -1;
	}
	return 0;
}

/* ---- Configurations, rule sets and groups ---- */

/* The rule set for cfg's packs and the flags' (cached by that list). */
static int
group_rules(struct rs_cache *rc, const struct check_opts *o,
    struct group *g, struct pl_err *err)
{
	size_t n = g->cfg->npacks + o->ndirs;
	char **dirs = pl_xcalloc(n + 1, sizeof(*dirs));
	struct pl_buf key = { 0 };
	int rv = 0;

	/* Pack directories of the file first, so --rules overrides them. */
	for (size_t i = 0; i < g->cfg->npacks; i++)
		dirs[i] = (char *)g->cfg->packs[i];
	for (size_t i = 0; i < o->ndirs; i++)
		dirs[g->cfg->npacks + i] = o->dirs[i];
	pl_buf_printf(&key, "%d", o->defaults);
	for (size_t i = 0; i < n; i++)
		pl_buf_printf(&key, "\n%s", dirs[i]);
	for (size_t i = 0; i < rc->n && g->rs == NULL; i++)
		if (strcmp(rc->keys[i], key.s) == 0)
			g->rs = rc->v[i];
	if (g->rs == NULL) {
		if (pl_cli_load_rules(dirs, n, o->defaults, &g->rs, err) ==
		    -1) {
			rv = -1;
			goto out;
		}
		rc->keys = pl_xrealloc(rc->keys, (rc->n + 1) *
		    sizeof(*rc->keys));
		rc->v = pl_xrealloc(rc->v, (rc->n + 1) * sizeof(*rc->v));
		rc->keys[rc->n] = pl_buf_take(&key);
		rc->v[rc->n++] = g->rs;
	}
	rv = pl_config_check_rules(g->cfg, g->rs, err);
out:
	pl_buf_free(&key);
	free(dirs);
	return rv;
}

/* Flags over the file over the built-in defaults; one language for
 * the whole report. */
static void
group_opts(const struct check_opts *o, struct group *g, enum pl_lang lang)
{
	const struct pl_config *c = g->cfg;

	g->check.lang = lang;
	g->check.as_of = o->as_of.y != 0 ? o->as_of : c->as_of;
	g->check.overrides = c->rules;
	g->check.noverrides = c->nrules;
	g->fail_on = o->fail_on >= 0 ? o->fail_on : c->fail_on >= 0 ?
	    c->fail_on : PL_SEV_ERROR;
}

static size_t
group_of(struct group **gv, size_t *ng, struct pl_config *cfg)
{
	for (size_t i = 0; i < *ng; i++)
		if ((*gv)[i].cfg == cfg)
			return i;
	*gv = pl_xrealloc(*gv, (*ng + 1) * sizeof(**gv));
	memset(&(*gv)[*ng], 0, sizeof(**gv));
	(*gv)[*ng].cfg = cfg;
	return (*ng)++;
}

/*
 * The rules as the CI reporters list them, in id order: those of every
 * rule set in use, each with its level in the first configuration that
 * does not turn it off (rules off everywhere are left out).
 */
static struct pl_rule_desc *
rule_descs(const struct group *gv, size_t ng, enum pl_lang lang,
    size_t *nout)
{
	struct pl_rule_desc *d = NULL;
	struct pl_rule_info ri;
	size_t n = 0, cap = 0;

	for (size_t g = 0; g < ng; g++)
		for (size_t i = 0; i < pl_ruleset_count(gv[g].rs); i++) {
			const struct pl_rule_override *ov = NULL;
			bool seen = false;

			pl_ruleset_info(gv[g].rs, i, lang, &ri);
			for (size_t k = 0; k < n && !seen; k++)
				seen = strcmp(d[k].id, ri.id) == 0;
			for (size_t k = 0; k < gv[g].check.noverrides; k++)
				if (strcmp(gv[g].check.overrides[k].id,
				    ri.id) == 0)
					ov = &gv[g].check.overrides[k];
			if (seen || (ov != NULL && ov->off))
				continue;
			if (n == cap) {
				cap = cap ? cap * 2 : 64;
				d = pl_xrealloc(d, cap * sizeof(*d));
			}
			d[n].id = ri.id;
			d[n].severity = ov != NULL ? ov->severity : ri.severity;
			d[n].short_desc = ri.summary;
			d[n].full_desc = ri.description;
			d[n++].help = ri.hint;
		}
	for (size_t i = 1; i < n; i++)	/* insertion sort: stable, small */
		for (size_t k = i; k > 0 && strcmp(d[k - 1].id, d[k].id) > 0;
		    k--) {
			struct pl_rule_desc t = d[k];

			d[k] = d[k - 1];
			d[k - 1] = t;
		}
	*nout = n;
	return d;
}

/* ---- The run ---- */

/* Files to check, each with its configuration; ignored files dropped. */
static int
collect(const struct check_opts *o, char **args, int nargs,
    struct pl_paths *paths, struct pl_configs *cs, struct group **gv,
    size_t *ng, size_t **gidx, struct pl_err *err)
{
	struct pl_walk w = { o->include, o->ninclude, o->exclude,
	    o->nexclude };
	struct pl_config *fixed = NULL, *cfg;
	size_t k = 0;

	if (pl_paths_walk(args, nargs, &w, paths, err) == -1)
		return -1;
	if (o->changed_since != NULL && pl_git_filter_changed(paths, args,
	    nargs, o->changed_since, err) == -1)
		return -1;
	if (o->no_config)
		fixed = pl_configs_none(cs);
	else if (o->config != NULL) {
		fixed = pl_xcalloc(1, sizeof(*fixed));
		if (pl_config_load(o->config, fixed, err) == -1) {
			free(fixed);
			return -1;
		}
		/* cs owns it from here, freed with the others. */
		cs->v = pl_xrealloc(cs->v, (cs->n + 1) * sizeof(*cs->v));
		cs->v[cs->n++] = fixed;
	}
	*gidx = pl_xcalloc(paths->n + 1, sizeof(**gidx));
	for (size_t i = 0; i < paths->n; i++) {
		char *abs;
		bool skip;

		cfg = fixed;
		if (cfg == NULL && pl_configs_find(cs, paths->v[i], &cfg,
		    err) == -1) {
			while (i < paths->n)
				free(paths->v[i++]);
			paths->n = k;
			return -1;
		}
		abs = pl_path_abs(paths->v[i]);
		skip = strcmp(paths->v[i], "-") != 0 &&
		    pl_config_ignores(cfg, abs);
		free(abs);
		if (skip) {
			free(paths->v[i]);
			continue;
		}
		paths->v[k] = paths->v[i];
		(*gidx)[k++] = group_of(gv, ng, cfg);
	}
	paths->n = k;
	/* No file left: still load the rules (their errors, SARIF's list). */
	if (*ng == 0)
		group_of(gv, ng, fixed != NULL ? fixed : pl_configs_none(cs));
	return 0;
}

/*
 * A report speaks one language: --lang, else the lang of the
 * configuration of the current directory, else that of the first file's,
 * else Vietnamese.
 */
static int
run_lang(const struct check_opts *o, struct pl_configs *cs,
    const struct group *gv, enum pl_lang *lang, struct pl_err *err)
{
	struct pl_config *here = gv[0].cfg;

	if (!o->no_config && o->config == NULL &&
	    pl_configs_find(cs, "-", &here, err) == -1)
		return -1;
	if (here->lang < 0)
		here = gv[0].cfg;
	if (here->lang >= 0)
		*lang = (enum pl_lang)here->lang;
	return 0;
}

/*
 * --against: ingests the issued plans named (files or directories) as
 * context documents: the cross-document rules compare the plans checked
 * with them, their own findings are never reported.  A plan also being
 * checked (in `checked`) is not read twice.  Returns 0, or -1 when one
 * cannot be read (reported).
 */
static int
load_context(const struct check_opts *o, const struct pl_paths *checked,
    struct pl_doc ***out, size_t *n, enum pl_lang lang)
{
	struct pl_paths paths = { 0 };
	struct pl_err err;
	int rc = 0;

	*out = NULL;
	*n = 0;
	if (o->nagainst == 0)
		return 0;
	if (pl_paths_collect(o->against, (int)o->nagainst, &paths,
	    &err) == -1) {
		pl_diag_error(stderr, &err, lang);
		return -1;
	}
	*out = pl_xcalloc(paths.n + 1, sizeof(**out));
	for (size_t i = 0; i < paths.n; i++) {
		char *abs = pl_path_abs(paths.v[i]);
		bool twice = false;

		for (size_t k = 0; k < checked->n && !twice; k++) {
			char *c = pl_path_abs(checked->v[k]);

			twice = strcmp(c, abs) == 0;
			free(c);
		}
		free(abs);
		if (twice)
			continue;
		if (pl_load_doc(paths.v[i], &o->ingest, &(*out)[*n],
		    &err) == -1) {
			pl_diag_error(stderr, &err, lang);
			rc = -1;
			continue;
		}
		(*out)[(*n)++]->context = true;
	}
	pl_paths_free(&paths);
	return rc;
}

int
pl_cmd_check(int argc, char **argv)
{
	struct check_opts o;
	struct pl_paths paths = { 0 };
	struct pl_configs cs = { 0 };
	struct rs_cache rsc = { 0 };
	struct pl_baseline base = { 0 };
	struct group *gv = NULL;
	struct pl_job *jobs = NULL;
	struct pl_doc **docs = NULL, **ctxdocs = NULL;
	struct pl_buf out = { 0 };
	struct pl_render ren = { 0 };
	struct pl_rule_desc *descs = NULL;
	struct pl_err err;
	enum pl_lang lang = PL_LANG_VI;
	size_t ng = 0, ndocs = 0, nctx = 0, *gidx = NULL;
	bool rules_failed = false;
	int rc = PL_EXIT_OK, c;

	if ((c = parse(argc, argv, &o)) != 0) {
		if (c == 1)
			usage(stdout);
		rc = c == 1 ? PL_EXIT_OK : PL_EXIT_ERROR;
		goto out;
	}
	lang = o.lang >= 0 ? (enum pl_lang)o.lang : PL_LANG_VI;
	if (collect(&o, argv + optind, argc - optind, &paths, &cs, &gv, &ng,
	    &gidx, &err) == -1)
		goto fail;
	if (o.lang < 0 && run_lang(&o, &cs, gv, &lang, &err) == -1)
		goto fail;
	if (load_context(&o, &paths, &ctxdocs, &nctx, lang) == -1) {
		rc = PL_EXIT_ERROR;
		goto out;
	}
	for (size_t g = 0; g < ng; g++) {
		if (group_rules(&rsc, &o, &gv[g], &err) == -1)
			goto fail;
		group_opts(&o, &gv[g], lang);
		gv[g].docs = pl_xcalloc(paths.n + nctx + 1,
		    sizeof(*gv[g].docs));
	}
	if (o.baseline != NULL && pl_baseline_load(o.baseline, &base,
	    &err) == -1)
		goto fail;
	jobs = pl_xcalloc(paths.n + 1, sizeof(*jobs));
	for (size_t i = 0; i < paths.n; i++) {
		struct group *g = &gv[gidx[i]];

		jobs[i].path = paths.v[i];
		jobs[i].rs = g->rs;
		jobs[i].check = &g->check;
		jobs[i].ingest = &o.ingest;
		jobs[i].sixro = g->cfg->has_sixro ? g->cfg->sixro : 0;
	}
	pl_jobs_run(jobs, paths.n, o.jobs);
	rc = pl_jobs_report(stderr, jobs, paths.n, lang, &rules_failed);
	if (rules_failed)
		goto out;
	docs = pl_xcalloc(paths.n + 1, sizeof(*docs));
	for (size_t i = 0; i < paths.n; i++)
		if (jobs[i].doc != NULL) {
			struct group *g = &gv[gidx[i]];

			docs[ndocs++] = jobs[i].doc;
			g->docs[g->ndocs++] = jobs[i].doc;
		}
	/* Context plans come after the checked ones of every group. */
	for (size_t g = 0; g < ng; g++)
		for (size_t i = 0; i < nctx; i++)
			gv[g].docs[gv[g].ndocs++] = ctxdocs[i];
	for (size_t g = 0; g < ng; g++)
		if (pl_check_set(gv[g].rs, gv[g].docs, gv[g].ndocs,
		    &gv[g].check, &err) == -1)
			goto fail;
	if (o.write_baseline != NULL && pl_baseline_save(o.write_baseline,
	    docs, ndocs, o.base_dir, lang) == -1)
		rc = PL_EXIT_ERROR;
	if (o.baseline != NULL)
		pl_baseline_filter(&base, docs, ndocs, o.base_dir);
	ren.color = o.color;
	ren.base_dir = o.base_dir;
	ren.lang = lang;
	ren.rules = descs = rule_descs(gv, ng, lang, &ren.nrules);
	for (size_t i = 0; i < o.outs.n; i++) {
		pl_buf_reset(&out);
		pl_output_render(&out, &o.outs.v[i],
		    (const struct pl_doc *const *)docs, ndocs, &ren);
		if (pl_write_output(o.outs.v[i].path, &out, &err) == -1) {
			pl_diag_error(stderr, &err, lang);
			rc = PL_EXIT_ERROR;
		}
	}
	/* Recording a baseline accepts the findings it records. */
	if (o.write_baseline != NULL)
		goto out;
	for (size_t g = 0; g < ng && rc == PL_EXIT_OK; g++)
		for (size_t i = 0; i < gv[g].ndocs && rc == PL_EXIT_OK; i++)
			for (size_t k = 0; !gv[g].docs[i]->context &&
			    k < gv[g].docs[i]->nfindings; k++)
				if ((int)gv[g].docs[i]->findings[k].severity >=
				    gv[g].fail_on) {
					rc = PL_EXIT_FINDINGS;
					break;
				}
	goto out;
fail:
	pl_diag_error(stderr, &err, lang);
	rc = PL_EXIT_ERROR;
out:
	pl_buf_free(&out);
	for (size_t i = 0; jobs != NULL && i < paths.n; i++)
		pl_doc_free(jobs[i].doc);
	free(jobs);
	free(docs);
	for (size_t i = 0; i < nctx; i++)
		pl_doc_free(ctxdocs[i]);
	free(ctxdocs);
	for (size_t g = 0; g < ng; g++)
		free(gv[g].docs);
	free(gv);
	free(gidx);
	for (size_t i = 0; i < rsc.n; i++) {
		pl_ruleset_free(rsc.v[i]);
		free(rsc.keys[i]);
	}
	free(rsc.keys);
	free(rsc.v);
	pl_baseline_free(&base);
	pl_configs_free(&cs);
	pl_paths_free(&paths);
	free(o.outs.v);
	free(descs);
	free(o.dirs);
	free(o.include);
	free(o.exclude);
	free(o.against);
	return rc;
}
