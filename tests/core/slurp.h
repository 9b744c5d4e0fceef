/* Whole-file read shared by the converter's standalone C tools. */
#ifndef AMC_TESTS_SLURP_H
#define AMC_TESTS_SLURP_H

#include <stdio.h>
#include <stdlib.h>

/* The file's bytes (malloc'd, caller frees) and their count; NULL when it
 * cannot be opened or memory runs out. */
static inline char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		return NULL;
	}
	size_t cap = 1 << 16, n = 0, r;
	char *p = malloc(cap);
	while (p && (r = fread(p + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap) {
			char *q = realloc(p, cap *= 2);
			if (!q) {
				free(p);
			}
			p = q;
		}
	}
	fclose(f);
	*len = n;
	return p;
}

#endif
