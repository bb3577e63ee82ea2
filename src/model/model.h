/*
 * model.h: the plain model of a plan document that ingestion builds, the
 * rule engine annotates with findings and every reporter reads as const.
 * All strings and arrays live in the document's arena.
 */
#ifndef PL_MODEL_H
#define PL_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "../base/base.h"

/*
 * A position in the source: 1-based lines, columns in code points of the
 * NFC line.  0 means unknown.  Room is left for a page or a table cell
 * (later .docx/PDF input) without changing callers.
 */
struct pl_pos {
	int	line;
	int	col;
	int	end_line;
	int	end_col;
	int	page;	/* 0 when the input has no pages */
	int	table;	/* 1-based table, row and column; 0 when not in a table */
	int	row;
	int	cell;
};

/* A calendar date; fields are 0 when unknown. */
struct pl_date {
	int	y;
	int	m;
	int	d;
};

struct pl_strlist {
	const char	**v;
	size_t		  n;
	size_t		  cap;
};

/* ---- The normalized text ---- */

struct pl_line {
	const char	*s;	/* NFC UTF-8, no newline, markup stripped */
	size_t		 len;
	int		 orig;	/* 1-based line in the original file */
	/*
	 * Where the line came from in a .docx or a PDF (0 for plain text).
	 * A .docx body paragraph is one line; a .docx table row is one line
	 * with its cells joined by TAB, cells[c] the byte offset in s where
	 * cell c (0-based) starts.  For a PDF, orig counts the lines of the
	 * whole extraction and page names the page; a table row rebuilt
	 * from a PDF has its cells too, but table and row stay 0 (a PDF
	 * place is its page and line).
	 */
	int		 para;	/* 1-based body paragraph (¶) outside tables */
	int		 page;	/* 1-based PDF page */
	int		 table;	/* 1-based .docx table and row */
	int		 row;
	const size_t	*cells;
	const unsigned char *cellflags;	/* PL_CF_* of each cell */
	int		 ncells;
};

/*
 * Flags of a cell of a .docx table row (pl_line.cellflags).  Both kinds
 * of cell are left empty: PL_CF_VMERGE continues a vertical merge whose
 * text is in the row above; PL_CF_SPAN is covered by the gridSpan of the
 * cell before it.
 */
enum pl_cellflag {
	PL_CF_VMERGE	= 1 << 0,
	PL_CF_SPAN	= 1 << 1,
};

struct pl_text {
	struct pl_line	*lines;
	size_t		 n;
	size_t		 cap;
};

/* ---- Document metadata ---- */

enum pl_level {
	PL_LEVEL_UNKNOWN,
	PL_LEVEL_TRUNG_UONG,
	PL_LEVEL_TINH,
	PL_LEVEL_THANH_PHO,
	PL_LEVEL_HUYEN,
	PL_LEVEL_XA,
	PL_LEVEL_PHUONG,
	PL_LEVEL_DAC_KHU,
};

struct pl_meta {
	const char	*kind;		/* "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", ... */
	const char	*title;		/* the trích yếu, one line */
	const char	*issuer;	/* "Ban Thường vụ Tỉnh ủy An Giang", ... */
	enum pl_level	 level;
	const char	*locality;	/* "An Giang", "Phú Quốc", ... */
	const char	*symbol;	/* "158/KH-UBND"; NULL when blank */
	struct pl_date	 date;		/* y == 0 when blank */
	bool		 party;		/* a Party document (symbol -X/TU, T/M) */
	int		 line;		/* line of the kind heading */
	/* The "06 rõ" wording the document states, as PL_SIXRO_* bits. */
	unsigned	 sixro_declared;
	int		 sixro_line;
};

/* ---- Sections ---- */

enum pl_section_kind {
	PL_SEC_OTHER,
	PL_SEC_PURPOSE,		/* MỤC ĐÍCH, YÊU CẦU; QUAN ĐIỂM */
	PL_SEC_TARGETS,		/* MỤC TIÊU, CHỈ TIÊU */
	PL_SEC_TASKS,		/* NHIỆM VỤ, GIẢI PHÁP, NỘI DUNG THỰC HIỆN */
	PL_SEC_ORGANIZE,	/* TỔ CHỨC THỰC HIỆN */
	PL_SEC_APPENDIX,	/* PHỤ LỤC */
};

struct pl_section {
	const char		*id;	/* "III", "III/1", "PL" */
	const char		*label;	/* the numbering as written: "III-", "1.", "a)" */
	const char		*title;
	int			 line;
	int			 depth;	/* 0 for roman / Phụ lục, then deeper */
	int			 parent;	/* index, -1 for top */
	enum pl_section_kind	 kind;	/* inherited from the top section */
	bool			 specific;	/* "CÁC NHIỆM VỤ CỤ THỂ" and below */
};

/* ---- Tasks ---- */

enum pl_deadline_class {
	PL_DL_MISSING,
	PL_DL_SPECIFIC,
	PL_DL_RECURRING,
	PL_DL_CONDITIONAL,
	PL_DL_VAGUE,
};

struct pl_milestone {
	int		 year;
	const char	*label;	/* "sơ kết", "tổng kết" */
};

struct pl_deadline {
	const char		*text;	/* NULL when missing */
	enum pl_deadline_class	 cls;
	struct pl_date		 due;	/* for specific deadlines */
	struct pl_date		 start;	/* "Thực hiện từ năm 2026" */
	struct pl_milestone	*milestones;
	size_t			 nmilestones;
	size_t			 capmilestones;
};

/* Cells of an assignment table; bits for pl_task.shared and table columns. */
enum pl_cell {
	PL_CELL_NUMBER		= 1 << 0,
	PL_CELL_TEXT		= 1 << 1,
	PL_CELL_DIRECTING	= 1 << 2,
	PL_CELL_LEAD		= 1 << 3,
	PL_CELL_COORD		= 1 << 4,
	PL_CELL_MEASURES	= 1 << 5,
	PL_CELL_DEADLINE	= 1 << 6,
	PL_CELL_PRODUCT		= 1 << 7,
};

enum pl_task_source {
	PL_SRC_PROSE,
	PL_SRC_TABLE,	/* tab-separated rows */
	PL_SRC_LINEAR,	/* a PDF table linearized cell by cell */
};

struct pl_task {
	const char		*id;	/* "PL/II/13", "PL/I/10/a", "III/2" */
	struct pl_pos		 pos;	/* line..end_line of the task */
	enum pl_task_source	 source;
	const char		*text;	/* rõ việc: what is to be done */
	struct pl_strlist	 lead;
	struct pl_strlist	 coordinators;
	struct pl_strlist	 directing;
	const char		*lead_raw;	/* the lead cell or phrase as written */
	const char		*coord_raw;
	const char		*measures;
	struct pl_deadline	 deadline;
	const char		*product;
	unsigned		 shared;	/* PL_CELL_* taken from a merged cell */
	unsigned		 columns;	/* PL_CELL_* the task's table has */
	unsigned		 present;	/* PL_CELL_* non-empty in the row itself */
	int			 section;	/* index in doc->sections, -1 if none */
	int			 table;		/* index in doc->tables, -1 for prose */
	bool			 group;		/* a row that only heads sub-rows */
	bool			 parts;		/* "(1) ...: X chủ trì; (2) ...: Y chủ trì" */
	bool			 lead_request;	/* lead is "Đề nghị X ..." */
};

/* ---- Tables ---- */

struct pl_table {
	int		 line;		/* first header line */
	int		 end_line;
	unsigned	 columns;	/* PL_CELL_* in the header */
	int		 ncols;
	const char	*caption;	/* "PHỤ LỤC ..." title when found */
};

/* ---- Targets (chỉ tiêu) ---- */

enum pl_qualifier {
	PL_Q_EQ,
	PL_Q_GT,
	PL_Q_GE,
	PL_Q_LT,
	PL_Q_LE,
	PL_Q_RANGE,
	PL_Q_APPROX,
};

struct pl_target {
	struct pl_pos		 pos;
	const char		*indicator;
	double			 value;
	bool			 has_value_max;
	double			 value_max;
	const char		*unit;
	enum pl_qualifier	 qualifier;
	int			 year;	/* 0 when none */
	const char		*period;	/* "2026-2030", "5 năm"; NULL */
	const char		*raw;
	int			 task;	/* task index when from an indicator row */
	const char		*number;	/* "(3)", "1.5": its number in a list */
	const char		*group;	/* "Các chỉ tiêu kinh tế" */
};

/* ---- Citations ---- */

struct pl_citation {
	struct pl_pos	 pos;
	const char	*kind;		/* "Kết luận", "Nghị quyết", ...; NULL */
	const char	*symbol;	/* as normalized: "199-KL/TW" */
	const char	*symbol_raw;	/* as written: "09-CTr-TU" */
	struct pl_date	 date;
	const char	*raw;
	bool		 self;		/* the document's own symbol */
};

/* ---- Abbreviations ("Ghi chú" legend) ---- */

struct pl_abbrev {
	const char	*abbr;
	const char	*full;
	int		 line;
};

/* ---- Findings, appended by the rule engine ---- */

enum pl_severity {
	PL_SEV_INFO,
	PL_SEV_WARNING,
	PL_SEV_ERROR,
};

struct pl_related {
	const char	*path;
	int		 line;
	const char	*note;
};

struct pl_finding {
	const char		*rule;	/* stable id: "task.missing-lead" */
	enum pl_severity	 severity;
	struct pl_pos		 pos;
	int			 task;	/* index in doc->tasks, -1 */
	const char		*message;	/* rendered in the run's language */
	const char		*hint;		/* how to fix it */
	const char		*quote;		/* the offending text */
	struct pl_related	*related;
	size_t			 nrelated;
	size_t			 caprelated;
};

/* The six elements of "06 rõ", as bits. */
enum pl_sixro {
	PL_SIXRO_VIEC		= 1 << 0,
	PL_SIXRO_NGUOI		= 1 << 1,
	PL_SIXRO_BIEN_PHAP	= 1 << 2,
	PL_SIXRO_THOI_GIAN	= 1 << 3,
	PL_SIXRO_THAM_QUYEN	= 1 << 4,
	PL_SIXRO_SAN_PHAM	= 1 << 5,
};
#define PL_SIXRO_COUNT 6

/* ---- The document ---- */

struct pl_doc {
	struct pl_arena		*arena;
	const char		*path;
	struct pl_text		 text;
	struct pl_meta		 meta;

	struct pl_section	*sections;
	size_t			 nsections, capsections;
	struct pl_task		*tasks;
	size_t			 ntasks, captasks;
	struct pl_table		*tables;
	size_t			 ntables, captables;
	struct pl_target	*targets;
	size_t			 ntargets, captargets;
	struct pl_citation	*citations;
	size_t			 ncitations, capcitations;
	struct pl_abbrev	*abbrevs;
	size_t			 nabbrevs, capabbrevs;
	struct pl_finding	*findings;
	size_t			 nfindings, capfindings;
	/* Notes for the user about the input ("--lenient" replacements...). */
	struct pl_strlist	 warnings;
	/* A .docx with tracked changes not yet accepted (read as accepted):
	 * the line of the first change, for an info finding. */
	bool			 tracked_changes;
	int			 tracked_line;
	/* Per-task scorecard bits (PL_SIXRO_*), filled by the rule engine. */
	unsigned		*sixro;
	/* Read only as context (`check --against`): an issued plan whose
	 * targets and citations others are compared with; its own findings
	 * are not reported. */
	bool			 context;
};

/* ---- The target matrix (`planlint targets`) ---- */

/*
 * Indicators x documents, as the target rules see them: one row per
 * indicator, year or period and place; one cell per document.  Filled by
 * pl_targets_matrix (rules.h), read as const by report/targets.c.
 * ORDER: the status names in report/targets.c; worse statuses are larger.
 */
enum pl_mx_status {
	PL_MX_EMPTY,	/* the document has no figure for the row */
	PL_MX_ALONE,	/* compared with no other figure */
	PL_MX_SAME,	/* agrees with every figure it was compared with */
	PL_MX_UNIT,	/* 10^3 / 10^6 off another, or implausible */
	PL_MX_DIFFERS,	/* cannot hold together with another figure */
};

struct pl_mx_cell {
	int			 target;	/* index in doc->targets; -1: empty */
	const char		*value;	/* "> 6.220 căn", "hạng 5/34"; NULL */
	enum pl_mx_status	 status;
	int			 slip;	/* 3 or 6: 10^slip off another; 0 */
	bool			 implausible;	/* outside the registry's range */
	/* The first figure it disagrees with: document index and line;
	 * -1 and 0 when none. */
	int			 vs_doc;
	int			 vs_line;
};

struct pl_mx_row {
	const char		*key;	/* registry key; NULL: matched by name */
	const char		*label;	/* registry name, or the name as written */
	const char		*family;	/* unit family: "vnd", "percent" */
	int			 year;	/* the year it is for; 0 unknown */
	int			 span;	/* years of a period total; 0 */
	int			 scope;	/* first document of its place */
	bool			 by_name;	/* not in the registry */
	bool			 mismatch;	/* a cell is PL_MX_UNIT or worse */
	struct pl_mx_cell	*cells;	/* one per document */
};

struct pl_matrix {
	struct pl_arena			*arena;	/* rows, cells, texts */
	const struct pl_doc *const	*docs;	/* not owned */
	size_t				 ndocs;
	struct pl_mx_row		*rows;
	size_t				 nrows, caprows;
};

/* doc.c: constructors.  Every pointer returned lives in doc->arena. */
struct pl_doc *pl_doc_new(const char *path);
void pl_doc_free(struct pl_doc *doc);
struct pl_section *pl_doc_add_section(struct pl_doc *doc);
struct pl_task *pl_doc_add_task(struct pl_doc *doc);
struct pl_table *pl_doc_add_table(struct pl_doc *doc);
struct pl_target *pl_doc_add_target(struct pl_doc *doc);
struct pl_citation *pl_doc_add_citation(struct pl_doc *doc);
struct pl_abbrev *pl_doc_add_abbrev(struct pl_doc *doc);
struct pl_finding *pl_doc_add_finding(struct pl_doc *doc);
struct pl_line *pl_doc_add_line(struct pl_doc *doc);
void pl_strlist_add(struct pl_arena *a, struct pl_strlist *l, const char *s);
void pl_deadline_add_milestone(struct pl_arena *a, struct pl_deadline *d,
    int year, const char *label);
void pl_finding_add_related(struct pl_arena *a, struct pl_finding *f,
    const char *path, int line, const char *note);
/* Text of line `line` (1-based in the normalized text), or "" past the end. */
const char *pl_doc_line(const struct pl_doc *doc, int line);

/* pos.c: where a line and column are in a .docx or a PDF. */
/*
 * Fills pos->page, table, row and cell from pos->line and pos->col
 * (1-based line of the normalized text, column in code points; col 0
 * means the whole line, cell 0).  Leaves them 0 for plain text.
 */
void pl_doc_locate(const struct pl_doc *doc, struct pl_pos *pos);
/*
 * Writes the human position of line:col into buf (size bytes, always
 * NUL-terminated) and returns buf: "¶42" for a .docx paragraph, "bảng 1
 * hàng 7 cột 3" / "table 1 row 7 col 3" for a .docx table cell, "trang 3
 * dòng 12" / "page 3 line 12" for a PDF (line within the page), and the
 * plain line number ("42") for text.
 */
const char *pl_doc_where(const struct pl_doc *doc, int line, int col,
    enum pl_lang lang, char *buf, size_t size);

/* names.c: enum <-> string, the names used in JSON and rule packs. */
const char *pl_level_name(enum pl_level l);
const char *pl_deadline_class_name(enum pl_deadline_class c);
const char *pl_qualifier_name(enum pl_qualifier q);
const char *pl_severity_name(enum pl_severity s);
int pl_severity_parse(const char *s, enum pl_severity *out);
const char *pl_cell_name(enum pl_cell c);
int pl_cell_parse(const char *s, enum pl_cell *out);
const char *pl_sixro_key(enum pl_sixro e);
/* ISO "YYYY-MM-DD" into buf (11 bytes); "" when y == 0. */
const char *pl_date_iso(struct pl_date d, char buf[11]);
int pl_date_parse_iso(const char *s, struct pl_date *out);
int pl_date_cmp(struct pl_date a, struct pl_date b);
int pl_days_in_month(int y, int m);

#endif /* PL_MODEL_H */
