#include "http_engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

struct amc_http_engine {
	CURLM *multi;
	CURLSH *share;
	pid_t pid;                    /* the process the multi handle and share belong to */
	amc_http_origins origins;
	amc_http_config cfg;
	char *ca_bundle;
	char *user_agent;
	struct curl_slist *req_headers;
	amc_http_xfer *qhead, *qtail;
	int queued, active;
	uint64_t rng;
	amc_http_stats stats;
};

static uint64_t mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t) ts.tv_sec * 1000 + (uint64_t) ts.tv_nsec / 1000000;
}

static char *dup_or_null(const char *s, bool *ok)
{
	if (!s) {
		return NULL;
	}
	char *d = strdup(s);
	if (!d) {
		*ok = false;
	}
	return d;
}

/* The bearer token lives only in this header list; wiped before freeing. */
static struct curl_slist *build_headers(const char *token, bool *ok)
{
	struct curl_slist *list = curl_slist_append(NULL, "Accept: application/json");
	if (!list) {
		*ok = false;
		return NULL;
	}
	if (token) {
		size_t n = strlen("Authorization: Bearer ") + strlen(token) + 1;
		char *line = malloc(n);
		struct curl_slist *grown = NULL;
		if (line) {
			snprintf(line, n, "Authorization: Bearer %s", token);
			grown = curl_slist_append(list, line);
			memset(line, 0, n);
			free(line);
		}
		if (!grown) {
			curl_slist_free_all(list);
			*ok = false;
			return NULL;
		}
		list = grown;
	}
	return list;
}

static void wipe_headers(struct curl_slist *list)
{
	for (struct curl_slist *h = list; h; h = h->next) {
		memset(h->data, 0, strlen(h->data));
	}
	curl_slist_free_all(list);
}

/* Handles left behind by a fork, kept reachable (see amc_http_orphan_share). */
typedef struct orphan { void *handle; struct orphan *next; } orphan;
static orphan *orphans;

static void keep_orphan(void *handle)
{
	orphan *o = handle ? malloc(sizeof(*o)) : NULL;
	if (!o) {
		return; /* unreachable then, but still never cleaned up */
	}
	o->handle = handle;
	o->next = __atomic_load_n(&orphans, __ATOMIC_ACQUIRE);
	while (!__atomic_compare_exchange_n(&orphans, &o->next, o, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
	}
}

void amc_http_orphan_share(CURLSH *share)
{
	keep_orphan(share);
}

amc_http_engine *amc_http_engine_new(const amc_http_config *cfg, amc_http_origins *origins, char *err, size_t errlen)
{
	amc_http_engine *e = calloc(1, sizeof(*e));
	if (!e) {
		snprintf(err, errlen, "out of memory");
		amc_http_origins_free(origins);
		return NULL;
	}
	bool ok = true;
	e->origins = *origins;
	memset(origins, 0, sizeof(*origins));
	e->cfg = *cfg;
	e->cfg.bearer_token = NULL;
	e->pid = getpid();
	e->share = cfg->share ? cfg->share() : NULL;
	e->ca_bundle = dup_or_null(cfg->ca_bundle, &ok);
	e->user_agent = dup_or_null(cfg->user_agent, &ok);
	e->req_headers = ok ? build_headers(cfg->bearer_token, &ok) : NULL;
	e->multi = ok ? curl_multi_init() : NULL;
	if (!ok || !e->multi) {
		snprintf(err, errlen, "%s", ok ? "curl_multi_init failed" : "out of memory");
		amc_http_engine_free(e);
		return NULL;
	}
	if (e->cfg.max_concurrency < 1) {
		e->cfg.max_concurrency = 1;
	}
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	e->rng = ((uint64_t) ts.tv_nsec << 20) ^ (uint64_t) ts.tv_sec ^ (uint64_t) (uintptr_t) e;
	return e;
}

void amc_http_engine_free(amc_http_engine *e)
{
	if (!e) {
		return;
	}
	/* Transfers are owned (and freed) by their owners first. In a fork child
	 * the multi handle is still the parent's: left alone. */
	if (e->pid != getpid()) {
		keep_orphan(e->multi);
	} else if (e->multi) {
		curl_multi_cleanup(e->multi);
	}
	wipe_headers(e->req_headers);
	amc_http_origins_free(&e->origins);
	free(e->ca_bundle);
	free(e->user_agent);
	free(e);
}

const amc_http_stats *amc_http_engine_stats(const amc_http_engine *e)
{
	return &e->stats;
}

int amc_http_pending(const amc_http_engine *e)
{
	return e->queued + e->active;
}

bool amc_http_engine_permits(const amc_http_engine *e, const char *url, char origin[AMC_ORIGIN_MAX])
{
	return amc_http_origins_permit(&e->origins, url, origin);
}

const char *amc_http_engine_base_origin(const amc_http_engine *e)
{
	return e->origins.base;
}

bool amc_http_engine_forked(const amc_http_engine *e)
{
	return e->pid != getpid() && (e->active || e->queued);
}

/* In a fork child the multi handle and the share are the parent's: an idle
 * engine takes new ones (the old ones are left alone, see keep_orphan); one
 * with transfers in flight cannot go on. */
static bool own_process(amc_http_engine *e)
{
	if (e->pid == getpid()) {
		return true;
	}
	if (e->active || e->queued) {
		return false;
	}
	CURLM *multi = curl_multi_init();
	if (!multi) {
		return false;
	}
	keep_orphan(e->multi);
	e->multi = multi;
	e->share = e->cfg.share ? e->cfg.share() : NULL;
	e->pid = getpid();
	return true;
}

static size_t on_body(char *ptr, size_t size, size_t nmemb, void *ud)
{
	amc_http_xfer *x = ud;
	size_t n = size * nmemb;
	size_t max = x->engine->cfg.max_body;
	if (max && (x->body.len > max || n > max - x->body.len)) {
		x->too_large = true;
		return 0; /* aborts the transfer with CURLE_WRITE_ERROR */
	}
	amc_buf_append(&x->body, ptr, n);
	return x->body.oom ? 0 : n;
}

static size_t on_header(char *ptr, size_t size, size_t nmemb, void *ud)
{
	amc_http_xfer *x = ud;
	size_t n = size * nmemb;
	if (n >= 5 && memcmp(ptr, "HTTP/", 5) == 0) {
		amc_buf_truncate(&x->headers, 0); /* keep only the final response's block */
	}
	amc_buf_append(&x->headers, ptr, n);
	return x->headers.oom ? 0 : n;
}

#define SETOPT(opt, val) do { if (ok && curl_easy_setopt(x->easy, opt, val) != CURLE_OK) ok = false; } while (0)

static bool setup_easy(amc_http_xfer *x)
{
	amc_http_engine *e = x->engine;
	bool ok = true;
	SETOPT(CURLOPT_URL, x->url);
	SETOPT(CURLOPT_HTTPGET, 1L);
#if LIBCURL_VERSION_NUM >= 0x075500
	SETOPT(CURLOPT_PROTOCOLS_STR, "http,https");
#else
	SETOPT(CURLOPT_PROTOCOLS, (long) (CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	SETOPT(CURLOPT_HTTPHEADER, e->req_headers);
	SETOPT(CURLOPT_NOSIGNAL, 1L);
	SETOPT(CURLOPT_ACCEPT_ENCODING, ""); /* every encoding libcurl decodes (gzip, ...) */
	SETOPT(CURLOPT_SSL_VERIFYPEER, 1L);
	SETOPT(CURLOPT_SSL_VERIFYHOST, 2L);
	if (e->ca_bundle) {
		SETOPT(CURLOPT_CAINFO, e->ca_bundle);
	}
	SETOPT(CURLOPT_HTTP_VERSION, (long) (e->cfg.http2 ? CURL_HTTP_VERSION_2TLS : CURL_HTTP_VERSION_1_1));
	/* Wait for a pending connection's ALPN verdict to multiplex on it: only
	 * over TLS, where h2 is possible; on cleartext it would serialise. */
	if (e->cfg.http2 && strncasecmp(x->url, "https://", 8) == 0) {
		SETOPT(CURLOPT_PIPEWAIT, 1L);
	}
	SETOPT(CURLOPT_CONNECTTIMEOUT_MS, e->cfg.connect_timeout_ms);
	SETOPT(CURLOPT_TIMEOUT_MS, e->cfg.timeout_ms);
	if (e->cfg.max_body) {
		SETOPT(CURLOPT_MAXFILESIZE_LARGE, (curl_off_t) e->cfg.max_body);
	}
	if (e->user_agent) {
		SETOPT(CURLOPT_USERAGENT, e->user_agent);
	}
	if (e->share) {
		SETOPT(CURLOPT_SHARE, e->share);
	}
	SETOPT(CURLOPT_WRITEFUNCTION, on_body);
	SETOPT(CURLOPT_WRITEDATA, x);
	SETOPT(CURLOPT_HEADERFUNCTION, on_header);
	SETOPT(CURLOPT_HEADERDATA, x);
	SETOPT(CURLOPT_ERRORBUFFER, x->errbuf);
	SETOPT(CURLOPT_PRIVATE, x);
	return ok;
}

amc_http_xfer *amc_http_xfer_new(amc_http_engine *e, const char *url, void *owner)
{
	char origin[AMC_ORIGIN_MAX];
	if (!own_process(e) || !amc_http_engine_permits(e, url, origin)) {
		return NULL;
	}
	amc_http_xfer *x = calloc(1, sizeof(*x));
	if (!x) {
		return NULL;
	}
	x->engine = e;
	x->owner = owner;
	amc_buf_init(&x->body);
	amc_buf_init(&x->headers);
	x->url = strdup(url);
	x->easy = x->url ? curl_easy_init() : NULL;
	if (!x->easy || !setup_easy(x)) {
		amc_http_xfer_free(x);
		return NULL;
	}
	return x;
}

static void queue_unlink(amc_http_engine *e, amc_http_xfer *x)
{
	amc_http_xfer **pp = &e->qhead, *prev = NULL;
	while (*pp && *pp != x) {
		prev = *pp;
		pp = &(*pp)->qnext;
	}
	if (!*pp) {
		return;
	}
	*pp = x->qnext;
	if (e->qtail == x) {
		e->qtail = prev;
	}
	x->qnext = NULL;
	e->queued--;
}

static void queue_push(amc_http_engine *e, amc_http_xfer *x, uint64_t not_before)
{
	x->state = AMC_XFER_QUEUED;
	x->not_before_ms = not_before;
	x->qnext = NULL;
	if (e->qtail) {
		e->qtail->qnext = x;
	} else {
		e->qhead = x;
	}
	e->qtail = x;
	e->queued++;
}

void amc_http_xfer_free(amc_http_xfer *x)
{
	if (!x) {
		return;
	}
	if (x->state == AMC_XFER_ACTIVE && x->engine->pid != getpid()) {
		/* In flight at fork(): its connection is the parent's. Closing it
		 * here would shut down the parent's TLS stream; leave it alone. */
		keep_orphan(x->easy);
		x->easy = NULL;
		x->engine->active--;
	} else if (x->state == AMC_XFER_ACTIVE) {
		curl_multi_remove_handle(x->engine->multi, x->easy);
		x->engine->active--;
	} else if (x->state == AMC_XFER_QUEUED) {
		queue_unlink(x->engine, x);
	}
	if (x->easy) {
		curl_easy_cleanup(x->easy);
	}
	free(x->url);
	amc_buf_free(&x->body);
	amc_buf_free(&x->headers);
	free(x);
}

static void reset_outcome(amc_http_xfer *x)
{
	x->status = 0;
	x->result = CURLE_OK;
	x->too_large = false;
	x->errbuf[0] = '\0';
	amc_buf_truncate(&x->body, 0);
	amc_buf_truncate(&x->headers, 0);
	x->body.oom = x->headers.oom = false;
}

bool amc_http_submit(amc_http_xfer *x)
{
	if (x->state == AMC_XFER_QUEUED || x->state == AMC_XFER_ACTIVE) {
		return false;
	}
	reset_outcome(x);
	x->attempts = 0;
	x->deadline_hit = x->walk_deadline_hit = false;
	x->deadline_at = x->engine->cfg.deadline_ms > 0 ? mono_ms() + (uint64_t) x->engine->cfg.deadline_ms : 0;
	if (x->walk_deadline_at && (!x->deadline_at || x->walk_deadline_at < x->deadline_at)) {
		x->deadline_at = x->walk_deadline_at;
	}
	queue_push(x->engine, x, 0);
	return true;
}

/* The deadline came before the transfer could finish: it is DONE, and its
 * error says how far it got. */
static void miss_deadline(amc_http_xfer *x)
{
	char last[180];
	if (x->attempts == 0) {
		snprintf(last, sizeof(last), "no attempt made");
	} else if (x->result == CURLE_OK) {
		snprintf(last, sizeof(last), "last answer HTTP %ld", x->status);
	} else {
		snprintf(last, sizeof(last), "last error: %.160s", x->errbuf[0] ? x->errbuf : curl_easy_strerror(x->result));
	}
	snprintf(x->errbuf, sizeof(x->errbuf), "%d attempt%s, %s", x->attempts, x->attempts == 1 ? "" : "s", last);
	x->deadline_hit = true;
	x->walk_deadline_hit = x->deadline_at == x->walk_deadline_at;
	x->state = AMC_XFER_DONE;
}

/* Each attempt's transfer timeout, cut to what is left of the deadline. */
static long attempt_timeout_ms(amc_http_xfer *x, uint64_t now)
{
	long t = x->engine->cfg.timeout_ms;
	if (x->deadline_at) {
		uint64_t left = x->deadline_at > now ? x->deadline_at - now : 1;
		if (t <= 0 || left < (uint64_t) t) {
			t = (long) left;
		}
	}
	return t;
}

/* Moves due transfers from the queue into the multi handle, up to the cap. */
static void start_ready(amc_http_engine *e, uint64_t now)
{
	amc_http_xfer *x = e->qhead;
	while (x && e->active < e->cfg.max_concurrency) {
		amc_http_xfer *next = x->qnext;
		if (x->not_before_ms <= now && !(x->deadline_at && now >= x->deadline_at)) {
			queue_unlink(e, x);
			if (curl_easy_setopt(x->easy, CURLOPT_TIMEOUT_MS, attempt_timeout_ms(x, now)) != CURLE_OK
				|| curl_multi_add_handle(e->multi, x->easy) != CURLM_OK) {
				x->result = CURLE_FAILED_INIT;
				snprintf(x->errbuf, sizeof(x->errbuf), "curl_multi_add_handle failed");
				x->state = AMC_XFER_DONE;
			} else {
				x->state = AMC_XFER_ACTIVE;
				x->attempts++;
				e->active++;
				e->stats.attempts++;
				if (e->active > e->stats.max_in_flight) {
					e->stats.max_in_flight = e->active;
				}
			}
		}
		x = next;
	}
}

/* How long the engine may wait before the next queued retry is due: never
 * more than one slice, so that `interrupted` is asked often enough. */
static long next_due_in(amc_http_engine *e, uint64_t now)
{
	long wait = AMC_HTTP_SLICE_MS;
	if (e->active >= e->cfg.max_concurrency) {
		return wait;
	}
	for (amc_http_xfer *x = e->qhead; x; x = x->qnext) {
		long d = x->not_before_ms <= now ? 0 : (long) (x->not_before_ms - now);
		if (d < wait) {
			wait = d;
		}
	}
	return wait;
}

/* Delay before retrying the last attempt, or -1 when it must not be retried. */
static long retry_delay(amc_http_xfer *x)
{
	amc_http_engine *e = x->engine;
	bool transient = x->result != CURLE_OK
		? !x->too_large && amc_http_transient_curl_code(x->result)
		: amc_http_retryable_status(x->status);
	if (!transient || x->attempts > e->cfg.retry.max_retries
		|| (x->walk_budget && *x->walk_budget <= 0)) {
		return -1;
	}
	if (x->result == CURLE_OK && (x->status == 429 || x->status == 503)) {
		char *ra = amc_http_xfer_header(x, "Retry-After");
		long ms;
		bool have = ra && amc_http_parse_retry_after(ra, time(NULL), &ms);
		free(ra);
		if (have) {
			return ms > e->cfg.retry.retry_after_max_ms ? -1 : ms;
		}
	}
	return amc_http_backoff_ms(&e->cfg.retry, x->attempts - 1, amc_http_rand(&e->rng));
}

/* Certificate failures must read as such whatever libcurl's wording, which
 * changes between releases: callers and logs should not mistake them for a
 * flaky network. Classified by libcurl's codes; its text is appended. With
 * OpenSSL, libcurl checks the name before it stores the chain's verify
 * result, which reads 1 (its "not verified yet") when the name failed; 62
 * and 64 are OpenSSL's own host and IP mismatch results. */
static void label_tls_failure(amc_http_xfer *x)
{
	const char *what;
	if (x->result == CURLE_SSL_CACERT_BADFILE) {
		what = "TLS verification failed: cannot read the CA bundle";
	} else if (x->result == CURLE_PEER_FAILED_VERIFICATION) {
		long v = -1;
		bool name = curl_easy_getinfo(x->easy, CURLINFO_SSL_VERIFYRESULT, &v) == CURLE_OK &&
			(v == 1 || v == 62 || v == 64);
		what = name ? "TLS verification failed: the certificate does not match the host name"
			: "TLS verification failed: the certificate is not trusted";
	} else {
		return;
	}
	char detail[CURL_ERROR_SIZE];
	snprintf(detail, sizeof(detail), "%s", x->errbuf[0] ? x->errbuf : curl_easy_strerror(x->result));
	snprintf(x->errbuf, sizeof(x->errbuf), "%s: %.*s", what, (int) (sizeof(x->errbuf) - strlen(what) - 3), detail);
}

/* A finished attempt: retry it (queued with its delay) or mark it DONE. */
static bool on_attempt_done(amc_http_engine *e, amc_http_xfer *x, CURLcode result)
{
	curl_multi_remove_handle(e->multi, x->easy);
	e->active--;
	x->result = result;
	curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &x->status);
	long conns = 0;
	if (curl_easy_getinfo(x->easy, CURLINFO_NUM_CONNECTS, &conns) == CURLE_OK) {
		e->stats.new_connections += (uint64_t) conns;
	}
	e->stats.bytes += x->body.len;
	/* Bodies and header blocks are handed out NUL-terminated (parsers such as
	 * PHP's JSON scanner read up to a terminator): buf keeps room for it. */
	if (x->body.data) {
		x->body.data[x->body.len] = '\0';
	}
	if (x->headers.data) {
		x->headers.data[x->headers.len] = '\0';
	}
	if (result == CURLE_FILESIZE_EXCEEDED) {
		x->too_large = true; /* rejected on Content-Length, before the body */
	}
	if ((x->body.oom || x->headers.oom) && result == CURLE_OK) {
		x->result = CURLE_OUT_OF_MEMORY;
	}
	label_tls_failure(x);

	long delay = retry_delay(x);
	uint64_t now = mono_ms();
	if (delay >= 0 && x->deadline_at && now + (uint64_t) delay >= x->deadline_at) {
		miss_deadline(x); /* waiting would pass the deadline: stop now */
		return true;
	}
	if (delay < 0) {
		if (x->result == CURLE_OPERATION_TIMEDOUT && x->deadline_at && now + 5 >= x->deadline_at) {
			miss_deadline(x);
		}
		x->state = AMC_XFER_DONE;
		return true;
	}
	if (x->walk_budget) {
		(*x->walk_budget)--;
	}
	e->stats.retries++;
	reset_outcome(x);
	queue_push(e, x, now + (uint64_t) delay);
	return false;
}

/* Transfers that reached their deadline while queued (after a retry). */
static int expire_queued(amc_http_engine *e, uint64_t now)
{
	int done = 0;
	amc_http_xfer *x = e->qhead;
	while (x) {
		amc_http_xfer *next = x->qnext;
		if (x->deadline_at && now >= x->deadline_at) {
			queue_unlink(e, x);
			miss_deadline(x);
			done++;
		}
		x = next;
	}
	return done;
}

int amc_http_step(amc_http_engine *e)
{
	int done = 0;
	if (e->pid != getpid()) {
		return e->active || e->queued ? AMC_HTTP_EFORK : 0;
	}
	for (;;) {
		uint64_t now = mono_ms();
		done += expire_queued(e, now);
		start_ready(e, now);
		if (done || (e->active == 0 && e->queued == 0)) {
			return done;
		}
		int running;
		if (curl_multi_perform(e->multi, &running) != CURLM_OK) {
			return AMC_HTTP_EMULTI;
		}
		CURLMsg *m;
		int left;
		while ((m = curl_multi_info_read(e->multi, &left))) {
			if (m->msg != CURLMSG_DONE) {
				continue;
			}
			amc_http_xfer *x = NULL;
			curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **) &x);
			if (x && on_attempt_done(e, x, m->data.result)) {
				done++;
			}
		}
		if (done) {
			return done;
		}
		now = mono_ms();
		start_ready(e, now);
		if (curl_multi_poll(e->multi, NULL, 0, (int) next_due_in(e, now), NULL) != CURLM_OK) {
			return AMC_HTTP_EMULTI;
		}
		if (e->cfg.interrupted && e->cfg.interrupted(e->cfg.interrupt_ctx)) {
			return AMC_HTTP_EINTR;
		}
	}
}

int amc_http_wait(amc_http_xfer *x)
{
	while (x->state == AMC_XFER_QUEUED || x->state == AMC_XFER_ACTIVE) {
		int r = amc_http_step(x->engine);
		if (r < 0) {
			return r;
		}
	}
	return 0;
}

typedef struct { const char *name; size_t nlen; char *value; bool found; } header_find;

static void find_first(const char *n, size_t nl, const char *v, size_t vl, void *ctx)
{
	header_find *f = ctx;
	if (!f->found && nl == f->nlen && strncasecmp(n, f->name, nl) == 0) {
		f->found = true;
		f->value = malloc(vl + 1);
		if (f->value) {
			memcpy(f->value, v, vl);
			f->value[vl] = '\0';
		}
	}
}

char *amc_http_xfer_header(const amc_http_xfer *x, const char *name)
{
	header_find f = { name, strlen(name), NULL, false };
	amc_http_each_header(x->headers.data, x->headers.len, find_first, &f);
	return f.value;
}

const char *amc_http_xfer_error(const amc_http_xfer *x)
{
	if (x->deadline_hit) {
		return x->errbuf;
	}
	if (x->too_large) {
		return "response body exceeds the configured maximum size";
	}
	if (x->result == CURLE_OK) {
		return "";
	}
	return x->errbuf[0] ? x->errbuf : curl_easy_strerror(x->result);
}
