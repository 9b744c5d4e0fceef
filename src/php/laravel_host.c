/* Laravel bridge: see laravel_host.h. */
#include "laravel_host.h"
#include "zend_exceptions.h"
#include "ext/json/php_json.h"
#include "ext/spl/spl_exceptions.h"
#include "core/laravel_crypt.h"

#include <sodium.h>

#define CONTAINER "Illuminate\\Container\\Container"
#define APP_CONTRACT "Illuminate\\Contracts\\Foundation\\Application"
#define STOCK_ENCRYPTER "Illuminate\\Encryption\\Encrypter"
#define DECRYPT_EXCEPTION "Illuminate\\Contracts\\Encryption\\DecryptException"
#define ENCRYPT_EXCEPTION "Illuminate\\Contracts\\Encryption\\EncryptException"

zend_result amc_laravel_app(const char *who, zval *app)
{
	ZVAL_UNDEF(app);
	zend_class_entry *container = amc_lookup_class(ZEND_STRL(CONTAINER));
	zend_class_entry *contract = amc_lookup_class(ZEND_STRL(APP_CONTRACT));
	if (!container || !contract) {
		if (!EG(exception)) {
			zend_throw_exception_ex(spl_ce_RuntimeException, 0, "%s needs a Laravel application: laravel/framework "
				"is not loaded (class %s not found); install it with Composer and load vendor/autoload.php",
				who, container ? APP_CONTRACT : CONTAINER);
		}
		return FAILURE;
	}
	if (amc_call_static(ZEND_STRL(CONTAINER), "getInstance", app, 0, NULL) == FAILURE) {
		return FAILURE;
	}
	if (Z_TYPE_P(app) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(app), contract)) {
		zval_ptr_dtor(app);
		ZVAL_UNDEF(app);
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "%s needs a Laravel application: none is running "
			"(%s::getInstance() is not an %s); boot the application first", who, CONTAINER, APP_CONTRACT);
		return FAILURE;
	}
	return SUCCESS;
}

zend_result amc_laravel_config(const char *key, zval *def, zval *retval)
{
	zval app, repo, args[2];
	ZVAL_UNDEF(retval);
	if (amc_call_static(ZEND_STRL(CONTAINER), "getInstance", &app, 0, NULL) == FAILURE) {
		return FAILURE;
	}
	ZVAL_STRING(&args[0], "config");
	zend_result r = amc_call_method(&app, "make", &repo, 1, args);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&app);
	if (r == SUCCESS) {
		ZVAL_STRING(&args[0], key);
		ZVAL_COPY_VALUE(&args[1], def);
		r = amc_call_method(&repo, "get", retval, 2, args);
		zval_ptr_dtor(&args[0]);
	}
	zval_ptr_dtor(&repo);
	return r;
}

zend_result amc_call_function(const char *name, zval *retval, uint32_t argc, zval *argv)
{
	ZVAL_UNDEF(retval);
	zend_function *fn = zend_hash_str_find_ptr_lc(EG(function_table), name, strlen(name));
	if (!fn) {
		zend_throw_error(NULL, "Call to undefined function %s() (a Laravel helper: is laravel/framework loaded?)", name);
		return FAILURE;
	}
	zend_call_known_function(fn, NULL, NULL, retval, argc, argv, NULL);
	return EG(exception) ? FAILURE : SUCCESS;
}

zend_result amc_chain(zval *obj, const char *method, uint32_t argc, zval *argv)
{
	zval ret;
	zend_result r = amc_call_method(obj, method, &ret, argc, argv);
	zval_ptr_dtor(obj);
	ZVAL_COPY_VALUE(obj, &ret);
	return r;
}

zend_result amc_get_attr(zval *obj, const char *name, zval *out)
{
	zval rv;
	zval *v = zend_read_property(Z_OBJCE_P(obj), Z_OBJ_P(obj), name, strlen(name), false, &rv);
	ZVAL_COPY_DEREF(out, v);
	if (v == &rv) {
		zval_ptr_dtor(&rv);
	}
	if (EG(exception)) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return FAILURE;
	}
	return SUCCESS;
}

void amc_throw_named(const char *class_name, zend_class_entry *fallback, const char *msg)
{
	zend_class_entry *ce = amc_lookup_class(class_name, strlen(class_name));
	if (EG(exception)) {
		return;
	}
	zend_throw_exception(ce ? ce : fallback, msg, 0);
}

/* ---- encryption --------------------------------------------------------- */

static void throw_crypt(amc_lc_status st, bool encrypting)
{
	if (st == AMC_LC_ERR_KEY) {
		zend_throw_exception(spl_ce_RuntimeException, amc_lc_message(st), 0);
	} else if (st == AMC_LC_ERR_OOM) {
		zend_throw_error(NULL, "Out of memory while %s", encrypting ? "encrypting" : "decrypting");
	} else if (encrypting) {
		amc_throw_named(ENCRYPT_EXCEPTION, spl_ce_RuntimeException, amc_lc_message(AMC_LC_ERR_CRYPTO));
	} else {
		amc_throw_named(DECRYPT_EXCEPTION, spl_ce_RuntimeException,
			amc_lc_message(st == AMC_LC_ERR_CRYPTO ? AMC_LC_ERR_DECRYPT : st));
	}
}

static bool parse_cipher(zend_string *name, amc_lc_cipher *c)
{
	if (amc_lc_cipher_parse(ZSTR_VAL(name), ZSTR_LEN(name), c)) {
		return true;
	}
	zend_throw_exception(spl_ce_RuntimeException, amc_lc_message(AMC_LC_ERR_KEY), 0);
	return false;
}

static zend_result encrypt_with(amc_lc_cipher c, zend_string *key, zend_string *plain, zval *retval)
{
	amc_buf out;
	amc_buf_init(&out);
	amc_lc_bytes k = {(const unsigned char *) ZSTR_VAL(key), ZSTR_LEN(key)};
	amc_lc_bytes p = {(const unsigned char *) ZSTR_VAL(plain), ZSTR_LEN(plain)};
	amc_lc_status st = amc_lc_encrypt(c, k, p, &out);
	if (st == AMC_LC_OK) {
		ZVAL_STRINGL(retval, out.data, out.len);
	}
	amc_buf_free(&out);
	if (st != AMC_LC_OK) {
		throw_crypt(st, true);
		return FAILURE;
	}
	return SUCCESS;
}

/* Laravel's getJsonPayload()/validPayload(): the JSON members as strings. */
static bool payload_fields(zval *json, amc_lc_fields *f)
{
	static const char *const names[] = {"iv", "value", "mac"};
	amc_lc_bytes *dst[] = {&f->iv, &f->value, &f->mac};
	if (Z_TYPE_P(json) != IS_ARRAY) {
		return false;
	}
	for (int i = 0; i < 3; i++) {
		zval *v = zend_hash_str_find(Z_ARRVAL_P(json), names[i], strlen(names[i]));
		if (!v || Z_TYPE_P(v) != IS_STRING) {
			return false;
		}
		dst[i]->data = (const unsigned char *) Z_STRVAL_P(v);
		dst[i]->len = Z_STRLEN_P(v);
	}
	zval *tag = zend_hash_str_find(Z_ARRVAL_P(json), ZEND_STRL("tag"));
	f->has_tag = false;
	if (tag && Z_TYPE_P(tag) != IS_NULL) {
		if (Z_TYPE_P(tag) != IS_STRING) {
			return false;
		}
		/* empty($payload['tag']): "" and "0" mean no tag */
		f->has_tag = !(Z_STRLEN_P(tag) == 0 || (Z_STRLEN_P(tag) == 1 && Z_STRVAL_P(tag)[0] == '0'));
		f->tag.data = (const unsigned char *) Z_STRVAL_P(tag);
		f->tag.len = Z_STRLEN_P(tag);
	}
	return true;
}

static zend_result decrypt_with(amc_lc_cipher c, const amc_lc_bytes *keys, size_t nkeys, zval *payload, zval *retval)
{
	amc_buf raw, plain;
	zval json;
	amc_lc_fields f = {0};
	amc_lc_status st = AMC_LC_ERR_PAYLOAD;
	amc_buf_init(&raw);
	amc_buf_init(&plain);
	ZVAL_UNDEF(&json);

	if (Z_TYPE_P(payload) == IS_STRING) {
		if (!amc_lc_base64_decode((const unsigned char *) Z_STRVAL_P(payload), Z_STRLEN_P(payload), false, &raw)) {
			st = AMC_LC_ERR_OOM;
		} else if (php_json_decode_ex(&json, raw.data, raw.len, PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH) == SUCCESS
			&& payload_fields(&json, &f)) {
			st = amc_lc_decrypt(c, keys, nkeys, &f, &plain);
		}
	}
	if (st == AMC_LC_OK) {
		ZVAL_STRINGL(retval, plain.data, plain.len);
	}
	amc_lc_buf_wipe(&plain);
	amc_buf_free(&raw);
	zval_ptr_dtor(&json);
	if (st != AMC_LC_OK) {
		throw_crypt(st, false);
		return FAILURE;
	}
	return SUCCESS;
}

/* Key list of a hash of strings; NULL (with an exception) when one is not a string. */
static amc_lc_bytes *key_list(zend_string *first, HashTable *rest, size_t *n)
{
	size_t count = (first ? 1 : 0) + (rest ? zend_hash_num_elements(rest) : 0);
	amc_lc_bytes *keys = safe_emalloc(count ? count : 1, sizeof(*keys), 0);
	size_t i = 0;
	zval *v;
	if (first) {
		keys[i++] = (amc_lc_bytes) {(const unsigned char *) ZSTR_VAL(first), ZSTR_LEN(first)};
	}
	if (rest) {
		ZEND_HASH_FOREACH_VAL(rest, v) {
			ZVAL_DEREF(v);
			if (Z_TYPE_P(v) != IS_STRING) {
				efree(keys);
				zend_throw_exception(spl_ce_RuntimeException, amc_lc_message(AMC_LC_ERR_KEY), 0);
				return NULL;
			}
			keys[i++] = (amc_lc_bytes) {(const unsigned char *) Z_STRVAL_P(v), Z_STRLEN_P(v)};
		} ZEND_HASH_FOREACH_END();
	}
	*n = i;
	return keys;
}

zend_result amc_crypt_encrypt(zend_string *cipher, zend_string *key, zend_string *plain, zval *retval)
{
	amc_lc_cipher c;
	return parse_cipher(cipher, &c) ? encrypt_with(c, key, plain, retval) : FAILURE;
}

zend_result amc_crypt_decrypt(zend_string *cipher, HashTable *keys, zval *payload, zval *retval)
{
	amc_lc_cipher c;
	size_t n;
	if (!parse_cipher(cipher, &c)) {
		return FAILURE;
	}
	amc_lc_bytes *list = key_list(NULL, keys, &n);
	if (!list) {
		return FAILURE;
	}
	zend_result r = decrypt_with(c, list, n, payload, retval);
	efree(list);
	return r;
}

/* The application's encrypter: $app->make('encrypter'), the shared
 * instance Crypt:: uses. */
static zend_result app_encrypter(const char *who, zval *enc)
{
	zval app, arg;
	ZVAL_UNDEF(enc);
	if (amc_laravel_app(who, &app) == FAILURE) {
		return FAILURE;
	}
	ZVAL_STRING(&arg, "encrypter");
	zend_result r = amc_call_method(&app, "make", enc, 1, &arg);
	zval_ptr_dtor(&arg);
	zval_ptr_dtor(&app);
	if (r == SUCCESS && Z_TYPE_P(enc) != IS_OBJECT) {
		zend_throw_error(NULL, "%s: the application's 'encrypter' binding is not an object", who);
		r = FAILURE;
	}
	return r;
}

static bool is_stock_encrypter(zval *enc)
{
	return zend_string_equals_literal_ci(Z_OBJCE_P(enc)->name, STOCK_ENCRYPTER);
}

/* Whether the stock encrypter holding `key` can be run natively, all through
 * Laravel's public API: its cipher is config('app.cipher') (what
 * EncryptionServiceProvider builds it with) when we implement that cipher and
 * Encrypter::supported($key, $cipher) agrees. Otherwise the caller goes
 * through encryptString()/decryptString(). False with an exception on failure. */
static bool native_cipher(zval *key, amc_lc_cipher *c)
{
	zval def, cipher, args[2], fits;
	ZVAL_NULL(&def);
	if (Z_TYPE_P(key) != IS_STRING || amc_laravel_config("app.cipher", &def, &cipher) == FAILURE) {
		return false;
	}
	bool usable = Z_TYPE(cipher) == IS_STRING && amc_lc_cipher_parse(Z_STRVAL(cipher), Z_STRLEN(cipher), c);
	if (usable) {
		ZVAL_COPY_VALUE(&args[0], key);
		ZVAL_COPY_VALUE(&args[1], &cipher);
		usable = amc_call_static(ZEND_STRL(STOCK_ENCRYPTER), "supported", &fits, 2, args) == SUCCESS && zend_is_true(&fits);
		zval_ptr_dtor(&fits);
	}
	zval_ptr_dtor(&cipher);
	return usable;
}

zend_result amc_laravel_encrypt(const char *who, zend_string *plain, zval *retval)
{
	zval enc, key, arg;
	amc_lc_cipher c;
	zend_result r = FAILURE;
	bool native = false;
	ZVAL_UNDEF(retval);
	if (app_encrypter(who, &enc) == FAILURE) {
		return FAILURE;
	}
	if (is_stock_encrypter(&enc)) {
		if (amc_call_method(&enc, "getKey", &key, 0, NULL) == SUCCESS && native_cipher(&key, &c)) {
			r = encrypt_with(c, Z_STR(key), plain, retval);
			native = true;
		}
		zval_ptr_dtor(&key);
	}
	if (!native && !EG(exception)) {
		ZVAL_STR(&arg, plain);
		r = amc_call_method(&enc, "encryptString", retval, 1, &arg);
	}
	zval_ptr_dtor(&enc);
	return r;
}

zend_result amc_laravel_decrypt(const char *who, zval *payload, zval *retval)
{
	zval enc, keys, *first;
	amc_lc_cipher c;
	zend_result r = FAILURE;
	bool native = false;
	ZVAL_UNDEF(retval);
	if (app_encrypter(who, &enc) == FAILURE) {
		return FAILURE;
	}
	if (is_stock_encrypter(&enc)) {
		/* getAllKeys(): the key, then the previous keys (APP_PREVIOUS_KEYS). */
		if (amc_call_method(&enc, "getAllKeys", &keys, 0, NULL) == SUCCESS && Z_TYPE(keys) == IS_ARRAY
			&& (first = zend_hash_index_find(Z_ARRVAL(keys), 0)) && native_cipher(first, &c)) {
			size_t n;
			amc_lc_bytes *list = key_list(NULL, Z_ARRVAL(keys), &n);
			r = list ? decrypt_with(c, list, n, payload, retval) : FAILURE;
			if (list) {
				efree(list);
			}
			native = true;
		}
		zval_ptr_dtor(&keys);
	}
	if (!native && !EG(exception)) {
		r = amc_call_method(&enc, "decryptString", retval, 1, payload);
	}
	zval_ptr_dtor(&enc);
	return r;
}
