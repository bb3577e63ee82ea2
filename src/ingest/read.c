/*
 * read.c: bytes -> NFC UTF-8 lines.  Accepts UTF-8 with or without a BOM
 * and UTF-16LE/BE with a BOM; LF, CRLF and lone CR end lines.  Refuses,
 * with the file, line, column and byte offset, what would otherwise be
 * silently misread: NUL bytes, invalid UTF-8, legacy 8-bit encodings.
 */
#include <string.h>

#include "ingest_int.h"

#define MAX_LINE (1024 * 1024)

/* Position (line, column in code points) of byte `off` in s. */
static void
locate(const char *s, size_t off, int *line, int *col)
{
	size_t start = 0;

	*line = 1;
	for (size_t i = 0; i < off; i++)
		if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= off ||
		    s[i + 1] != '\n'))) {
			(*line)++;
			start = i + 1;
		}
	*col = (int)pl_utf8_count(s + start, off - start) + 1;
}

/* UTF-16 (after the BOM) to UTF-8 in b; -1 with err on bad data. */
static int
from_utf16(const char *path, const unsigned char *s, size_t n, bool be,
    struct pl_buf *b, struct pl_err *err)
{
	size_t i;
	int32_t cp;
	unsigned u, lo;
	char enc[4];

	if (n % 2 != 0) {
		pl_err_set(err, PL_E_UTF16, path, 0, 0, "%zu byte", n + 2);
		err->offset = (long)n + 1;
		return -1;
	}
	for (i = 0; i < n; i += 2) {
		u = be ? (unsigned)(s[i] << 8 | s[i + 1]) :
		    (unsigned)(s[i + 1] << 8 | s[i]);
		if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
			lo = be ? (unsigned)(s[i + 2] << 8 | s[i + 3]) :
			    (unsigned)(s[i + 3] << 8 | s[i + 2]);
			if (lo < 0xDC00 || lo > 0xDFFF)
				goto bad;
			cp = (int32_t)(0x10000 + ((u - 0xD800) << 10) +
			    (lo - 0xDC00));
			i += 2;
		} else if (u >= 0xD800 && u <= 0xDFFF) {
			goto bad;
		} else if (u == 0) {
			pl_err_set(err, PL_E_NUL, path, 0, 0, NULL);
			err->offset = (long)i + 2;
			return -1;
		} else
			cp = (int32_t)u;
		pl_buf_add(b, enc, (size_t)pl_utf8_encode(cp, enc));
	}
	return 0;
bad:
	pl_err_set(err, PL_E_UTF16, path, 0, 0, "U+%04X", u);
	err->offset = (long)i + 2;
	return -1;
}

/*
 * Text in TCVN3 (ABC) or VNI puts Vietnamese letters in single high bytes
 * between ASCII letters, which is almost never valid UTF-8.  Called on
 * invalid UTF-8: true when most high bytes are lone (no valid sequence).
 */
static bool
looks_legacy(const char *s, size_t n)
{
	size_t high = 0, lone = 0, i = 0;
	int32_t cp;
	int len;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		high++;
		if ((len = pl_utf8_decode(s + i, n - i, &cp)) == 0) {
			lone++;
			i++;
		} else
			i += (size_t)len;
	}
	return high >= 8 && lone * 10 >= high * 8;
}

/*
 * Valid UTF-8 that was once legacy text decoded as Windows-1252/Latin-1:
 * Vietnamese words come out with ¸ µ ¶ · ¹ ¬ ­ ® ¯ etc., which real
 * Vietnamese never uses, and without the Vietnamese letters of U+1EA0-.
 */
static bool
looks_mojibake(const char *s, size_t n)
{
	size_t odd = 0, viet = 0, i = 0;
	int32_t cp;
	int len;

	while (i < n) {
		if ((len = pl_utf8_decode(s + i, n - i, &cp)) == 0) {
			i++;
			continue;
		}
		i += (size_t)len;
		if ((cp >= 0x1EA0 && cp <= 0x1EF9) || cp == 0x0111 ||
		    cp == 0x0110 || cp == 0x01A1 || cp == 0x01B0)
			viet++;
		else if ((cp >= 0xA1 && cp <= 0xBF && cp != 0xAB &&
		    cp != 0xBB && cp != 0xB0 && cp != 0xB2 && cp != 0xB3 &&
		    cp != 0xB9 && cp != 0xA9 && cp != 0xAE) || cp == 0xF7)
			odd++;
	}
	return odd >= 20 && odd > viet * 4;
}

static void
add_line(struct pl_doc *doc, const char *s, size_t n, int orig)
{
	struct pl_line *l = pl_doc_add_line(doc);
	char *nfc = pl_utf8_nfc(doc->arena, s, n);
	size_t len;

	l->s = pl_markup_strip(doc->arena, nfc, strlen(nfc), &len);
	l->len = len;
	l->orig = orig;
}

int
pl_read_decode(struct pl_doc *doc, const char *bytes, size_t n,
    bool lenient, struct pl_err *err)
{
	const unsigned char *u = (const unsigned char *)bytes;
	struct pl_buf conv = { 0 }, fixed = { 0 };
	const char *s = bytes;
	size_t i, start, bad = 0;
	int line, col, rc = -1, orig;
	int32_t cp;
	int len;

	if (n == 0)
		return pl_err_set(err, PL_E_EMPTY, doc->path, 0, 0, NULL);
	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
	    (u[0] == 0xFE && u[1] == 0xFF))) {
		if (from_utf16(doc->path, u + 2, n - 2, u[0] == 0xFE, &conv,
		    err) == -1)
			goto out;
		s = conv.s != NULL ? conv.s : "";
		n = conv.len;
	} else if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		s += 3;
		n -= 3;
	}

	/* Validate: NUL bytes and invalid UTF-8 are located exactly. */
	for (i = 0; i < n; ) {
		if (s[i] == '\0') {
			locate(s, i, &line, &col);
			pl_err_set(err, PL_E_NUL, doc->path, line, col, NULL);
			err->offset = (long)i;
			goto out;
		}
		if ((unsigned char)s[i] < 0x80) {
			pl_buf_addc(&fixed, s[i]);
			i++;
			continue;
		}
		if ((len = pl_utf8_decode(s + i, n - i, &cp)) > 0) {
			pl_buf_add(&fixed, s + i, (size_t)len);
			i += (size_t)len;
			continue;
		}
		if (looks_legacy(s, n)) {
			locate(s, i, &line, &col);
			pl_err_set(err, PL_E_LEGACY, doc->path, line, col, NULL);
			err->offset = (long)i;
			goto out;
		}
		if (!lenient) {
			locate(s, i, &line, &col);
			pl_err_set(err, PL_E_UTF8, doc->path, line, col,
			    "0x%02X", (unsigned char)s[i]);
			err->offset = (long)i;
			goto out;
		}
		if (bad++ == 0) {
			locate(s, i, &line, &col);
			pl_strlist_add(doc->arena, &doc->warnings,
			    pl_arena_printf(doc->arena, "%d:%d: 0x%02X -> U+FFFD",
			    line, col, (unsigned char)s[i]));
		}
		pl_buf_adds(&fixed, "\xEF\xBF\xBD");
		i++;
	}
	if (bad > 1)
		pl_strlist_add(doc->arena, &doc->warnings, pl_arena_printf(
		    doc->arena, "%zu byte -> U+FFFD", bad));
	s = fixed.s != NULL ? fixed.s : "";
	n = fixed.len;
	if (looks_mojibake(s, n)) {
		pl_err_set(err, PL_E_LEGACY, doc->path, 0, 0, NULL);
		goto out;
	}

	/* Split lines on LF, CRLF or lone CR; each keeps its number. */
	orig = 1;
	for (i = start = 0; i <= n; i++) {
		if (i < n && s[i] != '\n' && s[i] != '\r')
			continue;
		if (i - start > MAX_LINE) {
			pl_err_set(err, PL_E_LINE_TOO_LONG, doc->path, orig, 1,
			    "%zu > %d byte", i - start, MAX_LINE);
			err->offset = (long)start;
			goto out;
		}
		if (i < n || i > start)
			add_line(doc, s + start, i - start, orig);
		if (i < n && s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
			i++;
		orig++;
		start = i + 1;
	}
	rc = 0;
out:
	pl_buf_free(&conv);
	pl_buf_free(&fixed);
	return rc;
}
