/* Shared declarations of the Zend bindings (src/php). */
#ifndef AMC_H
#define AMC_H

#ifdef HAVE_CONFIG_H
# include "config.h"
#endif
#include "php.h"
#include "php_askmydocs_connector.h"

#define AMC_NS_BASE "Padosoft\\AskMyDocsConnectorBase"
#define AMC_NS_CONFLUENCE "Padosoft\\AskMyDocsConnectorConfluence\\Confluence"

/* Class entries registered by MINIT, one family per file. */
extern zend_class_entry *amc_ce_connector_interface;
extern zend_class_entry *amc_ce_sync_result;
extern zend_class_entry *amc_ce_health_status;
extern zend_class_entry *amc_ce_tenant_context;
extern zend_class_entry *amc_ce_ingestion_contract;
extern zend_class_entry *amc_ce_null_ingestion_contract;
extern zend_class_entry *amc_ce_declares_provenance;
extern zend_class_entry *amc_ce_provenance_tier;
extern zend_class_entry *amc_ce_auth_exception;
extern zend_class_entry *amc_ce_api_exception;
extern zend_class_entry *amc_ce_pagination_limit_exception;
extern zend_class_entry *amc_ce_registry_configuration_exception;
extern zend_class_entry *amc_ce_oauth_credential_vault, *amc_ce_laravel_crypt, *amc_ce_base_connector;

/* MINIT of each class family. */
void amc_register_exceptions(void);
void amc_register_contracts(void);
void amc_register_value_objects(void);
void amc_register_vault(void), amc_register_base_connector(void);
void amc_shutdown_value_objects(void);
void amc_register_paginator(void);
void amc_register_http_client(void);
void amc_register_converter(void);
void amc_shutdown_http_client(void);
void amc_http_thread_shutdown(zend_askmydocs_connector_globals *g);

/* interrupts.c: waits that PHP can interrupt. The longest slice of a wait
 * before the time limit and pcntl's async signal handlers get to run. */
#define AMC_WAIT_SLICE_MS 100
/* Runs pending interrupts; false when a handler threw (EG(exception) set). */
bool amc_run_interrupts(void);
/* Sleeps `ms` in slices, running interrupts; false when a handler threw. */
bool amc_sleep_ms(long ms);

/* host.c: reaching userland classes (Carbon, Laravel) by name. */
zend_class_entry *amc_lookup_class(const char *name, size_t len);
bool amc_check_arg_class(uint32_t arg_num, zval *arg, const char *class_name, size_t len, bool nullable);
zend_result amc_call_static(const char *class_name, size_t class_len, const char *method, zval *retval, uint32_t argc, zval *argv);
zend_result amc_call_method(zval *object, const char *method, zval *retval, uint32_t argc, zval *argv);
/* exit() (or a Fiber's teardown) is unwinding the stack: no more PHP code may run. */
bool amc_exiting(void);
/* Sets the pending exception aside while PHP code runs (a rollback after a
 * failure), then raises it again: a new exception from that code wins, with
 * it as its previous. Not zend_exception_save(): the engine's autoloader saves
 * and restores too, and that restore would raise ours inside user code. */
zend_object *amc_exception_stash(void);
void amc_exception_unstash(zend_object *stashed);
zend_result amc_carbon_now(zval *retval);

/* A declared property of `scope`, or NULL with PHP's "must not be accessed
 * before initialization" Error (and a parent::__construct() hint). */
zval *amc_read_prop(zend_class_entry *scope, zend_object *obj, const char *name, size_t len);

void amc_throw_zstr(zend_class_entry *ce, zend_string *message);
void amc_return_type_self(zend_class_entry *ce, const char *method);
void amc_mark_promoted(zend_class_entry *ce, uint32_t n);

/* Writes an initialising value into a (readonly) property of an object
 * of class `scope`, with the engine's type checks. Does nothing once an
 * exception is pending; returns false then. */
bool amc_init_prop(zend_class_entry *scope, zend_object *obj, const char *name, size_t len, zval *value);

#endif
