/* Padosoft\AskMyDocsConnectorBase\Exceptions\*: the connector exception family. */
#include "amc.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "stubs/exceptions_arginfo.h"

zend_class_entry *amc_ce_auth_exception;
zend_class_entry *amc_ce_api_exception;
zend_class_entry *amc_ce_pagination_limit_exception;
zend_class_entry *amc_ce_registry_configuration_exception;

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorPaginationLimitException, __construct)
{
	zend_long max_pages;
	zval *partial = NULL, *previous = NULL, zpartial, zmax;
	zend_object *obj = Z_OBJ_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_LONG(max_pages)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(partial)
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(previous, zend_ce_throwable)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_LONG(&zmax, max_pages);
	amc_init_prop(amc_ce_pagination_limit_exception, obj, ZEND_STRL("maxPages"), &zmax);
	if (partial) {
		amc_init_prop(amc_ce_pagination_limit_exception, obj, ZEND_STRL("partialResults"), partial);
	} else {
		ZVAL_EMPTY_ARRAY(&zpartial);
		amc_init_prop(amc_ce_pagination_limit_exception, obj, ZEND_STRL("partialResults"), &zpartial);
	}
	if (EG(exception)) {
		RETURN_THROWS();
	}

	zend_string *message = zend_strpprintf(0,
		"Pagination limit (maxPages=" ZEND_LONG_FMT ") reached while has_more=true.", max_pages);
	zend_update_property_str(zend_ce_exception, obj, ZEND_STRL("message"), message);
	zend_string_release(message);
	if (previous) {
		zend_update_property(zend_ce_exception, obj, ZEND_STRL("previous"), previous);
	}
}

void amc_register_exceptions(void)
{
	amc_ce_auth_exception = register_class_Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorAuthException(spl_ce_RuntimeException);
	amc_ce_api_exception = register_class_Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorApiException(spl_ce_RuntimeException);
	amc_ce_pagination_limit_exception = register_class_Padosoft_AskMyDocsConnectorBase_Exceptions_ConnectorPaginationLimitException(spl_ce_RuntimeException);
	amc_mark_promoted(amc_ce_pagination_limit_exception, 2); /* maxPages, partialResults */
	amc_ce_registry_configuration_exception = register_class_Padosoft_AskMyDocsConnectorBase_Exceptions_RegistryConfigurationException(spl_ce_RuntimeException);
}
