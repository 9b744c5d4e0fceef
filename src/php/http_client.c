/* AskMyDocs\Connector\Http\{AtlassianClient, Response} and the native source
 * of PageWalk: the Zend binding of the libcurl engine (src/core/http_engine.c)
 * and of the page walker (src/core/page_walker.c). Pages are checked by the
 * same page logic as AtlassianPaginator's (paginator.h). */
#include "paginator.h"
#include "page_iterator.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_attributes.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "core/http_engine.h"
#include "stubs/http_client_arginfo.h"

#include <unistd.h>

zend_class_entry *amc_ce_atlassian_client;

/* ---- the share: DNS, TLS sessions and connections (never cookies), kept
 * across the PHP requests of a worker, one per process and thread ---------- */

static bool amc_curl_ready;

static CURLSH *amc_share_create(void)
{
	CURLSH *sh = curl_share_init();
	if (!sh) {
		return NULL;
	}
	/* No lock callbacks: a share never leaves its thread (libcurl does not
	 * support sharing connections between concurrent threads anyway). */
	bool ok = curl_share_setopt(sh, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS) == CURLSHE_OK
		&& curl_share_setopt(sh, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION) == CURLSHE_OK
		&& curl_share_setopt(sh, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT) == CURLSHE_OK;
	if (!ok) {
		curl_share_cleanup(sh);
		return NULL;
	}
	return sh;
}

/* The engine's share provider: this thread's share, made anew in a fork
 * child (the inherited one holds the parent's sockets: left untouched). */
static CURLSH *amc_thread_share(void)
{
	if (!amc_curl_ready) {
		return NULL;
	}
	long pid = (long) getpid();
	if (AMC_G(curl_share) && AMC_G(share_pid) != pid) {
		amc_http_orphan_share(AMC_G(curl_share));
		AMC_G(curl_share) = NULL;
	}
	if (!AMC_G(curl_share)) {
		AMC_G(curl_share) = amc_share_create();
		AMC_G(share_pid) = pid;
	}
	return AMC_G(curl_share);
}

void amc_http_thread_shutdown(zend_askmydocs_connector_globals *g)
{
	if (g->curl_share && g->share_pid == (long) getpid()) {
		curl_share_cleanup(g->curl_share);
	}
	g->curl_share = NULL;
}

/* Asked by the engine between slices of every wait: true when an interrupt
 * handler threw, which ends the wait. */
static bool amc_interrupted(void *ctx)
{
	return !amc_run_interrupts();
}

/* ---- Response ------------------------------------------------------------ */

typedef struct {
	long status;
	long http_version;            /* CURL_HTTP_VERSION_* that was negotiated */
	zend_string *body;
	zend_string *headers;
	zend_string *url;
	zval decoded;
	zend_object std;
} amc_response;

static zend_object_handlers amc_response_handlers;

static inline amc_response *amc_response_from(zend_object *o)
{
	return (amc_response *) ((char *) o - offsetof(amc_response, std));
}

static zend_object *amc_response_create(zend_class_entry *ce)
{
	amc_response *r = zend_object_alloc(sizeof(amc_response), ce);
	zend_object_std_init(&r->std, ce);
	object_properties_init(&r->std, ce);
	r->std.handlers = &amc_response_handlers;
	r->body = ZSTR_EMPTY_ALLOC();
	r->headers = ZSTR_EMPTY_ALLOC();
	r->url = ZSTR_EMPTY_ALLOC();
	ZVAL_UNDEF(&r->decoded);
	return &r->std;
}

static void amc_response_free(zend_object *o)
{
	amc_response *r = amc_response_from(o);
	zend_string_release(r->body);
	zend_string_release(r->headers);
	zend_string_release(r->url);
	zval_ptr_dtor(&r->decoded);
	zend_object_std_dtor(o);
}

static HashTable *amc_response_debug_info(zend_object *o, int *is_temp)
{
	amc_response *r = amc_response_from(o);
	HashTable *ht = zend_new_array(3);
	zval v;
	ZVAL_LONG(&v, r->status);
	zend_hash_str_add_new(ht, ZEND_STRL("status"), &v);
	ZVAL_STR_COPY(&v, r->url);
	zend_hash_str_add_new(ht, ZEND_STRL("effectiveUri"), &v);
	ZVAL_LONG(&v, (zend_long) ZSTR_LEN(r->body));
	zend_hash_str_add_new(ht, ZEND_STRL("bodyLength"), &v);
	*is_temp = 1;
	return ht;
}

static void amc_response_from_xfer(zval *out, amc_http_xfer *x)
{
	object_init_ex(out, amc_ce_http_response);
	amc_response *r = amc_response_from(Z_OBJ_P(out));
	r->status = x->status;
	curl_easy_getinfo(x->easy, CURLINFO_HTTP_VERSION, &r->http_version);
	r->body = zend_string_init(x->body.data ? x->body.data : "", x->body.len, 0);
	r->headers = zend_string_init(x->headers.data ? x->headers.data : "", x->headers.len, 0);
	char *eff = NULL;
	curl_easy_getinfo(x->easy, CURLINFO_EFFECTIVE_URL, &eff);
	r->url = zend_string_init(eff ? eff : x->url, strlen(eff ? eff : x->url), 0);
}

#define AMC_RESPONSE_THIS() amc_response_from(Z_OBJ_P(ZEND_THIS))

ZEND_METHOD(AskMyDocs_Connector_Http_Response, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(AskMyDocs_Connector_Http_Response, status)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(AMC_RESPONSE_THIS()->status);
}

ZEND_METHOD(AskMyDocs_Connector_Http_Response, successful)
{
	ZEND_PARSE_PARAMETERS_NONE();
	long s = AMC_RESPONSE_THIS()->status;
	RETURN_BOOL(s >= 200 && s < 300);
}

ZEND_METHOD(AskMyDocs_Connector_Http_Response, failed)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(AMC_RESPONSE_THIS()->status >= 400);
}

ZEND_METHOD(AskMyDocs_Connector_Http_Response, body)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(AMC_RESPONSE_THIS()->body);
}

/* PSR-7's spelling (getProtocolVersion): "2", not "2.0". */
ZEND_METHOD(AskMyDocs_Connector_Http_Response, protocolVersion)
{
	ZEND_PARSE_PARAMETERS_NONE();
	switch (AMC_RESPONSE_THIS()->http_version) {
	case CURL_HTTP_VERSION_1_0:
		RETURN_STRING("1.0");
	case CURL_HTTP_VERSION_2_0:
		RETURN_STRING("2");
#if LIBCURL_VERSION_NUM >= 0x074200
	case CURL_HTTP_VERSION_3:
		RETURN_STRING("3");
#endif
	default:
		RETURN_STRING("1.1");
	}
}

ZEND_METHOD(AskMyDocs_Connector_Http_Response, effectiveUri)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(AMC_RESPONSE_THIS()->url);
}

/* Laravel's data_get() for dotted keys over the decoded arrays. */
static zval *amc_dig(zval *v, zend_string *key)
{
	const char *p = ZSTR_VAL(key), *end = p + ZSTR_LEN(key);
	while (v && p <= end) {
		const char *dot = memchr(p, '.', (size_t) (end - p));
		size_t n = dot ? (size_t) (dot - p) : (size_t) (end - p);
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) != IS_ARRAY) {
			return NULL;
		}
		v = zend_symtable_str_find(Z_ARRVAL_P(v), p, n);
		if (!dot) {
			break;
		}
		p = dot + 1;
	}
	return v;
}

ZEND_METHOD(AskMyDocs_Connector_Http_Response, json)
{
	zend_string *key = NULL;
	zval *def = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(key)
		Z_PARAM_ZVAL(def)
	ZEND_PARSE_PARAMETERS_END();

	amc_response *r = AMC_RESPONSE_THIS();
	if (Z_ISUNDEF(r->decoded)) {
		/* Like json_decode($body, true): invalid JSON decodes to null. */
		if (php_json_decode_ex(&r->decoded, ZSTR_VAL(r->body), ZSTR_LEN(r->body),
				PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE) {
			zval_ptr_dtor(&r->decoded);
			ZVAL_NULL(&r->decoded);
		}
	}
	if (!key) {
		RETURN_COPY(&r->decoded);
	}
	zval *found = amc_dig(&r->decoded, key);
	if (found) {
		RETURN_COPY_DEREF(found);
	}
	if (def) {
		RETURN_COPY(def);
	}
	RETURN_NULL();
}

typedef struct { zend_string *name; smart_str out; } amc_hdr_find;

static void amc_hdr_match(const char *n, size_t nl, const char *v, size_t vl, void *ctx)
{
	amc_hdr_find *f = ctx;
	if (nl == ZSTR_LEN(f->name) && zend_binary_strncasecmp(n, nl, ZSTR_VAL(f->name), nl, nl) == 0) {
		if (f->out.s) {
			smart_str_appends(&f->out, ", ");
		}
		smart_str_appendl(&f->out, v, vl);
	}
}

ZEND_METHOD(AskMyDocs_Connector_Http_Response, header)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	amc_hdr_find f = { name, {0} };
	zend_string *block = AMC_RESPONSE_THIS()->headers;
	amc_http_each_header(ZSTR_VAL(block), ZSTR_LEN(block), amc_hdr_match, &f);
	if (!f.out.s) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STR(smart_str_extract(&f.out));
}

static void amc_hdr_collect(const char *n, size_t nl, const char *v, size_t vl, void *ctx)
{
	zval *arr = ctx, *list = zend_hash_str_find(Z_ARRVAL_P(arr), n, nl);
	if (!list) {
		zval empty;
		array_init(&empty);
		list = zend_hash_str_add_new(Z_ARRVAL_P(arr), n, nl, &empty);
	}
	add_next_index_stringl(list, v, vl);
}

ZEND_METHOD(AskMyDocs_Connector_Http_Response, headers)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	zend_string *block = AMC_RESPONSE_THIS()->headers;
	amc_http_each_header(ZSTR_VAL(block), ZSTR_LEN(block), amc_hdr_collect, return_value);
}

/* ---- AtlassianClient ---------------------------------------------------- */

/* Engine and base URL, shared by a client and its walks: a walk may
 * outlive its client (objects freed in any order at shutdown). */
typedef struct {
	amc_http_engine *engine;
	zend_string *base;
	uint32_t refs;
} amc_shared;

static void amc_shared_release(amc_shared *sh)
{
	if (sh && --sh->refs == 0) {
		amc_http_engine_free(sh->engine);
		zend_string_release(sh->base);
		efree(sh);
	}
}

typedef struct {
	amc_shared *sh;
	amc_http_engine *engine;
	zend_string *base;
	amc_http_xfer *inflight;  /* get()'s transfer: freed with the object after a bailout */
	amc_http_origins origins; /* until the engine takes them */
	bool prefetch;
	zend_long walk_budget;
	long walk_deadline_ms;
	amc_http_config cfg;
	zend_object std;
} amc_client;

static zend_object_handlers amc_client_handlers;

static inline amc_client *amc_client_from(zend_object *o)
{
	return (amc_client *) ((char *) o - offsetof(amc_client, std));
}

static zend_object *amc_client_create(zend_class_entry *ce)
{
	amc_client *c = zend_object_alloc(sizeof(amc_client), ce);
	zend_object_std_init(&c->std, ce);
	object_properties_init(&c->std, ce);
	c->std.handlers = &amc_client_handlers;
	return &c->std;
}

static void amc_client_free(zend_object *o)
{
	amc_client *c = amc_client_from(o);
	amc_http_xfer_free(c->inflight);
	amc_http_origins_free(&c->origins);
	amc_shared_release(c->sh);
	zend_object_std_dtor(o);
}

/* What var_dump/print_r show: configuration, never the token. */
static HashTable *amc_client_debug_info(zend_object *o, int *is_temp)
{
	amc_client *c = amc_client_from(o);
	HashTable *ht = zend_new_array(6);
	zval v;
	if (c->base) {
		ZVAL_STR_COPY(&v, c->base);
		zend_hash_str_add_new(ht, ZEND_STRL("baseUrl"), &v);
	}
	ZVAL_STRING(&v, "[redacted]");
	zend_hash_str_add_new(ht, ZEND_STRL("token"), &v);
	ZVAL_LONG(&v, c->cfg.max_concurrency);
	zend_hash_str_add_new(ht, ZEND_STRL("concurrency"), &v);
	ZVAL_BOOL(&v, c->prefetch);
	zend_hash_str_add_new(ht, ZEND_STRL("prefetch"), &v);
	*is_temp = 1;
	return ht;
}

static amc_client *amc_client_ready(zval *this_zv)
{
	amc_client *c = amc_client_from(Z_OBJ_P(this_zv));
	if (!c->engine) {
		zend_throw_error(NULL, "AtlassianClient is not initialised: call its constructor");
		return NULL;
	}
	return c;
}

/* Option value helpers: each throws a ValueError/TypeError naming the option. */
static bool amc_opt_ms(zend_string *name, zval *v, double min_s, long *out)
{
	if (Z_TYPE_P(v) != IS_LONG && Z_TYPE_P(v) != IS_DOUBLE) {
		zend_type_error("AtlassianClient option \"%s\" must be a number of seconds, %s given", ZSTR_VAL(name), zend_zval_type_name(v));
		return false;
	}
	double s = zval_get_double(v);
	if (!(s >= min_s) || s > 86400.0 * 365) {
		zend_value_error("AtlassianClient option \"%s\" is out of range", ZSTR_VAL(name));
		return false;
	}
	*out = (long) (s * 1000.0 + 0.5);
	return true;
}

static bool amc_opt_long(zend_string *name, zval *v, zend_long min, zend_long max, zend_long *out)
{
	if (Z_TYPE_P(v) != IS_LONG) {
		zend_type_error("AtlassianClient option \"%s\" must be of type int, %s given", ZSTR_VAL(name), zend_zval_type_name(v));
		return false;
	}
	if (Z_LVAL_P(v) < min || Z_LVAL_P(v) > max) {
		zend_value_error("AtlassianClient option \"%s\" must be between " ZEND_LONG_FMT " and " ZEND_LONG_FMT,
			ZSTR_VAL(name), min, max);
		return false;
	}
	*out = Z_LVAL_P(v);
	return true;
}

static bool amc_opt_bool(zend_string *name, zval *v, bool *out)
{
	if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
		zend_type_error("AtlassianClient option \"%s\" must be of type bool, %s given", ZSTR_VAL(name), zend_zval_type_name(v));
		return false;
	}
	*out = Z_TYPE_P(v) == IS_TRUE;
	return true;
}

static bool amc_opt_str(zend_string *name, zval *v, const char **out)
{
	if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0 || strlen(Z_STRVAL_P(v)) != Z_STRLEN_P(v)) {
		zend_value_error("AtlassianClient option \"%s\" must be a non-empty string without NUL bytes", ZSTR_VAL(name));
		return false;
	}
	*out = Z_STRVAL_P(v);
	return true;
}

/* allowed_origins: a list of origins (or URLs) that may also receive the token. */
static bool amc_opt_origins(amc_client *c, zend_string *name, zval *v)
{
	if (Z_TYPE_P(v) != IS_ARRAY) {
		zend_type_error("AtlassianClient option \"%s\" must be of type array, %s given", ZSTR_VAL(name), zend_zval_type_name(v));
		return false;
	}
	zval *o;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), o) {
		ZVAL_DEREF(o);
		const char *url;
		if (!amc_opt_str(name, o, &url)) {
			return false;
		}
		const char *why = amc_http_origins_allow(&c->origins, url);
		if (why) {
			zend_value_error("AtlassianClient option \"%s\": \"%s\" is refused: %s", ZSTR_VAL(name), url, why);
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool amc_client_option(amc_client *c, zend_string *name, zval *v)
{
	amc_http_config *cfg = &c->cfg;
	zend_long l = 0;
	bool ok = false;
#define IS(n) zend_string_equals_literal(name, n)
	if (IS("connect_timeout")) {
		return amc_opt_ms(name, v, 0.001, &cfg->connect_timeout_ms);
	} else if (IS("timeout")) {
		return amc_opt_ms(name, v, 0.001, &cfg->timeout_ms);
	} else if (IS("deadline")) {
		return amc_opt_ms(name, v, 0, &cfg->deadline_ms);
	} else if (IS("walk_deadline")) {
		return amc_opt_ms(name, v, 0, &c->walk_deadline_ms);
	} else if (IS("allowed_origins")) {
		return amc_opt_origins(c, name, v);
	} else if (IS("max_retry_after")) {
		return amc_opt_ms(name, v, 0, &cfg->retry.retry_after_max_ms);
	} else if (IS("max_body_bytes")) {
		ok = amc_opt_long(name, v, 1, ZEND_LONG_MAX, &l);
		cfg->max_body = (size_t) l;
	} else if (IS("concurrency")) {
		ok = amc_opt_long(name, v, 1, 256, &l);
		cfg->max_concurrency = (int) l;
	} else if (IS("max_retries")) {
		ok = amc_opt_long(name, v, 0, 100, &l);
		cfg->retry.max_retries = (int) l;
	} else if (IS("walk_retry_budget")) {
		ok = amc_opt_long(name, v, 0, INT_MAX, &c->walk_budget);
	} else if (IS("backoff_base_ms")) {
		ok = amc_opt_long(name, v, 0, 3600000, &l);
		cfg->retry.backoff_base_ms = (long) l;
	} else if (IS("backoff_max_ms")) {
		ok = amc_opt_long(name, v, 0, 3600000, &l);
		cfg->retry.backoff_max_ms = (long) l;
	} else if (IS("prefetch")) {
		return amc_opt_bool(name, v, &c->prefetch);
	} else if (IS("http2")) {
		return amc_opt_bool(name, v, &cfg->http2);
	} else if (IS("ca_bundle")) {
		return amc_opt_str(name, v, &cfg->ca_bundle);
	} else if (IS("user_agent")) {
		return amc_opt_str(name, v, &cfg->user_agent);
	} else {
		zend_value_error("AtlassianClient: unknown option \"%s\"", ZSTR_VAL(name));
		return false;
	}
#undef IS
	return ok;
}

static void amc_client_defaults(amc_client *c)
{
	amc_http_config *cfg = &c->cfg;
	memset(cfg, 0, sizeof(*cfg));
	cfg->connect_timeout_ms = 10000;
	cfg->timeout_ms = 60000;
	cfg->max_body = 64 * 1024 * 1024;
	cfg->max_concurrency = 4;
	cfg->http2 = true;
	cfg->user_agent = "askmydocs-connector/" PHP_ASKMYDOCS_CONNECTOR_VERSION;
	cfg->retry.max_retries = 4;
	cfg->retry.backoff_base_ms = 250;
	cfg->retry.backoff_max_ms = 30000;
	cfg->retry.retry_after_max_ms = 120000;
	cfg->deadline_ms = 300000;
	cfg->interrupted = amc_interrupted;
	cfg->share = amc_thread_share;
	c->walk_deadline_ms = 3600000;
	c->walk_budget = 100;
	c->prefetch = false;
}

ZEND_METHOD(AskMyDocs_Connector_Http_AtlassianClient, __construct)
{
	zend_string *base, *token;
	HashTable *options = NULL;
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(base)
		Z_PARAM_STR(token)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	amc_client *c = amc_client_from(Z_OBJ_P(ZEND_THIS));
	if (c->engine) {
		zend_throw_error(NULL, "AtlassianClient is already initialised");
		RETURN_THROWS();
	}
	if ((strncasecmp(ZSTR_VAL(base), "https://", 8) != 0 && strncasecmp(ZSTR_VAL(base), "http://", 7) != 0)
		|| strlen(ZSTR_VAL(base)) != ZSTR_LEN(base) || !amc_http_origins_init(&c->origins, ZSTR_VAL(base))) {
		amc_http_origins_free(&c->origins);
		zend_argument_value_error(1, "must be an absolute http(s) URL");
		RETURN_THROWS();
	}
	/* Never echo the token: only say what is wrong with it. */
	if (ZSTR_LEN(token) == 0 || strpbrk(ZSTR_VAL(token), "\r\n") || strlen(ZSTR_VAL(token)) != ZSTR_LEN(token)) {
		zend_argument_value_error(2, "must be a non-empty token without line breaks or NUL bytes");
		RETURN_THROWS();
	}
	amc_client_defaults(c);
	if (options) {
		zend_string *name;
		zval *v;
		ZEND_HASH_FOREACH_STR_KEY_VAL(options, name, v) {
			if (!name) {
				zend_argument_value_error(3, "must be an array with string keys");
				RETURN_THROWS();
			}
			ZVAL_DEREF(v);
			if (!amc_client_option(c, name, v)) {
				RETURN_THROWS();
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (c->cfg.retry.backoff_max_ms < c->cfg.retry.backoff_base_ms) {
		c->cfg.retry.backoff_max_ms = c->cfg.retry.backoff_base_ms;
	}

	char err[128];
	amc_http_config cfg = c->cfg;
	cfg.bearer_token = ZSTR_VAL(token);
	c->engine = amc_http_engine_new(&cfg, &c->origins, err, sizeof(err));
	/* The engine copied the strings; the options array may go away. */
	c->cfg.ca_bundle = NULL;
	c->cfg.user_agent = NULL;
	if (!c->engine) {
		zend_throw_error(NULL, "AtlassianClient: cannot create the HTTP engine: %s", err);
		RETURN_THROWS();
	}
	c->base = zend_string_copy(base);
	c->sh = emalloc(sizeof(*c->sh));
	c->sh->engine = c->engine;
	c->sh->base = c->base;
	c->sh->refs = 1;
}

static void amc_throw_foreign(amc_shared *sh, const char *origin)
{
	zend_throw_exception_ex(amc_ce_api_exception, 0, "AtlassianClient: refusing to send the bearer token to %s: "
		"only the base URL's origin (%s) receives it; list a gateway of this deployment in the allowed_origins option",
		origin[0] ? origin : "a URL that is not an absolute http(s) URL", amc_http_engine_base_origin(sh->engine));
}

/* A link or path resolved against the base URL, if the credential policy lets
 * the token go there; throws ConnectorApiException otherwise. */
static zend_string *amc_resolve(amc_shared *sh, zend_string *link)
{
	char *url = amc_http_resolve_link(ZSTR_VAL(sh->base), ZSTR_VAL(link));
	if (!url) {
		zend_throw_error(NULL, "AtlassianClient: out of memory");
		return NULL;
	}
	char origin[AMC_ORIGIN_MAX];
	if (!amc_http_engine_permits(sh->engine, url, origin)) {
		free(url);
		amc_throw_foreign(sh, origin);
		return NULL;
	}
	zend_string *s = zend_string_init(url, strlen(url), 0);
	free(url);
	return s;
}

ZEND_METHOD(AskMyDocs_Connector_Http_AtlassianClient, resolve)
{
	zend_string *link;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_PATH_STR(link)
	ZEND_PARSE_PARAMETERS_END();
	amc_client *c = amc_client_ready(ZEND_THIS);
	if (!c) {
		RETURN_THROWS();
	}
	zend_string *url = amc_resolve(c->sh, link);
	if (!url) {
		RETURN_THROWS();
	}
	RETURN_STR(url);
}

/* Transport failure after the retries, or the request's deadline: a
 * ConnectorApiException (retryable by the job). The URL is the caller's; the
 * token is never part of it. */
static void amc_throw_transport(amc_http_xfer *x, long deadline_ms)
{
	if (x->deadline_hit) {
		zend_throw_exception_ex(amc_ce_api_exception, 0,
			"Atlassian API request did not finish within its deadline (%.3g s): %s (GET %s)",
			deadline_ms / 1000.0, amc_http_xfer_error(x), x->url);
		return;
	}
	zend_throw_exception_ex(amc_ce_api_exception, 0,
		"Atlassian API request failed after %d attempt%s: %s (GET %s)",
		x->attempts, x->attempts == 1 ? "" : "s", amc_http_xfer_error(x), x->url);
}

static bool amc_xfer_failed(amc_http_xfer *x)
{
	return x->result != CURLE_OK || x->too_large || x->deadline_hit;
}

/* What an engine failure (amc_http_step's codes) means to the caller. */
static void amc_throw_engine_failure(int code)
{
	if (code == AMC_HTTP_EINTR && EG(exception)) {
		return; /* a signal handler's exception: it stands */
	}
	if (code == AMC_HTTP_EFORK) {
		zend_throw_exception(amc_ce_api_exception, "Atlassian API request failed: it was started by the parent "
			"process before fork(); start it again in this process", 0);
		return;
	}
	zend_throw_exception(amc_ce_api_exception, "Atlassian API request failed: curl multi error", 0);
}

ZEND_METHOD(AskMyDocs_Connector_Http_AtlassianClient, get)
{
	zend_string *link;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_PATH_STR(link)
	ZEND_PARSE_PARAMETERS_END();
	amc_client *c = amc_client_ready(ZEND_THIS);
	if (!c) {
		RETURN_THROWS();
	}
	if (c->inflight) {
		zend_throw_error(NULL, "AtlassianClient::get() cannot be called while this client's get() is running");
		RETURN_THROWS();
	}
	zend_string *url = amc_resolve(c->sh, link);
	if (!url) {
		RETURN_THROWS();
	}
	amc_http_xfer *x = amc_http_xfer_new(c->engine, ZSTR_VAL(url), NULL);
	zend_string_release(url);
	if (!x || !amc_http_submit(x)) {
		amc_http_xfer_free(x);
		if (amc_http_engine_forked(c->engine)) {
			amc_throw_engine_failure(AMC_HTTP_EFORK);
		} else {
			zend_throw_error(NULL, "AtlassianClient: cannot set up the transfer");
		}
		RETURN_THROWS();
	}
	c->inflight = x;
	int r = amc_http_wait(x);
	c->inflight = NULL;
	if (r < 0) {
		amc_throw_engine_failure(r);
	} else if (amc_xfer_failed(x)) {
		amc_throw_transport(x, c->cfg.deadline_ms);
	} else {
		amc_response_from_xfer(return_value, x);
	}
	amc_http_xfer_free(x);
}

ZEND_METHOD(AskMyDocs_Connector_Http_AtlassianClient, stats)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_client *c = amc_client_ready(ZEND_THIS);
	if (!c) {
		RETURN_THROWS();
	}
	const amc_http_stats *s = amc_http_engine_stats(c->engine);
	array_init(return_value);
	add_assoc_long(return_value, "requests", (zend_long) s->attempts);
	add_assoc_long(return_value, "retries", (zend_long) s->retries);
	add_assoc_long(return_value, "new_connections", (zend_long) s->new_connections);
	add_assoc_long(return_value, "bytes", (zend_long) s->bytes);
	add_assoc_long(return_value, "max_in_flight", s->max_in_flight);
}

/* ---- PageWalk's native source ------------------------------------------ */

typedef struct amc_entry {
	uint32_t listing;
	bool is_error;
	zval value; /* the batch, or the exception to raise at this point */
	struct amc_entry *next;
} amc_entry;

typedef struct {
	amc_shared *sh;
	amc_page_walker walker;
	zval *keys;              /* per listing: its key in walkMany()'s array */
	bool multi;
	long deadline_ms;
	long request_deadline_ms;
	zend_long index;         /* batches handed out */
	uint32_t current;        /* listing of the current batch */
	amc_entry *head, *tail;  /* pages that arrived, in order */
} amc_native_walk;

static void amc_entry_free(amc_entry *e)
{
	zval_ptr_dtor(&e->value);
	efree(e);
}

static void amc_native_push(amc_native_walk *nw, uint32_t listing, zval *value, bool is_error)
{
	amc_entry *e = emalloc(sizeof(*e));
	e->listing = listing;
	e->is_error = is_error;
	ZVAL_COPY_VALUE(&e->value, value);
	e->next = NULL;
	if (nw->tail) {
		nw->tail->next = e;
	} else {
		nw->head = e;
	}
	nw->tail = e;
}

/* Moves the pending exception into the queue: it is raised in its listing's
 * order, after the batches that came before it. */
static void amc_native_push_exception(amc_native_walk *nw, uint32_t listing)
{
	zval ex;
	ZVAL_OBJ_COPY(&ex, EG(exception));
	zend_clear_exception();
	amc_native_push(nw, listing, &ex, true);
}

/* A listing's transfer finished: queue its batch, then follow its next link. */
static void amc_native_on_page(amc_native_walk *nw, uint32_t i, amc_http_xfer *x)
{
	if (amc_xfer_failed(x)) {
		if (x->walk_deadline_hit) {
			zend_throw_exception_ex(amc_ce_api_exception, 0, "PageWalk stopped at its deadline (%.3g s) after "
				ZEND_LONG_FMT " batch%s: %s (GET %s)", nw->deadline_ms / 1000.0, nw->index, nw->index == 1 ? "" : "es",
				amc_http_xfer_error(x), x->url);
		} else {
			amc_throw_transport(x, nw->request_deadline_ms);
		}
		amc_native_push_exception(nw, i);
		return;
	}
	zval batch;
	zend_string *next;
	if (amc_paginator_body(x->status, x->body.data ? x->body.data : "", x->body.len, &batch, &next) == FAILURE) {
		amc_native_push_exception(nw, i);
		return;
	}
	amc_native_push(nw, i, &batch, false);
	if (!next) {
		return;
	}
	amc_follow why = amc_walker_follow(&nw->walker, i, ZSTR_VAL(next), ZSTR_LEN(next));
	if (why == AMC_FOLLOW_FOREIGN) {
		amc_throw_foreign(nw->sh, nw->walker.origin);
		amc_native_push_exception(nw, i);
	} else if (why != AMC_FOLLOW_OK) {
		char *url = amc_http_resolve_link(ZSTR_VAL(nw->sh->base), ZSTR_VAL(next));
		amc_paginator_refuse(why, &nw->walker.listings[i].limits, url ? url : ZSTR_VAL(next),
			url ? strlen(url) : ZSTR_LEN(next));
		free(url);
		amc_native_push_exception(nw, i);
	}
	zend_string_release(next);
}

/* The next batch in arrival order; an error ends the walk. */
static void amc_native_fill(amc_iter *it)
{
	amc_native_walk *nw = it->state;
	while (!nw->head) {
		uint32_t i = 0;
		amc_http_xfer *x = NULL;
		int r = amc_walker_next(&nw->walker, &i, &x);
		if (r == 0) {
			return;
		}
		if (r == AMC_WALK_ESETUP) {
			zend_throw_error(NULL, "AtlassianClient: cannot set up the transfer");
			amc_native_push_exception(nw, i);
			continue;
		}
		if (r < 0) {
			amc_walker_stop(&nw->walker);
			amc_throw_engine_failure(r);
			return;
		}
		amc_native_on_page(nw, i, x);
		amc_http_xfer_free(x);
	}
	amc_entry *e = nw->head;
	nw->head = e->next;
	if (!nw->head) {
		nw->tail = NULL;
	}
	if (e->is_error) {
		zval ex;
		ZVAL_COPY_VALUE(&ex, &e->value);
		ZVAL_UNDEF(&e->value);
		amc_entry_free(e);
		amc_walker_stop(&nw->walker);
		zend_throw_exception_object(&ex);
		return;
	}
	ZVAL_COPY_VALUE(&it->current, &e->value);
	ZVAL_UNDEF(&e->value);
	nw->current = e->listing;
	if (nw->multi) {
		ZVAL_COPY(&it->key, &nw->keys[e->listing]);
	} else {
		ZVAL_LONG(&it->key, nw->index);
	}
	nw->index++;
	amc_entry_free(e);
}

static void amc_native_consumed(amc_iter *it)
{
	amc_native_walk *nw = it->state;
	amc_walker_consumed(&nw->walker, nw->current);
}

static void amc_native_free(void *state)
{
	amc_native_walk *nw = state;
	while (nw->head) {
		amc_entry *e = nw->head;
		nw->head = e->next;
		amc_entry_free(e);
	}
	uint32_t n = nw->walker.n;
	amc_walker_free(&nw->walker);
	for (uint32_t i = 0; nw->keys && i < n; i++) {
		zval_ptr_dtor(&nw->keys[i]);
	}
	if (nw->keys) {
		efree(nw->keys);
	}
	amc_shared_release(nw->sh);
	efree(nw);
}

static void amc_native_gc(void *state, zend_get_gc_buffer *buf)
{
	for (amc_entry *e = ((amc_native_walk *) state)->head; e; e = e->next) {
		zend_get_gc_buffer_add_zval(buf, &e->value);
	}
}

static const amc_iter_source amc_native_source = {
	amc_native_fill, amc_native_consumed, amc_native_free, amc_native_gc,
};

/* Builds a walk over `starts` (key => start URL or path). */
static bool amc_client_new_walk(zval *return_value, zval *client, HashTable *starts, bool multi, zend_long max_pages)
{
	amc_client *c = amc_client_from(Z_OBJ_P(client));
	uint32_t n = zend_hash_num_elements(starts);
	amc_native_walk *nw = ecalloc(1, sizeof(*nw));
	nw->sh = c->sh;
	nw->sh->refs++;
	nw->multi = multi;
	nw->deadline_ms = c->walk_deadline_ms;
	nw->request_deadline_ms = c->cfg.deadline_ms;
	nw->keys = n ? ecalloc(n, sizeof(zval)) : NULL;
	amc_iter_create(return_value, amc_ce_page_walk, &amc_native_source, nw);
	if (!amc_walker_init(&nw->walker, c->engine, ZSTR_VAL(c->base), n, (long) max_pages,
			c->prefetch ? 1 : 0, (int) MIN(c->walk_budget, INT_MAX), c->walk_deadline_ms)) {
		zend_throw_error(NULL, "AtlassianClient: out of memory");
		return false;
	}
	uint32_t i = 0;
	zend_ulong idx;
	zend_string *skey;
	zval *start;
	ZEND_HASH_FOREACH_KEY_VAL(starts, idx, skey, start) {
		ZVAL_DEREF(start);
		if (Z_TYPE_P(start) != IS_STRING) {
			zend_argument_type_error(1, "must contain only non-empty strings");
			return false;
		}
		if (Z_STRLEN_P(start) == 0 || strlen(Z_STRVAL_P(start)) != Z_STRLEN_P(start)) {
			zend_argument_value_error(1, "must contain only non-empty strings without NUL bytes");
			return false;
		}
		if (skey) {
			ZVAL_STR_COPY(&nw->keys[i], skey);
		} else {
			ZVAL_LONG(&nw->keys[i], (zend_long) idx);
		}
		amc_follow why = amc_walker_start(&nw->walker, i, Z_STRVAL_P(start));
		if (why == AMC_FOLLOW_FOREIGN) {
			amc_throw_foreign(c->sh, nw->walker.origin);
			return false;
		}
		if (why != AMC_FOLLOW_OK) {
			zend_throw_error(NULL, "AtlassianClient: out of memory");
			return false;
		}
		i++;
	} ZEND_HASH_FOREACH_END();
	return true;
}

ZEND_METHOD(AskMyDocs_Connector_Http_AtlassianClient, walk)
{
	zend_string *start;
	zend_long max_pages = 100;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(start)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(max_pages)
	ZEND_PARSE_PARAMETERS_END();
	if (!amc_client_ready(ZEND_THIS)) {
		RETURN_THROWS();
	}
	zval starts, s;
	array_init(&starts);
	ZVAL_STR_COPY(&s, start);
	add_next_index_zval(&starts, &s);
	bool ok = amc_client_new_walk(return_value, ZEND_THIS, Z_ARRVAL(starts), false, max_pages);
	zval_ptr_dtor(&starts);
	if (!ok) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		RETURN_THROWS();
	}
}

ZEND_METHOD(AskMyDocs_Connector_Http_AtlassianClient, walkMany)
{
	HashTable *starts;
	zend_long max_pages = 100;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT(starts)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(max_pages)
	ZEND_PARSE_PARAMETERS_END();
	if (!amc_client_ready(ZEND_THIS)) {
		RETURN_THROWS();
	}
	if (!amc_client_new_walk(return_value, ZEND_THIS, starts, true, max_pages)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		RETURN_THROWS();
	}
}

/* ---- module hooks ------------------------------------------------------------- */

static void amc_init_handlers(zend_object_handlers *h, size_t offset, zend_object_free_obj_t free_obj)
{
	memcpy(h, &std_object_handlers, sizeof(*h));
	h->offset = (int) offset;
	h->free_obj = free_obj;
	h->clone_obj = NULL;
}

void amc_register_http_client(void)
{
	amc_curl_ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
	if (!amc_curl_ready) {
		php_error_docref(NULL, E_CORE_WARNING, "curl_global_init failed: AtlassianClient cannot make requests");
	}

	amc_ce_atlassian_client = register_class_AskMyDocs_Connector_Http_AtlassianClient();
	amc_ce_atlassian_client->create_object = amc_client_create;
	amc_init_handlers(&amc_client_handlers, offsetof(amc_client, std), amc_client_free);
	amc_client_handlers.get_debug_info = amc_client_debug_info;

	amc_ce_http_response = register_class_AskMyDocs_Connector_Http_Response();
	amc_ce_http_response->create_object = amc_response_create;
	amc_init_handlers(&amc_response_handlers, offsetof(amc_response, std), amc_response_free);
	amc_response_handlers.get_debug_info = amc_response_debug_info;
}

void amc_shutdown_http_client(void)
{
	/* This thread's share (in NTS: the process's), before libcurl goes. */
	amc_http_thread_shutdown(ZEND_MODULE_GLOBALS_BULK(askmydocs_connector));
	if (amc_curl_ready) {
		curl_global_cleanup();
		amc_curl_ready = false;
	}
}
