/*
 * legend.c: the abbreviations a plan defines, in its "Ghi chú: Kế hoạch
 * và Đầu tư (KH&ĐT); ..." legend or in prose "(sau đây viết tắt là X)",
 * into doc->abbrevs as written (agency.c writes them out in cells).
 */
#include <string.h>

#include "ingest_int.h"

static const char *
skip_space(const char *s)
{
	while (*s == ' ')
		s++;
	return s;
}

/* The character that closes the parenthesis opened at s, or NULL. */
static const char *
paren_close(const char *s)
{
	int depth = 0;

	for (; *s != '\0'; s++) {
		if (*s == '(')
			depth++;
		else if (*s == ')' && --depth == 0)
			return s;
	}
	return NULL;
}

static size_t
upper_count(const char *s, size_t n)
{
	size_t up = 0;

	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80 &&
		    pl_utf8_is_upper_at(s + i, n - i))
			up++;
	return up;
}

/* "KH&ĐT", "XTĐT, TM&DL", "UBND tỉnh": mostly capitals, short. */
static bool
looks_abbr(const char *s, size_t n)
{
	size_t up = upper_count(s, n), letters = 0, words = 1;

	if (n == 0 || n > 40)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (((unsigned char)s[i] & 0xC0) != 0x80 &&
		    pl_utf8_is_alpha_at(s + i, n - i))
			letters++;
		if (s[i] == ' ')
			words++;
	}
	return up >= 2 && up * 2 >= letters && words <= 4;
}

static void
add_abbrev(struct pl_doc *doc, const char *abbr, size_t an,
    const char *full, size_t fn, int line)
{
	struct pl_abbrev *ab;
	char *a, *f;

	abbr = pl_trim(abbr, an, &an);
	full = pl_trim(full, fn, &fn);
	while (fn > 0 && strchr(",;:-", full[fn - 1]) != NULL)
		full = pl_trim(full, fn - 1, &fn);
	if (an == 0 || fn == 0)
		return;
	a = pl_squash_space(doc->arena, abbr, an);
	f = pl_squash_space(doc->arena, full, fn);
	for (size_t i = 0; i < doc->nabbrevs; i++)
		if (strcmp(doc->abbrevs[i].abbr, a) == 0 &&
		    strcmp(doc->abbrevs[i].full, f) == 0)
			return;
	ab = pl_doc_add_abbrev(doc);
	ab->abbr = a;
	ab->full = f;
	ab->line = line;
}

/*
 * One legend entry chunk: "Full (ABBR)", possibly several separated by
 * commas, or "ABBR: Full".  Returns the number of entries found.
 */
static int
legend_chunk(struct pl_doc *doc, const char *s, size_t n, int line)
{
	const char *from, *end = s + n, *p, *close;
	char *c = pl_arena_strndup(doc->arena, s, n);
	int found = 0;

	s = c;
	end = c + n;
	while (s < end && strchr(" -+*", *s) != NULL)
		s++;
	from = s;
	for (p = s; p < end; p++) {
		if (*p != '(' || (close = paren_close(p)) == NULL)
			continue;
		if (looks_abbr(p + 1, (size_t)(close - p - 1))) {
			const char *f = from;

			while (f < p && strchr(" ,", *f) != NULL)
				f++;
			if (f < p) {
				add_abbrev(doc, p + 1, (size_t)(close - p - 1),
				    f, (size_t)(p - f), line);
				found++;
			}
			from = close + 1;
		}
		p = close;
	}
	if (found > 0)
		return found;
	for (p = s; p < end; p++) {
		size_t sep = *p == ':' || *p == '=' ? 1 :
		    pl_starts_with(p, " - ") ? 3 : 0;

		if (sep == 0)
			continue;
		if (!looks_abbr(s, (size_t)(p - s)))
			break;
		add_abbrev(doc, s, (size_t)(p - s), p + sep,
		    (size_t)(end - p - sep), line);
		return 1;
	}
	return 0;
}

/* Entries of one legend line, split at ";" outside parentheses. */
static int
legend_line(struct pl_doc *doc, const char *s, size_t n, int line)
{
	size_t a = 0;
	int depth = 0, found = 0;

	for (size_t i = 0; i <= n; i++) {
		if (i < n && s[i] == '(')
			depth++;
		else if (i < n && s[i] == ')' && depth > 0)
			depth--;
		else if (i == n || (s[i] == ';' && depth == 0)) {
			size_t len;
			const char *t = pl_trim(s + a, i - a, &len);

			while (len > 0 && t[len - 1] == '.')
				len--;
			if (len > 0)
				found += legend_chunk(doc, t, len, line);
			a = i + 1;
		}
	}
	return found;
}

static size_t
first_char(const char *s)
{
	int32_t cp;
	int k = pl_utf8_decode(s, strnlen(s, 4), &cp);

	return k > 0 ? (size_t)k : 1;
}

/* Counts the abbreviation's words: a capital, "&" and "-" are one each. */
static size_t
abbr_words(const char *s)
{
	size_t words = 0;

	while (*s != '\0') {
		const char *e = strchr(s, ' ');
		size_t n = e != NULL ? (size_t)(e - s) : strlen(s), up;

		if ((up = upper_count(s, n)) >= 2) {
			words += up;
			for (size_t i = 0; i < n; i++)
				words += s[i] == '&' || s[i] == '-';
		} else if (n > 0) {
			words++;
		}
		s = e != NULL ? e + 1 : s + n;
	}
	return words;
}

/*
 * "Ủy ban nhân dân tỉnh (sau đây viết tắt là UBND tỉnh)": the full name is
 * the words before the parenthesis, as many as the abbreviation has
 * letters, provided the first letters agree.
 */
static void
prose_definition(struct pl_doc *doc, const char *line, const char *open,
    const char *abbr, size_t an, int orig)
{
	struct pl_arena *a = doc->arena;
	char *ab = pl_arena_strndup(a, abbr, an), *f1, *f2;
	size_t want = abbr_words(ab), got = 0;
	const char *p = open;

	while (p > line && p[-1] == ' ')
		p--;
	while (p > line && got < want) {
		const char *w = p;

		while (w > line && w[-1] != ' ')
			w--;
		if (strchr(".;:", p[-1]) != NULL && got > 0)
			return;
		got++;
		p = w;
		while (p > line && p[-1] == ' ' && got < want)
			p--;
	}
	if (got < want)
		return;
	f1 = pl_utf8_fold_ascii(a, p, first_char(p));
	f2 = pl_utf8_fold_ascii(a, ab, first_char(ab));
	if (f1[0] != f2[0])
		return;
	add_abbrev(doc, ab, an, p, (size_t)(open - p), orig);
}

static void
prose_definitions(struct pl_doc *doc, const struct pl_line *l)
{
	static const char *const says[] = { "sau đây viết tắt là",
	    "sau đây gọi tắt là", "viết tắt là", "gọi tắt là" };
	const char *open, *close, *in;
	size_t n;

	for (open = strchr(l->s, '('); open != NULL;
	    open = strchr(open + 1, '(')) {
		if ((close = paren_close(open)) == NULL)
			return;
		in = skip_space(open + 1);
		for (size_t i = 0; i < PL_NELEM(says); i++) {
			if (!pl_istarts_with(in, says[i]))
				continue;
			in = skip_space(in + strlen(says[i]));
			if (*in == ':')
				in = skip_space(in + 1);
			n = (size_t)(close - in);
			if (pl_starts_with(in, "“") && n > 6 &&
			    pl_starts_with(close - 3, "”")) {
				in += 3;
				n -= 6;
			} else if (*in == '"' && n > 2 && close[-1] == '"') {
				in++;
				n -= 2;
			}
			if (looks_abbr(in, n))
				prose_definition(doc, l->s, open, in, n,
				    l->orig);
			break;
		}
	}
}

void
pl_legend_parse(struct pl_doc *doc)
{
	for (size_t i = 0; i < doc->text.n; i++) {
		const struct pl_line *l = &doc->text.lines[i];
		const char *t = skip_space(l->s);
		size_t len;
		bool empty;

		prose_definitions(doc, l);
		while (*t == '*' || *t == '-' || *t == ' ')
			t++;
		if (!pl_istarts_with(t, "ghi chú") ||
		    memchr(l->s, '\t', l->len) != NULL)
			continue;
		t = skip_space(t + strlen("ghi chú"));
		while (*t == ':' || *t == '-' || *t == ' ')
			t++;
		t = pl_trim(t, strlen(t), &len);
		empty = len == 0;
		if (!empty && legend_line(doc, t, len, l->orig) == 0)
			continue;
		/* Entries may go on, one a line ("- KH&ĐT: Kế hoạch ..."). */
		for (size_t j = i + 1; j < doc->text.n; j++) {
			l = &doc->text.lines[j];
			t = pl_trim(l->s, l->len, &len);
			if (len == 0 && empty && j == i + 1)
				continue;
			if (len == 0 || memchr(t, '\t', len) != NULL ||
			    legend_line(doc, t, len, l->orig) == 0)
				break;
			empty = false;
			i = j;
		}
	}
}
