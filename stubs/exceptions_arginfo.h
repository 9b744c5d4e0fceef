/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 7d6c9dd47a56321578ba95a2b987859ba2f5f7a8 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorPaginationLimitException___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, maxPages, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, partialResults, IS_ARRAY, 0, "[]")
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, previous, Throwable, 1, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorPaginationLimitException, __construct);


static const zend_function_entry class_Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorAuthException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorApiException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorPaginationLimitException_methods[] = {
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorPaginationLimitException, __construct, arginfo_class_Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorPaginationLimitException___construct, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Padosoft_AskMyDocsConnectorBase_Exceptions_RegistryConfigurationException_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorAuthException(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Padosoft\\AskMyDocsConnectorBase\\Exceptions", "ConnectorAuthException", class_Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorAuthException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	return class_entry;
}

static zend_class_entry *register_class_Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorApiException(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Padosoft\\AskMyDocsConnectorBase\\Exceptions", "ConnectorApiException", class_Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorApiException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	return class_entry;
}

static zend_class_entry *register_class_Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorPaginationLimitException(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Padosoft\\AskMyDocsConnectorBase\\Exceptions", "ConnectorPaginationLimitException", class_Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorPaginationLimitException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	zval property_maxPages_default_value;
	ZVAL_UNDEF(&property_maxPages_default_value);
	zend_string *property_maxPages_name = zend_string_init("maxPages", sizeof("maxPages") - 1, 1);
	zend_declare_typed_property(class_entry, property_maxPages_name, &property_maxPages_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_maxPages_name);

	zval property_partialResults_default_value;
	ZVAL_UNDEF(&property_partialResults_default_value);
	zend_string *property_partialResults_name = zend_string_init("partialResults", sizeof("partialResults") - 1, 1);
	zend_declare_typed_property(class_entry, property_partialResults_name, &property_partialResults_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_partialResults_name);

	return class_entry;
}

static zend_class_entry *register_class_Padosoft_AskMyDocsConnectorBase_Exceptions_RegistryConfigurationException(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Padosoft\\AskMyDocsConnectorBase\\Exceptions", "RegistryConfigurationException", class_Padosoft_AskMyDocsConnectorBase_Exceptions_RegistryConfigurationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	return class_entry;
}
