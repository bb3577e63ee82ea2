/*
 * registry.h: the registry of agency, Party-body and place names with
 * their validity dates and successors (rules/agencies.yaml, the data
 * block `agencies`), and a matcher that finds those names in text.
 * Included by rules/ files only.
 */
#ifndef PL_REGISTRY_H
#define PL_REGISTRY_H

#include "rules_int.h"

enum pl_reg_kind {
	PL_REG_STATE,		/* a State body: sở, bộ, UBND ... */
	PL_REG_PARTY,		/* a Party body: Tỉnh ủy, Ban ... */
	PL_REG_LOCALITY,	/* a place below the province */
	PL_REG_PROVINCE,	/* a province or centrally-run city */
};

struct pl_reg_entry {
	const char		*name;	/* canonical, as written in documents */
	enum pl_reg_kind	 kind;
	enum pl_level		 level;
	/* The province the entry lies in after 2025-07-01, and before it
	 * (NULL: the same, or a national body). */
	const char		*province;
	const char		*former_province;
	struct pl_strlist	 scope;	/* provinces it applies to; empty: all */
	struct pl_strlist	 aliases;	/* matched case-insensitively */
	struct pl_strlist	 abbrevs;	/* matched case-sensitively */
	struct pl_strlist	 successors;
	struct pl_date		 valid_from;	/* y == 0: open */
	struct pl_date		 valid_to;	/* last valid day; y == 0: open */
	const char		*basis;	/* legal basis; NULL */
	const char		*source;	/* where the fact was checked; NULL */
	const char		*note;
	bool			 verified;
	/* The name is still written for history ("tỉnh Kiên Giang (cũ)"):
	 * never obsolete by itself; its bodies ("UBND tỉnh Kiên Giang")
	 * are separate entries that are. */
	bool			 historic;
	const char		*file;
	int			 line;
	int			 col;
};

/* How a match relates to the registry form it matched. */
enum pl_reg_how {
	PL_REG_EXACT,	/* byte for byte */
	PL_REG_CASE,	/* only letter case differs */
	PL_REG_FOLD,	/* diacritics differ too ("Quản ly" for "Quản lý") */
	PL_REG_ABBR,	/* an abbreviation, matched case-sensitively */
};

struct pl_reg_match {
	const struct pl_reg_entry	*entry;
	size_t				 start;	/* byte range in the text */
	size_t				 end;
	const char			*form;	/* the registry form matched */
	enum pl_reg_how			 how;
	bool				 short_form;	/* "Công Thương" for "Sở Công Thương" */
};

struct pl_registry;

/*
 * Builds a registry from every data block named "agencies" loaded so far
 * in rs, in load order.  The registry and its strings live in rs->arena.
 * Returns 0, or -1 with err at the file:line:col of the bad field
 * (PL_E_RULE: unknown key, bad kind, level or date) or when rs has no
 * such block.
 */
int pl_registry_build(struct pl_ruleset *rs, struct pl_registry **out,
    struct pl_err *err);
/*
 * Loads a registry file on its own (a pack with `data: agencies:`), for
 * tools and tests.  Returns 0 and *out (free with pl_registry_free), or
 * -1 with err: PL_E_OPEN/PL_E_READ, PL_E_YAML with file:line:col for bad
 * YAML, PL_E_RULE for a bad entry.
 */
int pl_registry_load(const char *path, struct pl_registry **out,
    struct pl_err *err);
/* The same from bytes; `file` names them in errors. */
int pl_registry_load_bytes(const char *file, const char *bytes, size_t n,
    struct pl_registry **out, struct pl_err *err);
/* Frees a registry from pl_registry_load*; one from pl_registry_build
 * is freed with its rule set. */
void pl_registry_free(struct pl_registry *reg);

size_t pl_registry_count(const struct pl_registry *reg);
const struct pl_reg_entry *pl_registry_entry(const struct pl_registry *reg,
    size_t i);

/*
 * Finds registry names in s[0..n): leftmost-longest, non-overlapping,
 * whole words, case- and (as PL_REG_FOLD) diacritic-insensitive for names,
 * case-sensitive for abbreviations.  White space, commas and hyphens
 * between words are not significant; a tab, ';', ':', '/', a bracket or a
 * full stop ends a name.  Short forms ("Công Thương") are matched only
 * with_short.  Returns the number of matches; *out (in arena a) holds
 * them in text order.
 */
size_t pl_registry_scan(const struct pl_registry *reg, struct pl_arena *a,
    const char *s, size_t n, bool with_short, struct pl_reg_match **out);
/* The match covering the whole of s (trimmed), or false.  Short forms
 * are considered. */
bool pl_registry_lookup(const struct pl_registry *reg, struct pl_arena *a,
    const char *s, struct pl_reg_match *out);

/* The expansion of a known abbreviation (case-sensitive), or NULL. */
const char *pl_registry_abbrev(const struct pl_registry *reg,
    const char *abbr, size_t n);
/* Known abbreviations whose expansion equals full (case-insensitive,
 * commas and hyphens ignored), as a list in arena a. */
void pl_registry_abbrevs_of(const struct pl_registry *reg,
    struct pl_arena *a, const char *full, struct pl_strlist *out);

/* Whether e is valid on day d (d.y == 0: always true). */
bool pl_reg_valid_on(const struct pl_reg_entry *e, struct pl_date d);
/* Whether e applies in province p (NULL: unknown, only unscoped
 * entries apply). */
bool pl_reg_applies_in(const struct pl_reg_entry *e, const char *p);
/* The province e lies in on day d: the former province before
 * 2025-07-01 when it has one. */
const char *pl_reg_province_on(const struct pl_reg_entry *e,
    struct pl_date d);
/* The province named or containing the place named by s ("Kiên Giang",
 * "tỉnh Kiên Giang", "Phú Quốc") on day d, or NULL. */
const char *pl_registry_province_of(const struct pl_registry *reg,
    struct pl_arena *a, const char *s, struct pl_date d);

/* "state", "party", "locality", "province". */
const char *pl_reg_kind_name(enum pl_reg_kind k);

/*
 * Whether the place name matched at byte `at` of s names a unit or a body:
 * its form starts with such a word ("đặc khu Phú Quốc", "UBND tỉnh ..."),
 * or the word before it is one ("tỉnh Lạng Sơn", "thành phố Cần Thơ").
 * form may be NULL.
 */
bool pl_reg_marked(const char *s, size_t at, const char *form);

/* ---- The agency kind (kind_agency.c, kind_abbrev.c) ---- */

enum ag_check {
	AG_OBSOLETE,
	AG_VARIANT,
	AG_ABBREV,
	AG_LOCALITY,
};

/* What agency.obsolete does with an entry marked verified: false. */
enum ag_unverified {
	AG_U_INFO,	/* report it at info severity (the default) */
	AG_U_SKIP,	/* do not report it */
	AG_U_SAME,	/* report it at the rule's severity */
};

struct ag_state {
	const struct pl_registry	*reg;	/* shared by the agency rules */
	size_t				 nblocks;	/* data blocks it was built from */
	enum ag_check			 check;
	enum ag_unverified		 unverified;
	const char			*caveat[2];	/* {caveat}, by language */
	/* abbrev: the rule with params.legend_message and legend_hint as
	 * its texts, for a legend entry that defines the wrong abbreviation
	 * (same id and severity). */
	struct pl_rule			*legend;
};

/* Owner of each line (0-based) of doc: a task index, AG_PROSE for the
 * prose of a task (or organisation or appendix; with targets, targets)
 * section, AG_SKIP for lines not checked (header, citations, "Nơi nhận",
 * the abbreviation legend).
 * A document without sections or tasks is checked whole. */
#define AG_PROSE	(-1)
#define AG_SKIP		(-2)
int *ag_owners(const struct pl_doc *doc, struct pl_arena *a, bool targets);
/* Position of bytes [start, end) of line (0-based). */
struct pl_pos ag_pos(const struct pl_doc *doc, size_t line, size_t start,
    size_t end);
/* "01/03/2025", in a. */
const char *ag_date(struct pl_arena *a, struct pl_date d);
/* The document's province on day d (see kind_agency.c), or NULL. */
const char *ag_doc_province(const struct pl_registry *reg,
    const struct pl_doc *doc, struct pl_arena *a, struct pl_date d);
/* kind_abbrev.c: the "abbrev" check. */
void ag_check_abbrev(const struct pl_rule *r, const struct ag_state *st,
    struct pl_ctx *ctx, struct pl_arena *tmp);

/* ---- Internals shared by registry.c (loading) and regmatch.c ---- */

/* One name form, split into words: as written, lowercased, and folded
 * (lowercase without diacritics, đ -> d). */
struct pl_reg_form {
	const struct pl_reg_entry	*entry;
	const char			*text;
	const char			**raw;
	const char			**low;
	const char			**fold;
	const char			**tone;	/* tone moved to the end */
	bool				*punct;	/* a comma or hyphen before word i */
	size_t				 ntok;
	bool				 abbr;	/* match case-sensitively */
	bool				 short_form;
	bool				 proper;	/* keep initial capitals */
};

struct pl_reg_abbrev {
	const char	*abbr;
	const char	*full;
};

struct pl_fold_cp {
	int32_t	cp;
	int32_t	plain;	/* the letter without its tone: ầ -> â */
	char	base;	/* without any mark: ầ -> a */
	char	tone;	/* 0 none, 1 grave, 2 acute, 3 hook, 4 tilde, 5 dot */
};

struct pl_registry {
	struct pl_arena		*arena;
	struct pl_ruleset	*owned;	/* set by pl_registry_load* */
	struct pl_reg_entry	*entries;
	size_t			 nentries, capentries;
	struct pl_reg_abbrev	*abbrevs;	/* sorted by abbr */
	size_t			 nabbrevs, capabbrevs;
	struct pl_reg_form	*forms;	/* sorted by first folded word */
	size_t			 nforms, capforms;
	struct pl_fold_cp	*foldmap;	/* sorted by cp */
	size_t			 nfoldmap;
};

/* regmatch.c: builds the forms index once every entry is in. */
void pl_registry_index(struct pl_registry *reg);
/* Folds s[0..n) (lowercase first) to lowercase ASCII-like text in a. */
char *pl_reg_fold(const struct pl_registry *reg, struct pl_arena *a,
    const char *s, size_t n);

#endif /* PL_REGISTRY_H */
