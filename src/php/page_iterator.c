/* LazyPageIterator and PageWalk: see page_iterator.h. Like a generator the
 * iterator fetches nothing before its first use, cannot be rewound past its
 * first batch, and refuses to be resumed while it runs — a destructor of a
 * row freed by next(), or a callback of the source, cannot re-enter it. */
#include "page_iterator.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "stubs/page_iterator_arginfo.h"

zend_class_entry *amc_ce_lazy_page_iterator;
zend_class_entry *amc_ce_page_walk;

enum { AMC_ITER_NEW, AMC_ITER_VALID, AMC_ITER_DONE };

static zend_object_handlers amc_iter_handlers;

static inline amc_iter *amc_iter_from(zend_object *o)
{
	return (amc_iter *) ((char *) o - offsetof(amc_iter, std));
}

static zend_object *amc_iter_create_object(zend_class_entry *ce)
{
	amc_iter *it = zend_object_alloc(sizeof(amc_iter), ce);
	zend_object_std_init(&it->std, ce);
	object_properties_init(&it->std, ce);
	it->std.handlers = &amc_iter_handlers;
	ZVAL_UNDEF(&it->current);
	ZVAL_UNDEF(&it->key);
	return &it->std;
}

void amc_iter_create(zval *out, zend_class_entry *ce, const amc_iter_source *src, void *state)
{
	object_init_ex(out, ce);
	amc_iter *it = amc_iter_from(Z_OBJ_P(out));
	it->src = src;
	it->state = state;
}

static void amc_iter_free(zend_object *o)
{
	amc_iter *it = amc_iter_from(o);
	zval_ptr_dtor(&it->current);
	zval_ptr_dtor(&it->key);
	if (it->src) {
		it->src->free(it->state);
	}
	zend_object_std_dtor(o);
}

static HashTable *amc_iter_gc(zend_object *o, zval **table, int *n)
{
	amc_iter *it = amc_iter_from(o);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(buf, &it->current);
	if (it->src && it->src->gc) {
		it->src->gc(it->state, buf);
	}
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(o);
}

/* Runs the source for the next batch, marked as running. */
static void amc_iter_fill(amc_iter *it)
{
	it->running = true;
	it->src->fill(it);
	it->running = false;
	it->phase = Z_ISUNDEF(it->current) || EG(exception) ? AMC_ITER_DONE : AMC_ITER_VALID;
}

/* Every method starts here: refuses re-entry, starts a new iterator. */
static amc_iter *amc_iter_enter(zval *this_zv)
{
	amc_iter *it = amc_iter_from(Z_OBJ_P(this_zv));
	const char *cls = ZSTR_VAL(it->std.ce->name);
	const char *shortname = strrchr(cls, '\\') ? strrchr(cls, '\\') + 1 : cls;
	if (it->running) {
		zend_throw_error(NULL, "Cannot resume an already running %s", shortname);
		return NULL;
	}
	if (!it->src) {
		zend_throw_error(NULL, "%s was not created by %s", shortname,
			it->std.ce == amc_ce_page_walk ? "AtlassianClient" : "AtlassianPaginator::walkLazy()");
		return NULL;
	}
	if (it->phase == AMC_ITER_NEW) {
		it->at_first = true;
		amc_iter_fill(it);
	}
	return EG(exception) ? NULL : it;
}

/* Leaves the current batch (its rows' destructors run while the iterator
 * counts as running) and fetches the next one. */
static void amc_iter_advance(amc_iter *it)
{
	zval old;
	ZVAL_COPY_VALUE(&old, &it->current);
	ZVAL_UNDEF(&it->current);
	it->at_first = false;
	it->running = true;
	it->src->consumed(it);
	zval_ptr_dtor(&old);
	zval_ptr_dtor(&it->key);
	ZVAL_UNDEF(&it->key);
	it->running = false;
	if (EG(exception)) {
		it->phase = AMC_ITER_DONE;
		return;
	}
	amc_iter_fill(it);
}

ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(AskMyDocs_Connector_Http_PageWalk, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, current)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_iter *it = amc_iter_enter(ZEND_THIS);
	if (!it) {
		RETURN_THROWS();
	}
	if (it->phase == AMC_ITER_VALID) {
		RETURN_COPY(&it->current);
	}
	RETURN_NULL();
}

ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, key)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_iter *it = amc_iter_enter(ZEND_THIS);
	if (!it) {
		RETURN_THROWS();
	}
	if (it->phase == AMC_ITER_VALID) {
		RETURN_COPY(&it->key);
	}
	RETURN_NULL();
}

ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, next)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_iter *it = amc_iter_enter(ZEND_THIS);
	if (!it) {
		RETURN_THROWS();
	}
	if (it->phase == AMC_ITER_VALID) {
		amc_iter_advance(it);
	}
}

ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, rewind)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_iter *it = amc_iter_enter(ZEND_THIS);
	if (!it) {
		RETURN_THROWS();
	}
	if (!it->at_first) {
		zend_throw_exception_ex(zend_ce_exception, 0, "Cannot rewind a %s that was already run",
			it->std.ce == amc_ce_page_walk ? "PageWalk" : "generator");
	}
}

ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, valid)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_iter *it = amc_iter_enter(ZEND_THIS);
	if (!it) {
		RETURN_THROWS();
	}
	RETURN_BOOL(it->phase == AMC_ITER_VALID);
}

void amc_register_page_iterators(void)
{
	memcpy(&amc_iter_handlers, &std_object_handlers, sizeof(amc_iter_handlers));
	amc_iter_handlers.offset = offsetof(amc_iter, std);
	amc_iter_handlers.free_obj = amc_iter_free;
	amc_iter_handlers.get_gc = amc_iter_gc;
	amc_iter_handlers.clone_obj = NULL;

	amc_ce_lazy_page_iterator = register_class_AskMyDocs_Connector_Pagination_LazyPageIterator(zend_ce_iterator);
	amc_ce_lazy_page_iterator->create_object = amc_iter_create_object;
	amc_ce_page_walk = register_class_AskMyDocs_Connector_Http_PageWalk(zend_ce_iterator);
	amc_ce_page_walk->create_object = amc_iter_create_object;
}
