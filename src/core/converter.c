/* Entry point of the converter: trim, pick a parser, render. */
#include "converter.h"
#include "conv_internal.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

/* Inputs past this go nowhere: libxml2 takes an int length and the tree
 * uses 32-bit offsets. */
#define AMC_MAX_INPUT ((size_t)INT_MAX - 4096)

static const unsigned char php_trim[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\0'] = 1, ['\v'] = 1,
};

static int fail(int rc, char *err, size_t errlen)
{
	static const char *const msg[] = {
		[AMC_CONV_ENOMEM] = "out of memory while converting the page",
		[AMC_CONV_ETOOBIG] = "the page or its markdown is too large to convert",
		[AMC_CONV_EINTERNAL] = "the XML/HTML parser failed unexpectedly",
		[AMC_CONV_DECLINED] = "the fast path declined the input",
		[AMC_CONV_EABORTED] = "the mention resolver stopped the conversion",
	};
	if (err && errlen) {
		snprintf(err, errlen, "%s", msg[rc]);
	}
	return rc;
}

/* libxml2's parsers over the entity-rewritten input: XML first, HTML when
 * the XML parser rejects it. Returns 1 built, 0 nothing to render, -1 OOM;
 * *parser says which parser had the last word. */
static int parse_libxml(const char *s, size_t n, amc_tree *t, bool malformed, int *parser)
{
	amc_buf rw;
	amc_buf_init(&rw);
	if (!amc_rewrite_entities(s, n, &rw)) {
		amc_buf_free(&rw);
		return -1;
	}
	int rc = malformed ? 0 : amc_parse_xml(rw.data, rw.len, t);
	*parser = AMC_PARSER_XML;
	if (rc == 0) {
		*parser = AMC_PARSER_HTML;
		amc_tree_free(t);
		rc = amc_tree_init(t) ? amc_parse_html(rw.data, rw.len, t) : -1;
	}
	amc_buf_free(&rw);
	return rc;
}

static int convert(const char *in, size_t len, const amc_conv_opts *opts, int mode, amc_buf *out, int *parser,
	char *err, size_t errlen)
{
	*parser = AMC_PARSER_NONE;
	while (len && php_trim[(unsigned char)in[0]]) {
		in++;
		len--;
	}
	while (len && php_trim[(unsigned char)in[len - 1]]) {
		len--;
	}
	if (len == 0) {
		return AMC_CONV_OK;
	}
	if (len > AMC_MAX_INPUT) {
		return fail(AMC_CONV_ETOOBIG, err, errlen);
	}
	amc_tree t;
	if (!amc_tree_init(&t)) {
		return fail(AMC_CONV_ENOMEM, err, errlen);
	}
	int rc = 0;
	bool malformed = false;
	if (mode != AMC_CONV_LIBXML_ONLY) {
		rc = amc_parse_fast(in, len, &t);
		if ((rc == 0 || rc == 2) && mode == AMC_CONV_FAST_ONLY) {
			amc_tree_free(&t);
			return fail(AMC_CONV_DECLINED, err, errlen);
		}
		*parser = AMC_PARSER_FAST;
		if (rc == 0 || rc == 2) {
			malformed = rc == 2;
			amc_tree_free(&t);
			rc = amc_tree_init(&t) ? 0 : -1;
		}
	}
	if (rc == 0) {
		rc = parse_libxml(in, len, &t, malformed, parser);
	}
	int result = AMC_CONV_OK;
	if (rc < 0) {
		result = AMC_CONV_ENOMEM;
	} else if (rc == 1) {
		/* Markdown is at most a few times its page: a bound far above that
		 * stops nested-table blowups (each table repeats the rows of the
		 * tables inside it) before they exhaust memory. */
		size_t cap = len * 64 + ((size_t)64 << 20);
		amc_tree_finish(&t);
		/* Markdown is mostly shorter than its page: one reservation of half
		 * the input saves the copies (and the peak) of doubling from 64 bytes. */
		amc_buf_reserve(out, len / 2);
		result = amc_render(&t, out, cap, opts);
	}
	amc_tree_free(&t);
	if (result != AMC_CONV_OK) {
		amc_buf_free(out);
		return fail(result, err, errlen);
	}
	return AMC_CONV_OK;
}

int amc_convert_mode(const char *in, size_t len, int mode, amc_buf *out, char *err, size_t errlen)
{
	int parser;
	return convert(in, len, NULL, mode, out, &parser, err, errlen);
}

int amc_convert_report(const char *in, size_t len, amc_buf *out, int *parser, char *err, size_t errlen)
{
	return convert(in, len, NULL, AMC_CONV_AUTO, out, parser, err, errlen);
}

int amc_convert(const char *in, size_t len, amc_buf *out, char *err, size_t errlen)
{
	return amc_convert_mode(in, len, AMC_CONV_AUTO, out, err, errlen);
}

int amc_convert_opts(const char *in, size_t len, const amc_conv_opts *opts, int mode, amc_buf *out, int *parser,
	char *err, size_t errlen)
{
	int p;
	return convert(in, len, opts, mode, out, parser ? parser : &p, err, errlen);
}
