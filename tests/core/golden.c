/* Standalone golden check of the C core (no Zend): converts every NAME.xhtml
 * under the given directories and compares with NAME.md byte for byte, in
 * each mode (auto, libxml2 only, and fast path where it accepts).
 * Built against libxml2 >= 2.14 (an HTML5 tokenizer in its HTML parser),
 * PARENT/libxml2-2.15/SET/NAME.md replaces DIR/NAME.md where it exists
 * (DIR = PARENT/SET): upstream's own output on that libxml2.
 * Usage: golden DIR... ; exits non-zero on the first difference. */
#include "../../src/core/converter.h"
#include "slurp.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/xmlversion.h>

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void show_diff(const char *name, const char *mode, const char *want, size_t wl, const char *got, size_t gl)
{
	size_t i = 0;
	while (i < wl && i < gl && want[i] == got[i]) {
		i++;
	}
	size_t from = i > 80 ? i - 80 : 0;
	printf("MISMATCH %s [%s] at byte %zu (want %zu bytes, got %zu)\n", name, mode, i, wl, gl);
	printf("--- want: %.*s\n", (int)((wl - from) < 200 ? wl - from : 200), want + from);
	printf("+++ got:  %.*s\n", (int)((gl - from) < 200 ? gl - from : 200), got + from);
}

int main(int argc, char **argv)
{
	int total = 0, ok = 0, fast = 0, quiet_all = getenv("GOLDEN_ALL") != NULL;
	xmlInitParser();
	for (int d = 1; d < argc; d++) {
		DIR *dir = opendir(argv[d]);
		if (!dir) {
			fprintf(stderr, "cannot open %s\n", argv[d]);
			return 2;
		}
		char *names[4096];
		int nn = 0;
		struct dirent *e;
		while ((e = readdir(dir)) && nn < 4096) {
			size_t l = strlen(e->d_name);
			if (l > 6 && strcmp(e->d_name + l - 6, ".xhtml") == 0) {
				names[nn++] = strdup(e->d_name);
			}
		}
		closedir(dir);
		qsort(names, nn, sizeof(char *), cmp_names);
		for (int k = 0; k < nn; k++) {
			char path[4096];
			size_t xl, ml;
			snprintf(path, sizeof(path), "%s/%s", argv[d], names[k]);
			char *x = slurp(path, &xl);
			expected_md(path, argv[d], names[k]);
			char *m = slurp(path, &ml);
			if (!x || !m) {
				fprintf(stderr, "cannot read %s\n", path);
				return 2;
			}
			total++;
			int good = 1;
			static const char *const modes[] = {"auto", "fast", "libxml"};
			for (int mode = 0; mode < 3; mode++) {
				amc_buf out;
				amc_buf_init(&out);
				char err[256];
				int rc = amc_convert_mode(x, xl, mode, &out, err, sizeof(err));
				if (rc == AMC_CONV_DECLINED) {
					continue;
				}
				if (mode == 1) {
					fast++;
				}
				if (rc != AMC_CONV_OK) {
					printf("ERROR %s [%s]: %s\n", names[k], modes[mode], err);
					good = 0;
				} else if (out.len != ml || (ml && memcmp(out.data, m, ml) != 0)) {
					show_diff(names[k], modes[mode], m, ml, out.data ? out.data : "", out.len);
					good = 0;
				}
				amc_buf_free(&out);
				if (!good) {
					break;
				}
			}
			ok += good;
			free(x);
			free(m);
			free(names[k]);
			if (!good && !quiet_all) {
				printf("golden: %d/%d matched before the first failure\n", ok, total);
				return 1;
			}
		}
	}
	printf("golden: %d/%d matched (fast path took %d)\n", ok, total, fast);
	return ok == total ? 0 : 1;
}
