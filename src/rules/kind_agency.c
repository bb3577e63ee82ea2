/*
 * kind_agency.c: agency and place names against the registry
 * (rules/agencies.yaml).  One kind, four checks (params.check):
 * "obsolete" (a name no longer valid on the document's date), "variant"
 * (a misspelt, truncated or miscapitalised name), "abbrev" (an
 * abbreviation neither in the legend nor known; a legend entry that
 * defines another abbreviation than the one used, kind_abbrev.c) and
 * "locality" (a place of another province in the plan's own tasks).
 */
#include <stdlib.h>
#include <string.h>

#include "registry.h"

static const char *const params[] = {
	"check", "unverified", "caveat", "legend_message", "legend_hint", NULL,
};

static const char *const check_names[] = {	/* ORDER: enum ag_check */
	"obsolete", "variant", "abbrev", "locality",
};

/* An earlier agency rule built its registry from as many blocks. */
static bool
same_blocks(const void *data, const void *arg)
{
	return ((const struct ag_state *)data)->nblocks ==
	    *(const size_t *)arg;
}

static int
prepare(struct pl_rule *r, struct pl_ruleset *rs, struct pl_err *err)
{
	struct ag_state *st = pl_arena_alloc(rs->arena, sizeof(*st));
	const struct pl_yval *v = pl_y_get(r->params, "check");
	const char *s = pl_y_str(v, "");
	const struct ag_state *o;
	size_t i;

	for (i = 0; i < PL_NELEM(check_names); i++)
		if (strcmp(s, check_names[i]) == 0)
			break;
	if (i == PL_NELEM(check_names))
		return pl_rule_err(r, v, err, PL_E_RULE, "'params.check' must "
		    "be obsolete, variant, abbrev or locality");
	st->check = (enum ag_check)i;
	v = pl_y_get(r->params, "unverified");
	s = pl_y_str(v, "info");
	if (strcmp(s, "info") == 0)
		st->unverified = AG_U_INFO;
	else if (strcmp(s, "skip") == 0)
		st->unverified = AG_U_SKIP;
	else if (strcmp(s, "same") == 0)
		st->unverified = AG_U_SAME;
	else
		return pl_rule_err(r, v, err, PL_E_RULE, "'params.unverified' "
		    "must be info, skip or same");
	if ((v = pl_y_get(r->params, "caveat")) != NULL)
		pl_y_lang(v, st->caveat);
	if (st->check == AG_ABBREV)
		st->legend = pl_rule_variant(rs, r, "legend_message",
		    "legend_hint");

	/* The four rules share one registry: reuse the one an earlier agency
	 * rule built from the same data blocks. */
	st->nblocks = pl_ruleset_count_data(rs, "agencies");
	if ((o = pl_rule_earlier(rs, r, same_blocks, &st->nblocks)) != NULL)
		st->reg = o->reg;
	if (st->reg == NULL) {
		struct pl_registry *reg;

		if (pl_registry_build(rs, &reg, err) == -1) {
			if (err != NULL && err->file[0] == '\0')
				return pl_rule_err(r, NULL, err, PL_E_RULE,
				    "%s", err->detail);
			return -1;
		}
		st->reg = reg;
	}
	r->data = st;
	return 0;
}

/* ---- Helpers shared with kind_abbrev.c ---- */

int *
ag_owners(const struct pl_doc *doc, struct pl_arena *a, bool targets)
{
	size_t n = doc->text.n;
	int *o = pl_arena_alloc(a, (n + 1) * sizeof(int));
	bool any = doc->nsections > 0 || doc->ntasks > 0, cut = false;

	for (size_t i = 0; i < n; i++)
		o[i] = any ? AG_SKIP : AG_PROSE;
	for (size_t s = 0; s < doc->nsections; s++) {
		const struct pl_section *sec = &doc->sections[s];
		size_t end = s + 1 < doc->nsections ?
		    (size_t)doc->sections[s + 1].line - 1 : n;

		if (sec->kind != PL_SEC_TASKS && sec->kind != PL_SEC_ORGANIZE &&
		    sec->kind != PL_SEC_APPENDIX &&
		    !(targets && sec->kind == PL_SEC_TARGETS))
			continue;
		for (size_t l = (size_t)sec->line; l <= end && l <= n; l++)
			if (l >= 1)
				o[l - 1] = AG_PROSE;
	}
	/* The addressees ("Nơi nhận") and the signature are not tasks. */
	for (size_t i = 0; i < n; i++) {
		const char *s = doc->text.lines[i].s;
		size_t len;

		s = pl_trim(s, doc->text.lines[i].len, &len);
		if (pl_istarts_with(s, "Nơi nhận"))
			cut = true;
		for (size_t k = 0; cut && k < doc->nsections; k++)
			if ((size_t)doc->sections[k].line == i + 1)
				cut = false;
		if (cut)
			o[i] = AG_SKIP;
	}
	for (size_t t = 0; t < doc->ntasks; t++) {
		const struct pl_pos *p = &doc->tasks[t].pos;
		int end = p->end_line > p->line ? p->end_line : p->line;

		for (int l = p->line; l >= 1 && l <= end && (size_t)l <= n; l++)
			o[l - 1] = (int)t;
	}
	/* The abbreviation legend defines names, it does not use them. */
	for (size_t i = 0; i < doc->nabbrevs; i++)
		if (doc->abbrevs[i].line >= 1 && (size_t)doc->abbrevs[i].line <= n)
			o[doc->abbrevs[i].line - 1] = AG_SKIP;
	for (size_t i = 0; i < n; i++) {
		size_t len;
		const char *s = pl_trim(doc->text.lines[i].s,
		    doc->text.lines[i].len, &len);

		if (pl_istarts_with(s, "Ghi chú"))
			o[i] = AG_SKIP;
	}
	return o;
}

struct pl_pos
ag_pos(const struct pl_doc *doc, size_t line, size_t start, size_t end)
{
	struct pl_pos p = { 0 };
	const char *s = doc->text.lines[line].s;

	p.line = p.end_line = (int)line + 1;
	p.col = (int)pl_utf8_count(s, start) + 1;
	p.end_col = (int)pl_utf8_count(s, end);
	if (p.end_col < p.col)
		p.end_col = p.col;
	return p;
}

const char *
ag_date(struct pl_arena *a, struct pl_date d)
{
	return pl_arena_printf(a, "%02d/%02d/%d", d.d, d.m, d.y);
}

/* The province the document belongs to on day d: its locality, else
 * its issuer, else the province its text names most (at least twice and
 * more than any other); NULL when none. */
const char *
ag_doc_province(const struct pl_registry *reg, const struct pl_doc *doc,
    struct pl_arena *a, struct pl_date d)
{
	const char *p, **names = NULL;
	size_t *counts = NULL, nn = 0, cap = 0, capc = 0, best = 0, second = 0;
	const char *top = NULL;

	if ((p = pl_registry_province_of(reg, a, doc->meta.locality, d)) !=
	    NULL)
		return p;
	if ((p = pl_registry_province_of(reg, a, doc->meta.issuer, d)) !=
	    NULL)
		return p;
	for (size_t i = 0; i < doc->text.n; i++) {
		struct pl_reg_match *m;
		size_t nm = pl_registry_scan(reg, a, doc->text.lines[i].s,
		    doc->text.lines[i].len, false, &m);

		for (size_t k = 0; k < nm; k++) {
			size_t j;

			if (m[k].entry->kind != PL_REG_PROVINCE)
				continue;
			p = pl_reg_province_on(m[k].entry, d);
			for (j = 0; j < nn && strcmp(names[j], p) != 0; j++)
				;
			if (j == nn) {
				*(const char **)pl_vec_push(a, &names, &nn, &cap,
				    sizeof(char *)) = p;
				nn--;
				*(size_t *)pl_vec_push(a, &counts, &nn, &capc,
				    sizeof(size_t)) = 0;
			}
			counts[j]++;
		}
	}
	for (size_t j = 0; j < nn; j++) {
		if (counts[j] > best) {
			second = best;
			best = counts[j];
			top = names[j];
		} else if (counts[j] > second)
			second = counts[j];
	}
	return best >= 2 && best > second ? top : NULL;
}

/* Whether the match at [start, end) of s is a citation or a historic
 * mention: part of a document symbol ("234-CV/BTGTU"), marked "(cũ)",
 * or a former title ("nguyên Giám đốc Sở ..."). */
static bool
historic(const char *s, size_t n, size_t start, size_t end)
{
	size_t b = start;

	if ((start > 0 && s[start - 1] == '/') || (end < n && s[end] == '/'))
		return true;
	while (end < n && s[end] == ' ')
		end++;
	if (pl_istarts_with(s + end, "(cũ)") || pl_istarts_with(s + end,
	    "trước đây"))
		return true;
	/* "cũ" as a word: not "cũng". */
	if (pl_istarts_with(s + end, "cũ") && (end + strlen("cũ") >= n ||
	    !pl_utf8_is_alpha_at(s + end + strlen("cũ"),
	    n - end - strlen("cũ"))))
		return true;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	return b >= strlen("nguyên") && pl_istarts_with(s + b -
	    strlen("nguyên"), "nguyên");
}

/* What was reported already: an entry or a province, in a task. */
struct seen {
	const void	*key;
	int		 task;
};

/* The earlier finding for (key, task), or NULL. */
static struct seen *
seen_find(struct seen *v, size_t n, const void *key, int task)
{
	for (size_t i = 0; i < n; i++)
		if (v[i].key == key && v[i].task == task)
			return &v[i];
	return NULL;
}

static const char *
join(struct pl_arena *a, const struct pl_strlist *l)
{
	struct pl_buf b = { 0 };
	char *r;

	for (size_t i = 0; i < l->n; i++) {
		if (i > 0)
			pl_buf_adds(&b, i + 1 == l->n ? "\" và \"" : "\", \"");
		pl_buf_adds(&b, l->v[i]);
	}
	r = pl_arena_strdup(a, b.s != NULL ? b.s : "");
	pl_buf_free(&b);
	return r;
}

/* ---- agency.obsolete ---- */

static void
check_obsolete(const struct pl_rule *r, const struct ag_state *st,
    struct pl_ctx *ctx, struct pl_arena *tmp)
{
	struct pl_doc *doc = ctx->doc;
	struct pl_date d = ctx->date;
	const char *prov;
	int *own;
	struct seen *seen = NULL;
	size_t nseen = 0, capseen = 0;
	enum pl_lang lang = ctx->opts != NULL ? ctx->opts->lang : PL_LANG_VI;

	if (d.y == 0)
		return;
	prov = ag_doc_province(st->reg, doc, tmp, d);
	own = ag_owners(doc, tmp, false);
	for (size_t i = 0; i < doc->text.n; i++) {
		const struct pl_line *l = &doc->text.lines[i];
		struct pl_reg_match *m;
		size_t nm;

		if (own[i] == AG_SKIP)
			continue;
		nm = pl_registry_scan(st->reg, tmp, l->s, l->len, false, &m);
		for (size_t k = 0; k < nm; k++) {
			const struct pl_reg_entry *e = m[k].entry;
			struct seen *sn;
			struct pl_date since;
			struct pl_finding *f;

			if (e->historic || e->valid_to.y == 0 ||
			    pl_date_cmp(d, e->valid_to) <= 0 ||
			    !pl_reg_applies_in(e, prov) ||
			    (!e->verified && st->unverified == AG_U_SKIP) ||
			    historic(l->s, l->len, m[k].start, m[k].end))
				continue;
			if (seen_find(seen, nseen, e, own[i]) != NULL)
				continue;
			since = e->valid_to;
			if (++since.d > pl_days_in_month(since.y, since.m)) {
				since.d = 1;
				if (++since.m > 12) {
					since.m = 1;
					since.y++;
				}
			}
			const struct pl_var vars[] = {
				{ "name", pl_arena_strndup(doc->arena,
				    l->s + m[k].start, m[k].end - m[k].start) },
				{ "canonical", e->name },
				{ "successor", join(doc->arena, &e->successors) },
				{ "since", ag_date(doc->arena, since) },
				{ "date", ag_date(doc->arena, d) },
				{ "basis", e->basis != NULL ? pl_arena_printf(
				    doc->arena, " (%s)", e->basis) : "" },
				{ "caveat", e->verified || st->caveat[lang] ==
				    NULL ? "" : st->caveat[lang] },
			};
			f = pl_emit(ctx, r, own[i] >= 0 ? own[i] : -1,
			    ag_pos(doc, i, m[k].start, m[k].end), l->s + m[k].start, vars,
			    PL_NELEM(vars));
			if (!e->verified && st->unverified == AG_U_INFO)
				f->severity = PL_SEV_INFO;
			sn = pl_vec_push(tmp, &seen, &nseen, &capseen,
			    sizeof(*sn));
			sn->key = e;
			sn->task = own[i];
		}
	}
}

/* ---- agency.name-variant ---- */

/* Whether the texts differ only in their first letter ("sở" at the start
 * of a clause is not a capitalisation slip). */
static bool
first_letter_only(const char *a, size_t n, const char *b)
{
	int32_t cp;
	int k = pl_utf8_decode(a, n, &cp);

	return k > 0 && strlen(b) == n && memcmp(a + k, b + k, n - (size_t)k)
	    == 0;
}

static bool
all_upper(const char *s, size_t n)
{
	int32_t cp;
	int k;

	for (size_t i = 0; i < n; i += (size_t)k) {
		if ((k = pl_utf8_decode(s + i, n - i, &cp)) == 0)
			return false;
		if (pl_utf8_is_alpha_at(s + i, n - i) &&
		    !pl_utf8_is_upper_at(s + i, n - i))
			return false;
	}
	return true;
}

static void
emit_variant(const struct pl_rule *r, struct pl_ctx *ctx, int task,
    struct pl_pos pos, const char *quote, const char *name,
    const char *correct, const char *why, int count)
{
	struct pl_doc *doc = ctx->doc;
	const struct pl_var vars[] = {
		{ "name", name },
		{ "correct", correct },
		{ "why", why },
		{ "count", pl_arena_printf(doc->arena, "%d", count) },
	};

	pl_emit(ctx, r, task, pos, quote, vars, PL_NELEM(vars));
}

/* The first place text[0..n) occurs in the lines of task t, or the
 * task's own position. */
static struct pl_pos
locate(const struct pl_doc *doc, const struct pl_task *t, const char *text,
    size_t n)
{
	int end = t->pos.end_line > t->pos.line ? t->pos.end_line : t->pos.line;
	char *needle = pl_xstrndup(text, n);
	struct pl_pos pos = { 0 };

	for (int l = t->pos.line; l >= 1 && l <= end &&
	    (size_t)l <= doc->text.n; l++) {
		const char *s = doc->text.lines[l - 1].s, *at = strstr(s, needle);

		if (at != NULL) {
			pos = ag_pos(doc, (size_t)l - 1, (size_t)(at - s),
			    (size_t)(at - s) + n);
			break;
		}
	}
	free(needle);
	return pos;
}

/* Lead and coordinator cells that hold a department's name without its
 * "Sở" ("Công thương" for "Sở Công Thương"), outside an enumeration
 * "các Sở: Xây dựng, Công Thương". */
static void
truncated(const struct pl_rule *r, const struct ag_state *st,
    struct pl_ctx *ctx, struct pl_arena *tmp)
{
	struct pl_doc *doc = ctx->doc;

	for (size_t t = 0; t < doc->ntasks; t++) {
		const struct pl_task *task = &doc->tasks[t];
		const char *cells[2] = {
			pl_task_field(doc, task, PL_F_LEAD),
			pl_task_field(doc, task, PL_F_COORD),
		};
		for (int c = 0; c < 2; c++) {
			const char *s = cells[c], *p;
			struct pl_reg_match m;

			for (p = s; s != NULL && *p != '\0'; ) {
				size_t n = strcspn(p, ",;"), len;
				const char *seg = pl_trim(p, n, &len);
				char *one = pl_arena_strndup(tmp, seg, len);
				char *paren = strchr(one, '(');

				if (paren != NULL)
					*paren = '\0';
				if (pl_registry_lookup(st->reg, tmp, one, &m) &&
				    m.short_form && pl_istrstr(pl_arena_strndup(
				    tmp, s, (size_t)(seg - s)), "sở") == NULL) {
					seg = pl_trim(one, strlen(one), &len);
					emit_variant(r, ctx, (int)t, locate(doc,
					    task, seg, len), s, pl_arena_strndup(
					    doc->arena, seg, len), m.entry->name,
					    "short", 1);
				}
				p += n;
				if (*p != '\0')
					p++;
			}
		}
	}
}

static void
check_variant(const struct pl_rule *r, const struct ag_state *st,
    struct pl_ctx *ctx, struct pl_arena *tmp)
{
	struct pl_doc *doc = ctx->doc;
	int *own = ag_owners(doc, tmp, false);
	const char **seen = NULL;
	size_t nseen = 0, capseen = 0, first_line = 0;
	struct pl_reg_match first = { 0 };
	int cases = 0;

	truncated(r, st, ctx, tmp);
	for (size_t i = 0; i < doc->text.n; i++) {
		const struct pl_line *l = &doc->text.lines[i];
		struct pl_reg_match *m;
		size_t nm, j;

		if (own[i] == AG_SKIP)
			continue;
		nm = pl_registry_scan(st->reg, tmp, l->s, l->len, false, &m);
		for (size_t k = 0; k < nm; k++) {
			const char *txt = l->s + m[k].start;
			size_t len = m[k].end - m[k].start;
			const char *name;

			if (m[k].how == PL_REG_FOLD) {
				/* A misspelling: once per spelling. */
				name = pl_arena_strndup(doc->arena, txt, len);
				for (j = 0; j < nseen; j++)
					if (strcmp(seen[j], name) == 0)
						break;
				if (j < nseen)
					continue;
				*(const char **)pl_vec_push(tmp, &seen, &nseen,
				    &capseen, sizeof(char *)) = name;
				emit_variant(r, ctx, own[i], ag_pos(doc, i,
				    m[k].start, m[k].end), l->s + m[k].start, name,
				    m[k].form, "spelling", 1);
				continue;
			}
			/* Capitalisation is reported once per document, and
			 * never in a heading or at a clause start. */
			if (m[k].how != PL_REG_CASE ||
			    m[k].entry->kind == PL_REG_PROVINCE ||
			    m[k].entry->kind == PL_REG_LOCALITY ||
			    all_upper(txt, len) ||
			    first_letter_only(txt, len, m[k].form))
				continue;
			if (cases++ == 0) {
				first = m[k];
				first_line = i;
			}
		}
	}
	if (cases > 0) {
		const struct pl_line *l = &doc->text.lines[first_line];

		emit_variant(r, ctx, own[first_line], ag_pos(doc, first_line,
		    first.start, first.end), l->s + first.start,
		    pl_arena_strndup(doc->arena,
		    l->s + first.start, first.end - first.start), first.form,
		    "case", cases);
	}
}

/* ---- doc.wrong-locality ---- */

/* Words in the clause before a place that make it a neighbour, a route or
 * a citation rather than the plan's own locality. */
static const char *const relational[] = {
	"liên kết", "hợp tác", "giáp", "kết nối", "với ", "giữa", "các tỉnh",
	"vùng", "lân cận", "cao tốc", "quốc lộ", "tuyến", "đường", "cầu ",
	"cảng", "sân bay", "nghị quyết", "quyết định", "kết luận", "chỉ thị",
	"thông báo", "hướng dẫn", "số ", "học tập", "kinh nghiệm", NULL,
};

static bool
related(const char *s, size_t start)
{
	size_t b = start;
	char *clause;
	bool r = false;

	while (b > 0 && s[b - 1] != ';' && s[b - 1] != '\t' &&
	    !(s[b - 1] == '.' && b < start && s[b] == ' ') && s[b - 1] != ':')
		b--;
	clause = pl_xstrndup(s + b, start - b);
	for (size_t i = 0; relational[i] != NULL && !r; i++)
		r = pl_istrstr(clause, relational[i]) != NULL;
	free(clause);
	return r;
}

static void
check_locality(const struct pl_rule *r, const struct ag_state *st,
    struct pl_ctx *ctx, struct pl_arena *tmp)
{
	struct pl_doc *doc = ctx->doc;
	struct pl_date d = ctx->date;
	const char *mine = ag_doc_province(st->reg, doc, tmp, d);
	int *own;
	struct seen *seen = NULL;
	size_t nseen = 0, capseen = 0;

	if (mine == NULL)
		return;
	own = ag_owners(doc, tmp, true);
	for (size_t i = 0; i < doc->text.n; i++) {
		const struct pl_line *l = &doc->text.lines[i];
		struct pl_reg_match *m;
		size_t nm;

		if (own[i] == AG_SKIP)
			continue;
		nm = pl_registry_scan(st->reg, tmp, l->s, l->len, false, &m);
		for (size_t k = 0; k < nm; k++) {
			const struct pl_reg_entry *e = m[k].entry;
			const char *p = pl_reg_province_on(e, d);
			struct seen *sn;

			if (p == NULL || strcmp(p, mine) == 0 ||
			    (e->kind != PL_REG_STATE && e->kind != PL_REG_PARTY &&
			    !pl_reg_marked(l->s, m[k].start, m[k].form)) ||
			    related(l->s, m[k].start) ||
			    historic(l->s, l->len, m[k].start, m[k].end))
				continue;
			if (seen_find(seen, nseen, p, -1) != NULL)
				continue;
			const struct pl_var vars[] = {
				{ "name", pl_arena_strndup(doc->arena,
				    l->s + m[k].start, m[k].end - m[k].start) },
				{ "province", p },
				{ "doc_province", mine },
			};
			pl_emit(ctx, r, own[i], ag_pos(doc, i, m[k].start,
			    m[k].end), l->s + m[k].start, vars, PL_NELEM(vars));
			sn = pl_vec_push(tmp, &seen, &nseen, &capseen,
			    sizeof(*sn));
			sn->key = p;
			sn->task = -1;
		}
	}
}

static int
check(const struct pl_rule *r, struct pl_ctx *ctx)
{
	const struct ag_state *st = r->data;
	struct pl_arena *tmp = pl_arena_new();

	switch (st->check) {
	case AG_OBSOLETE:
		check_obsolete(r, st, ctx, tmp);
		break;
	case AG_VARIANT:
		check_variant(r, st, ctx, tmp);
		break;
	case AG_ABBREV:
		ag_check_abbrev(r, st, ctx, tmp);
		break;
	case AG_LOCALITY:
		check_locality(r, st, ctx, tmp);
		break;
	}
	pl_arena_free(tmp);
	return 0;
}

const struct pl_kind pl_kind_agency = {
	.name = "agency",
	.params = params,
	.prepare = prepare,
	.check = check,
};
