/*
 * prose.c: tasks written as prose under the task sections (NHIỆM VỤ,
 * GIẢI PHÁP, TỔ CHỨC THỰC HIỆN): numbered items, bullets, headings with
 * their body, and loose paragraphs that name who does the work.
 * Hard-wrapped lines and paragraphs continued after a gap are joined.
 *
 * Task ids are the item's path in the outline (section.c): "III/2" for
 * item 2. of section III, "IV/1/1.1/2" for the second bullet under
 * heading 1.1 of heading 1 of IV, the section's own id for a heading
 * with its body ("III/1"), and "III/p1", "III/p2" for the loose
 * paragraphs right under a top section.
 */
#include <string.h>

#include "ingest_int.h"

enum what {
	NONE,
	ITEM,	/* a labelled item and its continuation paragraphs */
	BODY,	/* a heading and the paragraphs under it */
	PARA,	/* a paragraph with no label right under a top section */
};

struct pl_prose {
	int		 tables;	/* 0: not looked yet, 1: none, 2: some */
	bool		 closing;	/* past "Nơi nhận", a signature ... */
	int		 closing_top;	/* the top section then */
	enum what	 what;		/* the item being read */
	const char	*id;
	int		 section;
	int		 line, end_line;
	const char	*title;		/* BODY: the heading's title */
	struct pl_buf	 text;
	int		 paras;		/* PARA: count in para_section */
	int		 para_section;
};

/* ---- Who does the work ---- */

/* Names that are a body at the start of a sentence. */
static const char *const bodies[] = {
	"ủy ban", "uỷ ban", "ubnd", "hđnd", "ubmttq", "mttq", "mặt trận",
	"đảng ủy", "đảng uỷ", "đảng bộ", "đảng đoàn", "chi bộ", "chi ủy",
	"tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "cấp ủy",
	"chính quyền", "giám đốc", "chủ tịch", "thủ trưởng", "người đứng đầu",
	"công an", "bộ chỉ huy", "hội đồng", "liên đoàn", "kho bạc",
	"cơ quan", "đơn vị", "tòa án", "viện kiểm sát", "thường trực",
	"tỉnh đoàn", "thành đoàn",
};

/* Words that are a body when a capitalized name follows ("Sở Nội vụ",
 * but "Ban hành ..." is a verb). */
static const char *const named[] = {
	"ban", "sở", "bộ", "văn phòng", "thanh tra", "hội", "đoàn",
	"trung tâm", "phòng", "cục", "chi cục", "tổng cục", "ngân hàng",
	"báo", "đài", "trường", "viện", "hiệp hội", "tập đoàn", "công ty",
	"bệnh viện",
};

/* Plural bodies after "Các": "Các sở, ngành", "Các chi, đảng bộ". */
static const char *const plural[] = {
	"sở", "ban", "ngành", "cơ quan", "đơn vị", "địa phương", "cấp ủy",
	"chi bộ", "chi", "đảng bộ", "đảng ủy", "tổ chức", "xã", "phường",
	"đoàn thể", "hội", "doanh nghiệp", "bộ", "phòng", "trường",
	"trung tâm", "đồng chí", "đ/c", "thành viên", "ủy ban",
};

/* Does s start with word w as a whole word? */
static bool
word_at(const char *s, const char *w)
{
	size_t l = strlen(w);

	return pl_istarts_with(s, w) && (s[l] == '\0' || s[l] == ' ' ||
	    s[l] == ',' || s[l] == ';' || s[l] == ':' || s[l] == '(');
}

static bool
starts_agency(const char *s)
{
	size_t k, l;

	while (*s == ' ')
		s++;
	if (word_at(s, "các") || word_at(s, "những")) {
		s = strchr(s, ' ');
		while (s != NULL && *s == ' ')
			s++;
		if (s == NULL)
			return false;
		for (k = 0; k < PL_NELEM(plural); k++)
			if (word_at(s, plural[k]))
				return true;
	}
	for (k = 0; k < PL_NELEM(bodies); k++)
		if (word_at(s, bodies[k]))
			return true;
	for (k = 0; k < PL_NELEM(named); k++) {
		l = strlen(named[k]);
		if (word_at(s, named[k]) && s[l] == ' ' &&
		    pl_utf8_is_upper_at(s + l + 1, strlen(s + l + 1)))
			return true;
	}
	return false;
}

/*
 * Does the text say who does the work?  "Giao X ...", "Đề nghị X ...",
 * "X chủ trì ...", a body at the start, or after an opening clause
 * ("Căn cứ ..., các đảng ủy ...").
 */
static bool
names_actor(const char *s)
{
	static const char *const verbs[] = {
		"giao ", "đề nghị ", "yêu cầu ", "phân công ",
	};
	static const char *const openers[] = {
		"căn cứ ", "đối với ", "trên cơ sở ", "trong quá trình ", "để ",
	};
	const char *p, *end;

	for (size_t k = 0; k < PL_NELEM(verbs); k++)
		if (pl_istarts_with(s, verbs[k]))
			return true;
	if (pl_istrstr(s, "chủ trì") != NULL || starts_agency(s))
		return true;
	for (size_t k = 0; k < PL_NELEM(openers); k++) {
		if (!pl_istarts_with(s, openers[k]))
			continue;
		/* Each clause of the first sentence. */
		end = strpbrk(s, ".;");
		for (p = strchr(s, ','); p != NULL && (end == NULL || p < end);
		    p = strchr(p + 1, ','))
			if (starts_agency(p + 1))
				return true;
	}
	return false;
}

/*
 * A heading that names a body ("1. Ủy ban nhân dân tỉnh", "1.1. Sở Nội
 * vụ", "2. Đối với các chi bộ"): the lead of the items under it.  Returns
 * the name, or NULL.
 */
static const char *
agency_heading(struct pl_doc *doc, const char *title)
{
	size_t len;

	if (pl_istarts_with(title, "đối với "))
		title += strlen("đối với ");
	if (!starts_agency(title))
		return NULL;
	len = strlen(title);
	if (len > 0 && title[len - 1] == ':')
		len--;
	if (len == 0 || pl_utf8_count(title, len) > 120 ||
	    strchr(".;", title[len - 1]) != NULL)
		return NULL;
	return pl_arena_trimdup(doc->arena, title, len);
}

/* The nearest heading above section sec (not a top one) naming a body. */
static const char *
agency_above(struct pl_doc *doc, int sec)
{
	const char *a;

	for (; sec >= 0 && doc->sections[sec].parent >= 0;
	    sec = doc->sections[sec].parent)
		if ((a = agency_heading(doc, doc->sections[sec].title)) != NULL)
			return a;
	return NULL;
}

/* Content restated in the appendix table: "(kèm phụ lục phân công)". */
static bool
defers(const struct pl_doc *doc, const char *text, int sec)
{
	if (pl_istrstr(text, "phụ lục") != NULL)
		return true;
	for (; sec >= 0; sec = doc->sections[sec].parent)
		if (pl_istrstr(doc->sections[sec].title, "phụ lục") != NULL)
			return true;
	return false;
}

/* ---- Does the document assign work in a table? ---- */

static const char *const header_words[] = {
	"chủ trì", "phối hợp", "thời gian", "thời hạn", "sản phẩm", "kết quả",
	"nội dung", "tên nhiệm vụ", "tên công việc", "tiến độ",
};

static int
header_hits(const char *s)
{
	int hits = 0;

	for (size_t k = 0; k < PL_NELEM(header_words); k++)
		if (pl_istrstr(s, header_words[k]) != NULL)
			hits++;
	return hits;
}

/*
 * Looks over the whole text, since prose before a table is read before
 * the table: a tab-separated header with two header words, or the
 * header of a table linearized cell by cell ("Tên công việc", then
 * "Cơ quan" / "chủ trì" on short lines).
 */
static bool
has_table(const struct pl_doc *doc)
{
	static const char *const first[] = {
		"tên công việc", "tên nhiệm vụ", "nội dung công việc",
		"nội dung nhiệm vụ", "cơ quan chủ trì", "đơn vị chủ trì",
	};
	const struct pl_line *l;
	size_t len;
	const char *t;

	for (size_t i = 0; i < doc->text.n; i++) {
		l = &doc->text.lines[i];
		if (pl_table_starts(doc, i) || pl_linear_starts(doc, i))
			return true;
		if (memchr(l->s, '\t', l->len) != NULL && header_hits(l->s) >= 2)
			return true;
		t = pl_trim(l->s, l->len, &len);
		if (len == 0 || pl_utf8_count(t, len) > 40)
			continue;
		for (size_t k = 0; k < PL_NELEM(first); k++) {
			if (!pl_istarts_with(t, first[k]))
				continue;
			for (size_t j = i + 1; j < doc->text.n && j < i + 12;
			    j++) {
				t = pl_trim(doc->text.lines[j].s,
				    doc->text.lines[j].len, &len);
				if (len > 0 && pl_utf8_count(t, len) <= 40 &&
				    header_hits(t) > 0)
					return true;
			}
			break;
		}
	}
	return false;
}

/* ---- Items ---- */

static bool
descends(const struct pl_doc *doc, int sec, int anc)
{
	for (; sec >= 0; sec = doc->sections[sec].parent)
		if (sec == anc)
			return true;
	return false;
}

/* Lines [i, end) joined by single spaces, the first skip bytes left out. */
static void
add_text(struct pl_doc *doc, struct pl_buf *b, size_t i, size_t end,
    size_t skip)
{
	const struct pl_line *l;
	const char *t;
	size_t len;

	for (size_t k = i; k < end; k++) {
		l = &doc->text.lines[k];
		t = k == i ? l->s + skip : l->s;
		t = pl_trim(t, l->len - (size_t)(t - l->s), &len);
		if (len == 0 || pl_label_noise(t, len))
			continue;
		if (b->len > 0)
			pl_buf_addc(b, ' ');
		pl_buf_add(b, t, len);
	}
}

/*
 * Ends the item being read and adds it as a task when it is one.  child:
 * whether what comes next is inside it (a heading with sub-items is a
 * task only through its own body).
 */
static void
flush(struct pl_doc *doc, struct pl_prose *p, bool child)
{
	struct pl_task t = { 0 };
	enum pl_section_kind kind;
	const char *text, *agency = NULL, *due;
	char *body;
	enum what what = p->what;
	bool parts;

	p->what = NONE;
	if (what == NONE || p->section < 0)
		goto out;
	body = pl_squash_space(doc->arena, p->text.s != NULL ? p->text.s : "",
	    p->text.len);
	kind = doc->sections[p->section].kind;
	if (kind != PL_SEC_TASKS && kind != PL_SEC_ORGANIZE)
		goto out;
	if (what == BODY) {
		agency = agency_heading(doc, p->title);
		if (body[0] == '\0' && (child || agency != NULL))
			goto out;
		text = agency != NULL ? body : body[0] == '\0' ? p->title :
		    pl_arena_printf(doc->arena, "%s %s", p->title, body);
	} else {
		text = body;
		if (what == ITEM)
			agency = agency_above(doc, p->section);
	}
	if (text[0] == '\0')
		goto out;
	/* A paragraph leading into a list assigns nothing itself. */
	if (what == PARA && text[strlen(text) - 1] == ':')
		goto out;
	if (kind == PL_SEC_TASKS && p->tables == 2 &&
	    defers(doc, text, p->section))
		goto out;
	t.table = -1;
	pl_agency_from_prose(doc, text, &t);
	if (agency != NULL) {
		memset(&t.lead, 0, sizeof(t.lead));
		pl_agency_split(doc, agency, &t.lead, &parts);
		t.lead_raw = agency;
	}
	if (agency == NULL && t.lead.n == 0 && !names_actor(text) &&
	    !(p->tables == 1 && kind == PL_SEC_TASKS))
		goto out;
	t.id = p->id;
	t.pos.line = p->line;
	t.pos.col = 1;
	t.pos.end_line = p->end_line;
	t.source = PL_SRC_PROSE;
	t.text = text;
	t.section = p->section;
	t.table = -1;
	due = pl_deadline_find(doc->arena, text);
	pl_deadline_parse(doc->arena, due, &t.deadline);
	*pl_doc_add_task(doc) = t;
out:
	pl_buf_reset(&p->text);
}

static void
start(struct pl_prose *p, enum what what, const char *id, int section,
    int line)
{
	p->what = what;
	p->id = id;
	p->section = section;
	p->line = p->end_line = line;
	pl_buf_reset(&p->text);
}

static struct pl_prose *
state(struct pl_doc *doc, struct pl_parse_state *st)
{
	if (st->prose == NULL) {
		st->prose = pl_arena_alloc(doc->arena, sizeof(*st->prose));
		st->prose->tables = has_table(doc) ? 2 : 1;
		st->prose->para_section = -1;
	}
	return st->prose;
}

/* In the closing part, only a new top section ("Phụ lục", "II-") reopens
 * the body. */
static bool
reopens(struct pl_doc *doc, size_t i, struct pl_parse_state *st)
{
	const struct pl_line *l = &doc->text.lines[i];
	struct pl_label lb;
	size_t len;
	const char *t = pl_trim(l->s, l->len, &len);
	int sec;

	if (!pl_istarts_with(t, "phụ lục") && !(pl_label_parse(l->s, l->len,
	    &lb) && lb.kind == PL_LBL_ROMAN))
		return false;
	if ((sec = pl_section_heading(doc, i, st)) < 0)
		return false;
	return doc->sections[sec].parent < 0 ||
	    doc->sections[sec].kind == PL_SEC_APPENDIX;
}

void
pl_prose_parse(struct pl_doc *doc, size_t a, size_t b,
    struct pl_parse_state *st)
{
	struct pl_prose *p = state(doc, st);
	struct pl_label lb;
	const struct pl_line *l;
	const char *t, *id;
	size_t i, end, len;
	int sec;

	if (p->closing && st->top != p->closing_top)
		p->closing = false;	/* a table opened a new part */
	for (i = a; i < b; ) {
		l = &doc->text.lines[i];
		t = pl_trim(l->s, l->len, &len);
		if (len == 0 || pl_label_noise(t, len) ||
		    memchr(t, '\t', len) != NULL) {
			i++;
			continue;
		}
		if (p->closing) {
			if (reopens(doc, i, st)) {
				p->closing = false;
				i = st->heading_end;
			} else
				i++;
			continue;
		}
		if (pl_label_closing(t, len)) {
			flush(doc, p, false);
			p->closing = true;
			p->closing_top = st->top;
			i++;
			continue;
		}
		if ((sec = pl_section_heading(doc, i, st)) >= 0) {
			flush(doc, p, descends(doc, doc->sections[sec].parent,
			    p->section));
			if (doc->sections[sec].parent >= 0) {
				start(p, BODY, doc->sections[sec].id, sec,
				    l->orig);
				p->title = doc->sections[sec].title;
				p->end_line = doc->text.lines[st->heading_end -
				    1].orig;
			}
			i = st->heading_end;
			continue;
		}
		end = pl_section_para_end(doc, i);
		if (end > b)
			end = b;
		if (pl_label_parse(l->s, l->len, &lb)) {
			id = pl_section_item(doc, st, &lb);
			flush(doc, p, descends(doc, st->section, p->section));
			start(p, ITEM, id, st->section, l->orig);
			add_text(doc, &p->text, i, end, lb.len);
		} else if (p->what != NONE) {
			add_text(doc, &p->text, i, end, 0);
		} else if (st->section >= 0) {
			if (p->para_section != st->section) {
				p->para_section = st->section;
				p->paras = 0;
			}
			id = pl_arena_printf(doc->arena, "%s/p%d",
			    pl_section_path(doc, st->section), ++p->paras);
			start(p, PARA, id, st->section, l->orig);
			add_text(doc, &p->text, i, end, 0);
			p->end_line = doc->text.lines[end - 1].orig;
			flush(doc, p, false);
		}
		if (p->what != NONE)
			p->end_line = doc->text.lines[end - 1].orig;
		i = end;
	}
	/* A table follows unless this is the end: it belongs to what is
	 * open. */
	flush(doc, p, b < doc->text.n);
	pl_buf_free(&p->text);
}
