/* Retry policy of the HTTP engine (pure C, no Zend): which outcomes are
 * transient, how long to wait (Retry-After or exponential backoff with full
 * jitter), and URL resolution of Atlassian's relative next links. */
#ifndef AMC_CORE_HTTP_POLICY_H
#define AMC_CORE_HTTP_POLICY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

typedef struct {
	int max_retries;        /* per request, on top of the first attempt */
	long backoff_base_ms;   /* first backoff ceiling */
	long backoff_max_ms;    /* backoff ceiling cap */
	long retry_after_max_ms;/* a longer Retry-After is not waited for */
} amc_http_retry_policy;

/* Retry-After as delta-seconds or an HTTP date (relative to `now`), in ms.
 * Dates in the past give 0. False when the value is neither. */
bool amc_http_parse_retry_after(const char *value, time_t now, long *delay_ms);

/* Full jitter: uniform in [0, min(max, base * 2^attempt)], attempt from 0. */
long amc_http_backoff_ms(const amc_http_retry_policy *p, int attempt, uint64_t rnd);

/* Transient transport failures (curl codes): resets, timeouts, truncation. */
bool amc_http_transient_curl_code(int curl_code);

/* HTTP statuses worth retrying: 429, 502, 503, 504 (never 401/403). */
bool amc_http_retryable_status(long status);

/* Resolves a `_links.next` against the site API base: absolute http(s) links
 * verbatim, "/path" appended to the base, "path" appended after a slash,
 * and "/rest/api/..." (no context path) under "/wiki". Returns malloc'd or NULL. */
char *amc_http_resolve_link(const char *base, const char *link);

/* Calls `fn` for each "Name: value" line of a response header block (the
 * status line skipped), the value trimmed of blanks and CR. */
typedef void (*amc_http_header_fn)(const char *name, size_t nlen, const char *value, size_t vlen, void *ctx);
void amc_http_each_header(const char *block, size_t len, amc_http_header_fn fn, void *ctx);

/* xorshift64*: cheap jitter source, seeded by the engine. */
uint64_t amc_http_rand(uint64_t *state);

#endif
