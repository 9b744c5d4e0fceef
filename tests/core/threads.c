/* Concurrent use of the C core (thread-safe PHP runs conversions on many
 * threads): THREADS threads wait at a barrier, so that the first use of the
 * converter's lookup tables happens on all of them at once, then each
 * converts every NAME.xhtml under DIR and compares with NAME.md byte for
 * byte (on libxml2 >= 2.14, ../libxml2-2.15/SET/NAME.md where it exists). The threads take the parser modes in turn (auto, fast path only,
 * libxml2 only), so both tree builders meet the tables first. Built with
 * -fsanitize=thread by scripts/build-converter-tools.sh: a data race fails
 * the run even where the outputs happen to match.
 * Usage: threads THREADS DIR ; exits non-zero on any difference. */
#include "../../src/core/converter.h"
#include "slurp.h"

#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>

#define MAX_PAGES 4096
#define MAX_THREADS 64

typedef struct {
	char *name, *xhtml, *md;
	size_t xl, ml;
} page;

static page pages[MAX_PAGES];
static int npages;
static pthread_barrier_t start;

typedef struct {
	int mode;
	int checked, declined, failed;
} worker;

static int cmp_pages(const void *a, const void *b)
{
	return strcmp(((const page *)a)->name, ((const page *)b)->name);
}

/* Reads every NAME.xhtml with its NAME.md; false when one cannot be read. */
static bool load(const char *dirname)
{
	DIR *dir = opendir(dirname);
	if (!dir) {
		fprintf(stderr, "cannot open %s\n", dirname);
		return false;
	}
	struct dirent *e;
	bool ok = true;
	while (ok && (e = readdir(dir))) {
		size_t l = strlen(e->d_name);
		if (l <= 6 || strcmp(e->d_name + l - 6, ".xhtml") != 0) {
			continue;
		}
		if (npages == MAX_PAGES) {
			fprintf(stderr, "more than %d pages in %s\n", MAX_PAGES, dirname);
			ok = false;
			break;
		}
		page *p = &pages[npages];
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", dirname, e->d_name);
		p->xhtml = slurp(path, &p->xl);
		expected_md(path, dirname, e->d_name);
		p->md = slurp(path, &p->ml);
		p->name = strdup(e->d_name);
		npages++;
		if (!p->xhtml || !p->md || !p->name) {
			fprintf(stderr, "cannot read %s/%s or its .md\n", dirname, e->d_name);
			ok = false;
		}
	}
	closedir(dir);
	qsort(pages, npages, sizeof(page), cmp_pages);
	return ok;
}

static void *run(void *arg)
{
	static const char *const modes[] = {"auto", "fast", "libxml"};
	worker *w = arg;
	int rc = pthread_barrier_wait(&start);
	if (rc != 0 && rc != PTHREAD_BARRIER_SERIAL_THREAD) {
		w->failed++;
		return NULL;
	}
	for (int i = 0; i < npages; i++) {
		const page *p = &pages[i];
		amc_buf out;
		amc_buf_init(&out);
		char err[256];
		rc = amc_convert_mode(p->xhtml, p->xl, w->mode, &out, err, sizeof(err));
		if (rc == AMC_CONV_DECLINED) {
			w->declined++;
		} else if (rc != AMC_CONV_OK) {
			printf("ERROR %s [%s]: %s\n", p->name, modes[w->mode], err);
			w->failed++;
		} else if (out.len != p->ml || (p->ml && memcmp(out.data, p->md, p->ml) != 0)) {
			printf("MISMATCH %s [%s]: want %zu bytes, got %zu\n", p->name, modes[w->mode], p->ml, out.len);
			w->failed++;
		} else {
			w->checked++;
		}
		amc_buf_free(&out);
	}
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc == 3 ? atoi(argv[1]) : 0;
	if (n < 2 || n > MAX_THREADS) {
		fprintf(stderr, "usage: threads THREADS(2..%d) DIR\n", MAX_THREADS);
		return 2;
	}
	if (!load(argv[2]) || npages == 0) {
		fprintf(stderr, "no pages loaded from %s\n", argv[2]);
		return 2;
	}
	/* libxml2's own one-time setup is not the core's to make thread-safe:
	 * PHP's libxml extension runs it at startup, and so does this. */
	xmlInitParser();
	if (pthread_barrier_init(&start, NULL, (unsigned)n) != 0) {
		perror("pthread_barrier_init");
		return 2;
	}
	pthread_t tid[MAX_THREADS];
	worker w[MAX_THREADS];
	for (int i = 0; i < n; i++) {
		w[i] = (worker){.mode = i % 3};
		if (pthread_create(&tid[i], NULL, run, &w[i]) != 0) {
			perror("pthread_create");
			return 2; /* the others wait at the barrier forever: exit ends them */
		}
	}
	int checked = 0, declined = 0, failed = 0;
	for (int i = 0; i < n; i++) {
		if (pthread_join(tid[i], NULL) != 0) {
			perror("pthread_join");
			return 2;
		}
		checked += w[i].checked;
		declined += w[i].declined;
		failed += w[i].failed;
	}
	pthread_barrier_destroy(&start);
	for (int i = 0; i < npages; i++) {
		free(pages[i].name);
		free(pages[i].xhtml);
		free(pages[i].md);
	}
	printf("threads: %d threads x %d pages: %d matched, %d declined by the fast path, %d failed\n", n, npages,
		checked, declined, failed);
	return failed == 0 && checked > 0 ? 0 : 1;
}
