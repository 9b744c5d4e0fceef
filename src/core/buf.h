/* Growable byte buffer for the pure-C core (no Zend). Every append checks its
 * allocation; a failed one sets `oom` and later appends are no-ops, so callers
 * check once at the end. */
#ifndef AMC_CORE_BUF_H
#define AMC_CORE_BUF_H

#include <stdbool.h>
#include <stddef.h>

/* Where a buffer's bytes come from: lets a caller (the PHP binding) have
 * the bytes grow in place inside its own string, saving a final copy.
 * resize(al, NULL, n) allocates; resize(al, p, 0) frees; NULL on failure.
 * `al` is passed back so a caller can keep its state next to it. */
typedef struct amc_alloc amc_alloc;
struct amc_alloc {
	void *(*resize)(amc_alloc *al, void *p, size_t n);
};

typedef struct {
	char *data;
	size_t len;
	size_t cap;
	bool oom;
	amc_alloc *al; /* NULL: malloc/realloc/free */
} amc_buf;

void amc_buf_init(amc_buf *b);
/* Same, with the bytes from `al` (kept across amc_buf_free). */
void amc_buf_init_alloc(amc_buf *b, amc_alloc *al);
void amc_buf_free(amc_buf *b);
bool amc_buf_reserve(amc_buf *b, size_t extra);
void amc_buf_append(amc_buf *b, const char *s, size_t n);
void amc_buf_append_char(amc_buf *b, char c);
void amc_buf_append_str(amc_buf *b, const char *s);
void amc_buf_truncate(amc_buf *b, size_t len);
/* Hands the bytes to the caller (NUL-terminated) and resets the buffer. */
char *amc_buf_detach(amc_buf *b, size_t *len);

#endif
