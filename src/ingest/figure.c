/*
 * figure.c: the targets of one item of a target list or of one
 * indicator row, one per figure: its indicator, value (or range),
 * qualifier, unit, year and period (domain.md 5.2-5.4).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"

/* One figure being read. */
struct fig {
	size_t			 a, b;	/* the number(s) and unit */
	size_t			 qa;	/* where the qualifier starts */
	size_t			 tail;	/* after "trở lên" */
	double			 v, vmax;
	bool			 range;
	enum pl_qualifier	 q;
	const char		*unit;
};

/* Units, lowercase, as domain.md 5.3 lists them and a few more. */
static const char *units[] = {
	"tỷ đồng", "triệu đồng/người/năm", "triệu đồng/người/tháng",
	"triệu đồng/người", "triệu đồng/lao động", "triệu đồng/tháng",
	"triệu đồng", "nghìn đồng", "ngàn đồng", "tỷ usd", "triệu usd",
	"usd/người/năm", "usd/người", "usd", "đô la mỹ/người/năm",
	"đô la mỹ/người", "đô la mỹ", "%/năm", "%", "triệu lượt khách",
	"triệu lượt", "nghìn lượt khách", "nghìn lượt", "ngàn lượt khách",
	"ngàn lượt", "lượt khách", "lượt", "căn hộ", "căn nhà", "căn",
	"lao động/năm", "lao động", "người/năm", "người", "giường bệnh",
	"giường", "bác sỹ", "bác sĩ", "tuổi", "năm", "triệu lít", "lít",
	"đảng viên", "km²", "km", "ha", "triệu hành khách/năm",
	"triệu hành khách", "hành khách", "triệu tấn", "nghìn tấn", "tấn",
	"mw", "doanh nghiệp", "hợp tác xã", "hộ", "dự án",
};

static const struct {
	const char		*w;
	enum pl_qualifier	 q;
} quals[] = {
	{ "không vượt quá", PL_Q_LE }, { "không quá", PL_Q_LE },
	{ "tối thiểu", PL_Q_GE }, { "ít nhất", PL_Q_GE },
	{ "tối đa", PL_Q_LE }, { "trên dưới", PL_Q_APPROX },
	{ "khoảng", PL_Q_APPROX }, { "xấp xỉ", PL_Q_APPROX },
	{ "trên", PL_Q_GT }, { "dưới", PL_Q_LT }, { "từ", PL_Q_GE },
	{ "đạt", PL_Q_EQ }, { "là", PL_Q_EQ }, { "bằng", PL_Q_EQ },
	{ "chiếm", PL_Q_EQ },
};

/* Words left before a value that are not part of the indicator. */
static const char *fillers[] = {
	"đạt", "là", "bằng", "chiếm", "phấn đấu", "xếp hạng", "thuộc",
	"ở mức", "duy trì", "và", ",", ":",
};

/* The longest unit at *i; its text as written, in the arena. */
static const char *
unit_at(const struct pl_figitem *it, size_t *i)
{
	size_t k = *i, best = 0;

	pl_word_skip_space(it->lo, it->n, &k);
	for (size_t u = 0; u < PL_NELEM(units); u++) {
		size_t len = strlen(units[u]);

		if (len > best && k + len <= it->n &&
		    memcmp(it->lo + k, units[u], len) == 0 &&
		    (units[u][0] == '%' || pl_word_end(it->lo, it->n, k + len)))
			best = len;
	}
	if (best == 0)
		return NULL;
	*i = k + best;
	return pl_arena_strndup(it->doc->arena, it->s + k, best);
}

/* ---- Periods and years ---- */

/* "2026 - 2030" at *i as "2026-2030". */
static const char *
years_at(struct pl_arena *a, const char *lo, size_t n, size_t *i)
{
	size_t k = *i;
	int y1, y2;

	if (!pl_word_year(lo, n, &k, &y1) || !pl_word_dash(lo, n, &k) ||
	    !pl_word_year(lo, n, &k, &y2) || y2 <= y1)
		return NULL;
	*i = k;
	return pl_arena_printf(a, "%d-%d", y1, y2);
}

/* A period named in s: "2026-2030", or "5 năm" when `spans`; NULL. */
const char *
pl_figures_period(struct pl_arena *a, const char *s, bool spans)
{
	size_t n = strlen(s), k;
	char *lo = pl_xmalloc(n + 1);
	const char *r = NULL;
	int v;

	pl_utf8_lower(s, n, lo);
	for (size_t i = 0; i < n && r == NULL; i++) {
		if (!isdigit((unsigned char)lo[i]) || !pl_word_start(lo, n, i))
			continue;
		k = i;
		if ((r = years_at(a, lo, n, &k)) != NULL)
			break;
		for (v = 0; k < n && isdigit((unsigned char)lo[k]) &&
		    k - i < 3; k++)
			v = v * 10 + (lo[k] - '0');
		pl_word_skip_space(lo, n, &k);
		if (spans && v > 0 && v <= 20 && pl_word_lit(lo, n, &k, "năm") &&
		    pl_word_before(lo, n, 0, i, "đạt") == SIZE_MAX &&
		    pl_word_before(lo, n, 0, i, "tối thiểu") == SIZE_MAX)
			r = pl_arena_printf(a, "%d năm", v);
		while (i + 1 < n && isdigit((unsigned char)lo[i + 1]))
			i++;
	}
	free(lo);
	return r;
}

/* The year of "năm 2030" in s[lb..ub), the last one; 0 if none. */
int
pl_figures_year(const char *lo, size_t n, size_t lb, size_t ub)
{
	int y = 0, v;

	for (size_t i = lb; i < ub; i++) {
		size_t k = i;

		if (pl_word_lit(lo, n, &k, "năm") && (pl_word_skip_space(lo, n, &k), true) &&
		    pl_word_year(lo, n, &k, &v) && !pl_word_dash(lo, n, &k))
			y = v;
	}
	return y;
}

/* ---- One figure ---- */

/* "trở lên" or "trở xuống" after the figure, before the clause ends. */
static size_t
tail_words(const char *lo, size_t n, size_t k, size_t ub, int *dir)
{
	*dir = 0;
	for (; k < ub && !isdigit((unsigned char)lo[k]) && lo[k] != ',' &&
	    lo[k] != ';' && lo[k] != '(' && lo[k] != ')' &&
	    !(lo[k] == '.' && (k + 1 >= n || lo[k + 1] == ' ')); k++) {
		size_t r = k;

		if (!pl_word_start(lo, n, k))
			continue;
		if (pl_word_lit(lo, n, &r, "trở lên")) {
			*dir = 1;
			return r;
		}
		if (pl_word_lit(lo, n, &r, "trở xuống")) {
			*dir = -1;
			return r;
		}
	}
	return 0;
}

/*
 * Reads the figure whose number starts at p, the text before it reaching
 * back to lb and the item ending at ub.  False when the number is not a
 * target's figure: a year, a date, a footnote "(1)", a period "5 năm",
 * a denominator "10.000 dân", or a count with neither a unit nor a
 * qualifier ("36 chỉ tiêu", "quy 30 độ").
 */
static bool
read_fig(const struct pl_figitem *it, size_t lb, size_t p, size_t ub,
    struct fig *f)
{
	const char *lo = it->lo;
	size_t n = it->n, k, used, at, r;
	struct pl_date d;
	bool qual = false, rank = false;
	int y, dir, m;

	memset(f, 0, sizeof(*f));
	f->a = f->qa = p;
	if (p > 0 && (pl_word_alnum(lo, n, pl_word_prev(lo, p)) ||
	    ((lo[p - 1] == '.' || lo[p - 1] == ',' || lo[p - 1] == '/' ||
	    lo[p - 1] == '-') && p > 1 && isdigit((unsigned char)lo[p - 2]))))
		return false;
	if (pl_date_scan(it->s + p, ub - p, &d, &used))
		return false;
	k = p;
	if (pl_word_year(lo, n, &k, &y)) {
		r = k;
		if (pl_word_dash(lo, n, &r) && pl_word_year(lo, n, &r, &y))
			return false;
		r = k;
		if (pl_word_before(lo, n, lb, p, "năm") != SIZE_MAX || !unit_at(it, &r))
			return false;
	}
	if (!pl_number_parse(it->s + p, ub - p, &f->v, &used))
		return false;
	k = p + used;
	/* "(1)" numbers an item or a footnote: "người(1)". */
	if (p > 0 && lo[p - 1] == '(' && k < n && lo[k] == ')')
		return false;
	for (size_t q = 0; q < PL_NELEM(quals) && !qual; q++)
		if ((at = pl_word_before(lo, n, lb, p, quals[q].w)) != SIZE_MAX) {
			f->q = quals[q].q;
			f->qa = at;
			qual = true;
		}
	/* Ranks: "xếp hạng 11/34", "thuộc top 20", "nhóm 20". */
	if (k + 1 < n && lo[k] == '/' && isdigit((unsigned char)lo[k + 1])) {
		double of;

		if (!pl_number_parse(it->s + k + 1, ub - k - 1, &of, &used))
			return false;
		r = k + 1 + used;
		if (r < n && lo[r] == '/')
			return false;
		m = (int)of;
		f->unit = pl_arena_printf(it->doc->arena, "hạng/%d", m);
		k = r;
		rank = true;
	} else if ((at = pl_word_before(lo, n, lb, p, "top")) != SIZE_MAX ||
	    (at = pl_word_before(lo, n, lb, p, "nhóm")) != SIZE_MAX) {
		f->unit = "hạng";
		f->q = PL_Q_LE;
		f->qa = at;
		rank = true;
	} else if ((f->unit = unit_at(it, &k)) != NULL &&
	    strcmp(f->unit, "năm") == 0 && !qual)
		return false;	/* "bình quân 5 năm": a period */
	if (!rank && f->unit == NULL) {
		r = k;
		pl_word_skip_space(lo, n, &r);
		if (pl_word_lit(lo, n, &r, "dân"))
			return false;
	}
	f->b = k;
	/* Ranges: "145.000 - 175.000 tỷ đồng", "0,3 - 0,5%/năm", "từ X đến Y". */
	r = k;
	if (!rank && (pl_word_dash(lo, n, &r) || (pl_word_skip_space(lo, n, &r),
	    pl_word_lit(lo, n, &r, "đến") && (pl_word_skip_space(lo, n, &r), true))) &&
	    r < ub && isdigit((unsigned char)lo[r]) &&
	    !pl_word_year(lo, n, &(size_t){ r }, &y) &&
	    pl_number_parse(it->s + r, ub - r, &f->vmax, &used)) {
		const char *u2;

		r += used;
		u2 = unit_at(it, &r);
		if (f->unit == NULL)
			f->unit = u2;
		if (f->unit != NULL || qual) {
			f->range = true;
			f->q = PL_Q_RANGE;
			f->b = r;
		}
	}
	if (f->unit == NULL && !qual)
		return false;
	f->tail = f->b;
	if ((r = tail_words(lo, n, f->b, ub, &dir)) != 0) {
		f->tail = r;
		if (dir > 0 && !f->range)
			f->q = PL_Q_GE;	/* also "trên X ... trở lên" */
		else if (dir < 0 && !f->range)
			f->q = PL_Q_LE;
	}
	/* A better rank is a smaller number. */
	if (rank && f->q == PL_Q_GE)
		f->q = PL_Q_LE;
	return true;
}

/* ---- Indicators ---- */

static bool
trim_char(char c)
{
	return c == ' ' || c == ',' || c == ';' || c == ':' || c == '.' ||
	    c == '(' || c == ')' || c == '-' || c == '+';
}

/* Opening minus closing parentheses in s[a..b). */
static int
parens(const char *s, size_t a, size_t b)
{
	int d = 0;

	for (size_t k = a; k < b; k++)
		d += s[k] == '(' ? 1 : s[k] == ')' ? -1 : 0;
	return d;
}

/* "đến năm 2030" or "năm 2026" at *i (then a comma or not). */
static bool
year_phrase(const char *lo, size_t n, size_t *i)
{
	size_t k = *i;
	int y;

	if (pl_word_lit(lo, n, &k, "đến") || pl_word_lit(lo, n, &k, "trong") ||
	    pl_word_lit(lo, n, &k, "vào"))
		pl_word_skip_space(lo, n, &k);
	if (!pl_word_lit(lo, n, &k, "năm"))
		return false;
	pl_word_skip_space(lo, n, &k);
	if (!pl_word_year(lo, n, &k, &y))
		return false;
	*i = k;
	return true;
}

/* Start of a year phrase ending at b, or SIZE_MAX. */
static size_t
year_phrase_before(const char *lo, size_t n, size_t a, size_t b)
{
	static const char *pre[] = { "đến", "trong", "vào" };
	size_t k;
	int y;

	while (b > a && lo[b - 1] == ' ')
		b--;
	if (b < a + 4 || (k = pl_word_before(lo, n, a, b - 4, "năm")) == SIZE_MAX)
		return SIZE_MAX;
	{
		size_t r = b - 4;

		if (!pl_word_year(lo, n, &r, &y) || r != b)
			return SIZE_MAX;
	}
	for (size_t w = 0; w < PL_NELEM(pre); w++) {
		size_t e = pl_word_before(lo, n, a, k, pre[w]);

		if (e != SIZE_MAX)
			return e;
	}
	return k;
}

/* Start of "5 năm", "05 năm" ending at b (a period, kept apart), or
 * SIZE_MAX. */
static size_t
span_before(const char *lo, size_t n, size_t a, size_t b)
{
	size_t k;

	while (b > a && lo[b - 1] == ' ')
		b--;
	if ((k = pl_word_before(lo, n, a, b, "năm")) == SIZE_MAX)
		return SIZE_MAX;
	while (k > a && lo[k - 1] == ' ')
		k--;
	if (k == a || !isdigit((unsigned char)lo[k - 1]))
		return SIZE_MAX;
	while (k > a && isdigit((unsigned char)lo[k - 1]))
		k--;
	return pl_word_start(lo, n, k) ? k : SIZE_MAX;
}

/*
 * The indicator in s[a..b): the text before a figure's qualifier, from
 * the last clause break on, without list words ("trong đó", "và"), a
 * year phrase ("đến năm 2030") or the verb before the value ("đạt",
 * "là", "xếp hạng").  NULL when nothing is left.
 */
static const char *
indicator(const struct pl_figitem *it, size_t a, size_t b)
{
	static const char *lead[] = { "trong đó", "và", "đạt", "phấn đấu" };
	const char *lo = it->lo;
	size_t n = it->n, e;
	bool again = true;

	for (size_t k = a; k < b; k++)
		if (lo[k] == ';' || (lo[k] == '.' && k + 1 < b &&
		    lo[k + 1] == ' '))
			a = k + 1;
	while (again && a < b) {
		again = false;
		while (a < b && trim_char(lo[a]) &&
		    (lo[a] != '(' || parens(lo, a, b) > 0))
			a++;
		while (b > a && trim_char(lo[b - 1]) &&
		    (lo[b - 1] != ')' || parens(lo, a, b) < 0))
			b--;
		for (size_t w = 0; w < PL_NELEM(lead); w++)
			if (pl_word_lit(lo, n, &a, lead[w]))
				again = true;
		if (year_phrase(lo, n, &a))
			again = true;
		for (size_t w = 0; w < PL_NELEM(fillers); w++)
			if ((e = pl_word_before(lo, n, a, b, fillers[w])) !=
			    SIZE_MAX && e >= a) {
				b = e;
				again = true;
			}
		if ((e = year_phrase_before(lo, n, a, b)) != SIZE_MAX ||
		    (e = span_before(lo, n, a, b)) != SIZE_MAX) {
			b = e;
			again = true;
		}
	}
	if (a >= b)
		return NULL;
	return pl_squash_space(it->doc->arena, it->s + a, b - a);
}

/* The value-first phrasing: "100% người dân được khám ...". */
static const char *
indicator_after(const struct pl_figitem *it, size_t a, size_t ub)
{
	size_t b = a;

	while (b < ub && it->lo[b] != ',' && it->lo[b] != ';' &&
	    !(it->lo[b] == '.' && (b + 1 >= ub || it->lo[b + 1] == ' ')))
		b++;
	return indicator(it, a, b);
}

/* ---- Targets of one item ---- */

static void
locate(const struct pl_figitem *it, const struct fig *f, struct pl_pos *pos)
{
	if (it->segs != NULL) {
		const struct pl_seg *sg = it->segs;
		size_t k = 0;

		for (size_t i = 1; i < it->nsegs; i++)
			if (sg[i].start <= f->a)
				k = i;
		pos->line = (int)sg[k].line + 1;
		pos->col = (int)pl_utf8_count(
		    it->doc->text.lines[sg[k].line].s,
		    sg[k].lineoff + f->a - sg[k].start) + 1;
	} else {
		/* A table row: the first of its lines holding the number. */
		size_t len = 0;
		char *num;

		while (f->a + len < it->n && !pl_is_space(it->s[f->a + len]) &&
		    len < 32)
			len++;
		num = pl_xstrndup(it->s + f->a, len);
		pos->line = it->first;
		for (int l = it->first; l <= it->last && l > 0; l++) {
			const char *ls = pl_doc_line(it->doc, l), *hit;

			if ((hit = strstr(ls, num)) != NULL) {
				pos->line = l;
				pos->col = (int)pl_utf8_count(ls,
				    (size_t)(hit - ls)) + 1;
				break;
			}
		}
		free(num);
	}
	pl_doc_locate(it->doc, pos);
}

static void
emit(struct pl_figitem *it, const struct fig *f, const char *ind, size_t a,
    size_t ub)
{
	struct pl_target *t = pl_doc_add_target(it->doc);
	int y;

	locate(it, f, &t->pos);
	t->indicator = ind;
	t->value = f->v;
	t->has_value_max = f->range;
	t->value_max = f->range ? f->vmax : 0;
	t->unit = f->unit;
	t->qualifier = f->q;
	if ((y = pl_figures_year(it->lo, it->n, a, f->a)) == 0 &&
	    (y = pl_figures_year(it->lo, it->n, f->tail, ub)) == 0)
		y = it->year;
	t->year = y;
	t->period = pl_figures_period(it->doc->arena, it->raw, true);
	if (t->period == NULL)
		t->period = it->period;
	t->raw = it->raw;
	t->task = it->task;
	t->number = it->number;
	t->group = it->group;
}

size_t
pl_figures_scan(struct pl_figitem *it, size_t a, size_t ub)
{
	const char *prev = NULL, *ind;
	size_t lb = a, count = 0;
	struct fig f;

	for (size_t p = a; p < ub; p++) {
		if (!isdigit((unsigned char)it->lo[p]))
			continue;
		if (!read_fig(it, lb, p, ub, &f)) {
			while (p + 1 < ub && (isdigit((unsigned char)it->lo[p + 1]) ||
			    ((it->lo[p + 1] == '.' || it->lo[p + 1] == ',' ||
			    it->lo[p + 1] == '/') && p + 2 < ub &&
			    isdigit((unsigned char)it->lo[p + 2]))))
				p++;
			continue;
		}
		/* "... và 100% người dân được khám ...": the value first. */
		if (pl_word_before(it->lo, it->n, lb, f.qa, "và") != SIZE_MAX &&
		    (ind = indicator_after(it, f.tail, ub)) != NULL)
			;
		else if ((ind = indicator(it, lb, f.qa)) == NULL &&
		    (ind = prev) == NULL)
			ind = indicator_after(it, f.tail, ub);
		emit(it, &f, ind, a, ub);
		count++;
		prev = ind;
		lb = f.tail;
		p = f.tail - 1;
	}
	return count;
}

