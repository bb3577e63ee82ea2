/*
 * err.c: filling and naming tool errors from the err.def catalogue.
 */
#include <stdio.h>
#include <string.h>

#include "base.h"

static const struct {
	const char	*id;
	const char	*vi;
	const char	*en;
} table[] = {
#define PL_ERR(code, id, vi, en) { id, vi, en },
#include "err.def"
#undef PL_ERR
};

int
pl_err_set(struct pl_err *err, enum pl_errcode code, const char *file,
    int line, int col, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return -1;
	memset(err, 0, sizeof(*err));
	err->code = code;
	err->line = line;
	err->col = col;
	err->offset = -1;
	if (file != NULL)
		snprintf(err->file, sizeof(err->file), "%s", file);
	if (fmt != NULL) {
		va_start(ap, fmt);
		vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
		va_end(ap);
	}
	return -1;
}

const char *
pl_err_id(enum pl_errcode code)
{
	return (unsigned)code < PL_NELEM(table) ? table[code].id : "unknown";
}

const char *
pl_err_text(enum pl_errcode code, enum pl_lang lang)
{
	if ((unsigned)code >= PL_NELEM(table))
		return "?";
	return lang == PL_LANG_EN ? table[code].en : table[code].vi;
}
