/* Thread-safe PHP's threads against the extension: the embed SAPI starts PHP
 * with INI (which loads the extension), runs SETUP in the main thread's request
 * (it starts the loopback mock and returns its site API base), then THREADS
 * threads, released together by a barrier, each run SCRIPT in a request of
 * their own: conversions, vault crypto and HTTP walks at once. Built with
 * -fsanitize=thread by scripts/matrix/embed-threads.sh, so a data race in the
 * extension fails the run even where every thread's results are right.
 * Usage: embed_threads INI THREADS SETUP SCRIPT GOLDEN_DIR
 * Exits non-zero when a request cannot start or a thread's script fails. */
#include <sapi/embed/php_embed.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_THREADS 64

typedef struct {
	int index;
	int status; /* 0: the script ran and exited 0 */
	pthread_t thread;
} job;

static pthread_barrier_t start;
static const char *script, *golden;
static char base[512];

/* The values are spliced into PHP code between single quotes. */
static bool quotable(const char *s)
{
	return strpbrk(s, "'\\") == NULL && strlen(s) < 1024;
}

static void *run(void *arg)
{
	job *j = arg;
	char code[4096];
	(void) ts_resource(0); /* this thread's globals */
	pthread_barrier_wait(&start);
	if (php_request_startup() == FAILURE) {
		j->status = -1;
		ts_free_thread();
		return NULL;
	}
	SG(headers_sent) = 1;
	SG(request_info).no_headers = 1;
	snprintf(code, sizeof code, "$amc_thread = %d; $amc_base = '%s'; $amc_golden = '%s'; require '%s';",
		j->index, base, golden, script);
	zend_try {
		if (zend_eval_stringl_ex(code, strlen(code), NULL, "embed thread", true) == FAILURE) {
			j->status = -2;
		}
	} zend_catch {
		j->status = -3;
	} zend_end_try();
	if (j->status == 0) {
		j->status = EG(exit_status);
	}
	php_request_shutdown(NULL);
	ts_free_thread();
	return NULL;
}

/* Runs SETUP in the main thread's request; its return value is the base. */
static bool setup(const char *file)
{
	char code[2048];
	zval rv;
	volatile bool ok = false; /* set inside zend_try (setjmp) */
	snprintf(code, sizeof code, "require '%s';", file);
	ZVAL_UNDEF(&rv);
	zend_try {
		if (zend_eval_stringl_ex(code, strlen(code), &rv, "embed setup", true) == SUCCESS
			&& Z_TYPE(rv) == IS_STRING && Z_STRLEN(rv) < sizeof base && quotable(Z_STRVAL(rv))) {
			memcpy(base, Z_STRVAL(rv), Z_STRLEN(rv) + 1);
			ok = true;
		}
	} zend_end_try();
	zval_ptr_dtor(&rv);
	return ok;
}

int main(int argc, char **argv)
{
	int n = argc == 6 ? atoi(argv[2]) : 0;
	if (n < 1 || n > MAX_THREADS || !quotable(argv[3]) || !quotable(argv[4]) || !quotable(argv[5])) {
		fprintf(stderr, "usage: embed_threads INI THREADS(1-%d) SETUP SCRIPT GOLDEN_DIR (paths without ' or \\)\n", MAX_THREADS);
		return 2;
	}
	script = argv[4];
	golden = argv[5];
	php_embed_module.php_ini_path_override = argv[1];
	php_embed_module.php_ini_ignore_cwd = 1;
	char *php_argv[] = {argv[0], NULL};
	if (php_embed_init(1, php_argv) == FAILURE) {
		fprintf(stderr, "embed_threads: PHP did not start\n");
		return 1;
	}
	int failed = 0;
	if (!setup(argv[3])) {
		fprintf(stderr, "embed_threads: the setup script returned no base URL\n");
		failed = 1;
	}
	job jobs[MAX_THREADS] = {0};
	int started = 0;
	if (!failed && pthread_barrier_init(&start, NULL, (unsigned) n) != 0) {
		failed = 1;
	}
	for (int i = 0; !failed && i < n; i++) {
		jobs[i].index = i;
		if (pthread_create(&jobs[i].thread, NULL, run, &jobs[i]) != 0) {
			/* The barrier waits for n: without every thread nothing can run. */
			fprintf(stderr, "embed_threads: cannot start thread %d\n", i);
			exit(1);
		}
		started++;
	}
	for (int i = 0; i < started; i++) {
		pthread_join(jobs[i].thread, NULL);
		if (jobs[i].status != 0) {
			fprintf(stderr, "embed_threads: thread %d ended with status %d\n", i, jobs[i].status);
			failed = 1;
		}
	}
	if (started) {
		pthread_barrier_destroy(&start);
	}
	php_embed_shutdown(); /* the setup request's shutdown stops the mock */
	return failed;
}
