#include "page_walker.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- limits: page count and loop detection ------------------------------- */

void amc_walk_limits_init(amc_walk_limits *l, long max_pages)
{
	memset(l, 0, sizeof(*l));
	l->max_pages = max_pages;
}

void amc_walk_limits_free(amc_walk_limits *l)
{
	for (size_t i = 0; i < l->cap; i++) {
		free(l->seen[i]);
	}
	free(l->seen);
	free(l->seen_len);
	l->seen = NULL;
	l->seen_len = NULL;
	l->cap = l->count = 0;
}

static size_t fnv1a(const char *s, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < len; i++) {
		h = (h ^ (unsigned char) s[i]) * 0x100000001b3ULL;
	}
	return (size_t) h;
}

/* The slot of `key`, or the empty slot where it would go. */
static size_t slot_of(const amc_walk_limits *l, const char *key, size_t len)
{
	size_t i = fnv1a(key, len) & (l->cap - 1);
	while (l->seen[i] && !(l->seen_len[i] == len && memcmp(l->seen[i], key, len) == 0)) {
		i = (i + 1) & (l->cap - 1);
	}
	return i;
}

static bool grow(amc_walk_limits *l)
{
	size_t cap = l->cap ? l->cap * 2 : 16;
	amc_walk_limits bigger = *l;
	bigger.cap = cap;
	bigger.seen = calloc(cap, sizeof(char *));
	bigger.seen_len = calloc(cap, sizeof(size_t));
	if (!bigger.seen || !bigger.seen_len) {
		free(bigger.seen);
		free(bigger.seen_len);
		return false;
	}
	for (size_t i = 0; i < l->cap; i++) {
		if (l->seen[i]) {
			size_t j = slot_of(&bigger, l->seen[i], l->seen_len[i]);
			bigger.seen[j] = l->seen[i];
			bigger.seen_len[j] = l->seen_len[i];
		}
	}
	free(l->seen);
	free(l->seen_len);
	*l = bigger;
	return true;
}

/* Adds `key`; 1 added, 0 already there, -1 out of memory. */
static int remember(amc_walk_limits *l, const char *key, size_t len)
{
	if ((l->count + 1) * 2 > l->cap && !grow(l)) {
		return -1;
	}
	size_t i = slot_of(l, key, len);
	if (l->seen[i]) {
		return 0;
	}
	char *copy = malloc(len + 1);
	if (!copy) {
		return -1;
	}
	memcpy(copy, key, len);
	copy[len] = '\0';
	l->seen[i] = copy;
	l->seen_len[i] = len;
	l->count++;
	return 1;
}

bool amc_walk_limits_seen(amc_walk_limits *l, const char *key, size_t len)
{
	return remember(l, key, len) >= 0;
}

amc_follow amc_walk_limits_follow(amc_walk_limits *l, const char *key, size_t len)
{
	l->followed++;
	if (l->followed >= l->max_pages) {
		return AMC_FOLLOW_LIMIT;
	}
	int r = remember(l, key, len);
	return r < 0 ? AMC_FOLLOW_NOMEM : r == 0 ? AMC_FOLLOW_LOOP : AMC_FOLLOW_OK;
}

/* ---- the scheduler of native walks --------------------------------------- */

static uint64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t) ts.tv_sec * 1000 + (uint64_t) ts.tv_nsec / 1000000;
}

bool amc_walker_init(amc_page_walker *w, amc_http_engine *engine, const char *base, uint32_t n,
	long max_pages, int ahead, int budget, long deadline_ms)
{
	memset(w, 0, sizeof(*w));
	w->engine = engine;
	w->base = base;
	w->budget = budget;
	w->ahead = ahead;
	w->deadline_at = deadline_ms > 0 ? now_ms() + (uint64_t) deadline_ms : 0;
	w->listings = n ? calloc(n, sizeof(*w->listings)) : NULL;
	if (n && !w->listings) {
		return false;
	}
	w->n = n;
	for (uint32_t i = 0; i < n; i++) {
		amc_walk_limits_init(&w->listings[i].limits, max_pages);
	}
	return true;
}

void amc_walker_stop(amc_page_walker *w)
{
	for (uint32_t i = 0; i < w->n; i++) {
		amc_http_xfer_free(w->listings[i].xfer);
		w->listings[i].xfer = NULL;
		free(w->listings[i].next_url);
		w->listings[i].next_url = NULL;
	}
	w->stopped = true;
}

void amc_walker_free(amc_page_walker *w)
{
	amc_walker_stop(w);
	for (uint32_t i = 0; i < w->n; i++) {
		amc_walk_limits_free(&w->listings[i].limits);
	}
	free(w->listings);
	w->listings = NULL;
	w->n = 0;
}

/* Resolves `link` and applies the credential policy; the URL or NULL. */
static char *resolve_permitted(amc_page_walker *w, const char *link, amc_follow *why)
{
	char *url = amc_http_resolve_link(w->base, link);
	if (!url) {
		*why = AMC_FOLLOW_NOMEM;
		return NULL;
	}
	if (!amc_http_engine_permits(w->engine, url, w->origin)) {
		free(url);
		*why = AMC_FOLLOW_FOREIGN;
		return NULL;
	}
	return url;
}

amc_follow amc_walker_start(amc_page_walker *w, uint32_t i, const char *link)
{
	amc_follow why = AMC_FOLLOW_OK;
	char *url = resolve_permitted(w, link, &why);
	if (!url) {
		return why;
	}
	if (!amc_walk_limits_seen(&w->listings[i].limits, url, strlen(url))) {
		free(url);
		return AMC_FOLLOW_NOMEM;
	}
	w->listings[i].next_url = url;
	return AMC_FOLLOW_OK;
}

amc_follow amc_walker_follow(amc_page_walker *w, uint32_t i, const char *link, size_t len)
{
	if (strlen(link) != len) {
		w->origin[0] = '\0';
		return AMC_FOLLOW_FOREIGN; /* a NUL inside: no URL anyone could check */
	}
	amc_follow why = AMC_FOLLOW_OK;
	char *url = resolve_permitted(w, link, &why);
	if (!url) {
		return why;
	}
	why = amc_walk_limits_follow(&w->listings[i].limits, url, strlen(url));
	if (why != AMC_FOLLOW_OK) {
		free(url);
		return why;
	}
	w->listings[i].next_url = url;
	return AMC_FOLLOW_OK;
}

void amc_walker_consumed(amc_page_walker *w, uint32_t i)
{
	if (w->listings[i].unconsumed > 0) {
		w->listings[i].unconsumed--;
	}
}

/* Starts listing i's next page when it may fetch (ahead of consumption). */
static bool schedule(amc_page_walker *w, uint32_t i)
{
	amc_walk_listing *l = &w->listings[i];
	if (w->stopped || l->xfer || !l->next_url || l->unconsumed > w->ahead) {
		return true;
	}
	amc_http_xfer *x = amc_http_xfer_new(w->engine, l->next_url, NULL);
	free(l->next_url);
	l->next_url = NULL;
	if (!x) {
		return false;
	}
	x->walk_budget = &w->budget;
	x->walk_deadline_at = w->deadline_at;
	if (!amc_http_submit(x)) {
		amc_http_xfer_free(x);
		return false;
	}
	l->xfer = x;
	return true;
}

int amc_walker_next(amc_page_walker *w, uint32_t *i, amc_http_xfer **x)
{
	if (amc_http_engine_forked(w->engine)) {
		return AMC_HTTP_EFORK;
	}
	for (;;) {
		bool pending = false;
		for (uint32_t k = 0; k < w->n; k++) {
			amc_walk_listing *l = &w->listings[k];
			if (!schedule(w, k)) {
				*i = k;
				return AMC_WALK_ESETUP;
			}
			if (l->xfer && l->xfer->state == AMC_XFER_DONE) {
				*i = k;
				*x = l->xfer;
				l->xfer = NULL;
				l->unconsumed++;
				return 1;
			}
			pending = pending || l->xfer;
		}
		if (!pending) {
			return 0;
		}
		int r = amc_http_step(w->engine);
		if (r < 0) {
			return r;
		}
	}
}
