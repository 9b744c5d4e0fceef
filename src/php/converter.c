/* Padosoft\AskMyDocsConnectorConfluence\Confluence\ConfluenceStorageToMarkdown:
 * the Zend face of src/core/converter.c. */
#include "amc.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "core/converter.h"
#include "stubs/converter_arginfo.h"

zend_class_entry *amc_ce_storage_to_markdown;
zend_class_entry *amc_ce_storage_converter;

static zend_string *zstr_of(void *val)
{
	return (zend_string *)((char *)val - _ZSTR_HEADER_SIZE);
}

/* amc_buf storage inside a zend_string: the markdown is rendered straight
 * into the string returned, with no final copy. n counts the NUL. Growth
 * that would pass memory_limit (a failed emalloc would bail out of the C
 * core, leaking its tree) moves the bytes to malloc() instead, and they are
 * copied into a string at the end, as before. */
typedef struct {
	amc_alloc al;
	bool in_malloc;
} zstr_alloc;

static bool over_limit(size_t n)
{
	zend_long limit = PG(memory_limit);
	size_t used = zend_memory_usage(false);
	return limit > 0 && (used >= (size_t)limit || n > (size_t)limit - used);
}

static void *zstr_resize(amc_alloc *al, void *p, size_t n)
{
	zstr_alloc *za = (zstr_alloc *)al;
	if (za->in_malloc) {
		if (n == 0) {
			free(p);
			return NULL;
		}
		return realloc(p, n);
	}
	if (n == 0) {
		if (p) {
			zend_string_efree(zstr_of(p));
		}
		return NULL;
	}
	if (n > ZSTR_MAX_LEN || over_limit(n)) {
		char *m = malloc(n);
		if (!m) {
			return NULL;
		}
		if (p) {
			zend_string *old = zstr_of(p);
			memcpy(m, p, ZSTR_LEN(old) + 1);
			zend_string_efree(old);
		}
		za->in_malloc = true;
		return m;
	}
	zend_string *s = p ? zend_string_realloc(zstr_of(p), n - 1, 0) : zend_string_alloc(n - 1, 0);
	return ZSTR_VAL(s);
}

/* askmydocs_connector.markdown_profile: "upstream" (default) or "lossless". */
ZEND_INI_MH(amc_ini_markdown_profile)
{
	if (ZSTR_LEN(new_value) == 0 || zend_string_equals_literal(new_value, "upstream")) {
		AMC_G(markdown_profile) = AMC_PROFILE_UPSTREAM;
	} else if (zend_string_equals_literal(new_value, "lossless")) {
		AMC_G(markdown_profile) = AMC_PROFILE_LOSSLESS;
	} else {
		php_error_docref(NULL, E_WARNING,
			"askmydocs_connector.markdown_profile must be \"upstream\" or \"lossless\", \"%s\" given", ZSTR_VAL(new_value));
		return FAILURE;
	}
	return SUCCESS;
}

/* The mention resolver of the lossless profile: an accountId => name map or
 * a callable(string $accountId): ?string. */
typedef struct {
	HashTable *map;
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	bool bailout;
} users_ctx;

static int user_name_call(users_ctx *u, const char *id, size_t len, amc_buf *out)
{
	zval arg, ret;
	volatile int rc = -1;
	ZVAL_STRINGL(&arg, id, len);
	ZVAL_UNDEF(&ret);
	u->fci.params = &arg;
	u->fci.param_count = 1;
	u->fci.retval = &ret;
	zend_try {
		if (zend_call_function(&u->fci, &u->fcc) == SUCCESS && !EG(exception)) {
			if (Z_TYPE(ret) == IS_STRING) {
				amc_buf_append(out, Z_STRVAL(ret), Z_STRLEN(ret));
				rc = 1;
			} else if (Z_TYPE(ret) == IS_NULL) {
				rc = 0;
			} else {
				zend_type_error("StorageConverter::convert(): the \"users\" callable must return ?string, %s returned for \"%s\"",
					zend_zval_type_name(&ret), Z_STRVAL(arg));
			}
		}
	} zend_catch {
		u->bailout = true; /* a fatal error: rethrown once the core has freed its tree */
	} zend_end_try();
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&arg);
	return rc;
}

static int user_name(void *ud, const char *id, size_t len, amc_buf *out)
{
	users_ctx *u = ud;
	if (!u->map) {
		return user_name_call(u, id, len, out);
	}
	zval *v = zend_symtable_str_find(u->map, id, len);
	if (!v) {
		return 0;
	}
	amc_buf_append(out, Z_STRVAL_P(v), Z_STRLEN_P(v)); /* checked to be a string */
	return 1;
}

/* Converts into return_value, or throws; *parser says which parser built the tree. */
static void convert_storage(zend_string *storage, zval *return_value, int *parser, int profile, users_ctx *users)
{
	zstr_alloc za = {{zstr_resize}, false};
	amc_buf out;
	amc_buf_init_alloc(&out, &za.al);
	char err[160];
	amc_conv_opts opts = {.profile = profile, .user_name = users ? user_name : NULL, .ud = users};
	int rc = amc_convert_opts(ZSTR_VAL(storage), ZSTR_LEN(storage), &opts, AMC_CONV_AUTO, &out, parser, err, sizeof(err));
	if (users && users->bailout) {
		zend_bailout();
	}
	if (rc != AMC_CONV_OK) {
		if (!EG(exception)) {
			zend_throw_exception_ex(spl_ce_RuntimeException, 0, "ConfluenceStorageToMarkdown::convert(): %s", err);
		}
		return;
	}
	if (out.len == 0) {
		amc_buf_free(&out);
		RETURN_EMPTY_STRING();
	}
	if (za.in_malloc) {
		RETVAL_STRINGL(out.data, out.len);
		amc_buf_free(&out);
		return;
	}
	zend_string *md = zstr_of(out.data);
	if (out.cap >= 65536 && out.cap - out.len > out.cap / 8) {
		md = zend_string_truncate(md, out.len, 0); /* big slack: give it back */
	} else {
		ZSTR_LEN(md) = out.len;
	}
	ZSTR_VAL(md)[out.len] = '\0';
	RETVAL_NEW_STR(md);
}

ZEND_METHOD(Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown, convert)
{
	zend_string *storage;
	int parser;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(storage)
	ZEND_PARSE_PARAMETERS_END();

	convert_storage(storage, return_value, &parser, AMC_G(markdown_profile), NULL);
}

/* StorageConverter::convert()'s $options: profile and users, nothing else. */
static bool parse_options(HashTable *options, int *profile, users_ctx *users, bool *has_users)
{
	zend_string *key;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, v) {
		if (key && zend_string_equals_literal(key, "profile")) {
			if (Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal(Z_STR_P(v), "upstream")) {
				*profile = AMC_PROFILE_UPSTREAM;
			} else if (Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal(Z_STR_P(v), "lossless")) {
				*profile = AMC_PROFILE_LOSSLESS;
			} else {
				zend_value_error("StorageConverter::convert(): option \"profile\" must be \"upstream\" or \"lossless\"");
				return false;
			}
		} else if (key && zend_string_equals_literal(key, "users")) {
			if (Z_TYPE_P(v) == IS_ARRAY) {
				zval *name;
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), name) {
					if (Z_TYPE_P(name) != IS_STRING) {
						zend_type_error("StorageConverter::convert(): option \"users\" must map account ids to display names (strings), %s found",
							zend_zval_type_name(name));
						return false;
					}
				} ZEND_HASH_FOREACH_END();
				users->map = Z_ARRVAL_P(v);
			} else {
				char *error = NULL;
				if (zend_fcall_info_init(v, 0, &users->fci, &users->fcc, NULL, &error) != SUCCESS) {
					zend_type_error("StorageConverter::convert(): option \"users\" must be an array (account id => name) or a callable, %s given",
						zend_zval_type_name(v));
					efree(error);
					return false;
				}
				efree(error);
			}
			*has_users = true;
		} else {
			zend_value_error("StorageConverter::convert(): unknown option \"%s\" (known: profile, users)",
				key ? ZSTR_VAL(key) : "(integer key)");
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

ZEND_METHOD(AskMyDocs_Connector_Confluence_StorageConverter, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(AskMyDocs_Connector_Confluence_StorageConverter, convert)
{
	static const char *const names[] = {
		[AMC_PARSER_NONE] = "none", [AMC_PARSER_FAST] = "fast",
		[AMC_PARSER_XML] = "xml", [AMC_PARSER_HTML] = "html",
	};
	zend_string *storage;
	zval *report = NULL;
	HashTable *options = NULL;
	int parser = AMC_PARSER_NONE;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(storage)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(report)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	int profile = AMC_G(markdown_profile);
	users_ctx users = {0};
	bool has_users = false;
	if (options && !parse_options(options, &profile, &users, &has_users)) {
		RETURN_THROWS();
	}
	convert_storage(storage, return_value, &parser, profile, has_users ? &users : NULL);
	if (EG(exception) || !report) {
		return;
	}
	zval info;
	array_init_size(&info, 2);
	add_assoc_string(&info, "parser", names[parser]);
	add_assoc_bool(&info, "well_formed", parser != AMC_PARSER_HTML);
	ZEND_TRY_ASSIGN_REF_VALUE(report, &info);
}

void amc_register_converter(void)
{
	amc_ce_storage_to_markdown = register_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown();
	amc_ce_storage_converter = register_class_AskMyDocs_Connector_Confluence_StorageConverter();
}
