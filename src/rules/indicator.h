/*
 * indicator.h: the target rules' helpers, shared by indicator.c (the
 * indicator registry of rules/indicators.yaml and name matching),
 * quantity.c (units, values as intervals, precision, unit slips) and
 * kind_target.c (the target.* rules).  Included by rules/ files only.
 */
#ifndef PL_INDICATOR_H
#define PL_INDICATOR_H

#include "rules_int.h"

/* ---- Units (quantity.c) ---- */

/* Unit families: values convert within a family, never across.
 * ORDER: fam_names in quantity.c. */
enum pl_ufam {
	PL_UF_NONE,	/* no unit: an index (HDI 0,75) */
	PL_UF_VND,	/* đồng; tỷ/triệu/nghìn đồng */
	PL_UF_USD,	/* USD, đô la Mỹ */
	PL_UF_PERCENT,	/* %, %/năm */
	PL_UF_PEOPLE,	/* người, lao động, đảng viên */
	PL_UF_VISITS,	/* lượt, lượt khách, nghìn lượt */
	PL_UF_HOUSES,	/* căn, căn hộ */
	PL_UF_PER10K,	/* bác sĩ, giường (per 10,000 people) */
	PL_UF_YEARS,	/* tuổi, năm */
	PL_UF_RANK,	/* hạng, hạng/34 */
	PL_UF_LITERS,
	PL_UF_TONNES,
	PL_UF_AREA,	/* ha, km² */
	PL_UF_LENGTH,	/* km */
	PL_UF_COUNT,	/* hộ, xã, doanh nghiệp, dự án ... */
	PL_UF_OTHER,	/* a unit not known: compared only when written alike */
};
#define PL_UF_COUNT_ALL	(PL_UF_OTHER + 1)

struct pl_unit {
	enum pl_ufam	 fam;
	double		 scale;	/* to the family's base unit: tỷ đồng 1e9 */
	int		 per;	/* 0 none, 1 per year, 12 per month */
	int		 rank_of;	/* hạng/34: 34; 0 when not written */
	const char	*text;	/* PL_UF_OTHER: the unit lowercased */
};

/* Parses a unit as written ("triệu đồng/người/năm", "nghìn lượt", "%/năm",
 * "hạng/34"); NULL is PL_UF_NONE.  Unknown units are PL_UF_OTHER with
 * their lowercased text in arena a. */
void pl_unit_parse(struct pl_arena *a, const char *s, struct pl_unit *u);
/* Whether values in units a and b can be compared: one family, the same
 * time basis (or one unknown), the same rank denominator (or one
 * unknown), and the same text for PL_UF_OTHER. */
bool pl_unit_compatible(const struct pl_unit *a, const struct pl_unit *b);
/* "vnd", "usd", ... (the names indicators.yaml uses); -1 when unknown. */
int pl_ufam_parse(const char *name);
const char *pl_ufam_name(enum pl_ufam f);
/* The base unit of a family as shown in messages ("đồng", "%"). */
const char *pl_ufam_base(enum pl_ufam f);

/* ---- Values as intervals (quantity.c) ---- */

struct pl_interval {
	double	lo, hi;	/* -HUGE_VAL / HUGE_VAL when open-ended */
	bool	lo_open, hi_open;
};

/*
 * Reads the first number at s[0..n) written the Vietnamese way ("616.565,83",
 * "8,9", "05"): returns its length in bytes (0 when s does not start with
 * a digit), the value in *v and the number of decimals written in *dec.
 */
size_t pl_qty_number(const char *s, size_t n, double *v, int *dec);
/*
 * Half a unit of the last digit with which value v is written in text s
 * (the first number of s equal to v): 0,005 for "8,90", 0,05 for "8,9",
 * 0,5 for "6.016".  When s does not hold v, from v itself.
 */
double pl_qty_halfunit(const char *s, double v);
/*
 * The values target t allows, in the base unit (scale), as an interval:
 * eq is [v - hu, v + hu] (hu the half unit of its written precision), gt
 * (v, inf), ge [v, inf), lt (-inf, v), le (-inf, v], range [v, max], approx
 * v +/- approx * v.
 */
struct pl_interval pl_qty_interval(const struct pl_target *t, double scale,
    double approx);
/* The interval multiplied by f > 0. */
struct pl_interval pl_interval_scale(struct pl_interval i, double f);
/* Whether some value lies in both. */
bool pl_interval_meets(struct pl_interval a, struct pl_interval b);
/*
 * Whether a and b, which do not meet, are 10^3 or 10^6 apart (a unit
 * slip: nghìn for triệu): the ratio of the values they stand for (the
 * middle, or the one finite bound of "trên X") is within 10^k times
 * 1 +/- slack.  Returns the exponent (3 or 6) or 0.
 */
int pl_qty_slip(struct pl_interval a, struct pl_interval b, double slack);
/* v the Vietnamese way: "616.565,83", "8,596", "6.016"; in arena a. */
const char *pl_qty_format(struct pl_arena *a, double v);
/* A target's figure for messages: "> 6.220 căn", "145.000–175.000 tỷ
 * đồng", "hạng 5/34", "hạng ≤ 20"; in arena a. */
const char *pl_qty_show(struct pl_arena *a, const struct pl_target *t);

/* ---- The indicator registry (indicator.c) ---- */

enum pl_agg {
	PL_AGG_SUM,	/* amounts: a province's is the sum of its parts */
	PL_AGG_RATE,	/* percentages */
	PL_AGG_RANK,
	PL_AGG_AVERAGE,
};

enum pl_cascade {
	PL_CASCADE_FREE,	/* a lower level sets its own value */
	PL_CASCADE_EQUAL,	/* the same value at every level */
	PL_CASCADE_FLOOR,	/* the province's value is a minimum below it */
	PL_CASCADE_CEILING,	/* a maximum */
};

struct pl_plausible {
	enum pl_ufam	 fam;
	double		 min, max;	/* in the family's base unit */
};

struct pl_indicator {
	const char		*key;	/* "grdp", "income_month" */
	const char		*name[2];	/* by enum pl_lang */
	struct pl_re		**names;	/* any of them matches */
	size_t			 nnames;
	struct pl_re		**unless;	/* none of them may match */
	size_t			 nunless;
	unsigned		 fams;	/* 1 << enum pl_ufam allowed */
	enum pl_agg		 agg;
	enum pl_cascade		 cascade;
	bool			 lower_better;	/* direction: lower-is-better */
	struct pl_plausible	*plausible;
	size_t			 nplausible;
	/* convert: a value of this indicator times factor is a value of
	 * `to` (income per month x 12 = income per year). */
	const char		*to;
	double			 factor;
	const char		*file;
	int			 line;
};

struct pl_indicators {
	struct pl_indicator	*v;
	size_t			 n, cap;
	/* Name matching of indicators not in the registry. */
	const char		**fillers;	/* lowercased, longest first */
	size_t			 nfillers, capfillers;
	double			 threshold;	/* Dice coefficient, 0..1 */
	/* Within one plan, registry matches need names this alike too. */
	double			 within_plan;
};

/*
 * Builds the registry from every data block named "indicators" loaded so
 * far in rs (rules/indicators.yaml), in load order; patterns compile for
 * rule r (errors name it).  Everything lives in rs's arena.  Returns 0,
 * or -1 with err at the bad field's file:line:col (PL_E_RULE), or when
 * no block is loaded.
 */
int pl_indicators_build(struct pl_ruleset *rs, const struct pl_rule *r,
    struct pl_indicators **out, struct pl_err *err);
/* The entry with this key, or NULL. */
const struct pl_indicator *pl_indicators_get(const struct pl_indicators *reg,
    const char *key);

#define PL_IND_MAX 4

/*
 * The registry entries target t stands for, in out[0..PL_IND_MAX): the
 * first entry (in registry order) whose `names` match "<indicator>
 * <unit>", none of whose `unless` match, and whose unit families hold
 * t's unit.  A list of indices in one target ("Chỉ số PCI, Chỉ số DTI,
 * Chỉ số PII xếp hạng 05/34") gives one entry per item when each item
 * matches an entry that aggregates as a rank.  Returns the count (0: not in the
 * registry), or -1 when a pattern hit its match limit (ctx->err set).
 */
int pl_indicators_match(const struct pl_indicators *reg, struct pl_ctx *ctx,
    const struct pl_target *t, const struct pl_unit *u,
    const struct pl_indicator **out);

/*
 * The words of an indicator name for matching by name: lowercased with
 * diacritics kept, numbers, punctuation and the registry's filler words
 * removed, each word once, sorted; in arena a.  *n gets the count.
 */
const char **pl_indicator_words(const struct pl_indicators *reg,
    struct pl_arena *a, const char *name, size_t *n);
/* The Dice coefficient of two sorted word sets: 2|A∩B| / (|A| + |B|). */
double pl_indicator_similarity(const char **a, size_t na, const char **b,
    size_t nb);

/* ---- The target kind (kind_target.c, target_set.c, target_sum.c) ---- */

enum tg_check {
	TG_MISMATCH,
	TG_UNIT,
	TG_SUM,
	TG_CASCADE,
};

/* A target rule's prepared state. */
struct tg_state {
	enum tg_check			 check;
	const struct pl_indicators	*reg;	/* shared by the target rules */
	size_t				 nblocks;	/* its data blocks */
	enum pl_severity		 name_sev;	/* a match by name */
	const char			*by_name[2];	/* by language */
	double				 approx;	/* khoảng X: X +/- aX */
	double				 slack;	/* slips: 10^k (1 +/- s) */
	struct pl_rule			*alone;	/* unit: one figure */
};

/* A target of the checked set as the rules see it. */
struct tg_target {
	size_t				 doc;	/* index in ctx->docs */
	const struct pl_target		*t;
	struct pl_unit			 u;
	const struct pl_indicator	*keys[PL_IND_MAX];
	int				 nkeys;	/* 0: not in the registry */
	const char			**words;	/* its name's words */
	size_t				 nwords;
	struct pl_interval		 iv;	/* in the family's base unit */
	int				 year;	/* it is for; 0 unknown */
	int				 span;	/* years of a period total; 0 */
	size_t				 item;	/* same for one item */
	bool				 implausible;
	size_t				 found;	/* 1 + its finding, 0 */
};

/* A document of the checked set. */
struct tg_doc {
	size_t	first, n;	/* its targets in run.v */
	int	horizon;	/* the year its targets are for, else 0 */
	int	tier;		/* 1 province, 2 below one, 0 unknown */
};

/* One run of one target rule over the set; scratch lives in arena a. */
struct tg_run {
	const struct pl_rule	*r;
	const struct tg_state	*st;
	struct pl_ctx		*ctx;
	struct pl_arena		*a;
	struct tg_target	*v;
	size_t			 n, cap;
	struct tg_doc		*d;	/* by document */
};

/* How two targets are the same indicator. */
enum tg_how {
	TG_HOW_NONE,
	TG_HOW_REGISTRY,
	TG_HOW_NAME,
};

/* How two documents' places relate. */
enum tg_scope {
	TG_SC_NONE,
	TG_SC_SAME,	/* one plan, or two of the same level and locality */
	TG_SC_UP_DOWN,	/* the first is the province of the second */
	TG_SC_DOWN_UP,
};

/*
 * target_set.c: reads every target of ctx->docs into run->v (indicator,
 * unit, interval, year or period, item) and each document's horizon and
 * tier into run->d.  Returns 0, or -1 when a registry pattern hit its
 * match limit (ctx->err set).
 */
int tg_read(struct tg_run *run);
/* How the places of documents i and j relate (i == j: TG_SC_SAME). */
enum tg_scope tg_scope(const struct tg_run *run, size_t i, size_t j);
/* Whether document i comes after document j: a plan checked after one
 * read as context (--against), else by date when both have one, else by
 * the order given. */
bool tg_later(const struct tg_run *run, size_t i, size_t j);
/* The year a plan's targets are for, from its title ("nhiệm kỳ 2025 -
 * 2030", "đến năm 2030"; not a date, a symbol or a vision); 0 if none. */
int tg_title_horizon(const char *title);
/*
 * The year and span of target t in a plan of horizon hz: a total over a
 * period written in the item ("5 năm", "giai đoạn 2026 - 2030") has a
 * span; else the year written, or the end of the heading's period, or
 * hz.
 */
void tg_target_time(const struct pl_target *t, int hz, int *year, int *span);

/*
 * kind_target.c: reports target x under rule r (o the other target, a
 * related location, or NULL; e the indicator, or NULL for x's own name)
 * with {indicator}, {value}, {when}, {by_name}, {other_value}, {other}
 * and extra[0..nextra).  A match by name takes the rule's name_severity.
 * A second report on x only adds o as a related location of the first.
 */
void tg_report(struct tg_run *run, const struct pl_rule *r,
    struct tg_target *x, const struct tg_target *o,
    const struct pl_indicator *e, enum tg_how how,
    const struct pl_var *extra, size_t nextra);

/*
 * kind_target.c, the judgements of a pair that the target rules make
 * (and matrix.c shows): how targets a and b are the same indicator (*fa,
 * *fb scale their intervals to a common basis, a registry conversion; *e
 * the entry, NULL for a match by name); whether they are for the same
 * year or period; whether two targets of one plan may be compared at all
 * (two items the registry calls one indicator, names alike enough).
 */
enum tg_how tg_relate(const struct tg_run *run, const struct tg_target *a,
    const struct tg_target *b, double *fa, double *fb,
    const struct pl_indicator **e);
bool tg_same_time(const struct tg_target *a, const struct tg_target *b);
bool tg_same_plan_pair(const struct tg_run *run, const struct tg_target *a,
    const struct tg_target *b, enum tg_how how);

/* How the figures of a pair compare. */
enum tg_verdict {
	TG_V_MEET,	/* some value satisfies both */
	TG_V_DIFFER,	/* they cannot both hold: target.mismatch */
	TG_V_UNIT,	/* 10^3 / 10^6 apart, or one implausible: unit-suspect */
};

/* The verdict on a and b (intervals scaled by fa, fb); *slip gets the
 * exponent of a unit slip (3 or 6), else 0. */
enum tg_verdict tg_judge(const struct tg_run *run, const struct tg_target *a,
    double fa, const struct tg_target *b, double fb, int *slip);

/* target_sum.c: target.sum over the items of every document. */
void tg_check_sums(struct tg_run *run);

#endif /* PL_INDICATOR_H */
