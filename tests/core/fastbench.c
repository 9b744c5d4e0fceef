/* Fast-path profiling driver (no Zend): converts every NAME.xhtml of the
 * given directories the fast path accepts, ITER times, and prints the bytes
 * converted. Meant for callgrind, whose instruction counts stay repeatable
 * on a loaded machine: instructions per byte = Ir / bytes.
 * FASTBENCH_PROFILE=lossless renders in the lossless profile instead.
 * Usage: fastbench ITER DIR... */
#include "../../src/core/converter.h"
#include "slurp.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The measured part: callgrind --toggle-collect=fastbench_run counts only this. */
static amc_conv_opts opts;

__attribute__((noinline)) static void fastbench_run(int iter, char **docs, const size_t *lens, int nd, size_t *bytes, size_t *outb)
{
	for (int i = 0; i < iter; i++) {
		for (int k = 0; k < nd; k++) {
			amc_buf out;
			amc_buf_init(&out);
			amc_convert_opts(docs[k], lens[k], &opts, AMC_CONV_FAST_ONLY, &out, NULL, NULL, 0);
			*bytes += lens[k];
			*outb += out.len;
			amc_buf_free(&out);
		}
	}
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: fastbench ITER DIR...\n");
		return 2;
	}
	int iter = atoi(argv[1]);
	const char *profile = getenv("FASTBENCH_PROFILE");
	opts.profile = profile && strcmp(profile, "lossless") == 0 ? AMC_PROFILE_LOSSLESS : AMC_PROFILE_UPSTREAM;
	char *docs[4096];
	size_t lens[4096];
	int nd = 0;
	for (int d = 2; d < argc; d++) {
		DIR *dir = opendir(argv[d]);
		struct dirent *e;
		while (dir && (e = readdir(dir)) && nd < 4096) {
			size_t l = strlen(e->d_name);
			if (l <= 6 || strcmp(e->d_name + l - 6, ".xhtml") != 0) {
				continue;
			}
			char path[4096];
			snprintf(path, sizeof(path), "%s/%s", argv[d], e->d_name);
			char *x = slurp(path, &lens[nd]);
			amc_buf out;
			amc_buf_init(&out);
			if (x && amc_convert_mode(x, lens[nd], AMC_CONV_FAST_ONLY, &out, NULL, 0) == AMC_CONV_OK) {
				docs[nd++] = x;
			} else {
				free(x);
			}
			amc_buf_free(&out);
		}
		if (dir) {
			closedir(dir);
		}
	}
	size_t bytes = 0, outb = 0;
	fastbench_run(iter, docs, lens, nd, &bytes, &outb);
	printf("docs %d bytes %zu out %zu\n", nd, bytes, outb);
	for (int k = 0; k < nd; k++) {
		free(docs[k]);
	}
	return 0;
}
