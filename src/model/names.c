/*
 * names.c: the names of enums as they appear in JSON output and rule
 * packs, and small date helpers.  Keep each table in enum order.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"

static const char *levels[] = {	/* ORDER: enum pl_level */
	"unknown", "trung_uong", "tinh", "thanh_pho", "huyen", "xa", "phuong",
	"dac_khu",
};
static const char *classes[] = {	/* ORDER: enum pl_deadline_class */
	"missing", "specific", "recurring", "conditional", "vague",
};
static const char *qualifiers[] = {	/* ORDER: enum pl_qualifier */
	"eq", "gt", "ge", "lt", "le", "range", "approx",
};
static const char *severities[] = {	/* ORDER: enum pl_severity */
	"info", "warning", "error",
};
static const char *cells[] = {	/* ORDER: bits of enum pl_cell */
	"number", "text", "directing", "lead", "coordinators", "measures",
	"deadline", "product",
};
static const char *sixro[] = {	/* ORDER: bits of enum pl_sixro */
	"viec", "nguoi", "bien_phap", "thoi_gian", "tham_quyen", "san_pham",
};

static int
bit_index(unsigned v)
{
	int i = 0;

	if (v == 0 || (v & (v - 1)) != 0)
		return -1;
	while ((v >>= 1) != 0)
		i++;
	return i;
}

const char *
pl_level_name(enum pl_level l)
{
	return (unsigned)l < PL_NELEM(levels) ? levels[l] : "unknown";
}

const char *
pl_deadline_class_name(enum pl_deadline_class c)
{
	return (unsigned)c < PL_NELEM(classes) ? classes[c] : "missing";
}

const char *
pl_qualifier_name(enum pl_qualifier q)
{
	return (unsigned)q < PL_NELEM(qualifiers) ? qualifiers[q] : "eq";
}

const char *
pl_severity_name(enum pl_severity s)
{
	return (unsigned)s < PL_NELEM(severities) ? severities[s] : "info";
}

int
pl_severity_parse(const char *s, enum pl_severity *out)
{
	for (size_t i = 0; i < PL_NELEM(severities); i++)
		if (strcmp(s, severities[i]) == 0) {
			*out = (enum pl_severity)i;
			return 0;
		}
	return -1;
}

const char *
pl_cell_name(enum pl_cell c)
{
	int i = bit_index((unsigned)c);

	return i >= 0 && (size_t)i < PL_NELEM(cells) ? cells[i] : "?";
}

int
pl_cell_parse(const char *s, enum pl_cell *out)
{
	for (size_t i = 0; i < PL_NELEM(cells); i++)
		if (strcmp(s, cells[i]) == 0) {
			*out = (enum pl_cell)(1u << i);
			return 0;
		}
	return -1;
}

const char *
pl_sixro_key(enum pl_sixro e)
{
	int i = bit_index((unsigned)e);

	return i >= 0 && (size_t)i < PL_NELEM(sixro) ? sixro[i] : "?";
}

const char *
pl_date_iso(struct pl_date d, char buf[11])
{
	if (d.y == 0) {
		buf[0] = '\0';
		return buf;
	}
	snprintf(buf, 11, "%04u-%02u-%02u", (unsigned)d.y % 10000u,
	    (unsigned)d.m % 100u, (unsigned)d.d % 100u);
	return buf;
}

int
pl_days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

int
pl_date_parse_iso(const char *s, struct pl_date *out)
{
	int y, m, d;
	char tail;

	if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
		return -1;
	if (y < 1900 || y > 2200 || d < 1 || d > pl_days_in_month(y, m))
		return -1;
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
}

int
pl_date_cmp(struct pl_date a, struct pl_date b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}
