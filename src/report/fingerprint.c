/*
 * fingerprint.c: stable fingerprints of findings for SARIF
 * partialFingerprints, GitLab Code Quality and baselines.  No line number
 * goes in, so text added above a task leaves its findings' prints alone.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* FNV-1a, 64 bits: small, fast and ample for the findings of a repository. */
#define FNV_OFFSET	UINT64_C(0xcbf29ce484222325)
#define FNV_PRIME	UINT64_C(0x100000001b3)

static uint64_t
mix(uint64_t h, const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)p[i];
		h *= FNV_PRIME;
	}
	return h;
}

/* Ends a field, so that "ab"+"c" and "a"+"bc" hash apart. */
static uint64_t
sep(uint64_t h)
{
	return mix(h, "\x1f", 1);
}

/* Length of a space at s: ASCII white space or U+00A0. */
static size_t
space_len(const char *s, size_t n)
{
	if (n >= 1 && pl_is_space((unsigned char)s[0]))
		return 1;
	if (n >= 2 && (unsigned char)s[0] == 0xC2 &&
	    (unsigned char)s[1] == 0xA0)
		return 2;
	return 0;
}

/*
 * Mixes in s lowercased, with each run of white space as one space and
 * none at either end: re-wrapping or re-casing a text keeps its print.
 */
static uint64_t
mix_norm(uint64_t h, const char *s)
{
	size_t n, i, k;
	bool space = false;
	char *low;

	if (s == NULL)
		return sep(h);
	s = pl_trim(s, strlen(s), &n);
	low = pl_xmalloc(n + 1);
	pl_utf8_lower(s, n, low);
	for (i = 0; i < n; ) {
		if ((k = space_len(low + i, n - i)) > 0) {
			space = true;
			i += k;
			continue;
		}
		if (space)
			h = mix(h, " ", 1);
		space = false;
		h = mix(h, low + i, 1);
		i++;
	}
	free(low);
	return sep(h);
}

static uint64_t
key(const struct pl_doc *doc, const struct pl_finding *f, const char *path)
{
	uint64_t h = FNV_OFFSET;
	const char *task = NULL;

	if (f->task >= 0 && (size_t)f->task < doc->ntasks)
		task = doc->tasks[f->task].text;
	h = sep(mix(h, "planlint/v1", strlen("planlint/v1")));
	h = sep(mix(h, f->rule, f->rule != NULL ? strlen(f->rule) : 0));
	h = sep(mix(h, path, strlen(path)));
	h = mix_norm(h, task);
	return mix_norm(h, f->quote);
}

void
pl_fingerprint_findings(const struct pl_doc *doc, const char *path,
    char (*fp)[PL_FINGERPRINT_LEN])
{
	uint64_t *keys;
	char num[24];

	if (doc->nfindings == 0)
		return;
	keys = pl_xcalloc(doc->nfindings, sizeof(*keys));
	for (size_t i = 0; i < doc->nfindings; i++) {
		size_t occ = 0;
		uint64_t h;

		keys[i] = key(doc, &doc->findings[i], path);
		/*
		 * Findings that agree on every field (two on one task with the
		 * same quote) are told apart by their order, which line shifts
		 * do not change.
		 */
		for (size_t j = 0; j < i; j++)
			if (keys[j] == keys[i])
				occ++;
		snprintf(num, sizeof(num), "%zu", occ);
		h = mix(keys[i], num, strlen(num));
		snprintf(fp[i], PL_FINGERPRINT_LEN, "%016" PRIx64, h);
	}
	free(keys);
}
