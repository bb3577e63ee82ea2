/*
 * ingest_int.h: interfaces between the files of the ingestion stage.
 * Not for other stages: they see ingest.h only.
 *
 * Order of work (layout.c): read.c decodes the bytes into lines; meta.c
 * reads the header; legend.c reads the abbreviation legend; then the
 * lines are walked once, top to bottom: tab-separated tables (table.c),
 * linearized PDF tables (linear.c) and prose (prose.c, with section.c
 * for headings) share one parse state, so table rows know their section.
 * Last, citation.c and target.c scan the whole text and the tasks.
 */
#ifndef PL_INGEST_INT_H
#define PL_INGEST_INT_H

#include "ingest.h"

/* State shared by the layout parsers while walking the lines. */
struct pl_parse_state {
	int	section;	/* innermost open section, -1 before any */
	int	top;		/* open top-level section (roman or PL), -1 */
	int	appendices;	/* number of "Phụ lục" headings seen */
	/* section.c: open headings and list items (ids are their paths),
	 * and the line after the last heading read (titles may wrap). */
	struct pl_outline	*outline;
	size_t			 heading_end;
	/* prose.c: what is kept between the chunks around tables. */
	struct pl_prose		*prose;
};

/* read.c: decode bytes into NFC lines in doc->text (markup stripped). */
int pl_read_decode(struct pl_doc *doc, const char *bytes, size_t n,
    bool lenient, struct pl_err *err);

/* markup.c: strips HTML tags, entities, Markdown emphasis and "_{...}"
 * from one line; returns a new string in the arena. */
char *pl_markup_strip(struct pl_arena *a, const char *s, size_t n,
    size_t *outlen);

/* meta.c: kind, title, issuer, level, locality, symbol, date, 06 rõ. */
void pl_meta_parse(struct pl_doc *doc);

/* section.c: if line i (0-based) is a heading, adds it to doc->sections,
 * updates st and returns its index; else returns -1. */
int pl_section_heading(struct pl_doc *doc, size_t i,
    struct pl_parse_state *st);
/* The section id to prefix task ids with ("III/1", "PL/II"), or "". */
const char *pl_section_path(const struct pl_doc *doc, int section);

/* Opens, in st's outline, a list item that is not a heading, closing the
 * open items and headings of its level or deeper; returns its id
 * ("III/2", "IV/1/1.1/2": bullets are numbered 1, 2, ...). */
struct pl_label;
const char *pl_section_item(struct pl_doc *doc, struct pl_parse_state *st,
    const struct pl_label *lb);
/* The line after the paragraph that starts at line i: hard-wrapped lines
 * and text continued in lower case after a page break belong to it; a
 * label, a table row or the end of the document's body ends it. */
size_t pl_section_para_end(const struct pl_doc *doc, size_t i);

/* label.c: a list label at the start of a line: "II-", "1.", "1.1.",
 * "a)", "(1)", "-" or "+". */
enum pl_label_kind {
	PL_LBL_NONE,
	PL_LBL_ROMAN,
	PL_LBL_NUM,
	PL_LBL_LETTER,
	PL_LBL_PAREN,
	PL_LBL_BULLET,
	PL_LBL_PLUS,
};

struct pl_label {
	enum pl_label_kind	 kind;
	int			 depth;	/* parts of a number: 2 for "1.1." */
	bool			 punct;	/* roman numeral with "-", ".", ":" */
	char			 name[16];	/* "III", "1.1", "đ"; "" for bullets */
	size_t			 len;	/* bytes up to the item's text */
};

/* Reads the label at the start of s[0..n) (leading spaces skipped).  False
 * when there is none or no item starts after it: its text must begin with
 * an upper-case letter, a digit, a quote or "(". */
bool pl_label_parse(const char *s, size_t n, struct pl_label *out);
/* True for lines that carry no text of the plan: page numbers, "-----",
 * a lone "*", footnotes ("¹ ..."). */
bool pl_label_noise(const char *s, size_t n);
/* True for a line that ends the body: "Nơi nhận", a signature ("T/M",
 * "TM.", "KT."), "Trên đây là ...". */
bool pl_label_closing(const char *s, size_t n);

/* prose.c: tasks written as prose in lines [a, b). */
void pl_prose_parse(struct pl_doc *doc, size_t a, size_t b,
    struct pl_parse_state *st);

/* table.c: tab-separated tables.  pl_table_starts tells whether a table
 * header is at line i; pl_table_parse reads the table and returns the
 * index of the first line after it. */
bool pl_table_starts(const struct pl_doc *doc, size_t i);
size_t pl_table_parse(struct pl_doc *doc, size_t i,
    struct pl_parse_state *st);

/* linear.c: tables linearized cell by cell from PDF, same contract. */
bool pl_linear_starts(const struct pl_doc *doc, size_t i);
size_t pl_linear_parse(struct pl_doc *doc, size_t i,
    struct pl_parse_state *st);

/* legend.c: the "Ghi chú" abbreviation legend and "(sau đây viết tắt là
 * X)" definitions into doc->abbrevs, as written. */
void pl_legend_parse(struct pl_doc *doc);
/* agency.c: agency lists. */
/* Splits a lead/coordinator cell into agency names (legend expanded);
 * sets *parts when the cell assigns parts "(1) ...: X chủ trì; (2) ...". */
void pl_agency_split(struct pl_doc *doc, const char *cell,
    struct pl_strlist *out, bool *parts);
/* Reads "Giao X chủ trì, phối hợp với Y ..." in a prose task into its
 * lead and coordinators. */
void pl_agency_from_prose(struct pl_doc *doc, const char *text,
    struct pl_task *t);
/* True when s starts with an agency name: a head word as written ("Sở",
 * "Ban", "UBND", "Công an", ...) or a generic "các sở, ban, ngành". */
bool pl_agency_is(const char *s);

/* deadline.c: classifies a deadline text (NULL: missing) into *out. */
void pl_deadline_parse(struct pl_arena *a, const char *text,
    struct pl_deadline *out);
/* Finds an inline deadline phrase in prose ("hoàn thành trước ngày
 * 30/6/2026"); returns it in the arena or NULL. */
const char *pl_deadline_find(struct pl_arena *a, const char *text);
/* A date at s: "30/6/2026", "30-6-2026", "30.6.2026" or "16 tháng 5 năm
 * 2024"; stores it and the bytes used.  False when there is none or it
 * does not exist ("31/2/2026"). */
bool pl_date_scan(const char *s, size_t n, struct pl_date *out,
    size_t *used);

/* number.c: a Vietnamese-format number at s ("616.565,83", "8,9",
 * "05"); stores the value and bytes used; false when none. */
bool pl_number_parse(const char *s, size_t n, double *value, size_t *used);

/* words.c: scanners over UTF-8 text by byte offset.  Words are matched
 * on a copy lowercased by pl_utf8_lower (the offsets are the same). */
/* Whether the code point at s[i] is a letter or a digit. */
bool pl_word_alnum(const char *s, size_t n, size_t i);
/* Bytes of the code point at s[i] (1 when invalid). */
size_t pl_word_cplen(const char *s, size_t n, size_t i);
/* Offset of the code point before i (i > 0). */
size_t pl_word_prev(const char *s, size_t i);
/* No letter or digit right before i / at i. */
bool pl_word_start(const char *s, size_t n, size_t i);
bool pl_word_end(const char *s, size_t n, size_t i);
void pl_word_skip_space(const char *s, size_t n, size_t *i);
/* The lowercase word or words w at *i up to a word end; advances *i. */
bool pl_word_lit(const char *lo, size_t n, size_t *i, const char *w);
/* First whole word w at or after from (lo NUL-terminated); n if none. */
size_t pl_word_find(const char *lo, size_t n, size_t from, const char *w);
/* Where the whole word w starts when the text before a (spaces skipped,
 * not before lb) ends with it; SIZE_MAX when it does not. */
size_t pl_word_before(const char *lo, size_t n, size_t lb, size_t a,
    const char *w);
/* A hyphen or a dash (U+2013, U+2014), spaces around; advances *i. */
bool pl_word_dash(const char *s, size_t n, size_t *i);
/* A year 1900-2199 of exactly four digits at *i; advances *i. */
bool pl_word_year(const char *s, size_t n, size_t *i, int *y);

/* target.c: targets from prose lists and indicator rows. */
void pl_targets_scan(struct pl_doc *doc);

/* figure.c: the targets of one item of a target list or of one
 * indicator row, one per figure (domain.md 5.2-5.4). */
struct pl_seg {			/* bytes from start on are from line, */
	size_t	start;		/* 0-based, at byte lineoff */
	size_t	line;
	size_t	lineoff;
};

struct pl_figitem {
	struct pl_doc		*doc;
	const char		*s;	/* the item's text */
	char			*lo;	/* lowercased, same offsets */
	size_t			 n;
	const struct pl_seg	*segs;	/* prose: where the bytes are */
	size_t			 nsegs;
	int			 first, last;	/* else the row's lines */
	const char		*group;	/* copied into each target */
	const char		*period;	/* when the item names none */
	int			 year;		/* when the item names none */
	const char		*number;
	const char		*raw;
	int			 task;
};

/* Adds a target to it->doc per figure of it->s[a..b); returns how many. */
size_t pl_figures_scan(struct pl_figitem *it, size_t a, size_t b);
/* A period named in s, in the arena: "2026-2030" ("giai đoạn 2026 -
 * 2030"), or when spans "5 năm" ("bình quân 05 năm"); NULL when none. */
const char *pl_figures_period(struct pl_arena *a, const char *s,
    bool spans);
/* The year of the last "năm 2030" in lo[lb..ub), 0 when none. */
int pl_figures_year(const char *lo, size_t n, size_t lb, size_t ub);

/* citation.c: cited documents and the document's own symbol. */
void pl_citations_scan(struct pl_doc *doc);

/* input.c: bytes -> lines, by content: a zip is a .docx, "%PDF-" a PDF,
 * anything else text (pl_read_decode).  Same contract as pl_read_decode. */
int pl_input_decode(struct pl_doc *doc, const char *bytes, size_t n,
    bool lenient, struct pl_err *err);

/* docx.c: a .docx (zip of Office Open XML) into lines: a paragraph per
 * line with its list label, a table row per line, cells joined by TAB.
 * Errors: corrupt zip, not a .docx, encrypted, zip bomb, bad XML. */
int pl_docx_read(struct pl_doc *doc, const char *bytes, size_t n,
    struct pl_err *err);

struct _xmlDoc;
struct _xmlNode;
struct pl_docxnum;

/* docx.c: WordprocessingML helpers (transitional or strict namespace;
 * every one accepts a NULL node): n is the element w:<name>; the
 * attribute w:<name> of n; the first child element w:<name>; that
 * child's w:val; a non-negative number (dflt when absent or not a
 * number, at most max); an on/off property present and not off. */
bool pl_docx_is(const struct _xmlNode *n, const char *name);
const char *pl_docx_attr(const struct _xmlNode *n, const char *name);
const struct _xmlNode *pl_docx_child(const struct _xmlNode *n,
    const char *name);
const char *pl_docx_val(const struct _xmlNode *n, const char *name);
int pl_docx_int(const char *s, int dflt, int max);
bool pl_docx_on(const struct _xmlNode *n);

/* docxbody.c: the body of the main part into doc->text; -1 when it is not
 * a w:document with a w:body. */
int pl_docx_body(struct pl_doc *doc, struct _xmlDoc *document,
    struct pl_docxnum *num);

/* docxnum.c: the list numbering of a .docx (numbering.xml, styles.xml;
 * either may be NULL).  pl_docxnum_label advances the counters for one
 * paragraph and returns its label as Word shows it ("1.", "a)", "-"),
 * with the separator after it, or NULL when it has none.  numid and
 * ilvl are -1 when the paragraph does not set them; style may be NULL. */
struct pl_docxnum *pl_docxnum_new(struct pl_arena *a,
    struct _xmlDoc *numbering, struct _xmlDoc *styles);
const char *pl_docxnum_label(struct pl_docxnum *dn, const char *style,
    int numid, int ilvl);

/* pdf.c: a PDF through Poppler's pdftotext: lines of the extraction with
 * their page, decoded as text (pl_read_decode).  Errors: no pdftotext,
 * unreadable or encrypted PDF, no text layer (scanned). */
int pl_pdf_read(struct pl_doc *doc, const char *bytes, size_t n,
    bool lenient, struct pl_err *err);

/* A word of a PDF page as `pdftotext -bbox-layout` gives it: its box in
 * points (y grows down the page), in pdftotext's reading order. */
struct pl_pdfword {
	const char	*s;	/* NFC UTF-8, no white space */
	double		 x0, y0, x1, y1;
	int		 flow;	/* pdftotext's flow and line, 0-based */
	int		 line;	/* on the page */
	bool		 used;	/* taken into a table */
};

struct pl_pdfpage {
	struct pl_pdfword	*w;
	size_t			 n, cap;
};

/* A table row rebuilt from a PDF (the header is a row too). */
struct pl_pdfrow {
	int		 page;	/* 0-based page where the row starts */
	double		 top;	/* its top on that page */
	const char	**cells;
	int		 ncells;
};

struct pl_pdfrows {
	struct pl_pdfrow	*v;
	size_t			 n, cap;
};

/* pdfpage.c: the XHTML of `pdftotext -bbox-layout` into pages of words
 * in arena a (no network, no entities); -1 when it is not well formed. */
int pl_pdfpage_parse(struct pl_arena *a, const char *xml, size_t n,
    struct pl_pdfpage **pages, size_t *npages);
/* The text of page p for pl_read_decode: pdftotext's lines of the words
 * not used, a blank line after each flow, and the rows of page p in
 * rows, each one line with its cells joined by TAB, where they stand on
 * the page.  *istab gets, per line written, whether it is a row. */
void pl_pdfpage_text(const struct pl_pdfpage *pg, int p,
    const struct pl_pdfrows *rows, struct pl_buf *out, struct pl_buf *istab);
/* Whether b follows a on a line without a space (as pdftotext joins
 * them: a gap under a tenth of the height, a footnote mark). */
bool pl_pdfword_glued(const struct pl_pdfword *a, const struct pl_pdfword *b);

/* A visual line of a PDF page: the words whose centres share a baseline
 * (indices into the page's words), left to right. */
struct pl_pdfline {
	size_t	*w;
	size_t	 n;
	double	 y0, y1;
	double	 h;	/* height of its words */
};

/* Words further apart than this many heights are in separate runs. */
#define PL_PDF_RUN_GAP	0.4
#define PL_PDF_MAXCOLS	32

/* pdfpage.c: the visual lines of pg, top to bottom, in arena a; returns
 * how many. */
size_t pl_pdfpage_lines(struct pl_arena *a, const struct pl_pdfpage *pg,
    struct pl_pdfline **out);
/* A row number as a table's first column holds it: "1", "1.", "1.2",
 * "II", "IV.", "a)", "đ.", "A", or a bullet "-", "+", "*", "•". */
bool pl_pdf_label(const char *s);
/* "1" or "(1)": a column number under a table's header. */
bool pl_pdf_colnum(const char *s);
/* A line of column numbers, "1 2 3" or "(1) (2) (3)", at most ncols. */
bool pl_pdfline_colnums(const struct pl_pdfpage *pg,
    const struct pl_pdfline *l, int ncols);
/* Page furniture: "3", "- 3 -", "Trang 3", "3/12". */
bool pl_pdfline_furniture(const struct pl_pdfpage *pg,
    const struct pl_pdfline *l);
/* The words of l joined by spaces, in arena a. */
char *pl_pdfline_text(struct pl_arena *a, const struct pl_pdfpage *pg,
    const struct pl_pdfline *l);

/* The header of a task table on a PDF page. */
struct pl_pdfhead {
	size_t	 first, end;	/* its visual lines [first, end) */
	int	 n;		/* cells */
	double	 x0[PL_PDF_MAXCOLS], x1[PL_PDF_MAXCOLS];	/* their extent */
	char	*text;		/* their text, TAB-joined, in the arena */
};

/*
 * pdfhead.c: whether a task table's header starts at line i of
 * lines[0..nlines) of pg (it may take lines above i, not above floor):
 * cells that table.c reads as a header, the first naming the row number
 * ("TT", "STT").  Fills h.
 */
bool pl_pdfhead_at(struct pl_arena *a, const struct pl_pdfpage *pg,
    const struct pl_pdfline *lines, size_t nlines, size_t i, size_t floor,
    struct pl_pdfhead *h);
/* "TT", "STT", "Số": a word that begins a row-number header cell. */
bool pl_pdfhead_number(const char *s);

/* The columns of a PDF table. */
struct pl_pdfcols {
	int	n;
	double	b[PL_PDF_MAXCOLS + 1];	/* b[c]: left edge of column c */
	double	start[PL_PDF_MAXCOLS];	/* where its text starts, 0: varies */
};

/*
 * pdfcols.c: places the boundaries of n columns whose header cells span
 * x0[c]..x1[c], from the words of lines[0..nlines) of pg under them.
 */
void pl_pdfcols_place(struct pl_pdfcols *cols, const double *x0,
    const double *x1, int n, const struct pl_pdfpage *pg,
    const struct pl_pdfline *lines, size_t nlines);
/*
 * The column of each word of line l into col[0..l->n), and in span[]
 * whether the word is part of a cell that spans columns (kept in the
 * column where it starts).
 */
void pl_pdfcols_assign(const struct pl_pdfcols *cols,
    const struct pl_pdfpage *pg, const struct pl_pdfline *l, int *col,
    bool *span);

/* pdftable.c: rebuilds the task tables of pages[0..n) (a header with
 * the column names of table.c and a row-number column) from the word
 * positions: appends their header and rows to out (strings in arena a)
 * and marks their words used.  Tables it cannot read stay as text. */
void pl_pdftable_find(struct pl_arena *a, struct pl_pdfpage *pages,
    size_t n, struct pl_pdfrows *out);

#endif /* PL_INGEST_INT_H */
