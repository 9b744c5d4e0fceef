/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c509894e1051ab208ed356039b4645561283090c */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AskMyDocs_Connector_Http_AtlassianClient___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, baseUrl, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, token, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Http_AtlassianClient_resolve, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, link, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_AskMyDocs_Connector_Http_AtlassianClient_get, 0, 1, AskMyDocs\\Connector\\Http\\Response, 0)
	ZEND_ARG_TYPE_INFO(0, urlOrPath, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_AskMyDocs_Connector_Http_AtlassianClient_walk, 0, 1, AskMyDocs\\Connector\\Http\\PageWalk, 0)
	ZEND_ARG_TYPE_INFO(0, start, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxPages, IS_LONG, 0, "100")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_AskMyDocs_Connector_Http_AtlassianClient_walkMany, 0, 1, AskMyDocs\\Connector\\Http\\PageWalk, 0)
	ZEND_ARG_TYPE_INFO(0, starts, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxPages, IS_LONG, 0, "100")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Http_AtlassianClient_stats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AskMyDocs_Connector_Http_Response___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Http_Response_status, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Http_Response_successful, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_AskMyDocs_Connector_Http_Response_failed arginfo_class_AskMyDocs_Connector_Http_Response_successful

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Http_Response_body, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Http_Response_json, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, key, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Http_Response_header, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, header, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_AskMyDocs_Connector_Http_Response_headers arginfo_class_AskMyDocs_Connector_Http_AtlassianClient_stats

#define arginfo_class_AskMyDocs_Connector_Http_Response_effectiveUri arginfo_class_AskMyDocs_Connector_Http_Response_body

#define arginfo_class_AskMyDocs_Connector_Http_Response_protocolVersion arginfo_class_AskMyDocs_Connector_Http_Response_body


ZEND_METHOD(AskMyDocs_Connector_Http_AtlassianClient, __construct);
ZEND_METHOD(AskMyDocs_Connector_Http_AtlassianClient, resolve);
ZEND_METHOD(AskMyDocs_Connector_Http_AtlassianClient, get);
ZEND_METHOD(AskMyDocs_Connector_Http_AtlassianClient, walk);
ZEND_METHOD(AskMyDocs_Connector_Http_AtlassianClient, walkMany);
ZEND_METHOD(AskMyDocs_Connector_Http_AtlassianClient, stats);
ZEND_METHOD(AskMyDocs_Connector_Http_Response, __construct);
ZEND_METHOD(AskMyDocs_Connector_Http_Response, status);
ZEND_METHOD(AskMyDocs_Connector_Http_Response, successful);
ZEND_METHOD(AskMyDocs_Connector_Http_Response, failed);
ZEND_METHOD(AskMyDocs_Connector_Http_Response, body);
ZEND_METHOD(AskMyDocs_Connector_Http_Response, json);
ZEND_METHOD(AskMyDocs_Connector_Http_Response, header);
ZEND_METHOD(AskMyDocs_Connector_Http_Response, headers);
ZEND_METHOD(AskMyDocs_Connector_Http_Response, effectiveUri);
ZEND_METHOD(AskMyDocs_Connector_Http_Response, protocolVersion);


static const zend_function_entry class_AskMyDocs_Connector_Http_AtlassianClient_methods[] = {
	ZEND_ME(AskMyDocs_Connector_Http_AtlassianClient, __construct, arginfo_class_AskMyDocs_Connector_Http_AtlassianClient___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Http_AtlassianClient, resolve, arginfo_class_AskMyDocs_Connector_Http_AtlassianClient_resolve, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Http_AtlassianClient, get, arginfo_class_AskMyDocs_Connector_Http_AtlassianClient_get, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Http_AtlassianClient, walk, arginfo_class_AskMyDocs_Connector_Http_AtlassianClient_walk, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Http_AtlassianClient, walkMany, arginfo_class_AskMyDocs_Connector_Http_AtlassianClient_walkMany, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Http_AtlassianClient, stats, arginfo_class_AskMyDocs_Connector_Http_AtlassianClient_stats, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_AskMyDocs_Connector_Http_Response_methods[] = {
	ZEND_ME(AskMyDocs_Connector_Http_Response, __construct, arginfo_class_AskMyDocs_Connector_Http_Response___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(AskMyDocs_Connector_Http_Response, status, arginfo_class_AskMyDocs_Connector_Http_Response_status, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Http_Response, successful, arginfo_class_AskMyDocs_Connector_Http_Response_successful, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Http_Response, failed, arginfo_class_AskMyDocs_Connector_Http_Response_failed, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Http_Response, body, arginfo_class_AskMyDocs_Connector_Http_Response_body, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Http_Response, json, arginfo_class_AskMyDocs_Connector_Http_Response_json, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Http_Response, header, arginfo_class_AskMyDocs_Connector_Http_Response_header, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Http_Response, headers, arginfo_class_AskMyDocs_Connector_Http_Response_headers, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Http_Response, effectiveUri, arginfo_class_AskMyDocs_Connector_Http_Response_effectiveUri, ZEND_ACC_PUBLIC)
	ZEND_ME(AskMyDocs_Connector_Http_Response, protocolVersion, arginfo_class_AskMyDocs_Connector_Http_Response_protocolVersion, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_AskMyDocs_Connector_Http_AtlassianClient(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AskMyDocs\\Connector\\Http", "AtlassianClient", class_AskMyDocs_Connector_Http_AtlassianClient_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_AskMyDocs_Connector_Http_Response(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AskMyDocs\\Connector\\Http", "Response", class_AskMyDocs_Connector_Http_Response_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
