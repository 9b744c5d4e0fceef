/* Internal interfaces between the converter's parts (see converter.h). */
#ifndef AMC_CONV_INTERNAL_H
#define AMC_CONV_INTERNAL_H

#include "buf.h"
#include "conv_tree.h"
#include "converter.h"

/* Fast path: single-pass tokenizer for the well-formed subset it fully
 * understands. Returns 1 when it built the tree, 0 when it declines (the
 * input goes to libxml2 then), 2 when it declines having met an error
 * libxml2's XML parser treats as fatal (only the HTML parser need run),
 * -1 on out-of-memory. */
int amc_parse_fast(const char *in, size_t len, amc_tree *t);

/* Rewrites HTML5 named entities outside CDATA sections as numeric character
 * references, the input both libxml2 parsers get. */
bool amc_rewrite_entities(const char *in, size_t len, amc_buf *out);

/* libxml2's XML parser, as DOMDocument::loadXML() runs it on the wrapped
 * fragment: 1 built, 0 not well-formed, -1 failure (out of memory). */
int amc_parse_xml(const char *in, size_t len, amc_tree *t);
/* libxml2's HTML parser, as DOMDocument::loadHTML() runs it, tree from
 * <body>: 1 built, 0 no document, -1 failure. */
int amc_parse_html(const char *in, size_t len, amc_tree *t);

/* Renders the tree to markdown in the profile `o` names (NULL: upstream);
 * `cap` bounds the output size. Returns 0, AMC_CONV_ENOMEM, AMC_CONV_ETOOBIG
 * or AMC_CONV_EABORTED. */
int amc_render(const amc_tree *t, amc_buf *out, size_t cap, const amc_conv_opts *o);

#endif
