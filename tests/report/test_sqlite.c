/*
 * test_sqlite.c: the SQLite writer (sqlite.c): row counts equal to the
 * JSON's over the corpus, exact values and NULLs, re-runs that leave
 * unchanged documents alone and replace changed ones under the same id,
 * refusal of files that are not planlint databases, the documented
 * schema and example queries, and `extract --format sqlite` end to end.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <criterion/criterion.h>
#include <libgen.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/ingest/ingest.h"
#include "../../src/report/report.h"

static const char *const corpus[] = {
	"corpus/000_43f442234dbf07a9.txt",
	"corpus/001_230a64e200d485dd.txt",
	"corpus/002_b6ddfe5c33c6f6c2.txt",
	"corpus/003_329e051c3030d5d0.txt",
	"corpus/004_673b9414166de794.txt",
};
#define NCORPUS PL_NELEM(corpus)

static char dir[64];

static void
setup(void)
{
	strcpy(dir, "/tmp/planlint-sqlite-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
}

static void
teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		cr_log_warn("could not remove %s", dir);
}

TestSuite(sqlite, .init = setup, .fini = teardown, .timeout = 60);

/* A path in the temporary directory (a static buffer of 4). */
static const char *
tmp(const char *name)
{
	static char buf[4][192];
	static int i;

	i = (i + 1) % 4;
	snprintf(buf[i], sizeof(buf[i]), "%s/%s", dir, name);
	return buf[i];
}

static struct pl_doc *
ingest(const char *path)
{
	struct pl_doc *doc = NULL;
	struct pl_err err;

	if (access(path, R_OK) != 0)
		cr_skip_test("%s not readable from here", path);
	if (pl_ingest_file(path, NULL, &doc, &err) == -1)
		cr_assert_fail("%s: %s", path, err.detail);
	return doc;
}

static void
copy_file(const char *from, const char *to)
{
	char buf[8192];
	FILE *in, *out;
	size_t n;

	if ((in = fopen(from, "rb")) == NULL)
		cr_skip_test("%s not readable from here", from);
	cr_assert_not_null(out = fopen(to, "wb"));
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		cr_assert_eq(fwrite(buf, 1, n, out), n);
	fclose(in);
	cr_assert_eq(fclose(out), 0);
}

static void
write_file(const char *path, const char *s)
{
	FILE *f = fopen(path, "wb");

	cr_assert_not_null(f);
	fputs(s, f);
	cr_assert_eq(fclose(f), 0);
}

/* Writes docs; the test fails unless the writer succeeds. */
static struct pl_sqlite_stats
store(const char *db, struct pl_doc **docs, size_t n)
{
	struct pl_sqlite_stats st;
	struct pl_err err;

	if (pl_report_sqlite(db, (const struct pl_doc *const *)docs, n, &st,
	    &err) == -1)
		cr_assert_fail("%s: %s [%s]", err.file, err.detail,
		    pl_err_id(err.code));
	return st;
}

static sqlite3 *
open_db(const char *path)
{
	sqlite3 *db;

	cr_assert_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL),
	    SQLITE_OK);
	return db;
}

/* The first column of the first row of the query (sqlite3_mprintf: %Q
 * quotes a string), 0 when there is no row. */
static sqlite3_int64
qint(sqlite3 *db, const char *fmt, ...)
{
	sqlite3_stmt *st;
	sqlite3_int64 v = 0;
	va_list ap;
	char *sql;
	int rc;

	va_start(ap, fmt);
	sql = sqlite3_vmprintf(fmt, ap);
	va_end(ap);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		cr_assert_fail("%s: %s", sql, sqlite3_errmsg(db));
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	else
		cr_assert_eq(rc, SQLITE_DONE, "%s: %s", sql, sqlite3_errmsg(db));
	sqlite3_finalize(st);
	sqlite3_free(sql);
	return v;
}

/* As qint for a text value; "(null)" for NULL; free() the result. */
static char *
qtext(sqlite3 *db, const char *fmt, ...)
{
	sqlite3_stmt *st;
	char *v = NULL, *sql;
	va_list ap;

	va_start(ap, fmt);
	sql = sqlite3_vmprintf(fmt, ap);
	va_end(ap);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		cr_assert_fail("%s: %s", sql, sqlite3_errmsg(db));
	cr_assert_eq(sqlite3_step(st), SQLITE_ROW, "%s", sql);
	v = pl_xstrdup(sqlite3_column_type(st, 0) == SQLITE_NULL ? "(null)" :
	    (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_free(sql);
	return v;
}

static void
expect_text(sqlite3 *db, const char *want, const char *sql,
    sqlite3_int64 id)
{
	char *got = qtext(db, sql, id);

	cr_expect_str_eq(got, want, "%s", sql);
	free(got);
}

static size_t
count_str(const char *hay, const char *needle)
{
	size_t n = 0;

	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

/* No row points at a row that is not there, in any table. */
static void
expect_no_orphans(sqlite3 *db)
{
	cr_expect_eq(qint(db, "SELECT count(*) FROM pragma_foreign_key_check"),
	    0);
	expect_text(db, "ok", "PRAGMA integrity_check", 0);
}

Test(sqlite, corpus_counts_equal_the_json)
{
	struct pl_doc *docs[NCORPUS];
	struct pl_sqlite_stats st;
	sqlite3 *db;

	for (size_t i = 0; i < NCORPUS; i++)
		docs[i] = ingest(corpus[i]);
	st = store(tmp("plans.db"), docs, NCORPUS);
	cr_assert_eq(st.added, NCORPUS);
	cr_assert_eq(st.replaced + st.unchanged, 0);
	db = open_db(tmp("plans.db"));
	cr_assert_eq(qint(db, "SELECT count(*) FROM documents"), NCORPUS);
	cr_assert_eq(qint(db, "PRAGMA application_id"), PL_SQLITE_APP_ID);
	cr_assert_eq(qint(db, "PRAGMA user_version"), 1);
	for (size_t i = 0; i < NCORPUS; i++) {
		const struct pl_doc *d = docs[i];
		struct pl_buf json = { 0 };
		sqlite3_int64 id = qint(db,
		    "SELECT id FROM documents WHERE path = %Q", corpus[i]);
		size_t agencies = 0, milestones = 0, ntargets, nraw;

		cr_assert_gt(id, 0, "%s", corpus[i]);
		pl_report_extract_json(&json,
		    (const struct pl_doc *const *)&docs[i], 1);
		ntargets = count_str(json.s, "\"indicator\": ");
		nraw = count_str(json.s, "\"raw\": ");
		for (size_t t = 0; t < d->ntasks; t++)
			agencies += d->tasks[t].lead.n +
			    d->tasks[t].coordinators.n +
			    d->tasks[t].directing.n;
		cr_expect_eq(qint(db, "SELECT count(*) FROM sections WHERE "
		    "document_id = %lld", id),
		    count_str(json.s, "\"title\": ") - 1, "%s", corpus[i]);
		cr_expect_eq(qint(db, "SELECT count(*) FROM tasks WHERE "
		    "document_id = %lld", id),
		    count_str(json.s, "\"end_line\": "), "%s", corpus[i]);
		cr_expect_eq(qint(db, "SELECT count(*) FROM targets WHERE "
		    "document_id = %lld", id), ntargets, "%s", corpus[i]);
		cr_expect_eq(qint(db, "SELECT count(*) FROM citations WHERE "
		    "document_id = %lld", id), nraw - ntargets, "%s", corpus[i]);
		cr_expect_eq(qint(db, "SELECT count(*) FROM abbreviations "
		    "WHERE document_id = %lld", id),
		    count_str(json.s, "\"abbr\": "), "%s", corpus[i]);
		/* Sections print no label in the JSON: labels are milestones'. */
		for (size_t t = 0; t < d->ntasks; t++)
			milestones += d->tasks[t].deadline.nmilestones;
		cr_expect_eq(milestones, count_str(json.s, "\"label\": "));
		cr_expect_eq(qint(db, "SELECT count(*) FROM milestones m JOIN "
		    "tasks t ON t.id = m.task WHERE t.document_id = %lld", id),
		    milestones, "%s", corpus[i]);
		cr_expect_eq(qint(db, "SELECT count(*) FROM task_agencies a "
		    "JOIN tasks t ON t.id = a.task WHERE t.document_id = %lld",
		    id), agencies, "%s", corpus[i]);
		cr_expect_eq(qint(db, "SELECT lines FROM documents WHERE id = "
		    "%lld", id), d->text.n);
		expect_text(db, pl_level_name(d->meta.level),
		    "SELECT level FROM documents WHERE id = %lld", id);
		pl_buf_free(&json);
	}
	/* Every task of a document in a section of the same document. */
	cr_expect_eq(qint(db, "SELECT count(*) FROM tasks t JOIN sections s "
	    "ON s.id = t.section WHERE s.document_id <> t.document_id"), 0);
	cr_expect_gt(qint(db, "SELECT count(*) FROM tasks WHERE section IS "
	    "NOT NULL"), 0);
	expect_no_orphans(db);
	sqlite3_close(db);
	for (size_t i = 0; i < NCORPUS; i++)
		pl_doc_free(docs[i]);
}

Test(sqlite, rerun_leaves_unchanged_documents_alone)
{
	struct pl_doc *docs[NCORPUS];
	struct pl_sqlite_stats st;
	sqlite3_int64 counts[2][4];
	sqlite3 *db;

	for (size_t i = 0; i < NCORPUS; i++)
		docs[i] = ingest(corpus[i]);
	for (int run = 0; run < 2; run++) {
		st = store(tmp("plans.db"), docs, NCORPUS);
		cr_assert_eq(st.added, run == 0 ? NCORPUS : 0);
		cr_assert_eq(st.unchanged, run == 0 ? 0 : NCORPUS);
		cr_assert_eq(st.replaced, 0);
		db = open_db(tmp("plans.db"));
		counts[run][0] = qint(db, "SELECT count(*) FROM documents");
		counts[run][1] = qint(db, "SELECT count(*) FROM tasks");
		counts[run][2] = qint(db, "SELECT count(*) FROM task_agencies");
		counts[run][3] = qint(db, "SELECT count(*) FROM targets");
		/* A mark the second run must not overwrite. */
		if (run == 0)
			cr_assert_eq(sqlite3_exec(db, "UPDATE documents SET "
			    "extracted_at = 'mark'", NULL, NULL, NULL),
			    SQLITE_OK);
		else
			cr_expect_eq(qint(db, "SELECT count(*) FROM documents "
			    "WHERE extracted_at = 'mark'"), NCORPUS);
		sqlite3_close(db);
	}
	cr_expect_arr_eq(counts[0], counts[1], sizeof(counts[0]));
	cr_expect_eq(counts[1][0], NCORPUS);
	for (size_t i = 0; i < NCORPUS; i++)
		pl_doc_free(docs[i]);
}

Test(sqlite, changed_document_replaced_under_its_id)
{
	struct pl_doc *docs[2];
	struct pl_sqlite_stats st;
	sqlite3_int64 bid;
	sqlite3 *db;

	copy_file(corpus[0], tmp("a.txt"));
	copy_file(corpus[4], tmp("b.txt"));
	docs[0] = ingest(tmp("a.txt"));
	docs[1] = ingest(tmp("b.txt"));
	st = store(tmp("plans.db"), docs, 2);
	cr_assert_eq(st.added, 2);
	db = open_db(tmp("plans.db"));
	bid = qint(db, "SELECT id FROM documents WHERE path = %Q",
	    tmp("b.txt"));
	cr_assert_eq(qint(db, "SELECT count(*) FROM tasks WHERE document_id "
	    "= %lld", bid), docs[1]->ntasks);
	sqlite3_exec(db, "UPDATE documents SET extracted_at = 'mark'", NULL,
	    NULL, NULL);
	sqlite3_close(db);
	pl_doc_free(docs[1]);

	/* b.txt is now another plan. */
	copy_file(corpus[1], tmp("b.txt"));
	docs[1] = ingest(tmp("b.txt"));
	st = store(tmp("plans.db"), docs, 2);
	cr_assert_eq(st.added, 0);
	cr_assert_eq(st.replaced, 1);
	cr_assert_eq(st.unchanged, 1);
	db = open_db(tmp("plans.db"));
	cr_expect_eq(qint(db, "SELECT count(*) FROM documents"), 2);
	cr_expect_eq(qint(db, "SELECT id FROM documents WHERE path = %Q",
	    tmp("b.txt")), bid);
	cr_expect_eq(qint(db, "SELECT count(*) FROM documents WHERE "
	    "extracted_at = 'mark'"), 1);
	cr_expect_eq(qint(db, "SELECT extracted_at = 'mark' FROM documents "
	    "WHERE id = %lld", bid), 0);
	cr_expect_eq(qint(db, "SELECT count(*) FROM tasks WHERE document_id "
	    "= %lld", bid), docs[1]->ntasks);
	cr_expect_eq(qint(db, "SELECT count(*) FROM tasks"),
	    docs[0]->ntasks + docs[1]->ntasks);
	cr_expect_eq(qint(db, "SELECT count(*) FROM targets"),
	    docs[0]->ntargets + docs[1]->ntargets);
	cr_expect_eq(qint(db, "SELECT count(*) FROM citations"),
	    docs[0]->ncitations + docs[1]->ncitations);
	cr_expect_eq(qint(db, "SELECT count(*) FROM sections"),
	    docs[0]->nsections + docs[1]->nsections);
	expect_text(db, docs[1]->meta.issuer,
	    "SELECT issuer FROM documents WHERE id = %lld", bid);
	expect_no_orphans(db);
	sqlite3_close(db);
	pl_doc_free(docs[0]);
	pl_doc_free(docs[1]);
}

/* The same text read differently (a newer planlint) replaces the rows. */
Test(sqlite, same_text_new_rows_replaced)
{
	struct pl_doc *doc;
	struct pl_sqlite_stats st;
	sqlite3 *db;

	copy_file(corpus[1], tmp("p.txt"));
	doc = ingest(tmp("p.txt"));
	cr_assert_gt(doc->ntasks, 0);
	cr_assert_gt(doc->ntargets, 0);
	store(tmp("plans.db"), &doc, 1);
	pl_strlist_add(doc->arena, &doc->tasks[0].coordinators, "Sở Mới");
	st = store(tmp("plans.db"), &doc, 1);
	cr_assert_eq(st.replaced, 1);
	db = open_db(tmp("plans.db"));
	cr_expect_eq(qint(db, "SELECT count(*) FROM task_agencies WHERE name "
	    "= 'Sở Mới' AND role = 'coordinator'"), 1);
	sqlite3_close(db);
	doc->targets[0].value += 1;
	cr_assert_eq(store(tmp("plans.db"), &doc, 1).replaced, 1);
	st = store(tmp("plans.db"), &doc, 1);
	cr_assert_eq(st.unchanged, 1);
	cr_assert_eq(st.replaced, 0);
	pl_doc_free(doc);
}

Test(sqlite, same_path_twice_and_dot_slash)
{
	struct pl_doc *docs[2];
	struct pl_sqlite_stats st;
	sqlite3 *db;

	if (access(corpus[0], R_OK) != 0)
		cr_skip_test("corpus not readable from here");
	docs[0] = ingest(corpus[0]);
	docs[1] = ingest("./corpus/000_43f442234dbf07a9.txt");
	st = store(tmp("plans.db"), docs, 2);
	cr_expect_eq(st.added, 1);
	cr_expect_eq(st.unchanged, 1);
	db = open_db(tmp("plans.db"));
	cr_expect_eq(qint(db, "SELECT count(*) FROM documents WHERE path = "
	    "%Q", corpus[0]), 1);
	cr_expect_eq(qint(db, "SELECT count(*) FROM tasks"), docs[0]->ntasks);
	sqlite3_close(db);
	pl_doc_free(docs[0]);
	pl_doc_free(docs[1]);
}

/* A document built by hand: every column, NULLs and references. */
static struct pl_doc *
sample(void)
{
	struct pl_doc *doc = pl_doc_new("plan.txt");
	struct pl_section *s;
	struct pl_task *t;
	struct pl_target *g;
	struct pl_citation *c;
	struct pl_abbrev *a;
	struct pl_line *l;

	l = pl_doc_add_line(doc);
	l->s = "KẾ HOẠCH";
	l->len = strlen(l->s);
	doc->meta.kind = "KẾ HOẠCH";
	doc->meta.title = "thực hiện Kết luận số 1-KL/TW";
	doc->meta.issuer = "UBND xã Mỹ Hòa";
	doc->meta.level = PL_LEVEL_XA;
	doc->meta.locality = "Mỹ Hòa";
	doc->meta.date = (struct pl_date){ 2026, 3, 5 };
	doc->meta.sixro_declared = PL_SIXRO_VIEC | PL_SIXRO_SAN_PHAM;
	s = pl_doc_add_section(doc);
	s->id = "III";
	s->label = "III-";
	s->title = "NHIỆM VỤ";
	s->line = 10;
	s->parent = -1;
	s->kind = PL_SEC_TASKS;
	s = pl_doc_add_section(doc);
	s->id = "III/1";
	s->label = "1.";
	s->title = "Kinh tế";
	s->line = 11;
	s->depth = 1;
	s->parent = 0;
	s->kind = PL_SEC_TASKS;
	s->specific = true;
	t = pl_doc_add_task(doc);
	t->id = "III/1/a";
	t->pos = (struct pl_pos){ .line = 12, .end_line = 14 };
	t->source = PL_SRC_TABLE;
	t->text = "Rà soát quy hoạch";
	pl_strlist_add(doc->arena, &t->lead, "Phòng Kinh tế");
	pl_strlist_add(doc->arena, &t->coordinators, "Văn phòng HĐND và UBND");
	pl_strlist_add(doc->arena, &t->coordinators, "Công an xã");
	pl_strlist_add(doc->arena, &t->directing, "Chủ tịch UBND xã");
	t->lead_raw = "Phòng Kinh tế";
	t->deadline.text = "Quý II/2026";
	t->deadline.cls = PL_DL_SPECIFIC;
	t->deadline.due = (struct pl_date){ 2026, 6, 30 };
	pl_deadline_add_milestone(doc->arena, &t->deadline, 2028, "sơ kết");
	t->shared = PL_CELL_LEAD | PL_CELL_DEADLINE;
	t->section = 1;
	t->table = -1;
	t = pl_doc_add_task(doc);
	t->id = "III/1/b";
	t->pos = (struct pl_pos){ .line = 15, .end_line = 15 };
	t->deadline.cls = PL_DL_CONDITIONAL;
	t->deadline.text = "khi có yêu cầu";
	t->section = 7;	/* out of range: no section */
	t->group = true;
	g = pl_doc_add_target(doc);
	g->pos.line = 20;
	g->indicator = "Tỷ lệ che phủ rừng";
	g->value = 8.9;
	g->unit = "%";
	g->qualifier = PL_Q_GE;
	g->raw = "đạt trên 8,9%";
	g->task = 0;
	g->number = "(3)";
	g->group = "Các chỉ tiêu môi trường";
	g = pl_doc_add_target(doc);
	g->pos.line = 21;
	g->indicator = "Thu ngân sách";
	g->value = 145000;
	g->has_value_max = true;
	g->value_max = 175000;
	g->qualifier = PL_Q_RANGE;
	g->year = 2030;
	g->period = "2026-2030";
	g->task = -1;
	c = pl_doc_add_citation(doc);
	c->pos.line = 3;
	c->kind = "Kết luận";
	c->symbol = "199-KL/TW";
	c->symbol_raw = "199/KL-TW";
	c->date = (struct pl_date){ 2025, 10, 10 };
	c->raw = "Kết luận số 199/KL-TW";
	a = pl_doc_add_abbrev(doc);
	a->abbr = "UBND";
	a->full = "Ủy ban nhân dân";
	a->line = 40;
	return doc;
}

Test(sqlite, values_nulls_and_references)
{
	struct pl_doc *doc = sample();
	sqlite3 *db;
	sqlite3_int64 id, t0;

	store(tmp("plans.db"), &doc, 1);
	db = open_db(tmp("plans.db"));
	id = qint(db, "SELECT id FROM documents WHERE path = 'plan.txt'");
	cr_assert_gt(id, 0);
	expect_text(db, "xa", "SELECT level FROM documents WHERE id = %lld", id);
	expect_text(db, "2026-03-05", "SELECT date FROM documents WHERE id = "
	    "%lld", id);
	expect_text(db, "(null)", "SELECT symbol FROM documents WHERE id = "
	    "%lld", id);
	expect_text(db, "[\"viec\",\"san_pham\"]", "SELECT sixro_declared "
	    "FROM documents WHERE id = %lld", id);
	expect_text(db, "0", "SELECT party FROM documents WHERE id = %lld", id);
	cr_expect_eq(qint(db, "SELECT length(content_hash) = 16 AND "
	    "length(extract_hash) = 16 FROM documents"), 1);
	/* Sections: the parent by id, the kind by name. */
	expect_text(db, "III", "SELECT p.section_id FROM sections s JOIN "
	    "sections p ON p.id = s.parent WHERE s.document_id = %lld AND "
	    "s.section_id = 'III/1'", id);
	expect_text(db, "tasks|1|1.", "SELECT kind || '|' || specific || '|' "
	    "|| label FROM sections WHERE document_id = %lld AND section_id = "
	    "'III/1'", id);
	cr_expect_eq(qint(db, "SELECT count(*) FROM sections WHERE parent IS "
	    "NULL"), 1);
	/* Tasks. */
	t0 = qint(db, "SELECT id FROM tasks WHERE task_id = 'III/1/a'");
	expect_text(db, "III/1", "SELECT s.section_id FROM tasks t JOIN "
	    "sections s ON s.id = t.section WHERE t.id = %lld", t0);
	expect_text(db, "table|12|14|specific|2026-06-30|(null)|0",
	    "SELECT source || '|' || line || '|' || end_line || '|' || "
	    "deadline_class || '|' || due || '|' || coalesce(start, "
	    "'(null)') || '|' || is_group FROM tasks WHERE id = %lld", t0);
	expect_text(db, "[\"lead\",\"deadline\"]", "SELECT shared_cells FROM "
	    "tasks WHERE id = %lld", t0);
	expect_text(db, "(null)", "SELECT measures FROM tasks WHERE id = %lld",
	    t0);
	expect_text(db, "lead:0:Phòng Kinh tế,coordinator:0:Văn phòng HĐND và "
	    "UBND,coordinator:1:Công an xã,directing:0:Chủ tịch UBND xã",
	    "SELECT group_concat(role || ':' || position || ':' || name) FROM "
	    "(SELECT * FROM task_agencies WHERE task = %lld ORDER BY id)", t0);
	expect_text(db, "2028 sơ kết", "SELECT year || ' ' || label FROM "
	    "milestones WHERE task = %lld", t0);
	expect_text(db, "conditional|1|[]|(null)", "SELECT deadline_class || "
	    "'|' || is_group || '|' || shared_cells || '|' || coalesce(section, "
	    "'(null)') FROM tasks WHERE task_id = 'III/1/b'", 0);
	/* Targets: value_max and year NULL when absent; the task by id. */
	expect_text(db, "8.9|(null)|ge|(null)|(3)|Các chỉ tiêu môi trường|"
	    "III/1/a", "SELECT g.value || '|' || coalesce(g.value_max, '(null)') "
	    "|| '|' || g.qualifier || '|' || coalesce(g.year, '(null)') || '|' "
	    "|| g.number || '|' || g.group_name || '|' || t.task_id FROM "
	    "targets g JOIN tasks t ON t.id = g.task WHERE g.line = 20", 0);
	expect_text(db, "145000.0|175000.0|range|2030|2026-2030|(null)",
	    "SELECT value || '|' || value_max || '|' || qualifier || '|' || "
	    "year || '|' || period || '|' || coalesce(task, '(null)') FROM "
	    "targets WHERE line = 21", 0);
	expect_text(db, "Kết luận|199-KL/TW|199/KL-TW|2025-10-10|0",
	    "SELECT kind || '|' || symbol || '|' || symbol_raw || '|' || date "
	    "|| '|' || self FROM citations WHERE document_id = %lld", id);
	expect_text(db, "UBND=Ủy ban nhân dân@40", "SELECT abbr || '=' || full "
	    "|| '@' || line FROM abbreviations WHERE document_id = %lld", id);
	expect_no_orphans(db);

	/* Deleting the document takes every row of it along. */
	cr_assert_eq(sqlite3_exec(db, "PRAGMA foreign_keys = ON; DELETE FROM "
	    "documents", NULL, NULL, NULL), SQLITE_OK);
	cr_expect_eq(qint(db, "SELECT (SELECT count(*) FROM sections) + "
	    "(SELECT count(*) FROM tasks) + (SELECT count(*) FROM "
	    "task_agencies) + (SELECT count(*) FROM milestones) + (SELECT "
	    "count(*) FROM targets) + (SELECT count(*) FROM citations) + "
	    "(SELECT count(*) FROM abbreviations)"), 0);
	sqlite3_close(db);
	pl_doc_free(doc);
}

static struct pl_err
refused(const char *path)
{
	struct pl_doc *doc = sample();
	struct pl_sqlite_stats st = { 1, 1, 1 };
	struct pl_err err = { 0 };

	cr_assert_eq(pl_report_sqlite(path, (const struct pl_doc *const *)&doc,
	    1, &st, &err), -1, "%s was accepted", path);
	cr_expect_eq(st.added + st.replaced + st.unchanged, 0);
	cr_expect_str_eq(err.file, path);
	pl_doc_free(doc);
	return err;
}

Test(sqlite, refuses_what_is_not_a_planlint_database)
{
	const char *text = "KẾ HOẠCH\nkhông phải cơ sở dữ liệu\n";
	struct pl_doc *doc = sample();
	struct pl_err err;
	sqlite3 *db;
	char buf[128] = "";
	FILE *f;

	/* A text file stays as it was. */
	write_file(tmp("plan.txt"), text);
	err = refused(tmp("plan.txt"));
	cr_expect_eq(err.code, PL_E_NOT_PLANLINT_DB);
	cr_expect_not_null(strstr(err.detail, "not a database"), "%s",
	    err.detail);
	cr_assert_not_null(f = fopen(tmp("plan.txt"), "rb"));
	cr_expect_eq(fread(buf, 1, sizeof(buf) - 1, f), strlen(text));
	fclose(f);
	cr_expect_str_eq(buf, text);

	/* Another program's database keeps its tables and gets none of ours. */
	cr_assert_eq(sqlite3_open(tmp("other.db"), &db), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(db, "CREATE TABLE notes (x); INSERT INTO "
	    "notes VALUES (1)", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	err = refused(tmp("other.db"));
	cr_expect_eq(err.code, PL_E_NOT_PLANLINT_DB);
	db = open_db(tmp("other.db"));
	cr_expect_eq(qint(db, "SELECT count(*) FROM notes"), 1);
	cr_expect_eq(qint(db, "SELECT count(*) FROM sqlite_master"), 1);
	sqlite3_close(db);

	/* So is an empty database that another program marked as its own. */
	cr_assert_eq(sqlite3_open(tmp("marked.db"), &db), SQLITE_OK);
	sqlite3_exec(db, "PRAGMA user_version = 7", NULL, NULL, NULL);
	sqlite3_close(db);
	cr_expect_eq(refused(tmp("marked.db")).code, PL_E_NOT_PLANLINT_DB);

	/* A planlint database of another schema version is left alone. */
	store(tmp("plans.db"), &doc, 1);
	db = open_db(tmp("plans.db"));
	sqlite3_exec(db, "PRAGMA user_version = 2", NULL, NULL, NULL);
	sqlite3_close(db);
	err = refused(tmp("plans.db"));
	cr_expect_eq(err.code, PL_E_DB_VERSION);
	cr_expect_str_eq(err.detail, "user_version 2, expected 1");
	db = open_db(tmp("plans.db"));
	cr_expect_eq(qint(db, "SELECT count(*) FROM documents"), 1);
	sqlite3_close(db);

	/* A path that cannot be a file. */
	cr_expect_eq(refused(dir).code, PL_E_OPEN);
	cr_expect_eq(refused(tmp("no/such/dir.db")).code, PL_E_OPEN);

	/* The messages exist in both languages. */
	cr_expect_str_eq(pl_err_id(PL_E_NOT_PLANLINT_DB), "not-planlint-db");
	cr_expect_str_eq(pl_err_id(PL_E_DB_VERSION), "db-version");
	cr_expect_not_null(strstr(pl_err_text(PL_E_NOT_PLANLINT_DB,
	    PL_LANG_EN), "planlint"));
	cr_expect_not_null(strstr(pl_err_text(PL_E_DB_VERSION, PL_LANG_VI),
	    "phiên bản"));
	pl_doc_free(doc);
}

Test(sqlite, empty_file_becomes_a_database)
{
	struct pl_doc *doc = sample();
	sqlite3 *db;

	write_file(tmp("empty.db"), "");
	cr_expect_eq(store(tmp("empty.db"), &doc, 1).added, 1);
	db = open_db(tmp("empty.db"));
	cr_expect_eq(qint(db, "SELECT count(*) FROM tasks"), 2);
	sqlite3_close(db);
	/* No document at all still makes a database with the schema. */
	cr_expect_eq(store(tmp("none.db"), NULL, 0).added, 0);
	db = open_db(tmp("none.db"));
	cr_expect_eq(qint(db, "SELECT count(*) FROM documents"), 0);
	cr_expect_eq(qint(db, "PRAGMA user_version"), 1);
	sqlite3_close(db);
	pl_doc_free(doc);
}

/* Collapses white space to one blank, for comparing SQL text. */
static char *
squash(const char *s)
{
	char *out = pl_xmalloc(strlen(s) + 1), *o = out;
	bool space = false;

	for (; *s != '\0'; s++)
		if (*s == ' ' || *s == '\n' || *s == '\t') {
			space = o != out;
		} else {
			if (space)
				*o++ = ' ';
			space = false;
			*o++ = *s;
		}
	*o = '\0';
	return out;
}

static char *
slurp(const char *path)
{
	struct pl_buf b = { 0 };
	char chunk[4096];
	size_t n;
	FILE *f = fopen(path, "rb");

	if (f == NULL)
		cr_skip_test("%s not readable from here", path);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		pl_buf_add(&b, chunk, n);
	fclose(f);
	return pl_buf_take(&b);
}

/* docs/sqlite-schema.md shows the schema planlint creates, and every
 * query it offers runs on a database of the corpus. */
Test(sqlite, documented_schema_and_queries)
{
	struct pl_doc *docs[NCORPUS];
	char *md = slurp("docs/sqlite-schema.md"), *flat = squash(md);
	sqlite3_stmt *st;
	sqlite3 *db;
	size_t nqueries = 0;
	const char *p;
	char *schema = squash(pl_sqlite_schema);

	/* The whole schema, in its order, and each object SQLite made. */
	cr_expect_not_null(strstr(flat, schema), "docs differ from sqlite.c");
	free(schema);
	for (size_t i = 0; i < NCORPUS; i++)
		docs[i] = ingest(corpus[i]);
	store(tmp("plans.db"), docs, NCORPUS);
	db = open_db(tmp("plans.db"));
	cr_assert_eq(sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master "
	    "WHERE sql IS NOT NULL", -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		char *sql = squash((const char *)sqlite3_column_text(st, 0));

		cr_expect_not_null(strstr(flat, sql), "not in the docs: %s", sql);
		free(sql);
	}
	sqlite3_finalize(st);
	for (p = md; (p = strstr(p, "```sql\n")) != NULL; ) {
		const char *end = strstr(p += 7, "```"), *tail;
		char *block;

		cr_assert_not_null(end);
		/* The schema block: checked above, it exists already. */
		if (strncmp(p, "CREATE", 6) == 0) {
			p = end + 3;
			continue;
		}
		block = pl_xstrndup(p, (size_t)(end - p));
		for (tail = block; *tail != '\0'; ) {
			int rc;

			cr_assert_eq(sqlite3_prepare_v2(db, tail, -1, &st,
			    &tail), SQLITE_OK, "%s: %s", tail, sqlite3_errmsg(db));
			if (st == NULL)
				break;
			while ((rc = sqlite3_step(st)) == SQLITE_ROW)
				;
			cr_expect_eq(rc, SQLITE_DONE, "%s: %s", sqlite3_sql(st),
			    sqlite3_errmsg(db));
			nqueries++;
			sqlite3_finalize(st);
		}
		free(block);
		p = end + 3;
	}
	cr_expect_geq(nqueries, 3);
	sqlite3_close(db);
	free(flat);
	free(md);
	for (size_t i = 0; i < NCORPUS; i++)
		pl_doc_free(docs[i]);
}

/* Runs the planlint built next to this test binary; its exit status. */
static int
run_cli(const char *args)
{
	char exe[PATH_MAX], cmd[PATH_MAX + 512];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	int st;

	cr_assert_gt(n, 0);
	exe[n] = '\0';
	snprintf(cmd, sizeof(cmd), "%s/planlint", dirname(exe));
	if (access(cmd, X_OK) != 0)
		cr_skip_test("%s is not built", cmd);
	snprintf(cmd + strlen(cmd), sizeof(cmd) - strlen(cmd),
	    " %s >/dev/null 2>&1", args);
	st = system(cmd);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

Test(sqlite, cli_format_sqlite)
{
	char args[512];
	sqlite3 *db;

	if (access(corpus[0], R_OK) != 0)
		cr_skip_test("corpus not readable from here");
	cr_expect_eq(run_cli("extract --format sqlite corpus/"), 2);
	cr_expect_eq(run_cli("extract --format sqlite -o - corpus/"), 2);
	snprintf(args, sizeof(args), "extract --format sqlite -o '%s' '%s'",
	    tmp("cli.db"), corpus[0]);
	cr_assert_eq(run_cli(args), 0);
	cr_assert_eq(run_cli(args), 0);
	db = open_db(tmp("cli.db"));
	cr_expect_eq(qint(db, "SELECT count(*) FROM documents"), 1);
	sqlite3_close(db);
	write_file(tmp("notes.txt"), "ghi chú\n");
	snprintf(args, sizeof(args), "extract --format sqlite -o '%s' '%s'",
	    tmp("notes.txt"), corpus[0]);
	cr_expect_eq(run_cli(args), 2);
	/* An input that fails does not stop the others. */
	write_file(tmp("empty.txt"), "");
	snprintf(args, sizeof(args), "extract --format sqlite -o '%s' '%s' "
	    "'%s'", tmp("cli.db"), tmp("empty.txt"), corpus[1]);
	cr_expect_eq(run_cli(args), 2);
	db = open_db(tmp("cli.db"));
	cr_expect_eq(qint(db, "SELECT count(*) FROM documents"), 2);
	sqlite3_close(db);
}
