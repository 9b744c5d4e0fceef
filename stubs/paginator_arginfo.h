/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 2f8b177a199594e1c77e4c66e116e1b55d755b2b */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator_walk, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, fetch, Closure, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxPages, IS_LONG, 0, "100")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator_walkLazy, 0, 1, Iterator, 0)
	ZEND_ARG_OBJ_INFO(0, fetch, Closure, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxPages, IS_LONG, 0, "100")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AskMyDocs_Connector_Pagination_LazyPageIterator___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Pagination_LazyPageIterator_current, 0, 0, IS_ARRAY, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Pagination_LazyPageIterator_key, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Pagination_LazyPageIterator_next, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_AskMyDocs_Connector_Pagination_LazyPageIterator_rewind arginfo_class_AskMyDocs_Connector_Pagination_LazyPageIterator_next

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Pagination_LazyPageIterator_valid, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator, walk);
ZEND_METHOD(Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator, walkLazy);
ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, __construct);
ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, current);
ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, key);
ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, next);
ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, rewind);
ZEND_METHOD(AskMyDocs_Connector_Pagination_LazyPageIterator, valid);


static const zend_function_entry class_Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator_methods[] = {
	ZEND_ME(Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator, walk, arginfo_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator_walk, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator, walkLazy, arginfo_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator_walkLazy, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_AskMyDocs_Connector_Pagination_LazyPageIterator_methods[] = {
	ZEND_ME(AskMyDocs_Connector_Pagination_LazyPageIterator, __construct, arginfo_class_AskMyDocs_Connector_Pagination_LazyPageIterator___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(AskMyDocs_Connector_Pagination_LazyPageIterator, current, arginfo_class_AskMyDocs_Connector_Pagination_LazyPageIterator_current, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Pagination_LazyPageIterator, key, arginfo_class_AskMyDocs_Connector_Pagination_LazyPageIterator_key, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Pagination_LazyPageIterator, next, arginfo_class_AskMyDocs_Connector_Pagination_LazyPageIterator_next, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Pagination_LazyPageIterator, rewind, arginfo_class_AskMyDocs_Connector_Pagination_LazyPageIterator_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Pagination_LazyPageIterator, valid, arginfo_class_AskMyDocs_Connector_Pagination_LazyPageIterator_valid, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Padosoft\\AskMyDocsConnectorConfluence\\Confluence", "AtlassianPaginator", class_Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}

static zend_class_entry *register_class_AskMyDocs_Connector_Pagination_LazyPageIterator(zend_class_entry *class_entry_Iterator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AskMyDocs\\Connector\\Pagination", "LazyPageIterator", class_AskMyDocs_Connector_Pagination_LazyPageIterator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Iterator);

	return class_entry;
}
