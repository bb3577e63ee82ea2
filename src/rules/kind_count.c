/*
 * kind_count.c: a declared count ("gồm 12 đầu công việc", "(10 chỉ
 * tiêu)", "thực hiện “sáu đẩy mạnh”:") against the items that follow:
 * numbered or lettered items on the following lines (list or table rows),
 * or "(1) ... (2) ..." on the same line.  The pack's patterns find the
 * declaration and capture the number as the group named n (digits, "06",
 * or a Vietnamese number word một .. mười hai).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules_int.h"

struct count {
	struct pl_re	**re;
	size_t		  nre;
	bool		  colon;	/* a list must follow "...:" */
};

/* "“sáu đẩy mạnh”" -> "sáu đẩy mạnh": the message puts its own quotes. */
static char *
unquote(char *s)
{
	size_t n = strlen(s);

	if (n >= 6 && memcmp(s, "\xE2\x80\x9C", 3) == 0 &&
	    memcmp(s + n - 3, "\xE2\x80\x9D", 3) == 0) {
		s[n - 3] = '\0';
		return s + 3;
	}
	return s;
}

static const char *const params[] = {
	"patterns", "require_colon", NULL,
};

static int
prepare(struct pl_rule *r, struct pl_ruleset *rs, struct pl_err *err)
{
	struct count *c = pl_arena_alloc(rs->arena, sizeof(*c));
	const struct pl_yval *v = pl_y_get(r->params, "patterns");

	if (v == NULL || v->type != PL_Y_SEQ || v->n == 0)
		return pl_rule_err(r, v, err, PL_E_RULE, "a count rule needs "
		    "'params.patterns', a list of patterns with a group (?<n>...)");
	c->re = pl_arena_alloc(rs->arena, v->n * sizeof(*c->re));
	for (size_t i = 0; i < v->n; i++) {
		uint32_t count = 0;

		if (pl_re_compile(rs, r, &v->v[i], false, &c->re[c->nre],
		    err) == -1)
			return -1;
		pcre2_pattern_info(c->re[c->nre]->code, PCRE2_INFO_NAMECOUNT,
		    &count);
		if (count == 0 || pcre2_substring_number_from_name(
		    c->re[c->nre]->code, (PCRE2_SPTR)"n") < 0)
			return pl_rule_err(r, &v->v[i], err, PL_E_RULE,
			    "the pattern has no group named n: (?<n>...)");
		c->nre++;
	}
	c->colon = pl_y_bool(pl_y_get(r->params, "require_colon"), true);
	r->data = c;
	return 0;
}

/* ---- Numbers ---- */

static int
number_value(const char *s)
{
	static const char *const words[] = {
		"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
		"mười", "mười một", "mười hai",
	};
	char low[64];
	size_t n = strlen(s);

	if (n == 0 || n >= sizeof(low))
		return -1;
	if (s[0] >= '0' && s[0] <= '9')
		return atoi(s);
	pl_utf8_lower(s, n, low);
	for (size_t i = PL_NELEM(words); i-- > 0;)
		if (strcmp(low, words[i]) == 0)
			return (int)i + 1;
	return -1;
}

/* ---- List markers ---- */

/* Ranks: a smaller rank is a higher level of the outline. */
enum style {
	ST_NONE = -1,
	ST_ROMAN = 0,
	ST_DIGIT,	/* "2.", "10\t" */
	ST_DOTTED,	/* "1.9." */
	ST_LETTER,	/* "a)", "đ)" */
	ST_PAREN,	/* "(3)" */
	ST_DASH,	/* "-", "–", "•" */
	ST_PLUS,	/* "+" */
};

struct marker {
	enum style	style;
	int		value;	/* order within the style */
};

static const char *const letters[] = {
	"a", "b", "c", "d", "đ", "e", "f", "g", "h", "i", "j", "k", "l", "m",
	"n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
};

static bool
sep_after(const char *p)
{
	return *p == ' ' || *p == '\t' || *p == '\0';
}

static struct marker
marker(const char *s)
{
	struct marker m = { ST_NONE, 0 };
	const char *p;
	size_t n;

	s = pl_trim(s, strlen(s), &n);
	if (n == 0)
		return m;
	if (*s == '(' && s[1] >= '0' && s[1] <= '9') {
		m.value = (int)strtol(s + 1, (char **)&p, 10);
		if (*p == ')')
			m.style = ST_PAREN;
		return m;
	}
	if (*s >= '0' && *s <= '9') {
		m.value = (int)strtol(s, (char **)&p, 10);
		if (*p == '.' && p[1] >= '0' && p[1] <= '9')
			m.style = ST_DOTTED;
		else if ((*p == '.' || *p == ')') && sep_after(p + 1))
			m.style = ST_DIGIT;
		else if (*p == '\t')
			m.style = ST_DIGIT;
		return m;
	}
	if (strncmp(s, "- ", 2) == 0 || strncmp(s, "-\t", 2) == 0 ||
	    strncmp(s, "– ", 4) == 0 || strncmp(s, "• ", 4) == 0) {
		m.style = ST_DASH;
		return m;
	}
	if (strncmp(s, "+ ", 2) == 0) {
		m.style = ST_PLUS;
		return m;
	}
	for (size_t i = 0; i < PL_NELEM(letters); i++) {
		size_t k = strlen(letters[i]);

		if (strncmp(s, letters[i], k) == 0 && s[k] == ')' &&
		    sep_after(s + k + 1)) {
			m.style = ST_LETTER;
			m.value = (int)i + 1;
			return m;
		}
	}
	/* Roman headings: "II.", "III-", "II CÁC NHIỆM VỤ", "I\t...". */
	for (p = s; *p == 'I' || *p == 'V' || *p == 'X' || *p == 'L'; p++)
		;
	if (p > s && (*p == '.' || *p == '-' || *p == '\t' ||
	    (*p == ' ' && pl_utf8_is_upper_at(p + 1, strlen(p + 1)))))
		m.style = ST_ROMAN;
	return m;
}

static bool
blank(const char *s)
{
	size_t n;

	pl_trim(s, strlen(s), &n);
	return n == 0;
}

/*
 * Counts the items of the list that starts at line `from` (0-based); own
 * is the style of the declaring line.  0 when no list follows.
 */
static int
count_lines(const struct pl_doc *doc, size_t from, enum style own)
{
	struct marker first = { ST_NONE, 0 }, m;
	size_t i = from;
	int n = 0, prev = 0;
	bool after_blank = false;

	while (i < doc->text.n && blank(doc->text.lines[i].s))
		i++;
	if (i == doc->text.n)
		return 0;
	first = marker(doc->text.lines[i].s);
	if (first.style == ST_NONE || first.style == ST_ROMAN ||
	    first.style == own)
		return 0;
	for (; i < doc->text.n; i++) {
		const char *s = doc->text.lines[i].s;

		if (blank(s)) {
			after_blank = true;
			continue;
		}
		m = marker(s);
		if (m.style == ST_NONE) {
			/* A new paragraph without a marker ends the list;
			 * table rows (cells) continue it. */
			if (after_blank && strchr(s, '\t') == NULL)
				break;
		} else if (m.style == first.style) {
			if (first.style != ST_DASH && first.style != ST_PLUS) {
				if (m.value <= prev)
					break;
				prev = m.value;
			}
			n++;
		} else if (m.style == own || m.style < first.style)
			break;
		after_blank = false;
	}
	return n;
}

/*
 * "(1) ... (2) ..." after the declaration, on its line and the following
 * ones (a page break may split the paragraph), until a line with another
 * kind of marker or three lines without a new item.
 */
static int
count_inline(const struct pl_doc *doc, size_t line, const char *rest)
{
	char want[16];
	int k = 1, idle = 0;
	const char *p = rest;

	for (size_t i = line; i < doc->text.n && idle < 3; i++) {
		int before = k;

		if (i > line) {
			struct marker m = marker(doc->text.lines[i].s);

			p = doc->text.lines[i].s;
			if (blank(p))
				continue;
			if (m.style != ST_NONE && m.style != ST_PAREN)
				break;
		}
		for (;;) {
			snprintf(want, sizeof(want), "(%d)", k);
			if ((p = strstr(p, want)) == NULL)
				break;
			p += strlen(want);
			k++;
		}
		idle = k == before ? idle + 1 : 0;
	}
	return k - 1;
}

static bool
ends_with_colon(const char *s)
{
	size_t n;

	s = pl_trim(s, strlen(s), &n);
	while (n > 0 && (s[n - 1] == '\t' || s[n - 1] == ' '))
		n--;
	return n > 0 && s[n - 1] == ':';
}

/* Children of a group task: ids "<id>/x" one level below. */
static int
count_children(const struct pl_doc *doc, int line)
{
	const struct pl_task *g = NULL;
	size_t len;
	int n = 0;

	for (size_t i = 0; i < doc->ntasks && g == NULL; i++)
		if (doc->tasks[i].group && doc->tasks[i].pos.line == line &&
		    doc->tasks[i].id != NULL)
			g = &doc->tasks[i];
	if (g == NULL)
		return 0;
	len = strlen(g->id);
	for (size_t i = 0; i < doc->ntasks; i++) {
		const char *id = doc->tasks[i].id;

		if (id != NULL && strncmp(id, g->id, len) == 0 &&
		    id[len] == '/' && strchr(id + len + 1, '/') == NULL)
			n++;
	}
	return n;
}

static int
check_line(const struct pl_rule *r, struct pl_ctx *ctx, size_t i,
    struct pl_buf *win)
{
	const struct count *c = r->data;
	struct pl_doc *doc = ctx->doc;
	const struct pl_line *l = &doc->text.lines[i];
	int lineno = l->orig > 0 ? l->orig : (int)i + 1;

	pl_buf_reset(win);
	pl_buf_add(win, l->s, l->len);
	if (i + 1 < doc->text.n) {
		pl_buf_addc(win, ' ');
		pl_buf_add(win, doc->text.lines[i + 1].s,
		    doc->text.lines[i + 1].len);
	}
	for (size_t k = 0; k < c->nre; k++) {
		size_t ms, me, next;
		const char *rest, *num;
		int rc, declared, found = 0;
		struct pl_var v[3];
		struct pl_pos pos = { 0 };

		rc = pl_re_search(ctx, c->re[k], win->s, win->len, 0, &ms, &me,
		    lineno);
		if (rc == -1)
			return -1;
		if (rc == 0 || ms >= l->len)
			continue;
		num = pl_re_group(ctx, win->s, pcre2_substring_number_from_name(
		    c->re[k]->code, (PCRE2_SPTR)"n"));
		if (num == NULL || (declared = number_value(num)) <= 0)
			continue;
		if (me <= l->len) {
			rest = l->s + me;
			next = i + 1;
		} else {
			rest = doc->text.lines[i + 1].s + (me - l->len - 1);
			next = i + 2;
		}
		if (strstr(rest, "(1)") != NULL)
			found = count_inline(doc, next - 1, strstr(rest, "(1)"));
		else if (!c->colon || ends_with_colon(rest)) {
			found = count_lines(doc, next, marker(l->s).style);
			if (found == 0)
				found = count_children(doc, lineno);
		}
		if (found == 0 || found == declared)
			return 0;
		v[0].name = "declared";
		v[0].value = num;
		v[1].name = "found";
		v[1].value = pl_arena_printf(doc->arena, "%d", found);
		v[2].name = "match";
		v[2].value = unquote(pl_arena_strndup(doc->arena, win->s + ms,
		    (me <= l->len ? me : l->len) - ms));
		pos.line = pos.end_line = lineno;
		pos.col = (int)pl_utf8_count(l->s, ms) + 1;
		pos.end_col = (int)pl_utf8_count(l->s,
		    me <= l->len ? me : l->len) + 1;
		pl_emit(ctx, r, -1, pos, l->s, v, 3);
		return 0;
	}
	return 0;
}

static int
check(const struct pl_rule *r, struct pl_ctx *ctx)
{
	struct pl_buf win = { 0 };
	int rc = 0;

	for (size_t i = 0; i < ctx->doc->text.n && rc == 0; i++)
		rc = check_line(r, ctx, i, &win);
	pl_buf_free(&win);
	return rc;
}

const struct pl_kind pl_kind_count = {
	.name = "count",
	.params = params,
	.prepare = prepare,
	.check = check,
};
