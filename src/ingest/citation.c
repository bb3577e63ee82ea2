/*
 * citation.c: every document the plan cites by its symbol (số, ký hiệu),
 * Party ("199-KL/TW") or State ("158/KH-UBND", "178/2004/QĐ-TTg"), with
 * its kind, normalized symbol, date and position.  A hand-written
 * scanner after the regexes of domain.md 3.2.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"

/* The whole text joined by '\n', a lowercased copy and line starts. */
struct joined {
	char	*s;
	char	*lo;
	size_t	 n;
	size_t	*starts;	/* byte offset of each line */
	size_t	 nlines;
};

/* A symbol found at s[a..b). */
struct sym {
	size_t		 a, b;
	struct pl_buf	 norm;	/* "71-NQ/TW" */
	struct pl_buf	 raw;	/* "71/NQ-TW"; line wraps removed */
	char		 type[16];	/* "NQ", "" for "224/2025/QH15" */
	bool		 state;	/* number/type-issuer, the State order */
};

static const struct {
	const char	*word;	/* lowercase, longest first */
	const char	*kind;
} kinds[] = {
	{ "chương trình hành động", "Chương trình hành động" },
	{ "thông tư liên tịch", "Thông tư liên tịch" },
	{ "chương trình", "Chương trình" },
	{ "nghị quyết", "Nghị quyết" },
	{ "nghị định", "Nghị định" },
	{ "quyết định", "Quyết định" },
	{ "thông báo", "Thông báo" },
	{ "hướng dẫn", "Hướng dẫn" },
	{ "pháp lệnh", "Pháp lệnh" },
	{ "công điện", "Công điện" },
	{ "thông tri", "Thông tri" },
	{ "kết luận", "Kết luận" },
	{ "kế hoạch", "Kế hoạch" },
	{ "thông tư", "Thông tư" },
	{ "công văn", "Công văn" },
	{ "quy định", "Quy định" },
	{ "quy chế", "Quy chế" },
	{ "tờ trình", "Tờ trình" },
	{ "báo cáo", "Báo cáo" },
	{ "chỉ thị", "Chỉ thị" },
	{ "đề án", "Đề án" },
	{ "luật", "Luật" },
};

/* Type abbreviations (HD 36-HD/VPTW, NĐ 30/2020/NĐ-CP). */
static const struct {
	const char	*type;
	const char	*kind;
} types[] = {
	{ "NQ", "Nghị quyết" }, { "KL", "Kết luận" },
	{ "CTr", "Chương trình" }, { "KH", "Kế hoạch" },
	{ "QĐ", "Quyết định" }, { "QĐi", "Quy định" },
	{ "TB", "Thông báo" }, { "HD", "Hướng dẫn" }, { "CT", "Chỉ thị" },
	{ "NĐ", "Nghị định" }, { "TT", "Thông tư" },
	{ "TTLT", "Thông tư liên tịch" }, { "CV", "Công văn" },
	{ "BC", "Báo cáo" }, { "TTr", "Tờ trình" }, { "QC", "Quy chế" },
	{ "CĐ", "Công điện" }, { "ĐA", "Đề án" },
};

/* Issuers that are Party bodies (domain.md 3.2, the mix rules). */
static const char *party_issuers[] = {
	"TW", "TƯ", "TU", "HU", "ĐU", "ĐUK", "BCT", "BBT",
};
static const char *party_endings[] = { "TW", "TƯ", "TU", "HU", "ĐU" };

/* ---- Characters ---- */

static bool
upper_at(const char *s, size_t n, size_t i)
{
	return i < n && pl_utf8_is_upper_at(s + i, n - i);
}

static bool
letter_at(const char *s, size_t n, size_t i)
{
	return i < n && pl_utf8_is_alpha_at(s + i, n - i);
}

static bool
space(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/* ---- Symbols ---- */

/*
 * Letters at *i: an uppercase first, then up to max-1 more of the class
 * (digits and '&' allowed when `digits`, lowercase when `lower`).
 * Appends them to out; returns their count in code points, 0 if none.
 */
static int
letters(const char *s, size_t n, size_t *i, int max, bool lower,
    bool digits, struct pl_buf *out)
{
	size_t k = *i;
	int count = 0;

	if (!upper_at(s, n, k))
		return 0;
	while (k < n && count < max) {
		bool ok = upper_at(s, n, k) ||
		    (lower && letter_at(s, n, k)) ||
		    (digits && (isdigit((unsigned char)s[k]) || s[k] == '&'));

		if (!ok)
			break;
		k += pl_word_cplen(s, n, k);
		count++;
	}
	pl_buf_add(out, s + *i, k - *i);
	*i = k;
	return count;
}

/* A hyphen, possibly broken over a line: "1446-\nTB/TU". */
static bool
hyphen(const char *s, size_t n, size_t *i)
{
	size_t k = *i;

	if (k >= n || s[k] != '-')
		return false;
	k++;
	if (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n')) {
		size_t j = k;
		bool nl = false;

		while (j < n && space(s[j]))
			nl |= s[j++] == '\n';
		if (!nl)
			return false;
		k = j;
	}
	*i = k;
	return true;
}

static bool
party_issuer(const char *iss)
{
	size_t len = strlen(iss);

	for (size_t k = 0; k < PL_NELEM(party_issuers); k++)
		if (strcmp(iss, party_issuers[k]) == 0)
			return true;
	for (size_t k = 0; k < PL_NELEM(party_endings); k++) {
		size_t e = strlen(party_endings[k]);

		if (len > e && strcmp(iss + len - e, party_endings[k]) == 0)
			return true;
	}
	return false;
}

/* Nothing that would continue a symbol: a letter, a digit, "/x", "-x". */
static bool
symbol_end(const char *s, size_t n, size_t k)
{
	if (k >= n)
		return true;
	if (pl_word_alnum(s, n, k))
		return false;
	if ((s[k] == '/' || s[k] == '-') && k + 1 < n && pl_word_alnum(s, n, k + 1))
		return false;
	return true;
}

static void
set_type(struct sym *y, const char *t, size_t len)
{
	if (len >= sizeof(y->type))
		len = sizeof(y->type) - 1;
	memcpy(y->type, t, len);
	y->type[len] = '\0';
}

/* After "N-": "TYPE/ISSUER[-UNIT]" (Party) or "TYPE-ISSUER" (a mix). */
static bool
party_form(const char *s, size_t n, size_t k, const char *num, struct sym *y)
{
	struct pl_buf t = { 0 }, iss = { 0 };
	bool ok = false;

	if (letters(s, n, &k, 4, true, false, &t) == 0)
		goto out;
	if (k < n && s[k] == '/') {
		k++;
		if (letters(s, n, &k, 12, false, true, &iss) < 2)
			goto out;
		if (k + 1 < n && s[k] == '-' && upper_at(s, n, k + 1)) {
			pl_buf_addc(&iss, '-');
			k++;
			if (letters(s, n, &k, 8, false, true, &iss) == 0)
				goto out;
		}
		pl_buf_printf(&y->norm, "%s-%s/%s", num, t.s, iss.s);
		pl_buf_printf(&y->raw, "%s-%s/%s", num, t.s, iss.s);
	} else if (k < n && s[k] == '-') {
		/* "09-CTr-TU": one hyphen too many. */
		k++;
		if (letters(s, n, &k, 8, false, false, &iss) == 0)
			goto out;
		if (party_issuer(iss.s))
			pl_buf_printf(&y->norm, "%s-%s/%s", num, t.s, iss.s);
		else
			pl_buf_printf(&y->norm, "%s/%s-%s", num, t.s, iss.s);
		pl_buf_printf(&y->raw, "%s-%s-%s", num, t.s, iss.s);
	} else
		goto out;
	if (!symbol_end(s, n, k))
		goto out;
	set_type(y, t.s, t.len);
	y->b = k;
	ok = true;
out:
	pl_buf_free(&t);
	pl_buf_free(&iss);
	return ok;
}

/*
 * After "N" and "/" (spaces allowed around the slash, as in "158
 * /KH-UBND"): "[YYYY/]TYPE-ISSUER[-UNIT...]" (State), "YYYY/QH15"
 * (National Assembly) or "TYPE-TW" (a Party symbol written the State
 * way, "71/NQ-TW").
 */
static bool
state_form(const char *s, size_t n, size_t k, const char *num,
    const char *sep, struct sym *y)
{
	struct pl_buf t = { 0 }, iss = { 0 };
	char yr[5] = "";
	bool ok = false;

	if (k + 5 <= n && isdigit((unsigned char)s[k]) &&
	    isdigit((unsigned char)s[k + 1]) &&
	    isdigit((unsigned char)s[k + 2]) &&
	    isdigit((unsigned char)s[k + 3]) && s[k + 4] == '/') {
		size_t q = k + 5;

		memcpy(yr, s + k, 4);
		k = q;
		/* "224/2025/QH15", "76/2025/UBTVQH15" */
		if (letters(s, n, &q, 10, false, true, &iss) >= 3 &&
		    symbol_end(s, n, q) && (strncmp(iss.s, "QH", 2) == 0 ||
		    strncmp(iss.s, "UBTVQH", 6) == 0)) {
			pl_buf_printf(&y->norm, "%s/%s/%s", num, yr, iss.s);
			pl_buf_printf(&y->raw, "%s%s%s/%s", num, sep, yr,
			    iss.s);
			y->b = q;
			ok = true;
			goto out;
		}
		pl_buf_reset(&iss);
	}
	if (letters(s, n, &k, 5, true, false, &t) == 0 || k >= n ||
	    s[k] != '-')
		goto out;
	k++;
	if (letters(s, n, &k, 15, true, true, &iss) < 2)
		goto out;
	while (k + 1 < n && s[k] == '-' && upper_at(s, n, k + 1)) {
		pl_buf_addc(&iss, '-');
		k++;
		letters(s, n, &k, 11, true, true, &iss);
	}
	if (!symbol_end(s, n, k))
		goto out;
	if (yr[0] == '\0' && party_issuer(iss.s))
		pl_buf_printf(&y->norm, "%s-%s/%s", num, t.s, iss.s);
	else if (yr[0] != '\0')
		pl_buf_printf(&y->norm, "%s/%s/%s-%s", num, yr, t.s, iss.s);
	else
		pl_buf_printf(&y->norm, "%s/%s-%s", num, t.s, iss.s);
	if (yr[0] != '\0')
		pl_buf_printf(&y->raw, "%s%s%s/%s-%s", num, sep, yr, t.s,
		    iss.s);
	else
		pl_buf_printf(&y->raw, "%s%s%s-%s", num, sep, t.s, iss.s);
	set_type(y, t.s, t.len);
	y->state = true;
	y->b = k;
	ok = true;
out:
	pl_buf_free(&t);
	pl_buf_free(&iss);
	return ok;
}

/* The symbol starting with the digits at i, if any. */
static bool
symbol_at(const char *s, size_t n, size_t i, struct sym *y)
{
	char num[8], sep[8];
	size_t k = i, d = 0, j;

	memset(y, 0, sizeof(*y));
	y->a = i;
	if (i > 0) {
		size_t p = pl_word_prev(s, i);

		if (pl_word_alnum(s, n, p) || s[p] == '/' || s[p] == '-')
			return false;
	}
	while (k < n && isdigit((unsigned char)s[k]) && d < 6)
		num[d++] = s[k++];
	num[d] = '\0';
	if (d == 0 || d > 5 || (k < n && isdigit((unsigned char)s[k])))
		return false;
	j = k;
	if (hyphen(s, n, &j) && d <= 4 && party_form(s, n, j, num, y))
		return true;
	pl_buf_reset(&y->norm);
	pl_buf_reset(&y->raw);
	/* Spaces around the slash are kept in raw: "158 /KH-UBND". */
	j = k;
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	if (j >= n || s[j] != '/')
		return false;
	j++;
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	if (j - k >= sizeof(sep))
		return false;
	memcpy(sep, s + k, j - k);
	sep[j - k] = '\0';
	return state_form(s, n, j, num, sep, y);
}

/* ---- The whole text ---- */

static void
join(const struct pl_doc *doc, struct joined *j)
{
	struct pl_buf b = { 0 };

	j->nlines = doc->text.n;
	j->starts = pl_xcalloc(j->nlines + 1, sizeof(size_t));
	for (size_t i = 0; i < doc->text.n; i++) {
		j->starts[i] = b.len;
		pl_buf_add(&b, doc->text.lines[i].s, doc->text.lines[i].len);
		pl_buf_addc(&b, '\n');
	}
	j->n = b.len;
	j->s = pl_buf_take(&b);
	j->lo = pl_xmalloc(j->n + 1);
	pl_utf8_lower(j->s, j->n, j->lo);
}

/* 1-based line and code-point column of byte off. */
static void
locate(const struct joined *j, size_t off, int *line, int *col)
{
	size_t lo = 0, hi = j->nlines;

	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;

		if (j->starts[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	*line = (int)lo + 1;
	*col = (int)pl_utf8_count(j->s + j->starts[lo], off - j->starts[lo]) +
	    1;
}

/*
 * The kind word before the symbol at a ("Kết luận số", "Nghị quyết"),
 * NULL when none.  *from is where the citation text starts; *header is
 * set for "Số: 158/KH-UBND" opening its line (the document's own
 * symbol in its header).
 */
static const char *
kind_before(const struct joined *j, size_t a, size_t *from, bool *header)
{
	const char *so = "số";
	size_t k = a, sl = strlen(so);

	*from = a;
	*header = false;
	while (k > 0 && space(j->s[k - 1]))
		k--;
	if (k > 0 && j->s[k - 1] == ':')
		k--;
	while (k > 0 && space(j->s[k - 1]))
		k--;
	if (k >= sl && memcmp(j->lo + k - sl, so, sl) == 0 &&
	    pl_word_start(j->lo, j->n, k - sl)) {
		size_t ls;

		k -= sl;
		*from = k;
		for (ls = k; ls > 0 && (j->s[ls - 1] == ' ' ||
		    j->s[ls - 1] == '\t'); ls--)
			;
		*header = ls == 0 || j->s[ls - 1] == '\n';
		while (k > 0 && space(j->s[k - 1]))
			k--;
	}
	for (size_t w = 0; w < PL_NELEM(kinds); w++) {
		size_t len = strlen(kinds[w].word);

		if (k >= len && memcmp(j->lo + k - len, kinds[w].word,
		    len) == 0 && pl_word_start(j->lo, j->n, k - len)) {
			*from = k - len;
			*header = false;
			return kinds[w].kind;
		}
	}
	return NULL;
}

/* The kind a symbol's type names: "NQ" is a Nghị quyết.  A State symbol
 * whose first part is an issuer ("123/UBND-KT") is a công văn. */
static const char *
kind_of_type(const struct sym *y)
{
	size_t len = strlen(y->type);
	bool upper = len >= 3;

	for (size_t t = 0; t < PL_NELEM(types); t++)
		if (strcmp(y->type, types[t].type) == 0)
			return types[t].kind;
	for (size_t i = 0; i < len; i++)
		if (islower((unsigned char)y->type[i]))
			upper = false;
	return upper && y->state ? "Công văn" : NULL;
}

/* ", ngày 10-10-2025" or " ngày 04/5/2025" right after the symbol. */
static bool
date_after(const struct joined *j, size_t b, struct pl_date *d, size_t *end)
{
	const char *ngay = "ngày";
	size_t k = b, used, len = strlen(ngay);

	while (k < j->n && (space(j->s[k]) || j->s[k] == ','))
		k++;
	if (k + len > j->n || memcmp(j->lo + k, ngay, len) != 0)
		return false;
	k += len;
	while (k < j->n && space(j->s[k]))
		k++;
	if (!pl_date_scan(j->s + k, j->n - k, d, &used))
		return false;
	*end = k + used;
	return true;
}

/* s[0..n) on one line: a hyphen ending a line joins the next ("72-\n
 * NQ/TW"), other runs of white space become one space. */
static char *
unwrap(struct pl_arena *a, const char *s, size_t n)
{
	struct pl_buf b = { 0 };
	char *r;

	for (size_t i = 0; i < n; i++) {
		size_t k = i + 1;

		pl_buf_addc(&b, s[i]);
		if (s[i] != '-')
			continue;
		while (k < n && space(s[k]) && s[k] != '\n')
			k++;
		if (k < n && s[k] == '\n') {
			while (k < n && space(s[k]))
				k++;
			i = k - 1;
		}
	}
	r = pl_squash_space(a, b.s != NULL ? b.s : "", b.len);
	pl_buf_free(&b);
	return r;
}

static void
add(struct pl_doc *doc, const struct joined *j, struct sym *y)
{
	struct pl_citation *c = pl_doc_add_citation(doc);
	size_t from, end = y->b;
	bool header;

	c->kind = kind_before(j, y->a, &from, &header);
	if (c->kind == NULL)
		c->kind = kind_of_type(y);
	c->symbol = pl_arena_strdup(doc->arena, y->norm.s);
	c->symbol_raw = pl_arena_strdup(doc->arena, y->raw.s);
	if (date_after(j, y->b, &c->date, &end) == false)
		end = y->b;
	c->raw = unwrap(doc->arena, j->s + from, end - from);
	c->self = header || (doc->meta.symbol != NULL &&
	    strcmp(doc->meta.symbol, c->symbol) == 0);
	locate(j, y->a, &c->pos.line, &c->pos.col);
	locate(j, y->b, &c->pos.end_line, &c->pos.end_col);
	/* end_col is the last code point of the symbol, inclusive. */
	c->pos.end_col = c->pos.end_col > 1 ? c->pos.end_col - 1 : 1;
	pl_doc_locate(doc, &c->pos);
}

/*
 * Adds one citation per occurrence of a symbol, in text order.  A symbol
 * broken over lines after its hyphen ("1446-\nTB/TU") is read whole.  A
 * blank draft number ("Số      -CTr/TU") is no citation.
 */
void
pl_citations_scan(struct pl_doc *doc)
{
	struct joined j;
	struct sym y;

	join(doc, &j);
	for (size_t i = 0; i < j.n; i++) {
		if (!isdigit((unsigned char)j.s[i]))
			continue;
		if (symbol_at(j.s, j.n, i, &y)) {
			add(doc, &j, &y);
			i = y.b - 1;
		} else
			while (i + 1 < j.n && isdigit((unsigned char)j.s[i + 1]))
				i++;
		pl_buf_free(&y.norm);
		pl_buf_free(&y.raw);
	}
	free(j.s);
	free(j.lo);
	free(j.starts);
}
