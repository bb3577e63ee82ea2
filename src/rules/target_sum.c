/*
 * target_sum.c: target.sum, the figures of one target item against each
 * other.  A whole and its "trong đó" parts: the parts may not exceed the
 * whole, and add up to it exactly when their shares ("chiếm X%") total
 * 100%; each share is its part over the whole; shares never pass 100%.
 * A "cơ cấu" list of percentages totals 100%.  Every comparison allows
 * half a unit of the last digit written of each figure.
 */
#include <math.h>
#include <string.h>

#include "indicator.h"

static bool
isdig(char c)
{
	return c >= '0' && c <= '9';
}

/* Families whose amounts add up. */
static bool
additive(enum pl_ufam f)
{
	switch (f) {
	case PL_UF_VND:
	case PL_UF_USD:
	case PL_UF_PEOPLE:
	case PL_UF_VISITS:
	case PL_UF_HOUSES:
	case PL_UF_LITERS:
	case PL_UF_TONNES:
	case PL_UF_AREA:
	case PL_UF_LENGTH:
	case PL_UF_COUNT:
		return true;
	default:
		return false;
	}
}

struct fig {
	struct tg_target	*x;
	size_t		 at;	/* its number's offset in the item's text */
	double		 v;	/* value in the base unit */
	double		 hu;	/* half its last digit, in the base unit */
	bool		 share;	/* "chiếm X%" */
	int		 part;	/* share: index of its amount in parts */
};

/* The offset of each target's number in raw, in order; false when one
 * is not found. */
static bool
locate(struct fig *f, size_t n, const char *raw)
{
	size_t len = strlen(raw), k = 0;

	for (size_t i = 0; i < n; i++) {
		bool hit = false;

		for (; k < len && !hit; k++) {
			double v;
			int dec;
			size_t used;

			if (!isdig(raw[k]) || (k > 0 && isdig(raw[k - 1])))
				continue;
			used = pl_qty_number(raw + k, len - k, &v, &dec);
			if (fabs(v - f[i].x->t->value) <= 1e-9 *
			    fmax(1, fabs(v))) {
				f[i].at = k;
				hit = true;
			}
			k += used > 0 ? used - 1 : 0;
		}
		if (!hit)
			return false;
	}
	return true;
}

/* "15.697 + 2.099,301" (amounts over div) or "88,2% + 11,8%" (pct). */
static const char *
plus_list(struct tg_run *run, const struct fig *f, size_t n, double div,
    bool pct)
{
	struct pl_buf b = { 0 };
	const char *s;

	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			pl_buf_adds(&b, " + ");
		pl_buf_adds(&b, pl_qty_format(run->a, f[i].v / div));
		if (pct)
			pl_buf_addc(&b, '%');
	}
	s = pl_arena_strdup(run->a, b.s != NULL ? b.s : "");
	pl_buf_free(&b);
	return s;
}

static void
sum_finding(struct tg_run *run, struct tg_target *x, const char *detail)
{
	struct pl_var v = { "detail", detail };

	tg_report(run, run->r, x, NULL, x->nkeys > 0 ? x->keys[0] : NULL,
	    TG_HOW_REGISTRY, &v, 1);
}

/* One item: figs[0..n) in text order, lo its lowercased text. */
static void
sum_item(struct tg_run *run, struct fig *figs, size_t n, const char *lo)
{
	const char *split = strstr(lo, "trong đó");
	struct fig parts[16], shares[16], *whole = NULL;
	size_t np = 0, ns = 0;
	double sp = 0, tol, ss = 0, stol = 0, scale;
	const char *unit;

	if (split == NULL) {
		/* "Cơ cấu kinh tế: nông nghiệp 20%, công nghiệp 35% ...". */
		if (strstr(lo, "cơ cấu") == NULL)
			return;
		for (size_t i = 0; i < n; i++) {
			if (figs[i].x->u.fam != PL_UF_PERCENT ||
			    figs[i].x->t->qualifier != PL_Q_EQ || ns == 16)
				return;
			shares[ns++] = figs[i];
			ss += figs[i].v;
			stol += figs[i].hu;
		}
		if (ns >= 2 && fabs(ss - 100) > stol + 1e-9)
			sum_finding(run, shares[0].x, pl_arena_printf(run->a,
			    "%s = %s%% ≠ 100%%",
			    plus_list(run, shares, ns, 1, true),
			    pl_qty_format(run->a, ss)));
		return;
	}
	for (size_t i = 0; i < n; i++) {
		struct fig *f = &figs[i];
		bool after = f->at > (size_t)(split - lo);

		if (!after) {
			if (additive(f->x->u.fam) &&
			    f->x->t->qualifier == PL_Q_EQ)
				whole = f;
			continue;
		}
		if (whole == NULL)
			return;
		if (f->share && ns < 16) {
			f->part = np > 0 ? (int)np - 1 : -1;
			shares[ns++] = *f;
		} else if (pl_unit_compatible(&f->x->u, &whole->x->u) &&
		    f->x->t->qualifier == PL_Q_EQ && np < 16)
			parts[np++] = *f;
	}
	if (whole == NULL)
		return;
	scale = whole->x->u.scale;
	unit = whole->x->t->unit != NULL ? whole->x->t->unit : "";
	tol = whole->hu;
	for (size_t i = 0; i < np; i++) {
		sp += parts[i].v;
		tol += parts[i].hu;
	}
	for (size_t i = 0; i < ns; i++) {
		ss += shares[i].v;
		stol += shares[i].hu;
	}
	if (np == 1 && sp > whole->v + tol + 1e-9)
		sum_finding(run, whole->x, pl_arena_printf(run->a,
		    "%s > %s %s", pl_qty_format(run->a, sp / scale),
		    pl_qty_format(run->a, whole->v / scale), unit));
	else if (np > 1 && sp > whole->v + tol + 1e-9)
		sum_finding(run, whole->x, pl_arena_printf(run->a,
		    "%s = %s > %s %s", plus_list(run, parts, np, scale, false),
		    pl_qty_format(run->a, sp / scale),
		    pl_qty_format(run->a, whole->v / scale), unit));
	else if (np > 0 && ns == np && fabs(ss - 100) <= stol + 1e-9 &&
	    fabs(sp - whole->v) > tol + 1e-9)
		/* The shares total 100%: the parts are the whole. */
		sum_finding(run, whole->x, pl_arena_printf(run->a,
		    "%s = %s ≠ %s %s", plus_list(run, parts, np, scale, false),
		    pl_qty_format(run->a, sp / scale),
		    pl_qty_format(run->a, whole->v / scale), unit));
	if (ns > 0 && ss > 100 + stol + 1e-9)
		sum_finding(run, shares[0].x, pl_arena_printf(run->a,
		    "%s = %s%% > 100%%", plus_list(run, shares, ns, 1, true),
		    pl_qty_format(run->a, ss)));
	for (size_t i = 0; i < ns && whole->v > 0; i++) {
		const struct fig *s = &shares[i], *p;
		double want, slack;

		if (s->part < 0)
			continue;
		p = &parts[s->part];
		want = 100 * p->v / whole->v;
		slack = s->hu + 100 * (p->hu / whole->v +
		    p->v * whole->hu / (whole->v * whole->v));
		if (fabs(want - s->v) > slack + 1e-9)
			sum_finding(run, s->x, pl_arena_printf(run->a,
			    "%s / %s = %s%% ≠ %s%%",
			    pl_qty_format(run->a, p->v / scale),
			    pl_qty_format(run->a, whole->v / scale),
			    pl_qty_format(run->a, round(want * 100) / 100),
			    pl_qty_format(run->a, s->v)));
	}
}

void
tg_check_sums(struct tg_run *run)
{
	for (size_t i = 0, e; i < run->n; i = e) {
		struct fig figs[32];
		const char *raw = run->v[i].t->raw;
		size_t n = 0, len;
		char *lo;

		for (e = i + 1; e < run->n && run->v[e].doc == run->v[i].doc &&
		    run->v[e].item == run->v[i].item; e++)
			;
		if (e - i < 2 || e - i > PL_NELEM(figs) || raw == NULL)
			continue;
		for (size_t k = i; k < e; k++, n++) {
			struct tg_target *x = &run->v[k];

			memset(&figs[n], 0, sizeof(figs[n]));
			figs[n].x = x;
			figs[n].v = x->t->value * x->u.scale;
			figs[n].hu = pl_qty_halfunit(raw, x->t->value) *
			    x->u.scale;
		}
		if (!locate(figs, n, raw))
			continue;
		len = strlen(raw);
		lo = pl_arena_alloc(run->a, len + 1);
		pl_utf8_lower(raw, len, lo);
		lo[len] = '\0';
		for (size_t k = 0; k < n; k++) {
			size_t at = figs[k].at;

			/* "chiếm 88,20%": the word just before the number. */
			figs[k].share = figs[k].x->u.fam == PL_UF_PERCENT &&
			    at >= strlen("chiếm ") && strncmp(lo + at -
			    strlen("chiếm "), "chiếm ", strlen("chiếm ")) == 0;
		}
		sum_item(run, figs, n, lo);
	}
}
