/* Padosoft\AskMyDocsConnectorConfluence\Confluence\AtlassianPaginator, the
 * page logic it shares with the native walks, and the closure source of the
 * lazy iterator its walkLazy() returns (C cannot return a Generator). */
#include "paginator.h"
#include "page_iterator.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_closures.h"
#include "ext/json/php_json.h"
#include "ext/spl/spl_exceptions.h"
#include "stubs/paginator_arginfo.h"

#include <time.h>

zend_class_entry *amc_ce_atlassian_paginator;
zend_class_entry *amc_ce_http_response;

#define AMC_ERR_BODY_PREFIX 200

/* ---- page logic ------------------------------------------------------- */

/* Laravel's Response by name (never autoloaded: an instance implies the
 * class is loaded), or this extension's native Response. */
static bool amc_is_response(zval *v)
{
	if (Z_TYPE_P(v) != IS_OBJECT) {
		return false;
	}
	if (amc_ce_http_response && instanceof_function(Z_OBJCE_P(v), amc_ce_http_response)) {
		return true;
	}
	zend_string *name = zend_string_init(ZEND_STRL("Illuminate\\Http\\Client\\Response"), 0);
	zend_class_entry *ce = zend_lookup_class_ex(name, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
	zend_string_release(name);
	return ce && instanceof_function(Z_OBJCE_P(v), ce);
}

/* Non-2xx: status and the first bytes of the body, auth or API failure. */
zend_result amc_paginator_throw_status(zend_long status, bool is_long, const char *body, size_t len)
{
	bool auth = is_long && (status == 401 || status == 403);
	zend_throw_exception_ex(auth ? amc_ce_auth_exception : amc_ce_api_exception, 0,
		"Atlassian API call failed: HTTP " ZEND_LONG_FMT " %.*s", status, (int) MIN(len, AMC_ERR_BODY_PREFIX), body);
	return FAILURE;
}

static zend_result amc_throw_http_failure(zval *response)
{
	zval status, body;
	if (amc_call_method(response, "status", &status, 0, NULL) == FAILURE) {
		zval_ptr_dtor(&status);
		return FAILURE;
	}
	if (amc_call_method(response, "body", &body, 0, NULL) == FAILURE) {
		zval_ptr_dtor(&status);
		zval_ptr_dtor(&body);
		return FAILURE;
	}
	zend_string *sbody = zval_try_get_string(&body);
	zval_ptr_dtor(&body);
	if (!sbody) {
		zval_ptr_dtor(&status);
		return FAILURE;
	}
	amc_paginator_throw_status(zval_get_long(&status), Z_TYPE(status) == IS_LONG, ZSTR_VAL(sbody), ZSTR_LEN(sbody));
	zval_ptr_dtor(&status);
	zend_string_release(sbody);
	return FAILURE;
}

/* `results`: array rows only, reindexed; like foreach, a scalar warns. */
static void amc_collect_rows(zval *results, zval *batch)
{
	ZVAL_DEREF(results);
	if (Z_TYPE_P(results) == IS_NULL) {
		return;
	}
	if (Z_TYPE_P(results) != IS_ARRAY) {
		if (Z_TYPE_P(results) != IS_OBJECT) {
			zend_error(E_WARNING, "foreach() argument must be of type array|object, %s given",
				zend_zval_type_name(results));
		}
		return;
	}
	zval *row;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(results), row) {
		ZVAL_DEREF(row);
		if (Z_TYPE_P(row) == IS_ARRAY) {
			Z_ADDREF_P(row);
			add_next_index_zval(batch, row);
		}
	} ZEND_HASH_FOREACH_END();
}

static zend_string *amc_next_link(HashTable *payload)
{
	zval *links = zend_hash_str_find_deref(payload, ZEND_STRL("_links"));
	if (!links || Z_TYPE_P(links) != IS_ARRAY) {
		return NULL;
	}
	zval *next = zend_hash_str_find_deref(Z_ARRVAL_P(links), ZEND_STRL("next"));
	if (!next || Z_TYPE_P(next) != IS_STRING || Z_STRLEN_P(next) == 0) {
		return NULL;
	}
	return zend_string_copy(Z_STR_P(next));
}

zend_result amc_paginator_page(zval *response, zval *batch, zend_string **next)
{
	*next = NULL;
	ZVAL_UNDEF(batch);
	if (!amc_is_response(response)) {
		zend_throw_exception(spl_ce_RuntimeException,
			"AtlassianPaginator: fetch closure must return an Illuminate Http Response instance.", 0);
		return FAILURE;
	}

	zval ok;
	if (amc_call_method(response, "successful", &ok, 0, NULL) == FAILURE) {
		zval_ptr_dtor(&ok);
		return FAILURE;
	}
	bool successful = zend_is_true(&ok);
	zval_ptr_dtor(&ok);
	if (!successful) {
		return amc_throw_http_failure(response);
	}

	zval payload;
	if (amc_call_method(response, "json", &payload, 0, NULL) == FAILURE) {
		zval_ptr_dtor(&payload);
		return FAILURE;
	}
	zend_result r = amc_paginator_payload(&payload, batch, next);
	zval_ptr_dtor(&payload);
	return r;
}

zend_result amc_paginator_payload(zval *payload, zval *batch, zend_string **next)
{
	*next = NULL;
	ZVAL_UNDEF(batch);
	if (Z_TYPE_P(payload) != IS_ARRAY) {
		zend_throw_exception(amc_ce_api_exception, "Atlassian API returned non-JSON body.", 0);
		return FAILURE;
	}
	array_init(batch);
	zval *results = zend_hash_str_find(Z_ARRVAL_P(payload), ZEND_STRL("results"));
	if (results) {
		amc_collect_rows(results, batch);
	}
	*next = amc_next_link(Z_ARRVAL_P(payload));
	if (EG(exception)) { /* a warning turned into an exception by a handler */
		zval_ptr_dtor(batch);
		ZVAL_UNDEF(batch);
		if (*next) {
			zend_string_release(*next);
			*next = NULL;
		}
		return FAILURE;
	}
	return SUCCESS;
}

zend_result amc_paginator_body(zend_long status, const char *body, size_t len, zval *batch, zend_string **next)
{
	*next = NULL;
	ZVAL_UNDEF(batch);
	if (status < 200 || status >= 300) {
		return amc_paginator_throw_status(status, true, body, len);
	}
	/* Like Response::json(): invalid JSON is null, hence "non-JSON". */
	zval payload;
	if (php_json_decode_ex(&payload, (char *) body, len, PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE) {
		zval_ptr_dtor(&payload);
		ZVAL_NULL(&payload);
	}
	zend_result r = amc_paginator_payload(&payload, batch, next);
	zval_ptr_dtor(&payload);
	return r;
}

static zend_object *amc_new_limit_exception(zend_long max_pages)
{
	zval ex, zmax;
	if (object_init_ex(&ex, amc_ce_pagination_limit_exception) == FAILURE) {
		return NULL;
	}
	ZVAL_LONG(&zmax, max_pages);
	zend_call_known_instance_method_with_1_params(amc_ce_pagination_limit_exception->constructor,
		Z_OBJ(ex), NULL, &zmax);
	if (EG(exception)) {
		zval_ptr_dtor(&ex);
		return NULL;
	}
	return Z_OBJ(ex);
}

zend_result amc_paginator_refuse(amc_follow why, const amc_walk_limits *l, const char *key, size_t len)
{
	if (why == AMC_FOLLOW_NOMEM) {
		zend_throw_error(NULL, "AtlassianPaginator: out of memory");
		return FAILURE;
	}
	zend_object *ex = amc_new_limit_exception(l->max_pages);
	if (!ex) {
		return FAILURE;
	}
	if (why == AMC_FOLLOW_LOOP) {
		/* Same class (callers already catch it), but say what happened. */
		zend_string *msg = zend_strpprintf(0, "Pagination loop: _links.next repeats a page already "
			"fetched in this walk (%.*s); stopped after " ZEND_LONG_FMT " pages.",
			(int) MIN(len, AMC_ERR_BODY_PREFIX), key, (zend_long) l->followed);
		zend_update_property_str(zend_ce_exception, ex, ZEND_STRL("message"), msg);
		zend_string_release(msg);
	}
	zval zex;
	ZVAL_OBJ(&zex, ex);
	zend_throw_exception_object(&zex);
	return FAILURE;
}

/* Closure mode: the link itself is the loop key. */
static zend_result amc_closure_follow(amc_walk_limits *l, zend_string *link)
{
	amc_follow why = amc_walk_limits_follow(l, ZSTR_VAL(link), ZSTR_LEN(link));
	return why == AMC_FOLLOW_OK ? SUCCESS : amc_paginator_refuse(why, l, ZSTR_VAL(link), ZSTR_LEN(link));
}

/* Calls the user's closure with the next link (NULL: the first page). */
static zend_result amc_call_fetch(zval *fetch, zend_string *next, zval *response)
{
	zval arg;
	if (next) {
		ZVAL_STR(&arg, next);
	} else {
		ZVAL_NULL(&arg);
	}
	ZVAL_UNDEF(response);
	if (call_user_function(NULL, NULL, fetch, response, 1, &arg) == FAILURE || EG(exception)) {
		zval_ptr_dtor(response);
		ZVAL_UNDEF(response);
		return FAILURE;
	}
	return SUCCESS;
}

/* ---- askmydocs_connector.paginator_retry: closure mode retried like the
 * native client (same policy functions, same defaults) ----------------------- */

static const amc_http_retry_policy amc_closure_policy = {
	.max_retries = 4, .backoff_base_ms = 250, .backoff_max_ms = 30000, .retry_after_max_ms = 120000,
};
#define AMC_CLOSURE_WALK_BUDGET 100
#define AMC_CLOSURE_PAGE_DEADLINE_MS 300000

typedef struct {
	int budget;             /* retries left for the walk */
	int attempts;           /* retries of the current page */
	uint64_t page_started;  /* monotonic ms */
	uint64_t rng;
} amc_closure_retry;

static void amc_closure_retry_init(amc_closure_retry *rs)
{
	rs->budget = AMC_CLOSURE_WALK_BUDGET;
	rs->rng = (uint64_t) (uintptr_t) rs ^ (uint64_t) time(NULL) << 20;
}

static uint64_t amc_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t) ts.tv_sec * 1000 + (uint64_t) ts.tv_nsec / 1000000;
}

/* The response's Retry-After, through its header() method when it has one. */
static bool amc_retry_after(zval *response, long *ms)
{
	if (!zend_hash_str_exists(&Z_OBJCE_P(response)->function_table, ZEND_STRL("header"))) {
		return false;
	}
	zval name, value;
	ZVAL_STRINGL(&name, "Retry-After", sizeof("Retry-After") - 1);
	zend_result r = amc_call_method(response, "header", &value, 1, &name);
	zval_ptr_dtor(&name);
	bool have = r == SUCCESS && Z_TYPE(value) == IS_STRING && Z_STRLEN(value) > 0
		&& strlen(Z_STRVAL(value)) == Z_STRLEN(value)
		&& amc_http_parse_retry_after(Z_STRVAL(value), time(NULL), ms);
	zval_ptr_dtor(&value);
	return have;
}

/* How long to wait before asking the closure again for the same page, or -1
 * when the response stands (not retryable, or the budget, the page's
 * deadline or max Retry-After would be passed). */
static long amc_closure_retry_delay(zval *response, amc_closure_retry *rs)
{
	if (!AMC_G(paginator_retry) || Z_TYPE_P(response) != IS_OBJECT) {
		return -1;
	}
	zval status;
	if (amc_call_method(response, "status", &status, 0, NULL) == FAILURE) {
		zval_ptr_dtor(&status);
		return -1;
	}
	zend_long code = zval_get_long(&status);
	zval_ptr_dtor(&status);
	if (!amc_http_retryable_status((long) code) || rs->attempts >= amc_closure_policy.max_retries || rs->budget <= 0) {
		return -1;
	}
	long delay;
	if (!amc_retry_after(response, &delay)) {
		delay = amc_http_backoff_ms(&amc_closure_policy, rs->attempts, amc_http_rand(&rs->rng));
	} else if (delay > amc_closure_policy.retry_after_max_ms) {
		return -1;
	}
	if (amc_now_ms() + (uint64_t) delay > rs->page_started + AMC_CLOSURE_PAGE_DEADLINE_MS) {
		return -1;
	}
	rs->attempts++;
	rs->budget--;
	return delay;
}

/* One step: fetch `link` (NULL first) and parse the page; with
 * paginator_retry on, a 429/502/503/504 asks the closure again. */
static zend_result amc_fetch_page(zval *fetch, zend_string *link, amc_closure_retry *rs, zval *batch, zend_string **next)
{
	rs->attempts = 0;
	rs->page_started = amc_now_ms();
	for (;;) {
		zval response;
		*next = NULL;
		ZVAL_UNDEF(batch);
		if (amc_call_fetch(fetch, link, &response) == FAILURE) {
			return FAILURE;
		}
		long delay = amc_closure_retry_delay(&response, rs);
		if (EG(exception)) {
			zval_ptr_dtor(&response);
			return FAILURE;
		}
		if (delay < 0) {
			zend_result r = amc_paginator_page(&response, batch, next);
			zval_ptr_dtor(&response);
			return r;
		}
		zval_ptr_dtor(&response);
		if (!amc_sleep_ms(delay)) {
			return FAILURE;
		}
	}
}

/* ---- AtlassianPaginator ------------------------------------------------ */

ZEND_METHOD(Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator, walk)
{
	zval *fetch;
	zend_long max_pages = 100;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJECT_OF_CLASS(fetch, zend_ce_closure)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(max_pages)
	ZEND_PARSE_PARAMETERS_END();

	amc_walk_limits w;
	amc_walk_limits_init(&w, max_pages);
	amc_closure_retry rs;
	amc_closure_retry_init(&rs);
	zval out, batch, *row;
	array_init(&out);
	zend_string *link = NULL, *next = NULL;

	for (;;) {
		zend_result r = amc_fetch_page(fetch, link, &rs, &batch, &next);
		if (link) {
			zend_string_release(link);
		}
		if (r == FAILURE) {
			break;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(batch), row) {
			Z_ADDREF_P(row);
			add_next_index_zval(&out, row);
		} ZEND_HASH_FOREACH_END();
		zval_ptr_dtor(&batch);
		if (!next || amc_closure_follow(&w, next) == FAILURE) {
			break;
		}
		link = next;
	}
	if (next && EG(exception)) {
		zend_string_release(next);
	}
	amc_walk_limits_free(&w);
	if (EG(exception)) {
		zval_ptr_dtor(&out);
		RETURN_THROWS();
	}
	RETURN_COPY_VALUE(&out);
}

/* ---- walkLazy(): the iterator's closure source ----------------------------- */

typedef struct {
	zval fetch;
	zend_string *next;      /* the last page's next link */
	bool started;
	zend_long index;
	amc_walk_limits limits;
	amc_closure_retry retry;
} amc_closure_walk;

/* First call: the first page; then the next link, counted and checked. */
static void amc_closure_fill(amc_iter *it)
{
	amc_closure_walk *cw = it->state;
	zend_string *link = NULL;
	if (cw->started) {
		link = cw->next;
		cw->next = NULL;
		if (!link || amc_closure_follow(&cw->limits, link) == FAILURE) {
			if (link) {
				zend_string_release(link);
			}
			return;
		}
		cw->index++;
	}
	cw->started = true;
	zval batch;
	zend_result r = amc_fetch_page(&cw->fetch, link, &cw->retry, &batch, &cw->next);
	if (link) {
		zend_string_release(link);
	}
	if (r == SUCCESS) {
		ZVAL_COPY_VALUE(&it->current, &batch);
		ZVAL_LONG(&it->key, cw->index);
	}
}

static void amc_closure_consumed(amc_iter *it)
{
}

static void amc_closure_free(void *state)
{
	amc_closure_walk *cw = state;
	zval_ptr_dtor(&cw->fetch);
	if (cw->next) {
		zend_string_release(cw->next);
	}
	amc_walk_limits_free(&cw->limits);
	efree(cw);
}

static void amc_closure_gc(void *state, zend_get_gc_buffer *buf)
{
	zend_get_gc_buffer_add_zval(buf, &((amc_closure_walk *) state)->fetch);
}

static const amc_iter_source amc_closure_source = {
	amc_closure_fill, amc_closure_consumed, amc_closure_free, amc_closure_gc,
};

ZEND_METHOD(Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator, walkLazy)
{
	zval *fetch;
	zend_long max_pages = 100;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJECT_OF_CLASS(fetch, zend_ce_closure)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(max_pages)
	ZEND_PARSE_PARAMETERS_END();

	amc_closure_walk *cw = ecalloc(1, sizeof(*cw));
	ZVAL_COPY(&cw->fetch, fetch);
	amc_walk_limits_init(&cw->limits, max_pages);
	amc_closure_retry_init(&cw->retry);
	amc_iter_create(return_value, amc_ce_lazy_page_iterator, &amc_closure_source, cw);
}

void amc_register_paginator(void)
{
	amc_ce_atlassian_paginator = register_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator();
}
