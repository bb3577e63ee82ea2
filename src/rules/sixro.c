/*
 * sixro.c: the 06 rõ scorecard of one task from its fields alone.  Rules
 * then take elements away (a rule's `sixro:` key): a weak product, a vague
 * deadline, a lead that is only a request.
 */
#include <string.h>

#include "rules_int.h"

/* A text of at least three words: a concrete action, not a bare title. */
static bool
concrete(const char *s)
{
	int words = 0;
	bool in = false;

	for (; s != NULL && *s != '\0'; s++) {
		if (pl_is_space((unsigned char)*s))
			in = false;
		else if (!in) {
			in = true;
			words++;
		}
	}
	return words >= 3;
}

static bool
filled(const char *s)
{
	size_t n;

	if (s == NULL)
		return false;
	pl_trim(s, strlen(s), &n);
	return n > 0;
}

static size_t
nleads(const struct pl_task *t)
{
	size_t n = 0;

	for (size_t i = 0; i < t->lead.n; i++)
		if (filled(t->lead.v[i]))
			n++;
	if (n == 0 && filled(t->lead_raw))
		n = 1;
	return n;
}

/*
 * A lead above a local issuer: a central body cannot be assigned work by
 * a province or commune ("Bộ Tài chính" as lead of a provincial plan).
 * "Bộ Chỉ huy Quân sự tỉnh" and "Bộ đội Biên phòng tỉnh" are local.
 */
static bool
above_issuer(const struct pl_doc *doc, const char *lead)
{
	static const char *const central[] = {
		"chính phủ", "thủ tướng", "quốc hội", "bộ chính trị",
		"ban bí thư", "ban chấp hành trung ương", "trung ương",
		"văn phòng chính phủ",
	};
	size_t n;

	if (doc->meta.level == PL_LEVEL_UNKNOWN ||
	    doc->meta.level == PL_LEVEL_TRUNG_UONG || lead == NULL)
		return false;
	lead = pl_trim(lead, strlen(lead), &n);
	for (size_t i = 0; i < PL_NELEM(central); i++)
		if (pl_istarts_with(lead, central[i]))
			return true;
	return pl_istarts_with(lead, "bộ ") &&
	    !pl_istarts_with(lead, "bộ chỉ huy") &&
	    !pl_istarts_with(lead, "bộ đội");
}

/* A coordinator the issuer cannot direct ("Bộ Tài chính" asked to
 * coordinate a provincial programme): the assignment exceeds its
 * authority just as a central lead does. */
static bool
coordinator_above(const struct pl_doc *doc, const struct pl_task *t)
{
	for (size_t i = 0; i < t->coordinators.n; i++)
		if (above_issuer(doc, t->coordinators.v[i]))
			return true;
	return false;
}

unsigned
pl_sixro_task(const struct pl_doc *doc, const struct pl_task *t)
{
	unsigned bits = 0;
	size_t leads = nleads(t);
	const char *first;

	if (t->group)
		return 0;
	if (concrete(t->text))
		bits |= PL_SIXRO_VIEC;
	if (leads == 1 || (leads > 1 && t->parts))
		bits |= PL_SIXRO_NGUOI;
	if (filled(t->measures) || (t->shared & PL_CELL_MEASURES))
		bits |= PL_SIXRO_BIEN_PHAP;
	if (t->deadline.cls == PL_DL_SPECIFIC ||
	    (t->deadline.cls == PL_DL_RECURRING &&
	    t->deadline.nmilestones > 0) ||
	    (t->shared & PL_CELL_DEADLINE))
		bits |= PL_SIXRO_THOI_GIAN;
	first = filled(t->lead_raw) ? t->lead_raw :
	    t->lead.n > 0 ? t->lead.v[0] : NULL;
	if (leads > 0 && !t->lead_request && first != NULL &&
	    !pl_istarts_with(pl_trim(first, strlen(first), &(size_t){ 0 }),
	    "đề nghị") && !above_issuer(doc, first) &&
	    !coordinator_above(doc, t))
		bits |= PL_SIXRO_THAM_QUYEN;
	if (filled(t->product) || (t->shared & PL_CELL_PRODUCT))
		bits |= PL_SIXRO_SAN_PHAM;
	return bits;
}
