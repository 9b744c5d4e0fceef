/* Contracts of connector-base: ConnectorInterface, the ingestion contract and
 * its fail-loud null implementation, DeclaresProvenance and ProvenanceTier. */
#include "amc.h"
#include "zend_enum.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "stubs/contracts_arginfo.h"

zend_class_entry *amc_ce_connector_interface;
zend_class_entry *amc_ce_ingestion_contract;
zend_class_entry *amc_ce_null_ingestion_contract;
zend_class_entry *amc_ce_declares_provenance;
zend_class_entry *amc_ce_provenance_tier;

/* ---- ProvenanceTier ---------------------------------------------------- */

static void amc_return_tier(zval *return_value, const char *case_name)
{
	zend_object *tier = zend_enum_get_case_cstr(amc_ce_provenance_tier, case_name);
	RETURN_OBJ_COPY(tier);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_ProvenanceTier, default)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_return_tier(return_value, "TrustedInternal");
}

/* null is a known absence (the default); an unknown value fails closed. */
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_ProvenanceTier, fromStorage)
{
	zend_string *value = NULL;
	zend_object *tier;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR_OR_NULL(value)
	ZEND_PARSE_PARAMETERS_END();

	if (!value) {
		amc_return_tier(return_value, "TrustedInternal");
		return;
	}
	if (zend_enum_get_case_by_value(&tier, amc_ce_provenance_tier, 0, value, true) == SUCCESS && tier) {
		RETURN_OBJ_COPY(tier);
	}
	amc_return_tier(return_value, "UntrustedExternal");
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_ProvenanceTier, isExternallyAuthored)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(Z_OBJ_P(ZEND_THIS) == zend_enum_get_case_cstr(amc_ce_provenance_tier, "UntrustedExternal"));
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_ProvenanceTier, label)
{
	static const struct { const char *name; const char *label; } labels[] = {
		{"TrustedInternal", "Trusted internal"},
		{"UntrustedExternal", "Untrusted external"},
		{"MachineGenerated", "Machine generated"},
	};
	ZEND_PARSE_PARAMETERS_NONE();

	zend_object *self = Z_OBJ_P(ZEND_THIS);
	for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
		if (self == zend_enum_get_case_cstr(amc_ce_provenance_tier, labels[i].name)) {
			RETURN_STRING(labels[i].label);
		}
	}
	zend_throw_error(NULL, "Unhandled ProvenanceTier case");
}

/* ---- NullConnectorIngestionContract ------------------------------------ */

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Contracts_NullConnectorIngestionContract, dispatchIngestion)
{
	zend_string *project_key, *relative_path, *disk, *title, *mime_type, *tenant_id;
	HashTable *metadata;

	ZEND_PARSE_PARAMETERS_START(7, 7)
		Z_PARAM_STR(project_key)
		Z_PARAM_STR(relative_path)
		Z_PARAM_STR(disk)
		Z_PARAM_STR(title)
		Z_PARAM_ARRAY_HT(metadata)
		Z_PARAM_STR(mime_type)
		Z_PARAM_STR(tenant_id)
	ZEND_PARSE_PARAMETERS_END();

	zend_throw_exception(spl_ce_LogicException,
		"No ConnectorIngestionContract implementation bound. Host applications MUST bind one (e.g. "
		"`$this->app->bind(ConnectorIngestionContract::class, HostIngestionBridge::class);` "
		"in a ServiceProvider) — the connector packages cannot dispatch ingestion without it.", 0);
}

/* Backslashes become slashes and leading slashes go: the path as the host
 * bridge would normalise it, on the 'kb' disk with no prefix. */
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Contracts_NullConnectorIngestionContract, resolveKbSourcePath)
{
	zend_string *relative_path;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(relative_path)
	ZEND_PARSE_PARAMETERS_END();

	const char *src = ZSTR_VAL(relative_path);
	size_t len = ZSTR_LEN(relative_path), start = 0;
	while (start < len && (src[start] == '/' || src[start] == '\\')) {
		start++;
	}
	zend_string *norm = zend_string_init(src + start, len - start, 0);
	for (size_t i = 0; i < ZSTR_LEN(norm); i++) {
		if (ZSTR_VAL(norm)[i] == '\\') {
			ZSTR_VAL(norm)[i] = '/';
		}
	}

	array_init_size(return_value, 3);
	add_assoc_str(return_value, "relative", zend_string_copy(norm));
	add_assoc_str(return_value, "absolute", norm);
	add_assoc_string(return_value, "disk", "kb");
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Contracts_NullConnectorIngestionContract, redactContent)
{
	zend_string *content;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(content)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR_COPY(content);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Contracts_NullConnectorIngestionContract, emitAudit)
{
	zend_string *connector_key, *event_type;
	zend_long installation_id = 0;
	bool installation_id_null = true;
	HashTable *metadata = NULL;

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_STR(connector_key)
		Z_PARAM_STR(event_type)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(installation_id, installation_id_null)
		Z_PARAM_ARRAY_HT_OR_NULL(metadata)
	ZEND_PARSE_PARAMETERS_END();
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Contracts_NullConnectorIngestionContract, softDeleteByRemoteId)
{
	static const char model[] = AMC_NS_BASE "\\Models\\ConnectorInstallation";
	zval *installation;
	zend_string *metadata_key, *remote_id;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_ZVAL(installation)
		Z_PARAM_STR(metadata_key)
		Z_PARAM_STR(remote_id)
	ZEND_PARSE_PARAMETERS_END();

	if (!amc_check_arg_class(1, installation, model, sizeof(model) - 1, false)) {
		RETURN_THROWS();
	}
	RETURN_FALSE;
}

void amc_register_contracts(void)
{
	amc_ce_connector_interface = register_class_Padosoft_AskMyDocsConnectorBase_ConnectorInterface();
	amc_ce_provenance_tier = register_class_Padosoft_AskMyDocsConnectorBase_ProvenanceTier();
	amc_ce_provenance_tier->ce_flags |= ZEND_ACC_FINAL; /* as the compiler marks userland enums */
	amc_return_type_self(amc_ce_provenance_tier, "default");
	amc_return_type_self(amc_ce_provenance_tier, "fromstorage");
	amc_ce_ingestion_contract = register_class_Padosoft_AskMyDocsConnectorBase_Contracts_ConnectorIngestionContract();
	amc_ce_null_ingestion_contract = register_class_Padosoft_AskMyDocsConnectorBase_Contracts_NullConnectorIngestionContract(amc_ce_ingestion_contract);
	amc_ce_declares_provenance = register_class_Padosoft_AskMyDocsConnectorBase_Contracts_DeclaresProvenance();
}
