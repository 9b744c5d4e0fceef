/* HTTP engine on libcurl (pure C, no Zend): GET transfers driven by one
 * curl multi handle under a concurrency cap, with retries per
 * http_policy.h. A transfer is QUEUED (waiting for a slot or its backoff),
 * ACTIVE (in the multi handle) or DONE (final: success, a non-retryable
 * outcome, or retries exhausted). */
#ifndef AMC_CORE_HTTP_ENGINE_H
#define AMC_CORE_HTTP_ENGINE_H

#include <curl/curl.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "http_policy.h"

typedef struct {
	const char *ca_bundle;        /* NULL: the system store; verification is always on */
	long connect_timeout_ms;
	long timeout_ms;
	size_t max_body;              /* 0: unlimited */
	int max_concurrency;          /* >= 1 */
	bool http2;                   /* offer h2 over TLS (ALPN) */
	const char *user_agent;
	const char *bearer_token;     /* copied into a header, wiped on free */
	amc_http_retry_policy retry;
} amc_http_config;

typedef enum { AMC_XFER_IDLE, AMC_XFER_QUEUED, AMC_XFER_ACTIVE, AMC_XFER_DONE } amc_xfer_state;

typedef struct amc_http_engine amc_http_engine;

typedef struct amc_http_xfer {
	amc_http_engine *engine;
	char *url;
	CURL *easy;
	amc_xfer_state state;
	/* Outcome of the last attempt. */
	long status;
	CURLcode result;
	bool too_large;
	char errbuf[CURL_ERROR_SIZE];
	amc_buf body;
	amc_buf headers;              /* header block of the final response */
	/* Retry state. */
	int attempts;
	int *walk_budget;             /* shared retry budget of a walk, or NULL */
	uint64_t not_before_ms;
	struct amc_http_xfer *qnext;
	void *owner;
} amc_http_xfer;

typedef struct {
	uint64_t attempts, retries, new_connections, bytes;
	int max_in_flight;
} amc_http_stats;

/* `share` (may be NULL) is borrowed: DNS, TLS sessions and connections. */
amc_http_engine *amc_http_engine_new(const amc_http_config *cfg, CURLSH *share, char *err, size_t errlen);
void amc_http_engine_free(amc_http_engine *e);
const amc_http_stats *amc_http_engine_stats(const amc_http_engine *e);

amc_http_xfer *amc_http_xfer_new(amc_http_engine *e, const char *url, void *owner);
/* Cancels the transfer if it is queued or active, then frees it. */
void amc_http_xfer_free(amc_http_xfer *x);
/* Queues a fresh attempt series (resets the outcome). */
bool amc_http_submit(amc_http_xfer *x);

/* Runs the engine until at least one transfer turns DONE, or nothing is
 * pending. Returns the number that turned DONE, -1 on a curl multi error. */
int amc_http_step(amc_http_engine *e);
/* Runs until `x` is DONE. False on a curl multi error. */
bool amc_http_wait(amc_http_xfer *x);
int amc_http_pending(const amc_http_engine *e);

/* Value of a header of the final response (first occurrence), trimmed,
 * malloc'd; NULL when absent. */
char *amc_http_xfer_header(const amc_http_xfer *x, const char *name);
/* A human-readable description of a transport failure. */
const char *amc_http_xfer_error(const amc_http_xfer *x);

#endif
