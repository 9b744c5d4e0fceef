/* Confluence storage format (XHTML + ac:/ri: macros) to markdown, the
 * behaviour of upstream's ConfluenceStorageToMarkdown::convert(), except
 * that HTML5 named entities are decoded instead of forcing the HTML
 * fallback. Pure C over libxml2, no Zend. */
#ifndef AMC_CONVERTER_H
#define AMC_CONVERTER_H

#include "buf.h"

enum {
	AMC_CONV_OK = 0,
	AMC_CONV_ENOMEM = 1,    /* an allocation failed */
	AMC_CONV_ETOOBIG = 2,   /* input or output beyond the supported size */
	AMC_CONV_EINTERNAL = 3, /* libxml2 failed unexpectedly */
	AMC_CONV_DECLINED = 4,  /* AMC_CONV_FAST_ONLY: the fast path declined */
};

/* Which parser builds the tree. AUTO: fast path, libxml2 when it declines. */
enum { AMC_CONV_AUTO = 0, AMC_CONV_FAST_ONLY, AMC_CONV_LIBXML_ONLY };

/* Converts `len` bytes; on success `out` (initialised by the caller) holds
 * the markdown. On failure a message is written to err. */
int amc_convert(const char *in, size_t len, amc_buf *out, char *err, size_t errlen);
int amc_convert_mode(const char *in, size_t len, int mode, amc_buf *out, char *err, size_t errlen);

/* Which parser built the tree the markdown was rendered from. HTML means the
 * input was not well-formed XML (after HTML entities were decoded): the
 * fallback upstream takes, where Confluence macros are lost. */
enum { AMC_PARSER_NONE = 0, AMC_PARSER_FAST, AMC_PARSER_XML, AMC_PARSER_HTML };
int amc_convert_report(const char *in, size_t len, amc_buf *out, int *parser, char *err, size_t errlen);

#endif
