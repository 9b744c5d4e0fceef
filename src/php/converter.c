/* Padosoft\AskMyDocsConnectorConfluence\Confluence\ConfluenceStorageToMarkdown:
 * the Zend face of src/core/converter.c. */
#include "amc.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "core/converter.h"
#include "stubs/converter_arginfo.h"

zend_class_entry *amc_ce_storage_to_markdown;
zend_class_entry *amc_ce_storage_converter;

/* Converts into return_value, or throws; *parser says which parser built the tree. */
static void convert_storage(zend_string *storage, zval *return_value, int *parser)
{
	amc_buf out;
	amc_buf_init(&out);
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
	RETVAL_STRINGL(out.data, out.len);
	amc_buf_free(&out);
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
