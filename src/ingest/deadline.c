/*
 * deadline.c: the deadline of a task.  Classifies a deadline cell into
 * specific, recurring, conditional or vague (domain.md 4.2), reads its
 * due date, start date and sơ kết / tổng kết milestones, and finds a
 * deadline phrase inside a prose task.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"

/* A date or period written in the text, bytes [a, b). */
struct span {
	size_t		a, b;
	struct pl_date	start;	/* first day */
	struct pl_date	end;	/* last day */
	bool		day;	/* one day: "30/6/2026" */
	bool		term;	/* a run of years: "2026 - 2030" */
	bool		named;	/* has its word: "ngày", "tháng", "quý", "năm" */
};

/* Whether the words before a end with w (lowercase). */
static bool
preceded_by(const char *lo, size_t n, size_t a, const char *w)
{
	return pl_word_before(lo, n, 0, a, w) != SIZE_MAX;
}

/* 1 to maxd digits at *i, not followed by another digit. */
static bool
num(const char *s, size_t n, size_t *i, int maxd, int *v)
{
	size_t k = *i;
	int d = 0;

	*v = 0;
	while (k < n && isdigit((unsigned char)s[k]) && d < maxd) {
		*v = *v * 10 + (s[k] - '0');
		k++;
		d++;
	}
	if (d == 0 || (k < n && isdigit((unsigned char)s[k])))
		return false;
	*i = k;
	return true;
}

/* A separator of month and year: "/" or "-" (spaces allowed), or "năm". */
static bool
month_sep(const char *lo, size_t n, size_t *i)
{
	size_t k = *i;

	pl_word_skip_space(lo, n, &k);
	if (k < n && (lo[k] == '/' || lo[k] == '-')) {
		k++;
		pl_word_skip_space(lo, n, &k);
		*i = k;
		return true;
	}
	if (pl_word_lit(lo, n, &k, "năm")) {
		pl_word_skip_space(lo, n, &k);
		*i = k;
		return true;
	}
	return false;
}

static struct pl_date
mkdate(int y, int m, int d)
{
	struct pl_date r = { y, m, d };

	return r;
}

static void
set_months(struct span *p, int y, int m1, int m2)
{
	p->start = mkdate(y, m1, 1);
	p->end = mkdate(y, m2, pl_days_in_month(y, m2));
}

/* "30/6/2026", "30-6-2026", "30.6.2026", "16 tháng 5 năm 2024". */
static bool
date_at(const char *lo, size_t n, size_t *i, struct pl_date *out)
{
	size_t k = *i;
	int d, m, y;
	char sep;

	if (!num(lo, n, &k, 2, &d))
		return false;
	if (k < n && (lo[k] == '/' || lo[k] == '-' || lo[k] == '.')) {
		sep = lo[k++];
		if (!num(lo, n, &k, 2, &m) || k >= n || lo[k] != sep)
			return false;
		k++;
		if (!pl_word_year(lo, n, &k, &y))
			return false;
		/* Not the start of a longer symbol: "30/6/2026/..." */
		if (k + 1 < n && (lo[k] == '/' || lo[k] == '-') &&
		    isdigit((unsigned char)lo[k + 1]))
			return false;
	} else {
		pl_word_skip_space(lo, n, &k);
		if (!pl_word_lit(lo, n, &k, "tháng"))
			return false;
		pl_word_skip_space(lo, n, &k);
		if (!num(lo, n, &k, 2, &m))
			return false;
		pl_word_skip_space(lo, n, &k);
		if (!pl_word_lit(lo, n, &k, "năm"))
			return false;
		pl_word_skip_space(lo, n, &k);
		if (!pl_word_year(lo, n, &k, &y))
			return false;
	}
	if (m < 1 || m > 12 || d < 1 || d > pl_days_in_month(y, m))
		return false;
	*out = mkdate(y, m, d);
	*i = k;
	return true;
}

static bool
quarter_numeral(const char *lo, size_t n, size_t *i, int *q)
{
	static const struct { const char *s; int q; } roman[] = {
		{ "iv", 4 }, { "iii", 3 }, { "ii", 2 }, { "i", 1 },
	};

	for (size_t r = 0; r < PL_NELEM(roman); r++)
		if (pl_word_lit(lo, n, i, roman[r].s)) {
			*q = roman[r].q;
			return true;
		}
	return num(lo, n, i, 1, q) && *q >= 1 && *q <= 4;
}

/* "6 tháng đầu năm 2026" (January-June), "6 tháng cuối năm 2026". */
static bool
half_year(const char *lo, size_t n, size_t *i, struct span *p)
{
	size_t k = *i;
	int v, y;
	bool first;

	if (!num(lo, n, &k, 2, &v) || v != 6)
		return false;
	pl_word_skip_space(lo, n, &k);
	if (!pl_word_lit(lo, n, &k, "tháng"))
		return false;
	pl_word_skip_space(lo, n, &k);
	if (pl_word_lit(lo, n, &k, "đầu"))
		first = true;
	else if (pl_word_lit(lo, n, &k, "cuối"))
		first = false;
	else
		return false;
	pl_word_skip_space(lo, n, &k);
	if (!pl_word_lit(lo, n, &k, "năm"))
		return false;
	pl_word_skip_space(lo, n, &k);
	if (!pl_word_year(lo, n, &k, &y))
		return false;
	set_months(p, y, first ? 1 : 7, first ? 6 : 12);
	*i = k;
	return true;
}

/* A period starting with a digit: a day, a half year, a run of years
 * "2026 - 2030" or a month "12/2025". */
static bool
bare_period(const char *lo, size_t n, size_t *i, struct span *p)
{
	size_t k = *i;
	int m, y, y2;

	if (date_at(lo, n, &k, &p->end)) {
		p->start = p->end;
		p->day = true;
	} else if (half_year(lo, n, &k, p)) {
		/* set by half_year */
	} else if (pl_word_year(lo, n, &k, &y)) {
		if (!pl_word_dash(lo, n, &k) || !pl_word_year(lo, n, &k, &y2) || y2 <= y)
			return false;
		p->start = mkdate(y, 1, 1);
		p->end = mkdate(y2, 12, 31);
		p->term = true;
	} else {
		if (!num(lo, n, &k, 2, &m) || m < 1 || m > 12 || k >= n ||
		    lo[k] != '/')
			return false;
		k++;
		if (!pl_word_year(lo, n, &k, &y))
			return false;
		/* "5/2025/QH15" is a symbol, not a month. */
		if (k < n && lo[k] == '/')
			return false;
		set_months(p, y, m, m);
	}
	*i = k;
	return true;
}

/*
 * The date or period starting at i of the lowercased text, if any:
 * a day, "tháng m/y", "quý q/y", "năm y", "6 tháng đầu/cuối năm y",
 * a bare "m/y" or a run of years "2026 - 2030".
 */
static bool
period_at(const char *lo, size_t n, size_t i, struct span *p)
{
	size_t k = i, r;
	int v, m, y, y2;

	memset(p, 0, sizeof(*p));
	p->a = i;
	if (!pl_word_start(lo, n, i))
		return false;
	if (pl_word_lit(lo, n, &k, "ngày")) {
		pl_word_skip_space(lo, n, &k);
		if (!date_at(lo, n, &k, &p->end))
			return false;
		p->start = p->end;
		p->day = p->named = true;
	} else if (pl_word_lit(lo, n, &k, "quý")) {
		pl_word_skip_space(lo, n, &k);
		if (!quarter_numeral(lo, n, &k, &v) || !month_sep(lo, n, &k) ||
		    !pl_word_year(lo, n, &k, &y))
			return false;
		set_months(p, y, v * 3 - 2, v * 3);
		p->named = true;
	} else if (pl_word_lit(lo, n, &k, "tháng")) {
		pl_word_skip_space(lo, n, &k);
		if (!num(lo, n, &k, 2, &m) || m < 1 || m > 12 ||
		    !month_sep(lo, n, &k) || !pl_word_year(lo, n, &k, &y))
			return false;
		set_months(p, y, m, m);
		p->named = true;
	} else if (pl_word_lit(lo, n, &k, "năm")) {
		pl_word_skip_space(lo, n, &k);
		if (!pl_word_year(lo, n, &k, &y))
			return false;
		set_months(p, y, 1, 12);
		p->named = true;
		r = k;
		if (pl_word_dash(lo, n, &r) && pl_word_year(lo, n, &r, &y2) && y2 > y) {
			p->end = mkdate(y2, 12, 31);
			p->term = true;
			k = r;
		}
	} else if (isdigit((unsigned char)lo[k])) {
		/* Not the tail of a date or symbol: "31/2/2026" is no
		 * "2/2026". */
		if (i > 0 && (lo[i - 1] == '/' || lo[i - 1] == '-' ||
		    lo[i - 1] == '.' || lo[i - 1] == ','))
			return false;
		if (!bare_period(lo, n, &k, p))
			return false;
	} else
		return false;
	if (!pl_word_end(lo, n, k))
		return false;
	p->b = k;
	return true;
}

/* ---- Classifying a deadline cell ---- */

static const char *recurring_words[] = {
	"thường xuyên", "hằng năm", "hàng năm", "hằng quý", "hàng quý",
	"hằng tháng", "hàng tháng", "hằng tuần", "hàng tuần", "định kỳ",
	"liên tục",
};

/* Phrases that tie the time to another body's act or schedule. */
static const char *conditional_words[] = {
	"khi", "theo tiến độ", "theo lộ trình", "theo chỉ đạo",
	"theo hướng dẫn", "theo yêu cầu", "tùy theo", "tuỳ theo", "tùy thuộc",
	"tuỳ thuộc", "phụ thuộc",
};

/* First position of a recurring word ("chi thường xuyên" is spending). */
static size_t
first_recurring(const char *lo, size_t n)
{
	size_t best = n;

	for (size_t w = 0; w < PL_NELEM(recurring_words); w++) {
		size_t at = 0;

		while ((at = pl_word_find(lo, n, at, recurring_words[w])) < n) {
			if (!preceded_by(lo, n, at, "chi"))
				break;
			at++;
		}
		if (at < best)
			best = at;
	}
	return best;
}

/* Position of the first conditional phrase at or after from. */
static size_t
next_conditional(const char *lo, size_t n, size_t from)
{
	size_t best = n;

	for (size_t w = 0; w < PL_NELEM(conditional_words); w++) {
		size_t at = from;

		while ((at = pl_word_find(lo, n, at, conditional_words[w])) < n) {
			size_t e = at + strlen(conditional_words[w]);

			/* "theo tiến độ kế hoạch" is the plan's own pace. */
			pl_word_skip_space(lo, n, &e);
			if (strcmp(conditional_words[w], "theo tiến độ") != 0 ||
			    (!pl_word_lit(lo, n, &e, "kế hoạch") && !pl_word_lit(lo, n, &e, "đề ra")))
				break;
			at++;
		}
		if (at < best)
			best = at;
	}
	return best;
}

/* Whether a lies in a clause opened by a conditional phrase. */
static bool
in_condition(const char *lo, size_t n, size_t a)
{
	size_t c = next_conditional(lo, n, 0);

	while (c < a) {
		bool closed = false;

		for (size_t k = c; k < a; k++)
			if (lo[k] == ';' || (lo[k] == '.' &&
			    (k + 1 >= n || lo[k + 1] == ' ')))
				closed = true;
		if (!closed)
			return true;
		c = next_conditional(lo, n, c + 1);
	}
	return false;
}

/* "sơ kết" or "tổng kết" right after the period or right before it
 * ("tổng kết vào năm 2030"); NULL if none. */
static const char *
milestone_label(const char *lo, size_t n, const struct span *p)
{
	static const char *labels[] = { "sơ kết", "tổng kết" };
	static const char *before[] = { "sơ kết vào", "tổng kết vào" };
	size_t k = p->b;

	while (k < n && (lo[k] == ' ' || lo[k] == '.' || lo[k] == ',' ||
	    lo[k] == ':'))
		k++;
	for (size_t l = 0; l < PL_NELEM(labels); l++) {
		size_t r = k;

		if (pl_word_lit(lo, n, &r, labels[l]) ||
		    preceded_by(lo, n, p->a, labels[l]) ||
		    preceded_by(lo, n, p->a, before[l]))
			return labels[l];
	}
	return NULL;
}

static struct pl_date
day_before(struct pl_date d)
{
	if (--d.d > 0)
		return d;
	if (--d.m == 0) {
		d.m = 12;
		d.y--;
	}
	d.d = pl_days_in_month(d.y, d.m);
	return d;
}

/*
 * Classifies text into *out (text squashed into the arena).  Precedence:
 * a due date outside a conditional clause makes the deadline specific
 * ("Hoàn thành trong tháng 12/2025, sau đó triển khai thực hiện"); else
 * whichever comes first of a recurring sign (a recurring word, a start
 * "từ năm 2026", a milestone "Năm 2028 sơ kết") and a conditional phrase
 * decides between recurring and conditional; anything else, including a
 * bare "Triển khai thực hiện", is vague.  Several due dates: the latest
 * wins.  "trước" a period is the day before it starts ("trước tháng
 * 9/2026": 2026-08-31), but "trước ngày d/m/y" is that day.
 */
void
pl_deadline_parse(struct pl_arena *a, const char *text,
    struct pl_deadline *out)
{
	struct span p;
	size_t n, len, rpos, cpos;
	char *t, *lo;
	bool due = false, word = false;
	int y;

	memset(out, 0, sizeof(*out));
	if (text == NULL)
		return;
	t = pl_squash_space(a, text, strlen(text));
	if ((n = strlen(t)) == 0)
		return;
	out->text = t;
	/* "-", "…": a placeholder, no deadline. */
	for (size_t i = 0; i < n && !word; i++)
		word = pl_word_alnum(t, n, i);
	if (!word)
		return;
	lo = pl_xmalloc(n + 1);
	pl_utf8_lower(t, n, lo);

	rpos = first_recurring(lo, n);
	for (size_t i = 0; i < n; i++) {
		const char *label;

		if (!period_at(lo, n, i, &p))
			continue;
		if (in_condition(lo, n, p.a)) {
			i = p.b - 1;
			continue;
		}
		if ((label = milestone_label(lo, n, &p)) != NULL) {
			pl_deadline_add_milestone(a, out, p.end.y, label);
			if (p.a < rpos)
				rpos = p.a;
		} else if (preceded_by(lo, n, p.a, "từ")) {
			if (out->start.y == 0 ||
			    pl_date_cmp(p.start, out->start) < 0)
				out->start = p.start;
			if (p.a < rpos)
				rpos = p.a;
		} else {
			struct pl_date d = p.end;

			if (preceded_by(lo, n, p.a, "trước") && !p.day)
				d = day_before(p.start);
			if (!due || pl_date_cmp(d, out->due) > 0)
				out->due = d;
			if (p.term && out->start.y == 0)
				out->start = p.start;
			due = true;
		}
		i = p.b - 1;
	}
	/* A bare year is a year: "2026". */
	len = 0;
	if (!due && n == 4 && pl_word_year(lo, n, &len, &y)) {
		out->due = mkdate(y, 12, 31);
		due = true;
	}
	cpos = next_conditional(lo, n, 0);
	if (due)
		out->cls = PL_DL_SPECIFIC;
	else if (rpos < n && rpos <= cpos)
		out->cls = PL_DL_RECURRING;
	else if (cpos < n)
		out->cls = PL_DL_CONDITIONAL;
	else
		out->cls = PL_DL_VAGUE;
	if (out->cls != PL_DL_SPECIFIC)
		memset(&out->due, 0, sizeof(out->due));
	free(lo);
}

/* ---- Finding a deadline phrase in prose ---- */

enum { F_SPECIFIC, F_RECURRING, F_CONDITIONAL, F_VAGUE, F_NONE };

struct hit {
	size_t	a, b;
	int	prio;
};

static void
consider(struct hit *h, size_t a, size_t b, int prio)
{
	if (prio < h->prio || (prio == h->prio && a < h->a)) {
		h->a = a;
		h->b = b;
		h->prio = prio;
	}
}

/* If the words before a are one of words[], returns true and the start
 * of that word in *at.  Longest entries first in words[]. */
static bool
marker_before(const char *lo, size_t n, size_t a, const char *const *words,
    size_t nwords, size_t *at)
{
	while (a > 0 && lo[a - 1] == ' ')
		a--;
	for (size_t w = 0; w < nwords; w++) {
		size_t len = strlen(words[w]);

		if (a >= len && memcmp(lo + a - len, words[w], len) == 0 &&
		    pl_word_start(lo, n, a - len)) {
			*at = a - len;
			return true;
		}
	}
	return false;
}

/* Words that make a date or period before them a deadline in prose. */
static const char *const due_markers[] = {
	"hoàn thành trước", "hoàn thành trong", "hoàn thành vào",
	"hoàn thành đến", "hoàn thành xong trước", "hoàn thành xong trong",
	"xong trước", "xong trong", "chậm nhất là", "chậm nhất vào",
	"chậm nhất trong", "chậm nhất đến", "chậm nhất", "đến hết", "trước",
	"trong", "hạn", "hết", "cuối", "hoàn thành",
};
/* For a bare day ("30/6/2026", not "ngày 30/6/2026") only these. */
static const char *const day_markers[] = {
	"chậm nhất là", "chậm nhất vào", "chậm nhất", "trước", "hạn",
};

/* "các sự kiện của tỉnh trong năm 2026": the year belongs to what "của"
 * names (a scope), it is not when the task is done. */
static bool
owned(const char *lo, size_t n, size_t at)
{
	size_t k = at;

	if (strncmp(lo + at, "trong", strlen("trong")) != 0)
		return false;
	for (int words = 0; words < 3 && k > 0; words++) {
		while (k > 0 && (lo[k - 1] == ' ' || lo[k - 1] == ','))
			k--;
		while (k > 0 && lo[k - 1] != ' ' && lo[k - 1] != ',')
			k--;
		if (strncmp(lo + k, "của ", strlen("của ")) == 0)
			return true;
	}
	return false;
}

static void
find_specific(const char *lo, size_t n, struct hit *h)
{
	struct span p;
	size_t at;

	for (size_t i = 0; i < n; i++) {
		if (!period_at(lo, n, i, &p))
			continue;
		i = p.b - 1;
		/* "giai đoạn 2026 - 2030", "nhiệm kỳ": a term, not a due date. */
		if (p.term)
			continue;
		if (!p.named && p.day) {
			if (marker_before(lo, n, p.a, day_markers,
			    PL_NELEM(day_markers), &at))
				consider(h, at, p.b, F_SPECIFIC);
			continue;
		}
		if (!p.named)
			continue;
		if (marker_before(lo, n, p.a, due_markers,
		    PL_NELEM(due_markers), &at)) {
			if (!owned(lo, n, at))
				consider(h, at, p.b, F_SPECIFIC);
		} else if (p.a == 0)
			consider(h, p.a, p.b, F_SPECIFIC);
	}
}

/* What an annual plan or budget is, not when a task is done. */
static const char *const not_recurring_before[] = {
	"chi", "kế hoạch", "chương trình", "ngân sách", "dự toán",
};

/* In prose "thường xuyên" and "liên tục" are mostly adverbs ("thường
 * xuyên nắm chắc tình hình"); they set the rhythm of the task only
 * after these words. */
static const char *const duty_before[] = {
	"thực hiện", "nhiệm vụ", "triển khai", "tổ chức", "được",
};

static bool
adverb(const char *lo, size_t n, size_t at, const char *word)
{
	size_t dummy;

	if (strcmp(word, "thường xuyên") != 0 && strcmp(word, "liên tục") != 0)
		return false;
	return !marker_before(lo, n, at, duty_before, PL_NELEM(duty_before),
	    &dummy);
}

static void
find_recurring(const char *lo, size_t n, struct hit *h)
{
	for (size_t w = 0; w < PL_NELEM(recurring_words); w++) {
		const char *word = recurring_words[w];
		size_t at = 0, b, k, dummy;

		for (; (at = pl_word_find(lo, n, at, word)) < n; at++) {
			if (marker_before(lo, n, at, not_recurring_before,
			    PL_NELEM(not_recurring_before), &dummy) ||
			    adverb(lo, n, at, word))
				continue;
			b = at + strlen(word);
			/* "định kỳ hằng quý": keep the rhythm with it. */
			k = b;
			pl_word_skip_space(lo, n, &k);
			if (strcmp(word, "định kỳ") == 0 &&
			    (pl_word_lit(lo, n, &k, "hằng") || pl_word_lit(lo, n, &k, "hàng"))) {
				pl_word_skip_space(lo, n, &k);
				while (k < n && pl_word_alnum(lo, n, k))
					k += pl_word_cplen(lo, n, k);
				b = k;
			}
			consider(h, at, b, F_RECURRING);
			break;
		}
	}
}

/* "ngay sau khi Trung ương ban hành": up to the end of the clause. */
static void
find_conditional(const char *lo, size_t n, struct hit *h)
{
	static const char *const words[] = {
		"ngay sau khi", "sau khi", "ngay khi",
	};

	for (size_t w = 0; w < PL_NELEM(words); w++) {
		size_t at = pl_word_find(lo, n, 0, words[w]), b;

		if (at == n)
			continue;
		for (b = at; b < n && lo[b] != ',' && lo[b] != ';' &&
		    lo[b] != '.' && lo[b] != '('; b++)
			;
		while (b > at && lo[b - 1] == ' ')
			b--;
		consider(h, at, b, F_CONDITIONAL);
	}
}

static void
find_vague(const char *lo, size_t n, struct hit *h)
{
	static const char *const words[] = {
		"bảo đảm tiến độ theo kế hoạch", "đảm bảo tiến độ theo kế hoạch",
		"bảo đảm tiến độ", "đảm bảo tiến độ", "theo đúng tiến độ",
		"đúng tiến độ", "trong thời gian tới", "thời gian tới",
	};

	for (size_t w = 0; w < PL_NELEM(words); w++) {
		size_t at = pl_word_find(lo, n, 0, words[w]);

		/* A longer phrase found first already covers this one. */
		if (at < n && !(h->prio == F_VAGUE && at >= h->a && at < h->b))
			consider(h, at, at + strlen(words[w]), F_VAGUE);
	}
}

/*
 * Conservative by design: a date counts only after a deadline word
 * ("hoàn thành", "trước", "trong", "chậm nhất", "hạn", "hết", "cuối"),
 * so a year in a citation ("ngày 22-12-2024"), a term ("giai đoạn
 * 2026 - 2030", "nhiệm kỳ 2025-2030", "năm học 2026-2027") or a target
 * year ("đến năm 2030") is not a deadline; "chi thường xuyên" and
 * "kế hoạch hằng năm" are not recurring duties.  "ngay", "theo quy
 * định", "theo kế hoạch", "kịp thời", "sớm", "khẩn trương" and an
 * adverbial "thường xuyên" are too common in prose to count: they
 * qualify how work is done, not when it is due.
 * The best class wins (specific, recurring, conditional, vague), then
 * the first occurrence.
 */
const char *
pl_deadline_find(struct pl_arena *a, const char *text)
{
	struct hit h = { 0, 0, F_NONE };
	const char *r = NULL;
	size_t n;
	char *t, *lo;

	if (text == NULL)
		return NULL;
	t = pl_squash_space(a, text, strlen(text));
	if ((n = strlen(t)) == 0)
		return NULL;
	lo = pl_xmalloc(n + 1);
	pl_utf8_lower(t, n, lo);
	find_specific(lo, n, &h);
	find_recurring(lo, n, &h);
	find_conditional(lo, n, &h);
	find_vague(lo, n, &h);
	if (h.prio != F_NONE)
		r = pl_arena_strndup(a, t + h.a, h.b - h.a);
	free(lo);
	return r;
}

/* ---- Dates for other parsers ---- */

bool
pl_date_scan(const char *s, size_t n, struct pl_date *out, size_t *used)
{
	char lo[64];
	size_t k = 0, m = n < sizeof(lo) - 1 ? n : sizeof(lo) - 1;

	/* Do not cut a UTF-8 sequence in two. */
	while (m > 0 && m < n && ((unsigned char)s[m] & 0xC0) == 0x80)
		m--;
	pl_utf8_lower(s, m, lo);
	if (m == 0 || !isdigit((unsigned char)lo[0]) ||
	    !date_at(lo, m, &k, out) || !pl_word_end(lo, m, k))
		return false;
	*used = k;
	return true;
}
