/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 9e6de3c4af80a33ba01e724ea67be4e72e67c4af */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault___construct, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, tenantContext, Padosoft\\AskMyDocsConnectorBase\\Support\\TenantContext, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_getAccessToken, 0, 1, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, installationId, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_getRefreshToken arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_getAccessToken

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_getCredentialRow, 0, 1, Padosoft\\AskMyDocsConnectorBase\\Models\\ConnectorCredential, 1)
	ZEND_ARG_TYPE_INFO(0, installationId, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_getExtra, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, installationId, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_getExtraKey, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, installationId, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_setExtraKey, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, installationId, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_setCredentials, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, installationId, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, accessToken, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, refreshToken, IS_STRING, 1, "null")
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, expiresAt, Carbon\\Carbon, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, extra, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_clearCredentials, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, installationId, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_findInstallation, 0, 1, Padosoft\\AskMyDocsConnectorBase\\Models\\ConnectorInstallation, 1)
	ZEND_ARG_TYPE_INFO(0, installationId, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_findCredential arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_getCredentialRow

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AskMyDocs_Connector_Internal_LaravelCrypt___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Internal_LaravelCrypt_encryptString, 0, 3, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, cipher, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Internal_LaravelCrypt_decryptString, 0, 3, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, cipher, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, keys, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, payload, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Internal_LaravelCrypt_appEncryptString, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AskMyDocs_Connector_Internal_LaravelCrypt_appDecryptString, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, payload, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, __construct);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, getAccessToken);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, getRefreshToken);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, getCredentialRow);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, getExtra);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, getExtraKey);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, setExtraKey);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, setCredentials);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, clearCredentials);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, findInstallation);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, findCredential);
ZEND_METHOD(AskMyDocs_Connector_Internal_LaravelCrypt, __construct);
ZEND_METHOD(AskMyDocs_Connector_Internal_LaravelCrypt, encryptString);
ZEND_METHOD(AskMyDocs_Connector_Internal_LaravelCrypt, decryptString);
ZEND_METHOD(AskMyDocs_Connector_Internal_LaravelCrypt, appEncryptString);
ZEND_METHOD(AskMyDocs_Connector_Internal_LaravelCrypt, appDecryptString);


static const zend_function_entry class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_methods[] = {
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, __construct, arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, getAccessToken, arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_getAccessToken, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, getRefreshToken, arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_getRefreshToken, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, getCredentialRow, arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_getCredentialRow, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, getExtra, arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_getExtra, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, getExtraKey, arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_getExtraKey, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, setExtraKey, arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_setExtraKey, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, setCredentials, arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_setCredentials, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, clearCredentials, arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_clearCredentials, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, findInstallation, arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_findInstallation, ZEND_ACC_PRIVATE)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, findCredential, arginfo_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_findCredential, ZEND_ACC_PRIVATE)
	ZEND_FE_END
};


static const zend_function_entry class_AskMyDocs_Connector_Internal_LaravelCrypt_methods[] = {
	ZEND_ME(AskMyDocs_Connector_Internal_LaravelCrypt, __construct, arginfo_class_AskMyDocs_Connector_Internal_LaravelCrypt___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(AskMyDocs_Connector_Internal_LaravelCrypt, encryptString, arginfo_class_AskMyDocs_Connector_Internal_LaravelCrypt_encryptString, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(AskMyDocs_Connector_Internal_LaravelCrypt, decryptString, arginfo_class_AskMyDocs_Connector_Internal_LaravelCrypt_decryptString, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(AskMyDocs_Connector_Internal_LaravelCrypt, appEncryptString, arginfo_class_AskMyDocs_Connector_Internal_LaravelCrypt_appEncryptString, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(AskMyDocs_Connector_Internal_LaravelCrypt, appDecryptString, arginfo_class_AskMyDocs_Connector_Internal_LaravelCrypt_appDecryptString, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Padosoft\\AskMyDocsConnectorBase\\Auth", "OAuthCredentialVault", class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zend_string *property_tenantContext_class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext = zend_string_init("Padosoft\\AskMyDocsConnectorBase\\Support\\TenantContext", sizeof("Padosoft\\AskMyDocsConnectorBase\\Support\\TenantContext")-1, 1);
	zval property_tenantContext_default_value;
	ZVAL_UNDEF(&property_tenantContext_default_value);
	zend_string *property_tenantContext_name = zend_string_init("tenantContext", sizeof("tenantContext") - 1, 1);
	zend_declare_typed_property(class_entry, property_tenantContext_name, &property_tenantContext_default_value, ZEND_ACC_PRIVATE|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_tenantContext_class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext, 0, 0));
	zend_string_release(property_tenantContext_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "setextrakey", sizeof("setextrakey") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "setcredentials", sizeof("setcredentials") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "setcredentials", sizeof("setcredentials") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "setcredentials", sizeof("setcredentials") - 1), 4, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_AskMyDocs_Connector_Internal_LaravelCrypt(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AskMyDocs\\Connector\\Internal", "LaravelCrypt", class_AskMyDocs_Connector_Internal_LaravelCrypt_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "encryptstring", sizeof("encryptstring") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "encryptstring", sizeof("encryptstring") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "decryptstring", sizeof("decryptstring") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "appencryptstring", sizeof("appencryptstring") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
