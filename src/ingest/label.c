/*
 * label.c: list labels at the start of a line ("II-", "1.", "1.1.",
 * "a)", "(1)", "-", "+") and the lines that are no part of a plan's text
 * (page numbers, footnotes) or end its body ("Nơi nhận", signatures).
 */
#include <string.h>

#include "ingest_int.h"

static const char *const romans[] = {
	"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
	"XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
};

/* Vietnamese list letters (no f, j, w, z); "đ" is handled apart. */
static const char letters[] = "abcdeghiklmnopqrstuvxy";

/* ---- Small text tests ---- */

static size_t
space_run(const char *s, size_t n)
{
	size_t k = 0;

	for (;;) {
		if (k < n && s[k] == ' ')
			k++;
		else if (k + 1 < n && (unsigned char)s[k] == 0xC2 &&
		    (unsigned char)s[k + 1] == 0xA0)
			k += 2;
		else
			return k;
	}
}

/* Can a list item's text start at s?  Upper case, digit, quote, "(". */
static bool
item_start(const char *s, size_t n)
{
	int32_t cp;

	if (n == 0 || pl_utf8_decode(s, n, &cp) == 0)
		return false;
	if (pl_utf8_is_upper_at(s, n) || (cp >= '0' && cp <= '9'))
		return true;
	return cp == '"' || cp == '(' || cp == '\'' || cp == '[' ||
	    cp == 0x201C || cp == 0x2018 || cp == 0xAB;
}

bool
pl_label_noise(const char *s, size_t n)
{
	size_t i, digits = 0;
	int32_t cp;

	s = pl_trim(s, n, &n);
	if (n == 0)
		return false;
	for (i = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		digits++;
	if (digits == n && n <= 4)
		return true;	/* a page number */
	for (i = 0; i < n && strchr("-_*=. ", s[i]) != NULL; i++)
		;
	if (i == n)
		return true;	/* "-----", "*", "* * *" */
	/* A footnote: a superscript digit, then its text. */
	if (pl_utf8_decode(s, n, &cp) > 0 && (cp == 0xB9 || cp == 0xB2 ||
	    cp == 0xB3 || (cp >= 0x2070 && cp <= 0x2079)))
		return true;
	return false;
}

bool
pl_label_closing(const char *s, size_t n)
{
	static const char *const sign[] = {
		"T/M ", "T/M.", "TM. ", "TM ", "KT. ", "K/T ", "TL. ", "T/L ",
	};

	s = pl_trim(s, n, &n);
	if (n == 0)
		return false;
	if (pl_istarts_with(s, "nơi nhận") || pl_istarts_with(s, "trên đây là"))
		return true;
	for (size_t k = 0; k < PL_NELEM(sign); k++) {
		size_t l = strlen(sign[k]), sp, w;
		int32_t cp;

		if (n <= l + 1 || strncmp(s, sign[k], l) != 0)
			continue;
		/* The body signed for follows in capitals: "T/M BAN". */
		sp = l + space_run(s + l, n - l);
		for (w = 0; w < 2; w++) {
			if (sp >= n || !pl_utf8_is_upper_at(s + sp, n - sp))
				break;
			sp += (size_t)pl_utf8_decode(s + sp, n - sp, &cp);
		}
		if (w == 2)
			return true;
	}
	return false;
}

/* ---- Labels ---- */

static bool
roman(const char *s, size_t n, struct pl_label *out)
{
	size_t k = 0, p, sp;

	while (k < n && k < 6 && strchr("IVX", s[k]) != NULL && s[k] != '\0')
		k++;
	if (k == 0)
		return false;
	for (p = 0; p < PL_NELEM(romans); p++)
		if (strlen(romans[p]) == k && strncmp(s, romans[p], k) == 0)
			break;
	if (p == PL_NELEM(romans))
		return false;
	memcpy(out->name, s, k);
	out->name[k] = '\0';
	p = k;
	if (p < n && strchr("-.:)", s[p]) != NULL && s[p] != '\0') {
		out->punct = true;
		p++;
	} else if (p + 3 <= n && memcmp(s + p, "\xE2\x80\x93", 3) == 0) {
		out->punct = true;
		p += 3;
	}
	sp = space_run(s + p, n - p);
	if (sp == 0 && !out->punct)
		return false;
	if (!item_start(s + p + sp, n - p - sp))
		return false;
	out->kind = PL_LBL_ROMAN;
	out->len = p + sp;
	return true;
}

static bool
number(const char *s, size_t n, struct pl_label *out)
{
	size_t p = 0, d, sp;
	int depth = 0;
	bool term = false;

	for (;;) {
		for (d = 0; p < n && s[p] >= '0' && s[p] <= '9' && d < 3; d++)
			p++;
		if (d == 0 || d > 2)
			return false;
		depth++;
		if (p + 1 < n && s[p] == '.' && s[p + 1] >= '0' &&
		    s[p + 1] <= '9' && depth < 4) {
			p++;
			continue;
		}
		break;
	}
	if (p >= sizeof(out->name))
		return false;
	memcpy(out->name, s, p);
	out->name[p] = '\0';
	if (p < n && (s[p] == '.' || s[p] == ')')) {
		p++;
		term = true;
	} else if (p < n && s[p] == '-' && depth == 1) {
		p++;
		if (space_run(s + p, n - p) == 0)
			return false;
	} else if (depth < 2)
		return false;
	sp = space_run(s + p, n - p);
	if (sp == 0 && !term)
		return false;
	if (!item_start(s + p + sp, n - p - sp))
		return false;
	out->kind = PL_LBL_NUM;
	out->depth = depth;
	out->len = p + sp;
	return true;
}

static bool
letter(const char *s, size_t n, struct pl_label *out)
{
	size_t p, sp;

	if (n >= 3 && (unsigned char)s[0] == 0xC4 &&
	    (unsigned char)s[1] == 0x91)
		p = 2;
	else if (n >= 2 && s[0] != '\0' && strchr(letters, s[0]) != NULL)
		p = 1;
	else
		return false;
	if (s[p] != ')')
		return false;
	memcpy(out->name, s, p);
	out->name[p] = '\0';
	p++;
	sp = space_run(s + p, n - p);
	if (!item_start(s + p + sp, n - p - sp))
		return false;
	out->kind = PL_LBL_LETTER;
	out->len = p + sp;
	return true;
}

static bool
paren(const char *s, size_t n, struct pl_label *out)
{
	size_t p = 1, sp;

	if (n < 4 || s[0] != '(')
		return false;
	while (p < n && p < 3 && s[p] >= '0' && s[p] <= '9')
		p++;
	if (p == 1 || p >= n || s[p] != ')')
		return false;
	memcpy(out->name, s + 1, p - 1);
	out->name[p - 1] = '\0';
	p++;
	sp = space_run(s + p, n - p);
	if (!item_start(s + p + sp, n - p - sp))
		return false;
	out->kind = PL_LBL_PAREN;
	out->len = p + sp;
	return true;
}

static bool
bullet(const char *s, size_t n, struct pl_label *out)
{
	static const char *const marks[] = {
		"-", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA2",
		"\xE2\x97\x8F", "\xEF\x82\xA7", "\xEF\x82\xB7", "+",
	};
	size_t p = 0, sp;
	size_t k;

	for (k = 0; k < PL_NELEM(marks); k++)
		if (pl_starts_with(s, marks[k]) && strlen(marks[k]) <= n) {
			p = strlen(marks[k]);
			break;
		}
	if (p == 0)
		return false;
	sp = space_run(s + p, n - p);
	if (!item_start(s + p + sp, n - p - sp))
		return false;
	out->kind = s[0] == '+' ? PL_LBL_PLUS : PL_LBL_BULLET;
	out->name[0] = '\0';
	out->len = p + sp;
	return true;
}

bool
pl_label_parse(const char *s, size_t n, struct pl_label *out)
{
	size_t lead = space_run(s, n);

	memset(out, 0, sizeof(*out));
	s += lead;
	n -= lead;
	if (memchr(s, '\t', n) != NULL)
		return false;	/* a table row, not a list */
	if (!(roman(s, n, out) || number(s, n, out) || letter(s, n, out) ||
	    paren(s, n, out) || bullet(s, n, out))) {
		memset(out, 0, sizeof(*out));
		return false;
	}
	out->len += lead;
	return true;
}

