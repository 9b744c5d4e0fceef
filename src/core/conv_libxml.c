/* libxml2 as the authority: its XML parser for whatever the fast path
 * declines, its HTML parser for input that is not well-formed. Both run the
 * way ext/dom runs them for DOMDocument::loadXML() / loadHTML() (same
 * wrapping, same options, no DTD loading, no entity substitution, no network:
 * XML_PARSE_NONET and neither XML_PARSE_NOENT nor XML_PARSE_DTDLOAD). SAX
 * callbacks build the arena tree directly, node for node the tree libxml2's
 * own SAX2 handlers would have built as a DOM (see the sax_* functions):
 * building that DOM, walking it and freeing it cost more than the parse. */
#include "conv_internal.h"
#include "conv_entities.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

/* The context's fields that libxml2 2.14 turned into accessors (the fields
 * are deprecated there); before 2.14 the accessors do not exist. */
#if LIBXML_VERSION >= 21400
#define CTXT_PRIVATE(c) xmlCtxtGetPrivate(c)
#define CTXT_SET_PRIVATE(c, p) xmlCtxtSetPrivate((c), (p))
#define CTXT_SAX(c) xmlCtxtGetSaxHandler(c)
#define CTXT_OPTIONS(c) xmlCtxtGetOptions(c)
#define CTXT_WELL_FORMED(c) (!(xmlCtxtGetStatus(c) & XML_STATUS_NOT_WELL_FORMED))
#else
#define CTXT_PRIVATE(c) ((c)->_private)
#define CTXT_SET_PRIVATE(c, p) ((c)->_private = (p))
#define CTXT_SAX(c) ((c)->sax)
#define CTXT_OPTIONS(c) ((c)->options)
#define CTXT_WELL_FORMED(c) ((c)->wellFormed)
#endif

static bool out_of_memory(xmlParserCtxtPtr ctxt)
{
#if LIBXML_VERSION >= 21400
	const xmlError *e = xmlCtxtGetLastError(ctxt);
	return e && e->code == XML_ERR_NO_MEMORY;
#else
	return ctxt->errNo == XML_ERR_NO_MEMORY;
#endif
}

static const char XML_HEAD[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	"<root xmlns:ac=\"http://atlassian.com/content\""
	" xmlns:ri=\"http://atlassian.com/resource/identifier\">";
static const char HTML_HEAD[] = "<?xml encoding=\"UTF-8\"?><root>";
static const char TAIL[] = "</root>";

static bool is_alpha(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool is_alnum(unsigned char c)
{
	return is_alpha(c) || (c >= '0' && c <= '9');
}

static void put_ref(amc_buf *b, uint32_t cp)
{
	char tmp[16];
	int k = 0;
	do {
		tmp[k++] = (char)('0' + cp % 10);
		cp /= 10;
	} while (cp);
	amc_buf_append(b, "&#", 2);
	while (k) {
		amc_buf_append_char(b, tmp[--k]);
	}
	amc_buf_append_char(b, ';');
}

/* First "<![CDATA[" in [p, end), or NULL. */
static const char *find_cdata(const char *p, const char *end)
{
	while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		if (end - p >= 9 && memcmp(p, "<![CDATA[", 9) == 0) {
			return p;
		}
		p++;
	}
	return NULL;
}

/* Scans with memchr from one '&' to the next (most bytes are neither '&'
 * nor a CDATA opener): a byte loop here cost more than libxml2's XML parse
 * of a page of prose. */
bool amc_rewrite_entities(const char *in, size_t len, amc_buf *out)
{
	const char *end = in + len;
	const char *cd = find_cdata(in, end); /* next CDATA section, NULL none */
	size_t seg = 0, i = 0;
	while (i < len) {
		const char *amp = memchr(in + i, '&', len - i);
		if (!amp) {
			break;
		}
		if (cd && cd < amp) {
			/* CDATA: kept as it is, up to its end (or the input's) */
			const char *p = cd + 9;
			while ((p = memchr(p, ']', (size_t)(end - p))) != NULL && !(end - p >= 3 && p[1] == ']' && p[2] == '>')) {
				p++;
			}
			i = p ? (size_t)(p - in) + 3 : len;
			cd = find_cdata(in + i, end);
			continue;
		}
		i = (size_t)(amp - in);
		size_t j = i + 1;
		if (j < len && is_alpha((unsigned char)in[j])) {
			while (j < len && is_alnum((unsigned char)in[j])) {
				j++;
			}
			uint32_t cp[2];
			if (j < len && in[j] == ';' && amc_entity_lookup(in + i + 1, j - i - 1, cp)) {
				amc_buf_append(out, in + seg, i - seg);
				put_ref(out, cp[0]);
				if (cp[1]) {
					put_ref(out, cp[1]);
				}
				seg = i = j + 1;
				continue;
			}
		}
		i++;
	}
	amc_buf_append(out, in + seg, len - seg);
	return !out->oom;
}


/* What the DOM would have been, rebuilt from the callbacks. libxml2's SAX2
 * handlers (SAX2.c, 2.9 to 2.15) decide the shape; mirrored here:
 * - the depth is counted here, as SAX2's node stack counts it: one level per
 *   start callback, one less per end callback, with the same depth limit
 *   (see push()); libxml2's HTML parser before 2.14 also ends an element
 *   whose start tag lacks '>' without an end callback (see depth_now());
 * - adjacent text callbacks, and adjacent CDATA ones, make one node
 *   (xmlSAX2Text; 2.15 keeps CDATA sections apart in XML), which past
 *   XML_MAX_TEXT_LENGTH fails as out of memory (2.13 on: a resource-limit
 *   error that stops the parse, see text_limit());
 * - only the subtree rendered is kept: the root element's children (XML),
 *   the first element named body, else the root element's (HTML). */
typedef struct {
	amc_tree *t;
	xmlParserCtxtPtr ctxt;
	bool html;      /* libxml2's HTML parser (else its XML parser) */
	int depth;      /* open elements: what SAX2's ctxt->nodeNr would be */
	uint32_t *ids;  /* arena id of the element at each stack depth */
	size_t idcap;
	int base;       /* depth of the rendered element (arena node 0), -1: none yet */
	bool closed;    /* the rendered element has ended */
	bool too_deep;  /* past the depth limit: the parse was stopped */
	bool too_long;  /* a text node past the limit: the parse was stopped */
	bool body;      /* HTML: it is a body (else the provisional root element) */
	bool nomem;
	/* open text run: a text/CDATA node that the next callback may extend */
	int run_type;   /* 0: none */
	int run_depth;
	bool run_kept;  /* inside the rendered subtree: its bytes are in `text` */
	uint32_t run_parent;
	size_t run_len;
	amc_buf text;
} sax_state;
/* ctxt->node stays NULL: no SAX2 handler runs. Only the HTML parser's
 * areBlanks() reads it, and its answer changes nothing but under html/head
 * or with no element open, where it returns before looking at the node. */

static sax_state *state_of(void *ctx)
{
	return CTXT_PRIVATE((xmlParserCtxtPtr)ctx);
}

/* Stops the parse; it then counts as out of memory, as the DOM build did
 * when xmlSAX2ErrMemory() stopped it. */
static void halt_nomem(sax_state *st)
{
	st->nomem = true;
	xmlStopParser(st->ctxt);
}

/* The depth of the current element. libxml2's HTML parser before 2.14
 * pops an element whose start tag lacks '>' ("Couldn't find end of Start
 * Tag") off its name stack and SAX2's node stack without an end callback;
 * its name stack, one entry per open element as SAX2's node stack (pushed
 * before the start callback: `starting` discounts it), says where it is.
 * 2.14's HTML5 tokenizer sends an end callback for every element. */
static int depth_now(sax_state *st, bool starting)
{
#if LIBXML_VERSION < 21400
	if (st->html) {
		int open = st->ctxt->nameNr - (starting ? 1 : 0);
		if (open >= 0 && st->depth > open) {
			st->depth = open;
		}
	}
#else
	(void)starting;
#endif
	return st->depth;
}

static bool inside(sax_state *st, int depth)
{
	if (st->base >= 0 && depth <= st->base) {
		st->closed = true;
	}
	return st->base >= 0 && !st->closed && depth > st->base;
}

static void flush_run(sax_state *st)
{
	if (st->run_type && st->run_kept) {
		const char *s = amc_tree_strdup(st->t, st->text.data ? st->text.data : "", st->text.len);
		if (st->text.oom || !s || !amc_tree_add(st->t, st->run_parent, st->run_type, s, st->text.len)) {
			halt_nomem(st);
		}
	}
	st->run_type = 0;
	st->text.len = 0;
}

/* A text node grown past XML_MAX_TEXT_LENGTH. Before 2.13 xmlSAX2Text
 * reports it as out of memory; from 2.13 it is a resource-limit error that
 * stops the parse and leaves the document not well-formed, the text so far
 * kept in the tree. */
static void text_limit(sax_state *st)
{
#if LIBXML_VERSION >= 21300
	st->too_long = true;
	xmlStopParser(st->ctxt);
#else
	halt_nomem(st);
#endif
}

static void sax_text(sax_state *st, const xmlChar *ch, int len, int type)
{
	int depth = depth_now(st, false);
	if (depth <= 0 || len < 0) {
		return; /* no current node: xmlSAX2Text drops it */
	}
	bool keep = inside(st, depth);
	bool extend = st->run_type == type && st->run_depth == depth;
#if LIBXML_VERSION >= 21500
	/* 2.15 merges CDATA sections only in HTML, where they are raw text */
	extend = extend && (type == AMC_N_TEXT || st->html);
#endif
	if (extend) {
		if (st->run_len + (size_t)len > XML_MAX_TEXT_LENGTH && !(CTXT_OPTIONS(st->ctxt) & XML_PARSE_HUGE)) {
			text_limit(st);
			return;
		}
	} else {
		flush_run(st);
		st->run_type = type;
		st->run_depth = depth;
		st->run_kept = keep;
		st->run_parent = keep ? st->ids[depth - 1] : 0;
		st->run_len = 0;
	}
	st->run_len += (size_t)len;
	if (st->run_kept) {
		amc_buf_append(&st->text, (const char *)ch, (size_t)len);
		if (st->text.oom) {
			halt_nomem(st);
		}
	}
}

static void sax_characters(void *ctx, const xmlChar *ch, int len)
{
	sax_text(state_of(ctx), ch, len, AMC_N_TEXT);
}

static void sax_cdata(void *ctx, const xmlChar *ch, int len)
{
	sax_text(state_of(ctx), ch, len, AMC_N_CDATA);
}

static void sax_ignorable(void *ctx, const xmlChar *ch, int len)
{
	(void)ctx; /* xmlSAX2IgnorableWhitespace: dropped */
	(void)ch;
	(void)len;
}

/* Adds a comment or PI under the current element, if it is kept. */
static void add_leaf(sax_state *st, int type, const xmlChar *content)
{
	flush_run(st);
	int depth = depth_now(st, false);
	if (!inside(st, depth)) {
		return;
	}
	const char *c = content ? (const char *)content : "";
	size_t cl = strlen(c);
	const char *s = amc_tree_strdup(st->t, c, cl);
	if (!s || !amc_tree_add(st->t, st->ids[depth - 1], type, s, cl)) {
		halt_nomem(st);
	}
}

static void sax_comment(void *ctx, const xmlChar *value)
{
	add_leaf(state_of(ctx), AMC_N_COMMENT, value);
}

static void sax_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	(void)target;
	add_leaf(state_of(ctx), AMC_N_PI, data);
}

/* An entity reference node: not rendered, but it ends a text run. */
static void sax_reference(void *ctx, const xmlChar *name)
{
	(void)name;
	flush_run(state_of(ctx));
}

/* SAX2's nodePush() refuses an element past libxml2's depth limit
 * (xmlParserMaxDepth, 256 without XML_PARSE_HUGE: 2.9 refuses the 258th
 * open element, 2.14's stack holds 256); the XML parser stops before that
 * with a fatal error of its own. */
#if LIBXML_VERSION >= 21400
#define MAX_OPEN 256
#else
#define MAX_OPEN 257
#endif

/* Opens an element. Returns its depth, -1 when the element is dropped
 * (depth limit or no memory: the parse has been stopped). */
static int push(sax_state *st)
{
	flush_run(st);
	int depth = depth_now(st, true);
	(void)inside(st, depth);
	if (depth >= MAX_OPEN) {
		st->too_deep = true;
		xmlStopParser(st->ctxt);
		return -1;
	}
	if ((size_t)depth >= st->idcap) {
		size_t cap = st->idcap ? st->idcap * 2 : 64;
		uint32_t *p = realloc(st->ids, cap * sizeof(uint32_t));
		if (!p) {
			halt_nomem(st);
			return -1;
		}
		st->ids = p;
		st->idcap = cap;
	}
	st->depth = depth + 1;
	return depth;
}

static void sax_end(void *ctx, const xmlChar *name)
{
	sax_state *st = state_of(ctx);
	(void)name;
	flush_run(st);
	if (depth_now(st, false) > 0) {
		st->depth--;
	}
}

static void sax_end_ns(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri)
{
	(void)local;
	(void)prefix;
	(void)uri;
	sax_end(ctx, NULL);
}

/* Adds an element under the element at depth-1; its arena id goes to
 * ids[depth]. `name` is what DOM's nodeName would be. */
static uint32_t add_element(sax_state *st, int depth, const char *name, size_t len, bool tr)
{
	const char *s = amc_tree_strdup(st->t, name, len);
	uint32_t id = s ? amc_tree_add(st->t, st->ids[depth - 1], AMC_N_ELEM, s, len) : 0;
	if (!id) {
		halt_nomem(st);
		return 0;
	}
	/* getElementsByTagName("tr") compares the local name, case-sensitively */
	amc_tree_set_tag(st->t, id, tr);
	st->ids[depth] = id;
	return id;
}

static bool add_attr(sax_state *st, uint32_t id, const char *name, size_t nl, const char *val, size_t vl)
{
	const char *n = amc_tree_strdup(st->t, name, nl);
	const char *v = amc_tree_strdup(st->t, val, vl);
	if (!n || !v || !amc_tree_add_attr(st->t, id, n, nl, v, vl)) {
		halt_nomem(st);
		return false;
	}
	return true;
}

static void sax_start_ns(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
	int nb_ns, const xmlChar **ns, int nb_attrs, int nb_defaulted, const xmlChar **attrs)
{
	sax_state *st = state_of(ctx);
	(void)nb_ns;
	(void)ns;
	(void)nb_defaulted; /* no DTD, nothing defaulted */
	int depth = push(st);
	if (depth < 0) {
		return;
	}
	if (st->base < 0) {
		st->base = depth; /* the document element: its children are rendered */
		st->ids[depth] = 0;
		return;
	}
	if (!inside(st, depth)) {
		return;
	}
	/* nodeName: prefix:local, also when the prefix is undeclared (then
	 * libxml2 names the element "prefix:local", without namespace) */
	const char *l = (const char *)local;
	size_t ll = strlen(l);
	uint32_t id;
	bool tr = strcmp(l, "tr") == 0 && !(prefix && !uri);
	if (prefix) {
		size_t pl = strlen((const char *)prefix);
		amc_buf_append(&st->text, (const char *)prefix, pl);
		amc_buf_append_char(&st->text, ':');
		amc_buf_append(&st->text, l, ll);
		id = st->text.oom ? 0 : add_element(st, depth, st->text.data, st->text.len, tr);
		st->text.len = 0;
		if (!id) {
			halt_nomem(st);
			return;
		}
	} else if (!(id = add_element(st, depth, l, ll, tr))) {
		return;
	}
	for (int i = 0; i < nb_attrs; i++) {
		const xmlChar **a = attrs + 5 * i;
		const char *al = (const char *)a[0];
		const char *v = (const char *)a[3];
		size_t vl = (size_t)(a[4] - a[3]);
		/* DOMElement::getAttribute(): the parser leaves "&#38;" for '&'
		 * (xmlSAX2AttributeNs decodes it into the attribute's children);
		 * decode with the same functions. */
		xmlChar *dec = NULL;
		if (memchr(v, '&', vl)) {
			xmlNodePtr list = xmlStringLenGetNodeList(NULL, a[3], (int)vl);
			dec = list ? xmlNodeListGetString(NULL, list, 1) : NULL;
			if (list) {
				xmlFreeNodeList(list);
				if (!dec) {
					halt_nomem(st); /* a value that could not be read */
					return;
				}
			}
			v = dec ? (const char *)dec : "";
			vl = strlen(v);
		}
		bool ok;
		if (a[1]) {
			size_t pl = strlen((const char *)a[1]);
			amc_buf_append(&st->text, (const char *)a[1], pl);
			amc_buf_append_char(&st->text, ':');
			amc_buf_append(&st->text, al, strlen(al));
			ok = !st->text.oom && add_attr(st, id, st->text.data, st->text.len, v, vl);
			st->text.len = 0;
		} else {
			ok = add_attr(st, id, al, strlen(al), v, vl);
		}
		if (dec) {
			xmlFree(dec);
		}
		if (!ok) {
			halt_nomem(st);
			return;
		}
	}
}

/* htmlIsBooleanAttr() (deprecated in 2.15): the HTML 4 attributes libxml2
 * gives their own name as value when they have none, in any case. */
static bool is_boolean_attr(const char *name)
{
	static const char *const names[] = {"checked", "compact", "declare", "defer", "disabled",
		"ismap", "multiple", "nohref", "noresize", "noshade", "nowrap", "readonly", "selected"};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		const char *a = name, *b = names[i];
		while (*a && (*a | 0x20) == *b) {
			a++;
			b++;
		}
		if (!*a && !*b) {
			return true;
		}
	}
	return false;
}

static void sax_start_html(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	sax_state *st = state_of(ctx);
	const char *local = (const char *)name;
#if LIBXML_VERSION < 21400
	/* xmlSAX2StartElement splits the name at its first ':' (the prefix is
	 * then dropped: no namespaces in HTML); xmlSplitQName() reports a local
	 * part that cannot start a name as a fatal error, which disables SAX for
	 * the rest of the document. Called only then, for that effect. From
	 * 2.14 on, an HTML element keeps its whole name. */
	const char *n = (const char *)name;
	const char *colon = strchr(n, ':');
	if (colon && colon != n && colon[1]) {
		local = colon + 1;
		char c = colon[1];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':')) {
			xmlChar *prefix = NULL;
			xmlChar *l = xmlSplitQName(st->ctxt, name, &prefix);
			if (prefix) {
				xmlFree(prefix);
			}
			if (!l) {
				halt_nomem(st);
				return;
			}
			xmlFree(l);
		}
	}
#endif
	int depth = push(st);
	if (depth < 0) {
		return;
	}
	if (st->base < 0 || (!st->body && strcmp(local, "body") == 0)) {
		/* the first element, until the first body replaces it */
		if (st->t->n > 1) {
			amc_tree_free(st->t);
			if (!amc_tree_init(st->t)) {
				halt_nomem(st);
				return;
			}
		}
		st->base = depth;
		st->closed = false;
		st->body = strcmp(local, "body") == 0;
		st->ids[depth] = 0;
		return;
	}
	if (!inside(st, depth)) {
		return;
	}
	uint32_t id = add_element(st, depth, local, strlen(local), strcmp(local, "tr") == 0);
	for (size_t i = 0; id && atts && atts[i]; i += 2) {
		const char *an = (const char *)atts[i];
		const char *v = (const char *)atts[i + 1];
		/* a valueless boolean attribute (checked, nowrap...) gets its name */
		if (!v) {
			v = is_boolean_attr(an) ? an : "";
		}
		if (!add_attr(st, id, an, strlen(an), v, strlen(v))) {
			return;
		}
	}
}

/* Structured errors go nowhere: the message is formatted all the same
 * (libxml2 2.9 formats before dispatching), but a global handler (PHP's
 * libxml_use_internal_errors) does not collect the converter's errors. */
#if LIBXML_VERSION >= 21200
static void quiet(void *data, const xmlError *err)
#else
static void quiet(void *data, xmlErrorPtr err)
#endif
{
	(void)data;
	(void)err;
}

/* Replaces the tree-building callbacks of the context's own SAX handler
 * (a copy the context owns: creating a context fails without it); the rest
 * stay libxml2's defaults. */
static bool use_sax(xmlParserCtxtPtr ctxt, sax_state *st, amc_tree *t, bool html)
{
	xmlSAXHandler *sax = CTXT_SAX(ctxt);
	if (!sax) {
		return false;
	}
	memset(st, 0, sizeof(*st));
	st->t = t;
	st->ctxt = ctxt;
	st->html = html;
	st->base = -1;
	amc_buf_init(&st->text);
	CTXT_SET_PRIVATE(ctxt, st);
	sax->startDocument = NULL; /* no xmlDoc */
	sax->endDocument = NULL;
	sax->characters = sax_characters;
	sax->cdataBlock = sax_cdata;
	sax->comment = sax_comment;
	sax->processingInstruction = sax_pi;
	sax->serror = quiet;
	if (html) {
		sax->startElement = sax_start_html;
		sax->endElement = sax_end;
		sax->ignorableWhitespace = sax_ignorable;
		sax->reference = NULL;
		sax->initialized = XML_SAX2_MAGIC; /* makes __xmlRaiseError use serror */
	} else {
		sax->startElementNs = sax_start_ns;
		sax->endElementNs = sax_end_ns;
		/* the same function: the parser then never asks areBlanks() */
		sax->ignorableWhitespace = sax_characters;
		sax->reference = sax_reference;
	}
	return true;
}

/* Result of a parse; frees what the SAX state and the context hold. */
static int finish(xmlParserCtxtPtr ctxt, sax_state *st, bool wellformed)
{
	flush_run(st);
	bool nomem = st->nomem || st->t->oom || out_of_memory(ctxt);
	/* none expected: startDocument is unset */
#if LIBXML_VERSION >= 21400
	xmlDocPtr doc = xmlCtxtGetDocument(ctxt);
	if (doc) {
		xmlFreeDoc(doc);
	}
#else
	if (ctxt->myDoc) {
		xmlFreeDoc(ctxt->myDoc);
		ctxt->myDoc = NULL;
	}
#endif
	CTXT_SET_PRIVATE(ctxt, NULL);
	free(st->ids);
	amc_buf_free(&st->text);
	if (nomem) {
		return -1;
	}
	return wellformed && st->base >= 0 ? 1 : 0;
}

static bool wrap(amc_buf *b, const char *head, size_t hl, const char *in, size_t len)
{
	amc_buf_append(b, head, hl);
	amc_buf_append(b, in, len);
	amc_buf_append(b, TAIL, sizeof(TAIL) - 1);
	return !b->oom && b->len <= INT_MAX;
}

int amc_parse_xml(const char *in, size_t len, amc_tree *t)
{
	amc_buf w;
	amc_buf_init(&w);
	if (!wrap(&w, XML_HEAD, sizeof(XML_HEAD) - 1, in, len)) {
		amc_buf_free(&w);
		return -1;
	}
	xmlInitParser();
	xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(w.data, (int)w.len);
	if (!ctxt) {
		amc_buf_free(&w);
		return -1;
	}
	sax_state st;
	int rc = -1;
	if (xmlCtxtUseOptions(ctxt, XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET) == 0 &&
	    use_sax(ctxt, &st, t, false)) {
		xmlParseDocument(ctxt); /* well-formedness is the verdict */
		/* past the depth limit libxml2's XML parser fails the document */
		rc = finish(ctxt, &st, CTXT_WELL_FORMED(ctxt) && !st.too_deep && !st.too_long);
	}
	xmlFreeParserCtxt(ctxt);
	amc_buf_free(&w);
	return rc;
}

int amc_parse_html(const char *in, size_t len, amc_tree *t)
{
	amc_buf w;
	amc_buf_init(&w);
	if (!wrap(&w, HTML_HEAD, sizeof(HTML_HEAD) - 1, in, len)) {
		amc_buf_free(&w);
		return -1;
	}
	xmlInitParser();
	htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(w.data, (int)w.len);
	if (!ctxt) {
		amc_buf_free(&w);
		return -1;
	}
	sax_state st;
	int rc = -1;
	/* returns the options it does not handle: NONET (the HTML parser
	 * loads nothing anyway) */
	int left = htmlCtxtUseOptions(ctxt, HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
	if ((left & ~HTML_PARSE_NONET) == 0 && use_sax(ctxt, &st, t, true)) {
		htmlParseDocument(ctxt); /* -1 on any error: the HTML parser recovers */
		rc = finish(ctxt, &st, true);
	}
	htmlFreeParserCtxt(ctxt);
	amc_buf_free(&w);
	return rc;
}
