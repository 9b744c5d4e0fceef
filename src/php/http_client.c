/* AskMyDocs\Connector\Http\{AtlassianClient, Response, PageWalk}: the Zend
 * binding of the libcurl engine (src/core/http_engine.c). Walks feed pages
 * through the same page logic as AtlassianPaginator (paginator.h). */
#include "paginator.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_attributes.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "core/http_engine.h"
#include "stubs/http_client_arginfo.h"

#include <pthread.h>

zend_class_entry *amc_ce_atlassian_client;
zend_class_entry *amc_ce_page_walk;

/* ---- persistent share: DNS, TLS sessions and connections (never cookies),
 * kept across the PHP requests of a worker ---------------------------------- */

static CURLSH *amc_share;
static bool amc_curl_ready;
static pthread_mutex_t amc_share_locks[CURL_LOCK_DATA_LAST];

static void amc_share_lock(CURL *h, curl_lock_data data, curl_lock_access a, void *u)
{
	pthread_mutex_lock(&amc_share_locks[data]);
}

static void amc_share_unlock(CURL *h, curl_lock_data data, void *u)
{
	pthread_mutex_unlock(&amc_share_locks[data]);
}

static CURLSH *amc_share_create(void)
{
	CURLSH *sh = curl_share_init();
	if (!sh) {
		return NULL;
	}
	bool ok = curl_share_setopt(sh, CURLSHOPT_LOCKFUNC, amc_share_lock) == CURLSHE_OK
		&& curl_share_setopt(sh, CURLSHOPT_UNLOCKFUNC, amc_share_unlock) == CURLSHE_OK
		&& curl_share_setopt(sh, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS) == CURLSHE_OK
		&& curl_share_setopt(sh, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION) == CURLSHE_OK
		&& curl_share_setopt(sh, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT) == CURLSHE_OK;
	if (!ok) {
		curl_share_cleanup(sh);
		return NULL;
	}
	return sh;
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

/* Calls `fn(name, namelen, value, valuelen, ctx)` for each header line. */
static void amc_each_header(zend_string *block, void (*fn)(const char *, size_t, const char *, size_t, void *), void *ctx)
{
	const char *p = ZSTR_VAL(block), *end = p + ZSTR_LEN(block);
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t) (end - p));
		const char *le = eol ? eol : end;
		const char *colon = memchr(p, ':', (size_t) (le - p));
		if (colon && colon > p && !(le - p >= 5 && memcmp(p, "HTTP/", 5) == 0)) {
			const char *v = colon + 1, *ve = le;
			while (v < ve && (*v == ' ' || *v == '\t')) {
				v++;
			}
			while (ve > v && (ve[-1] == '\r' || ve[-1] == ' ' || ve[-1] == '\t')) {
				ve--;
			}
			fn(p, (size_t) (colon - p), v, (size_t) (ve - v), ctx);
		}
		p = eol ? eol + 1 : end;
	}
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
	amc_each_header(AMC_RESPONSE_THIS()->headers, amc_hdr_match, &f);
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
	amc_each_header(AMC_RESPONSE_THIS()->headers, amc_hdr_collect, return_value);
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
	bool prefetch;
	zend_long walk_budget;
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
	amc_shared_release(amc_client_from(o)->sh);
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
		|| strlen(ZSTR_VAL(base)) != ZSTR_LEN(base)) {
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
	c->engine = amc_http_engine_new(&cfg, amc_share, err, sizeof(err));
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

static zend_string *amc_resolve(amc_shared *sh, zend_string *link)
{
	char *url = amc_http_resolve_link(ZSTR_VAL(sh->base), ZSTR_VAL(link));
	if (!url) {
		zend_throw_error(NULL, "AtlassianClient: out of memory");
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

/* Transport failure after the retries: a ConnectorApiException (retryable
 * by the job). The URL is the caller's; the token is never part of it. */
static void amc_throw_transport(amc_http_xfer *x)
{
	zend_throw_exception_ex(amc_ce_api_exception, 0,
		"Atlassian API request failed after %d attempt%s: %s (GET %s)",
		x->attempts, x->attempts == 1 ? "" : "s", amc_http_xfer_error(x), x->url);
}

static bool amc_xfer_failed(amc_http_xfer *x)
{
	return x->result != CURLE_OK || x->too_large;
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
	zend_string *url = amc_resolve(c->sh, link);
	if (!url) {
		RETURN_THROWS();
	}
	amc_http_xfer *x = amc_http_xfer_new(c->engine, ZSTR_VAL(url), NULL);
	zend_string_release(url);
	if (!x || !amc_http_submit(x)) {
		amc_http_xfer_free(x);
		zend_throw_error(NULL, "AtlassianClient: cannot set up the transfer");
		RETURN_THROWS();
	}
	if (!amc_http_wait(x)) {
		amc_http_xfer_free(x);
		zend_throw_exception(amc_ce_api_exception, "Atlassian API request failed: curl multi error", 0);
		RETURN_THROWS();
	}
	if (amc_xfer_failed(x)) {
		amc_throw_transport(x);
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

/* ---- PageWalk --------------------------------------------------------------- */

typedef struct amc_entry {
	uint32_t space;
	bool is_error;
	zval value; /* the batch, or the exception to raise at this point */
	struct amc_entry *next;
} amc_entry;

typedef struct {
	zval key;
	zend_string *next_url;
	amc_http_xfer *xfer;
	int unconsumed;
	amc_page_walk pw;
} amc_space;

enum { AMC_WALK_NEW, AMC_WALK_VALID, AMC_WALK_DONE };

typedef struct {
	amc_shared *sh;
	amc_space *spaces;
	uint32_t nspaces;
	amc_entry *head, *tail, *current;
	zend_long index;
	int budget;
	int ahead;
	bool multi;
	uint8_t state;
	bool at_first;
	bool running;
	zend_object std;
} amc_walk;

static zend_object_handlers amc_walk_handlers;

static inline amc_walk *amc_walk_from(zend_object *o)
{
	return (amc_walk *) ((char *) o - offsetof(amc_walk, std));
}

static zend_object *amc_walk_create(zend_class_entry *ce)
{
	amc_walk *w = zend_object_alloc(sizeof(amc_walk), ce);
	zend_object_std_init(&w->std, ce);
	object_properties_init(&w->std, ce);
	w->std.handlers = &amc_walk_handlers;
	return &w->std;
}

static void amc_entry_free(amc_entry *e)
{
	if (e) {
		zval_ptr_dtor(&e->value);
		efree(e);
	}
}

/* Drops every transfer and queued page; the walk is over. */
static void amc_walk_stop(amc_walk *w)
{
	for (uint32_t i = 0; i < w->nspaces; i++) {
		amc_http_xfer_free(w->spaces[i].xfer);
		w->spaces[i].xfer = NULL;
		if (w->spaces[i].next_url) {
			zend_string_release(w->spaces[i].next_url);
			w->spaces[i].next_url = NULL;
		}
	}
	while (w->head) {
		amc_entry *e = w->head;
		w->head = e->next;
		amc_entry_free(e);
	}
	w->tail = NULL;
	amc_entry_free(w->current);
	w->current = NULL;
	w->state = AMC_WALK_DONE;
}

static void amc_walk_free(zend_object *o)
{
	amc_walk *w = amc_walk_from(o);
	amc_walk_stop(w);
	for (uint32_t i = 0; i < w->nspaces; i++) {
		zval_ptr_dtor(&w->spaces[i].key);
		amc_page_walk_dtor(&w->spaces[i].pw);
	}
	if (w->spaces) {
		efree(w->spaces);
	}
	amc_shared_release(w->sh);
	zend_object_std_dtor(o);
}

static HashTable *amc_walk_gc(zend_object *o, zval **table, int *n)
{
	amc_walk *w = amc_walk_from(o);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	if (w->current) {
		zend_get_gc_buffer_add_zval(buf, &w->current->value);
	}
	for (amc_entry *e = w->head; e; e = e->next) {
		zend_get_gc_buffer_add_zval(buf, &e->value);
	}
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(o);
}

static void amc_walk_push(amc_walk *w, uint32_t space, zval *value, bool is_error)
{
	amc_entry *e = emalloc(sizeof(*e));
	e->space = space;
	e->is_error = is_error;
	ZVAL_COPY_VALUE(&e->value, value);
	e->next = NULL;
	if (w->tail) {
		w->tail->next = e;
	} else {
		w->head = e;
	}
	w->tail = e;
}

/* Moves the pending exception into the queue: it is raised in this
 * space's order, after the batches that came before it. */
static void amc_walk_push_exception(amc_walk *w, uint32_t space)
{
	zval ex;
	ZVAL_OBJ_COPY(&ex, EG(exception));
	zend_clear_exception();
	amc_walk_push(w, space, &ex, true);
}

static void amc_walk_schedule(amc_walk *w, uint32_t i)
{
	amc_space *sp = &w->spaces[i];
	if (sp->xfer || !sp->next_url || sp->unconsumed > w->ahead || w->state == AMC_WALK_DONE) {
		return;
	}
	amc_http_xfer *x = amc_http_xfer_new(w->sh->engine, ZSTR_VAL(sp->next_url), NULL);
	zend_string_release(sp->next_url);
	sp->next_url = NULL;
	if (!x || !amc_http_submit(x)) {
		amc_http_xfer_free(x);
		zend_throw_error(NULL, "AtlassianClient: cannot set up the transfer");
		amc_walk_push_exception(w, i);
		return;
	}
	x->walk_budget = &w->budget;
	sp->xfer = x;
}

/* A page of space `i` arrived: queue its batch, then decide about the next. */
static void amc_walk_on_page(amc_walk *w, uint32_t i)
{
	amc_space *sp = &w->spaces[i];
	amc_http_xfer *x = sp->xfer;
	sp->xfer = NULL;
	if (amc_xfer_failed(x)) {
		amc_throw_transport(x);
		amc_http_xfer_free(x);
		amc_walk_push_exception(w, i);
		return;
	}
	zval resp, batch;
	zend_string *next;
	amc_response_from_xfer(&resp, x);
	amc_http_xfer_free(x);
	zend_result r = amc_paginator_page(&resp, &batch, &next);
	zval_ptr_dtor(&resp);
	if (r == FAILURE) {
		amc_walk_push_exception(w, i);
		return;
	}
	amc_walk_push(w, i, &batch, false);
	sp->unconsumed++;
	if (!next) {
		return;
	}
	zend_string *url = amc_resolve(w->sh, next);
	zend_string_release(next);
	if (!url || amc_page_walk_follow(&sp->pw, url) == FAILURE) {
		if (url) {
			zend_string_release(url);
		}
		amc_walk_push_exception(w, i);
		return;
	}
	sp->next_url = url;
	amc_walk_schedule(w, i);
}

/* Runs the engine until a batch (or an error) is queued, or all is done. */
static void amc_walk_fill(amc_walk *w)
{
	while (!w->head) {
		bool pending = false;
		for (uint32_t i = 0; i < w->nspaces; i++) {
			amc_space *sp = &w->spaces[i];
			if (sp->xfer && sp->xfer->state == AMC_XFER_DONE) {
				amc_walk_on_page(w, i);
			}
			pending = pending || sp->xfer;
		}
		if (w->head) {
			break;
		}
		if (!pending) {
			w->state = AMC_WALK_DONE;
			return;
		}
		if (amc_http_step(w->sh->engine) < 0) {
			amc_walk_stop(w);
			zend_throw_exception(amc_ce_api_exception, "Atlassian API request failed: curl multi error", 0);
			return;
		}
	}
	amc_entry *e = w->head;
	w->head = e->next;
	if (!w->head) {
		w->tail = NULL;
	}
	if (e->is_error) {
		zval ex;
		ZVAL_COPY_VALUE(&ex, &e->value);
		ZVAL_UNDEF(&e->value);
		amc_entry_free(e);
		amc_walk_stop(w);
		zend_throw_exception_object(&ex);
		return;
	}
	w->current = e;
	w->state = AMC_WALK_VALID;
}

static bool amc_walk_enter(amc_walk *w)
{
	if (w->running) {
		zend_throw_error(NULL, "Cannot resume an already running PageWalk");
		return false;
	}
	if (!w->sh) {
		zend_throw_error(NULL, "PageWalk was not created by AtlassianClient");
		return false;
	}
	if (w->state == AMC_WALK_NEW) {
		w->at_first = true;
		w->state = AMC_WALK_VALID;
		w->running = true;
		for (uint32_t i = 0; i < w->nspaces; i++) {
			amc_walk_schedule(w, i);
		}
		amc_walk_fill(w);
		w->running = false;
	}
	return !EG(exception);
}

static void amc_walk_advance(amc_walk *w)
{
	amc_entry *e = w->current;
	w->current = NULL;
	w->at_first = false;
	if (e) {
		uint32_t i = e->space;
		amc_entry_free(e);
		w->spaces[i].unconsumed--;
		amc_walk_schedule(w, i);
	}
	w->index++;
	w->running = true;
	amc_walk_fill(w);
	w->running = false;
}

#define AMC_WALK_THIS() amc_walk_from(Z_OBJ_P(ZEND_THIS))

ZEND_METHOD(AskMyDocs_Connector_Http_PageWalk, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(AskMyDocs_Connector_Http_PageWalk, current)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_walk *w = AMC_WALK_THIS();
	if (!amc_walk_enter(w)) {
		RETURN_THROWS();
	}
	if (w->state == AMC_WALK_VALID && w->current) {
		RETURN_COPY(&w->current->value);
	}
	RETURN_NULL();
}

ZEND_METHOD(AskMyDocs_Connector_Http_PageWalk, key)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_walk *w = AMC_WALK_THIS();
	if (!amc_walk_enter(w)) {
		RETURN_THROWS();
	}
	if (w->state != AMC_WALK_VALID || !w->current) {
		RETURN_NULL();
	}
	if (w->multi) {
		RETURN_COPY(&w->spaces[w->current->space].key);
	}
	RETURN_LONG(w->index);
}

ZEND_METHOD(AskMyDocs_Connector_Http_PageWalk, next)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_walk *w = AMC_WALK_THIS();
	if (!amc_walk_enter(w)) {
		RETURN_THROWS();
	}
	if (w->state == AMC_WALK_VALID) {
		amc_walk_advance(w);
	}
}

ZEND_METHOD(AskMyDocs_Connector_Http_PageWalk, rewind)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_walk *w = AMC_WALK_THIS();
	if (!amc_walk_enter(w)) {
		RETURN_THROWS();
	}
	if (!w->at_first) {
		zend_throw_exception(zend_ce_exception, "Cannot rewind a PageWalk that was already run", 0);
	}
}

ZEND_METHOD(AskMyDocs_Connector_Http_PageWalk, valid)
{
	ZEND_PARSE_PARAMETERS_NONE();
	amc_walk *w = AMC_WALK_THIS();
	if (!amc_walk_enter(w)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(w->state == AMC_WALK_VALID);
}

/* Builds a walk over `starts` (key => start URL or path). */
static bool amc_client_new_walk(zval *return_value, zval *client, HashTable *starts, bool multi, zend_long max_pages)
{
	amc_client *c = amc_client_from(Z_OBJ_P(client));
	uint32_t n = zend_hash_num_elements(starts);
	object_init_ex(return_value, amc_ce_page_walk);
	amc_walk *w = amc_walk_from(Z_OBJ_P(return_value));
	w->sh = c->sh;
	w->sh->refs++;
	w->multi = multi;
	w->budget = (int) MIN(c->walk_budget, INT_MAX);
	w->ahead = c->prefetch ? 1 : 0;
	w->spaces = n ? ecalloc(n, sizeof(amc_space)) : NULL;

	zend_ulong idx;
	zend_string *skey;
	zval *start;
	ZEND_HASH_FOREACH_KEY_VAL(starts, idx, skey, start) {
		amc_space *sp = &w->spaces[w->nspaces];
		ZVAL_DEREF(start);
		if (Z_TYPE_P(start) != IS_STRING || Z_STRLEN_P(start) == 0) {
			zend_argument_type_error(1, "must contain only non-empty strings");
			return false;
		}
		if (skey) {
			ZVAL_STR_COPY(&sp->key, skey);
		} else {
			ZVAL_LONG(&sp->key, (zend_long) idx);
		}
		amc_page_walk_init(&sp->pw, max_pages);
		w->nspaces++;
		sp->next_url = amc_resolve(c->sh, Z_STR_P(start));
		if (!sp->next_url) {
			return false;
		}
		/* The start page counts as followed for loop detection. */
		zend_hash_add_empty_element(&sp->pw.seen, sp->next_url);
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
	for (int i = 0; i < CURL_LOCK_DATA_LAST; i++) {
		pthread_mutex_init(&amc_share_locks[i], NULL);
	}
	amc_share = amc_curl_ready ? amc_share_create() : NULL;

	amc_ce_atlassian_client = register_class_AskMyDocs_Connector_Http_AtlassianClient();
	amc_ce_atlassian_client->create_object = amc_client_create;
	amc_init_handlers(&amc_client_handlers, offsetof(amc_client, std), amc_client_free);
	amc_client_handlers.get_debug_info = amc_client_debug_info;

	amc_ce_http_response = register_class_AskMyDocs_Connector_Http_Response();
	amc_ce_http_response->create_object = amc_response_create;
	amc_init_handlers(&amc_response_handlers, offsetof(amc_response, std), amc_response_free);
	amc_response_handlers.get_debug_info = amc_response_debug_info;

	amc_ce_page_walk = register_class_AskMyDocs_Connector_Http_PageWalk(zend_ce_iterator);
	amc_ce_page_walk->create_object = amc_walk_create;
	amc_init_handlers(&amc_walk_handlers, offsetof(amc_walk, std), amc_walk_free);
	amc_walk_handlers.get_gc = amc_walk_gc;
}

void amc_shutdown_http_client(void)
{
	if (amc_share) {
		curl_share_cleanup(amc_share);
		amc_share = NULL;
	}
	for (int i = 0; i < CURL_LOCK_DATA_LAST; i++) {
		pthread_mutex_destroy(&amc_share_locks[i]);
	}
	if (amc_curl_ready) {
		curl_global_cleanup();
		amc_curl_ready = false;
	}
}
