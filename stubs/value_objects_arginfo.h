/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 4841d4866f927434aaa532527cbeb1b053d2b8f6 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_SyncResult___construct, 0, 0, 5)
	ZEND_ARG_TYPE_INFO(0, documentsAdded, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, documentsUpdated, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, documentsRemoved, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, errors, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, completedAt, Carbon\\Carbon, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_SyncResult_empty, 0, 0, Padosoft\\AskMyDocsConnectorBase\\SyncResult, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_SyncResult_toArray, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_SyncResult_hasErrors, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_SyncResult_totalChanged, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_HealthStatus___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, state, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, lastCheck, Carbon\\Carbon, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, message, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_HealthStatus_healthy, 0, 0, Padosoft\\AskMyDocsConnectorBase\\HealthStatus, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, message, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_HealthStatus_degraded, 0, 1, Padosoft\\AskMyDocsConnectorBase\\HealthStatus, 0)
	ZEND_ARG_TYPE_INFO(0, message, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Padosoft_AskMyDocsConnectorBase_HealthStatus_errored arginfo_class_Padosoft_AskMyDocsConnectorBase_HealthStatus_degraded

#define arginfo_class_Padosoft_AskMyDocsConnectorBase_HealthStatus_toArray arginfo_class_Padosoft_AskMyDocsConnectorBase_SyncResult_toArray

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext_set, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, tenantId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext_current, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext_isDefault arginfo_class_Padosoft_AskMyDocsConnectorBase_SyncResult_hasErrors

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext_reset, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_SyncResult, __construct);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_SyncResult, empty);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_SyncResult, toArray);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_SyncResult, hasErrors);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_SyncResult, totalChanged);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_HealthStatus, __construct);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_HealthStatus, healthy);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_HealthStatus, degraded);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_HealthStatus, errored);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_HealthStatus, toArray);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Support_TenantContext, set);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Support_TenantContext, current);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Support_TenantContext, isDefault);
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Support_TenantContext, reset);


static const zend_function_entry class_Padosoft_AskMyDocsConnectorBase_SyncResult_methods[] = {
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_SyncResult, __construct, arginfo_class_Padosoft_AskMyDocsConnectorBase_SyncResult___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_SyncResult, empty, arginfo_class_Padosoft_AskMyDocsConnectorBase_SyncResult_empty, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_SyncResult, toArray, arginfo_class_Padosoft_AskMyDocsConnectorBase_SyncResult_toArray, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_SyncResult, hasErrors, arginfo_class_Padosoft_AskMyDocsConnectorBase_SyncResult_hasErrors, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_SyncResult, totalChanged, arginfo_class_Padosoft_AskMyDocsConnectorBase_SyncResult_totalChanged, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Padosoft_AskMyDocsConnectorBase_HealthStatus_methods[] = {
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_HealthStatus, __construct, arginfo_class_Padosoft_AskMyDocsConnectorBase_HealthStatus___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_HealthStatus, healthy, arginfo_class_Padosoft_AskMyDocsConnectorBase_HealthStatus_healthy, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_HealthStatus, degraded, arginfo_class_Padosoft_AskMyDocsConnectorBase_HealthStatus_degraded, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_HealthStatus, errored, arginfo_class_Padosoft_AskMyDocsConnectorBase_HealthStatus_errored, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_HealthStatus, toArray, arginfo_class_Padosoft_AskMyDocsConnectorBase_HealthStatus_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext_methods[] = {
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Support_TenantContext, set, arginfo_class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext_set, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Support_TenantContext, current, arginfo_class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext_current, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Support_TenantContext, isDefault, arginfo_class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext_isDefault, ZEND_ACC_PUBLIC)
	ZEND_ME(Padosoft_AskMyDocsConnectorBase_Support_TenantContext, reset, arginfo_class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext_reset, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Padosoft_AskMyDocsConnectorBase_SyncResult(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Padosoft\\AskMyDocsConnectorBase", "SyncResult", class_Padosoft_AskMyDocsConnectorBase_SyncResult_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval property_documentsAdded_default_value;
	ZVAL_UNDEF(&property_documentsAdded_default_value);
	zend_string *property_documentsAdded_name = zend_string_init("documentsAdded", sizeof("documentsAdded") - 1, 1);
	zend_declare_typed_property(class_entry, property_documentsAdded_name, &property_documentsAdded_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_documentsAdded_name);

	zval property_documentsUpdated_default_value;
	ZVAL_UNDEF(&property_documentsUpdated_default_value);
	zend_string *property_documentsUpdated_name = zend_string_init("documentsUpdated", sizeof("documentsUpdated") - 1, 1);
	zend_declare_typed_property(class_entry, property_documentsUpdated_name, &property_documentsUpdated_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_documentsUpdated_name);

	zval property_documentsRemoved_default_value;
	ZVAL_UNDEF(&property_documentsRemoved_default_value);
	zend_string *property_documentsRemoved_name = zend_string_init("documentsRemoved", sizeof("documentsRemoved") - 1, 1);
	zend_declare_typed_property(class_entry, property_documentsRemoved_name, &property_documentsRemoved_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_documentsRemoved_name);

	zval property_errors_default_value;
	ZVAL_UNDEF(&property_errors_default_value);
	zend_string *property_errors_name = zend_string_init("errors", sizeof("errors") - 1, 1);
	zend_declare_typed_property(class_entry, property_errors_name, &property_errors_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_errors_name);

	zend_string *property_completedAt_class_Carbon_Carbon = zend_string_init("Carbon\\Carbon", sizeof("Carbon\\Carbon")-1, 1);
	zval property_completedAt_default_value;
	ZVAL_UNDEF(&property_completedAt_default_value);
	zend_string *property_completedAt_name = zend_string_init("completedAt", sizeof("completedAt") - 1, 1);
	zend_declare_typed_property(class_entry, property_completedAt_name, &property_completedAt_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_completedAt_class_Carbon_Carbon, 0, 0));
	zend_string_release(property_completedAt_name);

	return class_entry;
}

static zend_class_entry *register_class_Padosoft_AskMyDocsConnectorBase_HealthStatus(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Padosoft\\AskMyDocsConnectorBase", "HealthStatus", class_Padosoft_AskMyDocsConnectorBase_HealthStatus_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval const_STATE_HEALTHY_value;
	zend_string *const_STATE_HEALTHY_value_str = zend_string_init("healthy", strlen("healthy"), 1);
	ZVAL_STR(&const_STATE_HEALTHY_value, const_STATE_HEALTHY_value_str);
	zend_string *const_STATE_HEALTHY_name = zend_string_init_interned("STATE_HEALTHY", sizeof("STATE_HEALTHY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATE_HEALTHY_name, &const_STATE_HEALTHY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATE_HEALTHY_name);

	zval const_STATE_DEGRADED_value;
	zend_string *const_STATE_DEGRADED_value_str = zend_string_init("degraded", strlen("degraded"), 1);
	ZVAL_STR(&const_STATE_DEGRADED_value, const_STATE_DEGRADED_value_str);
	zend_string *const_STATE_DEGRADED_name = zend_string_init_interned("STATE_DEGRADED", sizeof("STATE_DEGRADED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATE_DEGRADED_name, &const_STATE_DEGRADED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATE_DEGRADED_name);

	zval const_STATE_ERRORED_value;
	zend_string *const_STATE_ERRORED_value_str = zend_string_init("errored", strlen("errored"), 1);
	ZVAL_STR(&const_STATE_ERRORED_value, const_STATE_ERRORED_value_str);
	zend_string *const_STATE_ERRORED_name = zend_string_init_interned("STATE_ERRORED", sizeof("STATE_ERRORED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATE_ERRORED_name, &const_STATE_ERRORED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATE_ERRORED_name);

	zval property_state_default_value;
	ZVAL_UNDEF(&property_state_default_value);
	zend_string *property_state_name = zend_string_init("state", sizeof("state") - 1, 1);
	zend_declare_typed_property(class_entry, property_state_name, &property_state_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_state_name);

	zend_string *property_lastCheck_class_Carbon_Carbon = zend_string_init("Carbon\\Carbon", sizeof("Carbon\\Carbon")-1, 1);
	zval property_lastCheck_default_value;
	ZVAL_UNDEF(&property_lastCheck_default_value);
	zend_string *property_lastCheck_name = zend_string_init("lastCheck", sizeof("lastCheck") - 1, 1);
	zend_declare_typed_property(class_entry, property_lastCheck_name, &property_lastCheck_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_lastCheck_class_Carbon_Carbon, 0, 0));
	zend_string_release(property_lastCheck_name);

	zval property_message_default_value;
	ZVAL_UNDEF(&property_message_default_value);
	zend_string *property_message_name = zend_string_init("message", sizeof("message") - 1, 1);
	zend_declare_typed_property(class_entry, property_message_name, &property_message_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_message_name);

	return class_entry;
}

static zend_class_entry *register_class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Padosoft\\AskMyDocsConnectorBase\\Support", "TenantContext", class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval const_DEFAULT_TENANT_value;
	zend_string *const_DEFAULT_TENANT_value_str = zend_string_init("default", strlen("default"), 1);
	ZVAL_STR(&const_DEFAULT_TENANT_value, const_DEFAULT_TENANT_value_str);
	zend_string *const_DEFAULT_TENANT_name = zend_string_init_interned("DEFAULT_TENANT", sizeof("DEFAULT_TENANT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEFAULT_TENANT_name, &const_DEFAULT_TENANT_value, ZEND_ACC_PRIVATE, NULL);
	zend_string_release(const_DEFAULT_TENANT_name);

	zval property_tenantId_default_value;
	zend_string *property_tenantId_default_value_str = zend_string_init("default", strlen("default"), 1);
	ZVAL_STR(&property_tenantId_default_value, property_tenantId_default_value_str);
	zend_string *property_tenantId_name = zend_string_init("tenantId", sizeof("tenantId") - 1, 1);
	zend_declare_typed_property(class_entry, property_tenantId_name, &property_tenantId_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_tenantId_name);

	return class_entry;
}
