#include "buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void amc_buf_init(amc_buf *b)
{
	amc_buf_init_alloc(b, NULL);
}

void amc_buf_init_alloc(amc_buf *b, amc_alloc *al)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->oom = false;
	b->al = al;
}

void amc_buf_free(amc_buf *b)
{
	if (b->al) {
		if (b->data) {
			b->al->resize(b->al, b->data, 0);
		}
	} else {
		free(b->data);
	}
	amc_buf_init_alloc(b, b->al);
}

bool amc_buf_reserve(amc_buf *b, size_t extra)
{
	if (b->oom) {
		return false;
	}
	if (extra > SIZE_MAX - b->len - 1) {
		b->oom = true;
		return false;
	}
	size_t need = b->len + extra + 1; /* room for a terminating NUL */
	if (need <= b->cap) {
		return true;
	}
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need) {
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	}
	char *p = b->al ? b->al->resize(b->al, b->data, cap) : realloc(b->data, cap);
	if (!p) {
		b->oom = true;
		return false;
	}
	b->data = p;
	b->cap = cap;
	return true;
}

void amc_buf_append(amc_buf *b, const char *s, size_t n)
{
	if (n == 0 || !amc_buf_reserve(b, n)) {
		return;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
}

void amc_buf_append_char(amc_buf *b, char c)
{
	if (!amc_buf_reserve(b, 1)) {
		return;
	}
	b->data[b->len++] = c;
}

void amc_buf_append_str(amc_buf *b, const char *s)
{
	amc_buf_append(b, s, strlen(s));
}

void amc_buf_truncate(amc_buf *b, size_t len)
{
	if (len < b->len) {
		b->len = len;
	}
}

char *amc_buf_detach(amc_buf *b, size_t *len)
{
	if (!amc_buf_reserve(b, 0)) {
		amc_buf_free(b);
		*len = 0;
		return NULL;
	}
	char *p = b->data;
	p[b->len] = '\0';
	*len = b->len;
	amc_buf_init_alloc(b, b->al);
	return p;
}
