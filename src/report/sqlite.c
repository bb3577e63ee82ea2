/*
 * sqlite.c: `planlint extract --format sqlite -o FILE`: documents with
 * their sections, tasks (agencies, milestones), targets, citations and
 * abbreviations as rows of an SQLite database (docs/sqlite-schema.md).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "report.h"

#define FNV_OFFSET	UINT64_C(0xcbf29ce484222325)
#define FNV_PRIME	UINT64_C(0x100000001b3)

/* The statements of a run; the row functions bind in column order. */
enum stmt {
	S_FIND,
	S_DELETE,
	S_DOC,
	S_SECTION,
	S_TASK,
	S_AGENCY,
	S_MILESTONE,
	S_TARGET,
	S_CITATION,
	S_ABBREV,
	S__COUNT
};

static const char *const stmt_sql[S__COUNT] = {
	[S_FIND] = "SELECT id, content_hash, extract_hash FROM documents "
	    "WHERE path = ?1",
	[S_DELETE] = "DELETE FROM documents WHERE id = ?1",
	/* The row's own columns first, so the hashing pass can stop there. */
	[S_DOC] = "INSERT INTO documents (kind, title, issuer, level, "
	    "locality, symbol, date, party, sixro_declared, lines, path, "
	    "content_hash, extract_hash, id, extracted_at) VALUES (?1, ?2, "
	    "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
	    "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
	[S_SECTION] = "INSERT INTO sections (document_id, section_id, "
	    "label, title, line, depth, parent, kind, specific) VALUES (?1, "
	    "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
	[S_TASK] = "INSERT INTO tasks (document_id, task_id, section, line, "
	    "end_line, source, text, lead_raw, coord_raw, measures, "
	    "deadline_text, deadline_class, due, start, product, "
	    "shared_cells, is_group, parts, lead_request) VALUES (?1, ?2, "
	    "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
	    "?17, ?18, ?19)",
	[S_AGENCY] = "INSERT INTO task_agencies (task, role, position, "
	    "name) VALUES (?1, ?2, ?3, ?4)",
	[S_MILESTONE] = "INSERT INTO milestones (task, position, year, "
	    "label) VALUES (?1, ?2, ?3, ?4)",
	[S_TARGET] = "INSERT INTO targets (document_id, line, indicator, "
	    "value, value_max, unit, qualifier, year, period, raw, number, "
	    "group_name, task) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
	    "?10, ?11, ?12, ?13)",
	[S_CITATION] = "INSERT INTO citations (document_id, line, kind, "
	    "symbol, symbol_raw, date, raw, self) VALUES (?1, ?2, ?3, ?4, "
	    "?5, ?6, ?7, ?8)",
	[S_ABBREV] = "INSERT INTO abbreviations (document_id, abbr, full, "
	    "line) VALUES (?1, ?2, ?3, ?4)",
};

/* Names of pl_section_kind and pl_task_source ("other" for a new one). */
static const char *const section_kinds[] = {
	[PL_SEC_OTHER] = "other",
	[PL_SEC_PURPOSE] = "purpose",
	[PL_SEC_TARGETS] = "targets",
	[PL_SEC_TASKS] = "tasks",
	[PL_SEC_ORGANIZE] = "organize",
	[PL_SEC_APPENDIX] = "appendix",
};
static const char *const sources[] = {
	[PL_SRC_PROSE] = "prose",
	[PL_SRC_TABLE] = "table",
	[PL_SRC_LINEAR] = "linear",
};

static const char *
name_of(const char *const *names, size_t n, unsigned i)
{
	return i < n && names[i] != NULL ? names[i] : "other";
}

/*
 * One run.  Each document's rows go through the same functions twice:
 * first folded into an FNV-1a hash (hashing, with counters for row ids),
 * then, when that hash or the text changed, bound and inserted.
 */
struct sw {
	sqlite3		*db;
	sqlite3_stmt	*st[S__COUNT];
	const char	*path;		/* the database, for errors */
	struct pl_err	*err;
	bool		 hashing;
	uint64_t	 h;
	sqlite3_int64	 fake;		/* row ids handed out while hashing */
	sqlite3_stmt	*cur;		/* the row being filled */
	int		 col;		/* its next parameter */
	int		 rc;		/* first bind error, SQLITE_OK */
};

static void
fnv(uint64_t *h, const void *p, size_t n)
{
	const unsigned char *s = p;

	for (size_t i = 0; i < n; i++) {
		*h ^= s[i];
		*h *= FNV_PRIME;
	}
}

/* Fails the run with SQLite's own message of what went wrong. */
static int
fail(struct sw *w)
{
	enum pl_errcode code = sqlite3_errcode(w->db) == SQLITE_NOTADB ?
	    PL_E_NOT_PLANLINT_DB : PL_E_WRITE;

	return pl_err_set(w->err, code, w->path, 0, 0, "SQLite: %s",
	    sqlite3_errmsg(w->db));
}

static int
exec(struct sw *w, const char *sql)
{
	if (sqlite3_exec(w->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return fail(w);
	return 0;
}

/* The integer the query sql returns (0 for no row). */
static int
query_int(struct sw *w, const char *sql, sqlite3_int64 *out)
{
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(w->db, sql, -1, &st, NULL) != SQLITE_OK)
		return fail(w);
	rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		fail(w);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

/*
 * Creates the schema in an empty file, accepts a planlint database of
 * this schema version and refuses anything else (unchanged).
 */
static int
schema(struct sw *w)
{
	sqlite3_int64 app, ver, nobj;
	char sql[96];

	if (query_int(w, "PRAGMA application_id", &app) == -1 ||
	    query_int(w, "PRAGMA user_version", &ver) == -1 ||
	    query_int(w, "SELECT count(*) FROM sqlite_master", &nobj) == -1)
		return -1;
	if (app == 0 && ver == 0 && nobj == 0) {
		snprintf(sql, sizeof(sql), "PRAGMA application_id = %d; "
		    "PRAGMA user_version = %d", PL_SQLITE_APP_ID,
		    PL_SQLITE_SCHEMA_VERSION);
		if (exec(w, pl_sqlite_schema) == -1 || exec(w, sql) == -1)
			return -1;
		return 0;
	}
	if (app != PL_SQLITE_APP_ID)
		return pl_err_set(w->err, PL_E_NOT_PLANLINT_DB, w->path, 0, 0,
		    "application_id %" PRId64 ", %" PRId64 " schema objects",
		    (int64_t)app, (int64_t)nobj);
	if (ver != PL_SQLITE_SCHEMA_VERSION)
		return pl_err_set(w->err, PL_E_DB_VERSION, w->path, 0, 0,
		    "user_version %" PRId64 ", expected %d", (int64_t)ver,
		    PL_SQLITE_SCHEMA_VERSION);
	return 0;
}

/* ---- Rows: filled in column order, hashed or bound ---- */

static void
row(struct sw *w, enum stmt s)
{
	w->cur = w->st[s];
	w->col = 1;
	if (w->hashing) {
		unsigned char tag = (unsigned char)s;

		fnv(&w->h, "R", 1);
		fnv(&w->h, &tag, 1);
	}
}

static void
bound(struct sw *w, int rc)
{
	if (rc != SQLITE_OK && w->rc == SQLITE_OK)
		w->rc = rc;
	w->col++;
}

static void
put_null(struct sw *w)
{
	if (w->hashing)
		fnv(&w->h, "N", 1);
	else
		bound(w, sqlite3_bind_null(w->cur, w->col));
}

/* s may be NULL; it must live until the row is written (row_end). */
static void
put_text(struct sw *w, const char *s)
{
	if (s == NULL)
		put_null(w);
	else if (w->hashing) {
		fnv(&w->h, "T", 1);
		fnv(&w->h, s, strlen(s) + 1);
	} else
		bound(w, sqlite3_bind_text(w->cur, w->col, s, -1,
		    SQLITE_STATIC));
}

/* As put_text for a string in a buffer of the caller's that changes. */
static void
put_copy(struct sw *w, const char *s)
{
	if (w->hashing)
		put_text(w, s);
	else
		bound(w, sqlite3_bind_text(w->cur, w->col, s, -1,
		    SQLITE_TRANSIENT));
}

static void
put_int(struct sw *w, sqlite3_int64 v)
{
	char buf[32];

	if (w->hashing) {
		snprintf(buf, sizeof(buf), "I%" PRId64, (int64_t)v);
		fnv(&w->h, buf, strlen(buf) + 1);
	} else
		bound(w, sqlite3_bind_int64(w->cur, w->col, v));
}

static void
put_real(struct sw *w, double v)
{
	char buf[40];

	if (w->hashing) {
		snprintf(buf, sizeof(buf), "D%.17g", v);
		fnv(&w->h, buf, strlen(buf) + 1);
	} else
		bound(w, sqlite3_bind_double(w->cur, w->col, v));
}

/* The id of another row, NULL when there is none (0). */
static void
put_ref(struct sw *w, sqlite3_int64 id)
{
	if (id == 0)
		put_null(w);
	else
		put_int(w, id);
}

/* "YYYY-MM-DD", NULL when unknown (as in the JSON). */
static void
put_date(struct sw *w, struct pl_date d)
{
	char buf[11];

	if (d.y == 0)
		put_null(w);
	else
		put_copy(w, pl_date_iso(d, buf));
}

/* Writes the row; returns its id, or 0 with err filled on failure. */
static sqlite3_int64
row_end(struct sw *w)
{
	int rc;

	if (w->hashing)
		return ++w->fake;
	if (w->rc == SQLITE_OK && (rc = sqlite3_step(w->cur)) != SQLITE_DONE)
		w->rc = rc;
	if (w->rc != SQLITE_OK) {
		fail(w);
		sqlite3_reset(w->cur);
		return 0;
	}
	sqlite3_reset(w->cur);
	sqlite3_clear_bindings(w->cur);
	return sqlite3_last_insert_rowid(w->db);
}

/* ---- A document's rows ---- */

/* The id of list entry i of ids[0..n), 0 when out of range. */
static sqlite3_int64
ref(const sqlite3_int64 *ids, size_t n, int i)
{
	return i >= 0 && (size_t)i < n ? ids[i] : 0;
}

static void
put_meta(struct sw *w, const struct pl_doc *doc)
{
	const struct pl_meta *m = &doc->meta;
	struct pl_buf b = { 0 };

	pl_buf_addc(&b, '[');
	for (unsigned bit = 1; bit < 1u << PL_SIXRO_COUNT; bit <<= 1)
		if (m->sixro_declared & bit)
			pl_buf_printf(&b, "%s\"%s\"", b.len > 1 ? "," : "",
			    pl_sixro_key((enum pl_sixro)bit));
	pl_buf_addc(&b, ']');
	put_text(w, m->kind);
	put_text(w, m->title);
	put_text(w, m->issuer);
	put_text(w, pl_level_name(m->level));
	put_text(w, m->locality);
	put_text(w, m->symbol);
	put_date(w, m->date);
	put_int(w, m->party);
	put_copy(w, b.s);
	put_int(w, (sqlite3_int64)doc->text.n);
	pl_buf_free(&b);
}

static int
put_agencies(struct sw *w, sqlite3_int64 task, const char *role,
    const struct pl_strlist *l)
{
	for (size_t i = 0; i < l->n; i++) {
		row(w, S_AGENCY);
		put_int(w, task);
		put_text(w, role);
		put_int(w, (sqlite3_int64)i);
		put_text(w, l->v[i]);
		if (row_end(w) == 0)
			return -1;
	}
	return 0;
}

static int
put_task(struct sw *w, sqlite3_int64 docid, const struct pl_task *t,
    sqlite3_int64 section, sqlite3_int64 *id)
{
	const struct pl_deadline *d = &t->deadline;
	struct pl_buf b = { 0 };

	pl_buf_addc(&b, '[');
	for (unsigned bit = 1; bit <= PL_CELL_PRODUCT; bit <<= 1)
		if (t->shared & bit)
			pl_buf_printf(&b, "%s\"%s\"", b.len > 1 ? "," : "",
			    pl_cell_name((enum pl_cell)bit));
	pl_buf_addc(&b, ']');
	row(w, S_TASK);
	put_int(w, docid);
	put_text(w, t->id);
	put_ref(w, section);
	put_int(w, t->pos.line);
	put_int(w, t->pos.end_line);
	put_text(w, name_of(sources, PL_NELEM(sources), t->source));
	put_text(w, t->text);
	put_text(w, t->lead_raw);
	put_text(w, t->coord_raw);
	put_text(w, t->measures);
	put_text(w, d->text);
	put_text(w, pl_deadline_class_name(d->cls));
	put_date(w, d->due);
	put_date(w, d->start);
	put_text(w, t->product);
	put_copy(w, b.s);
	put_int(w, t->group);
	put_int(w, t->parts);
	put_int(w, t->lead_request);
	pl_buf_free(&b);
	if ((*id = row_end(w)) == 0)
		return -1;
	if (put_agencies(w, *id, "lead", &t->lead) == -1 ||
	    put_agencies(w, *id, "coordinator", &t->coordinators) == -1 ||
	    put_agencies(w, *id, "directing", &t->directing) == -1)
		return -1;
	for (size_t i = 0; i < d->nmilestones; i++) {
		row(w, S_MILESTONE);
		put_int(w, *id);
		put_int(w, (sqlite3_int64)i);
		put_int(w, d->milestones[i].year);
		put_text(w, d->milestones[i].label);
		if (row_end(w) == 0)
			return -1;
	}
	return 0;
}

static int
put_target(struct sw *w, sqlite3_int64 docid, const struct pl_target *t,
    sqlite3_int64 task)
{
	row(w, S_TARGET);
	put_int(w, docid);
	put_int(w, t->pos.line);
	put_text(w, t->indicator);
	put_real(w, t->value);
	if (t->has_value_max)
		put_real(w, t->value_max);
	else
		put_null(w);
	put_text(w, t->unit);
	put_text(w, pl_qualifier_name(t->qualifier));
	if (t->year != 0)
		put_int(w, t->year);
	else
		put_null(w);
	put_text(w, t->period);
	put_text(w, t->raw);
	put_text(w, t->number);
	put_text(w, t->group);
	put_ref(w, task);
	return row_end(w) == 0 ? -1 : 0;
}

/*
 * Every row of doc but the document's own, under document docid.  The
 * row ids of sections and tasks are kept to point at them.
 */
static int
put_rows(struct sw *w, const struct pl_doc *doc, sqlite3_int64 docid)
{
	sqlite3_int64 *sec, *task;
	int rc = -1;

	sec = pl_xcalloc(doc->nsections + 1, sizeof(*sec));
	task = pl_xcalloc(doc->ntasks + 1, sizeof(*task));
	for (size_t i = 0; i < doc->nsections; i++) {
		const struct pl_section *s = &doc->sections[i];

		row(w, S_SECTION);
		put_int(w, docid);
		put_text(w, s->id);
		put_text(w, s->label);
		put_text(w, s->title);
		put_int(w, s->line);
		put_int(w, s->depth);
		/* Parents come first; anything else would be a loop. */
		put_ref(w, ref(sec, i, s->parent));
		put_text(w, name_of(section_kinds, PL_NELEM(section_kinds),
		    s->kind));
		put_int(w, s->specific);
		if ((sec[i] = row_end(w)) == 0)
			goto out;
	}
	for (size_t i = 0; i < doc->ntasks; i++)
		if (put_task(w, docid, &doc->tasks[i],
		    ref(sec, doc->nsections, doc->tasks[i].section),
		    &task[i]) == -1)
			goto out;
	for (size_t i = 0; i < doc->ntargets; i++)
		if (put_target(w, docid, &doc->targets[i],
		    ref(task, doc->ntasks, doc->targets[i].task)) == -1)
			goto out;
	for (size_t i = 0; i < doc->ncitations; i++) {
		const struct pl_citation *c = &doc->citations[i];

		row(w, S_CITATION);
		put_int(w, docid);
		put_int(w, c->pos.line);
		put_text(w, c->kind);
		put_text(w, c->symbol);
		put_text(w, c->symbol_raw);
		put_date(w, c->date);
		put_text(w, c->raw);
		put_int(w, c->self);
		if (row_end(w) == 0)
			goto out;
	}
	for (size_t i = 0; i < doc->nabbrevs; i++) {
		row(w, S_ABBREV);
		put_int(w, docid);
		put_text(w, doc->abbrevs[i].abbr);
		put_text(w, doc->abbrevs[i].full);
		put_int(w, doc->abbrevs[i].line);
		if (row_end(w) == 0)
			goto out;
	}
	rc = 0;
out:
	free(sec);
	free(task);
	return rc;
}

/* FNV-1a 64 of the normalized text, lines joined by LF, as 16 hex digits. */
static void
text_hash(const struct pl_doc *doc, char out[17])
{
	uint64_t h = FNV_OFFSET;

	for (size_t i = 0; i < doc->text.n; i++) {
		fnv(&h, doc->text.lines[i].s, doc->text.lines[i].len);
		fnv(&h, "\n", 1);
	}
	snprintf(out, 17, "%016" PRIx64, h);
}

/*
 * The hash of every row the document would write (its meta data and all
 * rows below it): a newer planlint that extracts more from the same text
 * still replaces the rows.
 */
static void
rows_hash(struct sw *w, const struct pl_doc *doc, char out[17])
{
	char v[16];

	w->hashing = true;
	w->h = FNV_OFFSET;
	w->fake = 0;
	snprintf(v, sizeof(v), "v%d", PL_SQLITE_SCHEMA_VERSION);
	fnv(&w->h, v, strlen(v) + 1);
	row(w, S_DOC);
	put_meta(w, doc);
	put_rows(w, doc, row_end(w));
	w->hashing = false;
	snprintf(out, 17, "%016" PRIx64, w->h);
}

static int
put_doc(struct sw *w, const struct pl_doc *doc, struct pl_sqlite_stats *stats)
{
	struct pl_buf path = { 0 };
	char text[17], rows[17];
	sqlite3_stmt *st = w->st[S_FIND];
	sqlite3_int64 old = 0, id;
	bool same = false;
	int rc = -1;

	pl_report_relpath(&path, doc->path != NULL ? doc->path : "-", NULL);
	text_hash(doc, text);
	rows_hash(w, doc, rows);
	sqlite3_bind_text(st, 1, path.s, -1, SQLITE_STATIC);
	switch (sqlite3_step(st)) {
	case SQLITE_ROW:
		old = sqlite3_column_int64(st, 0);
		same = strcmp((const char *)sqlite3_column_text(st, 1),
		    text) == 0 &&
		    strcmp((const char *)sqlite3_column_text(st, 2), rows) == 0;
		break;
	case SQLITE_DONE:
		break;
	default:
		fail(w);
		sqlite3_reset(st);
		goto out;
	}
	sqlite3_reset(st);
	if (same) {
		stats->unchanged++;
		rc = 0;
		goto out;
	}
	if (old != 0) {
		st = w->st[S_DELETE];
		sqlite3_bind_int64(st, 1, old);
		if (sqlite3_step(st) != SQLITE_DONE) {
			fail(w);
			sqlite3_reset(st);
			goto out;
		}
		sqlite3_reset(st);
	}
	/* The same id again, so that analysts' references to it hold. */
	row(w, S_DOC);
	put_meta(w, doc);
	put_text(w, path.s);
	put_text(w, text);
	put_text(w, rows);
	put_ref(w, old);
	if ((id = row_end(w)) == 0 || put_rows(w, doc, id) == -1)
		goto out;
	if (old != 0)
		stats->replaced++;
	else
		stats->added++;
	rc = 0;
out:
	pl_buf_free(&path);
	return rc;
}

int
pl_report_sqlite(const char *path, const struct pl_doc *const *docs,
    size_t n, struct pl_sqlite_stats *stats, struct pl_err *err)
{
	struct pl_sqlite_stats dummy;
	struct sw w = { .path = path, .err = err };
	bool begun = false;
	int rc = -1;

	if (stats == NULL)
		stats = &dummy;
	memset(stats, 0, sizeof(*stats));
	if (sqlite3_open_v2(path, &w.db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		pl_err_set(err, PL_E_OPEN, path, 0, 0, "SQLite: %s",
		    w.db != NULL ? sqlite3_errmsg(w.db) : "out of memory");
		goto out;
	}
	/* Another planlint writing the same file waits rather than fails. */
	sqlite3_busy_timeout(w.db, 10000);
	if (exec(&w, "PRAGMA foreign_keys = ON") == -1)
		goto out;
	/* One transaction: the database holds the whole run or none of it. */
	if (exec(&w, "BEGIN IMMEDIATE") == -1)
		goto out;
	begun = true;
	if (schema(&w) == -1)
		goto out;
	for (int i = 0; i < S__COUNT; i++)
		if (sqlite3_prepare_v2(w.db, stmt_sql[i], -1, &w.st[i],
		    NULL) != SQLITE_OK) {
			fail(&w);
			goto out;
		}
	for (size_t i = 0; i < n; i++)
		if (put_doc(&w, docs[i], stats) == -1)
			goto out;
	if (exec(&w, "COMMIT") == -1)
		goto out;
	begun = false;
	rc = 0;
out:
	for (int i = 0; i < S__COUNT; i++)
		sqlite3_finalize(w.st[i]);
	if (begun)
		sqlite3_exec(w.db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(w.db);
	if (rc == -1)
		memset(stats, 0, sizeof(*stats));
	return rc;
}
