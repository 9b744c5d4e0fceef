/* The paginator's page logic, shared by AtlassianPaginator (closure mode)
 * and the native HTTP client's walks (src/php/http_client.c). */
#ifndef AMC_PAGINATOR_H
#define AMC_PAGINATOR_H

#include "amc.h"

#include "core/page_walker.h"

extern zend_class_entry *amc_ce_atlassian_paginator;
/* Set by http_client.c: its Response class is accepted like Laravel's. */
extern zend_class_entry *amc_ce_http_response;

/* Checks one fetched response (a Laravel or native Response), fills `batch`
 * (an array, initialised here) with its array rows and `*next` with its
 * `_links.next` (NULL when none). Throws and returns FAILURE otherwise. */
zend_result amc_paginator_page(zval *response, zval *batch, zend_string **next);

/* The same from a status and a body (native transfers: no Response object). */
zend_result amc_paginator_body(zend_long status, const char *body, size_t len, zval *batch, zend_string **next);

/* The same from a decoded payload (non-arrays are "non-JSON"). */
zend_result amc_paginator_payload(zval *payload, zval *batch, zend_string **next);

/* Throws the API/auth exception of a non-2xx answer; returns FAILURE. */
zend_result amc_paginator_throw_status(zend_long status, bool is_long, const char *body, size_t len);

/* Throws what a refused follow means: ConnectorPaginationLimitException for
 * maxPages and loops (`key`: the repeated link), an Error when out of memory.
 * (The credential policy's refusals are AtlassianClient's.) Returns FAILURE. */
zend_result amc_paginator_refuse(amc_follow why, const amc_walk_limits *l, const char *key, size_t len);

#endif
