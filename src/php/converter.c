/* Padosoft\AskMyDocsConnectorConfluence\Confluence\ConfluenceStorageToMarkdown:
 * the Zend face of src/core/converter.c. */
#include "amc.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "core/converter.h"
#include "stubs/converter_arginfo.h"

zend_class_entry *amc_ce_storage_to_markdown;

ZEND_METHOD(Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown, convert)
{
	zend_string *storage;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(storage)
	ZEND_PARSE_PARAMETERS_END();

	amc_buf out;
	amc_buf_init(&out);
	char err[160];
	int rc = amc_convert(ZSTR_VAL(storage), ZSTR_LEN(storage), &out, err, sizeof(err));
	if (rc != AMC_CONV_OK) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "ConfluenceStorageToMarkdown::convert(): %s", err);
		RETURN_THROWS();
	}
	if (out.len == 0) {
		amc_buf_free(&out);
		RETURN_EMPTY_STRING();
	}
	RETVAL_STRINGL(out.data, out.len);
	amc_buf_free(&out);
}

void amc_register_converter(void)
{
	amc_ce_storage_to_markdown = register_class_Padosoft_AskMyDocsConnectorConfluence_Confluence_ConfluenceStorageToMarkdown();
}
