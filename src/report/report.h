/*
 * report.h: reporters.  Each one reads documents as const and writes
 * into a buffer; none of them includes ingest or rules headers.
 */
#ifndef PL_REPORT_H
#define PL_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "../model/model.h"

/* ---- JSON writer (jsonw.c) ---- */

struct pl_jsonw {
	struct pl_buf	*out;
	int		 depth;
	bool		 pretty;
	bool		 need_comma;	/* a value was written at this depth */
	bool		 after_key;
};

void pl_jw_init(struct pl_jsonw *w, struct pl_buf *out, bool pretty);
void pl_jw_obj(struct pl_jsonw *w);
void pl_jw_obj_end(struct pl_jsonw *w);
void pl_jw_arr(struct pl_jsonw *w);
void pl_jw_arr_end(struct pl_jsonw *w);
void pl_jw_key(struct pl_jsonw *w, const char *key);
/* A string, or null when s is NULL. */
void pl_jw_str(struct pl_jsonw *w, const char *s);
void pl_jw_int(struct pl_jsonw *w, long long v);
/* A number in its shortest exact decimal form (616565.83, 8.9, 100). */
void pl_jw_num(struct pl_jsonw *w, double v);
void pl_jw_bool(struct pl_jsonw *w, bool v);
void pl_jw_null(struct pl_jsonw *w);
/* A date as "YYYY-MM-DD", or null when unknown. */
void pl_jw_date(struct pl_jsonw *w, struct pl_date d);
/* Appends s to out as a JSON string literal. */
void pl_json_escape(struct pl_buf *out, const char *s);

/* ---- planlint extract ---- */

/* {"schema":"planlint.extract/1","documents":[...]} */
void pl_report_extract_json(struct pl_buf *out,
    const struct pl_doc *const *docs, size_t n);
/* A readable summary per document: counts and a table of tasks. */
void pl_report_extract_text(struct pl_buf *out,
    const struct pl_doc *const *docs, size_t n);

/*
 * The SQL that creates the tables and indexes (sqlite_schema.c), and the
 * PRAGMA application_id ("PLNT") and user_version that mark a database
 * as planlint's, of this schema.
 */
extern const char pl_sqlite_schema[];
#define PL_SQLITE_APP_ID		0x504c4e54
#define PL_SQLITE_SCHEMA_VERSION	1

/* What pl_report_sqlite did with each document of the run. */
struct pl_sqlite_stats {
	size_t	added;		/* a path new to the database */
	size_t	replaced;	/* its text or its rows changed: rewritten */
	size_t	unchanged;	/* same text, same rows: left alone */
};

/*
 * Writes docs[0..n) into the SQLite database at path (sqlite.c; the
 * schema is docs/sqlite-schema.md), creating it when the file is new or
 * empty.  A document is keyed by its path (without a leading "./"): one
 * already there is left alone when its text and rows are unchanged, else
 * its rows are deleted and written anew under the same id; documents
 * not in docs stay.  One transaction for the run: on failure nothing is
 * changed.  Returns 0 and fills stats (may be NULL), or -1 with err:
 * PL_E_NOT_PLANLINT_DB for a file that is not a planlint database,
 * PL_E_DB_VERSION for another schema version, PL_E_OPEN or PL_E_WRITE
 * with SQLite's message otherwise.
 */
int pl_report_sqlite(const char *path, const struct pl_doc *const *docs,
    size_t n, struct pl_sqlite_stats *stats, struct pl_err *err);

/* ---- planlint check: CI formats (sarif.c github.c gitlab.c junit.c) ---- */

/*
 * A rule as the check reporters list it.  The CLI fills these from the
 * rule set, so that reporters never see rules.h.  Texts are in the run's
 * language; any but id may be NULL.
 */
struct pl_rule_desc {
	const char		*id;		/* "task.missing-lead" */
	enum pl_severity	 severity;	/* its default level */
	const char		*short_desc;	/* one line */
	const char		*full_desc;
	const char		*help;		/* how to fix it */
};

struct pl_report_opts {
	const char	*version;	/* planlint's version; NULL: unknown */
	/* The tool's home page (SARIF informationUri); NULL: left out. */
	const char	*info_uri;
	/*
	 * Document paths are reported relative to this directory (when they
	 * lie under it) and fingerprinted so.  When it is absolute, SARIF
	 * also names it as %SRCROOT% in originalUriBaseIds.  NULL: as given.
	 */
	const char	*base_dir;
	enum pl_lang	 lang;	/* language of the reporters' own words */
};

/*
 * Every check reporter has this shape: it appends to out the report of
 * docs[0..n) and the findings the rule engine left in them, in their
 * order.  rules[0..nrules) are the rules that were run, in the order to
 * list them (SARIF rules[], JUnit test cases); a finding whose rule is not
 * among them is still reported.  Positions: pl_pos.col and end_col are
 * 1-based code-point columns and end_col is the last column of the region
 * (inclusive); 0 means unknown (the region then runs to the end of the
 * line).  Nothing is allocated that outlives the call.
 */
typedef void (*pl_report_fn)(struct pl_buf *out,
    const struct pl_doc *const *docs, size_t n,
    const struct pl_rule_desc *rules, size_t nrules,
    const struct pl_report_opts *o);

/*
 * SARIF 2.1.0 for GitHub code scanning: one run, the driver with every
 * rule, results with ruleId, ruleIndex, level (info is "note"), message,
 * a region in code points and partialFingerprints["planlint/v1"].  URIs
 * are relative to base_dir with uriBaseId "%SRCROOT%", percent-encoded.
 */
void pl_report_sarif(struct pl_buf *out, const struct pl_doc *const *docs,
    size_t n, const struct pl_rule_desc *rules, size_t nrules,
    const struct pl_report_opts *o);
/*
 * GitHub Actions workflow commands, one line per finding:
 * ::error file=P,line=L,col=C,endLine=E,endColumn=F,title=RULE::MESSAGE
 * (warning and notice for the other levels; the hint on a second line of
 * the message).  Values are escaped as the runner expects.
 */
void pl_report_github(struct pl_buf *out, const struct pl_doc *const *docs,
    size_t n, const struct pl_rule_desc *rules, size_t nrules,
    const struct pl_report_opts *o);
/*
 * GitLab Code Quality: a JSON array of {description, check_name,
 * fingerprint, severity, location {path, lines {begin[, end]}}}.
 * Severities: error -> "major", warning -> "minor", info -> "info"
 * ("critical" and "blocker" are left for the CI job's own failures).
 */
void pl_report_gitlab(struct pl_buf *out, const struct pl_doc *const *docs,
    size_t n, const struct pl_rule_desc *rules, size_t nrules,
    const struct pl_report_opts *o);
/*
 * JUnit XML: a <testsuite> per document, a <testcase> per rule
 * (classname: the document path, name: the rule id), failing with one
 * <failure> that lists the rule's findings in that document; passing
 * when it has none.
 */
void pl_report_junit(struct pl_buf *out, const struct pl_doc *const *docs,
    size_t n, const struct pl_rule_desc *rules, size_t nrules,
    const struct pl_report_opts *o);

/* ---- Locations and fingerprints (location.c, fingerprint.c) ---- */

/*
 * Appends path as the check reporters show it: without a leading "./",
 * relative to base when it lies under base (NULL or "." keep it as is).
 * Pure string work: the file system is not consulted.
 */
void pl_report_relpath(struct pl_buf *out, const char *path,
    const char *base);
/*
 * Appends s percent-encoded as the path of a URI reference: every byte
 * but ASCII letters, digits, "-._~!$&'()*+,;=@/" becomes %XX (spaces,
 * ':', '%', '#', '?' and each byte of a non-ASCII character).
 */
void pl_uri_encode(struct pl_buf *out, const char *s);
/*
 * Where finding f is in a .docx or a PDF, as pl_doc_where names it
 * ("¶42", "table 1 row 7 col 3", "page 3 line 12", in lang), written into
 * buf (size bytes); NULL for plain text, whose places are its line
 * numbers.  A finding on a whole task (at the task's own position) names
 * its row, not a cell.  *loc gets the position with its page, table, row
 * and cell filled in.
 */
const char *pl_report_where(const struct pl_doc *doc,
    const struct pl_finding *f, enum pl_lang lang, struct pl_pos *loc,
    char *buf, size_t size);

#define PL_FINGERPRINT_LEN 17	/* 16 lowercase hex digits and a NUL */

/*
 * Writes the fingerprint of each finding of doc into fp[0..nfindings),
 * path being the document's path as reported (pl_report_relpath).  A
 * print is FNV-1a 64 of "planlint/v1", the rule id, path, the finding's
 * task text and its quote (both lowercased, white space squashed) and its
 * rank among the document's earlier findings with the same fields.  No
 * line number goes in: lines added above a task keep its prints, and a
 * change of the offending text or of the task gives new ones.  Baselines
 * compare these strings.
 */
void pl_fingerprint_findings(const struct pl_doc *doc, const char *path,
    char (*fp)[PL_FINGERPRINT_LEN]);

/* ---- planlint check: text and JSON (check_text.c, check_json.c) ---- */

/* The 06 rõ scorecard of one document: tasks that are not group rows,
 * and how many meet each element (index: bit number of PL_SIXRO_*). */
struct pl_scorecard {
	int		tasks;
	int		met[PL_SIXRO_COUNT];
	unsigned	shown;	/* the elements the document declares, or all */
};

struct pl_check_summary {
	int	files;
	int	tasks;
	int	count[3];	/* by enum pl_severity */
};

/* Fills sc from doc->sixro (left by the rule engine). */
void pl_scorecard_compute(const struct pl_doc *doc, struct pl_scorecard *sc);
void pl_check_summary(const struct pl_doc *const *docs, size_t n,
    struct pl_check_summary *s);
/* Pointers to docs[i] sorted by path (stable); free() the array. */
const struct pl_doc *const **pl_report_by_path(
    const struct pl_doc *const *docs, size_t n);
/*
 * {"schema":"planlint.check/1","findings":[...],"scorecards":[...],
 * "summary":{...}}: findings in path order, each document's in the order
 * the rule engine sorted them (line, column, rule id).
 */
void pl_report_check_json(struct pl_buf *out,
    const struct pl_doc *const *docs, size_t n);
/* "path:line:col: severity: message [rule-id]", the quote and the hint,
 * then each document's scorecard and a summary; ANSI colors when color. */
void pl_report_check_text(struct pl_buf *out,
    const struct pl_doc *const *docs, size_t n, enum pl_lang lang,
    bool color);

/* ---- planlint targets: the target matrix (targets.c, targets_json.c) ---- */

struct pl_targets_opts {
	enum pl_lang	 lang;	/* headers, legend and statuses */
	/* Only rows where some figure differs or looks like a unit slip. */
	bool		 only_mismatches;
	bool		 bom;	/* CSV: a UTF-8 byte order mark first */
};

/*
 * Each appends the matrix m (model.h, filled by pl_targets_matrix) to out:
 * text, an aligned table (widths in code points) with the documents
 * listed above it as [1], [2]... and a legend of the marks below it;
 * csv, RFC 4180 (CRLF, fields with a comma, quote or line break quoted,
 * quotes doubled), a value, line and status column per document; json,
 * {"schema":"planlint.targets/1","documents":[...],"rows":[...]} with
 * cells aligned to documents (null when empty); md, a GitHub table with
 * "|" escaped, the documents and the legend.  Marks: "≠" differs,
 * "×10³?" / "×10⁶?" a unit slip, "?" implausible, "~" matched by name.
 */
void pl_report_targets_text(struct pl_buf *out, const struct pl_matrix *m,
    const struct pl_targets_opts *o);
void pl_report_targets_csv(struct pl_buf *out, const struct pl_matrix *m,
    const struct pl_targets_opts *o);
void pl_report_targets_json(struct pl_buf *out, const struct pl_matrix *m,
    const struct pl_targets_opts *o);
void pl_report_targets_md(struct pl_buf *out, const struct pl_matrix *m,
    const struct pl_targets_opts *o);
/* "empty", "alone", "same", "unit-suspect", "differs" (JSON). */
const char *pl_mx_status_name(enum pl_mx_status s);

#endif /* PL_REPORT_H */
