/*
 * target_set.c: the targets of the checked set as the target rules see
 * them: each with its indicator, unit, interval and the year or period it
 * is for, and each document with its horizon and its place (a province,
 * or a commune, ward or special zone inside one).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "indicator.h"

static bool
isdig(char c)
{
	return c >= '0' && c <= '9';
}

/* A year at s[i..i+4) that is a number of its own, 1990..2100; else 0. */
static int
year_at(const char *s, size_t n, size_t i)
{
	int y;

	if (i + 4 > n || (i > 0 && isdig(s[i - 1])) ||
	    (i + 4 < n && isdig(s[i + 4])))
		return 0;
	for (size_t k = i; k < i + 4; k++)
		if (!isdig(s[k]))
			return 0;
	y = atoi(s + i);
	return y >= 1990 && y <= 2100 ? y : 0;
}

int
tg_title_horizon(const char *title)
{
	size_t n = title != NULL ? strlen(title) : 0;
	const char *vision = title != NULL ? pl_istrstr(title, "tầm nhìn") :
	    NULL;
	int best = 0, y;

	for (size_t i = 0; i < n; i++) {
		size_t k;

		if ((y = year_at(title, n, i)) == 0)
			continue;
		if (vision != NULL && title + i > vision)
			break;
		/* "19-12-2025", "22/12/2024" are dates, "224/2025/QH15" a
		 * symbol; "2025-2026" is a period. */
		if (i > 0 && title[i - 1] == '/')
			continue;
		if (i + 4 < n && title[i + 4] == '/')
			continue;
		if (i > 0 && title[i - 1] == '-') {
			for (k = i - 1; k > 0 && isdig(title[k - 1]); k--)
				;
			if (i - 1 - k != 4)
				continue;
		}
		if (y > best)
			best = y;
	}
	return best;
}

/* The horizon of doc: its title's, else the year its targets name most
 * (the later one on a tie), else its date's year. */
static int
horizon(const struct pl_doc *doc)
{
	int h = tg_title_horizon(doc->meta.title), best = 0, count = 0;

	if (h != 0)
		return h;
	for (size_t i = 0; i < doc->ntargets; i++) {
		int y = doc->targets[i].year, c = 0;

		for (size_t k = 0; k < doc->ntargets && y != 0; k++)
			c += doc->targets[k].year == y;
		if (c > count || (c == count && y > best)) {
			best = y;
			count = c;
		}
	}
	return best != 0 ? best : doc->meta.date.y;
}

static int
tier(enum pl_level l)
{
	switch (l) {
	case PL_LEVEL_TINH:
	case PL_LEVEL_THANH_PHO:
		return 1;
	case PL_LEVEL_HUYEN:
	case PL_LEVEL_XA:
	case PL_LEVEL_PHUONG:
	case PL_LEVEL_DAC_KHU:
		return 2;
	default:
		return 0;
	}
}

/* "Y1-Y2" of a period, or false. */
static bool
period_years(const char *p, int *y1, int *y2)
{
	return p != NULL && sscanf(p, "%d-%d", y1, y2) == 2 && *y1 >= 1990 &&
	    *y2 > *y1 && *y2 <= 2100;
}

/*
 * Terms overlap their neighbours by a year: "2025 - 2030" and "2026 -
 * 2030" are both five years, as are "5 năm" and "05 năm".
 */
void
tg_target_time(const struct pl_target *t, int hz, int *year, int *span)
{
	int y1, y2, nyears;

	*year = t->year;
	*span = 0;
	if (period_years(t->period, &y1, &y2)) {
		char b1[16], b2[16];

		snprintf(b1, sizeof(b1), "%d", y1);
		snprintf(b2, sizeof(b2), "%d", y2);
		/* Only a period the item itself names is a span; one from
		 * the heading ("nhiệm kỳ 2025 - 2030") dates the target. */
		if (t->raw != NULL && strstr(t->raw, b1) != NULL &&
		    strstr(t->raw, b2) != NULL) {
			*span = (y2 - y1) % 5 == 0 ? y2 - y1 : y2 - y1 + 1;
			*year = y2;
		} else if (*year == 0)
			*year = y2;
	} else if (t->period != NULL &&
	    sscanf(t->period, "%d", &nyears) == 1 && nyears > 0 &&
	    nyears <= 30)
		*span = nyears;
	if (*year == 0)
		*year = hz;
}

/* Whether x's figure lies outside what its indicator makes plausible. */
static bool
implausible(const struct tg_target *x)
{
	for (int k = 0; k < x->nkeys; k++) {
		const struct pl_indicator *e = x->keys[k];

		for (size_t i = 0; i < e->nplausible; i++) {
			struct pl_interval p = { e->plausible[i].min,
			    e->plausible[i].max, false, false };

			if (e->plausible[i].fam == x->u.fam &&
			    !pl_interval_meets(x->iv, p))
				return true;
		}
	}
	return false;
}

/* Targets of one list item or row: "79%, trong đó ... 35%". */
static bool
same_item(const struct pl_target *a, const struct pl_target *b)
{
	return a->task == b->task && a->raw != NULL && b->raw != NULL &&
	    strcmp(a->raw, b->raw) == 0 &&
	    ((a->number == NULL && b->number == NULL) ||
	    (a->number != NULL && b->number != NULL &&
	    strcmp(a->number, b->number) == 0));
}

int
tg_read(struct tg_run *run)
{
	struct pl_ctx *ctx = run->ctx;
	size_t item = 0;

	run->d = pl_arena_alloc(run->a, (ctx->ndocs + 1) * sizeof(*run->d));
	for (size_t d = 0; d < ctx->ndocs; d++) {
		struct pl_doc *doc = ctx->docs[d];
		struct tg_doc *di = &run->d[d];

		di->first = run->n;
		di->horizon = horizon(doc);
		di->tier = doc->meta.locality != NULL ?
		    tier(doc->meta.level) : 0;
		ctx->doc = doc;
		for (size_t i = 0; i < doc->ntargets; i++) {
			const struct pl_target *t = &doc->targets[i];
			struct tg_target *x = pl_vec_push(run->a, &run->v,
			    &run->n, &run->cap, sizeof(*x));
			int k;

			x->doc = d;
			x->t = t;
			pl_unit_parse(run->a, t->unit, &x->u);
			k = pl_indicators_match(run->st->reg, ctx, t, &x->u,
			    x->keys);
			if (k == -1) {
				ctx->doc = NULL;
				return -1;
			}
			x->nkeys = k;
			if (t->indicator != NULL)
				x->words = pl_indicator_words(run->st->reg,
				    run->a, t->indicator, &x->nwords);
			x->iv = pl_qty_interval(t, x->u.scale,
			    run->st->approx);
			tg_target_time(t, di->horizon, &x->year, &x->span);
			if (i == 0 || !same_item(&doc->targets[i - 1], t))
				item++;
			x->item = item;
			x->implausible = implausible(x);
		}
		di->n = run->n - di->first;
	}
	ctx->doc = NULL;
	return 0;
}

bool
tg_later(const struct tg_run *run, size_t i, size_t j)
{
	const struct pl_doc *a = run->ctx->docs[i], *b = run->ctx->docs[j];
	int c;

	if (a->context != b->context)
		return b->context;
	if (a->meta.date.y != 0 && b->meta.date.y != 0 &&
	    (c = pl_date_cmp(a->meta.date, b->meta.date)) != 0)
		return c > 0;
	return i > j;
}

/* Whether lower-level plan lo lies in the province of plan up: its text
 * names "tỉnh <locality>" or "thành phố <locality>" of up. */
static bool
within(struct pl_arena *a, const struct pl_doc *lo, const struct pl_doc *up)
{
	const char *w[2];
	bool in = false;

	w[0] = pl_arena_printf(a, "tỉnh %s", up->meta.locality);
	w[1] = pl_arena_printf(a, "thành phố %s", up->meta.locality);
	for (size_t i = 0; i < lo->text.n && !in; i++)
		for (size_t k = 0; k < 2 && !in; k++)
			in = pl_istrstr(lo->text.lines[i].s, w[k]) != NULL;
	return in;
}

enum tg_scope
tg_scope(const struct tg_run *run, size_t i, size_t j)
{
	const struct pl_doc *a = run->ctx->docs[i], *b = run->ctx->docs[j];
	const struct tg_doc *da = &run->d[i], *db = &run->d[j];

	if (i == j)
		return TG_SC_SAME;
	if (da->tier == 0 || db->tier == 0)
		return TG_SC_NONE;
	if (da->tier == db->tier) {
		const char *la = pl_utf8_fold_ascii(run->a, a->meta.locality,
		    strlen(a->meta.locality));
		const char *lb = pl_utf8_fold_ascii(run->a, b->meta.locality,
		    strlen(b->meta.locality));

		return a->meta.level == b->meta.level && strcmp(la, lb) == 0 ?
		    TG_SC_SAME : TG_SC_NONE;
	}
	if (da->tier == 1 && within(run->a, b, a))
		return TG_SC_UP_DOWN;
	if (db->tier == 1 && within(run->a, a, b))
		return TG_SC_DOWN_UP;
	return TG_SC_NONE;
}
