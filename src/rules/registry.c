/*
 * registry.c: loads the agency registry (the `agencies` data blocks of the
 * rule packs, rules/agencies.yaml) into entries with validity dates and
 * successors, and answers questions about them.  Matching text against
 * the names is regmatch.c's job.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "registry.h"

#define MAX_REGISTRY	(8 * 1024 * 1024)

static const char *const block_keys[] = {
	"version", "note", "abbreviations", "provinces", "entries", NULL,
};
static const char *const entry_keys[] = {
	"name", "kind", "level", "province", "former_province", "scope",
	"aliases", "abbreviations", "valid_from", "valid_to", "successors",
	"basis", "source", "note", "verified", "historic", NULL,
};
static const char *const province_keys[] = {
	"name", "type", "merged", "merged_on", "aliases", "basis", "source",
	"note", "verified", NULL,
};
static const char *const kind_names[] = {	/* ORDER: enum pl_reg_kind */
	"state", "party", "locality", "province",
};

/* The bodies of a province merged away, and what they became. */
static const struct {
	const char	*prefix;	/* + " <old province>" */
	const char	*as_tinh;	/* + " <new province>" */
	const char	*as_city;
	enum pl_reg_kind kind;
} bodies[] = {
	{ "UBND tỉnh", "UBND tỉnh", "UBND thành phố", PL_REG_STATE },
	{ "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh",
	    "Ủy ban nhân dân thành phố", PL_REG_STATE },
	{ "HĐND tỉnh", "HĐND tỉnh", "HĐND thành phố", PL_REG_STATE },
	{ "Hội đồng nhân dân tỉnh", "Hội đồng nhân dân tỉnh",
	    "Hội đồng nhân dân thành phố", PL_REG_STATE },
	{ "Tỉnh ủy", "Tỉnh ủy", "Thành ủy", PL_REG_PARTY },
};

struct loader {
	struct pl_registry	*reg;
	struct pl_err		*err;
};

static int
bad(struct loader *ld, const struct pl_yval *v, const char *fmt,
    const char *arg)
{
	return pl_err_set(ld->err, PL_E_RULE, v->file, v->line, v->col, fmt,
	    arg);
}

static bool
is_null(const struct pl_yval *v)
{
	return v == NULL || (v->type == PL_Y_SCALAR && v->plain &&
	    (v->str[0] == '\0' || strcmp(v->str, "null") == 0 ||
	    strcmp(v->str, "~") == 0));
}

/* A scalar text field; NULL when absent or null. */
static int
get_str(struct loader *ld, const struct pl_yval *m, const char *key,
    const char **out)
{
	const struct pl_yval *v = pl_y_get(m, key);

	*out = NULL;
	if (is_null(v))
		return 0;
	if (v->type != PL_Y_SCALAR)
		return bad(ld, v, "agencies: '%s' must be a text", key);
	*out = v->str;
	return 0;
}

/* A list of texts (a lone text is a list of one). */
static int
get_list(struct loader *ld, const struct pl_yval *m, const char *key,
    struct pl_strlist *out)
{
	const struct pl_yval *v = pl_y_get(m, key);

	if (is_null(v))
		return 0;
	if (v->type == PL_Y_SCALAR) {
		pl_strlist_add(ld->reg->arena, out, v->str);
		return 0;
	}
	if (v->type != PL_Y_SEQ)
		return bad(ld, v, "agencies: '%s' must be a list", key);
	for (size_t i = 0; i < v->n; i++) {
		if (v->v[i].type != PL_Y_SCALAR || v->v[i].str[0] == '\0')
			return bad(ld, &v->v[i],
			    "agencies: items of '%s' must be texts", key);
		pl_strlist_add(ld->reg->arena, out, v->v[i].str);
	}
	return 0;
}

static int
get_date(struct loader *ld, const struct pl_yval *m, const char *key,
    struct pl_date *out)
{
	const struct pl_yval *v = pl_y_get(m, key);

	memset(out, 0, sizeof(*out));
	if (is_null(v))
		return 0;
	if (v->type != PL_Y_SCALAR || pl_date_parse_iso(v->str, out) == -1)
		return pl_err_set(ld->err, PL_E_RULE, v->file, v->line, v->col,
		    "agencies: '%s' must be a date YYYY-MM-DD or null, not "
		    "'%s'", key, v->type == PL_Y_SCALAR ? v->str : "...");
	return 0;
}

static int
get_bool(struct loader *ld, const struct pl_yval *m, const char *key,
    bool *out)
{
	const struct pl_yval *v = pl_y_get(m, key);

	*out = false;
	if (is_null(v))
		return 0;
	if (v->type != PL_Y_SCALAR || (strcmp(v->str, "true") != 0 &&
	    strcmp(v->str, "false") != 0))
		return bad(ld, v, "agencies: '%s' must be true or false", key);
	*out = strcmp(v->str, "true") == 0;
	return 0;
}

static struct pl_reg_entry *
new_entry(struct loader *ld, const struct pl_yval *at)
{
	struct pl_registry *reg = ld->reg;
	struct pl_reg_entry *e = pl_vec_push(reg->arena, &reg->entries,
	    &reg->nentries, &reg->capentries, sizeof(*e));

	e->file = at->file;
	e->line = at->line;
	e->col = at->col;
	return e;
}

static int
load_entry(struct loader *ld, const struct pl_yval *m)
{
	struct pl_reg_entry *e;
	const char *kind, *level;
	size_t i;

	if (pl_y_check_keys(m, entry_keys, "agencies", "an entry",
	    ld->err) == -1)
		return -1;
	e = new_entry(ld, m);
	if (get_str(ld, m, "name", &e->name) == -1 ||
	    get_str(ld, m, "kind", &kind) == -1 ||
	    get_str(ld, m, "level", &level) == -1 ||
	    get_str(ld, m, "province", &e->province) == -1 ||
	    get_str(ld, m, "former_province", &e->former_province) == -1 ||
	    get_list(ld, m, "aliases", &e->aliases) == -1 ||
	    get_list(ld, m, "abbreviations", &e->abbrevs) == -1 ||
	    get_list(ld, m, "successors", &e->successors) == -1 ||
	    get_date(ld, m, "valid_from", &e->valid_from) == -1 ||
	    get_date(ld, m, "valid_to", &e->valid_to) == -1 ||
	    get_str(ld, m, "basis", &e->basis) == -1 ||
	    get_str(ld, m, "source", &e->source) == -1 ||
	    get_str(ld, m, "note", &e->note) == -1 ||
	    get_bool(ld, m, "verified", &e->verified) == -1 ||
	    get_bool(ld, m, "historic", &e->historic) == -1)
		return -1;
	if (e->name == NULL)
		return bad(ld, m, "agencies: an entry needs a '%s'", "name");
	for (i = 0; kind != NULL && i < PL_NELEM(kind_names); i++)
		if (strcmp(kind, kind_names[i]) == 0)
			break;
	if (kind == NULL || i == PL_NELEM(kind_names))
		return bad(ld, pl_y_get(m, "kind") ? pl_y_get(m, "kind") : m,
		    "agencies: 'kind' must be state, party, locality or "
		    "province (entry '%s')", e->name);
	e->kind = (enum pl_reg_kind)i;
	e->level = PL_LEVEL_UNKNOWN;
	if (level != NULL) {
		for (i = 1; i <= PL_LEVEL_DAC_KHU; i++)
			if (strcmp(level, pl_level_name((enum pl_level)i)) == 0)
				break;
		if (i > PL_LEVEL_DAC_KHU)
			return bad(ld, pl_y_get(m, "level"),
			    "agencies: unknown level '%s'", level);
		e->level = (enum pl_level)i;
	}
	/* "scope: all" is the same as no scope. */
	if (strcmp(pl_y_str(pl_y_get(m, "scope"), ""), "all") != 0 &&
	    get_list(ld, m, "scope", &e->scope) == -1)
		return -1;
	if (e->valid_from.y != 0 && e->valid_to.y != 0 &&
	    pl_date_cmp(e->valid_from, e->valid_to) > 0)
		return bad(ld, pl_y_get(m, "valid_to"),
		    "agencies: valid_to is before valid_from (entry '%s')",
		    e->name);
	return 0;
}

/*
 * A province of NQ 202/2025/QH15: its own entry, an entry per province
 * merged into it (a historic name) and, for each of those, the bodies
 * ("UBND tỉnh X", "Tỉnh ủy X") that ended with it.
 */
static int
load_province(struct loader *ld, const struct pl_yval *m)
{
	struct pl_arena *a = ld->reg->arena;
	struct pl_reg_entry *p, *e;
	const char *type, *name, *basis, *source, *note;
	struct pl_strlist merged = { 0 }, aliases = { 0 };
	struct pl_date on = { 2025, 7, 1 }, last;
	bool verified, city;

	if (pl_y_check_keys(m, province_keys, "agencies", "a province",
	    ld->err) == -1 ||
	    get_str(ld, m, "name", &name) == -1 ||
	    get_str(ld, m, "type", &type) == -1 ||
	    get_list(ld, m, "merged", &merged) == -1 ||
	    get_list(ld, m, "aliases", &aliases) == -1 ||
	    get_str(ld, m, "basis", &basis) == -1 ||
	    get_str(ld, m, "source", &source) == -1 ||
	    get_str(ld, m, "note", &note) == -1 ||
	    get_bool(ld, m, "verified", &verified) == -1)
		return -1;
	if (pl_y_get(m, "merged_on") != NULL &&
	    get_date(ld, m, "merged_on", &on) == -1)
		return -1;
	if (name == NULL)
		return bad(ld, m, "agencies: a province needs a '%s'", "name");
	if (type == NULL || (strcmp(type, "tỉnh") != 0 &&
	    strcmp(type, "thành phố") != 0))
		return bad(ld, pl_y_get(m, "type") ? pl_y_get(m, "type") : m,
		    "agencies: a province's type is 'tỉnh' or 'thành phố' "
		    "(%s)", name);
	city = strcmp(type, "thành phố") == 0;
	last = on;
	if (--last.d == 0) {
		if (--last.m == 0) {
			last.m = 12;
			last.y--;
		}
		last.d = pl_days_in_month(last.y, last.m);
	}
	p = new_entry(ld, m);
	p->name = name;
	p->kind = PL_REG_PROVINCE;
	p->level = city ? PL_LEVEL_THANH_PHO : PL_LEVEL_TINH;
	p->province = name;
	p->aliases = aliases;
	p->basis = basis;
	p->source = source;
	p->note = note;
	p->verified = verified;
	for (size_t i = 0; i < merged.n; i++) {
		e = new_entry(ld, m);
		e->name = merged.v[i];
		e->kind = PL_REG_PROVINCE;
		e->level = PL_LEVEL_TINH;
		e->province = name;
		e->former_province = merged.v[i];
		e->valid_to = last;
		e->historic = true;
		pl_strlist_add(a, &e->successors, name);
		e->basis = basis;
		e->source = source;
		e->verified = verified;
		for (size_t b = 0; b < PL_NELEM(bodies); b++) {
			e = new_entry(ld, m);
			e->name = pl_arena_printf(a, "%s %s", bodies[b].prefix,
			    merged.v[i]);
			e->kind = bodies[b].kind;
			e->level = PL_LEVEL_TINH;
			e->province = name;
			e->former_province = merged.v[i];
			e->valid_to = last;
			pl_strlist_add(a, &e->successors, pl_arena_printf(a,
			    "%s %s", city ? bodies[b].as_city :
			    bodies[b].as_tinh, name));
			e->basis = basis;
			e->source = source;
			e->verified = verified;
		}
	}
	return 0;
}

static int
load_block(struct loader *ld, const struct pl_yval *blk)
{
	const struct pl_yval *v;

	if (pl_y_check_keys(blk, block_keys, "agencies", "the registry",
	    ld->err) == -1)
		return -1;
	if ((v = pl_y_get(blk, "abbreviations")) != NULL && !is_null(v)) {
		if (v->type != PL_Y_MAP)
			return bad(ld, v, "agencies: '%s' must be a map of "
			    "abbreviation: expansion", "abbreviations");
		for (size_t i = 0; i < v->n; i++) {
			struct pl_reg_abbrev *ab;

			if (v->v[i].type != PL_Y_SCALAR)
				return bad(ld, &v->v[i], "agencies: the "
				    "expansion of '%s' must be a text",
				    v->keys[i]);
			ab = pl_vec_push(ld->reg->arena, &ld->reg->abbrevs,
			    &ld->reg->nabbrevs, &ld->reg->capabbrevs,
			    sizeof(*ab));
			ab->abbr = v->keys[i];
			ab->full = v->v[i].str;
		}
	}
	if ((v = pl_y_get(blk, "provinces")) != NULL && !is_null(v)) {
		if (v->type != PL_Y_SEQ)
			return bad(ld, v, "agencies: '%s' must be a list",
			    "provinces");
		for (size_t i = 0; i < v->n; i++)
			if (load_province(ld, &v->v[i]) == -1)
				return -1;
	}
	if ((v = pl_y_get(blk, "entries")) != NULL && !is_null(v)) {
		if (v->type != PL_Y_SEQ)
			return bad(ld, v, "agencies: '%s' must be a list",
			    "entries");
		for (size_t i = 0; i < v->n; i++)
			if (load_entry(ld, &v->v[i]) == -1)
				return -1;
	}
	return 0;
}

int
pl_registry_build(struct pl_ruleset *rs, struct pl_registry **out,
    struct pl_err *err)
{
	struct pl_registry *reg = pl_arena_alloc(rs->arena, sizeof(*reg));
	struct loader ld = { .reg = reg, .err = err };
	const struct pl_yval *blk;
	size_t iter = 0, nblocks = 0;

	*out = NULL;
	reg->arena = rs->arena;
	while ((blk = pl_ruleset_data(rs, "agencies", &iter)) != NULL) {
		if (load_block(&ld, blk) == -1)
			return -1;
		nblocks++;
	}
	if (nblocks == 0)
		return pl_err_set(err, PL_E_RULE, "", 0, 0, "no agency "
		    "registry loaded (a pack with 'data: agencies:', "
		    "rules/agencies.yaml, must come before the agency rules)");
	pl_registry_index(reg);
	*out = reg;
	return 0;
}

int
pl_registry_load_bytes(const char *file, const char *bytes, size_t n,
    struct pl_registry **out, struct pl_err *err)
{
	struct pl_ruleset *rs;

	*out = NULL;
	if (pl_ruleset_load_bytes(file, bytes, n, &rs, err) == -1)
		return -1;
	if (pl_registry_build(rs, out, err) == -1) {
		if (err != NULL && err->file[0] == '\0')
			snprintf(err->file, sizeof(err->file), "%s", file);
		pl_ruleset_free(rs);
		return -1;
	}
	(*out)->owned = rs;
	return 0;
}

int
pl_registry_load(const char *path, struct pl_registry **out,
    struct pl_err *err)
{
	struct pl_buf b = { 0 };
	char chunk[65536];
	FILE *f;
	size_t n;
	int rc = 0;

	*out = NULL;
	if ((f = fopen(path, "rb")) == NULL)
		return pl_err_set(err, PL_E_OPEN, path, 0, 0, "%s",
		    strerror(errno));
	while (rc == 0 && (n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		pl_buf_add(&b, chunk, n);
		if (b.len > MAX_REGISTRY)
			rc = pl_err_set(err, PL_E_TOO_BIG, path, 0, 0, NULL);
	}
	if (rc == 0 && ferror(f))
		rc = pl_err_set(err, PL_E_READ, path, 0, 0, "%s",
		    strerror(errno));
	fclose(f);
	if (rc == 0)
		rc = pl_registry_load_bytes(path, b.s != NULL ? b.s : "",
		    b.len, out, err);
	pl_buf_free(&b);
	return rc;
}

void
pl_registry_free(struct pl_registry *reg)
{
	if (reg != NULL && reg->owned != NULL)
		pl_ruleset_free(reg->owned);	/* reg lives in its arena */
}

size_t
pl_registry_count(const struct pl_registry *reg)
{
	return reg->nentries;
}

const struct pl_reg_entry *
pl_registry_entry(const struct pl_registry *reg, size_t i)
{
	return i < reg->nentries ? &reg->entries[i] : NULL;
}

const char *
pl_reg_kind_name(enum pl_reg_kind k)
{
	return (unsigned)k < PL_NELEM(kind_names) ? kind_names[k] : "state";
}

bool
pl_reg_valid_on(const struct pl_reg_entry *e, struct pl_date d)
{
	if (d.y == 0)
		return true;
	if (e->valid_from.y != 0 && pl_date_cmp(d, e->valid_from) < 0)
		return false;
	return e->valid_to.y == 0 || pl_date_cmp(d, e->valid_to) <= 0;
}

bool
pl_reg_applies_in(const struct pl_reg_entry *e, const char *p)
{
	if (e->scope.n == 0)
		return true;
	if (p == NULL)
		return false;
	for (size_t i = 0; i < e->scope.n; i++)
		if (strcmp(e->scope.v[i], p) == 0)
			return true;
	return false;
}

const char *
pl_reg_province_on(const struct pl_reg_entry *e, struct pl_date d)
{
	static const struct pl_date merger = { 2025, 7, 1 };

	if (e->former_province != NULL && d.y != 0 &&
	    pl_date_cmp(d, merger) < 0)
		return e->former_province;
	return e->province;
}

const char *
pl_registry_province_of(const struct pl_registry *reg, struct pl_arena *a,
    const char *s, struct pl_date d)
{
	struct pl_reg_match *m;
	size_t n;

	if (s == NULL)
		return NULL;
	n = pl_registry_scan(reg, a, s, strlen(s), false, &m);
	for (size_t i = 0; i < n; i++)
		if (m[i].entry->province != NULL)
			return pl_reg_province_on(m[i].entry, d);
	return NULL;
}

const char *
pl_registry_abbrev(const struct pl_registry *reg, const char *abbr, size_t n)
{
	size_t lo = 0, hi = reg->nabbrevs;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *k = reg->abbrevs[mid].abbr;
		int c = strncmp(k, abbr, n);

		if (c == 0 && k[n] != '\0')
			c = 1;
		if (c == 0)
			return reg->abbrevs[mid].full;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Lowercase words of s joined by one space: "Lao động - Thương binh"
 * and "Lao động, Thương binh" compare equal. */
static char *
norm(struct pl_arena *a, const char *s)
{
	size_t n = strlen(s), k = 0;
	char *low = pl_arena_alloc(a, n + 1), *out = pl_arena_alloc(a, n + 1);
	bool sep = false;

	pl_utf8_lower(s, n, low);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)low[i];

		if (c == ' ' || c == ',' || c == '-' || c == '\t') {
			sep = k > 0;
			continue;
		}
		if (sep)
			out[k++] = ' ';
		sep = false;
		out[k++] = (char)c;
	}
	out[k] = '\0';
	return out;
}

void
pl_registry_abbrevs_of(const struct pl_registry *reg, struct pl_arena *a,
    const char *full, struct pl_strlist *out)
{
	const char *want = norm(a, full);

	if (strncmp(want, "sở ", strlen("sở ")) == 0)
		want += strlen("sở ");
	for (size_t i = 0; i < reg->nabbrevs; i++) {
		const char *f = norm(a, reg->abbrevs[i].full);

		if (strncmp(f, "sở ", strlen("sở ")) == 0)
			f += strlen("sở ");
		if (strcmp(f, want) == 0)
			pl_strlist_add(a, out, reg->abbrevs[i].abbr);
	}
}
