/*
 * jsonw.c: a small streaming JSON writer, pretty-printed with two-space
 * indents so that golden files diff line by line.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

void
pl_jw_init(struct pl_jsonw *w, struct pl_buf *out, bool pretty)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
	w->pretty = pretty;
}

static void
newline(struct pl_jsonw *w)
{
	if (!w->pretty)
		return;
	pl_buf_addc(w->out, '\n');
	for (int i = 0; i < w->depth; i++)
		pl_buf_adds(w->out, "  ");
}

/* Separator and indentation before any value or key. */
static void
before(struct pl_jsonw *w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	if (w->need_comma)
		pl_buf_addc(w->out, ',');
	if (w->depth > 0)
		newline(w);
}

static void
open(struct pl_jsonw *w, char c)
{
	before(w);
	pl_buf_addc(w->out, c);
	w->depth++;
	w->need_comma = false;
}

static void
close(struct pl_jsonw *w, char c)
{
	bool empty = !w->need_comma;

	w->depth--;
	if (!empty)
		newline(w);
	pl_buf_addc(w->out, c);
	w->need_comma = true;
}

void pl_jw_obj(struct pl_jsonw *w) { open(w, '{'); }
void pl_jw_obj_end(struct pl_jsonw *w) { close(w, '}'); }
void pl_jw_arr(struct pl_jsonw *w) { open(w, '['); }
void pl_jw_arr_end(struct pl_jsonw *w) { close(w, ']'); }

void
pl_jw_key(struct pl_jsonw *w, const char *key)
{
	before(w);
	pl_json_escape(w->out, key);
	pl_buf_adds(w->out, w->pretty ? ": " : ":");
	w->after_key = true;
	w->need_comma = true;
}

void
pl_json_escape(struct pl_buf *out, const char *s)
{
	pl_buf_addc(out, '"');
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		switch (c) {
		case '"':
			pl_buf_adds(out, "\\\"");
			break;
		case '\\':
			pl_buf_adds(out, "\\\\");
			break;
		case '\n':
			pl_buf_adds(out, "\\n");
			break;
		case '\t':
			pl_buf_adds(out, "\\t");
			break;
		case '\r':
			pl_buf_adds(out, "\\r");
			break;
		default:
			if (c < 0x20)
				pl_buf_printf(out, "\\u%04x", c);
			else
				pl_buf_addc(out, (char)c);
		}
	}
	pl_buf_addc(out, '"');
}

void
pl_jw_str(struct pl_jsonw *w, const char *s)
{
	if (s == NULL) {
		pl_jw_null(w);
		return;
	}
	before(w);
	pl_json_escape(w->out, s);
	w->need_comma = true;
}

void
pl_jw_int(struct pl_jsonw *w, long long v)
{
	before(w);
	pl_buf_printf(w->out, "%lld", v);
	w->need_comma = true;
}

void
pl_jw_num(struct pl_jsonw *w, double v)
{
	char tmp[64];

	if (!isfinite(v)) {
		pl_jw_null(w);
		return;
	}
	/* The shortest precision that reads back exactly. */
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(tmp, sizeof(tmp), "%.*g", prec, v);
		if (strtod(tmp, NULL) == v)
			break;
	}
	/* Exponent forms are valid JSON but unreadable for amounts. */
	if (strchr(tmp, 'e') != NULL && fabs(v) < 1e15 && fabs(v) >= 1e-6) {
		if (v == floor(v))
			snprintf(tmp, sizeof(tmp), "%.0f", v);
		else {
			size_t len;

			snprintf(tmp, sizeof(tmp), "%.10f", v);
			len = strlen(tmp);
			while (len > 0 && tmp[len - 1] == '0')
				tmp[--len] = '\0';
		}
	}
	before(w);
	pl_buf_adds(w->out, tmp);
	w->need_comma = true;
}

void
pl_jw_bool(struct pl_jsonw *w, bool v)
{
	before(w);
	pl_buf_adds(w->out, v ? "true" : "false");
	w->need_comma = true;
}

void
pl_jw_null(struct pl_jsonw *w)
{
	before(w);
	pl_buf_adds(w->out, "null");
	w->need_comma = true;
}

void
pl_jw_date(struct pl_jsonw *w, struct pl_date d)
{
	char buf[11];

	if (d.y == 0)
		pl_jw_null(w);
	else
		pl_jw_str(w, pl_date_iso(d, buf));
}
