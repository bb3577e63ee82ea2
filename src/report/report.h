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

#endif /* PL_REPORT_H */
