/*
 * diag.c: printing tool errors for people: the position, the catalogue
 * text in the chosen language, the detail, then the line and a caret.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Prints line `line` of file `path` and a caret under column `col`. */
static void
quote_line(FILE *f, const char *path, int line, int col)
{
	FILE *in = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0;
	ssize_t len;
	int n = 0;

	if (in == NULL)
		return;
	while ((len = getline(&buf, &cap, in)) != -1)
		if (++n == line)
			break;
	if (n == line && len > 0 && len < 400 && memchr(buf, '\0', (size_t)len) == NULL) {
		while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
			buf[--len] = '\0';
		fputs("  ", f);
		/* Invalid bytes would garble the terminal: show U+FFFD. */
		for (ssize_t i = 0; i < len; ) {
			int32_t cp;
			int k = pl_utf8_decode(buf + i, (size_t)(len - i), &cp);

			if (k == 0) {
				fputs("\xEF\xBF\xBD", f);
				i++;
			} else {
				fwrite(buf + i, 1, (size_t)k, f);
				i += k;
			}
		}
		fputs("\n  ", f);
		/* Count columns in code points, as the position does. */
		for (int c = 1; c < col; c++)
			fputc(' ', f);
		fputs("^\n", f);
	}
	free(buf);
	fclose(in);
}

void
pl_diag_error(FILE *f, const struct pl_err *err, enum pl_lang lang)
{
	const char *label = lang == PL_LANG_EN ? "error" : "lỗi";

	if (err->file[0] != '\0') {
		fputs(err->file, f);
		if (err->line > 0) {
			fprintf(f, ":%d", err->line);
			if (err->col > 0)
				fprintf(f, ":%d", err->col);
		}
		fputs(": ", f);
	} else
		fputs("planlint: ", f);
	fprintf(f, "%s: %s", label, pl_err_text(err->code, lang));
	if (err->offset >= 0)
		fprintf(f, lang == PL_LANG_EN ? " (byte offset %ld)" :
		    " (vị trí byte %ld)", err->offset);
	if (err->detail[0] != '\0')
		fprintf(f, ": %s", err->detail);
	fprintf(f, " [%s]\n", pl_err_id(err->code));
	if (err->file[0] != '\0' && err->line > 0 && err->col > 0 &&
	    err->code != PL_E_LINE_TOO_LONG)
		quote_line(f, err->file, err->line, err->col);
}

void
pl_diag_usage(FILE *f, enum pl_lang lang, const char *fmt, ...)
{
	va_list ap;

	fprintf(f, "planlint: %s: ", pl_err_text(PL_E_USAGE, lang));
	va_start(ap, fmt);
	vfprintf(f, fmt, ap);
	va_end(ap);
	fputc('\n', f);
}

int
pl_write_output(const char *path, const struct pl_buf *buf,
    struct pl_err *err)
{
	FILE *f;
	size_t n = buf->len;

	if (path == NULL || strcmp(path, "-") == 0) {
		if (n > 0 && fwrite(buf->s, 1, n, stdout) != n)
			return pl_err_set(err, PL_E_WRITE, "-", 0, 0, NULL);
		return fflush(stdout) == 0 ? 0 :
		    pl_err_set(err, PL_E_WRITE, "-", 0, 0, NULL);
	}
	if ((f = fopen(path, "wb")) == NULL)
		return pl_err_set(err, PL_E_WRITE, path, 0, 0, NULL);
	if ((n > 0 && fwrite(buf->s, 1, n, f) != n) | (fclose(f) != 0))
		return pl_err_set(err, PL_E_WRITE, path, 0, 0, NULL);
	return 0;
}
