/*
 * kind_table.c: table rows that lost their trailing cells (a row cut at a
 * page break, or pasted short): cells the table has after the last cell
 * the row fills are missing, and not shared from a merged cell above.
 * A tab-separated row that has every cell, even empty ones, is not cut:
 * the empty cells are the business of the task.missing-* rules, unless
 * the row fills nothing but its number and text while the table has two
 * or more further columns: such a row was cut, not drafted.
 */
#include <string.h>

#include "rules_int.h"

static const char *const params[] = { NULL };

/* Column names for messages, by language.  ORDER: bits of enum pl_cell. */
static const char *const cell_names[2][8] = {
	{ "số thứ tự", "nội dung", "cơ quan chỉ đạo", "cơ quan chủ trì",
	  "cơ quan phối hợp", "biện pháp, nguồn lực", "thời gian thực hiện",
	  "sản phẩm" },
	{ "number", "task", "directing body", "lead", "coordinators",
	  "measures", "deadline", "product" },
};

static int
prepare(struct pl_rule *r, struct pl_ruleset *rs, struct pl_err *err)
{
	return 0;
}

/* Cells of the row's first line when it is tab-separated, else -1. */
static int
physical_cells(const struct pl_doc *doc, const struct pl_task *t)
{
	const char *s = NULL;
	int n = 1;

	for (size_t i = 0; i < doc->text.n; i++)
		if (doc->text.lines[i].orig == t->pos.line) {
			s = doc->text.lines[i].s;
			break;
		}
	if (s == NULL && t->pos.line > 0 &&
	    (size_t)t->pos.line <= doc->text.n)
		s = doc->text.lines[t->pos.line - 1].s;
	if (s == NULL || strchr(s, '\t') == NULL)
		return -1;
	for (; *s != '\0'; s++)
		if (*s == '\t')
			n++;
	return n;
}

static unsigned
highest_bit(unsigned x)
{
	unsigned h = 0;

	for (unsigned b = 1; b != 0 && b <= x; b <<= 1)
		if (x & b)
			h = b;
	return h;
}

static int
popcount(unsigned x)
{
	int n = 0;

	for (; x != 0; x &= x - 1)
		n++;
	return n;
}

/* The row fills its number and text and nothing else. */
static bool
only_text(const struct pl_task *t)
{
	return (t->present & ~(unsigned)(PL_CELL_NUMBER | PL_CELL_TEXT)) == 0;
}

static int
check(const struct pl_rule *r, struct pl_ctx *ctx)
{
	struct pl_doc *doc = ctx->doc;

	for (size_t i = 0; i < doc->ntasks; i++) {
		const struct pl_task *t = &doc->tasks[i];
		unsigned last, trailing, missing;
		struct pl_buf names = { 0 };
		struct pl_var v[1];
		int cells;

		if (t->group || t->source == PL_SRC_PROSE || t->columns == 0 ||
		    t->present == 0)
			continue;
		last = highest_bit(t->present);
		trailing = t->columns & ~(last | (last - 1));
		missing = trailing & ~t->shared;
		if (missing == 0)
			continue;
		if (t->source == PL_SRC_TABLE && t->table >= 0 &&
		    (size_t)t->table < doc->ntables &&
		    (cells = physical_cells(doc, t)) >= 0 &&
		    cells >= doc->tables[t->table].ncols &&
		    !(only_text(t) && popcount(missing) >= 2))
			continue;
		for (int b = 0; b < 8; b++) {
			if (!(missing & (1u << b)))
				continue;
			if (names.len > 0)
				pl_buf_adds(&names, "; ");
			pl_buf_adds(&names, cell_names[ctx->opts->lang ==
			    PL_LANG_EN][b]);
		}
		v[0].name = "cells";
		v[0].value = pl_arena_strdup(doc->arena, names.s);
		pl_buf_free(&names);
		pl_emit(ctx, r, (int)i, (struct pl_pos){ 0 }, NULL, v, 1);
	}
	return 0;
}

const struct pl_kind pl_kind_table = {
	.name = "table",
	.params = params,
	.prepare = prepare,
	.check = check,
};
