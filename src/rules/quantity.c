/*
 * quantity.c: the figures of targets compared by meaning, not by text.
 * Units fall in families with a scale (tỷ/triệu/nghìn đồng, nghìn lượt),
 * a target's value and qualifier become an interval ("trên 50%" is
 * (50, inf), "8,90%" is [8,895; 8,905]), and two intervals are compatible
 * when they meet.  Also: the precision a number is written with, unit
 * slips by 10^3 or 10^6, and numbers written the Vietnamese way.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "indicator.h"

static const char *const fam_names[] = {	/* ORDER: enum pl_ufam */
	"none", "vnd", "usd", "percent", "people", "visits", "houses",
	"per_10k", "years", "rank", "liters", "tonnes", "area", "length",
	"count", "other",
};

static const char *const fam_base[] = {		/* ORDER: enum pl_ufam */
	"", "đồng", "USD", "%", "người", "lượt", "căn", "/10.000 dân", "năm",
	"hạng", "lít", "tấn", "ha", "km", "", "",
};

int
pl_ufam_parse(const char *name)
{
	for (size_t i = 0; i < PL_NELEM(fam_names); i++)
		if (strcmp(name, fam_names[i]) == 0)
			return (int)i;
	return -1;
}

const char *
pl_ufam_name(enum pl_ufam f)
{
	return fam_names[f];
}

const char *
pl_ufam_base(enum pl_ufam f)
{
	return fam_base[f];
}

/* ---- Units ---- */

/* Scale words before the unit, longest first. */
static const struct {
	const char	*w;
	double		 scale;
} scales[] = {
	{ "nghìn tỷ", 1e12 }, { "ngàn tỷ", 1e12 }, { "tỷ", 1e9 },
	{ "triệu", 1e6 }, { "nghìn", 1e3 }, { "ngàn", 1e3 }, { "trăm", 1e2 },
};

/* Base units, lowercased; the first that the text starts with wins, so
 * longer words come before their prefixes. */
static const struct {
	const char	*w;
	enum pl_ufam	 fam;
	double		 scale;
} bases[] = {
	{ "đồng", PL_UF_VND, 1 }, { "vnđ", PL_UF_VND, 1 },
	{ "vnd", PL_UF_VND, 1 }, { "usd", PL_UF_USD, 1 },
	{ "đô la mỹ", PL_UF_USD, 1 }, { "đô-la mỹ", PL_UF_USD, 1 },
	{ "đôla mỹ", PL_UF_USD, 1 }, { "đô la", PL_UF_USD, 1 },
	{ "us$", PL_UF_USD, 1 }, { "$", PL_UF_USD, 1 },
	{ "%", PL_UF_PERCENT, 1 }, { "phần trăm", PL_UF_PERCENT, 1 },
	{ "lượt khách", PL_UF_VISITS, 1 }, { "lượt người", PL_UF_VISITS, 1 },
	{ "lượt", PL_UF_VISITS, 1 }, { "hành khách", PL_UF_VISITS, 1 },
	{ "khách", PL_UF_VISITS, 1 },
	{ "căn hộ", PL_UF_HOUSES, 1 }, { "căn nhà", PL_UF_HOUSES, 1 },
	{ "căn", PL_UF_HOUSES, 1 }, { "ngôi nhà", PL_UF_HOUSES, 1 },
	{ "bác sĩ", PL_UF_PER10K, 1 }, { "bác sỹ", PL_UF_PER10K, 1 },
	{ "giường bệnh", PL_UF_PER10K, 1 }, { "giường", PL_UF_PER10K, 1 },
	{ "tuổi", PL_UF_YEARS, 1 }, { "năm", PL_UF_YEARS, 1 },
	{ "hạng", PL_UF_RANK, 1 },
	{ "người", PL_UF_PEOPLE, 1 }, { "lao động", PL_UF_PEOPLE, 1 },
	{ "đảng viên", PL_UF_PEOPLE, 1 }, { "hội viên", PL_UF_PEOPLE, 1 },
	{ "đoàn viên", PL_UF_PEOPLE, 1 }, { "học sinh", PL_UF_PEOPLE, 1 },
	{ "sinh viên", PL_UF_PEOPLE, 1 }, { "việc làm", PL_UF_PEOPLE, 1 },
	{ "lít", PL_UF_LITERS, 1 }, { "tấn", PL_UF_TONNES, 1 },
	{ "km²", PL_UF_AREA, 100 }, { "km2", PL_UF_AREA, 100 },
	{ "héc-ta", PL_UF_AREA, 1 }, { "hecta", PL_UF_AREA, 1 },
	{ "ha", PL_UF_AREA, 1 }, { "km", PL_UF_LENGTH, 1 },
	{ "hộ", PL_UF_COUNT, 1 }, { "doanh nghiệp", PL_UF_COUNT, 1 },
	{ "hợp tác xã", PL_UF_COUNT, 1 }, { "dự án", PL_UF_COUNT, 1 },
	{ "xã", PL_UF_COUNT, 1 }, { "trường", PL_UF_COUNT, 1 },
	{ "công trình", PL_UF_COUNT, 1 }, { "sản phẩm", PL_UF_COUNT, 1 },
	{ "cơ sở", PL_UF_COUNT, 1 },
};

/* Whether lo[k..] starts with word w, ending at a word boundary. */
static bool
word_at(const char *lo, size_t n, size_t k, const char *w, size_t *end)
{
	size_t len = strlen(w);

	if (k + len > n || memcmp(lo + k, w, len) != 0)
		return false;
	/* "%" and "$" end themselves; words end before a letter or digit
	 * ("hộ" is not the start of "hội"). */
	if (k + len < n && w[len - 1] != '%' && w[len - 1] != '$' &&
	    (isalnum((unsigned char)lo[k + len]) ||
	    (unsigned char)lo[k + len] >= 0x80))
		return false;
	*end = k + len;
	return true;
}

static size_t
skip_space(const char *s, size_t n, size_t k)
{
	while (k < n && (s[k] == ' ' || s[k] == '\t'))
		k++;
	return k;
}

void
pl_unit_parse(struct pl_arena *a, const char *s, struct pl_unit *u)
{
	size_t n, k = 0, e;
	char *lo;

	memset(u, 0, sizeof(*u));
	u->scale = 1;
	if (s == NULL || *(s = pl_trim(s, strlen(s), &n)) == '\0' || n == 0) {
		u->fam = PL_UF_NONE;
		return;
	}
	lo = pl_arena_alloc(a, n + 1);
	pl_utf8_lower(s, n, lo);
	lo[n] = '\0';
	for (size_t i = 0; i < PL_NELEM(scales); i++)
		if (word_at(lo, n, k, scales[i].w, &e)) {
			u->scale = scales[i].scale;
			k = skip_space(lo, n, e);
			break;
		}
	u->fam = PL_UF_OTHER;
	for (size_t i = 0; i < PL_NELEM(bases); i++)
		if (word_at(lo, n, k, bases[i].w, &e)) {
			u->fam = bases[i].fam;
			u->scale *= bases[i].scale;
			k = e;
			break;
		}
	if (u->fam == PL_UF_OTHER)
		u->text = lo;
	/* The denominators: "/người/năm", "/tháng", "/34". */
	for (; k < n; k++) {
		if (lo[k] != '/')
			continue;
		e = skip_space(lo, n, k + 1);
		if (isdigit((unsigned char)lo[e]))
			u->rank_of = atoi(lo + e);
		else if (word_at(lo, n, e, "năm", &e))
			u->per = 1;
		else if (word_at(lo, n, e, "tháng", &e))
			u->per = 12;
	}
	/* A rank without its word: "05/34" read as a unit "/34". */
	if (u->fam == PL_UF_OTHER && lo[0] == '/' && u->rank_of > 0) {
		u->fam = PL_UF_RANK;
		u->text = NULL;
	}
}

bool
pl_unit_compatible(const struct pl_unit *a, const struct pl_unit *b)
{
	if (a->fam != b->fam)
		return false;
	if (a->per != 0 && b->per != 0 && a->per != b->per)
		return false;
	if (a->rank_of != 0 && b->rank_of != 0 && a->rank_of != b->rank_of)
		return false;
	if (a->fam == PL_UF_OTHER)
		return a->text != NULL && b->text != NULL &&
		    strcmp(a->text, b->text) == 0;
	return true;
}

/* ---- Numbers ---- */

static size_t
digits(const char *s, size_t n, size_t i)
{
	size_t k = i;

	while (k < n && isdigit((unsigned char)s[k]))
		k++;
	return k - i;
}

/* The same reading as ingestion's (domain.md 5.2): dot-separated groups
 * of three digits are thousands, a comma (or a dot not followed by a
 * group of three) starts the decimals. */
size_t
pl_qty_number(const char *s, size_t n, double *v, int *dec)
{
	size_t i, first, k;
	double x = 0, frac = 0, scale = 1;
	bool grouped = false;

	*v = 0;
	*dec = 0;
	if (n == 0 || !isdigit((unsigned char)s[0]))
		return 0;
	first = digits(s, n, 0);
	for (i = 0; i < first; i++)
		x = x * 10 + (s[i] - '0');
	while (first <= 3 && i + 1 < n && s[i] == '.' &&
	    digits(s, n, i + 1) == 3) {
		for (size_t j = i + 1; j < i + 4; j++)
			x = x * 10 + (s[j] - '0');
		i += 4;
		grouped = true;
	}
	if (i + 1 < n && (s[i] == ',' || (s[i] == '.' && !grouped)) &&
	    (k = digits(s, n, i + 1)) > 0) {
		for (size_t j = i + 1; j < i + 1 + k && j < i + 16; j++) {
			frac = frac * 10 + (s[j] - '0');
			scale *= 10;
		}
		x = (x * scale + frac) / scale;
		*dec = (int)(k < 15 ? k : 15);
		i += 1 + k;
	}
	*v = x;
	return i;
}

static bool
same_value(double a, double b)
{
	return fabs(a - b) <= 1e-9 * fmax(1, fmax(fabs(a), fabs(b)));
}

double
pl_qty_halfunit(const char *s, double v)
{
	size_t n = s != NULL ? strlen(s) : 0, used;
	double x;
	int dec;

	for (size_t i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]) || (i > 0 &&
		    isdigit((unsigned char)s[i - 1])))
			continue;
		used = pl_qty_number(s + i, n - i, &x, &dec);
		if (same_value(x, v))
			return 0.5 * pow(10, -dec);
		i += used > 0 ? used - 1 : 0;
	}
	/* Not found: as many decimals as v needs, up to three. */
	for (dec = 0; dec < 3 && !same_value(v * pow(10, dec),
	    round(v * pow(10, dec))); dec++)
		;
	return 0.5 * pow(10, -dec);
}

/* ---- Intervals ---- */

struct pl_interval
pl_qty_interval(const struct pl_target *t, double scale, double approx)
{
	struct pl_interval i = { -HUGE_VAL, HUGE_VAL, false, false };
	double v = t->value * scale, hu;

	switch (t->qualifier) {
	case PL_Q_EQ:
		hu = pl_qty_halfunit(t->raw, t->value) * scale;
		i.lo = v - hu;
		i.hi = v + hu;
		break;
	case PL_Q_GT:
		i.lo = v;
		i.lo_open = true;
		break;
	case PL_Q_GE:
		i.lo = v;
		break;
	case PL_Q_LT:
		i.hi = v;
		i.hi_open = true;
		break;
	case PL_Q_LE:
		i.hi = v;
		break;
	case PL_Q_RANGE:
		i.lo = v;
		i.hi = t->has_value_max ? t->value_max * scale : v;
		if (i.hi < i.lo) {
			double x = i.lo;

			i.lo = i.hi;
			i.hi = x;
		}
		break;
	case PL_Q_APPROX:
		i.lo = v - fabs(v) * approx;
		i.hi = v + fabs(v) * approx;
		break;
	}
	return i;
}

struct pl_interval
pl_interval_scale(struct pl_interval i, double f)
{
	if (isfinite(i.lo))
		i.lo *= f;
	if (isfinite(i.hi))
		i.hi *= f;
	return i;
}

bool
pl_interval_meets(struct pl_interval a, struct pl_interval b)
{
	double lo = fmax(a.lo, b.lo), hi = fmin(a.hi, b.hi);
	bool lo_open = (a.lo == lo && a.lo_open) || (b.lo == lo && b.lo_open);
	bool hi_open = (a.hi == hi && a.hi_open) || (b.hi == hi && b.hi_open);

	/* Rounding in the conversions must not split equal values. */
	if (lo < hi || (isfinite(lo) && isfinite(hi) && same_value(lo, hi) &&
	    !(lo_open || hi_open)))
		return true;
	return false;
}

/* The value an interval stands for: its middle, or its one finite
 * bound ("trên 8,59" stands for 8,59); 0 when unbounded. */
static double
point(struct pl_interval i)
{
	if (isfinite(i.lo) && isfinite(i.hi))
		return (i.lo + i.hi) / 2;
	return isfinite(i.lo) ? i.lo : isfinite(i.hi) ? i.hi : 0;
}

int
pl_qty_slip(struct pl_interval a, struct pl_interval b, double slack)
{
	static const int exps[] = { 3, 6 };
	double pa = fabs(point(a)), pb = fabs(point(b)), r;

	if (pl_interval_meets(a, b) || pa == 0 || pb == 0)
		return 0;
	r = pa > pb ? pa / pb : pb / pa;
	for (size_t i = 0; i < PL_NELEM(exps); i++) {
		double f = pow(10, exps[i]);

		if (r >= f * (1 - slack) && r <= f * (1 + slack))
			return exps[i];
	}
	return 0;
}

/* ---- Showing figures ---- */

const char *
pl_qty_format(struct pl_arena *a, double v)
{
	char num[64], out[96];
	const char *comma;
	size_t n, k = 0, intlen;
	int dec;

	for (dec = 0; dec < 3 && !same_value(v * pow(10, dec),
	    round(v * pow(10, dec))); dec++)
		;
	snprintf(num, sizeof(num), "%.*f", dec, fabs(v));
	n = strlen(num);
	comma = strchr(num, '.');
	intlen = comma != NULL ? (size_t)(comma - num) : n;
	if (v < 0)
		out[k++] = '-';
	for (size_t i = 0; i < intlen; i++) {
		if (i > 0 && (intlen - i) % 3 == 0)
			out[k++] = '.';
		out[k++] = num[i];
	}
	if (comma != NULL) {
		out[k++] = ',';
		for (const char *p = comma + 1; *p != '\0'; p++)
			out[k++] = *p;
	}
	out[k] = '\0';
	return pl_arena_strdup(a, out);
}

const char *
pl_qty_show(struct pl_arena *a, const struct pl_target *t)
{
	static const char *const sign[] = {	/* ORDER: enum pl_qualifier */
		"", "> ", "≥ ", "< ", "≤ ", "", "≈ ",
	};
	const char *v = pl_qty_format(a, t->value), *unit = t->unit;

	if (t->qualifier == PL_Q_RANGE && t->has_value_max)
		v = pl_arena_printf(a, "%s–%s", v, pl_qty_format(a,
		    t->value_max));
	if (unit != NULL && strncmp(unit, "hạng", strlen("hạng")) == 0)
		return pl_arena_printf(a, "hạng %s%s%s", sign[t->qualifier], v,
		    unit + strlen("hạng"));
	if (unit == NULL)
		return pl_arena_printf(a, "%s%s", sign[t->qualifier], v);
	return pl_arena_printf(a, "%s%s%s%s", sign[t->qualifier], v,
	    unit[0] == '%' ? "" : " ", unit);
}
