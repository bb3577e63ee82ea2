/*
 * meta.c: document metadata.  The header block gives the issuer, "Số"
 * and the place and date; the kind heading ("KẾ HOẠCH") and the trích
 * yếu under it give kind and title.  Plans with no header name their
 * issuer in the preamble ("Ban Thường vụ ... xây dựng Kế hoạch") and then
 * have no date of their own.  Also the "06 rõ" the document declares.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"

#define KIND_SCAN	80	/* lines searched for the kind heading */

static const char *const kinds[] = {	/* ORDER: longer first */
	"CHƯƠNG TRÌNH HÀNH ĐỘNG", "CHƯƠNG TRÌNH", "KẾ HOẠCH", "QUYẾT ĐỊNH",
	"BÁO CÁO", "ĐỀ ÁN", "NGHỊ QUYẾT", "CHỈ THỊ", "THÔNG BÁO", "HƯỚNG DẪN",
	"KẾT LUẬN", "TỜ TRÌNH", "QUY CHẾ", "QUY ĐỊNH",
};

/* ---- Small text tests ---- */

static const char *
line_at(const struct pl_doc *doc, size_t i, size_t *len)
{
	return pl_trim(doc->text.lines[i].s, doc->text.lines[i].len, len);
}

static bool
caps(const char *s, size_t n)
{
	size_t i = 0, seen = 0;
	int32_t cp;
	int len;

	while (i < n) {
		if ((len = pl_utf8_decode(s + i, n - i, &cp)) == 0) {
			i++;
			continue;
		}
		if (pl_utf8_is_alpha_at(s + i, n - i)) {
			if (!pl_utf8_is_upper_at(s + i, n - i))
				return false;
			seen++;
		}
		i += (size_t)len;
	}
	return seen >= 2;
}

static bool
lower_start(const char *s, size_t n)
{
	return n > 0 && pl_utf8_is_alpha_at(s, n) &&
	    !pl_utf8_is_upper_at(s, n);
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static const char *
skip_spaces(const char *p)
{
	while (*p == ' ' || *p == '\t' || ((unsigned char)p[0] == 0xC2 &&
	    (unsigned char)p[1] == 0xA0))
		p += *p == ' ' || *p == '\t' ? 1 : 2;
	return p;
}

/* ---- Kind and title ---- */

/* Line of the kind heading; *rest is what follows the kind on it. */
static size_t
find_kind(struct pl_doc *doc, const char **rest)
{
	struct pl_label lb;
	size_t len, kl;
	const char *t;

	for (size_t i = 0; i < doc->text.n && i < KIND_SCAN; i++) {
		t = line_at(doc, i, &len);
		if (len == 0)
			continue;
		if (pl_label_parse(t, len, &lb) && lb.kind == PL_LBL_ROMAN &&
		    lb.punct)
			break;	/* the body has begun */
		for (size_t k = 0; k < PL_NELEM(kinds); k++) {
			kl = strlen(kinds[k]);
			if (len < kl || memcmp(t, kinds[k], kl) != 0)
				continue;
			if (len == kl) {
				doc->meta.kind = kinds[k];
				*rest = NULL;
				return i;
			}
			if (t[kl] == ' ' && caps(t, len)) {
				doc->meta.kind = kinds[k];
				*rest = pl_arena_trimdup(doc->arena, t + kl,
				    len - kl);
				return i;
			}
		}
	}
	return doc->text.n;
}

/*
 * Does a line under the title start the preamble?  "Căn cứ ...",
 * "Thực hiện ..." in capitals (a title wrapped in lower case goes on
 * "thực hiện ..."), or any long line opening like one.
 */
static bool
preamble_start(const char *t, size_t len)
{
	static const char *const openers[] = {
		"Căn cứ ", "Thực hiện ", "Triển khai ", "Nhằm ", "Để ",
	};

	for (size_t k = 0; k < PL_NELEM(openers); k++) {
		if (pl_starts_with(t, openers[k]))
			return true;
		if (pl_istarts_with(t, openers[k]))
			return pl_utf8_count(t, len) > 150;
	}
	return false;
}

/*
 * The trích yếu: the lines under the kind heading, joined.  A gap ends it
 * unless the text goes on in lower case (PDF extraction puts blank lines
 * inside it); so do a separator, a preamble or a heading.  Returns the
 * line after it.
 */
static size_t
read_title(struct pl_doc *doc, size_t kline, const char *rest)
{
	struct pl_buf b = { 0 };
	struct pl_label lb;
	size_t k, len, end = kline + 1;
	const char *t;
	bool gap = false;

	if (rest != NULL && rest[0] != '\0')
		pl_buf_adds(&b, rest);
	for (k = kline + 1; k < doc->text.n && k < kline + 12; k++) {
		t = line_at(doc, k, &len);
		if (len == 0) {
			gap = true;
			continue;
		}
		if (pl_label_noise(t, len) || pl_label_parse(t, len, &lb) ||
		    t[len - 1] == ':' || t[len - 1] == ';' ||
		    pl_utf8_count(t, len) > 600)
			break;
		if (b.len > 0 && ((gap && !lower_start(t, len)) ||
		    preamble_start(t, len) || pl_utf8_count(t, len) > 300))
			break;
		if (b.len > 0)
			pl_buf_addc(&b, ' ');
		pl_buf_add(&b, t, len);
		gap = false;
		end = k + 1;
	}
	if (b.len > 0)
		doc->meta.title = pl_squash_space(doc->arena, b.s, b.len);
	pl_buf_free(&b);
	return end;
}

/* ---- Symbol and date ---- */

/*
 * "Số: 158 /KH-UBND", "Số 09-CTr/TU", "Số         -CTr/TU" (a draft).
 * Returns false when the line is not a "Số" line; stores the symbol
 * with the spaces taken out (NULL when the number is blank) and whether
 * it has the Party form number-TYPE/ISSUER.
 */
static bool
read_symbol(struct pl_doc *doc, const char *t, const char **sym, bool *party)
{
	const char *p, *num, *q;
	size_t nlen;
	char sep;

	if (!pl_istarts_with(t, "số") || !(t[strlen("số")] == ':' ||
	    t[strlen("số")] == ' '))
		return false;
	p = t + strlen("số");
	if (*p == ':')
		p++;
	p = skip_spaces(p);
	for (num = p; is_digit(*p); p++)
		;
	nlen = (size_t)(p - num);
	p = skip_spaces(p);
	if (*p != '/' && *p != '-')
		return false;
	sep = *p++;
	p = skip_spaces(p);
	for (q = p; *q != '\0' && *q != ' ' && *q != '\t'; q++)
		;
	if (q == p)
		return false;
	*party = sep == '-' && memchr(p, '/', (size_t)(q - p)) != NULL;
	*sym = nlen == 0 ? NULL : pl_arena_printf(doc->arena, "%.*s%c%.*s",
	    (int)nlen, num, sep, (int)(q - p), p);
	return true;
}

/* "ngày 16 tháng 5 năm 2024"; blank day or month (a draft): no date. */
static bool
read_date(const char *t, struct pl_date *out)
{
	const char *p = pl_istrstr(t, "ngày");
	int v[3] = { 0, 0, 0 };
	static const char *const words[] = { "tháng", "năm" };

	if (p == NULL)
		return false;
	p = skip_spaces(p + strlen("ngày"));
	for (int k = 0; k < 3; k++) {
		while (is_digit(*p) && v[k] < 10000)
			v[k] = v[k] * 10 + (*p++ - '0');
		p = skip_spaces(p);
		if (k < 2) {
			if (!pl_istarts_with(p, words[k]))
				return false;
			p = skip_spaces(p + strlen(words[k]));
		}
	}
	if (v[0] < 1 || v[1] < 1 || v[1] > 12 || v[2] < 1900 ||
	    v[2] > 2200 || v[0] > pl_days_in_month(v[2], v[1]))
		return false;
	out->d = v[0];
	out->m = v[1];
	out->y = v[2];
	return true;
}

/* ---- Issuer, level, locality ---- */

enum { LOWER, NAME, CAP1 };

static const struct {
	const char	*caps;
	const char	*proper;
	int		 next;	/* how the words after it are written */
} phrases[] = {	/* ORDER: longer first where one starts another */
	{ "ỦY BAN NHÂN DÂN", "Ủy ban nhân dân", LOWER },
	{ "HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân", LOWER },
	{ "BAN THƯỜNG VỤ", "Ban Thường vụ", LOWER },
	{ "BAN CHẤP HÀNH", "Ban Chấp hành", LOWER },
	{ "TỈNH ỦY", "Tỉnh ủy", NAME },
	{ "THÀNH ỦY", "Thành ủy", NAME },
	{ "HUYỆN ỦY", "Huyện ủy", NAME },
	{ "QUẬN ỦY", "Quận ủy", NAME },
	{ "THỊ ỦY", "Thị ủy", NAME },
	{ "ĐẢNG ỦY", "Đảng ủy", LOWER },
	{ "ĐẢNG BỘ", "Đảng bộ", LOWER },
	{ "CHI BỘ", "Chi bộ", LOWER },
	{ "ĐẶC KHU", "đặc khu", NAME },
	{ "THÀNH PHỐ", "thành phố", NAME },
	{ "THỊ XÃ", "thị xã", NAME },
	{ "THỊ TRẤN", "thị trấn", NAME },
	{ "TỈNH", "tỉnh", NAME },
	{ "HUYỆN", "huyện", NAME },
	{ "QUẬN", "quận", NAME },
	{ "PHƯỜNG", "phường", NAME },
	{ "XÃ", "xã", NAME },
	{ "VĂN PHÒNG", "Văn phòng", CAP1 },
	{ "TRUNG TÂM", "Trung tâm", CAP1 },
	{ "CHI CỤC", "Chi cục", CAP1 },
	{ "ỦY BAN", "Ủy ban", CAP1 },
	{ "PHÒNG", "Phòng", CAP1 },
	{ "CỤC", "Cục", CAP1 },
	{ "SỞ", "Sở", CAP1 },
	{ "BAN", "Ban", CAP1 },
	{ "BỘ", "Bộ", CAP1 },
	{ "UBND", "UBND", LOWER },
	{ "HĐND", "HĐND", LOWER },
	{ "MTTQ", "MTTQ", LOWER },
};

/* Appends word w[0..n) keeping its first letter and lowering the rest. */
static void
add_word(struct pl_buf *b, const char *w, size_t n, bool first_upper)
{
	char *low = pl_xmalloc(n + 1);
	int32_t cp;
	int len = pl_utf8_decode(w, n, &cp);

	if (len == 0)
		len = 1;
	pl_utf8_lower(w, n, low);
	if (b->len > 0)
		pl_buf_addc(b, ' ');
	pl_buf_add(b, first_upper ? w : low, (size_t)len);
	pl_buf_add(b, low + len, n - (size_t)len);
	free(low);
}

/*
 * "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG" -> "Ủy ban nhân dân tỉnh Kiên Giang",
 * "TỈNH ỦY AN GIANG" -> "Tỉnh ủy An Giang": known bodies and units are
 * written as in running text, place names in title case.
 */
static char *
proper_case(struct pl_doc *doc, const char *s)
{
	struct pl_buf b = { 0 };
	size_t k, l, w;
	int mode = CAP1;
	char *r;

	s = skip_spaces(s);
	while (*s != '\0') {
		for (k = 0; k < PL_NELEM(phrases); k++) {
			l = strlen(phrases[k].caps);
			if (strncmp(s, phrases[k].caps, l) == 0 &&
			    (s[l] == '\0' || s[l] == ' ' || s[l] == ','))
				break;
		}
		if (k < PL_NELEM(phrases)) {
			if (b.len > 0)
				pl_buf_addc(&b, ' ');
			if (b.len == 0 && lower_start(phrases[k].proper,
			    strlen(phrases[k].proper)))
				add_word(&b, s, strlen(phrases[k].caps), true);
			else
				pl_buf_adds(&b, phrases[k].proper);
			mode = phrases[k].next;
			s = skip_spaces(s + l);
			continue;
		}
		for (w = 0; s[w] != '\0' && s[w] != ' '; w++)
			;
		add_word(&b, s, w, b.len == 0 || mode != LOWER);
		if (mode == CAP1)
			mode = LOWER;
		s = skip_spaces(s + w);
	}
	r = pl_arena_strdup(doc->arena, b.s != NULL ? b.s : "");
	pl_buf_free(&b);
	return r;
}

static const struct {
	const char	*word;
	enum pl_level	 level;
} units[] = {	/* ORDER: longer first where one starts another */
	{ "đặc khu", PL_LEVEL_DAC_KHU },
	{ "thành phố", PL_LEVEL_THANH_PHO },
	{ "thành ủy", PL_LEVEL_THANH_PHO },
	{ "thị xã", PL_LEVEL_HUYEN },
	{ "thị ủy", PL_LEVEL_HUYEN },
	{ "thị trấn", PL_LEVEL_XA },
	{ "tỉnh ủy", PL_LEVEL_TINH },
	{ "tỉnh", PL_LEVEL_TINH },
	{ "huyện ủy", PL_LEVEL_HUYEN },
	{ "huyện", PL_LEVEL_HUYEN },
	{ "quận ủy", PL_LEVEL_HUYEN },
	{ "quận", PL_LEVEL_HUYEN },
	{ "phường", PL_LEVEL_PHUONG },
	{ "xã", PL_LEVEL_XA },
	{ "trung ương", PL_LEVEL_TRUNG_UONG },
	{ "chính phủ", PL_LEVEL_TRUNG_UONG },
	{ "bộ chính trị", PL_LEVEL_TRUNG_UONG },
	{ "ban bí thư", PL_LEVEL_TRUNG_UONG },
};

/* Cities under the central government; other "thành phố" are districts. */
static const char *const cities[] = {
	"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
};

/*
 * Level and locality from the first unit word of a name: "Ủy ban nhân
 * dân tỉnh Kiên Giang" -> tinh, "Kiên Giang".  False when there is none.
 */
static bool
level_of(struct pl_doc *doc, const char *s, enum pl_level *level,
    const char **locality)
{
	const char *p, *q, *end;
	size_t k, l;

	for (p = s; *p != '\0'; p++) {
		if (p != s && p[-1] != ' ')
			continue;
		for (k = 0; k < PL_NELEM(units); k++) {
			l = strlen(units[k].word);
			if (pl_istarts_with(p, units[k].word) && (p[l] == '\0' ||
			    p[l] == ' ' || p[l] == ','))
				break;
		}
		if (k == PL_NELEM(units))
			continue;
		*level = units[k].level;
		/* The capitalized words after it name the place. */
		q = skip_spaces(p + l);
		for (end = q; *end != '\0' && pl_utf8_is_upper_at(end,
		    strlen(end)); ) {
			while (*end != '\0' && *end != ' ' && *end != ',')
				end++;
			if (*end != ' ' || !pl_utf8_is_upper_at(end + 1,
			    strlen(end + 1)))
				break;
			end++;
		}
		*locality = end > q ? pl_arena_strndup(doc->arena, q,
		    (size_t)(end - q)) : NULL;
		if (*level == PL_LEVEL_THANH_PHO) {
			*level = PL_LEVEL_HUYEN;
			for (k = 0; *locality != NULL && k < PL_NELEM(cities);
			    k++)
				if (strcmp(*locality, cities[k]) == 0)
					*level = PL_LEVEL_THANH_PHO;
		}
		return true;
	}
	return false;
}

static bool
party_body(const char *s)
{
	static const char *const words[] = {
		"đảng ủy", "đảng bộ", "tỉnh ủy", "thành ủy", "huyện ủy",
		"quận ủy", "thị ủy", "chi bộ", "ban thường vụ",
		"ban chấp hành đảng",
	};

	for (size_t k = 0; k < PL_NELEM(words); k++)
		if (pl_istrstr(s, words[k]) != NULL)
			return true;
	return false;
}

/* "Đảng ủy Ủy ban nhân dân tỉnh" is the body "Đảng ủy UBND tỉnh". */
static const char *
short_name(struct pl_doc *doc, const char *s)
{
	const char *p = pl_istrstr(s, "đảng ủy ủy ban nhân dân");

	if (p == NULL)
		return s;
	return pl_arena_printf(doc->arena, "%.*sĐảng ủy UBND%s",
	    (int)(p - s), s, p + strlen("đảng ủy ủy ban nhân dân"));
}

/* Does a name in capitals start with a unit ("TỈNH KIÊN GIANG")? */
static bool
unit_first(const char *s)
{
	static const char *const words[] = {
		"TỈNH ", "THÀNH PHỐ ", "HUYỆN ", "XÃ ", "PHƯỜNG ", "ĐẶC KHU ",
		"QUẬN ", "THỊ XÃ ", "THỊ TRẤN ",
	};

	if (pl_starts_with(s, "TỈNH ỦY"))
		return false;
	for (size_t k = 0; k < PL_NELEM(words); k++)
		if (pl_starts_with(s, words[k]))
			return true;
	return false;
}

/*
 * The header block above the kind heading: "Số", the date line, and the
 * issuer in capitals ("ỦY BAN NHÂN DÂN" / "TỈNH KIÊN GIANG"), with the
 * national motto or "ĐẢNG CỘNG SẢN VIỆT NAM" taken out (a PDF extraction
 * may put them on one line).
 */
static void
read_header(struct pl_doc *doc, size_t kline)
{
	static const char *const mottos[] = {
		"ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
	};
	const char *block[4], *sym, *t, *name, *loc = NULL;
	size_t nblock = 0, len;
	enum pl_level level = PL_LEVEL_UNKNOWN;
	bool party;
	char *s, *cell, *m, *tab;

	for (size_t i = 0; i < kline; i++) {
		t = line_at(doc, i, &len);
		if (len == 0)
			continue;
		/* A .docx header is a table: issuer | motto, Số | date. */
		s = pl_arena_strndup(doc->arena, t, len);
		for (cell = s; cell != NULL; cell = tab) {
			if ((tab = strchr(cell, '\t')) != NULL)
				*tab++ = '\0';
			for (size_t k = 0; k < PL_NELEM(mottos); k++)
				while ((m = strstr(cell, mottos[k])) != NULL) {
					if (k == 0)
						doc->meta.party = true;
					memset(m, ' ', strlen(mottos[k]));
				}
			if ((m = (char *)pl_istrstr(cell, "độc lập")) != NULL)
				*m = '\0';
			t = pl_trim(cell, strlen(cell), &len);
			cell[t - cell + (ptrdiff_t)len] = '\0';
			if (len == 0 || pl_label_noise(t, len))
				continue;
			if (read_symbol(doc, t, &sym, &party)) {
				doc->meta.symbol = sym;
				doc->meta.party |= party;
				read_date(t, &doc->meta.date);
			} else if (pl_istrstr(t, "ngày") != NULL &&
			    pl_istrstr(t, "tháng") != NULL)
				read_date(t, &doc->meta.date);
			else if (caps(t, len) && nblock < PL_NELEM(block))
				block[nblock++] = t;
		}
	}
	if (nblock == 0)
		return;
	/* "ỦY BAN NHÂN DÂN" over "TỈNH KIÊN GIANG" is one name; otherwise
	 * the last line is the issuer, the ones above its superiors. */
	name = block[nblock - 1];
	if (nblock >= 2 && unit_first(name))
		name = pl_arena_printf(doc->arena, "%s %s", block[nblock - 2],
		    name);
	doc->meta.issuer = short_name(doc, proper_case(doc, name));
	for (size_t k = nblock; k > 0 && doc->meta.level == PL_LEVEL_UNKNOWN;
	    k--)
		if (level_of(doc, proper_case(doc, block[k - 1]), &level, &loc)) {
			doc->meta.level = level;
			doc->meta.locality = loc;
		}
	if (level_of(doc, doc->meta.issuer, &level, &loc)) {
		doc->meta.level = level;
		doc->meta.locality = loc;
	}
}

/*
 * With no header, the preamble names the issuer: "..., Ban Thường vụ
 * Tỉnh ủy An Giang ban hành Kế hoạch ...".  The name is the clause before
 * the verb.
 */
static void
issuer_from_preamble(struct pl_doc *doc, size_t from)
{
	static const char *const verbs[] = { " xây dựng ", " ban hành " };
	struct pl_buf b = { 0 };
	struct pl_label lb;
	const char *t, *p, *q, *kind;
	size_t len;

	for (size_t i = from; i < doc->text.n && i < from + 40; i++) {
		t = line_at(doc, i, &len);
		if (len == 0)
			continue;
		if (pl_label_parse(t, len, &lb))
			break;
		if (b.len > 0)
			pl_buf_addc(&b, ' ');
		pl_buf_add(&b, t, len);
	}
	if (b.len == 0)
		return;
	kind = doc->meta.kind != NULL ? doc->meta.kind : "KẾ HOẠCH";
	for (size_t k = 0; k < PL_NELEM(verbs); k++)
		for (p = pl_istrstr(b.s, verbs[k]); p != NULL;
		    p = pl_istrstr(p + 1, verbs[k])) {
			if (!pl_istarts_with(p + strlen(verbs[k]), kind))
				continue;
			for (q = p; q > b.s && strchr(".,;:(", q[-1]) == NULL;
			    q--)
				;
			q = skip_spaces(q);
			if (q < p && pl_utf8_is_upper_at(q, (size_t)(p - q))) {
				doc->meta.issuer = short_name(doc,
				    pl_arena_strndup(doc->arena, q,
				    (size_t)(p - q)));
				goto out;
			}
		}
out:
	pl_buf_free(&b);
}

/* ---- The "06 rõ" ---- */

static const struct {
	const char	*word;
	unsigned	 bit;
} sixro_words[] = {
	{ "việc", PL_SIXRO_VIEC }, { "công việc", PL_SIXRO_VIEC },
	{ "nhiệm vụ", PL_SIXRO_VIEC },
	{ "người", PL_SIXRO_NGUOI }, { "cơ quan", PL_SIXRO_NGUOI },
	{ "đơn vị", PL_SIXRO_NGUOI }, { "chủ trì", PL_SIXRO_NGUOI },
	{ "biện pháp", PL_SIXRO_BIEN_PHAP }, { "nguồn lực", PL_SIXRO_BIEN_PHAP },
	{ "giải pháp", PL_SIXRO_BIEN_PHAP }, { "kinh phí", PL_SIXRO_BIEN_PHAP },
	{ "thời gian", PL_SIXRO_THOI_GIAN }, { "tiến độ", PL_SIXRO_THOI_GIAN },
	{ "thời hạn", PL_SIXRO_THOI_GIAN },
	{ "thẩm quyền", PL_SIXRO_THAM_QUYEN },
	{ "trách nhiệm", PL_SIXRO_THAM_QUYEN },
	{ "sản phẩm", PL_SIXRO_SAN_PHAM }, { "kết quả", PL_SIXRO_SAN_PHAM },
	{ "hiệu quả", PL_SIXRO_SAN_PHAM },
};

/*
 * The elements listed from s to the end of its sentence: "rõ người, rõ
 * việc, ...", "(1) Rõ việc; (2) rõ cơ quan, ...", or after "xác định rõ"
 * "cơ quan, đơn vị chủ trì/phối hợp; tiến độ, ...".
 */
static unsigned
sixro_list(const char *s, int *count)
{
	unsigned bits = 0;
	const char *p = s, *stop = s + strlen(s);
	int n = 0;

	for (const char *e = s; *e != '\0' && e < s + 600; e++)
		if (*e == '.' && (e[1] == '\0' || (e[1] == ' ' &&
		    pl_utf8_is_upper_at(e + 2, strlen(e + 2))))) {
			stop = e;
			break;
		}
	if (stop > s + 600)
		stop = s + 600;
	while (p < stop) {
		p = skip_spaces(p);
		if (*p == '(') {
			/* "(1) Rõ việc", "(rõ việc, ..." */
			const char *q = p + 1;

			while (is_digit(*q))
				q++;
			p = skip_spaces(q > p + 1 && *q == ')' ? q + 1 : p + 1);
		}
		if (pl_istarts_with(p, "rõ "))
			p = skip_spaces(p + strlen("rõ "));
		for (size_t k = 0; k < PL_NELEM(sixro_words); k++)
			if (pl_istarts_with(p, sixro_words[k].word)) {
				if ((bits & sixro_words[k].bit) == 0)
					n++;
				bits |= sixro_words[k].bit;
				break;
			}
		/* On to the next part: after , ; : or " và ". */
		while (p < stop && strchr(",;:", *p) == NULL &&
		    !pl_istarts_with(p, " và "))
			p++;
		p += pl_istarts_with(p, " và ") ? 4 : 1;
	}
	*count = n;
	return bits;
}

static void
read_sixro(struct pl_doc *doc)
{
	static const char *const numbered[] = {
		"06 rõ", "6 rõ", "sáu rõ", "05 rõ", "5 rõ", "năm rõ",
	};
	/* "phân công rõ nhiệm vụ, tiến độ, sản phẩm cụ thể" (a plan that
	 * asks for three of the elements without naming the 06 rõ). */
	static const char *const listed[] = {
		"xác định rõ", "phân công rõ", "giao rõ", "rõ người", "rõ việc",
	};
	struct pl_buf b = { 0 };
	size_t *start = pl_xcalloc(doc->text.n + 1, sizeof(*start));
	const char *p, *best = NULL;
	size_t len, at, k;
	unsigned bits = 0;
	int count;

	for (size_t i = 0; i < doc->text.n; i++) {
		const char *t = line_at(doc, i, &len);

		start[i] = b.len;
		if (len == 0)
			continue;
		pl_buf_add(&b, t, len);
		pl_buf_addc(&b, ' ');
	}
	if (b.len == 0)
		goto out;
	for (k = 0; k < PL_NELEM(numbered); k++)
		for (p = pl_istrstr(b.s, numbered[k]); p != NULL;
		    p = pl_istrstr(p + 1, numbered[k]))
			if ((p == b.s || strchr(" (", p[-1]) != NULL) &&
			    (best == NULL || p < best)) {
				best = p;
				bits = sixro_list(p + strlen(numbered[k]),
				    &count);
				break;
			}
	for (k = 0; best == NULL && k < PL_NELEM(listed); k++)
		for (p = pl_istrstr(b.s, listed[k]); p != NULL;
		    p = pl_istrstr(p + 1, listed[k])) {
			bits = sixro_list(p + (k <= 2 ? strlen(listed[k]) : 0),
			    &count);
			if (count >= 3) {
				best = p;
				break;
			}
		}
	if (best == NULL || bits == 0)
		goto out;
	at = (size_t)(best - b.s);
	for (k = doc->text.n; k > 0; k--)
		if (start[k - 1] <= at) {
			doc->meta.sixro_line = doc->text.lines[k - 1].orig;
			break;
		}
	doc->meta.sixro_declared = bits;
out:
	free(start);
	pl_buf_free(&b);
}

/* ---- The document ---- */

/* A Party signature ("T/M BAN THƯỜNG VỤ", "K/T", "T/L") anywhere. */
static bool
party_signature(const struct pl_doc *doc)
{
	size_t len;
	const char *t;

	for (size_t i = 0; i < doc->text.n; i++) {
		t = line_at(doc, i, &len);
		if (len > 4 && (pl_starts_with(t, "T/M ") ||
		    pl_starts_with(t, "K/T ") || pl_starts_with(t, "T/L ") ||
		    pl_istrstr(t, " T/M ") != NULL))
			return true;
	}
	return false;
}

void
pl_meta_parse(struct pl_doc *doc)
{
	const char *rest = NULL;
	size_t kline, after;
	enum pl_level level;
	const char *loc;

	kline = find_kind(doc, &rest);
	if (kline < doc->text.n) {
		doc->meta.line = doc->text.lines[kline].orig;
		read_header(doc, kline);
		after = read_title(doc, kline, rest);
	} else
		after = 0;
	if (doc->meta.issuer == NULL) {
		issuer_from_preamble(doc, after);
		if (doc->meta.issuer != NULL && level_of(doc, doc->meta.issuer,
		    &level, &loc)) {
			doc->meta.level = level;
			doc->meta.locality = loc;
		}
	}
	if (doc->meta.issuer != NULL && party_body(doc->meta.issuer))
		doc->meta.party = true;
	if (!doc->meta.party && party_signature(doc))
		doc->meta.party = true;
	read_sixro(doc);
}
