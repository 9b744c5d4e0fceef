/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: ba21495fccbd6dda4376e8e20db4ce6fa5285024 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown_convert, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, storage, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown, convert);


static const zend_function_entry class_Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown_methods[] = {
	ZEND_ME(Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown, convert, arginfo_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown_convert, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Padosoft\\AskMyDocsConnectorConfluence\\Confluence", "ConfluenceStorageToMarkdown", class_Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
