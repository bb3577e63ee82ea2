/*
 * regmatch.c: finds registry names in text.  Names and text are cut into
 * words the same way; an index of name forms sorted by their first folded
 * word gives the candidates at each word, and the longest candidate whose
 * words all match wins.  No pattern is compiled per name.
 */
#include <stdlib.h>
#include <string.h>

#include "registry.h"

/*
 * Vietnamese vowels (lowercase): each row is the vowel without a tone,
 * then with grave, acute, hook, tilde and dot below; `bases` holds each
 * row's letter without any mark.
 */
static const char *const vowel_rows[] = {
	"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
	"oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
};
static const char bases[] = "aaaeeiooouuy";

/* Words before a place name that make it the name of a unit or body. */
static const char *const markers[] = {
	"tỉnh", "thành", "tp", "ubnd", "hđnd", "ủy", "hội", "đặc", "xã",
	"phường", "huyện", "thị", NULL,
};

struct tok {
	size_t	s, e;
	bool	hard;	/* a hard break lies before it */
	bool	punct;	/* a comma or hyphen lies before it */
};

static bool
word_at(const char *s, size_t n, size_t i, int *len)
{
	int32_t cp;
	int l = pl_utf8_decode(s + i, n - i, &cp);

	if (l == 0) {
		*len = 1;
		return false;
	}
	*len = l;
	if (cp == '&' || (cp >= '0' && cp <= '9'))
		return true;
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	return pl_utf8_is_alpha_at(s + i, n - i);
}

/*
 * Cuts s into words.  Spaces, commas and hyphens are soft (names are
 * written "Văn hóa, Thể thao" and "Văn hóa - Thể thao"); a full stop is
 * soft only after a short abbreviation ("TP. Phú Quốc"); anything else
 * (tab, ';', ':', '/', brackets, quotes) is a hard break.
 */
static size_t
tokenize(struct pl_arena *a, const char *s, size_t n, struct tok **out)
{
	struct tok *v = NULL;
	size_t nv = 0, cap = 0, i = 0;
	bool hard = true, punct = false;
	int len;
	int32_t cp;

	while (i < n) {
		if (word_at(s, n, i, &len)) {
			struct tok *t = pl_vec_push(a, &v, &nv, &cap, sizeof(*t));

			t->s = i;
			t->hard = hard;
			t->punct = punct;
			while (i < n && word_at(s, n, i, &len))
				i += (size_t)len;
			t->e = i;
			hard = punct = false;
			continue;
		}
		if (pl_utf8_decode(s + i, n - i, &cp) == 0)
			cp = 0xFFFD;
		switch (cp) {
		case ' ': case 0xA0: case '\r':
			break;
		case ',': case '-': case 0x2010: case 0x2013: case 0x2014:
			punct = true;
			break;
		case '.':
			if (nv == 0 || v[nv - 1].e != i ||
			    v[nv - 1].e - v[nv - 1].s > 3)
				hard = true;
			break;
		default:
			hard = true;
		}
		i += (size_t)len;
	}
	*out = v;
	return nv;
}

static int
cmp_fold(const void *a, const void *b)
{
	const struct pl_fold_cp *x = a, *y = b;

	return (x->cp > y->cp) - (x->cp < y->cp);
}

static void
build_foldmap(struct pl_registry *reg)
{
	size_t cap = 0;
	int32_t cp, plain;
	int len;
	struct pl_fold_cp *f;

	for (size_t i = 0; i < PL_NELEM(vowel_rows); i++) {
		const char *r = vowel_rows[i];
		size_t n = strlen(r), j = 0;

		for (int tone = 0; j < n; tone++, j += (size_t)len) {
			if ((len = pl_utf8_decode(r + j, n - j, &cp)) == 0)
				break;
			if (tone == 0)
				plain = cp;
			if (cp < 0x80)
				continue;
			f = pl_vec_push(reg->arena, &reg->foldmap,
			    &reg->nfoldmap, &cap, sizeof(*f));
			f->cp = cp;
			f->base = bases[i];
			f->plain = plain;
			f->tone = (char)tone;
		}
	}
	f = pl_vec_push(reg->arena, &reg->foldmap, &reg->nfoldmap, &cap,
	    sizeof(*f));
	f->cp = 0x111;	/* đ */
	f->base = 'd';
	f->plain = 0x111;
	qsort(reg->foldmap, reg->nfoldmap, sizeof(*reg->foldmap), cmp_fold);
}

static const struct pl_fold_cp *
find_cp(const struct pl_registry *reg, int32_t cp)
{
	struct pl_fold_cp key = { .cp = cp };

	if (cp < 0x80)
		return NULL;
	return bsearch(&key, reg->foldmap, reg->nfoldmap, sizeof(key),
	    cmp_fold);
}

/*
 * The lowercase word with its tone moved out to the end ("hoà" and "hòa"
 * both give "hoa1"): old and new tone placement ("Uỷ", "Ủy") are both
 * correct spellings and must compare equal.
 */
static char *
untone(const struct pl_registry *reg, struct pl_arena *a, const char *s,
    size_t n)
{
	char *low = pl_arena_alloc(a, n + 1), *out = pl_arena_alloc(a, n + 2);
	char *q = out, tone = 0;
	const struct pl_fold_cp *f;
	int32_t cp;
	int len;

	pl_utf8_lower(s, n, low);
	for (size_t i = 0; i < n; i += (size_t)len) {
		if ((len = pl_utf8_decode(low + i, n - i, &cp)) == 0) {
			*q++ = low[i];
			len = 1;
			continue;
		}
		if ((f = find_cp(reg, cp)) != NULL) {
			if (f->tone != 0)
				tone = f->tone;
			q += pl_utf8_encode(f->plain, q);
			continue;
		}
		memcpy(q, low + i, (size_t)len);
		q += len;
	}
	*q++ = (char)('0' + tone);
	*q = '\0';
	return out;
}

char *
pl_reg_fold(const struct pl_registry *reg, struct pl_arena *a, const char *s,
    size_t n)
{
	char *low = pl_arena_alloc(a, n + 1), *out = pl_arena_alloc(a, n + 1);
	char *q = out;
	const struct pl_fold_cp *f;
	int32_t cp;
	int len;

	pl_utf8_lower(s, n, low);
	for (size_t i = 0; i < n; i += (size_t)len) {
		if ((len = pl_utf8_decode(low + i, n - i, &cp)) == 0) {
			*q++ = low[i];
			len = 1;
			continue;
		}
		if ((f = find_cp(reg, cp)) != NULL) {
			*q++ = f->base;
			continue;
		}
		memcpy(q, low + i, (size_t)len);
		q += len;
	}
	*q = '\0';
	return out;
}

static void
add_form(struct pl_registry *reg, const struct pl_reg_entry *e,
    const char *text, bool abbr, bool short_form)
{
	struct pl_arena *a = reg->arena;
	struct pl_reg_form *f;
	struct tok *t;
	size_t nt = tokenize(a, text, strlen(text), &t);

	if (nt == 0)
		return;
	f = pl_vec_push(a, &reg->forms, &reg->nforms, &reg->capforms,
	    sizeof(*f));
	f->entry = e;
	f->text = text;
	f->abbr = abbr;
	f->short_form = short_form;
	f->proper = !abbr && (e->kind == PL_REG_PROVINCE ||
	    e->kind == PL_REG_LOCALITY);
	f->ntok = nt;
	f->raw = pl_arena_alloc(a, nt * sizeof(char *));
	f->low = pl_arena_alloc(a, nt * sizeof(char *));
	f->fold = pl_arena_alloc(a, nt * sizeof(char *));
	f->tone = pl_arena_alloc(a, nt * sizeof(char *));
	f->punct = pl_arena_alloc(a, nt * sizeof(bool));
	for (size_t i = 0; i < nt; i++) {
		size_t len = t[i].e - t[i].s;
		char *low = pl_arena_alloc(a, len + 1);

		pl_utf8_lower(text + t[i].s, len, low);
		f->raw[i] = pl_arena_strndup(a, text + t[i].s, len);
		f->low[i] = low;
		f->fold[i] = pl_reg_fold(reg, a, text + t[i].s, len);
		f->tone[i] = untone(reg, a, text + t[i].s, len);
		f->punct[i] = t[i].punct;
	}
}

/* "Sở Công Thương" may be written "Công Thương" after "các Sở:". */
static void
add_short(struct pl_registry *reg, const struct pl_reg_entry *e,
    const char *name)
{
	if (strncmp(name, "Sở ", strlen("Sở ")) == 0 &&
	    name[strlen("Sở ")] != '\0')
		add_form(reg, e, name + strlen("Sở "), false, true);
}

static int
cmp_form(const void *a, const void *b)
{
	const struct pl_reg_form *x = a, *y = b;
	int c = strcmp(x->fold[0], y->fold[0]);

	if (c != 0)
		return c;
	if (x->ntok != y->ntok)
		return x->ntok > y->ntok ? -1 : 1;
	/* Same length: the earlier entry first, so duplicates resolve to
	 * the order of the registry file. */
	return (x->entry > y->entry) - (x->entry < y->entry);
}

static int
cmp_abbrev(const void *a, const void *b)
{
	const struct pl_reg_abbrev *x = a, *y = b;

	return strcmp(x->abbr, y->abbr);
}

void
pl_registry_index(struct pl_registry *reg)
{
	size_t k = 0;

	build_foldmap(reg);
	for (size_t i = 0; i < reg->nentries; i++) {
		const struct pl_reg_entry *e = &reg->entries[i];

		add_form(reg, e, e->name, false, false);
		add_short(reg, e, e->name);
		for (size_t j = 0; j < e->aliases.n; j++) {
			add_form(reg, e, e->aliases.v[j], false, false);
			add_short(reg, e, e->aliases.v[j]);
		}
		for (size_t j = 0; j < e->abbrevs.n; j++) {
			struct pl_reg_abbrev *ab;

			add_form(reg, e, e->abbrevs.v[j], true, false);
			if (strchr(e->abbrevs.v[j], ' ') != NULL)
				continue;
			ab = pl_vec_push(reg->arena, &reg->abbrevs,
			    &reg->nabbrevs, &reg->capabbrevs, sizeof(*ab));
			ab->abbr = e->abbrevs.v[j];
			ab->full = e->name;
		}
	}
	if (reg->nforms > 0)
		qsort(reg->forms, reg->nforms, sizeof(*reg->forms), cmp_form);
	/* Known abbreviations: the explicit list first (it was added before
	 * indexing), then entry abbreviations; keep the first of each. */
	if (reg->nabbrevs > 0) {
		struct pl_reg_abbrev *v = reg->abbrevs;

		for (size_t i = 0; i < reg->nabbrevs; i++)
			for (size_t j = i + 1; j < reg->nabbrevs; j++)
				if (v[j].abbr != NULL && v[i].abbr != NULL &&
				    strcmp(v[i].abbr, v[j].abbr) == 0)
					v[j].abbr = NULL;
		for (size_t i = 0; i < reg->nabbrevs; i++)
			if (v[i].abbr != NULL)
				v[k++] = v[i];
		reg->nabbrevs = k;
		qsort(v, k, sizeof(*v), cmp_abbrev);
	}
}

/* ---- Matching ---- */

static int
how_rank(enum pl_reg_how h)
{
	return h == PL_REG_ABBR ? 0 : (int)h;
}

/* Whether form f matches the words t[0..f->ntok); returns the how, or -1. */
static int
match_form(const struct pl_registry *reg, struct pl_arena *a,
    const struct pl_reg_form *f, const char *s, const char *low,
    const struct tok *t, char *const *fold)
{
	int how = PL_REG_EXACT;
	size_t slips = 0;

	for (size_t k = 0; k < f->ntok; k++) {
		size_t len = t[k].e - t[k].s;

		/* "cơ sở, y tế" is not "Sở Y tế": a comma or hyphen the name
		 * does not have splits the words. */
		if (k > 0 && (t[k].hard || (t[k].punct && !f->punct[k])))
			return -1;
		if (f->abbr) {
			if (strlen(f->raw[k]) != len ||
			    memcmp(f->raw[k], s + t[k].s, len) != 0)
				return -1;
			continue;
		}
		if (strcmp(f->fold[k], fold[k]) != 0)
			return -1;
		/* Places keep their capitals: "hòa bình" is peace, not the
		 * province. */
		if (f->proper &&
		    pl_utf8_is_upper_at(f->raw[k], strlen(f->raw[k])) &&
		    !pl_utf8_is_upper_at(s + t[k].s, len))
			return -1;
		if (strlen(f->raw[k]) == len &&
		    memcmp(f->raw[k], s + t[k].s, len) == 0)
			continue;
		if (strlen(f->low[k]) == len &&
		    memcmp(f->low[k], low + t[k].s, len) == 0) {
			if (how < PL_REG_CASE)
				how = PL_REG_CASE;
			continue;
		}
		/* Old and new tone placement are both right. */
		if (strcmp(f->tone[k], untone(reg, a, s + t[k].s, len)) == 0)
			continue;
		how = PL_REG_FOLD;
		slips++;
		if (k == 0)	/* "số du lịch" is not "Sở Du lịch" */
			return -1;
	}
	if (f->abbr)
		return PL_REG_ABBR;
	/* Diacritic slips are only trusted in long names, one slip per
	 * three words: short names collide ("Huế", "huệ"). */
	if (how == PL_REG_FOLD && (f->ntok < 3 || slips * 3 > f->ntok))
		return -1;
	return how;
}

static size_t
first_form(const struct pl_registry *reg, const char *fold)
{
	size_t lo = 0, hi = reg->nforms;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(reg->forms[mid].fold[0], fold) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
pl_registry_scan(const struct pl_registry *reg, struct pl_arena *a,
    const char *s, size_t n, bool with_short, struct pl_reg_match **out)
{
	struct pl_reg_match *m = NULL;
	size_t nm = 0, cap = 0, i = 0;
	struct tok *t;
	size_t nt = tokenize(a, s, n, &t);
	char *low = pl_arena_alloc(a, n + 1);
	char **fold = pl_arena_alloc(a, (nt + 1) * sizeof(char *));

	pl_utf8_lower(s, n, low);
	for (size_t k = 0; k < nt; k++)
		fold[k] = pl_reg_fold(reg, a, s + t[k].s, t[k].e - t[k].s);
	while (i < nt) {
		const struct pl_reg_form *best = NULL;
		int besthow = -1, how;

		for (size_t j = first_form(reg, fold[i]); j < reg->nforms &&
		    strcmp(reg->forms[j].fold[0], fold[i]) == 0; j++) {
			const struct pl_reg_form *f = &reg->forms[j];

			if ((f->short_form && !with_short) || i + f->ntok > nt)
				continue;
			if (best != NULL && f->ntok < best->ntok)
				break;
			if ((how = match_form(reg, a, f, s, low, t + i,
			    fold + i)) < 0)
				continue;
			if (best == NULL || how_rank(how) < how_rank(besthow)) {
				best = f;
				besthow = how;
			}
		}
		if (best == NULL) {
			i++;
			continue;
		}
		struct pl_reg_match *r = pl_vec_push(a, &m, &nm, &cap,
		    sizeof(*r));

		r->entry = best->entry;
		r->start = t[i].s;
		r->end = t[i + best->ntok - 1].e;
		r->form = best->text;
		r->how = besthow;
		r->short_form = best->short_form;
		i += best->ntok;
	}
	*out = m;
	return nm;
}

bool
pl_registry_lookup(const struct pl_registry *reg, struct pl_arena *a,
    const char *s, struct pl_reg_match *out)
{
	struct pl_reg_match *m;
	size_t len;
	const char *t = pl_trim(s, strlen(s), &len);

	while (len > 0 && (t[len - 1] == '.' || t[len - 1] == ';' ||
	    t[len - 1] == ','))
		len--;
	if (len == 0 || pl_registry_scan(reg, a, t, len, true, &m) != 1 ||
	    m[0].start != 0 || m[0].end != len)
		return false;
	*out = m[0];
	return true;
}

/* Whether the word just before byte `at` in s, or the match's own first
 * word, names a unit or body ("tỉnh", "UBND", "thành phố"...). */
bool
pl_reg_marked(const char *s, size_t at, const char *form)
{
	char w[32];
	size_t e = at, b;

	if (form != NULL) {
		size_t k = 0;

		while (form[k] != '\0' && form[k] != ' ' && k < sizeof(w) - 1)
			k++;
		pl_utf8_lower(form, k, w);
		for (size_t i = 0; markers[i] != NULL; i++)
			if (strcmp(w, markers[i]) == 0)
				return true;
	}
	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '.'))
		e--;
	b = e;
	while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\t' &&
	    s[b - 1] != '(' && s[b - 1] != ',' && s[b - 1] != ';')
		b--;
	if (e == b || e - b >= sizeof(w))
		return false;
	pl_utf8_lower(s + b, e - b, w);
	/* "thành phố X": the word before X is "phố". */
	if (strcmp(w, "phố") == 0 || strcmp(w, "khu") == 0)
		return true;
	for (size_t i = 0; markers[i] != NULL; i++)
		if (strcmp(w, markers[i]) == 0)
			return true;
	return false;
}
