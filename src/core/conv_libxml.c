/* libxml2 as the authority: its XML parser for whatever the fast path
 * declines, its HTML parser for input that is not well-formed. Both run the
 * way ext/dom runs them for DOMDocument::loadXML() / loadHTML() (same
 * wrapping, same options, no DTD loading, no entity substitution, no network:
 * XML_PARSE_NONET and neither XML_PARSE_NOENT nor XML_PARSE_DTDLOAD), and
 * their documents are copied into the arena tree the renderer reads. */
#include "conv_internal.h"
#include "conv_entities.h"

#include <limits.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

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

bool amc_rewrite_entities(const char *in, size_t len, amc_buf *out)
{
	size_t seg = 0, i = 0;
	while (i < len) {
		char c = in[i];
		if (c == '<' && len - i >= 9 && memcmp(in + i, "<![CDATA[", 9) == 0) {
			/* CDATA: kept as it is, up to its end (or the input's) */
			size_t j = i + 9;
			while (j + 3 <= len && !(in[j] == ']' && in[j + 1] == ']' && in[j + 2] == '>')) {
				j++;
			}
			i = j + 3 <= len ? j + 3 : len;
			continue;
		}
		if (c != '&') {
			i++;
			continue;
		}
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

/* Qualified name of an element or attribute: prefix:name when namespaced. */
static const char *qname(amc_tree *t, const xmlNs *ns, const xmlChar *name, size_t *len)
{
	size_t nl = strlen((const char *)name);
	if (!ns || !ns->prefix) {
		*len = nl;
		return amc_tree_strdup(t, (const char *)name, nl);
	}
	size_t pl = strlen((const char *)ns->prefix);
	amc_buf b;
	amc_buf_init(&b);
	amc_buf_append(&b, (const char *)ns->prefix, pl);
	amc_buf_append_char(&b, ':');
	amc_buf_append(&b, (const char *)name, nl);
	const char *s = b.oom ? NULL : amc_tree_strdup(t, b.data, b.len);
	*len = b.len;
	amc_buf_free(&b);
	return s;
}

static uint32_t copy_element(amc_tree *t, uint32_t parent, xmlNodePtr x)
{
	size_t len;
	const char *name = qname(t, x->ns, x->name, &len);
	if (!name) {
		return 0;
	}
	uint32_t id = amc_tree_add(t, parent, AMC_N_ELEM, name, len);
	if (!id) {
		return 0;
	}
	/* getElementsByTagName("tr") compares the local name, case-sensitively */
	amc_tree_set_tag(t, id, strcmp((const char *)x->name, "tr") == 0);
	for (xmlAttrPtr a = x->properties; a; a = a->next) {
		size_t al;
		const char *an = qname(t, a->ns, a->name, &al);
		/* DOMElement::getAttribute()'s value */
		xmlChar *v = xmlNodeListGetString(x->doc, a->children, 1);
		const char *val = "";
		size_t vl = 0;
		if (v) {
			vl = strlen((const char *)v);
			val = amc_tree_strdup(t, (const char *)v, vl);
			xmlFree(v);
		} else if (a->children) {
			t->oom = true; /* there was a value and it could not be read */
		}
		if (!an || !val || !amc_tree_add_attr(t, id, an, al, val, vl)) {
			return 0;
		}
	}
	return id;
}

/* Copies the children of `top` into the tree under node 0, iteratively. */
static bool copy_children(amc_tree *t, xmlNodePtr top)
{
	xmlNodePtr x = top->children;
	uint32_t parent = 0;
	while (x) {
		uint32_t id = 0;
		int type = 0;
		switch (x->type) {
		case XML_ELEMENT_NODE:
			id = copy_element(t, parent, x);
			if (!id) {
				return false;
			}
			break;
		case XML_TEXT_NODE: type = AMC_N_TEXT; break;
		case XML_CDATA_SECTION_NODE: type = AMC_N_CDATA; break;
		case XML_COMMENT_NODE: type = AMC_N_COMMENT; break;
		case XML_PI_NODE: type = AMC_N_PI; break;
		default: break;
		}
		if (type) {
			const char *c = x->content ? (const char *)x->content : "";
			size_t cl = strlen(c);
			const char *s = amc_tree_strdup(t, c, cl);
			if (!s || !amc_tree_add(t, parent, type, s, cl)) {
				return false;
			}
		}
		if (id && x->children) {
			parent = id;
			x = x->children;
			continue;
		}
		while (!x->next) {
			x = x->parent;
			if (x == top || !x) {
				return !t->oom;
			}
			parent = t->nodes[parent].parent;
		}
		x = x->next;
	}
	return !t->oom;
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
	xmlCtxtUseOptions(ctxt, XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET);
	xmlParseDocument(ctxt);
	bool ok = ctxt->wellFormed;
	bool nomem = ctxt->errNo == XML_ERR_NO_MEMORY;
	xmlDocPtr doc = ctxt->myDoc;
	ctxt->myDoc = NULL;
	xmlFreeParserCtxt(ctxt);
	amc_buf_free(&w);
	int rc = nomem ? -1 : 0;
	xmlNodePtr root = ok && doc ? xmlDocGetRootElement(doc) : NULL;
	if (root && !nomem) {
		rc = copy_children(t, root) ? 1 : -1;
	}
	if (doc) {
		xmlFreeDoc(doc);
	}
	return rc;
}

/* getElementsByTagName('body')->item(0): first element named body in
 * document order, else the document element. */
static xmlNodePtr html_start(xmlDocPtr doc)
{
	xmlNodePtr x = doc->children;
	while (x) {
		if (x->type == XML_ELEMENT_NODE && strcmp((const char *)x->name, "body") == 0) {
			return x;
		}
		if (x->type == XML_ELEMENT_NODE && x->children) {
			x = x->children;
			continue;
		}
		while (x && !x->next) {
			x = x->parent;
			if ((xmlNodePtr)doc == x) {
				x = NULL;
			}
		}
		if (x) {
			x = x->next;
		}
	}
	return xmlDocGetRootElement(doc);
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
	htmlCtxtUseOptions(ctxt, HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
	htmlParseDocument(ctxt);
	bool nomem = ctxt->errNo == XML_ERR_NO_MEMORY;
	xmlDocPtr doc = ctxt->myDoc;
	ctxt->myDoc = NULL;
	htmlFreeParserCtxt(ctxt);
	amc_buf_free(&w);
	int rc = nomem ? -1 : 0;
	xmlNodePtr start = doc && !nomem ? html_start(doc) : NULL;
	if (start) {
		rc = copy_children(t, start) ? 1 : -1;
	}
	if (doc) {
		xmlFreeDoc(doc);
	}
	return rc;
}
