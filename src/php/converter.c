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

/* Converts into return_value, or throws; *parser says which parser built the tree. */
static void convert_storage(zend_string *storage, zval *return_value, int *parser)
{
	zstr_alloc za = {{zstr_resize}, false};
	amc_buf out;
	amc_buf_init_alloc(&out, &za.al);
	char err[160];
	int rc = amc_convert_report(ZSTR_VAL(storage), ZSTR_LEN(storage), &out, parser, err, sizeof(err));
	if (rc != AMC_CONV_OK) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "ConfluenceStorageToMarkdown::convert(): %s", err);
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

	convert_storage(storage, return_value, &parser);
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
	int parser = AMC_PARSER_NONE;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(storage)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(report)
	ZEND_PARSE_PARAMETERS_END();

	convert_storage(storage, return_value, &parser);
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
