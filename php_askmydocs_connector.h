/* askmydocs_connector: native AskMyDocs connector classes for PHP. */
#ifndef PHP_ASKMYDOCS_CONNECTOR_H
#define PHP_ASKMYDOCS_CONNECTOR_H

extern zend_module_entry askmydocs_connector_module_entry;
#define phpext_askmydocs_connector_ptr &askmydocs_connector_module_entry

#define PHP_ASKMYDOCS_CONNECTOR_VERSION "0.1.0"

/* Upstream releases whose PHP surface the native classes reproduce. */
#define AMC_UPSTREAM_BASE_VERSION "1.3.1"
#define AMC_UPSTREAM_CONFLUENCE_VERSION "1.0.0"

#if defined(ZTS) && defined(COMPILE_DL_ASKMYDOCS_CONNECTOR)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
