/*
 * base.h: the bottom layer of planlint: allocation, arenas, growable
 * buffers, tool errors, UTF-8 and string helpers.  Depends on libc and
 * utf8proc only.  Nothing here prints or exits, except the allocation
 * wrappers, which abort on out-of-memory so that no caller checks NULL.
 */
#ifndef PL_BASE_H
#define PL_BASE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PL_NELEM(a) (sizeof(a) / sizeof((a)[0]))

#if defined(__GNUC__)
#define PL_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define PL_PRINTF(f, a)
#endif

/* ---- Allocation (xalloc.c): abort with one line on out-of-memory. ---- */

void *pl_xmalloc(size_t n);
void *pl_xcalloc(size_t n, size_t size);
void *pl_xrealloc(void *p, size_t n);
char *pl_xstrdup(const char *s);
char *pl_xstrndup(const char *s, size_t n);

/* ---- Arenas (arena.c): one per document and one per rule set. ---- */

struct pl_arena;

struct pl_arena *pl_arena_new(void);
/* Frees every block handed out by the arena, then the arena itself. */
void pl_arena_free(struct pl_arena *a);
/* Zeroed memory aligned for any type; lives until pl_arena_free. */
void *pl_arena_alloc(struct pl_arena *a, size_t n);
char *pl_arena_strdup(struct pl_arena *a, const char *s);
char *pl_arena_strndup(struct pl_arena *a, const char *s, size_t n);
char *pl_arena_printf(struct pl_arena *a, const char *fmt, ...) PL_PRINTF(2, 3);

/*
 * Growable arrays in an arena: *v points to *n elements of size `size`.
 * Returns a pointer to a new zeroed element at the end.  Capacity is kept
 * in *cap; old storage is abandoned to the arena (at most doubling waste).
 */
void *pl_vec_push(struct pl_arena *a, void *v, size_t *n, size_t *cap,
    size_t size);

/* ---- Buffers (buf.c): heap strings that grow. ---- */

struct pl_buf {
	char	*s;	/* NUL-terminated when len > 0 or after any add */
	size_t	 len;
	size_t	 cap;
};

void pl_buf_add(struct pl_buf *b, const char *s, size_t n);
void pl_buf_adds(struct pl_buf *b, const char *s);
void pl_buf_addc(struct pl_buf *b, char c);
void pl_buf_printf(struct pl_buf *b, const char *fmt, ...) PL_PRINTF(2, 3);
void pl_buf_vprintf(struct pl_buf *b, const char *fmt, va_list ap);
void pl_buf_reset(struct pl_buf *b);
void pl_buf_free(struct pl_buf *b);
/* Returns the string (never NULL), leaving the buffer empty. */
char *pl_buf_take(struct pl_buf *b);

/* ---- Tool errors (err.c, err.def): one catalogue, VI and EN. ---- */

enum pl_errcode {
#define PL_ERR(code, id, vi, en) code,
#include "err.def"
#undef PL_ERR
	PL_E__COUNT
};

enum pl_lang { PL_LANG_VI, PL_LANG_EN };

struct pl_err {
	enum pl_errcode	 code;
	char		 file[512];
	int		 line;	 /* 1-based, 0 when unknown */
	int		 col;	 /* 1-based, 0 when unknown */
	long		 offset; /* byte offset in the file, -1 when unknown */
	char		 detail[512];
};

/* Fills err (when non-NULL) and returns -1, so callers can `return pl_err_set(..)`. */
int pl_err_set(struct pl_err *err, enum pl_errcode code, const char *file,
    int line, int col, const char *fmt, ...) PL_PRINTF(6, 7);
const char *pl_err_id(enum pl_errcode code);
const char *pl_err_text(enum pl_errcode code, enum pl_lang lang);

/* ---- UTF-8 (utf8.c) ---- */

/*
 * Decodes one code point at s (n bytes available).  Returns its length in
 * bytes (1-4) and stores it in *cp, or 0 when the sequence is invalid.
 */
int pl_utf8_decode(const char *s, size_t n, int32_t *cp);
int pl_utf8_encode(int32_t cp, char out[4]);
/* Number of code points in s[0..n). */
size_t pl_utf8_count(const char *s, size_t n);
/* NFC form of s[0..n), allocated in the arena. */
char *pl_utf8_nfc(struct pl_arena *a, const char *s, size_t n);
/*
 * Lowercases s[0..n) into out (n+1 bytes), keeping diacritics and every
 * byte offset: a letter whose lowercase form has another UTF-8 length is
 * left as it is.  Lets callers search a folded copy and cut the original.
 */
void pl_utf8_lower(const char *s, size_t n, char *out);
/* Lowercase, diacritics removed, đ -> d: for fuzzy comparisons only. */
char *pl_utf8_fold_ascii(struct pl_arena *a, const char *s, size_t n);
bool pl_utf8_is_upper_at(const char *s, size_t n);
bool pl_utf8_is_alpha_at(const char *s, size_t n);

/* ---- Strings (str.c) ---- */

bool pl_is_space(unsigned char c);
/* Trims ASCII space and U+00A0 on both sides; returns the new start. */
const char *pl_trim(const char *s, size_t n, size_t *outlen);
char *pl_arena_trimdup(struct pl_arena *a, const char *s, size_t n);
bool pl_starts_with(const char *s, const char *prefix);
/* Case-insensitive (Vietnamese-aware) prefix and substring tests. */
bool pl_istarts_with(const char *s, const char *prefix);
const char *pl_istrstr(const char *hay, const char *needle);
/* Collapses runs of white space to one space and trims; in the arena. */
char *pl_squash_space(struct pl_arena *a, const char *s, size_t n);

/* ---- Running a program (spawn.c) ---- */

enum pl_spawn_step {
	PL_SPAWN_OK,
	PL_SPAWN_PIPE,	/* pipe2 failed */
	PL_SPAWN_FORK,	/* fork failed */
	PL_SPAWN_EXEC,	/* the program could not be run (errno: execvp's) */
	PL_SPAWN_READ	/* EFBIG, ETIMEDOUT, or poll failed; child killed */
};

struct pl_spawn {
	size_t			 out_max;	/* more stdout fails: EFBIG */
	size_t			 err_max;	/* stderr kept once past this */
	int			 timeout_ms;	/* 0: none; else ETIMEDOUT */
	struct pl_buf		 out;		/* stdout, appended */
	struct pl_buf		 err;		/* the start of stderr, appended */
	enum pl_spawn_step	 failed;	/* on -1, the step that failed */
};

/*
 * Runs argv[0] (looked up in PATH) with argv, without a shell: stdin is
 * /dev/null, stdout and stderr are appended to sp->out and sp->err.
 * Returns the child's wait status (for WIFEXITED and the like), or -1
 * with errno and sp->failed set.  The caller frees sp->out and sp->err.
 */
int pl_spawn_run(char *const argv[], struct pl_spawn *sp);

#endif /* PL_BASE_H */
