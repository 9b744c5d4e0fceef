/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 9b960a98ba20591adc87ebdb767064035a8c349a */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator_walk, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, fetch, Closure, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxPages, IS_LONG, 0, "100")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator_walkLazy, 0, 1, Iterator, 0)
	ZEND_ARG_OBJ_INFO(0, fetch, Closure, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxPages, IS_LONG, 0, "100")
ZEND_END_ARG_INFO()


ZEND_METHOD(Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator, walk);
ZEND_METHOD(Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator, walkLazy);


static const zend_function_entry class_Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator_methods[] = {
	ZEND_ME(Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator, walk, arginfo_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator_walk, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator, walkLazy, arginfo_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_AtlassianPaginator_walkLazy, ZEND_ACC_PUBLIC)
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
