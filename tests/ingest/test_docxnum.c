/*
 * test_docxnum.c: list labels of a .docx rendered as Word shows them
 * (docxnum.c): formats, level text, counters, restarts, overrides, style
 * numbering, bullets.  Each case is numbering.xml + styles.xml + a body,
 * and the lines expected.
 */
#include "docxtest.h"

/* A paragraph in list `id` at level `lvl`; one styled; one plain. */
#define NP(id, lvl, t)							\
	"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" #lvl "\"/><w:numId w:val=\"" \
	#id "\"/></w:numPr></w:pPr><w:r><w:t>" t "</w:t></w:r></w:p>"
#define SP(style, t)							\
	"<w:p><w:pPr><w:pStyle w:val=\"" style "\"/></w:pPr><w:r><w:t>" t \
	"</w:t></w:r></w:p>"
#define PP(t) "<w:p><w:r><w:t>" t "</w:t></w:r></w:p>"
/* A level: format and level text; LVLX adds raw properties. */
#define LVLX(i, fmt, text, x)						\
	"<w:lvl w:ilvl=\"" #i "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" \
	fmt "\"/>" x "<w:lvlText w:val=\"" text "\"/></w:lvl>"
#define LVL(i, fmt, text) LVLX(i, fmt, text, "")
#define ABS(id, lvls)							\
	"<w:abstractNum w:abstractNumId=\"" #id "\">" lvls "</w:abstractNum>"
#define NUM(id, abs)							\
	"<w:num w:numId=\"" #id "\"><w:abstractNumId w:val=\"" #abs	\
	"\"/></w:num>"
#define NUMX(id, abs, x)						\
	"<w:num w:numId=\"" #id "\"><w:abstractNumId w:val=\"" #abs	\
	"\"/>" x "</w:num>"
#define RESTART(lvl, v)							\
	"<w:lvlOverride w:ilvl=\"" #lvl "\"><w:startOverride w:val=\"" #v \
	"\"/></w:lvlOverride>"

/* A plan's usual outline: "I.", "1.", "a)". */
#define OUTLINE ABS(1, LVL(0, "upperRoman", "%1.") LVL(1, "decimal", "%2.") \
	LVL(2, "lowerLetter", "%3)")) NUM(1, 1)

struct numcase {
	const char	*name;
	const char	*numbering;
	const char	*styles;
	const char	*body;
	const char	*want;	/* the lines, joined by "\n" */
};

static const struct numcase cases[] = {
	{ "outline levels and restarts", OUTLINE, NULL,
	    NP(1, 0, "MỤC TIÊU") NP(1, 1, "Mục tiêu chung") NP(1, 2, "điểm")
	    NP(1, 2, "điểm") NP(1, 1, "Chỉ tiêu") NP(1, 2, "điểm")
	    NP(1, 0, "NHIỆM VỤ") NP(1, 1, "Nhiệm vụ"),
	    "I. MỤC TIÊU\n1. Mục tiêu chung\na) điểm\nb) điểm\n2. Chỉ tiêu\n"
	    "a) điểm\nII. NHIỆM VỤ\n1. Nhiệm vụ" },
	{ "plain paragraphs do not count", OUTLINE, NULL,
	    NP(1, 1, "một") PP("văn bản") NP(1, 1, "hai"),
	    "1. một\nvăn bản\n2. hai" },
	{ "multi-level text", ABS(1, LVL(0, "decimal", "%1.")
	    LVL(1, "decimal", "%1.%2.") LVL(2, "decimal", "%1.%2.%3"))
	    NUM(1, 1), NULL,
	    NP(1, 0, "a") NP(1, 1, "b") NP(1, 1, "c") NP(1, 2, "d")
	    NP(1, 0, "e") NP(1, 1, "f"),
	    "1. a\n1.1. b\n1.2. c\n1.2.1 d\n2. e\n2.1. f" },
	{ "a level used before its parent counts from start",
	    ABS(1, LVL(0, "decimal", "%1.") LVL(1, "decimal", "%1.%2."))
	    NUM(1, 1), NULL, NP(1, 1, "x"), "1.1. x" },
	{ "start value and roman", ABS(1, "<w:lvl w:ilvl=\"0\"><w:start "
	    "w:val=\"4\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText "
	    "w:val=\"%1-\"/></w:lvl>") NUM(1, 1), NULL,
	    NP(1, 0, "a") NP(1, 0, "b") NP(1, 0, "c") NP(1, 0, "d")
	    NP(1, 0, "e") NP(1, 0, "f"),
	    "IV- a\nV- b\nVI- c\nVII- d\nVIII- e\nIX- f" },
	{ "lower roman, upper letter, decimalZero", ABS(1,
	    LVL(0, "lowerRoman", "(%1)") LVL(1, "upperLetter", "%2.")
	    LVL(2, "decimalZero", "%3.")) NUM(1, 1), NULL,
	    NP(1, 0, "a") NP(1, 1, "b") NP(1, 1, "c") NP(1, 2, "d")
	    NP(1, 0, "e"),
	    "(i) a\nA. b\nB. c\n01. d\n(ii) e" },
	{ "letters past z repeat", ABS(1, "<w:lvl w:ilvl=\"0\"><w:start "
	    "w:val=\"26\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText "
	    "w:val=\"%1)\"/></w:lvl>") NUM(1, 1), NULL,
	    NP(1, 0, "z") NP(1, 0, "aa") NP(1, 0, "bb"),
	    "z) z\naa) aa\nbb) bb" },
	{ "bullets as a plan shows them", ABS(1,
	    LVL(0, "bullet", "\xEF\x82\xB7") LVL(1, "bullet", "o")
	    LVL(2, "bullet", "-") LVL(3, "bullet", "+")
	    LVL(4, "bullet", "\xE2\x80\xA2")) NUM(1, 1), NULL,
	    NP(1, 0, "symbol") NP(1, 1, "courier") NP(1, 2, "dash")
	    NP(1, 3, "plus") NP(1, 4, "dot"),
	    "- symbol\n- courier\n- dash\n+ plus\n- dot" },
	{ "suffix nothing and space", ABS(1,
	    LVLX(0, "decimal", "%1.", "<w:suff w:val=\"nothing\"/>")
	    LVLX(1, "decimal", "(%2)", "<w:suff w:val=\"space\"/>"))
	    NUM(1, 1), NULL, NP(1, 0, "Một") NP(1, 1, "hai"),
	    "1.Một\n(1) hai" },
	{ "legal numbering shows parents as decimal", ABS(1,
	    LVL(0, "upperRoman", "%1.")
	    LVLX(1, "decimal", "%1.%2.", "<w:isLgl/>")) NUM(1, 1), NULL,
	    NP(1, 0, "a") NP(1, 0, "b") NP(1, 1, "c"),
	    "I. a\nII. b\n2.1. c" },
	{ "lvlRestart 0: never restarts", ABS(1, LVL(0, "decimal", "%1.")
	    LVLX(1, "lowerLetter", "%2)", "<w:lvlRestart w:val=\"0\"/>"))
	    NUM(1, 1), NULL,
	    NP(1, 1, "a") NP(1, 0, "one") NP(1, 1, "b") NP(1, 0, "two")
	    NP(1, 1, "c"),
	    "a) a\n1. one\nb) b\n2. two\nc) c" },
	{ "instances of one list share counters; a startOverride restarts",
	    ABS(1, LVL(0, "decimal", "%1.")) NUM(1, 1) NUM(2, 1)
	    NUMX(3, 1, RESTART(0, 1)) NUMX(4, 1, RESTART(0, 10)), NULL,
	    NP(1, 0, "a") NP(1, 0, "b") NP(2, 0, "c") NP(3, 0, "d")
	    NP(3, 0, "e") NP(4, 0, "f"),
	    "1. a\n2. b\n3. c\n1. d\n2. e\n10. f" },
	{ "two abstract lists count apart",
	    ABS(1, LVL(0, "decimal", "%1.")) ABS(2, LVL(0, "decimal", "%1)"))
	    NUM(1, 1) NUM(2, 2), NULL,
	    NP(1, 0, "a") NP(2, 0, "b") NP(1, 0, "c") NP(2, 0, "d"),
	    "1. a\n1) b\n2. c\n2) d" },
	{ "level override replaces the level", ABS(1,
	    LVL(0, "decimal", "%1.")) NUMX(2, 1, "<w:lvlOverride "
	    "w:ilvl=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
	    "<w:numFmt w:val=\"upperLetter\"/><w:lvlText w:val=\"%1/\"/>"
	    "</w:lvl></w:lvlOverride>"), NULL, NP(2, 0, "a") NP(2, 0, "b"),
	    "A/ a\nB/ b" },
	{ "unknown list, numId 0, empty level text: no label",
	    ABS(1, LVL(0, "decimal", "") LVL(1, "none", "%2"))
	    NUM(1, 1), NULL,
	    NP(9, 0, "unknown") NP(0, 0, "zero") NP(1, 0, "empty")
	    NP(1, 1, "none"),
	    "unknown\nzero\nempty\nnone" },
	{ "heading styles number through the list levels they name",
	    ABS(1, LVLX(0, "upperRoman", "%1.", "<w:pStyle w:val=\"H1\"/>")
	    LVLX(1, "decimal", "%2.", "<w:pStyle w:val=\"H2\"/>")) NUM(5, 1),
	    "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:pPr><w:numPr>"
	    "<w:numId w:val=\"5\"/></w:numPr></w:pPr></w:style>"
	    "<w:style w:type=\"paragraph\" w:styleId=\"H2\"><w:basedOn "
	    "w:val=\"H1\"/></w:style>"
	    "<w:style w:type=\"paragraph\" w:styleId=\"Mine\"><w:basedOn "
	    "w:val=\"H2\"/></w:style>",
	    SP("H1", "MỤC TIÊU") SP("H2", "Chung") SP("Mine", "Riêng")
	    SP("H1", "NHIỆM VỤ") SP("H2", "Một")
	    "<w:p><w:pPr><w:pStyle w:val=\"H2\"/><w:numPr><w:numId "
	    "w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Bỏ số</w:t></w:r></w:p>",
	    "I. MỤC TIÊU\n1. Chung\n2. Riêng\nII. NHIỆM VỤ\n1. Một\nBỏ số" },
	{ "style with numId and ilvl; the default paragraph style",
	    ABS(1, LVL(0, "decimal", "%1.") LVL(1, "lowerLetter", "%2)"))
	    NUM(1, 1),
	    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"N\">"
	    "</w:style><w:style w:type=\"paragraph\" w:styleId=\"L2\"><w:pPr>"
	    "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>"
	    "</w:pPr></w:style>",
	    NP(1, 0, "a") SP("L2", "b") PP("plain"),
	    "1. a\na) b\nplain" },
	{ "numStyleLink: the list is defined by a numbering style",
	    ABS(6, LVL(0, "upperLetter", "%1.")) ABS(7,
	    "<w:numStyleLink w:val=\"LS\"/>") NUM(8, 6) NUM(9, 7),
	    "<w:style w:type=\"numbering\" w:styleId=\"LS\"><w:pPr><w:numPr>"
	    "<w:numId w:val=\"8\"/></w:numPr></w:pPr></w:style>",
	    NP(9, 0, "a") NP(9, 0, "b"),
	    "A. a\nB. b" },
	{ "no numbering part at all", NULL, NULL, NP(1, 0, "a"), "a" },
};

Test(docxnum, cases)
{
	for (size_t k = 0; k < PL_NELEM(cases); k++) {
		const struct numcase *c = &cases[k];
		struct pl_doc *doc = docx_doc(c->body, c->numbering, c->styles);
		struct pl_buf got = { 0 };

		for (size_t i = 0; i < doc->text.n; i++)
			pl_buf_printf(&got, "%s%s", i > 0 ? "\n" : "",
			    doc->text.lines[i].s);
		cr_expect_str_eq(got.s, c->want, "%s", c->name);
		pl_buf_free(&got);
		pl_doc_free(doc);
	}
}

/* The module alone: a NULL numbering and styles never label. */
Test(docxnum, empty)
{
	struct pl_arena *a = pl_arena_new();
	struct pl_docxnum *dn = pl_docxnum_new(a, NULL, NULL);

	cr_expect_null(pl_docxnum_label(dn, NULL, 1, 0));
	cr_expect_null(pl_docxnum_label(dn, "Heading1", -1, -1));
	pl_arena_free(a);
}
