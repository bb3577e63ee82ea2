/*
 * linear.h: the internals of the linearized-table parser, shared by
 * linear.c (header, rows, page furniture, the driver), linear_cell.c
 * (lines into cells) and linear_task.c (sections, merged cells, tasks).
 * Included by those three files only.
 */
#ifndef PL_LINEAR_H
#define PL_LINEAR_H

#include "ingest_int.h"

enum {
	PL_LIN_COLS	= 10,	/* columns of a table */
	PL_LIN_WORD	= 24,	/* bytes of a word or a row number */
	PL_LIN_COMP	= 4,	/* components of a row number */
};

/* Column kinds.  ORDER: kind_bit() below; the tables in linear_cell.c. */
enum pl_lkind {
	PL_LK_OTHER, PL_LK_NUMBER, PL_LK_TEXT, PL_LK_DIRECT, PL_LK_LEAD,
	PL_LK_COORD, PL_LK_MEAS, PL_LK_DEADLINE, PL_LK_PRODUCT, PL_LK_PREFIX,
	PL_LK__N
};

struct pl_lheader {
	int	 kind[PL_LIN_COLS];	/* enum pl_lkind, in column order */
	int	 ncols;
	int	 ntok;		/* words of its titles */
	size_t	 end;		/* first line after the header */
};

/* A line of a row (or its text after the row number). */
struct pl_lunit {
	const char	*s;	/* trimmed */
	size_t		 n;
	int		 w;	/* width in code points */
	size_t		 line;	/* index in doc->text.lines */
	bool		 blank;	/* a blank line before it, in its part */
	unsigned	 pq;	/* cues found only with the unit before */
};

/* The lines of a row on one page. */
struct pl_lpart {
	struct pl_lunit	*u;
	size_t		 n, cap;
};

/* A row of the table: a task row, a sub-group row or a roman group. */
struct pl_lrow {
	bool		 group;	/* a roman group row */
	size_t		 line, last;
	char		 num[PL_LIN_WORD];
	int		 comp[PL_LIN_COMP], ncomp;
	const char	*title;	/* group title */
	struct pl_lpart	*parts;
	size_t		 nparts, capparts;
	bool		 sub;	/* a sub-group row */
	int		 section;
	const char	*path;	/* id prefix of its tasks */
	char		*cell[PL_LIN_COLS];
	unsigned	 present, shared;
	int		 owner;	/* row whose merged cell this row continues */
};

struct pl_ltab {
	struct pl_doc		*doc;
	struct pl_arena		*tmp;	/* freed after the table */
	struct pl_lheader	 h;
	int			 width[PL_LIN_COLS];
	int			 slack[PL_LIN_COLS];	/* room wraps leave */
	float			 height[PL_LIN_COLS];	/* lines of a cell */
	bool			 learned[PL_LIN_COLS];
	int			*wrap[PL_LIN_COLS];	/* wrapped widths */
	int			*need[PL_LIN_COLS];	/* ... + next word */
	size_t			 nwrap[PL_LIN_COLS], capwrap[PL_LIN_COLS];
	size_t			 capneed[PL_LIN_COLS];
	struct pl_lrow		*it;
	size_t			 nit, capit;
	size_t			 end;	/* first line after the table */
};

static inline const char *
tline(const struct pl_doc *doc, size_t i, size_t *n)
{
	return pl_trim(doc->text.lines[i].s, doc->text.lines[i].len, n);
}

static inline bool
wordch(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];

	if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
		return false;
	return c >= 0x80 || (c >= '0' && c <= '9') ||
	    ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static inline bool
starts_upper(const char *s, size_t n)
{
	return n > 0 && pl_utf8_is_upper_at(s, n);
}

static inline bool
starts_lower(const char *s, size_t n)
{
	return n > 0 && pl_utf8_is_alpha_at(s, n) &&
	    !pl_utf8_is_upper_at(s, n);
}

static inline unsigned
kind_bit(int kind)
{
	static const unsigned bit[PL_LK__N] = { 0, PL_CELL_NUMBER,
	    PL_CELL_TEXT, PL_CELL_DIRECTING, PL_CELL_LEAD, PL_CELL_COORD,
	    PL_CELL_MEASURES, PL_CELL_DEADLINE, PL_CELL_PRODUCT, 0 };

	return bit[kind];
}

/*
 * linear_cell.c: learns the columns' widths from the table's rows, then
 * assigns the lines of every task row to its cells (row->cell, present).
 */
void pl_linear_cells(struct pl_ltab *t);
/* Appends a line to a cell's text: hyphenated wraps join without space. */
void pl_linear_join(struct pl_buf *b, const char *s, size_t n);

/*
 * linear_task.c: adds the group and sub-group rows as sections under
 * section base (-1: none), shares vertically merged cells, and adds a
 * task per task row of table (index in doc->tables).
 */
void pl_linear_tasks(struct pl_ltab *t, int base, int table);

#endif /* PL_LINEAR_H */
