/* Whole-file read shared by the converter's standalone C tools. */
#ifndef AMC_TESTS_SLURP_H
#define AMC_TESTS_SLURP_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/xmlversion.h>

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

/* The expectation of DIR/NAME.xhtml on this libxml2: NAME.md's path, in
 * `path` (room for 4096 bytes). From 2.14 (HTML5 tokenizer) it is
 * PARENT/libxml2-2.15/SET/NAME.md where that exists. */
static inline void expected_md(char *path, const char *dir, const char *name)
{
	size_t nl = strlen(name) - 6; /* without ".xhtml" */
#if LIBXML_VERSION >= 21400
	const char *slash = strrchr(dir, '/');
	size_t pl = slash ? (size_t)(slash - dir) : 0;
	const char *set = slash ? slash + 1 : dir;
	snprintf(path, 4096, "%.*s%slibxml2-2.15/%s/%.*s.md", (int)pl, dir, slash ? "/" : "", set, (int)nl, name);
	FILE *f = fopen(path, "rb");
	if (f) {
		fclose(f);
		return;
	}
#endif
	snprintf(path, 4096, "%s/%.*s.md", dir, (int)nl, name);
}

#endif
