/* Module entry: MINIT registers every class family; MINFO reports the
 * versions of the libraries the extension is linked against. */
#include "amc.h"
#include "ext/standard/info.h"
#include "page_iterator.h"

#include <libxml/parser.h>
#include <curl/curl.h>
#include <sodium.h>
#include <openssl/crypto.h>

ZEND_DECLARE_MODULE_GLOBALS(askmydocs_connector)

static PHP_GINIT_FUNCTION(askmydocs_connector)
{
#if defined(COMPILE_DL_ASKMYDOCS_CONNECTOR) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(askmydocs_connector_globals, 0, sizeof(*askmydocs_connector_globals));
}

static PHP_GSHUTDOWN_FUNCTION(askmydocs_connector)
{
	amc_http_thread_shutdown(askmydocs_connector_globals);
}

/* Opt-in behaviour beyond upstream's; every default is upstream's. */
PHP_INI_BEGIN()
	STD_PHP_INI_BOOLEAN("askmydocs_connector.paginator_retry", "0", PHP_INI_ALL, OnUpdateBool,
		paginator_retry, zend_askmydocs_connector_globals, askmydocs_connector_globals)
PHP_INI_END()

static PHP_MINIT_FUNCTION(askmydocs_connector)
{
	if (sodium_init() < 0) {
		php_error_docref(NULL, E_CORE_WARNING, "libsodium could not be initialised");
		return FAILURE;
	}
	REGISTER_INI_ENTRIES();
	amc_register_exceptions();
	amc_register_contracts();
	amc_register_value_objects();
	amc_register_vault(); amc_register_base_connector(); /* vault first: the connector types it */
	amc_register_paginator();
	amc_register_page_iterators();
	amc_register_http_client();
	amc_register_converter();
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(askmydocs_connector)
{
	UNREGISTER_INI_ENTRIES();
	amc_shutdown_value_objects();
	amc_shutdown_http_client();
	return SUCCESS;
}

/* libxml2 reports its runtime version as "20914": print it as 2.9.14. */
static void libxml_runtime_version(char *out, size_t size)
{
	int v = xmlParserVersion ? atoi(xmlParserVersion) : 0;
	snprintf(out, size, "%d.%d.%d", v / 10000, (v / 100) % 100, v % 100);
}

static PHP_MINFO_FUNCTION(askmydocs_connector)
{
	char libxml[32];
	libxml_runtime_version(libxml, sizeof(libxml));

	const curl_version_info_data *curl = curl_version_info(CURLVERSION_NOW);

	php_info_print_table_start();
	php_info_print_table_row(2, "askmydocs_connector support", "enabled");
	php_info_print_table_row(2, "Extension version", PHP_ASKMYDOCS_CONNECTOR_VERSION);
	php_info_print_table_row(2, "Matches padosoft/askmydocs-connector-base", AMC_UPSTREAM_BASE_VERSION);
	php_info_print_table_row(2, "Matches padosoft/askmydocs-connector-confluence", AMC_UPSTREAM_CONFLUENCE_VERSION);
	php_info_print_table_row(2, "libxml2 version", libxml);
	php_info_print_table_row(2, "libcurl version", curl ? curl->version : "unknown");
	php_info_print_table_row(2, "libsodium version", sodium_version_string());
	php_info_print_table_row(2, "OpenSSL version", OpenSSL_version(OPENSSL_VERSION));
	php_info_print_table_end();
	DISPLAY_INI_ENTRIES();
}

static const zend_module_dep amc_deps[] = {
	ZEND_MOD_REQUIRED("json")
	ZEND_MOD_REQUIRED("spl")
	ZEND_MOD_END
};

zend_module_entry askmydocs_connector_module_entry = {
	STANDARD_MODULE_HEADER_EX, NULL,
	amc_deps,
	"askmydocs_connector",
	NULL,
	PHP_MINIT(askmydocs_connector),
	PHP_MSHUTDOWN(askmydocs_connector),
	NULL,
	NULL,
	PHP_MINFO(askmydocs_connector),
	PHP_ASKMYDOCS_CONNECTOR_VERSION,
	PHP_MODULE_GLOBALS(askmydocs_connector),
	PHP_GINIT(askmydocs_connector),
	PHP_GSHUTDOWN(askmydocs_connector),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_ASKMYDOCS_CONNECTOR
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(askmydocs_connector)
#endif
