/* Padosoft\AskMyDocsConnectorConfluence\Confluence\AtlassianPaginator and the
 * lazy iterator its walkLazy() returns (C cannot return a Generator). */
#include "paginator.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_closures.h"
#include "ext/spl/spl_exceptions.h"
#include "stubs/paginator_arginfo.h"

zend_class_entry *amc_ce_atlassian_paginator;
zend_class_entry *amc_ce_lazy_page_iterator;
zend_class_entry *amc_ce_http_response;

#define AMC_ERR_BODY_PREFIX 200

/* ---- page logic ------------------------------------------------------- */

void amc_page_walk_init(amc_page_walk *w, zend_long max_pages)
{
	w->max_pages = max_pages;
	w->followed = 0;
	zend_hash_init(&w->seen, 8, NULL, NULL, 0);
}

void amc_page_walk_dtor(amc_page_walk *w)
{
	zend_hash_destroy(&w->seen);
}

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
	zend_long code = zval_get_long(&status);
	bool auth = Z_TYPE(status) == IS_LONG && (code == 401 || code == 403);
	zval_ptr_dtor(&status);

	size_t n = MIN(ZSTR_LEN(sbody), AMC_ERR_BODY_PREFIX);
	zend_throw_exception_ex(auth ? amc_ce_auth_exception : amc_ce_api_exception, 0,
		"Atlassian API call failed: HTTP " ZEND_LONG_FMT " %.*s", code, (int) n, ZSTR_VAL(sbody));
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
	if (Z_TYPE(payload) != IS_ARRAY) {
		zval_ptr_dtor(&payload);
		zend_throw_exception(amc_ce_api_exception, "Atlassian API returned non-JSON body.", 0);
		return FAILURE;
	}

	array_init(batch);
	zval *results = zend_hash_str_find(Z_ARRVAL(payload), ZEND_STRL("results"));
	if (results) {
		amc_collect_rows(results, batch);
	}
	*next = amc_next_link(Z_ARRVAL(payload));
	zval_ptr_dtor(&payload);
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

zend_result amc_page_walk_follow(amc_page_walk *w, zend_string *key)
{
	w->followed++;
	bool limit = w->followed >= w->max_pages;
	bool loop = !limit && zend_hash_exists(&w->seen, key);
	if (!limit && !loop) {
		zend_hash_add_empty_element(&w->seen, key);
		return SUCCESS;
	}

	zend_object *ex = amc_new_limit_exception(w->max_pages);
	if (!ex) {
		return FAILURE;
	}
	if (loop) {
		/* Same class (callers already catch it), but say what happened. */
		size_t n = MIN(ZSTR_LEN(key), AMC_ERR_BODY_PREFIX);
		zend_string *msg = zend_strpprintf(0, "Pagination loop: _links.next repeats a page already "
			"fetched in this walk (%.*s); stopped after " ZEND_LONG_FMT " pages.",
			(int) n, ZSTR_VAL(key), w->followed);
		zend_update_property_str(zend_ce_exception, ex, ZEND_STRL("message"), msg);
		zend_string_release(msg);
	}
	zval zex;
	ZVAL_OBJ(&zex, ex);
	zend_throw_exception_object(&zex);
	return FAILURE;
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

/* One step: fetch `next` (NULL first) and parse the page. */
static zend_result amc_fetch_page(zval *fetch, zend_string *link, zval *batch, zend_string **next)
{
	zval response;
	if (amc_call_fetch(fetch, link, &response) == FAILURE) {
		*next = NULL;
		ZVAL_UNDEF(batch);
		return FAILURE;
	}
	zend_result r = amc_paginator_page(&response, batch, next);
	zval_ptr_dtor(&response);
	return r;
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

	amc_page_walk w;
	amc_page_walk_init(&w, max_pages);
	zval out, batch, *row;
	array_init(&out);
	zend_string *link = NULL, *next = NULL;

	for (;;) {
		zend_result r = amc_fetch_page(fetch, link, &batch, &next);
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
		if (!next || amc_page_walk_follow(&w, next) == FAILURE) {
			break;
		}
		link = next;
	}
	if (next && EG(exception)) {
		zend_string_release(next);
	}
	amc_page_walk_dtor(&w);
	if (EG(exception)) {
		zval_ptr_dtor(&out);
		RETURN_THROWS();
	}
	RETURN_COPY_VALUE(&out);
}

/* ---- LazyPageIterator --------------------------------------------------- */

enum { AMC_LAZY_NEW, AMC_LAZY_VALID, AMC_LAZY_DONE };

typedef struct {
	zval fetch;
	zval current;
	zend_string *next;
	zend_long key;
	amc_page_walk walk;
	uint8_t state;
	bool at_first;
	bool running;
	zend_object std;
} amc_lazy_iter;

static zend_object_handlers amc_lazy_iter_handlers;

static inline amc_lazy_iter *amc_lazy_from_obj(zend_object *obj)
{
	return (amc_lazy_iter *) ((char *) obj - offsetof(amc_lazy_iter, std));
}

static zend_object *amc_lazy_iter_create(zend_class_entry *ce)
{
	amc_lazy_iter *it = zend_object_alloc(sizeof(amc_lazy_iter), ce);
	zend_object_std_init(&it->std, ce);
	object_properties_init(&it->std, ce);
	it->std.handlers = &amc_lazy_iter_handlers;
	ZVAL_UNDEF(&it->fetch);
	ZVAL_UNDEF(&it->current);
	amc_page_walk_init(&it->walk, 100);
	it->state = AMC_LAZY_NEW;
	return &it->std;
}

static void amc_lazy_iter_free(zend_object *obj)
{
	amc_lazy_iter *it = amc_lazy_from_obj(obj);
	zval_ptr_dtor(&it->fetch);
	zval_ptr_dtor(&it->current);
	if (it->next) {
		zend_string_release(it->next);
	}
	amc_page_walk_dtor(&it->walk);
	zend_object_std_dtor(obj);
}

static HashTable *amc_lazy_iter_gc(zend_object *obj, zval **table, int *n)
{
	amc_lazy_iter *it = amc_lazy_from_obj(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(buf, &it->fetch);
	zend_get_gc_buffer_add_zval(buf, &it->current);
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

/* Fetches `link` (NULL: the first page); any failure ends the walk. */
static void amc_lazy_fetch(amc_lazy_iter *it, zend_string *link)
{
	zval batch;
	zend_string *next;
	it->running = true;
	zend_result r = amc_fetch_page(&it->fetch, link, &batch, &next);
	it->running = false;
	if (r == FAILURE) {
		it->state = AMC_LAZY_DONE;
		return;
	}
	ZVAL_COPY_VALUE(&it->current, &batch);
	it->next = next;
	it->state = AMC_LAZY_VALID;
}

static bool amc_lazy_enter(amc_lazy_iter *it)
{
	if (it->running) {
		zend_throw_error(NULL, "Cannot resume an already running LazyPageIterator");
		return false;
	}
	if (Z_ISUNDEF(it->fetch)) {
		zend_throw_error(NULL, "LazyPageIterator was not created by AtlassianPaginator::walkLazy()");
		return false;
	}
	if (it->state == AMC_LAZY_NEW) {
		it->at_first = true;
		amc_lazy_fetch(it, NULL);
	}
	return !EG(exception);
}

/* Past the current batch: stop, or count the page and fetch the next one. */
static void amc_lazy_advance(amc_lazy_iter *it)
{
	zval_ptr_dtor(&it->current);
	ZVAL_UNDEF(&it->current);
	it->at_first = false;
	zend_string *link = it->next;
	it->next = NULL;
	if (!link || amc_page_walk_follow(&it->walk, link) == FAILURE) {
		it->state = AMC_LAZY_DONE;
		if (link) {
			zend_string_release(link);
		}
		return;
	}
	it->key++;
	amc_lazy_fetch(it, link);
	zend_string_release(link);
}

#define AMC_LAZY_THIS() amc_lazy_from_obj(Z_OBJ_P(ZEND_THIS))

ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, current)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_lazy_iter *it = AMC_LAZY_THIS();
	if (!amc_lazy_enter(it)) {
		RETURN_THROWS();
	}
	if (it->state == AMC_LAZY_VALID) {
		RETURN_COPY(&it->current);
	}
	RETURN_NULL();
}

ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, key)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_lazy_iter *it = AMC_LAZY_THIS();
	if (!amc_lazy_enter(it)) {
		RETURN_THROWS();
	}
	if (it->state == AMC_LAZY_VALID) {
		RETURN_LONG(it->key);
	}
	RETURN_NULL();
}

ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, next)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_lazy_iter *it = AMC_LAZY_THIS();
	if (!amc_lazy_enter(it)) {
		RETURN_THROWS();
	}
	if (it->state == AMC_LAZY_VALID) {
		amc_lazy_advance(it);
	}
}

ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, rewind)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_lazy_iter *it = AMC_LAZY_THIS();
	if (!amc_lazy_enter(it)) {
		RETURN_THROWS();
	}
	if (!it->at_first) {
		zend_throw_exception(zend_ce_exception, "Cannot rewind a generator that was already run", 0);
	}
}

ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, valid)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_lazy_iter *it = AMC_LAZY_THIS();
	if (!amc_lazy_enter(it)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(it->state == AMC_LAZY_VALID);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator, walkLazy)
{
	zval *fetch;
	zend_long max_pages = 100;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJECT_OF_CLASS(fetch, zend_ce_closure)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(max_pages)
	ZEND_PARSE_PARAMETERS_END();

	object_init_ex(return_value, amc_ce_lazy_page_iterator);
	amc_lazy_iter *it = amc_lazy_from_obj(Z_OBJ_P(return_value));
	ZVAL_COPY(&it->fetch, fetch);
	it->walk.max_pages = max_pages;
}

void amc_register_paginator(void)
{
	amc_ce_atlassian_paginator = register_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator();
	amc_ce_lazy_page_iterator = register_class_AskMyDocs_Connector_Pagination_LazyPageIterator(zend_ce_iterator);
	amc_ce_lazy_page_iterator->create_object = amc_lazy_iter_create;

	memcpy(&amc_lazy_iter_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	amc_lazy_iter_handlers.offset = offsetof(amc_lazy_iter, std);
	amc_lazy_iter_handlers.free_obj = amc_lazy_iter_free;
	amc_lazy_iter_handlers.get_gc = amc_lazy_iter_gc;
	amc_lazy_iter_handlers.clone_obj = NULL;
}
