/* askmydocs_connector: native AskMyDocs connector classes for PHP. */
#ifndef PHP_ASKMYDOCS_CONNECTOR_H
#define PHP_ASKMYDOCS_CONNECTOR_H

extern zend_module_entry askmydocs_connector_module_entry;
#define phpext_askmydocs_connector_ptr &askmydocs_connector_module_entry

#define PHP_ASKMYDOCS_CONNECTOR_VERSION "0.1.0"

/* Upstream releases whose PHP surface the native classes reproduce. */
#define AMC_UPSTREAM_BASE_VERSION "1.3.1"
#define AMC_UPSTREAM_CONFLUENCE_VERSION "1.0.0"

/* Per process and per thread (ZTS): the libcurl share of DNS, TLS sessions
 * and connections that AtlassianClient's engines use, and the process it
 * was made in (a fork child makes its own); the ini settings. */
ZEND_BEGIN_MODULE_GLOBALS(askmydocs_connector)
	void *curl_share;
	long share_pid;
	bool paginator_retry;   /* askmydocs_connector.paginator_retry */
ZEND_END_MODULE_GLOBALS(askmydocs_connector)

ZEND_EXTERN_MODULE_GLOBALS(askmydocs_connector)
#define AMC_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(askmydocs_connector, v)

#if defined(ZTS) && defined(COMPILE_DL_ASKMYDOCS_CONNECTOR)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
