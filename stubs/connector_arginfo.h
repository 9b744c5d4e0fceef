/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 97e3fa794ba62ea96cde01060487f8d888b64990 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector___construct, 0, 0, 3)
	ZEND_ARG_OBJ_INFO(0, vault, Padosoft\\AskMyDocsConnectorBase\\Auth\\OAuthCredentialVault, 0)
	ZEND_ARG_OBJ_INFO(0, tenantContext, Padosoft\\AskMyDocsConnectorBase\\Support\\TenantContext, 0)
	ZEND_ARG_OBJ_INFO(0, ingestion, Padosoft\\AskMyDocsConnectorBase\\Contracts\\ConnectorIngestionContract, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_oauthScopes, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_iconUrl, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_refreshTokenIfExpired, 0, 1, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, installationId, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_dispatchIngestion, 0, 7, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, projectKey, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, relativePath, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, disk, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, title, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, metadata, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, mimeType, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, tenantId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_resolveProjectKey, 0, 1, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, installation, Padosoft\\AskMyDocsConnectorBase\\Models\\ConnectorInstallation, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_resolveKbSourcePath, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, relativePath, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_maybeRedactContent, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, content, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_emitAudit, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, eventType, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, installationId, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, metadata, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_softDeleteByMetadataKey, 0, 3, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, installation, Padosoft\\AskMyDocsConnectorBase\\Models\\ConnectorInstallation, 0)
	ZEND_ARG_TYPE_INFO(0, metadataKey, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, remoteId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_issueOAuthState, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, installationId, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_consumeOAuthState, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, installationId, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, token, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_loadInstallation, 0, 1, Padosoft\\AskMyDocsConnectorBase\\Models\\ConnectorInstallation, 0)
	ZEND_ARG_TYPE_INFO(0, installationId, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_stateCacheKey, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, installationId, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, token, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, __construct);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, oauthScopes);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, iconUrl);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, refreshTokenIfExpired);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, dispatchIngestion);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, resolveProjectKey);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, resolveKbSourcePath);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, maybeRedactContent);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, emitAudit);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, softDeleteByMetadataKey);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, issueOAuthState);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, consumeOAuthState);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, loadInstallation);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, stateCacheKey);


static const zend_function_entry class_Padosoft_AskMyDocsConnectorBase_BaseConnector_methods[] = {
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_BaseConnector, __construct, arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_BaseConnector, oauthScopes, arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_oauthScopes, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_BaseConnector, iconUrl, arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_iconUrl, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_BaseConnector, refreshTokenIfExpired, arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_refreshTokenIfExpired, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_BaseConnector, dispatchIngestion, arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_dispatchIngestion, ZEND_ACC_PROTECTED)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_BaseConnector, resolveProjectKey, arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_resolveProjectKey, ZEND_ACC_PROTECTED)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_BaseConnector, resolveKbSourcePath, arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_resolveKbSourcePath, ZEND_ACC_PROTECTED)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_BaseConnector, maybeRedactContent, arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_maybeRedactContent, ZEND_ACC_PROTECTED)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_BaseConnector, emitAudit, arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_emitAudit, ZEND_ACC_PROTECTED)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_BaseConnector, softDeleteByMetadataKey, arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_softDeleteByMetadataKey, ZEND_ACC_PROTECTED)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_BaseConnector, issueOAuthState, arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_issueOAuthState, ZEND_ACC_PROTECTED)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_BaseConnector, consumeOAuthState, arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_consumeOAuthState, ZEND_ACC_PROTECTED)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_BaseConnector, loadInstallation, arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_loadInstallation, ZEND_ACC_PROTECTED)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_BaseConnector, stateCacheKey, arginfo_class_Padosoft_AskMyDocsConnectorBase_BaseConnector_stateCacheKey, ZEND_ACC_PRIVATE)
	ZEND_FE_END
};

static zend_class_entry *register_class_Padosoft_AskMyDocsConnectorBase_BaseConnector(zend_class_entry *class_entry_Padosoft_AskMyDocsConnectorBase_ConnectorInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Padosoft\\AskMyDocsConnectorBase", "BaseConnector", class_Padosoft_AskMyDocsConnectorBase_BaseConnector_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT;
	zend_class_implements(class_entry, 1, class_entry_Padosoft_AskMyDocsConnectorBase_ConnectorInterface);

	zend_string *property_vault_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault = zend_string_init("Padosoft\\AskMyDocsConnectorBase\\Auth\\OAuthCredentialVault", sizeof("Padosoft\\AskMyDocsConnectorBase\\Auth\\OAuthCredentialVault")-1, 1);
	zval property_vault_default_value;
	ZVAL_UNDEF(&property_vault_default_value);
	zend_string *property_vault_name = zend_string_init("vault", sizeof("vault") - 1, 1);
	zend_declare_typed_property(class_entry, property_vault_name, &property_vault_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_vault_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, 0, 0));
	zend_string_release(property_vault_name);

	zend_string *property_tenantContext_class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext = zend_string_init("Padosoft\\AskMyDocsConnectorBase\\Support\\TenantContext", sizeof("Padosoft\\AskMyDocsConnectorBase\\Support\\TenantContext")-1, 1);
	zval property_tenantContext_default_value;
	ZVAL_UNDEF(&property_tenantContext_default_value);
	zend_string *property_tenantContext_name = zend_string_init("tenantContext", sizeof("tenantContext") - 1, 1);
	zend_declare_typed_property(class_entry, property_tenantContext_name, &property_tenantContext_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_tenantContext_class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext, 0, 0));
	zend_string_release(property_tenantContext_name);

	zend_string *property_ingestion_class_Padosoft_AskMyDocsConnectorBase_Contracts_ConnectorIngestionContract = zend_string_init("Padosoft\\AskMyDocsConnectorBase\\Contracts\\ConnectorIngestionContract", sizeof("Padosoft\\AskMyDocsConnectorBase\\Contracts\\ConnectorIngestionContract")-1, 1);
	zval property_ingestion_default_value;
	ZVAL_UNDEF(&property_ingestion_default_value);
	zend_string *property_ingestion_name = zend_string_init("ingestion", sizeof("ingestion") - 1, 1);
	zend_declare_typed_property(class_entry, property_ingestion_name, &property_ingestion_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_ingestion_class_Padosoft_AskMyDocsConnectorBase_Contracts_ConnectorIngestionContract, 0, 0));
	zend_string_release(property_ingestion_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "consumeoauthstate", sizeof("consumeoauthstate") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "statecachekey", sizeof("statecachekey") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
