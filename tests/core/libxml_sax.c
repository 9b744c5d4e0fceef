/* Differential check of conv_libxml.c's SAX tree builders against the DOM
 * builders they replaced (below, kept as the reference: libxml2 DOM, then
 * copied into the arena), tree for tree, and the entity rewrite against its
 * byte loop: same nodes in the same order, same
 * names, contents, tags, flags and attributes, same return code.
 *
 *   libxml_sax check DIR...          every NAME.xhtml, both parsers, plus
 *                                    fixed edge cases (depth limit, text limit)
 *   libxml_sax mutate N SEED DIR...  N random mutations of those documents
 *   libxml_sax bench REPS MODE FILE... converts (MODE 0 auto, 2 libxml only),
 *                                    for valgrind --tool=callgrind
 * Built with -DAMC_SAX_FUZZER it is a libFuzzer harness instead (same check).
 *
 * Build (from the repository root):
 *   cc -std=c99 -D_DEFAULT_SOURCE -O1 -g -fsanitize=address,undefined \
 *     $(pkg-config --cflags libxml-2.0) src/core/{buf,conv_tree,conv_entities,\
 *     conv_tokenizer,conv_libxml,conv_render,converter}.c tests/core/libxml_sax.c \
 *     $(pkg-config --libs libxml-2.0) -o /tmp/libxml_sax */
#include "../../src/core/converter.h"
#include "../../src/core/conv_internal.h"
#include "../../src/core/conv_entities.h"
#include "slurp.h"

#include <dirent.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

/* ---- reference: the DOM builders (conv_libxml.c before SAX) ---- */

static const char XML_HEAD[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	"<root xmlns:ac=\"http://atlassian.com/content\""
	" xmlns:ri=\"http://atlassian.com/resource/identifier\">";
static const char HTML_HEAD[] = "<?xml encoding=\"UTF-8\"?><root>";
static const char TAIL[] = "</root>";

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

static bool ref_wrap(amc_buf *b, const char *head, size_t hl, const char *in, size_t len)
{
	amc_buf_append(b, head, hl);
	amc_buf_append(b, in, len);
	amc_buf_append(b, TAIL, sizeof(TAIL) - 1);
	return !b->oom && b->len <= INT_MAX;
}

static int ref_parse_xml(const char *in, size_t len, amc_tree *t)
{
	amc_buf w;
	amc_buf_init(&w);
	if (!ref_wrap(&w, XML_HEAD, sizeof(XML_HEAD) - 1, in, len)) {
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

static int ref_parse_html(const char *in, size_t len, amc_tree *t)
{
	amc_buf w;
	amc_buf_init(&w);
	if (!ref_wrap(&w, HTML_HEAD, sizeof(HTML_HEAD) - 1, in, len)) {
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

/* The entity rewrite, byte loop. */
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

static bool ref_rewrite(const char *in, size_t len, amc_buf *out)
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

/* ---- comparison ---- */

static int same_bytes(const char *a, size_t al, const char *b, size_t bl)
{
	return al == bl && (al == 0 || memcmp(a, b, al) == 0);
}

/* Returns NULL when equal, else what differs. */
static const char *tree_diff(const amc_tree *a, const amc_tree *b, uint32_t *at)
{
	*at = 0;
	if (a->n != b->n) {
		return "node count";
	}
	if (a->na != b->na) {
		return "attribute count";
	}
	for (uint32_t i = 0; i < a->n; i++) {
		const amc_node *x = &a->nodes[i], *y = &b->nodes[i];
		*at = i;
		if (x->type != y->type || x->tag != y->tag || x->flags != y->flags) {
			return "node type/tag/flags";
		}
		if (x->parent != y->parent || x->first != y->first || x->next != y->next || x->attr != y->attr) {
			return "node links";
		}
		if (!same_bytes(x->s, x->len, y->s, y->len)) {
			return "node name/content";
		}
	}
	for (uint32_t i = 0; i < a->na; i++) {
		const amc_attr *x = &a->attrs[i], *y = &b->attrs[i];
		*at = i;
		if (x->owner != y->owner || !same_bytes(x->name, x->name_len, y->name, y->name_len) ||
		    !same_bytes(x->val, x->val_len, y->val, y->val_len)) {
			return "attribute";
		}
	}
	return NULL;
}

static void dump_node(const char *who, const amc_tree *t, uint32_t i)
{
	if (i < t->n) {
		const amc_node *x = &t->nodes[i];
		fprintf(stderr, "  %s #%u type %d tag %d flags %d parent %u first %u next %u attr %u: \"%.*s\"\n",
			who, i, x->type, x->tag, x->flags, x->parent, x->first, x->next, x->attr,
			(int)(x->len > 80 ? 80 : x->len), x->s);
	}
}

static void dump_attr(const char *who, const amc_tree *t, uint32_t i)
{
	if (i < t->na) {
		const amc_attr *x = &t->attrs[i];
		fprintf(stderr, "  %s attribute %u of #%u: %.*s=\"%.*s\"\n", who, i, x->owner, (int)x->name_len, x->name,
			(int)(x->val_len > 80 ? 80 : x->val_len), x->val);
	}
}

static const unsigned char php_trim[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\0'] = 1, ['\v'] = 1,
};

/* Strict UTF-8 (no overlong forms, surrogates or code points past
 * U+10FFFF). */
static bool utf8_valid(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i];
		size_t k = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 9;
		if (k == 9 || n - i <= k) {
			return k == 0;
		}
		uint32_t cp = k ? c & (0x3Fu >> k) : c;
		for (size_t j = 1; j <= k; j++) {
			if ((s[i + j] & 0xC0) != 0x80) {
				return false;
			}
			cp = (cp << 6) | (s[i + j] & 0x3Fu);
		}
		if ((k == 1 && cp < 0x80) || (k == 2 && cp < 0x800) || (k == 3 && cp < 0x10000) || cp > 0x10FFFF ||
		    (cp >= 0xD800 && cp <= 0xDFFF)) {
			return false;
		}
		i += k + 1;
	}
	return true;
}

static long heap_dependent;

/* Both parsers, both builders, on the input as parse_libxml() gets it.
 * Returns 0 when they agree.
 * One libxml2 2.9 behaviour is not a function of the input: when the HTML
 * parser meets invalid UTF-8 inside a name, it switches to ISO-8859-1 and
 * converts its buffer, and htmlParseNameComplex() restarts the name only if
 * the buffer moved (a realloc decides). Such inputs can parse differently
 * from one call to the next, whatever builds the tree: an HTML difference on
 * invalid UTF-8 is counted, not failed. */
static int compare(const char *name, const char *in, size_t len)
{
	while (len && php_trim[(unsigned char)in[0]]) {
		in++;
		len--;
	}
	while (len && php_trim[(unsigned char)in[len - 1]]) {
		len--;
	}
	amc_buf rw, ref;
	amc_buf_init(&rw);
	amc_buf_init(&ref);
	bool ok = amc_rewrite_entities(in, len, &rw);
	if (!ref_rewrite(in, len, &ref) || !ok) {
		amc_buf_free(&rw);
		amc_buf_free(&ref);
		return 0;
	}
	int bad = !same_bytes(rw.data ? rw.data : "", rw.len, ref.data ? ref.data : "", ref.len);
	if (bad) {
		fprintf(stderr, "DIFF %s: entity rewrite\n", name);
	}
	amc_buf_free(&ref);
	for (int html = 0; html < 2 && !bad; html++) {
		amc_tree a, b;
		if (!amc_tree_init(&a)) {
			break;
		}
		if (!amc_tree_init(&b)) {
			amc_tree_free(&a);
			break;
		}
		const char *data = rw.data ? rw.data : "";
		int ra = html ? ref_parse_html(data, rw.len, &a) : ref_parse_xml(data, rw.len, &a);
		int rb = html ? amc_parse_html(data, rw.len, &b) : amc_parse_xml(data, rw.len, &b);
		uint32_t at = 0;
		const char *d = ra != rb ? "return code" : ra == 1 ? tree_diff(&a, &b, &at) : NULL;
		if (d && html && !utf8_valid((const unsigned char *)in, len)) {
			heap_dependent++;
			d = NULL;
		}
		if (d) {
			fprintf(stderr, "DIFF %s [%s]: %s (rc dom %d, sax %d) at #%u\n", name, html ? "html" : "xml", d, ra,
				rb, at);
			if (strcmp(d, "attribute") == 0) {
				dump_attr("dom", &a, at);
				dump_attr("sax", &b, at);
			} else {
				dump_node("dom", &a, at);
				dump_node("sax", &b, at);
			}
			bad = 1;
		}
		amc_tree_free(&a);
		amc_tree_free(&b);
	}
	amc_buf_free(&rw);
	return bad;
}

#ifdef AMC_SAX_FUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (compare("fuzz input", (const char *)data, size)) {
		abort();
	}
	return 0;
}
#else

typedef struct {
	char **data;
	size_t *len;
	char **name;
	size_t n, cap;
} docs;

static void load_dir(docs *d, const char *dir)
{
	DIR *h = opendir(dir);
	if (!h) {
		fprintf(stderr, "cannot open %s\n", dir);
		exit(2);
	}
	struct dirent *e;
	while ((e = readdir(h))) {
		size_t l = strlen(e->d_name);
		if (l <= 6 || strcmp(e->d_name + l - 6, ".xhtml") != 0) {
			continue;
		}
		if (d->n == d->cap) {
			d->cap = d->cap ? d->cap * 2 : 256;
			d->data = realloc(d->data, d->cap * sizeof(char *));
			d->len = realloc(d->len, d->cap * sizeof(size_t));
			d->name = realloc(d->name, d->cap * sizeof(char *));
			if (!d->data || !d->len || !d->name) {
				exit(2);
			}
		}
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		d->data[d->n] = slurp(path, &d->len[d->n]);
		d->name[d->n] = strdup(e->d_name);
		if (!d->data[d->n] || !d->name[d->n]) {
			exit(2);
		}
		d->n++;
	}
	closedir(h);
}

/* Edge cases the corpus lacks. */
static int fixed_cases(void)
{
	int bad = 0;
	amc_buf b;
	/* nesting past libxml2's depth limit (256), well-formed and not */
	for (int k = 0; k < 2; k++) {
		amc_buf_init(&b);
		for (int i = 0; i < 300; i++) {
			amc_buf_append_str(&b, i % 3 ? "<div>x" : "<ac:x a='1'>y");
		}
		amc_buf_append_str(&b, k ? "<p>" : "");
		for (int i = 299; i >= 0; i--) {
			amc_buf_append_str(&b, i % 3 ? "</div>" : "</ac:x>");
		}
		bad |= compare(k ? "deep (malformed)" : "deep", b.data, b.len);
		amc_buf_free(&b);
	}
	/* one text node past XML_MAX_TEXT_LENGTH, merged from many callbacks */
	for (int k = 0; k < 2; k++) {
		amc_buf_init(&b);
		amc_buf_append_str(&b, k ? "<p>&amp;<b>" : "<p>");
		for (int i = 0; i < 11000000 / 64; i++) {
			amc_buf_append_str(&b, "abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz&amp;0123\n");
		}
		amc_buf_append_str(&b, "</p>");
		bad |= compare(k ? "long text (malformed)" : "long text", b.data, b.len);
		amc_buf_free(&b);
	}
	static const char *const small[] = {
		"<p>a<![CDATA[b]]><![CDATA[c]]>d<!--e--><?pi data?><?pi?>f</p>",
		"<x:p>undeclared prefix</x:p><p x:a='1' xml:lang='en' ac:b='&amp;&lt;&#38;&#x26;q'>t</p>",
		"<p a='\n\t x  '>&#10;&#0;</p>",
		"<p>x<script>if (a < b) {}</script><style>p{}</style>y",
		"<td nowrap>1</td><input checked disabled value>",
		"<a:1b>local part cannot start a name</a:1b><p>after</p>",
		"<p>x</p></body></html><p>after the end</p><!--c--><body>second body</body>",
		"<p>broken start tag<b<i>x</i></p><tr x:tr='1'><x:tr>y</x:tr>",
		"<!DOCTYPE html><p>misplaced doctype</p>",
		"<html><body><p>x</p></body></html>",
		"<p>&unknown; &amp &#xZZ; &#99999999;</p>",
		"<p>\xff\xfe invalid utf-8 \xc3</p>",
		"<:x>colon</:x><y:>trailing</y:><a::b>double</a::b>",
		"   ",
		"<",
		"]]>",
		"<p xmlns='urn:x' xmlns:q='urn:q'><q:r q:s='1'/></p>",
		"&nbsp;<![CDATA[&nbsp;]]>&rsquo;<![CDATA[]]]>&nbsp;<![CDATA[ open &nbsp;",
		"&ab<![CDATA[&amp;]]>&amp;&nbsp&&nbsp;&NotANamedOne;&acE;<![CDATA",
	};
	for (size_t i = 0; i < sizeof(small) / sizeof(small[0]); i++) {
		bad |= compare(small[i], small[i], strlen(small[i]));
	}
	return bad;
}

static uint64_t rng_state;

static uint32_t rnd(uint32_t n)
{
	rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return n ? (uint32_t)((rng_state >> 33) % n) : 0;
}

static const char *const pieces[] = {
	"<", ">", "</", "/>", "&", "&amp;", "&#38;", "&#0;", "&nbsp;", "<![CDATA[", "]]>", "<!--", "-->",
	"<?x y?>", "<?", "?>", "<ac:x>", "</ac:x>", "<x:-y>", "<a:1b>", "<body>", "</body>", "<html>",
	"</html>", "<head>", "<title>", "<p>", "</p>", "<td nowrap>", "<input checked>", "<script>",
	"</script>", "<style>", "<table>", "<tr>", "</tr>", "<x:tr>", "<!DOCTYPE html>", " a=\"&amp;\"",
	" xmlns:x=\"u\"", " x:a='v'", "<b", "\n", "  ", "\xc3\xa9", "\xff", "<meta charset=latin1>",
	"<br/>", "<li>", "<ul>", "<ri:page ri:content-title=\"a&amp;b\"/>", "<ac:structured-macro ac:name=\"code\">",
	"<ac:plain-text-body><![CDATA[code]]></ac:plain-text-body>", "</ac:structured-macro>", "<pre>",
	"</div>", "<div>", "<frameset>", "<noframes>", "<option>", "<select>",
};

static size_t mutate(const char *in, size_t len, char *out, size_t cap)
{
	size_t n = len < cap ? len : cap;
	memcpy(out, in, n);
	int edits = 1 + (int)rnd(8);
	for (int e = 0; e < edits; e++) {
		size_t pos = rnd((uint32_t)n + 1);
		switch (rnd(4)) {
		case 0: { /* insert a piece */
			const char *p = pieces[rnd(sizeof(pieces) / sizeof(pieces[0]))];
			size_t pl = strlen(p);
			if (n + pl <= cap) {
				memmove(out + pos + pl, out + pos, n - pos);
				memcpy(out + pos, p, pl);
				n += pl;
			}
			break;
		}
		case 1: { /* delete a range */
			size_t dl = rnd(64);
			if (pos + dl > n) {
				dl = n - pos;
			}
			memmove(out + pos, out + pos + dl, n - pos - dl);
			n -= dl;
			break;
		}
		case 2: /* flip a byte */
			if (pos < n) {
				out[pos] = (char)rnd(256);
			}
			break;
		default: { /* duplicate a range */
			size_t dl = rnd(256);
			if (pos + dl > n) {
				dl = n - pos;
			}
			size_t at = rnd((uint32_t)n + 1);
			if (n + dl <= cap) {
				char tmp[256];
				memcpy(tmp, out + pos, dl);
				memmove(out + at + dl, out + at, n - at);
				memcpy(out + at, tmp, dl);
				n += dl;
			}
			break;
		}
		}
	}
	return n;
}

int main(int argc, char **argv)
{
	xmlInitParser();
	if (argc >= 4 && strcmp(argv[1], "bench") == 0) {
		int reps = atoi(argv[2]), mode = atoi(argv[3]);
		size_t total = 0;
		for (int r = 0; r < reps; r++) {
			for (int i = 4; i < argc; i++) {
				size_t len;
				char *in = slurp(argv[i], &len);
				amc_buf out;
				amc_buf_init(&out);
				char err[256];
				if (!in || amc_convert_mode(in, len, mode, &out, err, sizeof(err)) != AMC_CONV_OK) {
					fprintf(stderr, "cannot convert %s\n", argv[i]);
					return 2;
				}
				total += out.len;
				amc_buf_free(&out);
				free(in);
			}
		}
		printf("%zu bytes of markdown\n", total);
		return 0;
	}
	docs d = {0};
	int bad = 0;
	if (argc >= 3 && strcmp(argv[1], "check") == 0) {
		for (int i = 2; i < argc; i++) {
			load_dir(&d, argv[i]);
		}
		for (size_t i = 0; i < d.n; i++) {
			bad |= compare(d.name[i], d.data[i], d.len[i]);
		}
		bad |= fixed_cases();
		printf("libxml_sax: %zu documents and the fixed cases, %s (%ld HTML differences on invalid UTF-8 let pass)\n",
			d.n, bad ? "DIFFERENCES" : "same trees", heap_dependent);
	} else if (argc >= 5 && strcmp(argv[1], "mutate") == 0) {
		long runs = atol(argv[2]);
		rng_state = strtoull(argv[3], NULL, 10);
		for (int i = 4; i < argc; i++) {
			load_dir(&d, argv[i]);
		}
		size_t cap = 1 << 20;
		char *buf = malloc(cap);
		for (long r = 0; r < runs && !bad && d.n; r++) {
			size_t k = rnd((uint32_t)d.n);
			size_t n = mutate(d.data[k], d.len[k], buf, cap);
			if (compare(d.name[k], buf, n)) {
				bad = 1;
				FILE *f = fopen("libxml_sax_failure.xhtml", "wb");
				if (f) {
					fwrite(buf, 1, n, f);
					fclose(f);
				}
				fprintf(stderr, "input written to libxml_sax_failure.xhtml (run %ld)\n", r);
			}
		}
		free(buf);
		printf("libxml_sax: %ld mutations, %s (%ld HTML differences on invalid UTF-8 let pass)\n", runs,
			bad ? "DIFFERENCES" : "same trees", heap_dependent);
	} else {
		fprintf(stderr, "usage: %s check DIR... | mutate N SEED DIR... | bench REPS MODE FILE...\n", argv[0]);
		return 2;
	}
	for (size_t i = 0; i < d.n; i++) {
		free(d.data[i]);
		free(d.name[i]);
	}
	free(d.data);
	free(d.len);
	free(d.name);
	xmlCleanupParser();
	return bad;
}
#endif
