/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: b5487e1ea7ccbfca0fedd9b8fe099352b3848d5a */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown_convert, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, storage, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AskMyDocs_Connector_Confluence_StorageConverter___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Confluence_StorageConverter_convert, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, storage, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(1, report, IS_ARRAY, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()


ZEND_METHOD(Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown, convert);
ZEND_METHOD(AskMyDocs_Connector_Confluence_StorageConverter, __construct);
ZEND_METHOD(AskMyDocs_Connector_Confluence_StorageConverter, convert);


static const zend_function_entry class_Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown_methods[] = {
	ZEND_ME(Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown, convert, arginfo_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown_convert, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_AskMyDocs_Connector_Confluence_StorageConverter_methods[] = {
	ZEND_ME(AskMyDocs_Connector_Confluence_StorageConverter, __construct, arginfo_class_AskMyDocs_Connector_Confluence_StorageConverter___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(AskMyDocs_Connector_Confluence_StorageConverter, convert, arginfo_class_AskMyDocs_Connector_Confluence_StorageConverter_convert, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
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

static zend_class_entry *register_class_AskMyDocs_Connector_Confluence_StorageConverter(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AskMyDocs\\Connector\\Confluence", "StorageConverter", class_AskMyDocs_Connector_Confluence_StorageConverter_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
