/* The one iterator behind AskMyDocs\Connector\Pagination\LazyPageIterator
 * (AtlassianPaginator::walkLazy, batches from the user's closure) and
 * AskMyDocs\Connector\Http\PageWalk (AtlassianClient's walks, batches from
 * native transfers): one state machine that behaves like a generator, over a
 * small table of sources. */
#ifndef AMC_PAGE_ITERATOR_H
#define AMC_PAGE_ITERATOR_H

#include "amc.h"

extern zend_class_entry *amc_ce_lazy_page_iterator;
extern zend_class_entry *amc_ce_page_walk;

typedef struct amc_iter amc_iter;

typedef struct {
	/* Produces the next batch in it->current and its key in it->key, or
	 * leaves it->current undefined when the walk is over. May throw. */
	void (*fill)(amc_iter *it);
	/* The current batch was left behind (called before the next fill). */
	void (*consumed)(amc_iter *it);
	/* Frees the source's state (also when it never ran). */
	void (*free)(void *state);
	/* Adds the zvals the state holds (may be NULL). */
	void (*gc)(void *state, zend_get_gc_buffer *buf);
} amc_iter_source;

struct amc_iter {
	const amc_iter_source *src;
	void *state;
	zval current;
	zval key;
	uint8_t phase;
	bool at_first;
	bool running;   /* inside fill/consumed: re-entry is refused */
	zend_object std;
};

/* Creates an iterator of class `ce` over `src`; it owns `state` from now on. */
void amc_iter_create(zval *out, zend_class_entry *ce, const amc_iter_source *src, void *state);

void amc_register_page_iterators(void);

#endif
