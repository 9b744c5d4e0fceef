/* Laravel bridge of BaseConnector and OAuthCredentialVault: the running
 * application's config, cache, database, encrypter and helpers, reached by
 * name so that Laravel's fakes and configuration keep working. */
#ifndef AMC_LARAVEL_HOST_H
#define AMC_LARAVEL_HOST_H

#include "amc.h"

#define AMC_CLASS_INSTALLATION AMC_NS_BASE "\\Models\\ConnectorInstallation"
#define AMC_CLASS_CREDENTIAL AMC_NS_BASE "\\Models\\ConnectorCredential"
#define AMC_FACADE_CACHE "Illuminate\\Support\\Facades\\Cache"
#define AMC_FACADE_DB "Illuminate\\Support\\Facades\\DB"

/* The running Laravel application, or an exception naming `who` and what
 * is missing. */
zend_result amc_laravel_app(const char *who, zval *app);

/* config($key, $default) of the running application. */
zend_result amc_laravel_config(const char *key, zval *def, zval *retval);

/* A global function by name (Laravel's helpers: asset(), ...). */
zend_result amc_call_function(const char *name, zval *retval, uint32_t argc, zval *argv);

/* `*obj = $obj->method(...)`: fluent builder chains. */
zend_result amc_chain(zval *obj, const char *method, uint32_t argc, zval *argv);

/* Copy of `$obj->name` (magic __get included) into `out`. */
zend_result amc_get_attr(zval *obj, const char *name, zval *out);

/* Throws `class_name` (when loaded) or `fallback` with `msg`. */
void amc_throw_named(const char *class_name, zend_class_entry *fallback, const char *msg);

/* Crypt::encryptString() / Crypt::decryptString() of the running application:
 * native for Laravel's stock Encrypter, the bound encrypter otherwise. */
zend_result amc_laravel_encrypt(const char *who, zend_string *plain, zval *retval);
zend_result amc_laravel_decrypt(const char *who, zval *payload, zval *retval);

/* The same payloads with an explicit cipher and keys (tests, benchmarks). */
zend_result amc_crypt_encrypt(zend_string *cipher, zend_string *key, zend_string *plain, zval *retval);
zend_result amc_crypt_decrypt(zend_string *cipher, HashTable *keys, zval *payload, zval *retval);

/* Marks the first `n` constructor parameters (and their properties) promoted. */

#endif
