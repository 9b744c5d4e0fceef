/* Fast path: a single-pass tokenizer over the storage fragment that builds
 * the arena tree directly, text and names as slices of the input.
 *
 * It accepts only what it can prove well-formed with the same tree libxml2
 * would build (element and text splitting, \r\n handling, attribute value
 * normalisation, references): ASCII names with at most one ':', quoted
 * attributes, the five XML entities, numeric references, HTML5 named
 * entities (decoded as the numeric reference the libxml2 path rewrites them
 * to), comments without '&', CDATA sections, strictly valid UTF-8. Anything
 * else (PIs, DOCTYPEs, xmlns:/xml: attributes, depth near libxml2's limit of
 * 256, huge nodes, any error) makes it decline, and libxml2 decides. */
#include "conv_internal.h"
#include "conv_entities.h"

#include <string.h>
#ifdef __SSE2__
# include <emmintrin.h>
#endif

#define MAX_DEPTH 200             /* libxml2 2.9 stops at 256 without XML_PARSE_HUGE */
#define MAX_NAME 1000
#define MAX_NODE_TEXT 8000000u    /* below libxml2's 10 MB node limit */

typedef struct {
	const unsigned char *p, *end;
	amc_tree *t;
	amc_buf scratch;
	uint32_t cur, depth;
	int status; /* 1 ok, 0 declined, 2 not well-formed, -1 OOM */
} tok;

/* Byte classes for text scanning: 0 = plain ASCII that needs nothing. */
enum { C_PLAIN = 0, C_LT, C_AMP, C_CR, C_RBRACK, C_CTRL, C_HIGH, C_QUOT };

/* The byte tables are constants, spelled out by the compiler from one
 * expression per table: nothing to build at run time, so nothing for
 * concurrent conversions (thread-safe PHP) to race on. */
#define CLS(c) ((c) >= 0x80 ? C_HIGH : (c) == '<' ? C_LT : (c) == '&' ? C_AMP : (c) == '\r' ? C_CR : \
	(c) == ']' ? C_RBRACK : (c) < 0x20 && (c) != '\t' && (c) != '\n' ? C_CTRL : C_PLAIN)
#define ALPHA(c) (((c) >= 'A' && (c) <= 'Z') || ((c) >= 'a' && (c) <= 'z'))
#define NAME_START(c) (ALPHA(c) || (c) == '_')
#define NAME_CHAR(c) (NAME_START(c) || (c) == '-' || (c) == '.' || ((c) >= '0' && (c) <= '9'))
#define ROW(f, r) f(r + 0), f(r + 1), f(r + 2), f(r + 3), f(r + 4), f(r + 5), f(r + 6), f(r + 7), \
	f(r + 8), f(r + 9), f(r + 10), f(r + 11), f(r + 12), f(r + 13), f(r + 14), f(r + 15)
#define BYTE_TABLE(f) { ROW(f, 0x00), ROW(f, 0x10), ROW(f, 0x20), ROW(f, 0x30), ROW(f, 0x40), \
	ROW(f, 0x50), ROW(f, 0x60), ROW(f, 0x70), ROW(f, 0x80), ROW(f, 0x90), ROW(f, 0xA0), \
	ROW(f, 0xB0), ROW(f, 0xC0), ROW(f, 0xD0), ROW(f, 0xE0), ROW(f, 0xF0) }

static const unsigned char cls[256] = BYTE_TABLE(CLS);
static const unsigned char name_start[256] = BYTE_TABLE(NAME_START);
static const unsigned char name_char[256] = BYTE_TABLE(NAME_CHAR);

static bool decline(tok *k)
{
	if (k->status > 0) {
		k->status = 0;
	}
	return false;
}

/* Declines knowing the input is not well-formed: libxml2's XML parser
 * reports a fatal error there too, so only its HTML parser need run. */
static bool malformed(tok *k)
{
	if (k->status > 0) {
		k->status = 2;
	}
	return false;
}

static bool oom(tok *k)
{
	k->status = -1;
	return false;
}

/* Length of the valid UTF-8 sequence at p that encodes an XML Char, or 0. */
static size_t utf8_char(const unsigned char *p, const unsigned char *end)
{
	unsigned char c = p[0];
	size_t left = (size_t)(end - p);
	if (c < 0xC2) {
		return 0;
	}
	if (c < 0xE0) {
		return left >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
	}
	if (c < 0xF0) {
		if (left < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) {
			return 0;
		}
		uint32_t v = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
		if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF) || v == 0xFFFE || v == 0xFFFF) {
			return 0;
		}
		return 3;
	}
	if (c < 0xF5) {
		if (left < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80) {
			return 0;
		}
		uint32_t v = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
			((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
		return v >= 0x10000 && v <= 0x10FFFF ? 4 : 0;
	}
	return 0;
}

static bool is_xml_char(uint32_t v)
{
	return v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) ||
		(v >= 0xE000 && v <= 0xFFFD) || (v >= 0x10000 && v <= 0x10FFFF);
}

static void put_cp(amc_buf *b, uint32_t cp)
{
	char u[4];
	amc_buf_append(b, u, amc_utf8_put(cp, u));
}

/* A reference at k->p ('&'): decoded into the scratch buffer. */
static bool reference(tok *k)
{
	const unsigned char *p = k->p + 1, *end = k->end;
	if (p < end && *p == '#') {
		p++;
		uint32_t v = 0;
		int digits = 0;
		bool hex = p < end && *p == 'x';
		p += hex;
		for (; p < end && *p != ';'; p++, digits++) {
			unsigned d;
			unsigned char c = *p;
			if (c >= '0' && c <= '9') {
				d = c - '0';
			} else if (hex && ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')) {
				d = (c | 0x20) - 'a' + 10;
			} else {
				return decline(k);
			}
			v = v * (hex ? 16 : 10) + d;
			if (v > 0x10FFFF) {
				return decline(k);
			}
		}
		if (p >= end || digits == 0 || !is_xml_char(v)) {
			return decline(k);
		}
		put_cp(&k->scratch, v);
		k->p = p + 1;
		return true;
	}
	const unsigned char *s = p;
	while (p < end && p - s <= 40 && ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z' ? 1 : (*p >= '0' && *p <= '9'))) {
		p++;
	}
	if (p == s) {
		return malformed(k); /* '&' without a name */
	}
	if (p >= end || *p != ';' || !name_start[*s]) {
		return decline(k);
	}
	size_t n = (size_t)(p - s);
	const char *name = (const char *)s;
	static const struct { const char *n; char c; } xml5[] = {
		{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
	};
	for (int i = 0; i < 5; i++) {
		if (strlen(xml5[i].n) == n && memcmp(xml5[i].n, name, n) == 0) {
			amc_buf_append_char(&k->scratch, xml5[i].c);
			k->p = p + 1;
			return true;
		}
	}
	uint32_t cp[2];
	if (!amc_entity_lookup(name, n, cp)) {
		return malformed(k); /* undeclared entity (no DTD can declare one) */
	}
	put_cp(&k->scratch, cp[0]);
	if (cp[1]) {
		put_cp(&k->scratch, cp[1]);
	}
	k->p = p + 1;
	return true;
}

/* Skips plain bytes 16 at a time: stops at the first block holding '<',
 * '&', `stop` (']' in text, the quote in an attribute value), a byte below
 * 0x20 or one above 0x7F (the signed compare catches both), on that byte;
 * fewer than 16 bytes left are for the caller's byte loop. */
static inline const unsigned char *skip_plain(const unsigned char *p, const unsigned char *end, unsigned char stop)
{
#ifdef __SSE2__
	const __m128i lt = _mm_set1_epi8('<'), amp = _mm_set1_epi8('&'), st = _mm_set1_epi8((char)stop),
		ctl = _mm_set1_epi8(0x20);
	while (end - p >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)p);
		__m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, lt), _mm_cmpeq_epi8(v, amp)),
			_mm_or_si128(_mm_cmpeq_epi8(v, st), _mm_cmplt_epi8(v, ctl)));
		int mask = _mm_movemask_epi8(hit);
		if (mask) {
			return p + __builtin_ctz((unsigned)mask);
		}
		p += 16;
	}
#else
	(void)end;
	(void)stop;
#endif
	return p;
}

/* Text up to the next '<'. Sets the slice to the input's bytes when nothing
 * needed decoding, else to a decoded copy in the string arena. */
static bool char_data(tok *k, const char **s, size_t *n)
{
	const unsigned char *start = k->p, *seg = k->p, *p = k->p, *end = k->end;
	bool copied = false;
	k->scratch.len = 0;
	while (p < end) {
		p = skip_plain(p, end, ']');
		if (p >= end) {
			break;
		}
		unsigned char c = *p;
		switch (cls[c]) {
		case C_PLAIN:
			p++;
			continue;
		case C_LT:
			goto done;
		case C_RBRACK:
			if (end - p >= 3 && p[1] == ']' && p[2] == '>') {
				return malformed(k);
			}
			p++;
			continue;
		case C_HIGH: {
			size_t l = utf8_char(p, end);
			if (!l) {
				return decline(k);
			}
			p += l;
			continue;
		}
		case C_CTRL:
			return malformed(k);
		case C_CR:
		case C_AMP:
			amc_buf_append(&k->scratch, (const char *)seg, (size_t)(p - seg));
			copied = true;
			if (c == '\r') {
				/* XML end-of-line handling: \r\n and lone \r become \n */
				amc_buf_append_char(&k->scratch, '\n');
				p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
			} else {
				k->p = p;
				if (!reference(k)) {
					return false;
				}
				p = k->p;
			}
			seg = p;
			continue;
		}
	}
done:
	k->p = p;
	if ((size_t)(p - start) > MAX_NODE_TEXT) {
		return decline(k);
	}
	if (!copied) {
		*s = (const char *)start;
		*n = (size_t)(p - start);
		return true;
	}
	amc_buf_append(&k->scratch, (const char *)seg, (size_t)(p - seg));
	if (k->scratch.oom) {
		return oom(k);
	}
	*n = k->scratch.len;
	*s = amc_tree_strdup(k->t, k->scratch.data, k->scratch.len);
	return *s ? true : oom(k);
}

/* Raw content up to the terminator `term` (comment or CDATA body), checked
 * for valid characters; \r is normalised as the XML parser does. */
static bool raw_section(tok *k, const char *term, size_t tl, int type)
{
	const unsigned char *start = k->p, *p = k->p, *end = k->end;
	bool cr = false;
	for (;;) {
		if (p >= end) {
			return malformed(k);
		}
		unsigned char c = *p;
		if (c == (unsigned char)term[0] && (size_t)(end - p) >= tl && memcmp(p, term, tl) == 0) {
			break;
		}
		if (type == AMC_N_COMMENT && (c == '&' || (c == '-' && p + 1 < end && p[1] == '-'))) {
			return decline(k); /* '&' would be rewritten on the other path; "--" is an error */
		}
		if (type == AMC_N_COMMENT && c == '<' && (size_t)(end - p) >= 9 && memcmp(p, "<![CDATA[", 9) == 0) {
			return decline(k); /* the entity rewrite would take it for a CDATA section */
		}
		if (c >= 0x80) {
			size_t l = utf8_char(p, end);
			if (!l) {
				return decline(k);
			}
			p += l;
			continue;
		}
		if (c < 0x20 && c != '\t' && c != '\n') {
			if (c != '\r') {
				return malformed(k);
			}
			cr = true;
		}
		p++;
	}
	size_t n = (size_t)(p - start);
	if (n > MAX_NODE_TEXT) {
		return decline(k);
	}
	const char *s = (const char *)start;
	if (cr) {
		k->scratch.len = 0;
		for (size_t i = 0; i < n; i++) {
			if (start[i] == '\r') {
				amc_buf_append_char(&k->scratch, '\n');
				i += i + 1 < n && start[i + 1] == '\n';
			} else {
				amc_buf_append_char(&k->scratch, (char)start[i]);
			}
		}
		if (k->scratch.oom) {
			return oom(k);
		}
		n = k->scratch.len;
		s = amc_tree_strdup(k->t, k->scratch.data, n);
		if (!s) {
			return oom(k);
		}
	}
	if (!amc_tree_add(k->t, k->cur, type, s, n)) {
		return oom(k);
	}
	k->p = p + tl;
	return true;
}

static inline bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static inline void skip_space(tok *k)
{
	const unsigned char *p = k->p, *end = k->end;
	while (p < end && is_space(*p)) {
		p++;
	}
	k->p = p;
}

/* An ASCII name with at most one inner ':'; *colon gets its offset or 0. */
static inline bool name(tok *k, const char **s, size_t *n, size_t *colon)
{
	const unsigned char *p = k->p, *end = k->end;
	if (p >= end || !name_start[*p]) {
		return decline(k);
	}
	const unsigned char *b = p++;
	size_t c = 0;
	for (;;) {
		while (p < end && name_char[*p]) {
			p++;
		}
		if (p + 1 < end && *p == ':' && !c && name_start[p[1]]) {
			c = (size_t)(p - b);
			p++;
			continue;
		}
		break;
	}
	if (p < end && (*p >= 0x80 || *p == ':')) {
		return decline(k);
	}
	*colon = c;
	*s = (const char *)b;
	*n = (size_t)(p - b);
	k->p = p;
	return *n <= MAX_NAME ? true : decline(k);
}

static bool prefix_is(const char *s, size_t colon, const char *pfx)
{
	return colon == strlen(pfx) && memcmp(s, pfx, colon) == 0;
}

/* Attribute value between quotes: references decoded, \t \n \r (and \r\n)
 * become spaces as the XML parser normalises CDATA attributes. */
static bool att_value(tok *k, const char **s, size_t *n)
{
	if (k->p >= k->end || (*k->p != '"' && *k->p != '\'')) {
		return decline(k);
	}
	unsigned char q = *k->p++;
	const unsigned char *start = k->p, *seg = k->p, *p = k->p, *end = k->end;
	bool copied = false;
	k->scratch.len = 0;
	for (;;) {
		p = skip_plain(p, end, q);
		if (p >= end) {
			return malformed(k);
		}
		unsigned char c = *p;
		if (c == q) {
			break;
		}
		if (c == '<') {
			return malformed(k);
		}
		if (c >= 0x80) {
			size_t l = utf8_char(p, end);
			if (!l) {
				return decline(k);
			}
			p += l;
			continue;
		}
		if (c >= 0x20 && c != '&') {
			p++;
			continue;
		}
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
			return malformed(k);
		}
		amc_buf_append(&k->scratch, (const char *)seg, (size_t)(p - seg));
		copied = true;
		if (c == '&') {
			k->p = p;
			if (!reference(k)) {
				return false;
			}
			p = k->p;
		} else {
			amc_buf_append_char(&k->scratch, ' ');
			p += (c == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
		}
		seg = p;
	}
	k->p = p + 1;
	if ((size_t)(p - start) > MAX_NODE_TEXT) {
		return decline(k);
	}
	if (!copied) {
		*s = (const char *)start;
		*n = (size_t)(p - start);
		return true;
	}
	amc_buf_append(&k->scratch, (const char *)seg, (size_t)(p - seg));
	if (k->scratch.oom) {
		return oom(k);
	}
	*n = k->scratch.len;
	*s = amc_tree_strdup(k->t, k->scratch.data, *n);
	return *s ? true : oom(k);
}

static bool reserved_ns(const char *v, size_t n)
{
	static const char xml_ns[] = "http://www.w3.org/XML/1998/namespace";
	static const char xmlns_ns[] = "http://www.w3.org/2000/xmlns/";
	return (n == sizeof(xml_ns) - 1 && memcmp(v, xml_ns, n) == 0) ||
		(n == sizeof(xmlns_ns) - 1 && memcmp(v, xmlns_ns, n) == 0);
}

static bool start_tag(tok *k)
{
	const char *nm;
	size_t nl, colon;
	k->p++; /* '<' */
	if (!name(k, &nm, &nl, &colon)) {
		return false;
	}
	if (colon && (prefix_is(nm, colon, "xml") || prefix_is(nm, colon, "xmlns"))) {
		return decline(k);
	}
	uint32_t id = amc_tree_add_inline(k->t, k->cur, AMC_N_ELEM, nm, nl);
	if (!id) {
		return oom(k);
	}
	/* Only ac: and ri: are bound, so only they have a separate local name. */
	bool bound = colon == 2 && (prefix_is(nm, colon, "ac") || prefix_is(nm, colon, "ri"));
	const char *local = bound ? nm + colon + 1 : nm;
	size_t ll = bound ? nl - colon - 1 : nl;
	int tag = amc_tag_lookup(nm, nl, (size_t)(k->end - (const unsigned char *)nm));
	amc_node *e = &k->t->nodes[id];
	e->tag = (uint8_t)(tag >= 0 ? tag : colon ? AMC_T_OTHER_NS : AMC_T_OTHER);
	e->flags = ll == 2 && local[0] == 't' && local[1] == 'r' ? AMC_F_TR : 0;
	bool xmlns_seen = false;
	for (;;) {
		const unsigned char *before = k->p;
		skip_space(k);
		if (k->p >= k->end) {
			return malformed(k);
		}
		if (*k->p == '>') {
			k->p++;
			if (++k->depth > MAX_DEPTH) {
				return decline(k);
			}
			k->cur = id;
			return true;
		}
		if (*k->p == '/') {
			if (k->p + 1 < k->end && k->p[1] == '>') {
				k->p += 2;
				return true;
			}
			return decline(k);
		}
		if (k->p == before) {
			return decline(k); /* attributes must be separated by whitespace */
		}
		const char *an, *av;
		size_t anl, avl, acolon;
		if (!name(k, &an, &anl, &acolon)) {
			return false;
		}
		bool dflt_ns = anl == 5 && memcmp(an, "xmlns", 5) == 0;
		if (prefix_is(an, acolon, "xmlns") || prefix_is(an, acolon, "xml") || (dflt_ns && xmlns_seen)) {
			return decline(k);
		}
		skip_space(k);
		if (k->p >= k->end || *k->p != '=') {
			return decline(k);
		}
		k->p++;
		skip_space(k);
		if (!att_value(k, &av, &avl)) {
			return false;
		}
		if (dflt_ns) {
			/* A default namespace changes nothing the renderer reads (names
			 * stay unprefixed, libxml2 keeps the declaration out of the
			 * attributes), except the reserved names libxml2 complains of. */
			if (reserved_ns(av, avl)) {
				return decline(k);
			}
			xmlns_seen = true;
			continue;
		}
		/* this element's attributes are the last ones added */
		const amc_node *e = &k->t->nodes[id];
		uint32_t first = e->attr ? e->attr - 1 : k->t->na;
		if (k->t->na - first >= 32) {
			return decline(k); /* keeps the duplicate check cheap */
		}
		for (uint32_t i = first; i < k->t->na; i++) {
			const amc_attr *a = &k->t->attrs[i];
			if (a->name_len == anl && memcmp(a->name, an, anl) == 0) {
				return decline(k);
			}
		}
		if (!amc_tree_add_attr_inline(k->t, id, an, anl, av, avl)) {
			return oom(k);
		}
	}
}

/* Short names: a byte loop beats a memcmp call. */
static inline bool same_bytes(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (a[i] != b[i]) {
			return false;
		}
	}
	return true;
}

static bool end_tag(tok *k)
{
	const amc_node *open = &k->t->nodes[k->cur];
	size_t ol = open->len;
	k->p += 2;
	/* The usual case: the open element's name, whole. */
	if (k->cur && (size_t)(k->end - k->p) > ol && same_bytes(open->s, (const char *)k->p, ol) &&
	    !name_char[k->p[ol]] && k->p[ol] != ':' && k->p[ol] < 0x80) {
		k->p += ol;
	} else {
		const char *nm;
		size_t nl, colon;
		if (!name(k, &nm, &nl, &colon)) {
			return false;
		}
		if (k->cur == 0 || ol != nl || !same_bytes(open->s, nm, nl)) {
			skip_space(k);
			if (k->p >= k->end || *k->p != '>') {
				return decline(k);
			}
			return malformed(k); /* closes the wrapper or mismatches */
		}
	}
	skip_space(k);
	if (k->p >= k->end || *k->p != '>') {
		return decline(k);
	}
	k->p++;
	k->cur = open->parent;
	k->depth--;
	return true;
}

static bool markup(tok *k)
{
	const unsigned char *p = k->p, *end = k->end;
	size_t left = (size_t)(end - p);
	if (left >= 2 && p[1] == '/') {
		return end_tag(k);
	}
	if (left >= 4 && memcmp(p, "<!--", 4) == 0) {
		k->p += 4;
		return raw_section(k, "-->", 3, AMC_N_COMMENT);
	}
	if (left >= 9 && memcmp(p, "<![CDATA[", 9) == 0) {
		k->p += 9;
		return raw_section(k, "]]>", 3, AMC_N_CDATA);
	}
	if (left >= 2 && name_start[p[1]]) {
		return start_tag(k);
	}
	return decline(k); /* PIs, DOCTYPE, stray '<' */
}

int amc_parse_fast(const char *in, size_t len, amc_tree *t)
{
	if (len > AMC_TREE_MAX) {
		return 0;
	}
	tok k = {
		.p = (const unsigned char *)in, .end = (const unsigned char *)in + len,
		.t = t, .status = 1,
	};
	amc_buf_init(&k.scratch);
	while (k.p < k.end && k.status > 0) {
		if (*k.p == '<') {
			if (!markup(&k)) {
				break;
			}
			continue;
		}
		const char *s;
		size_t n;
		if (!char_data(&k, &s, &n)) {
			break;
		}
		if (n && !amc_tree_add_inline(t, k.cur, AMC_N_TEXT, s, n)) {
			k.status = -1;
		}
	}
	amc_buf_free(&k.scratch);
	if (k.status == 1 && (k.cur != 0 || t->oom)) {
		k.status = t->oom ? -1 : 2; /* elements left open at the end */
	}
	return k.status;
}
