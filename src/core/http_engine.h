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
#include "http_origin.h"
#include "http_policy.h"

/* The longest the engine waits without asking `interrupted` (below). */
#define AMC_HTTP_SLICE_MS 100

/* amc_http_step's failures. */
enum { AMC_HTTP_EMULTI = -1, AMC_HTTP_EINTR = -2, AMC_HTTP_EFORK = -3 };

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
	long deadline_ms;             /* a request's whole time, retries and waits included; 0: none */
	/* Asked between slices of every wait: true stops the engine
	 * (amc_http_step returns AMC_HTTP_EINTR, transfers stay as they are). */
	bool (*interrupted)(void *ctx);
	void *interrupt_ctx;
	/* The connection share of the calling process and thread (or NULL):
	 * asked again after a fork, so a child never uses its parent's sockets. */
	CURLSH *(*share)(void);
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
	amc_buf body;                 /* NUL-terminated once DONE */
	amc_buf headers;              /* header block of the final response, likewise */
	/* Retry state. */
	int attempts;
	int *walk_budget;             /* shared retry budget of a walk, or NULL */
	uint64_t walk_deadline_at;    /* monotonic ms, set by a walk before submitting; 0: none */
	uint64_t deadline_at;         /* the sooner of the request's and the walk's deadline */
	bool deadline_hit;            /* DONE because a deadline came first (see amc_http_xfer_error) */
	bool walk_deadline_hit;       /* ... and it was the walk's */
	uint64_t not_before_ms;
	struct amc_http_xfer *qnext;
	void *owner;
} amc_http_xfer;

typedef struct {
	uint64_t attempts, retries, new_connections, bytes;
	int max_in_flight;
} amc_http_stats;

/* `origins` (the credential policy) is moved into the engine, whatever the outcome. */
amc_http_engine *amc_http_engine_new(const amc_http_config *cfg, amc_http_origins *origins, char *err, size_t errlen);
void amc_http_engine_free(amc_http_engine *e);
const amc_http_stats *amc_http_engine_stats(const amc_http_engine *e);

/* True when `url` may receive the token; `origin` receives its origin. */
bool amc_http_engine_permits(const amc_http_engine *e, const char *url, char origin[AMC_ORIGIN_MAX]);
const char *amc_http_engine_base_origin(const amc_http_engine *e);
/* True in a fork child while transfers its parent started are pending:
 * no new transfer can start on this engine then (AMC_HTTP_EFORK). */
bool amc_http_engine_forked(const amc_http_engine *e);

/* NULL when out of memory, or when the credential policy refuses `url`
 * (callers check amc_http_engine_permits first, to say why). */
amc_http_xfer *amc_http_xfer_new(amc_http_engine *e, const char *url, void *owner);
/* Cancels the transfer if it is queued or active, then frees it. */
void amc_http_xfer_free(amc_http_xfer *x);
/* Queues a fresh attempt series (resets the outcome). */
bool amc_http_submit(amc_http_xfer *x);

/* Runs the engine until at least one transfer turns DONE, or nothing is
 * pending. Returns the number that turned DONE, or AMC_HTTP_EMULTI (curl
 * multi error), AMC_HTTP_EINTR (`interrupted` said so), AMC_HTTP_EFORK
 * (transfers started by another process: the engine is in a fork child). */
int amc_http_step(amc_http_engine *e);
/* Runs until `x` is DONE: 0, or one of amc_http_step's failures. */
int amc_http_wait(amc_http_xfer *x);
int amc_http_pending(const amc_http_engine *e);

/* Value of a header of the final response (first occurrence), trimmed,
 * malloc'd; NULL when absent. Headers are parsed by amc_http_each_header. */
char *amc_http_xfer_header(const amc_http_xfer *x, const char *name);
/* A human-readable description of a transport failure or a passed deadline. */
const char *amc_http_xfer_error(const amc_http_xfer *x);


/* Keeps a share inherited through fork() reachable, never cleaned up: its
 * connections are the parent's (a cleanup would read from and shut down the
 * parent's TLS streams). */
void amc_http_orphan_share(CURLSH *share);

#endif
