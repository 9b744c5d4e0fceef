/* Walks of Atlassian `_links.next` listings (pure C, no Zend): the checks
 * made before following a link (the credential policy, loops, maxPages) and
 * the scheduler of native walks over the HTTP engine — one transfer per
 * listing at a time, at most `ahead` pages fetched before they are consumed,
 * a retry budget and a deadline shared by the whole walk. Decoding a page
 * (JSON, rows, its next link) is the caller's. */
#ifndef AMC_CORE_PAGE_WALKER_H
#define AMC_CORE_PAGE_WALKER_H

#include "http_engine.h"

typedef enum {
	AMC_FOLLOW_OK,
	AMC_FOLLOW_LIMIT,    /* maxPages reached */
	AMC_FOLLOW_LOOP,     /* the link was already followed in this walk */
	AMC_FOLLOW_FOREIGN,  /* the credential policy refuses its origin */
	AMC_FOLLOW_NOMEM
} amc_follow;

/* Pages followed and links seen by one listing (also the closure paginator's). */
typedef struct {
	long max_pages;
	long followed;
	char **seen;          /* open addressing, malloc'd copies */
	size_t *seen_len;
	size_t cap, count;
} amc_walk_limits;

void amc_walk_limits_init(amc_walk_limits *l, long max_pages);
void amc_walk_limits_free(amc_walk_limits *l);
/* Remembers `key` as followed without counting a page (a start URL). */
bool amc_walk_limits_seen(amc_walk_limits *l, const char *key, size_t len);
/* Counts one page, then says whether `key` may be followed. */
amc_follow amc_walk_limits_follow(amc_walk_limits *l, const char *key, size_t len);

typedef struct {
	char *next_url;       /* resolved, waiting for its transfer */
	amc_http_xfer *xfer;  /* in flight, or DONE and not yet taken */
	int unconsumed;       /* pages taken and not yet consumed */
	amc_walk_limits limits;
} amc_walk_listing;

typedef struct {
	amc_http_engine *engine;
	const char *base;     /* borrowed: the site API base links resolve against */
	amc_walk_listing *listings;
	uint32_t n;
	int budget;           /* retries left for the whole walk */
	int ahead;            /* pages fetched ahead of consumption per listing */
	uint64_t deadline_at; /* monotonic ms, 0: none */
	bool stopped;
	char origin[AMC_ORIGIN_MAX]; /* of the last link refused by the policy */
} amc_page_walker;

/* deadline_ms: the walk's whole time, 0 for none. False when out of memory. */
bool amc_walker_init(amc_page_walker *w, amc_http_engine *engine, const char *base, uint32_t n,
	long max_pages, int ahead, int budget, long deadline_ms);
void amc_walker_free(amc_page_walker *w);

/* Resolves a listing's start link; the start counts as followed for loops. */
amc_follow amc_walker_start(amc_page_walker *w, uint32_t i, const char *link);
/* A listing's page arrived with `link` as its next: counted and checked. */
amc_follow amc_walker_follow(amc_page_walker *w, uint32_t i, const char *link, size_t len);
/* The caller is done with one page of listing `i`: it may fetch ahead again. */
void amc_walker_consumed(amc_page_walker *w, uint32_t i);

/* Runs transfers until one is DONE: 1 with `*i` and `*x` (now the caller's
 * to free), 0 when nothing is left to fetch, an AMC_HTTP_E* failure, or
 * AMC_WALK_ESETUP (a transfer could not be set up for listing `*i`). */
enum { AMC_WALK_ESETUP = -10 };
int amc_walker_next(amc_page_walker *w, uint32_t *i, amc_http_xfer **x);
/* Drops every transfer and pending link: the walk is over. */
void amc_walker_stop(amc_page_walker *w);

#endif
