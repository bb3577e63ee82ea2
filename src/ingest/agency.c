/*
 * agency.c: agency names.  Splits lead and coordinator cells into
 * agencies (abbreviations written out with the legend legend.c reads and
 * a table of common ones), and finds who leads a prose task.
 */
#include <string.h>

#include "ingest_int.h"

/*
 * Words an agency name starts with, as written: case matters, since
 * "Ban" heads an agency and "ban" is the generic "sở, ban, ngành".
 */
static const char *const heads[] = {
	"Sở", "Ban", "Bộ", "Bộ Chỉ huy", "Bộ đội", "Ủy ban", "Uỷ ban",
	"UBND", "UBMTTQ", "MTTQ", "Mặt trận", "Đảng ủy", "Đảng uỷ",
	"Đảng bộ", "Đảng đoàn", "Ban cán sự", "Tỉnh ủy", "Tỉnh uỷ",
	"Thành ủy", "Thành uỷ", "Huyện ủy", "Huyện uỷ", "Quận ủy",
	"Thị ủy", "Cấp ủy", "Cấp uỷ", "Chi bộ", "Thường trực",
	"Văn phòng", "Công an", "Thanh tra", "Cục", "Chi cục", "Tổng cục",
	"Trung tâm", "Hội", "Hội đồng", "HĐND", "Liên đoàn", "Liên hiệp",
	"Đoàn", "Ngân hàng", "Kho bạc", "Bảo hiểm xã hội", "BHXH", "Thuế",
	"Thống kê", "Công ty", "Tổng công ty", "Tập đoàn", "Trường",
	"Học viện", "Viện", "Bệnh viện", "Đài", "Báo", "Tạp chí", "Tòa án",
	"Toà án", "TAND", "Viện kiểm sát", "VKSND", "Quân sự", "Cảnh sát",
	"Hải quan", "Cảng vụ", "Chi nhánh", "Phòng", "Tổ", "Chính phủ",
	"Thủ tướng", "Quốc hội", "Cơ quan", "Chủ tịch", "Giám đốc",
	"Thủ trưởng", "BQL", "BCĐ",
};

/* A head word followed by these is no agency ("Báo cáo", "Ban hành"). */
static const char *const not_heads[] = {
	"Báo cáo", "Ban hành", "Hội nghị", "Hội thảo", "Hội nhập",
	"Trường hợp", "Đoàn kết", "Phòng chống", "Phòng, chống",
	"Phòng ngừa", "Tổ chức", "Bộ máy", "Bộ tiêu chí", "Bộ chỉ số",
	"Bộ Chỉ số", "Bộ luật", "Bộ Luật", "Bộ công cụ", "Cục bộ",
	"Thuế suất",
};

/* Nouns that make "các X" a generic item ("các Sở, ban, ngành"). */
static const char *const generic_nouns[] = {
	"sở", "ban", "bộ", "ngành", "cơ quan", "đơn vị", "xã", "phường",
	"đặc khu", "huyện", "quận", "thị xã", "thành phố", "địa phương",
	"tổ chức", "đoàn thể", "doanh nghiệp", "cấp ủy", "cấp uỷ",
	"chi, đảng bộ", "chi bộ",
	"đảng bộ", "đảng ủy", "đảng uỷ", "hội", "trường", "tỉnh", "cục",
	"chi cục", "phòng", "trung tâm", "ủy ban", "uỷ ban",
};

/*
 * Lowercase words that end an agency name: what follows is what the
 * agency does ("chủ trì", "tham mưu") or why.
 */
static const char *const stops[] = {
	"chủ trì", "lãnh đạo", "chỉ đạo", "thực hiện", "triển khai",
	"tham mưu", "phối hợp", "tổ chức", "theo dõi", "hướng dẫn",
	"xây dựng", "giúp", "căn cứ", "theo", "làm cơ quan", "làm đầu mối",
	"là cơ quan", "có trách nhiệm", "chịu trách nhiệm", "chủ động",
	"tiếp tục", "nghiên cứu", "rà soát", "kiểm tra", "đôn đốc",
	"báo cáo", "tuyên truyền", "quán triệt", "cụ thể hóa", "cụ thể hoá",
	"ban hành", "đề xuất", "tập trung", "đẩy mạnh", "thường xuyên",
	"khẩn trương", "bố trí", "để", "nhằm", "đối với", "phát động",
	"vận động", "hưởng ứng", "phổ biến", "tăng cường", "nâng cao",
	"đánh giá", "tổng hợp", "hỗ trợ", "giám sát",
};

/* Department abbreviations common in plans; the legend comes first. */
static const struct {
	const char	*abbr;
	const char	*full;
} depts[] = {
	{ "KH&ĐT", "Kế hoạch và Đầu tư" },
	{ "KHĐT", "Kế hoạch và Đầu tư" },
	{ "TC", "Tài chính" },
	{ "XD", "Xây dựng" },
	{ "GTVT", "Giao thông vận tải" },
	{ "TN&MT", "Tài nguyên và Môi trường" },
	{ "TNMT", "Tài nguyên và Môi trường" },
	{ "NN&PTNT", "Nông nghiệp và Phát triển nông thôn" },
	{ "NNPTNT", "Nông nghiệp và Phát triển nông thôn" },
	{ "NN&MT", "Nông nghiệp và Môi trường" },
	{ "NNMT", "Nông nghiệp và Môi trường" },
	{ "LĐ-TB&XH", "Lao động - Thương binh và Xã hội" },
	{ "LĐTB&XH", "Lao động - Thương binh và Xã hội" },
	{ "LĐTBXH", "Lao động - Thương binh và Xã hội" },
	{ "TT&TT", "Thông tin và Truyền thông" },
	{ "TTTT", "Thông tin và Truyền thông" },
	{ "VH&TT", "Văn hóa và Thể thao" },
	{ "VHTT", "Văn hóa và Thể thao" },
	{ "GD&ĐT", "Giáo dục và Đào tạo" },
	{ "GDĐT", "Giáo dục và Đào tạo" },
	{ "DL", "Du lịch" },
	{ "CT", "Công Thương" },
	{ "KH&CN", "Khoa học và Công nghệ" },
	{ "KHCN", "Khoa học và Công nghệ" },
	{ "NV", "Nội vụ" },
	{ "YT", "Y tế" },
};

/* ---- Words ---- */

/* True when s[0] ends a word: end, space or punctuation. */
static bool
boundary(const char *s)
{
	return *s == '\0' || strchr(" ,;:.()/-\t“”\"", *s) != NULL;
}

static bool
word_at(const char *s, const char *w)
{
	size_t k = strlen(w);

	return strncmp(s, w, k) == 0 && boundary(s + k);
}

static bool
iword_at(const char *s, const char *w)
{
	return pl_istarts_with(s, w) && boundary(s + strlen(w));
}

/* Length of "các <generic noun>" at s, or 0. */
static size_t
generic_at(const char *s)
{
	size_t k = strlen("các ");

	if (!pl_istarts_with(s, "các "))
		return 0;
	for (size_t i = 0; i < PL_NELEM(generic_nouns); i++)
		if (iword_at(s + k, generic_nouns[i]))
			return k + strlen(generic_nouns[i]);
	return 0;
}

/* Length of the agency head word at s, or 0. */
static size_t
head_len(const char *s)
{
	size_t best = 0;

	for (size_t i = 0; i < PL_NELEM(heads); i++) {
		size_t k = strlen(heads[i]);

		if (k > best && word_at(s, heads[i]))
			best = k;
	}
	for (size_t i = 0; best > 0 && i < PL_NELEM(not_heads); i++)
		if (word_at(s, not_heads[i]))
			return 0;
	if (best == 0)
		best = generic_at(s);
	return best;
}

bool
pl_agency_is(const char *s)
{
	return head_len(s) > 0;
}

/* Length of " <stop word>" at s, or 0. */
static size_t
stop_at(const char *s)
{
	/* "các cơ quan tham mưu, giúp việc Tỉnh ủy" names advisory bodies. */
	static const char *const names[] = { "tham mưu giúp việc",
	    "tham mưu, giúp việc", "giúp việc" };

	if (*s != ' ')
		return 0;
	for (size_t i = 0; i < PL_NELEM(names); i++)
		if (word_at(s + 1, names[i]))
			return 0;
	for (size_t i = 0; i < PL_NELEM(stops); i++)
		if (word_at(s + 1, stops[i]))
			return 1 + strlen(stops[i]);
	return 0;
}

static const char *
skip_space(const char *s)
{
	while (*s == ' ')
		s++;
	return s;
}

/* The next character that closes parentheses opened at s, or NULL. */
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

/*
 * Offset of the first stop word outside parentheses in s, from offset
 * `from`, or strlen(s).  "các tổ chức" after a space is a generic name.
 */
static size_t
stop_index(const char *s, size_t from)
{
	const char *p = s + from, *close;
	size_t k;

	for (; *p != '\0'; p++) {
		if (*p == '(' && (close = paren_close(p)) != NULL)
			p = close;
		else if (*p == ' ' && (k = generic_at(p + 1)) > 0)
			p += k;
		else if (stop_at(p) > 0)
			break;
	}
	return (size_t)(p - s);
}

/* ---- Abbreviations ---- */

static const char *
abbr_full(const struct pl_doc *doc, const char *s)
{
	for (size_t i = 0; i < doc->nabbrevs; i++)
		if (strcmp(doc->abbrevs[i].abbr, s) == 0)
			return doc->abbrevs[i].full;
	for (size_t i = 0; i < PL_NELEM(depts); i++)
		if (strcmp(depts[i].abbr, s) == 0)
			return depts[i].full;
	return NULL;
}

static bool
left_boundary(const char *start, const char *p)
{
	return p == start || strchr(" ,;:(/", p[-1]) != NULL;
}

static bool
right_boundary(const char *p)
{
	return *p == '\0' || strchr(" ,;:.)/", *p) != NULL;
}

/*
 * s with every abbreviation of the document's legend written out, except
 * those that already read as agency names ("UBND tỉnh").
 */
static char *
legend_expand(struct pl_doc *doc, char *s)
{
	struct pl_buf b = { 0 };
	const char *p = s;
	bool changed = false;
	char *out;

	if (doc->nabbrevs == 0)
		return s;
	while (*p != '\0') {
		const struct pl_abbrev *best = NULL;
		size_t blen = 0;

		for (size_t i = 0; left_boundary(s, p) && i < doc->nabbrevs;
		    i++) {
			const struct pl_abbrev *ab = &doc->abbrevs[i];
			size_t k = strlen(ab->abbr);

			if (k > blen && strncmp(p, ab->abbr, k) == 0 &&
			    right_boundary(p + k) && head_len(ab->abbr) == 0) {
				best = ab;
				blen = k;
			}
		}
		if (best != NULL) {
			pl_buf_adds(&b, best->full);
			p += blen;
			changed = true;
		} else {
			pl_buf_addc(&b, *p++);
		}
	}
	out = changed ? pl_arena_strdup(doc->arena, b.s) : s;
	pl_buf_free(&b);
	return out;
}

/* ---- Splitting a cell ---- */

static const char *const leading[] = {
	"và ", "cùng với ", "cùng ", "với ", "đề nghị ",
};

/* Adds the item s[0..n) to out, cleaned; prefix names a "các Sở:" list. */
static void
add_item(struct pl_doc *doc, struct pl_strlist *out, const char *s,
    size_t n, const char *prefix)
{
	char *item, *t;
	const char *full;
	size_t len, i;
	bool again = true;

	s = pl_trim(s, n, &len);
	while (again) {
		again = false;
		for (i = 0; i < PL_NELEM(leading); i++) {
			size_t k = strlen(leading[i]);

			if (len > k && pl_istarts_with(s, leading[i])) {
				s = pl_trim(s + k, len - k, &len);
				again = true;
			}
		}
	}
	item = pl_arena_strndup(doc->arena, s, len);
	/* What the agency does is no part of its name. */
	len = stop_index(item, head_len(item));
	item[len] = '\0';
	while (len > 0 && strchr(" .,;:", item[len - 1]) != NULL)
		item[--len] = '\0';
	if (len == 0)
		return;
	if (prefix != NULL && head_len(item) == 0) {
		full = abbr_full(doc, item);
		item = pl_arena_printf(doc->arena, "%s %s", prefix,
		    full != NULL ? full : item);
	} else if (word_at(item, "Sở") &&
	    (full = abbr_full(doc, item + strlen("Sở "))) != NULL) {
		item = pl_arena_printf(doc->arena, "Sở %s", full);
	}
	if (pl_starts_with(item, "các "))
		item[0] = 'C';
	for (i = 0; i < out->n; i++)
		if (strcmp(out->v[i], item) == 0)
			return;
	t = item;
	pl_strlist_add(doc->arena, out, t);
}

/*
 * "các Sở" before a colon opens a list of names that share the noun
 * ("các Sở: KH&ĐT, TC"); returns the noun to prefix, "" for a list
 * without one ("các cơ quan: ..."), or NULL when s is no such list.
 */
static const char *
list_noun(const char *s, size_t n)
{
	static const struct {
		const char	*noun;
		const char	*prefix;
	} nouns[] = {
		{ "sở", "Sở" }, { "ban", "Ban" }, { "bộ", "Bộ" },
		{ "cục", "Cục" }, { "phòng", "Phòng" }, { "cơ quan", "" },
		{ "đơn vị", "" }, { "ngành", "" }, { "sở, ngành", "" },
	};
	char low[64];
	const char *w;

	s = pl_trim(s, n, &n);
	if (n >= sizeof(low))
		return NULL;
	pl_utf8_lower(s, n, low);
	low[n] = '\0';
	w = strncmp(low, "các ", strlen("các ")) == 0 ? low + strlen("các ") :
	    low;
	for (size_t i = 0; i < PL_NELEM(nouns); i++)
		if (strcmp(w, nouns[i].noun) == 0)
			return nouns[i].prefix;
	return NULL;
}

static bool
item_generic(const char *s, size_t start, size_t end)
{
	const char *p = skip_space(s + start);

	for (size_t i = 0; i < PL_NELEM(leading); i++)
		if (pl_istarts_with(p, leading[i]))
			p = skip_space(p + strlen(leading[i]));
	return (size_t)(p - s) < end && generic_at(p);
}

/*
 * True when s[start..end) is a head word alone: "Đảng ủy, UBND cấp xã"
 * shares its qualifier, so "Đảng ủy" is not split off on its own.
 */
static bool
item_bare(const char *s, size_t start, size_t end)
{
	const char *p = skip_space(s + start);
	size_t len;

	if ((size_t)(p - s) >= end)
		return false;
	pl_trim(p, end - (size_t)(p - s), &len);
	return head_len(p) == len;
}

/* Length of " và ", " cùng ", " cùng với " at s, or 0. */
static size_t
conj_at(const char *s)
{
	static const char *const conj[] = { " cùng với ", " cùng ", " và " };

	for (size_t i = 0; i < PL_NELEM(conj); i++)
		if (pl_starts_with(s, conj[i]))
			return strlen(conj[i]);
	return 0;
}

/*
 * Splits s into agencies at the top level (never inside parentheses):
 * at ";", at "," and " và "/" cùng " before another agency, and at every
 * "," of a "các Sở: A, B" list.  A generic item keeps the generic names
 * its commas add ("Các sở, ban, ngành, các xã, phường").
 */
static void
split_items(struct pl_doc *doc, const char *s, struct pl_strlist *out)
{
	size_t i = 0, start = 0, k;
	const char *prefix = NULL, *nx, *noun;
	bool list = false, skip = false;

	while (s[i] != '\0') {
		char c = s[i];
		const char *close;

		if (c == '(' && (close = paren_close(s + i)) != NULL) {
			i = (size_t)(close - s) + 1;
			continue;
		}
		if (c == ';') {
			if (!skip)
				add_item(doc, out, s + start, i - start,
				    prefix);
			list = skip = false;
			prefix = NULL;
			start = ++i;
			continue;
		}
		if (skip) {
			i++;
			continue;
		}
		if (c == ':') {
			if ((noun = list_noun(s + start, i - start)) != NULL) {
				list = true;
				prefix = *noun != '\0' ? noun : NULL;
			} else if (head_len(skip_space(s + start)) > 0) {
				/* "Sở X: ..." names X; the rest says what. */
				add_item(doc, out, s + start, i - start, NULL);
				skip = true;
			}
			/* Else a label: "Về kinh tế số: Sở X chủ trì". */
			start = ++i;
			continue;
		}
		if (c == ',') {
			nx = skip_space(s + i + 1);
			if (list || (head_len(nx) > 0 &&
			    !item_bare(s, start, i) &&
			    !(generic_at(nx) && item_generic(s, start, i)))) {
				add_item(doc, out, s + start, i - start,
				    prefix);
				start = (size_t)(nx - s);
			}
			i++;
			continue;
		}
		if ((k = conj_at(s + i)) > 0) {
			nx = s + i + k;
			if (head_len(nx) > 0 && !item_bare(s, start, i)) {
				add_item(doc, out, s + start, i - start,
				    prefix);
				list = false;
				prefix = NULL;
				start = i + k;
				i += k;
				continue;
			}
		}
		i++;
	}
	if (!skip)
		add_item(doc, out, s + start, i - start, prefix);
}

/* Length of the part marker "(k)" at s, or 0. */
static size_t
marker_at(const char *s, int k)
{
	int v = 0;
	size_t i = 1;

	if (s[0] != '(')
		return 0;
	while (s[i] >= '0' && s[i] <= '9' && i < 4)
		v = v * 10 + (s[i++] - '0');
	return i > 1 && s[i] == ')' && v == k ? i + 1 : 0;
}

/* The agencies of one part "Về X: Sở Y chủ trì" or "Sở Y chủ trì ...". */
static void
part_agencies(struct pl_doc *doc, const char *s, size_t n,
    struct pl_strlist *out)
{
	char *seg = pl_arena_strndup(doc->arena, s, n), *p, *colon = NULL;
	int depth = 0;

	for (p = seg; *p != '\0'; p++) {
		if (*p == '(')
			depth++;
		else if (*p == ')' && depth > 0)
			depth--;
		else if (*p == ':' && depth == 0) {
			colon = p;
			break;
		}
	}
	p = (char *)skip_space(seg);
	if (colon != NULL && head_len(p) == 0)
		p = colon + 1;
	else if (colon != NULL)
		*colon = '\0';
	/* The agency is the first one named in the part. */
	for (p = (char *)skip_space(p); *p != '\0' && head_len(p) == 0;) {
		while (*p != '\0' && *p != ' ')
			p++;
		p = (char *)skip_space(p);
	}
	if (*p == '\0')
		return;
	p[stop_index(p, head_len(p))] = '\0';
	depth = 0;
	for (char *q = p; *q != '\0'; q++) {
		if (*q == '(')
			depth++;
		else if (*q == ')' && depth > 0)
			depth--;
		else if (depth == 0 && (*q == ';' || *q == ':')) {
			*q = '\0';
			break;
		}
	}
	split_items(doc, p, out);
}

/* "(1) ...: X chủ trì; (2) ...": one lead per part.  False if no parts. */
static bool
split_parts(struct pl_doc *doc, const char *s, struct pl_strlist *out)
{
	size_t at[64], len[64], np = 0, k;

	if ((k = marker_at(s, 1)) == 0)
		return false;
	at[np] = 0;
	len[np++] = k;
	for (size_t i = 1; s[i] != '\0' && np < PL_NELEM(at); i++)
		if (strchr(" ;.,", s[i - 1]) != NULL &&
		    (k = marker_at(s + i, (int)np + 1)) > 0) {
			at[np] = i;
			len[np++] = k;
		}
	if (np < 2)
		return false;
	for (size_t i = 0; i < np; i++) {
		size_t a = at[i] + len[i];
		size_t b = i + 1 < np ? at[i + 1] : strlen(s);

		part_agencies(doc, s + a, b - a, out);
	}
	return true;
}

void
pl_agency_split(struct pl_doc *doc, const char *cell, struct pl_strlist *out,
    bool *parts)
{
	char *s;
	size_t k;

	*parts = false;
	if (cell == NULL)
		return;
	s = pl_squash_space(doc->arena, cell, strlen(cell));
	if (*s == '\0')
		return;
	s = legend_expand(doc, s);
	if (split_parts(doc, s, out)) {
		*parts = true;
		return;
	}
	/* A lone "(1)" numbers nothing. */
	if ((k = marker_at(s, 1)) > 0)
		s = (char *)skip_space(s + k);
	split_items(doc, s, out);
}

/* ---- Prose: "Giao X chủ trì, phối hợp với Y tổ chức ..." ---- */

/* Skips a list label: "1.", "2.1.", "a)", "-", "+", "•". */
static const char *
skip_label(const char *s)
{
	for (;;) {
		size_t k = 0;

		s = skip_space(s);
		if (*s == '-' || *s == '+' || *s == '*') {
			s++;
			continue;
		}
		if (pl_starts_with(s, "•")) {
			s += strlen("•");
			continue;
		}
		while ((s[k] >= '0' && s[k] <= '9') || (k > 0 && s[k] == '.'))
			k++;
		if (k > 0 && (s[k] == ' ' || s[k] == ')')) {
			s += k + (s[k] == ')');
			continue;
		}
		k = (unsigned char)s[0] == 0xC4 && (unsigned char)s[1] == 0x91 ?
		    2 : s[0] >= 'a' && s[0] <= 'z' ? 1 : 0;
		if (k > 0 && s[k] == ')') {
			s += k + 1;
			continue;
		}
		return s;
	}
}

/*
 * End of the agency phrase starting at s: a stop word, ":", ".", a ";"
 * not followed by another agency, or a "," not followed by another name
 * ("Sở Văn hóa, Thể thao và Du lịch", "các sở, ban, ngành" go on).
 */
static const char *
phrase_end(const char *s)
{
	const char *p = s, *close, *nx;
	size_t k;

	for (; *p != '\0'; p++) {
		if (*p == '(' && (close = paren_close(p)) != NULL) {
			p = close;
			continue;
		}
		if (*p == ' ' && (k = generic_at(p + 1)) > 0) {
			p += k;
			continue;
		}
		/* "Giám đốc các Sở ...; Chủ tịch UBND ... căn cứ": one list. */
		if (*p == ';' && head_len(skip_space(p + 1)) > 0)
			continue;
		if (*p == ';' || *p == ':' || *p == '\n' || stop_at(p) > 0)
			break;
		if (*p == '.') {
			const char *w = p;

			/* "TP. Phú Quốc" */
			while (w > s && w[-1] != ' ')
				w--;
			if (p - w > 3 || p == w || !pl_utf8_is_upper_at(w,
			    (size_t)(p - w)))
				break;
		}
		if (*p == ',') {
			bool go = false;

			nx = skip_space(p + 1);
			go = head_len(nx) > 0 || pl_utf8_is_upper_at(nx,
			    strlen(nx));
			for (size_t i = 0; !go && i < PL_NELEM(generic_nouns);
			    i++)
				go = iword_at(nx, generic_nouns[i]);
			if (!go)
				break;
		}
	}
	return p;
}

/* Splits the phrase s[0..n) into list out; returns it, or NULL. */
static const char *
prose_list(struct pl_doc *doc, const char *s, size_t n,
    struct pl_strlist *out)
{
	bool parts;
	char *raw;
	size_t len;

	s = pl_trim(s, n, &len);
	while (len > 0 && strchr(",.;:", s[len - 1]) != NULL)
		s = pl_trim(s, len - 1, &len);
	if (len == 0)
		return NULL;
	raw = pl_arena_strndup(doc->arena, s, len);
	pl_agency_split(doc, raw, out, &parts);
	return out->n > 0 ? raw : NULL;
}

/* Where the lead named by "Giao X" / "giao X" / a subject X starts. */
static const char *
lead_start(const char *s)
{
	static const char *const give[] = { "giao cho ", "giao ",
	    "đề nghị ", "yêu cầu ", "phân công " };
	const char *p;

	static const char *const intro[] = { "căn cứ ", "trên cơ sở ",
	    "trong quá trình ", "đối với ", "để " };

	for (size_t i = 0; i < PL_NELEM(give); i++)
		if (pl_istarts_with(s, give[i]))
			return head_len(s + strlen(give[i])) > 0 ?
			    s + strlen(give[i]) : NULL;
	/* "Căn cứ Kế hoạch của Tỉnh ủy, Đảng ủy UBND tỉnh cụ thể hóa ...":
	 * the subject follows the introductory clause. */
	for (size_t i = 0; i < PL_NELEM(intro); i++) {
		if (!pl_istarts_with(s, intro[i]))
			continue;
		for (p = s; *p != '\0' && *p != ';' && !pl_starts_with(p, ". ");
		    p++)
			if (pl_starts_with(p, ", ") && head_len(p + 2) > 0)
				return p + 2;
		return NULL;
	}
	/* "Ban Thường vụ Tỉnh ủy giao X ...": X leads, within a sentence. */
	for (p = s; *p != '\0' && *p != ';' && !pl_starts_with(p, ". ");
	    p++) {
		if (pl_starts_with(p, " giao cho ") &&
		    head_len(p + strlen(" giao cho ")) > 0)
			return p + strlen(" giao cho ");
		if (pl_starts_with(p, " giao ") &&
		    head_len(p + strlen(" giao ")) > 0)
			return p + strlen(" giao ");
	}
	return head_len(s) > 0 ? s : NULL;
}

void
pl_agency_from_prose(struct pl_doc *doc, const char *text, struct pl_task *t)
{
	const char *s, *e, *p, *lead;

	if (text == NULL)
		return;
	s = skip_label(pl_squash_space(doc->arena, text, strlen(text)));
	e = s;
	if ((lead = lead_start(s)) != NULL) {
		e = phrase_end(lead);
		t->lead_raw = prose_list(doc, lead, (size_t)(e - lead),
		    &t->lead);
	}
	/* "..., phối hợp (chặt chẽ) (với) Y <verb>" in the same sentence. */
	for (p = e; *p != '\0' && !pl_starts_with(p, ". "); p++) {
		if (!iword_at(p, "phối hợp") || (p > s && p[-1] != ' '))
			continue;
		p = skip_space(p + strlen("phối hợp"));
		if (pl_starts_with(p, "chặt chẽ "))
			p = skip_space(p + strlen("chặt chẽ "));
		if (pl_starts_with(p, "với "))
			p = skip_space(p + strlen("với "));
		if (head_len(p) > 0) {
			e = phrase_end(p);
			t->coord_raw = prose_list(doc, p, (size_t)(e - p),
			    &t->coordinators);
		}
		break;
	}
}
