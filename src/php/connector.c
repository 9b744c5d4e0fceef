/* Padosoft\AskMyDocsConnectorBase\BaseConnector: the helpers every connector
 * shares. The remaining ConnectorInterface methods stay abstract and the
 * helpers call $this->key() through the method table, so subclasses rule. */
#include "laravel_host.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_attributes.h"
#include "zend_smart_str.h"
#include "stubs/connector_arginfo.h"

zend_class_entry *amc_ce_base_connector;

#define CONNECTOR AMC_NS_BASE "\\BaseConnector"
#define STATE_PREFIX "connector:oauth_state:"
/* The claim that makes consumeOAuthState() single-winner (see consume_state). */
#define CLAIM_PREFIX "connector:oauth_state_claim:"
#define STATE_TOKEN_LENGTH 32
#define STATE_DEFAULT_TTL 600

/* $this->{prop}->method(...args). A property left uninitialised by a subclass
 * constructor that skipped parent::__construct() throws PHP's own Error. */
static zend_result forward(zval *self, const char *property, const char *method, zval *retval, uint32_t argc, zval *argv)
{
	zval *target = amc_read_prop(amc_ce_base_connector, Z_OBJ_P(self), property, strlen(property));
	if (!target) {
		ZVAL_UNDEF(retval);
		return FAILURE;
	}
	return amc_call_method(target, method, retval, argc, argv);
}

static zend_result connector_key(zval *self, zval *key)
{
	if (amc_call_method(self, "key", key, 0, NULL) == FAILURE) {
		return FAILURE;
	}
	if (Z_TYPE_P(key) != IS_STRING) {
		zend_type_error("%s::key(): Return value must be of type string, %s returned",
			ZSTR_VAL(Z_OBJCE_P(self)->name), zend_zval_type_name(key));
		return FAILURE;
	}
	return SUCCESS;
}

static zend_result current_tenant(zval *self, zval *tenant)
{
	return forward(self, "tenantContext", "current", tenant, 0, NULL);
}

/* Moves a forwarded result into return_value. */
static void forward_return(zval *self, const char *property, const char *method, zval *return_value, uint32_t argc, zval *argv)
{
	if (forward(self, property, method, return_value, argc, argv) == FAILURE) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
	}
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, __construct)
{
	zval *vault, *tenant, *ingestion, app;
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_OBJECT_OF_CLASS(vault, amc_ce_oauth_credential_vault)
		Z_PARAM_OBJECT_OF_CLASS(tenant, amc_ce_tenant_context)
		Z_PARAM_OBJECT_OF_CLASS(ingestion, amc_ce_ingestion_contract)
	ZEND_PARSE_PARAMETERS_END();

	if (amc_laravel_app(CONNECTOR, &app) == FAILURE) {
		RETURN_THROWS();
	}
	zval_ptr_dtor(&app);
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	amc_init_prop(amc_ce_base_connector, obj, ZEND_STRL("vault"), vault);
	amc_init_prop(amc_ce_base_connector, obj, ZEND_STRL("tenantContext"), tenant);
	amc_init_prop(amc_ce_base_connector, obj, ZEND_STRL("ingestion"), ingestion);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, oauthScopes)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_EMPTY_ARRAY();
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, iconUrl)
{
	zval key, path;
	ZEND_PARSE_PARAMETERS_NONE();

	if (connector_key(ZEND_THIS, &key) == SUCCESS) {
		ZVAL_STR(&path, zend_string_concat3(ZEND_STRL("connectors/"), Z_STRVAL(key), Z_STRLEN(key), ZEND_STRL(".svg")));
		if (amc_call_function("asset", return_value, 1, &path) == FAILURE) {
			zval_ptr_dtor(return_value);
			ZVAL_UNDEF(return_value);
		}
		zval_ptr_dtor(&path);
	}
	zval_ptr_dtor(&key);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, refreshTokenIfExpired)
{
	zval id;
	zend_long installation_id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(installation_id)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_LONG(&id, installation_id);
	forward_return(ZEND_THIS, "vault", "getAccessToken", return_value, 1, &id);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, dispatchIngestion)
{
	zval args[7];
	zend_string *s[6];
	HashTable *metadata;
	ZEND_PARSE_PARAMETERS_START(7, 7)
		Z_PARAM_STR(s[0])
		Z_PARAM_STR(s[1])
		Z_PARAM_STR(s[2])
		Z_PARAM_STR(s[3])
		Z_PARAM_ARRAY_HT(metadata)
		Z_PARAM_STR(s[4])
		Z_PARAM_STR(s[5])
	ZEND_PARSE_PARAMETERS_END();

	for (int i = 0, j = 0; i < 7; i++) {
		if (i == 4) {
			ZVAL_ARR(&args[i], metadata);
		} else {
			ZVAL_STR(&args[i], s[j++]);
		}
	}
	zval ret;
	forward(ZEND_THIS, "ingestion", "dispatchIngestion", &ret, 7, args);
	zval_ptr_dtor(&ret);
}

/* A non-empty string, or NULL. */
static zend_string *nonempty_str(zval *v)
{
	return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) > 0 ? Z_STR_P(v) : NULL;
}

/* project_key column, then config_json['project_key'] (installs created
 * before the column), then config('kb.ingest.default_project'), then 'default'. */
ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, resolveProjectKey)
{
	zval *installation, v, def;
	zend_string *found;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT(installation)
	ZEND_PARSE_PARAMETERS_END();

	if (!amc_check_arg_class(1, installation, ZEND_STRL(AMC_CLASS_INSTALLATION), false)
		|| amc_get_attr(installation, "project_key", &v) == FAILURE) {
		RETURN_THROWS();
	}
	if ((found = nonempty_str(&v))) {
		RETVAL_STR_COPY(found);
		zval_ptr_dtor(&v);
		return;
	}
	zval_ptr_dtor(&v);
	if (amc_get_attr(installation, "config_json", &v) == FAILURE) {
		RETURN_THROWS();
	}
	if (Z_TYPE(v) == IS_ARRAY && (found = nonempty_str(zend_hash_str_find(Z_ARRVAL(v), ZEND_STRL("project_key"))))) {
		RETVAL_STR_COPY(found);
		zval_ptr_dtor(&v);
		return;
	}
	zval_ptr_dtor(&v);
	ZVAL_NULL(&def);
	if (amc_laravel_config("kb.ingest.default_project", &def, &v) == FAILURE) {
		zval_ptr_dtor(&v);
		RETURN_THROWS();
	}
	if ((found = nonempty_str(&v))) {
		RETVAL_STR_COPY(found);
	} else {
		RETVAL_STRINGL("default", 7);
	}
	zval_ptr_dtor(&v);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, resolveKbSourcePath)
{
	zval arg;
	zend_string *path;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(path)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_STR(&arg, path);
	forward_return(ZEND_THIS, "ingestion", "resolveKbSourcePath", return_value, 1, &arg);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, maybeRedactContent)
{
	zval arg;
	zend_string *content;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(content)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_STR(&arg, content);
	forward_return(ZEND_THIS, "ingestion", "redactContent", return_value, 1, &arg);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, emitAudit)
{
	zend_string *event;
	zend_long id = 0;
	bool id_null = true;
	HashTable *metadata = NULL;
	zval args[4], ret;
	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(event)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(id, id_null)
		Z_PARAM_ARRAY_HT_OR_NULL(metadata)
	ZEND_PARSE_PARAMETERS_END();

	if (connector_key(ZEND_THIS, &args[0]) == SUCCESS) {
		ZVAL_STR(&args[1], event);
		if (id_null) ZVAL_NULL(&args[2]); else ZVAL_LONG(&args[2], id);
		if (metadata) ZVAL_ARR(&args[3], metadata); else ZVAL_NULL(&args[3]);
		forward(ZEND_THIS, "ingestion", "emitAudit", &ret, 4, args);
		zval_ptr_dtor(&ret);
	}
	zval_ptr_dtor(&args[0]);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, softDeleteByMetadataKey)
{
	zval *installation, args[3];
	zend_string *metadata_key, *remote_id;
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_OBJECT(installation)
		Z_PARAM_STR(metadata_key)
		Z_PARAM_STR(remote_id)
	ZEND_PARSE_PARAMETERS_END();

	if (!amc_check_arg_class(1, installation, ZEND_STRL(AMC_CLASS_INSTALLATION), false)) {
		RETURN_THROWS();
	}
	ZVAL_COPY_VALUE(&args[0], installation);
	ZVAL_STR(&args[1], metadata_key);
	ZVAL_STR(&args[2], remote_id);
	forward_return(ZEND_THIS, "ingestion", "softDeleteByRemoteId", return_value, 3, args);
}

/* ---- OAuth state ---------------------------------------------------------- */

/* prefix + id + ':' + token, binary-safe like upstream's interpolation. */
static zend_string *state_key(const char *prefix, zend_long id, zend_string *token)
{
	smart_str key = {0};
	smart_str_appends(&key, prefix);
	smart_str_append_long(&key, id);
	smart_str_appendc(&key, ':');
	smart_str_append(&key, token);
	return smart_str_extract(&key);
}

/* (int) config('connectors.oauth_state_ttl_seconds', 600) */
static zend_result state_ttl(zend_long *ttl)
{
	zval def, v;
	ZVAL_LONG(&def, STATE_DEFAULT_TTL);
	zend_result r = amc_laravel_config("connectors.oauth_state_ttl_seconds", &def, &v);
	*ttl = r == SUCCESS ? zval_get_long(&v) : STATE_DEFAULT_TTL;
	zval_ptr_dtor(&v);
	return r;
}

static zend_result cache_call(const char *method, zval *retval, uint32_t argc, zval *argv)
{
	return amc_call_static(ZEND_STRL(AMC_FACADE_CACHE), method, retval, argc, argv);
}

/* ['tenant_id' => ..., 'installation_id' => ..., 'issued_at' => ISO-8601 now] */
static zend_result state_entry(zval *self, zend_long id, zval *entry)
{
	zval tenant, now, iso;
	array_init_size(entry, 3);
	if (current_tenant(self, &tenant) == FAILURE) {
		zval_ptr_dtor(&tenant);
		return FAILURE;
	}
	add_assoc_zval(entry, "tenant_id", &tenant);
	add_assoc_long(entry, "installation_id", id);
	if (amc_carbon_now(&now) == FAILURE || amc_call_method(&now, "toIso8601String", &iso, 0, NULL) == FAILURE) {
		zval_ptr_dtor(&now);
		return FAILURE;
	}
	add_assoc_zval(entry, "issued_at", &iso);
	zval_ptr_dtor(&now);
	return SUCCESS;
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, issueOAuthState)
{
	zend_long id, ttl;
	zval len, args[3], ret;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_UNDEF(&ret); /* not reached by cache_call() when state_entry() fails */
	ZVAL_LONG(&len, STATE_TOKEN_LENGTH);
	if (amc_call_static(ZEND_STRL("Illuminate\\Support\\Str"), "random", return_value, 1, &len) == FAILURE
		|| Z_TYPE_P(return_value) != IS_STRING || state_ttl(&ttl) == FAILURE) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
		return;
	}
	ZVAL_STR(&args[0], state_key(STATE_PREFIX, id, Z_STR_P(return_value)));
	ZVAL_LONG(&args[2], ttl);
	if (state_entry(ZEND_THIS, id, &args[1]) == FAILURE || cache_call("put", &ret, 3, args) == FAILURE) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
	}
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
}

/* Cache::add() of a claim key: the store's atomic "set if absent" (file store:
 * an exclusive flock; database store: INSERT on the primary key; Redis: SET
 * NX), so of all processes that read the entry, exactly one claims it. */
static zend_result claim_state(zend_long id, zend_string *token, bool *won)
{
	zend_long ttl;
	zval args[3], ret;
	*won = false;
	if (state_ttl(&ttl) == FAILURE) {
		return FAILURE;
	}
	ZVAL_STR(&args[0], state_key(CLAIM_PREFIX, id, token));
	ZVAL_TRUE(&args[1]);
	ZVAL_LONG(&args[2], ttl > 0 ? ttl : STATE_DEFAULT_TTL);
	zend_result r = cache_call("add", &ret, 3, args);
	*won = r == SUCCESS && zend_is_true(&ret);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&args[0]);
	return r;
}

/* The entry's installation and tenant match this call. */
static zend_result state_matches(zval *self, zval *entry, zend_long id, bool *ok)
{
	zval tenant;
	*ok = false;
	if (Z_TYPE_P(entry) != IS_ARRAY) {
		return SUCCESS;
	}
	zval *inst = zend_hash_str_find(Z_ARRVAL_P(entry), ZEND_STRL("installation_id"));
	if (!inst || Z_TYPE_P(inst) != IS_LONG || Z_LVAL_P(inst) != id) {
		return SUCCESS;
	}
	if (current_tenant(self, &tenant) == FAILURE) {
		zval_ptr_dtor(&tenant);
		return FAILURE;
	}
	zval *t = zend_hash_str_find(Z_ARRVAL_P(entry), ZEND_STRL("tenant_id"));
	*ok = t && Z_TYPE_P(t) == IS_STRING && Z_TYPE(tenant) == IS_STRING && zend_string_equals(Z_STR_P(t), Z_STR(tenant));
	zval_ptr_dtor(&tenant);
	return SUCCESS;
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, consumeOAuthState)
{
	zend_long id;
	zend_string *token;
	zval key, entry, ret;
	bool won, ok = false;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(id)
		Z_PARAM_STR(token)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_STR(&key, state_key(STATE_PREFIX, id, token));
	ZVAL_UNDEF(&ret);
	if (cache_call("get", &entry, 1, &key) == SUCCESS && Z_TYPE(entry) != IS_NULL
		&& claim_state(id, token, &won) == SUCCESS && won
		&& cache_call("forget", &ret, 1, &key) == SUCCESS) {
		state_matches(ZEND_THIS, &entry, id, &ok);
	}
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&entry);
	zval_ptr_dtor(&key);
	if (!EG(exception)) {
		RETVAL_BOOL(ok);
	}
}

/* Binary-safe: the key and tenant are userland strings. */
static void throw_installation_not_found(zend_long id, zend_string *key, zval *tenant)
{
	smart_str msg = {0};
	smart_str_appends(&msg, "Connector installation ");
	smart_str_append_long(&msg, id);
	smart_str_appends(&msg, " not found for connector '");
	smart_str_append(&msg, key);
	smart_str_appends(&msg, "' in tenant '");
	if (Z_TYPE_P(tenant) == IS_STRING) {
		smart_str_append(&msg, Z_STR_P(tenant));
	}
	smart_str_appends(&msg, "'.");
	zend_string *message = smart_str_extract(&msg);
	amc_throw_zstr(spl_ce_InvalidArgumentException, message);
	zend_string_release(message);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, loadInstallation)
{
	zend_long id;
	zval builder, v, tenant, key;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_UNDEF(&tenant);
	ZVAL_UNDEF(&key);
	zend_result r = amc_call_static(ZEND_STRL(AMC_CLASS_INSTALLATION), "query", &builder, 0, NULL);
	zval args[2];
	static const char *const cols[] = {"id", "tenant_id", "connector_name"};
	for (int i = 0; r == SUCCESS && i < 3; i++) {
		if (i == 0) ZVAL_LONG(&v, id);
		else if (i == 1) r = current_tenant(ZEND_THIS, &v);
		else r = connector_key(ZEND_THIS, &v);
		if (r == SUCCESS) {
			ZVAL_STRING(&args[0], cols[i]);
			ZVAL_COPY_VALUE(&args[1], &v);
			r = amc_chain(&builder, "where", 2, args);
			zval_ptr_dtor(&args[0]);
		}
		zval_ptr_dtor(&v);
	}
	if (r == SUCCESS && amc_chain(&builder, "first", 0, NULL) == SUCCESS) {
		if (Z_TYPE(builder) == IS_OBJECT) {
			RETVAL_COPY(&builder);
		} else if (connector_key(ZEND_THIS, &key) == SUCCESS && current_tenant(ZEND_THIS, &tenant) == SUCCESS) {
			throw_installation_not_found(id, Z_STR(key), &tenant);
		}
	}
	zval_ptr_dtor(&tenant);
	zval_ptr_dtor(&key);
	zval_ptr_dtor(&builder);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorBase_BaseConnector, stateCacheKey)
{
	zend_long id;
	zend_string *token;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(id)
		Z_PARAM_STR(token)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(state_key(STATE_PREFIX, id, token));
}

void amc_register_base_connector(void)
{
	amc_ce_base_connector = register_class_Padosoft_AskMyDocsConnectorBase_BaseConnector(amc_ce_connector_interface);
	amc_mark_promoted(amc_ce_base_connector, 3);
}
