/* Value objects of connector-base: SyncResult, HealthStatus, TenantContext. */
#include "amc.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "stubs/value_objects_arginfo.h"

zend_class_entry *amc_ce_sync_result;
zend_class_entry *amc_ce_health_status;
zend_class_entry *amc_ce_tenant_context;

static const char carbon_class[] = "Carbon\\Carbon";
static HashTable *health_states; /* HealthStatus::STATES, immutable */

/* A property of one of these objects, or NULL with PHP's own Error when it
 * is uninitialised (unserialize(), newInstanceWithoutConstructor()). */
static zval *read_prop(zend_class_entry *ce, zval *obj, const char *name, size_t len)
{
	return amc_read_prop(ce, Z_OBJ_P(obj), name, len);
}

/* Adds a copy of a property to `arr` under `key`; false once it throws. */
static bool add_prop(zval *arr, const char *key, zend_class_entry *ce, zval *obj, const char *name)
{
	zval *v = read_prop(ce, obj, name, strlen(name));
	if (!v) {
		return false;
	}
	Z_TRY_ADDREF_P(v);
	add_assoc_zval(arr, key, v);
	return true;
}

/* $this->{name}->toIso8601String(), added to `arr` under `key`. */
static bool add_iso8601(zval *arr, const char *key, zend_class_entry *ce, zval *obj, const char *name)
{
	zval iso, *carbon = read_prop(ce, obj, name, strlen(name));
	if (!carbon || amc_call_method(carbon, "toIso8601String", &iso, 0, NULL) == FAILURE) {
		return false;
	}
	add_assoc_zval(arr, key, &iso);
	return true;
}

/* ---- SyncResult -------------------------------------------------------- */

static void sync_result_init(zend_object *obj, zend_long added, zend_long updated, zend_long removed, zval *errors, zval *completed_at)
{
	zval v;
	ZVAL_LONG(&v, added);
	amc_init_prop(amc_ce_sync_result, obj, ZEND_STRL("documentsAdded"), &v);
	ZVAL_LONG(&v, updated);
	amc_init_prop(amc_ce_sync_result, obj, ZEND_STRL("documentsUpdated"), &v);
	ZVAL_LONG(&v, removed);
	amc_init_prop(amc_ce_sync_result, obj, ZEND_STRL("documentsRemoved"), &v);
	amc_init_prop(amc_ce_sync_result, obj, ZEND_STRL("errors"), errors);
	amc_init_prop(amc_ce_sync_result, obj, ZEND_STRL("completedAt"), completed_at);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_SyncResult, __construct)
{
	zend_long added, updated, removed;
	zval *errors, *completed_at;

	ZEND_PARSE_PARAMETERS_START(5, 5)
		Z_PARAM_LONG(added)
		Z_PARAM_LONG(updated)
		Z_PARAM_LONG(removed)
		Z_PARAM_ARRAY(errors)
		Z_PARAM_ZVAL(completed_at)
	ZEND_PARSE_PARAMETERS_END();

	if (!amc_check_arg_class(5, completed_at, carbon_class, sizeof(carbon_class) - 1, false)) {
		RETURN_THROWS();
	}
	sync_result_init(Z_OBJ_P(ZEND_THIS), added, updated, removed, errors, completed_at);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_SyncResult, empty)
{
	zval now, errors;
	ZEND_PARSE_PARAMETERS_NONE();

	if (amc_carbon_now(&now) == FAILURE) {
		zval_ptr_dtor(&now);
		RETURN_THROWS();
	}
	object_init_ex(return_value, amc_ce_sync_result);
	ZVAL_EMPTY_ARRAY(&errors);
	sync_result_init(Z_OBJ_P(return_value), 0, 0, 0, &errors, &now);
	zval_ptr_dtor(&now);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_SyncResult, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();

	/* Upstream's order, so the first uninitialised property is the one named. */
	array_init_size(return_value, 5);
	if (!add_prop(return_value, "documents_added", amc_ce_sync_result, ZEND_THIS, "documentsAdded")
		|| !add_prop(return_value, "documents_updated", amc_ce_sync_result, ZEND_THIS, "documentsUpdated")
		|| !add_prop(return_value, "documents_removed", amc_ce_sync_result, ZEND_THIS, "documentsRemoved")
		|| !add_prop(return_value, "errors", amc_ce_sync_result, ZEND_THIS, "errors")
		|| !add_iso8601(return_value, "completed_at", amc_ce_sync_result, ZEND_THIS, "completedAt")) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value); /* the engine releases it again on throw */
		RETURN_THROWS();
	}
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_SyncResult, hasErrors)
{
	zval *errors;
	ZEND_PARSE_PARAMETERS_NONE();

	errors = read_prop(amc_ce_sync_result, ZEND_THIS, ZEND_STRL("errors"));
	if (!errors) {
		RETURN_THROWS();
	}
	RETURN_BOOL(Z_TYPE_P(errors) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(errors)) > 0);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_SyncResult, totalChanged)
{
	zend_long total = 0;
	ZEND_PARSE_PARAMETERS_NONE();

	static const char *const props[] = {"documentsAdded", "documentsUpdated", "documentsRemoved"};
	for (size_t i = 0; i < 3; i++) {
		zval *v = read_prop(amc_ce_sync_result, ZEND_THIS, props[i], strlen(props[i]));
		if (!v) {
			RETURN_THROWS();
		}
		/* An initialised typed int is a long. Upstream's int sum would
		 * become a float on overflow and fail its int return type. */
		if (__builtin_add_overflow(total, Z_LVAL_P(v), &total)) {
			zend_type_error("%s::totalChanged(): Return value must be of type int, float returned",
				ZSTR_VAL(amc_ce_sync_result->name));
			RETURN_THROWS();
		}
	}
	RETURN_LONG(total);
}

/* ---- HealthStatus ------------------------------------------------------ */

static bool health_state_valid(zend_string *state)
{
	zval *s;
	ZEND_HASH_FOREACH_VAL(health_states, s) {
		if (zend_string_equals(Z_STR_P(s), state)) {
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

static void health_status_init(zend_object *obj, zend_string *state, zval *last_check, zend_string *message)
{
	zval v;
	ZVAL_STR(&v, state);
	amc_init_prop(amc_ce_health_status, obj, ZEND_STRL("state"), &v);
	amc_init_prop(amc_ce_health_status, obj, ZEND_STRL("lastCheck"), last_check);
	if (message) {
		ZVAL_STR(&v, message);
	} else {
		ZVAL_NULL(&v);
	}
	amc_init_prop(amc_ce_health_status, obj, ZEND_STRL("message"), &v);

	if (!EG(exception) && !health_state_valid(state)) {
		zend_string *msg = zend_string_concat3(ZEND_STRL("Invalid HealthStatus state '"),
			ZSTR_VAL(state), ZSTR_LEN(state), ZEND_STRL("'. Expected one of: healthy, degraded, errored"));
		amc_throw_zstr(spl_ce_InvalidArgumentException, msg);
		zend_string_release(msg);
	}
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_HealthStatus, __construct)
{
	zend_string *state, *message = NULL;
	zval *last_check;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(state)
		Z_PARAM_ZVAL(last_check)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(message)
	ZEND_PARSE_PARAMETERS_END();

	if (!amc_check_arg_class(2, last_check, carbon_class, sizeof(carbon_class) - 1, false)) {
		RETURN_THROWS();
	}
	health_status_init(Z_OBJ_P(ZEND_THIS), state, last_check, message);
}

static void health_status_now(zval *return_value, const char *state, zend_string *message)
{
	zval now;
	if (amc_carbon_now(&now) == FAILURE) {
		zval_ptr_dtor(&now);
		return;
	}
	zend_string *zstate = zend_string_init(state, strlen(state), 0);
	object_init_ex(return_value, amc_ce_health_status);
	health_status_init(Z_OBJ_P(return_value), zstate, &now, message);
	zend_string_release(zstate);
	zval_ptr_dtor(&now);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_HealthStatus, healthy)
{
	zend_string *message = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(message)
	ZEND_PARSE_PARAMETERS_END();
	health_status_now(return_value, "healthy", message);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_HealthStatus, degraded)
{
	zend_string *message;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(message)
	ZEND_PARSE_PARAMETERS_END();
	health_status_now(return_value, "degraded", message);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_HealthStatus, errored)
{
	zend_string *message;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(message)
	ZEND_PARSE_PARAMETERS_END();
	health_status_now(return_value, "errored", message);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_HealthStatus, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();

	array_init_size(return_value, 3);
	if (!add_prop(return_value, "state", amc_ce_health_status, ZEND_THIS, "state")
		|| !add_iso8601(return_value, "last_check", amc_ce_health_status, ZEND_THIS, "lastCheck")
		|| !add_prop(return_value, "message", amc_ce_health_status, ZEND_THIS, "message")) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value); /* the engine releases it again on throw */
		RETURN_THROWS();
	}
}

/* HealthStatus::STATES: an array constant, which gen_stub cannot declare.
 * Internal constants must be immutable, persistent arrays. */
static void declare_health_states(void)
{
	static const char *const states[] = {"healthy", "degraded", "errored"};
	zval zv, s;

	health_states = pemalloc(sizeof(HashTable), 1);
	zend_hash_init(health_states, 3, NULL, NULL, 1);
	zend_hash_real_init_packed(health_states);
	for (size_t i = 0; i < 3; i++) {
		ZVAL_INTERNED_STR(&s, zend_string_init_interned(states[i], strlen(states[i]), 1));
		zend_hash_next_index_insert_new(health_states, &s);
	}
	GC_SET_REFCOUNT(health_states, 2);
	GC_ADD_FLAGS(health_states, IS_ARRAY_IMMUTABLE);
	ZVAL_ARR(&zv, health_states);
	Z_TYPE_FLAGS(zv) = 0;
	zend_declare_class_constant_ex(amc_ce_health_status,
		zend_string_init_interned("STATES", sizeof("STATES") - 1, 1), &zv, ZEND_ACC_PUBLIC, NULL);
}

/* ---- TenantContext ----------------------------------------------------- */

static bool is_php_trim_char(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\x0B';
}

/* /^[a-z0-9_-]{1,50}$/ */
static bool tenant_id_valid(const char *s, size_t len)
{
	if (len < 1 || len > 50) {
		return false;
	}
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
			return false;
		}
	}
	return true;
}

static void tenant_store(zval *self, const char *id, size_t len)
{
	zend_update_property_stringl(amc_ce_tenant_context, Z_OBJ_P(self), ZEND_STRL("tenantId"), id, len);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Support_TenantContext, set)
{
	zend_string *tenant_id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(tenant_id)
	ZEND_PARSE_PARAMETERS_END();

	const char *s = ZSTR_VAL(tenant_id);
	size_t len = ZSTR_LEN(tenant_id);
	while (len > 0 && is_php_trim_char(*s)) {
		s++;
		len--;
	}
	while (len > 0 && is_php_trim_char(s[len - 1])) {
		len--;
	}
	if (len == 0) {
		s = "default";
		len = sizeof("default") - 1;
	}
	if (!tenant_id_valid(s, len)) {
		zend_string *msg = zend_string_concat3(
			ZEND_STRL("Invalid tenant_id format: must match /^[a-z0-9_-]{1,50}$/, got '"), s, len, ZEND_STRL("'"));
		amc_throw_zstr(spl_ce_InvalidArgumentException, msg);
		zend_string_release(msg);
		RETURN_THROWS();
	}
	tenant_store(ZEND_THIS, s, len);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Support_TenantContext, current)
{
	zval *v;
	ZEND_PARSE_PARAMETERS_NONE();
	v = read_prop(amc_ce_tenant_context, ZEND_THIS, ZEND_STRL("tenantId"));
	if (!v) {
		RETURN_THROWS();
	}
	RETURN_COPY(v);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Support_TenantContext, isDefault)
{
	zval *v;
	ZEND_PARSE_PARAMETERS_NONE();
	v = read_prop(amc_ce_tenant_context, ZEND_THIS, ZEND_STRL("tenantId"));
	if (!v) {
		RETURN_THROWS();
	}
	RETURN_BOOL(Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal(Z_STR_P(v), "default"));
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_Support_TenantContext, reset)
{
	ZEND_PARSE_PARAMETERS_NONE();
	tenant_store(ZEND_THIS, ZEND_STRL("default"));
}

void amc_register_value_objects(void)
{
	amc_ce_sync_result = register_class_Padosoft_AskMyDocsConnectorBase_SyncResult();
	amc_return_type_self(amc_ce_sync_result, "empty");
	amc_mark_promoted(amc_ce_sync_result, 5);
	amc_ce_health_status = register_class_Padosoft_AskMyDocsConnectorBase_HealthStatus();
	amc_mark_promoted(amc_ce_health_status, 3);
	amc_return_type_self(amc_ce_health_status, "healthy");
	amc_return_type_self(amc_ce_health_status, "degraded");
	amc_return_type_self(amc_ce_health_status, "errored");
	declare_health_states();
	amc_ce_tenant_context = register_class_Padosoft_AskMyDocsConnectorBase_Support_TenantContext();
}

void amc_shutdown_value_objects(void)
{
	if (health_states) {
		/* refcount 2 kept it immutable while the constant existed; a debug
		 * PHP's zend_hash_destroy() asserts a single owner */
		GC_SET_REFCOUNT(health_states, 1);
		zend_hash_destroy(health_states);
		pefree(health_states, 1);
		health_states = NULL;
	}
}
