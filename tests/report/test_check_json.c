/*
 * test_check_json.c: the planlint.check/1 JSON (check_json.c): exact
 * shape, path order, null task, related locations, scorecards, summary.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "../../src/report/report.h"

static struct pl_doc *
sample(const char *path)
{
	struct pl_doc *doc = pl_doc_new(path);
	struct pl_task *t = pl_doc_add_task(doc);
	struct pl_finding *f;

	t->id = "PL/I/1";
	t = pl_doc_add_task(doc);
	t->id = "PL/I";
	t->group = true;
	doc->sixro = pl_arena_alloc(doc->arena, 2 * sizeof(unsigned));
	doc->sixro[0] = PL_SIXRO_VIEC | PL_SIXRO_SAN_PHAM;
	doc->meta.sixro_declared = PL_SIXRO_VIEC | PL_SIXRO_NGUOI;
	f = pl_doc_add_finding(doc);
	f->rule = "task.missing-lead";
	f->severity = PL_SEV_ERROR;
	f->pos = (struct pl_pos){ .line = 7, .col = 1, .end_line = 8 };
	f->task = 0;
	f->message = "Nhiệm vụ PL/I/1 chưa có cơ quan chủ trì";
	f->hint = "Ghi \"một\" cơ quan";
	f->quote = "Rà soát…";
	f = pl_doc_add_finding(doc);
	f->rule = "citation.format";
	f->severity = PL_SEV_WARNING;
	f->pos = (struct pl_pos){ .line = 9, .col = 4 };
	f->task = -1;
	f->message = "m";
	pl_finding_add_related(doc->arena, f, path, 30, NULL);
	return doc;
}

Test(check_json, exact_shape)
{
	struct pl_doc *docs[2] = { sample("b.txt"), pl_doc_new("a.txt") };
	struct pl_buf out = { 0 };

	pl_report_check_json(&out, (const struct pl_doc *const *)docs, 2);
	cr_assert_str_eq(out.s,
	    "{\n"
	    "  \"schema\": \"planlint.check/1\",\n"
	    "  \"findings\": [\n"
	    "    {\n"
	    "      \"rule\": \"task.missing-lead\",\n"
	    "      \"severity\": \"error\",\n"
	    "      \"path\": \"b.txt\",\n"
	    "      \"line\": 7,\n"
	    "      \"column\": 1,\n"
	    "      \"end_line\": 8,\n"
	    "      \"task\": \"PL/I/1\",\n"
	    "      \"message\": \"Nhiệm vụ PL/I/1 chưa có cơ quan chủ trì\",\n"
	    "      \"hint\": \"Ghi \\\"một\\\" cơ quan\",\n"
	    "      \"quote\": \"Rà soát…\",\n"
	    "      \"related\": []\n"
	    "    },\n"
	    "    {\n"
	    "      \"rule\": \"citation.format\",\n"
	    "      \"severity\": \"warning\",\n"
	    "      \"path\": \"b.txt\",\n"
	    "      \"line\": 9,\n"
	    "      \"column\": 4,\n"
	    "      \"end_line\": 9,\n"
	    "      \"task\": null,\n"
	    "      \"message\": \"m\",\n"
	    "      \"hint\": null,\n"
	    "      \"quote\": null,\n"
	    "      \"related\": [\n"
	    "        {\n"
	    "          \"path\": \"b.txt\",\n"
	    "          \"line\": 30\n"
	    "        }\n"
	    "      ]\n"
	    "    }\n"
	    "  ],\n"
	    "  \"scorecards\": [\n"
	    "    {\n"
	    "      \"path\": \"a.txt\",\n"
	    "      \"tasks\": 0,\n"
	    "      \"elements\": {\n"
	    "        \"viec\": 0,\n"
	    "        \"nguoi\": 0,\n"
	    "        \"bien_phap\": 0,\n"
	    "        \"thoi_gian\": 0,\n"
	    "        \"tham_quyen\": 0,\n"
	    "        \"san_pham\": 0\n"
	    "      },\n"
	    "      \"declared\": []\n"
	    "    },\n"
	    "    {\n"
	    "      \"path\": \"b.txt\",\n"
	    "      \"tasks\": 1,\n"
	    "      \"elements\": {\n"
	    "        \"viec\": 1,\n"
	    "        \"nguoi\": 0,\n"
	    "        \"bien_phap\": 0,\n"
	    "        \"thoi_gian\": 0,\n"
	    "        \"tham_quyen\": 0,\n"
	    "        \"san_pham\": 1\n"
	    "      },\n"
	    "      \"declared\": [\n"
	    "        \"viec\",\n"
	    "        \"nguoi\"\n"
	    "      ]\n"
	    "    }\n"
	    "  ],\n"
	    "  \"summary\": {\n"
	    "    \"files\": 2,\n"
	    "    \"tasks\": 1,\n"
	    "    \"errors\": 1,\n"
	    "    \"warnings\": 1,\n"
	    "    \"infos\": 0\n"
	    "  }\n"
	    "}\n");
	pl_buf_free(&out);
	pl_doc_free(docs[0]);
	pl_doc_free(docs[1]);
}

Test(check_json, empty_set)
{
	struct pl_buf out = { 0 };

	pl_report_check_json(&out, NULL, 0);
	cr_assert_not_null(strstr(out.s, "\"findings\": []"));
	cr_assert_not_null(strstr(out.s, "\"files\": 0"));
	pl_buf_free(&out);
}

Test(check_json, scorecard_counts)
{
	struct pl_doc *doc = sample("x.txt");
	struct pl_scorecard sc;

	pl_scorecard_compute(doc, &sc);
	cr_assert_eq(sc.tasks, 1);
	cr_assert_eq(sc.met[0], 1);
	cr_assert_eq(sc.met[5], 1);
	cr_assert_eq(sc.shown, PL_SIXRO_VIEC | PL_SIXRO_NGUOI);
	doc->meta.sixro_declared = 0;
	pl_scorecard_compute(doc, &sc);
	cr_assert_eq(sc.shown, (1u << PL_SIXRO_COUNT) - 1);
	pl_doc_free(doc);
}
