/* The paginator's page logic, shared by AtlassianPaginator (closure mode)
 * and the native HTTP client's walks (src/php/http_client.c). */
#ifndef AMC_PAGINATOR_H
#define AMC_PAGINATOR_H

#include "amc.h"

extern zend_class_entry *amc_ce_atlassian_paginator;
extern zend_class_entry *amc_ce_lazy_page_iterator;
/* Set by http_client.c: its Response class is accepted like Laravel's. */
extern zend_class_entry *amc_ce_http_response;

/* Per-walk bookkeeping: pages followed so far and the next links already
 * followed (loop detection). */
typedef struct {
	zend_long max_pages;
	zend_long followed;
	HashTable seen;
} amc_page_walk;

void amc_page_walk_init(amc_page_walk *w, zend_long max_pages);
void amc_page_walk_dtor(amc_page_walk *w);

/* Checks one fetched response (a Laravel or native Response), fills `batch`
 * (an array, initialised here) with its array rows and `*next` with its
 * `_links.next` (NULL when none). Throws and returns FAILURE otherwise. */
zend_result amc_paginator_page(zval *response, zval *batch, zend_string **next);

/* Called before following `next`: counts the page and throws
 * ConnectorPaginationLimitException when maxPages is reached or `key`
 * (the link, or its resolved URL) was already followed in this walk. */
zend_result amc_page_walk_follow(amc_page_walk *w, zend_string *key);

#endif
