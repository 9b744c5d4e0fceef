/* Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault: encrypted-at-rest
 * OAuth credentials scoped to the active tenant, over the userland Eloquent
 * models; and AskMyDocs\Connector\Internal\LaravelCrypt, its cipher's test hooks. */
#include "laravel_host.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_attributes.h"
#include "stubs/vault_arginfo.h"

#include <sodium.h>
#include <unistd.h>

zend_class_entry *amc_ce_oauth_credential_vault;
zend_class_entry *amc_ce_laravel_crypt;

#define VAULT AMC_NS_BASE "\\Auth\\OAuthCredentialVault"
/* setExtraKey: transactions that failed only on a concurrency error are retried. */
#define SET_EXTRA_ATTEMPTS 8
#define CONCURRENCY_DETECTOR "Illuminate\\Contracts\\Database\\ConcurrencyErrorDetector"
/* SQLite waits this long (ms) for the write lock before "database is locked". */
#define SQLITE_BUSY_FLOOR_MS 10000

/* ---- queries ------------------------------------------------------------ */

static zend_result where_eq(zval *builder, const char *column, zval *value)
{
	zval args[2];
	ZVAL_STRING(&args[0], column);
	ZVAL_COPY_VALUE(&args[1], value);
	zend_result r = amc_chain(builder, "where", 2, args);
	zval_ptr_dtor(&args[0]);
	return r;
}

static zend_result model_query(const char *model, zval *builder)
{
	return amc_call_static(model, strlen(model), "query", builder, 0, NULL);
}

/* $this->tenantContext->current(); PHP's own Error (with a parent::__construct()
 * hint for subclasses) when the property was never initialised. */
static zend_result vault_tenant(zval *vault, zval *tenant)
{
	zval *ctx = amc_read_prop(amc_ce_oauth_credential_vault, Z_OBJ_P(vault), ZEND_STRL("tenantContext"));
	ZVAL_UNDEF(tenant);
	if (!ctx) {
		return FAILURE;
	}
	return amc_call_method(ctx, "current", tenant, 0, NULL);
}

/* findInstallation(): the installation when it belongs to the active tenant, else null. */
static zend_result find_installation(zval *vault, zend_long id, zval *out)
{
	zval tenant, v;
	ZVAL_UNDEF(out);
	if (amc_laravel_app(VAULT, &v) == FAILURE) {
		return FAILURE;
	}
	zval_ptr_dtor(&v);
	if (vault_tenant(vault, &tenant) == FAILURE) {
		return FAILURE;
	}
	ZVAL_LONG(&v, id);
	zend_result r = model_query(AMC_CLASS_INSTALLATION, out);
	if (r == SUCCESS) r = where_eq(out, "id", &v);
	if (r == SUCCESS) r = where_eq(out, "tenant_id", &tenant);
	if (r == SUCCESS) r = amc_chain(out, "first", 0, NULL);
	zval_ptr_dtor(&tenant);
	return r;
}

/* The credential query of an installation: connector_installation_id and its tenant. */
static zend_result credential_query(zend_long id, zval *installation, zval *builder)
{
	zval tenant, v;
	if (amc_get_attr(installation, "tenant_id", &tenant) == FAILURE) {
		ZVAL_UNDEF(builder);
		return FAILURE;
	}
	ZVAL_LONG(&v, id);
	zend_result r = model_query(AMC_CLASS_CREDENTIAL, builder);
	if (r == SUCCESS) r = where_eq(builder, "connector_installation_id", &v);
	if (r == SUCCESS) r = where_eq(builder, "tenant_id", &tenant);
	zval_ptr_dtor(&tenant);
	return r;
}

/* findCredential(): the credential row, or null (out is NULL, not UNDEF). */
static zend_result find_credential(zval *vault, zend_long id, zval *out)
{
	zval inst;
	ZVAL_NULL(out);
	if (find_installation(vault, id, &inst) == FAILURE) {
		zval_ptr_dtor(&inst);
		return FAILURE;
	}
	zend_result r = SUCCESS;
	if (Z_TYPE(inst) == IS_OBJECT) {
		r = credential_query(id, &inst, out);
		if (r == SUCCESS) r = amc_chain(out, "first", 0, NULL);
	}
	zval_ptr_dtor(&inst);
	return r;
}

/* Decrypts one encrypted column of a row into return_value; null stays null. */
static void decrypt_column(zval *row, const char *column, zval *return_value)
{
	zval enc;
	if (amc_get_attr(row, column, &enc) == FAILURE) {
		return;
	}
	if (Z_TYPE(enc) == IS_NULL) {
		RETVAL_NULL();
	} else if (amc_laravel_decrypt(VAULT, &enc, return_value) == FAILURE) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
	}
	zval_ptr_dtor(&enc);
}

/* ---- constructor and reads ---------------------------------------------- */

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, __construct)
{
	zval *ctx, app;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(ctx, amc_ce_tenant_context)
	ZEND_PARSE_PARAMETERS_END();

	if (amc_laravel_app(VAULT, &app) == FAILURE) {
		RETURN_THROWS();
	}
	zval_ptr_dtor(&app);
	amc_init_prop(amc_ce_oauth_credential_vault, Z_OBJ_P(ZEND_THIS), ZEND_STRL("tenantContext"), ctx);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, getAccessToken)
{
	zend_long id;
	zval row, expired;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();

	if (find_credential(ZEND_THIS, id, &row) == FAILURE || Z_TYPE(row) != IS_OBJECT) {
		zval_ptr_dtor(&row);
		if (EG(exception)) RETURN_THROWS();
		RETURN_NULL();
	}
	if (amc_call_method(&row, "isExpired", &expired, 0, NULL) == SUCCESS && !zend_is_true(&expired)) {
		decrypt_column(&row, "encrypted_access_token", return_value);
	}
	zval_ptr_dtor(&expired);
	zval_ptr_dtor(&row);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, getRefreshToken)
{
	zend_long id;
	zval row;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();

	if (find_credential(ZEND_THIS, id, &row) == SUCCESS && Z_TYPE(row) == IS_OBJECT) {
		decrypt_column(&row, "encrypted_refresh_token", return_value);
	}
	zval_ptr_dtor(&row);
}

static void return_credential(INTERNAL_FUNCTION_PARAMETERS)
{
	zend_long id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();

	if (find_credential(ZEND_THIS, id, return_value) == FAILURE) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
	}
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, getCredentialRow)
{
	return_credential(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, findCredential)
{
	return_credential(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, findInstallation)
{
	zend_long id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();

	if (find_installation(ZEND_THIS, id, return_value) == FAILURE) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
	}
}

/* `$row->extra_json ?? []`, which must be an array (upstream's return type). */
static zend_result extra_of(zval *row, zval *out, const char *method)
{
	if (amc_get_attr(row, "extra_json", out) == FAILURE) {
		return FAILURE;
	}
	if (Z_TYPE_P(out) == IS_NULL) {
		ZVAL_EMPTY_ARRAY(out);
	} else if (Z_TYPE_P(out) != IS_ARRAY) {
		zend_type_error("%s::%s(): Return value must be of type array, %s returned", VAULT, method, zend_zval_type_name(out));
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return FAILURE;
	}
	return SUCCESS;
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, getExtra)
{
	zend_long id;
	zval row;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();

	if (find_credential(ZEND_THIS, id, &row) == SUCCESS) {
		if (Z_TYPE(row) == IS_OBJECT) {
			extra_of(&row, return_value, "getExtra");
		} else {
			RETVAL_EMPTY_ARRAY();
		}
	}
	zval_ptr_dtor(&row);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, getExtraKey)
{
	zend_long id;
	zend_string *key;
	zval extra, arg;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(id)
		Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();

	/* Virtual, as upstream's $this->getExtra(). */
	ZVAL_LONG(&arg, id);
	if (amc_call_method(ZEND_THIS, "getExtra", &extra, 1, &arg) == SUCCESS && Z_TYPE(extra) == IS_ARRAY) {
		zval *v = zend_symtable_find(Z_ARRVAL(extra), key);
		if (v && Z_TYPE_P(v) != IS_NULL) {
			RETVAL_COPY_DEREF(v);
		}
	}
	zval_ptr_dtor(&extra);
}

/* ---- setExtraKey: row lock, transaction, bounded retries ---------------- */

typedef struct {
	zval conn;        /* the default connection */
	zval pdo;         /* its PDO, for BEGIN IMMEDIATE (SQLite at level 0 only) */
	bool raw_sqlite;  /* our own BEGIN IMMEDIATE/COMMIT/ROLLBACK */
	bool outermost;   /* no enclosing transaction: a retry is possible */
	zend_long old_busy_ms; /* busy timeout to restore, or -1 */
} txn;

static zend_result pdo_exec(txn *t, const char *sql)
{
	zval arg, ret;
	ZVAL_STRING(&arg, sql);
	zend_result r = amc_call_method(&t->pdo, "exec", &ret, 1, &arg);
	zval_ptr_dtor(&arg);
	zval_ptr_dtor(&ret);
	return r;
}

/* PRAGMA busy_timeout: reads it, and raises it to the floor for our transaction. */
static void sqlite_busy_floor(txn *t)
{
	zval arg, stmt, ms;
	t->old_busy_ms = -1;
	ZVAL_STRING(&arg, "PRAGMA busy_timeout");
	if (amc_call_method(&t->pdo, "query", &stmt, 1, &arg) == SUCCESS) {
		if (amc_call_method(&stmt, "fetchColumn", &ms, 0, NULL) == SUCCESS && zval_get_long(&ms) < SQLITE_BUSY_FLOOR_MS) {
			t->old_busy_ms = zval_get_long(&ms);
			char sql[64];
			snprintf(sql, sizeof(sql), "PRAGMA busy_timeout = %d", SQLITE_BUSY_FLOOR_MS);
			pdo_exec(t, sql);
		}
		zval_ptr_dtor(&ms);
	}
	zval_ptr_dtor(&stmt);
	zval_ptr_dtor(&arg);
}

static void sqlite_busy_restore(txn *t)
{
	if (t->old_busy_ms >= 0 && !amc_exiting()) {
		char sql[64];
		snprintf(sql, sizeof(sql), "PRAGMA busy_timeout = " ZEND_LONG_FMT, t->old_busy_ms);
		/* Runs even after a failure; its own failure wins, chained to that one. */
		zend_object *failure = amc_exception_stash();
		pdo_exec(t, sql);
		amc_exception_unstash(failure);
	}
}

static zend_result txn_open(txn *t)
{
	zval level, driver;
	ZVAL_UNDEF(&t->conn);
	ZVAL_UNDEF(&t->pdo);
	t->old_busy_ms = -1;
	t->raw_sqlite = t->outermost = false;
	if (amc_call_static(ZEND_STRL(AMC_FACADE_DB), "connection", &t->conn, 0, NULL) == FAILURE) {
		return FAILURE;
	}
	if (amc_call_method(&t->conn, "transactionLevel", &level, 0, NULL) == FAILURE
		|| amc_call_method(&t->conn, "getDriverName", &driver, 0, NULL) == FAILURE) {
		zval_ptr_dtor(&level);
		return FAILURE;
	}
	t->outermost = zval_get_long(&level) == 0;
	/* A deferred SQLite transaction takes its write lock at its first write,
	 * where SQLite fails at once instead of waiting: take it at BEGIN. */
	t->raw_sqlite = t->outermost && Z_TYPE(driver) == IS_STRING && zend_string_equals_literal(Z_STR(driver), "sqlite");
	zval_ptr_dtor(&level);
	zval_ptr_dtor(&driver);
	if (t->raw_sqlite) {
		if (amc_call_method(&t->conn, "getPdo", &t->pdo, 0, NULL) == FAILURE) {
			return FAILURE;
		}
		sqlite_busy_floor(t);
	}
	return EG(exception) ? FAILURE : SUCCESS;
}

static void txn_close(txn *t)
{
	if (t->raw_sqlite) {
		sqlite_busy_restore(t);
	}
	zval_ptr_dtor(&t->pdo);
	zval_ptr_dtor(&t->conn);
}

static zend_result txn_begin(txn *t)
{
	zval ret;
	if (t->raw_sqlite) {
		return pdo_exec(t, "BEGIN IMMEDIATE");
	}
	zend_result r = amc_call_method(&t->conn, "beginTransaction", &ret, 0, NULL);
	zval_ptr_dtor(&ret);
	return r;
}

static zend_result txn_commit(txn *t)
{
	zval ret;
	if (t->raw_sqlite) {
		return pdo_exec(t, "COMMIT");
	}
	zend_result r = amc_call_method(&t->conn, "commit", &ret, 0, NULL);
	zval_ptr_dtor(&ret);
	return r;
}

/* Rolls back with the pending exception kept; a failing rollback's own
 * exception wins, with the original as its previous. */
static void txn_rollback(txn *t)
{
	zval ret;
	if (amc_exiting()) {
		return; /* like a finally block on exit(): the connection's end rolls back */
	}
	zend_object *failure = amc_exception_stash();
	if (t->raw_sqlite) {
		pdo_exec(t, "ROLLBACK");
	} else {
		amc_call_method(&t->conn, "rollBack", &ret, 0, NULL);
		zval_ptr_dtor(&ret);
	}
	amc_exception_unstash(failure);
}

/* SQLSTATEs a retry can clear: serialization failure (any driver) and
 * PostgreSQL's deadlock. */
static bool retryable_sqlstate(zval *code)
{
	if (Z_TYPE_P(code) == IS_LONG) {
		return Z_LVAL_P(code) == 40001;
	}
	return Z_TYPE_P(code) == IS_STRING
		&& (zend_string_equals_literal(Z_STR_P(code), "40001") || zend_string_equals_literal(Z_STR_P(code), "40P01"));
}

/* Lock failures the drivers report by message only (SQLite busy/locked,
 * MySQL/MariaDB deadlock and lock wait, SQL Server's deadlock victim). */
static bool retryable_message(zval *msg)
{
	static const char *const needles[] = {
		"deadlock", "database is locked", "database table is locked", "database file is locked",
		"table in the database is locked", "lock wait timeout exceeded", "record has changed since last read",
	};
	if (Z_TYPE_P(msg) != IS_STRING) {
		return false;
	}
	for (size_t i = 0; i < sizeof(needles) / sizeof(needles[0]); i++) {
		if (php_memnistr(Z_STRVAL_P(msg), needles[i], strlen(needles[i]), Z_STRVAL_P(msg) + Z_STRLEN_P(msg))) {
			return true;
		}
	}
	return false;
}

/* Our own test, for a Laravel without the public detector: a PDOException
 * (Laravel's QueryException is one) in the chain with such a SQLSTATE or message. */
static bool looks_like_concurrency_error(zend_object *ex)
{
	zend_class_entry *pdo_ex = amc_lookup_class(ZEND_STRL("PDOException"));
	for (int depth = 0; pdo_ex && ex && depth < 16; depth++) {
		zend_class_entry *base = zend_get_exception_base(ex);
		zval rv, rv_code, rv_msg, *previous;
		if (instanceof_function(ex->ce, pdo_ex)
			&& (retryable_sqlstate(zend_read_property(base, ex, ZEND_STRL("code"), true, &rv_code))
				|| retryable_message(zend_read_property(base, ex, ZEND_STRL("message"), true, &rv_msg)))) {
			return true;
		}
		previous = zend_read_property(base, ex, ZEND_STRL("previous"), true, &rv);
		ex = Z_TYPE_P(previous) == IS_OBJECT ? Z_OBJ_P(previous) : NULL;
	}
	return false;
}

/* The application's Illuminate\Contracts\Database\ConcurrencyErrorDetector,
 * when the container has one bound (Laravel's DatabaseServiceProvider does). */
static bool app_concurrency_detector(zval *detector)
{
	zval app, name, bound;
	ZVAL_UNDEF(detector);
	if (!amc_lookup_class(ZEND_STRL(CONCURRENCY_DETECTOR)) || amc_laravel_app(VAULT, &app) == FAILURE) {
		return false;
	}
	ZVAL_STRING(&name, CONCURRENCY_DETECTOR);
	bool found = amc_call_method(&app, "bound", &bound, 1, &name) == SUCCESS && zend_is_true(&bound)
		&& amc_call_method(&app, "make", detector, 1, &name) == SUCCESS && Z_TYPE_P(detector) == IS_OBJECT;
	zval_ptr_dtor(&bound);
	zval_ptr_dtor(&name);
	zval_ptr_dtor(&app);
	return found;
}

/* Whether the pending exception is a deadlock, lock or serialization failure
 * worth a retry, asked through Laravel's public API: the application's
 * concurrency error detector (the one its connections use), else our own
 * test. Never while exit() unwinds. A failing detector's exception wins,
 * chained to the pending one. */
static bool pending_is_concurrency_error(void)
{
	zend_object *pending = EG(exception);
	zval detector, arg, ret;
	if (!pending || amc_exiting()) {
		return false;
	}
	amc_exception_stash(); /* `pending`, raised again below */
	bool yes;
	if (app_concurrency_detector(&detector)) {
		ZVAL_OBJ(&arg, pending);
		yes = amc_call_method(&detector, "causedByConcurrencyError", &ret, 1, &arg) == SUCCESS && zend_is_true(&ret);
		zval_ptr_dtor(&ret);
	} else {
		yes = !EG(exception) && looks_like_concurrency_error(pending);
	}
	zval_ptr_dtor(&detector);
	amc_exception_unstash(pending);
	return yes;
}

/* One attempt's body: lock the row, merge the key, save. */
static zend_result set_extra_body(zend_long id, zval *installation, zend_string *key, zval *value)
{
	zval row, extra;
	if (credential_query(id, installation, &row) == FAILURE
		|| amc_chain(&row, "lockForUpdate", 0, NULL) == FAILURE
		|| amc_chain(&row, "first", 0, NULL) == FAILURE) {
		zval_ptr_dtor(&row);
		return FAILURE;
	}
	if (Z_TYPE(row) != IS_OBJECT) {
		zval_ptr_dtor(&row);
		zend_throw_exception_ex(amc_ce_auth_exception, 0, "Cannot update extra_json for installation " ZEND_LONG_FMT
			": credential row was deleted concurrently (likely a parallel disconnect).", id);
		return FAILURE;
	}
	zend_result r = extra_of(&row, &extra, "setExtraKey");
	if (r == SUCCESS) {
		SEPARATE_ARRAY(&extra);
		Z_TRY_ADDREF_P(value);
		zend_symtable_update(Z_ARRVAL(extra), key, value);
		zend_update_property(Z_OBJCE(row), Z_OBJ(row), ZEND_STRL("extra_json"), &extra);
		zval saved;
		ZVAL_UNDEF(&saved); /* not reached by the call when the update threw */
		r = EG(exception) ? FAILURE : amc_call_method(&row, "save", &saved, 0, NULL);
		zval_ptr_dtor(&saved);
	}
	zval_ptr_dtor(&extra);
	zval_ptr_dtor(&row);
	return r;
}

/* Random 1..(4 << attempt) ms pause between retries, so contenders spread out. */
static void retry_pause(int attempt)
{
	uint32_t span = 4u << (attempt < 8 ? attempt : 8);
	usleep((useconds_t) (1000u + randombytes_uniform(span * 1000u)));
}

static void set_extra_key(zval *vault, zend_long id, zval *installation, zend_string *key, zval *value)
{
	txn t;
	if (txn_open(&t) == SUCCESS) {
		for (int attempt = 1; attempt <= SET_EXTRA_ATTEMPTS; attempt++) {
			if (txn_begin(&t) == SUCCESS) {
				if (set_extra_body(id, installation, key, value) == SUCCESS && txn_commit(&t) == SUCCESS) {
					break;
				}
				txn_rollback(&t);
			}
			if (!t.outermost || attempt == SET_EXTRA_ATTEMPTS || !pending_is_concurrency_error()) {
				break;
			}
			zend_clear_exception();
			retry_pause(attempt);
		}
	}
	txn_close(&t);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, setExtraKey)
{
	zend_long id;
	zend_string *key;
	zval *value, inst;
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_LONG(id)
		Z_PARAM_STR(key)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	if (find_installation(ZEND_THIS, id, &inst) == SUCCESS && Z_TYPE(inst) == IS_OBJECT) {
		set_extra_key(ZEND_THIS, id, &inst, key, value);
	}
	zval_ptr_dtor(&inst);
}

/* ---- writes ------------------------------------------------------------- */

static zend_result credential_values(zval *inst, zend_string *access, zend_string *refresh, zval *expires, HashTable *extra, zval *values)
{
	zval v;
	array_init_size(values, 5);
	if (amc_get_attr(inst, "tenant_id", &v) == FAILURE) {
		return FAILURE;
	}
	add_assoc_zval(values, "tenant_id", &v);
	if (amc_laravel_encrypt(VAULT, access, &v) == FAILURE) {
		return FAILURE;
	}
	add_assoc_zval(values, "encrypted_access_token", &v);
	ZVAL_NULL(&v);
	if (refresh && amc_laravel_encrypt(VAULT, refresh, &v) == FAILURE) {
		return FAILURE;
	}
	add_assoc_zval(values, "encrypted_refresh_token", &v);
	if (expires) {
		Z_ADDREF_P(expires);
		add_assoc_zval(values, "expires_at", expires);
	} else {
		add_assoc_null(values, "expires_at");
	}
	if (zend_hash_num_elements(extra) == 0) {
		add_assoc_null(values, "extra_json");
	} else {
		GC_TRY_ADDREF(extra);
		add_assoc_array(values, "extra_json", extra);
	}
	return SUCCESS;
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, setCredentials)
{
	zend_long id;
	zend_string *access, *refresh = NULL;
	zval *expires = NULL, inst, args[2], builder, ret;
	ZVAL_UNDEF(&builder);
	HashTable *extra = (HashTable *) &zend_empty_array;
	ZEND_PARSE_PARAMETERS_START(2, 5)
		Z_PARAM_LONG(id)
		Z_PARAM_STR(access)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(refresh)
		Z_PARAM_ZVAL_OR_NULL(expires)
		Z_PARAM_ARRAY_HT(extra)
	ZEND_PARSE_PARAMETERS_END();

	if (expires && !amc_check_arg_class(4, expires, ZEND_STRL("Carbon\\Carbon"), true)) {
		RETURN_THROWS();
	}
	if (find_installation(ZEND_THIS, id, &inst) == FAILURE) {
		zval_ptr_dtor(&inst);
		RETURN_THROWS();
	}
	if (Z_TYPE(inst) != IS_OBJECT) {
		zval_ptr_dtor(&inst);
		zend_throw_exception_ex(spl_ce_InvalidArgumentException, 0,
			"Installation " ZEND_LONG_FMT " not found (or belongs to a different tenant).", id);
		RETURN_THROWS();
	}
	array_init(&args[0]);
	add_assoc_long(&args[0], "connector_installation_id", id);
	if (credential_values(&inst, access, refresh, expires, extra, &args[1]) == SUCCESS
		&& model_query(AMC_CLASS_CREDENTIAL, &builder) == SUCCESS) {
		amc_call_method(&builder, "updateOrCreate", &ret, 2, args);
		zval_ptr_dtor(&ret);
	}
	zval_ptr_dtor(&builder);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&inst);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault, clearCredentials)
{
	zend_long id;
	zval inst, builder, deleted;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();

	if (find_installation(ZEND_THIS, id, &inst) == FAILURE || Z_TYPE(inst) != IS_OBJECT) {
		zval_ptr_dtor(&inst);
		if (EG(exception)) RETURN_THROWS();
		RETURN_LONG(0);
	}
	if (credential_query(id, &inst, &builder) == SUCCESS
		&& amc_call_method(&builder, "delete", &deleted, 0, NULL) == SUCCESS) {
		RETVAL_LONG(zval_get_long(&deleted));
		zval_ptr_dtor(&deleted);
	}
	zval_ptr_dtor(&builder);
	zval_ptr_dtor(&inst);
}

/* ---- LaravelCrypt ------------------------------------------------------- */

ZEND_METHOD(AskMyDocs_Connector_Internal_LaravelCrypt, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(AskMyDocs_Connector_Internal_LaravelCrypt, encryptString)
{
	zend_string *cipher, *key, *value;
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(cipher)
		Z_PARAM_STR(key)
		Z_PARAM_STR(value)
	ZEND_PARSE_PARAMETERS_END();

	amc_crypt_encrypt(cipher, key, value, return_value);
}

ZEND_METHOD(AskMyDocs_Connector_Internal_LaravelCrypt, decryptString)
{
	zend_string *cipher;
	HashTable *keys;
	zval *payload;
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(cipher)
		Z_PARAM_ARRAY_HT(keys)
		Z_PARAM_ZVAL(payload)
	ZEND_PARSE_PARAMETERS_END();

	if (Z_TYPE_P(payload) != IS_STRING) {
		zend_argument_type_error(3, "must be of type string, %s given", zend_zval_type_name(payload));
		RETURN_THROWS();
	}
	amc_crypt_decrypt(cipher, keys, payload, return_value);
}

ZEND_METHOD(AskMyDocs_Connector_Internal_LaravelCrypt, appEncryptString)
{
	zend_string *value;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(value)
	ZEND_PARSE_PARAMETERS_END();

	amc_laravel_encrypt("AskMyDocs\\Connector\\Internal\\LaravelCrypt", value, return_value);
}

ZEND_METHOD(AskMyDocs_Connector_Internal_LaravelCrypt, appDecryptString)
{
	zend_string *payload;
	zval zpayload;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(payload)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_STR(&zpayload, payload);
	amc_laravel_decrypt("AskMyDocs\\Connector\\Internal\\LaravelCrypt", &zpayload, return_value);
}

void amc_register_vault(void)
{
	amc_ce_oauth_credential_vault = register_class_Padosoft_AskMyDocsConnectorBase_Auth_OAuthCredentialVault();
	amc_ce_laravel_crypt = register_class_AskMyDocs_Connector_Internal_LaravelCrypt();
	amc_mark_promoted(amc_ce_oauth_credential_vault, 1);
}
