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
	AMC_CONV_EABORTED = 5,  /* the mention resolver asked to stop (a PHP exception) */
};

/* Markdown profiles. UPSTREAM: byte-identical to upstream's converter.
 * LOSSLESS: every word of content kept, valid GFM (see conv_render.c for
 * what is not content). */
enum { AMC_PROFILE_UPSTREAM = 0, AMC_PROFILE_LOSSLESS = 1 };

typedef struct {
	int profile;
	/* LOSSLESS only, optional: appends the display name of the user with
	 * this account id (or user key / user name) to `out`. Returns 1 when it
	 * appended a name, 0 when the user is unknown (the mention is written as
	 * @user:<id>), -1 to abort the conversion (AMC_CONV_EABORTED). */
	int (*user_name)(void *ud, const char *id, size_t len, amc_buf *out);
	void *ud;
} amc_conv_opts;

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
/* The general entry point: `opts` NULL means the upstream profile. */
int amc_convert_opts(const char *in, size_t len, const amc_conv_opts *opts, int mode, amc_buf *out, int *parser,
	char *err, size_t errlen);

#endif
