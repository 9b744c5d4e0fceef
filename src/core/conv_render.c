/* Markdown renderer over the arena tree.
 *
 * Upstream renders recursively and builds a string per node; here one output
 * buffer grows and each element owns the region it appended. An element's
 * prefix is written when it opens, its children append after it, and when it
 * closes the region is post-processed in place (trim, whitespace squash, line
 * quoting). Nesting is an explicit frame stack, never the C stack.
 *
 * PHP semantics kept on purpose: trim() strips " \t\n\r\0\x0B"; PCRE's \s
 * (no /u) is " \t\n\v\f\r"; case folding is ASCII only. */
#include "conv_internal.h"
#include "converter.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
# include <emmintrin.h>
#endif

/* The lossless profile's entry points stay out of line: the upstream
 * profile's hot loop (emit inlined into amc_render) keeps its size. */
#if defined(__GNUC__) || defined(__clang__)
# define AMC_NOINLINE __attribute__((noinline))
#else
# define AMC_NOINLINE
#endif

enum { K_SEQ, K_LIST, K_TABLE, K_BODIES, K_TASKS };

/* frame.skip_lists bits: skip ul/ol children (a list item's own text);
 * lossless macro bodies: skip parameters, fence plain-text bodies. */
enum { SKIP_LISTS = 1, SKIP_PARAMS = 2 };

/* What a K_SEQ frame does to its region when its children are done. */
enum {
	FIN_NONE, FIN_MARK, FIN_BLOCK, FIN_HEADING, FIN_LINK, FIN_QUOTE,
	FIN_MACRO, FIN_SQUASH, FIN_TRIM, FIN_PANEL, FIN_EXPAND, FIN_CELL, FIN_SPACE,
};

typedef struct {
	uint8_t kind, fin, skip_lists, flag;
	uint32_t node, cur, sub, depth;
	/* sep_cells: lossless lists, the indent (columns) of their items;
	 * depth: lossless tables, the widest row's cell count */
	uint32_t index, rows, cells, sep_cells;
	uint8_t any, phase, header, row_header;
	size_t start, mark, row0_end;
	const char *str;
	size_t slen;
} frame;

typedef struct {
	const amc_tree *t;
	amc_buf *out;
	frame *st;
	size_t sp, scap;
	/* Tables nested in tables are rendered once per enclosing table
	 * (getElementsByTagName collects every descendant tr): keep each
	 * nested table's markdown to copy instead of re-rendering it. */
	amc_buf memo;
	size_t *memo_off;
	uint32_t *memo_len;
	uint32_t tables_active;
	amc_buf tmp;
	bool oom;
	/* The lossless profile: ll says it is on (see "Lossless profile" below). */
	bool ll, aborted;
	const amc_conv_opts *o;
	uint32_t cells_open; /* table cells being rendered */
} rctx;

static const unsigned char is_pcre_space[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
};
static const unsigned char is_trim[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\0'] = 1, ['\v'] = 1,
};

static const amc_node *N(const rctx *r, uint32_t id)
{
	return &r->t->nodes[id];
}

static bool is_elem_tag(const rctx *r, uint32_t id, int tag)
{
	return N(r, id)->type == AMC_N_ELEM && N(r, id)->tag == tag;
}

static bool is_list(const rctx *r, uint32_t id)
{
	const amc_node *n = N(r, id);
	return n->type == AMC_N_ELEM && (n->tag == AMC_T_UL || n->tag == AMC_T_OL);
}

/* Appends in place when the room is there (most appends are a few bytes);
 * amc_buf_append grows the buffer otherwise. */
static inline void put(rctx *r, const char *s, size_t n)
{
	amc_buf *b = r->out;
	if (b->cap - b->len > n) {
		memcpy(b->data + b->len, s, n);
		b->len += n;
	} else {
		amc_buf_append(b, s, n);
	}
}

/* strlen of a literal folds at compile time once inlined. */
static inline void puts_(rctx *r, const char *s)
{
	put(r, s, strlen(s));
}

/* One byte of squash_into: a \s byte becomes one space after a non-space
 * and nothing after a space. Returns the new output length. */
static inline size_t squash_byte(char *o, size_t j, unsigned char c, bool *sp)
{
	if (is_pcre_space[c]) {
		if (!*sp) {
			o[j++] = ' ';
		}
		*sp = true;
	} else {
		o[j++] = (char)c;
		*sp = false;
	}
	return j;
}

/* Squashes every \s run of s[0, n) to one space into o (which may be s
 * itself, or before it); *prev says whether the byte before was a space and
 * is updated. Returns the bytes written. Blocks of 16 without \t\n\v\f\r
 * and without two spaces in a row (most prose) are copied whole. */
static size_t squash_into(char *o, const char *s, size_t n, bool *prev)
{
	size_t i = 0, j = 0;
	bool sp = *prev;
#ifdef __SSE2__
	const __m128i lo = _mm_set1_epi8(8), hi = _mm_set1_epi8(14), blank = _mm_set1_epi8(' ');
	while (n - i >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(s + i));
		/* \t..\r are 9..13; bytes >= 0x80 compare negative */
		int ctl = _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, lo), _mm_cmplt_epi8(v, hi)));
		unsigned spc = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, blank));
		/* no space after a space, the byte before the block included */
		if (ctl == 0 && (spc & ((spc >> 1) | (unsigned)sp)) == 0) {
			_mm_storeu_si128((__m128i *)(o + j), v);
			i += 16;
			j += 16;
			sp = (spc >> 15) & 1;
			continue;
		}
		for (size_t e = i + 16; i < e; i++) {
			j = squash_byte(o, j, (unsigned char)s[i], &sp);
		}
	}
#endif
	for (; i < n; i++) {
		j = squash_byte(o, j, (unsigned char)s[i], &sp);
	}
	*prev = sp;
	return j;
}

/* Appends text with every \s run squashed to one space (upstream's
 * preg_replace('/\s+/', ' ')). */
static void put_squashed(amc_buf *b, const char *s, size_t n)
{
	if (!amc_buf_reserve(b, n)) {
		return;
	}
	bool prev = false;
	b->len += squash_into(b->data + b->len, s, n, &prev);
}

/* trim() of the region [mark, len) in place; returns the new region length. */
static size_t trim_region(amc_buf *b, size_t mark)
{
	size_t end = b->len;
	while (end > mark && is_trim[(unsigned char)b->data[end - 1]]) {
		end--;
	}
	size_t a = mark;
	while (a < end && is_trim[(unsigned char)b->data[a]]) {
		a++;
	}
	if (a > mark) {
		memmove(b->data + mark, b->data + a, end - a);
	}
	b->len = mark + (end - a);
	return end - a;
}

static void rtrim_region(amc_buf *b, size_t mark)
{
	while (b->len > mark && is_trim[(unsigned char)b->data[b->len - 1]]) {
		b->len--;
	}
}

/* Squashes \s runs of the region to single spaces and trims it. */
static void squash_region(amc_buf *b, size_t mark)
{
	bool prev = true; /* drops a leading run */
	size_t j = squash_into(b->data + mark, b->data + mark, b->len - mark, &prev);
	if (prev && j) {
		j--; /* a trailing run left one space */
	}
	b->len = mark + j;
	trim_region(b, mark); /* only NULs can be left at the edges */
}

/* Prefixes every line of the region with "> " (preg_replace('/^/m', '> ')). */
static void quote_region(rctx *r, size_t mark)
{
	amc_buf *b = r->out;
	size_t lines = 1;
	for (size_t i = mark; i < b->len; i++) {
		lines += b->data[i] == '\n';
	}
	if (!amc_buf_reserve(b, 2 * lines)) {
		return;
	}
	char *d = b->data;
	size_t src = b->len, dst = b->len + 2 * lines;
	b->len = dst;
	/* Copy backwards, inserting "> " after each newline and at the start. */
	while (src > mark) {
		size_t s = src;
		while (s > mark && d[s - 1] != '\n') {
			s--;
		}
		size_t n = src - s;
		dst -= n;
		memmove(d + dst, d + s, n);
		dst -= 2;
		d[dst] = '>';
		d[dst + 1] = ' ';
		src = s;
		if (src > mark) {
			d[--dst] = '\n';
			src--;
		}
	}
}

static void put_lower(rctx *r, const char *s, size_t n)
{
	if (!amc_buf_reserve(r->out, n)) {
		return;
	}
	char *o = r->out->data + r->out->len;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		o[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	r->out->len += n;
}

static bool ieq(const char *s, size_t n, const char *lower)
{
	size_t m = strlen(lower);
	if (n != m) {
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c >= 'A' && c <= 'Z') {
			c = (char)(c + 32);
		}
		if (c != lower[i]) {
			return false;
		}
	}
	return true;
}

/* DOM textContent: text and CDATA of the subtree; a comment or PI gives its
 * own content. Iterative preorder walk bounded by `id`. */
static void text_content(const rctx *r, amc_buf *b, uint32_t id)
{
	const amc_node *n = N(r, id);
	if (n->type != AMC_N_ELEM) {
		amc_buf_append(b, n->s, n->len);
		return;
	}
	uint32_t cur = n->first;
	while (cur) {
		const amc_node *c = N(r, cur);
		if (c->type == AMC_N_TEXT || c->type == AMC_N_CDATA) {
			amc_buf_append(b, c->s, c->len);
		}
		if (c->type == AMC_N_ELEM && c->first) {
			cur = c->first;
			continue;
		}
		while (cur != id && !N(r, cur)->next) {
			cur = N(r, cur)->parent;
		}
		cur = cur == id ? 0 : N(r, cur)->next;
	}
}

static const char *attr_val(const rctx *r, uint32_t id, const char *name, size_t *len)
{
	const amc_attr *a = amc_tree_attr(r->t, id, name);
	if (!a) {
		*len = 0;
		return "";
	}
	*len = a->val_len;
	return a->val;
}

static frame *push(rctx *r, int kind, uint32_t node, uint32_t depth)
{
	if (r->sp == r->scap) {
		size_t cap = r->scap ? r->scap * 2 : 64;
		frame *p = realloc(r->st, cap * sizeof(frame));
		if (!p) {
			r->oom = true;
			return NULL;
		}
		r->st = p;
		r->scap = cap;
	}
	frame *f = &r->st[r->sp++];
	memset(f, 0, sizeof(*f));
	f->kind = (uint8_t)kind;
	f->node = node;
	f->cur = N(r, node)->first;
	f->depth = depth;
	f->start = f->mark = r->out->len;
	return f;
}

static bool push_seq(rctx *r, uint32_t node, uint32_t depth, int fin)
{
	frame *f = push(r, K_SEQ, node, depth);
	if (f) {
		f->fin = (uint8_t)fin;
	}
	return f != NULL;
}

static void ll_close_fence(rctx *r, size_t open, size_t body);

/* <pre>: textContent of the children, language from a <code> child's class. */
static void render_pre(rctx *r, uint32_t id)
{
	bool code_found = false;
	const char *lang = "";
	size_t lang_len = 0;
	for (uint32_t c = N(r, id)->first; c; c = N(r, c)->next) {
		if (!is_elem_tag(r, c, AMC_T_CODE)) {
			continue;
		}
		code_found = true;
		size_t cl;
		const char *cls = attr_val(r, c, "class", &cl);
		/* first match of /language-([A-Za-z0-9+#-]+)/ */
		for (size_t i = 0; i + 9 < cl; i++) {
			if (memcmp(cls + i, "language-", 9) != 0) {
				continue;
			}
			size_t j = i + 9;
			while (j < cl) {
				char ch = cls[j];
				if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
				      ch == '+' || ch == '#' || ch == '-')) {
					break;
				}
				j++;
			}
			if (j > i + 9) {
				lang = cls + i + 9;
				lang_len = j - i - 9;
				break;
			}
		}
	}
	puts_(r, "\n\n```");
	size_t open = r->out->len - 3;
	put(r, lang, lang_len);
	puts_(r, "\n");
	size_t mark = r->out->len;
	for (uint32_t c = N(r, id)->first; c; c = N(r, c)->next) {
		int type = N(r, c)->type;
		if ((type == AMC_N_COMMENT || type == AMC_N_PI) && !code_found) {
			continue; /* the element's own textContent skips them */
		}
		text_content(r, r->out, c);
	}
	rtrim_region(r->out, mark);
	if (r->ll) {
		ll_close_fence(r, open, mark);
		return;
	}
	puts_(r, "\n```\n\n");
}

/* A code macro's plain/rich bodies, as text, right-trimmed; returns where
 * they start in the output. */
static size_t code_body(rctx *r, uint32_t id)
{
	size_t start = r->out->len;
	for (uint32_t c = N(r, id)->first; c; c = N(r, c)->next) {
		if (is_elem_tag(r, c, AMC_T_AC_PLAIN_BODY) || is_elem_tag(r, c, AMC_T_AC_RICH_BODY)) {
			text_content(r, r->out, c);
		}
	}
	rtrim_region(r->out, start);
	return start;
}

static void render_code_macro(rctx *r, uint32_t id)
{
	uint32_t lang = 0;
	for (uint32_t c = N(r, id)->first; c; c = N(r, c)->next) {
		size_t nl;
		const char *nm;
		if (is_elem_tag(r, c, AMC_T_AC_PARAMETER) && (nm = attr_val(r, c, "ac:name", &nl)) &&
		    ieq(nm, nl, "language")) {
			lang = c;
		}
	}
	puts_(r, "\n\n```");
	if (lang) {
		size_t m = r->out->len;
		text_content(r, r->out, lang);
		trim_region(r->out, m);
	}
	puts_(r, "\n");
	code_body(r, id);
	puts_(r, "\n```\n\n");
}

static void render_ac_link(rctx *r, uint32_t id)
{
	const char *title = "";
	size_t title_len = 0;
	uint32_t label = 0;
	for (uint32_t c = N(r, id)->first; c; c = N(r, c)->next) {
		if (is_elem_tag(r, c, AMC_T_RI_PAGE)) {
			title = attr_val(r, c, "ri:content-title", &title_len);
		} else if (is_elem_tag(r, c, AMC_T_AC_PLAIN_LINK_BODY) || is_elem_tag(r, c, AMC_T_AC_LINK_BODY)) {
			label = c;
		}
	}
	amc_buf *b = r->out;
	size_t start = b->len;
	if (title_len) {
		puts_(r, "[[");
		put(r, title, title_len);
		puts_(r, "|");
	}
	size_t mark = b->len;
	if (label) {
		text_content(r, b, label);
		trim_region(b, mark);
	}
	if (b->len == mark) {
		if (title_len) {
			put(r, title, title_len);
		} else {
			puts_(r, "link");
		}
	}
	if (title_len) {
		puts_(r, "]]");
	}
	(void)start;
}

static void render_ac_image(rctx *r, uint32_t id)
{
	for (uint32_t c = N(r, id)->first; c; c = N(r, c)->next) {
		size_t l;
		const char *v;
		if (is_elem_tag(r, c, AMC_T_RI_ATTACHMENT)) {
			v = attr_val(r, c, "ri:filename", &l);
			puts_(r, "<!-- confluence: attachment ");
			if (l) {
				put(r, v, l);
			} else {
				puts_(r, "unknown");
			}
			puts_(r, " skipped -->");
			return;
		}
		if (is_elem_tag(r, c, AMC_T_RI_URL)) {
			v = attr_val(r, c, "ri:value", &l);
			if (l) {
				puts_(r, "![](");
				put(r, v, l);
				puts_(r, ")");
				return;
			}
		}
	}
	puts_(r, "<!-- confluence: image skipped -->");
}

static bool open_macro(rctx *r, uint32_t id, uint32_t depth)
{
	size_t nl;
	const char *name = attr_val(r, id, "ac:name", &nl);
	if (ieq(name, nl, "code")) {
		render_code_macro(r, id);
		return false;
	}
	static const char *const panels[] = {"info", "note", "tip", "warning"};
	for (int i = 0; i < 4; i++) {
		if (!ieq(name, nl, panels[i])) {
			continue;
		}
		size_t start = r->out->len;
		puts_(r, "\n\n> **");
		for (size_t k = 0; k < nl; k++) {
			char c = name[k];
			amc_buf_append_char(r->out, (c >= 'a' && c <= 'z') ? (char)(c - 32) : c);
		}
		puts_(r, "**\n>\n");
		frame *f = push(r, K_BODIES, id, 0);
		if (f) {
			f->fin = FIN_PANEL;
			f->start = start;
		}
		return f != NULL;
	}
	if (ieq(name, nl, "expand")) {
		uint32_t title = 0;
		for (uint32_t c = N(r, id)->first; c; c = N(r, c)->next) {
			size_t pl;
			const char *pn;
			if (is_elem_tag(r, c, AMC_T_AC_PARAMETER) && (pn = attr_val(r, c, "ac:name", &pl)) &&
			    ieq(pn, pl, "title")) {
				title = c;
			}
		}
		size_t start = r->out->len;
		puts_(r, "\n\n<details><summary>");
		if (title) {
			size_t m = r->out->len;
			text_content(r, r->out, title);
			trim_region(r->out, m);
		} else {
			puts_(r, "Expand");
		}
		puts_(r, "</summary>\n\n");
		frame *f = push(r, K_BODIES, id, 0);
		if (f) {
			f->fin = FIN_EXPAND;
			f->start = start;
		}
		return f != NULL;
	}
	puts_(r, "\n\n[macro: ");
	put_lower(r, name, nl);
	puts_(r, "]\n\n");
	return push_seq(r, id, depth, FIN_MACRO);
}

static bool open_table(rctx *r, uint32_t id)
{
	if (r->tables_active && r->memo_off && r->memo_off[id]) {
		amc_buf_append(r->out, r->memo.data + r->memo_off[id] - 1, r->memo_len[id]);
		return false;
	}
	frame *f = push(r, K_TABLE, id, 0);
	if (!f) {
		return false;
	}
	f->cur = id; /* preorder walk position */
	f->sub = 0;  /* current tr */
	f->flag = r->ll && r->cells_open; /* lossless: a table in a cell, written inline */
	r->tables_active++;
	return true;
}

static inline bool open_seq(rctx *r, uint32_t id, uint32_t depth, int fin, const char *head, const char *str)
{
	size_t start = r->out->len;
	if (head) {
		puts_(r, head);
	}
	frame *f = push(r, K_SEQ, id, depth);
	if (!f) {
		return false;
	}
	f->fin = (uint8_t)fin;
	f->start = start;
	f->str = str;
	return true;
}

/* ---- Lossless profile ------------------------------------------------
 * Keeps every word of content and writes valid GFM. Not content, dropped:
 * ac:placeholder (editor hints), ac:task-id / ac:task-uuid, a task's status
 * text (written as [x] / [ ]), macro parameters other than `title`, `key`
 * and the unnamed default parameter (rendering settings: a code block's
 * theme, `colour`, `icon`, ...; a code block's `language` becomes the fence's
 * info string), ac:adf-attribute (ADF node attributes) and an
 * ac:adf-fallback whose extension has ac:adf-content (a copy of it),
 * attribute values other than the ones written out below (macro ids,
 * layout types, ac:ref of inline comments). */

/* Text escaped for Markdown, \s runs squashed: backslash before the ASCII
 * punctuation that can open markup inline; `&` only before what could read
 * as an entity. A `|` is escaped by the table cell around it (FIN_CELL). */
static const unsigned char ll_esc[256] = {
	['\\'] = 1, ['`'] = 1, ['*'] = 1, ['_'] = 1, ['['] = 1, [']'] = 1,
	['<'] = 1, ['#'] = 1, ['~'] = 1,
};

AMC_NOINLINE static void ll_text(rctx *r, const char *s, size_t n)
{
	amc_buf *b = r->out;
	if (!amc_buf_reserve(b, 2 * n)) {
		return;
	}
	char *o = b->data + b->len;
	size_t j = 0;
	/* no space at a line's start (4 would make code) nor after a space */
	bool sp = b->len == 0 || b->data[b->len - 1] == ' ' || b->data[b->len - 1] == '\n';
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (is_pcre_space[c]) {
			if (!sp) {
				o[j++] = ' ';
			}
			sp = true;
			continue;
		}
		sp = false;
		if (ll_esc[c] || (c == '&' && i + 1 < n &&
		    (s[i + 1] == '#' || ((s[i + 1] | 32) >= 'a' && (s[i + 1] | 32) <= 'z')))) {
			o[j++] = '\\';
		}
		o[j++] = (char)c;
	}
	b->len += j;
}

/* Elements inside a word: their text joins the text around them. */
static bool ll_inline_elem(const amc_node *n)
{
	static const char *const other[] = {"sup", "sub", "small", "big", "mark", "abbr", "kbd", "var", "samp", "q", "cite"};
	switch (n->tag) {
	case AMC_T_B: case AMC_T_STRONG: case AMC_T_I: case AMC_T_EM: case AMC_T_S: case AMC_T_STRIKE:
	case AMC_T_DEL: case AMC_T_U: case AMC_T_SPAN: case AMC_T_FONT: case AMC_T_A: case AMC_T_CODE:
		return true;
	case AMC_T_OTHER:
		for (size_t i = 0; i < sizeof(other) / sizeof(other[0]); i++) {
			if (ieq(n->s, n->len, other[i])) {
				return true;
			}
		}
		return false;
	default:
		return ieq(n->s, n->len, "ac:inline-comment-marker");
	}
}

/* textContent with a space where an element that is not inline (a <br>, a
 * paragraph) starts or ends, so words on both sides stay apart. */
static void ll_text_content(const rctx *r, amc_buf *b, uint32_t id)
{
	uint32_t cur = N(r, id)->first;
	while (cur) {
		const amc_node *c = N(r, cur);
		bool block = c->type == AMC_N_ELEM && !ll_inline_elem(c);
		if (c->type == AMC_N_TEXT || c->type == AMC_N_CDATA) {
			amc_buf_append(b, c->s, c->len);
		}
		if (block) {
			amc_buf_append_char(b, ' ');
		}
		if (c->type == AMC_N_ELEM && c->first) {
			cur = c->first;
			continue;
		}
		while (cur != id && !N(r, cur)->next) {
			cur = N(r, cur)->parent;
			if (cur != id && !ll_inline_elem(N(r, cur))) {
				amc_buf_append_char(b, ' ');
			}
		}
		cur = cur == id ? 0 : N(r, cur)->next;
	}
}

/* The subtree's text content in r->tmp; NULL (and r->oom) when out of memory. */
static amc_buf *ll_collect_text(rctx *r, uint32_t id)
{
	amc_buf *t = &r->tmp;
	t->len = 0;
	ll_text_content(r, t, id);
	if (t->oom) {
		r->oom = true;
		return NULL;
	}
	return t;
}

/* The subtree's text, squashed and escaped. */
static void ll_text_of(rctx *r, uint32_t id)
{
	amc_buf *t = ll_collect_text(r, id);
	if (!t) {
		return;
	}
	size_t m = r->out->len;
	ll_text(r, t->data, t->len);
	trim_region(r->out, m);
}

/* A block that starts with what would open a list, quote, heading or
 * setext underline gets a backslash before it. */
static void ll_escape_line_start(rctx *r, size_t mark)
{
	amc_buf *b = r->out;
	if (b->len <= mark) {
		return;
	}
	char c = b->data[mark];
	size_t at = mark;
	if (c >= '0' && c <= '9') {
		size_t k = mark;
		while (k < b->len && k - mark < 10 && b->data[k] >= '0' && b->data[k] <= '9') {
			k++;
		}
		if (k == b->len || (b->data[k] != '.' && b->data[k] != ')')) {
			return;
		}
		at = k;
	} else if (c != '-' && c != '+' && c != '>' && c != '=') {
		return;
	}
	if (!amc_buf_reserve(b, 1)) {
		return;
	}
	memmove(b->data + at + 1, b->data + at, b->len - at);
	b->data[at] = '\\';
	b->len++;
}

/* A `|` after an odd run of backslashes is escaped already (a table in a
 * cell escaped its own). */
static bool ll_pipe_escaped(const char *d, size_t mark, size_t i)
{
	size_t k = i;
	while (k > mark && d[k - 1] == '\\') {
		k--;
	}
	return (i - k) & 1;
}

/* Escapes every unescaped `|` of a table cell's region. */
static void ll_escape_pipes(rctx *r, size_t mark)
{
	amc_buf *b = r->out;
	size_t pipes = 0;
	for (size_t i = mark; i < b->len; i++) {
		pipes += b->data[i] == '|' && !ll_pipe_escaped(b->data, mark, i);
	}
	if (!pipes || !amc_buf_reserve(b, pipes)) {
		return;
	}
	char *d = b->data;
	size_t src = b->len, dst = b->len + pipes;
	b->len = dst;
	while (src > mark) {
		char c = d[--src];
		bool esc = c == '|' && !ll_pipe_escaped(d, mark, src);
		d[--dst] = c;
		if (esc) {
			d[--dst] = '\\';
		}
	}
}

static size_t longest_run(const char *s, size_t n, char ch)
{
	size_t best = 0, run = 0;
	for (size_t i = 0; i < n; i++) {
		run = s[i] == ch ? run + 1 : 0;
		best = run > best ? run : best;
	}
	return best;
}

/* Opening fence at `open` (three backticks written there): lengthens it past
 * the longest backtick run of the body [body, len) and writes the closing
 * fence, so no line of the body can close the block early. */
static void ll_close_fence(rctx *r, size_t open, size_t body)
{
	amc_buf *b = r->out;
	size_t run = longest_run(b->data + body, b->len - body, '`');
	size_t need = run >= 3 ? run + 1 : 3;
	if (need > 3) {
		if (!amc_buf_reserve(b, need - 3)) {
			return;
		}
		memmove(b->data + open + need, b->data + open + 3, b->len - open - 3);
		memset(b->data + open, '`', need);
		b->len += need - 3;
	}
	puts_(r, "\n");
	if (!amc_buf_reserve(b, need + 2)) {
		return;
	}
	memset(b->data + b->len, '`', need);
	b->len += need;
	puts_(r, "\n\n");
}

/* A fence's info string: no backtick (it would end it), no line break. */
static void ll_info_string(rctx *r, size_t mark)
{
	amc_buf *b = r->out;
	size_t j = mark;
	for (size_t i = mark; i < b->len; i++) {
		char c = b->data[i];
		if (c == '`') {
			continue;
		}
		b->data[j++] = (c == '\n' || c == '\r') ? ' ' : c;
	}
	b->len = j;
}

/* Inline code: a delimiter longer than any backtick run inside. */
static void ll_code_span(rctx *r, uint32_t id)
{
	amc_buf *t = ll_collect_text(r, id);
	if (!t) {
		return;
	}
	bool prev = true;
	t->len = squash_into(t->data, t->data, t->len, &prev);
	if (t->len && t->data[t->len - 1] == ' ') {
		t->len--;
	}
	if (!t->len) {
		return;
	}
	size_t k = longest_run(t->data, t->len, '`') + 1;
	bool pad = t->data[0] == '`' || t->data[t->len - 1] == '`';
	for (size_t i = 0; i < k; i++) {
		puts_(r, "`");
	}
	if (pad) {
		puts_(r, " ");
	}
	put(r, t->data, t->len);
	if (pad) {
		puts_(r, " ");
	}
	for (size_t i = 0; i < k; i++) {
		puts_(r, "`");
	}
}

static bool name_is(const rctx *r, uint32_t id, const char *lower)
{
	const amc_node *n = N(r, id);
	return n->type == AMC_N_ELEM && ieq(n->s, n->len, lower);
}

static bool name_starts(const rctx *r, uint32_t id, const char *prefix)
{
	const amc_node *n = N(r, id);
	size_t m = strlen(prefix);
	return n->type == AMC_N_ELEM && n->len >= m && ieq(n->s, m, prefix);
}

/* A macro's parameter by name ("" is the unnamed default parameter, also
 * spelled ac:default-parameter); 0 when absent. */
static uint32_t ll_param(const rctx *r, uint32_t macro, const char *name)
{
	for (uint32_t c = N(r, macro)->first; c; c = N(r, c)->next) {
		size_t l;
		const char *v;
		if (is_elem_tag(r, c, AMC_T_AC_PARAMETER)) {
			v = attr_val(r, c, "ac:name", &l);
			if (ieq(v, l, name)) {
				return c;
			}
		} else if (!*name && name_is(r, c, "ac:default-parameter")) {
			return c;
		}
	}
	return 0;
}

/* The parameter's text, escaped; false when it has none. */
static bool ll_param_text(rctx *r, uint32_t macro, const char *name)
{
	uint32_t p = ll_param(r, macro, name);
	if (!p) {
		return false;
	}
	size_t m = r->out->len;
	ll_text_of(r, p);
	return r->out->len > m;
}

/* Every content parameter of the macro (title, key, the default one),
 * escaped, separated by spaces; false when there is none. */
static bool ll_params_text(rctx *r, uint32_t macro)
{
	static const char *const names[] = {"title", "key", ""};
	bool any = false;
	for (int i = 0; i < 3; i++) {
		size_t m = r->out->len;
		if (any) {
			puts_(r, " ");
		}
		if (ll_param_text(r, macro, names[i])) {
			any = true;
		} else {
			r->out->len = m;
		}
	}
	return any;
}

/* A link destination: <...> when it holds what would end a bare one. */
static void ll_destination(rctx *r, const char *v, size_t l)
{
	bool angle = l == 0;
	for (size_t i = 0; i < l && !angle; i++) {
		angle = v[i] == ' ' || v[i] == '(' || v[i] == ')' || v[i] == '<' || v[i] == '>' || (unsigned char)v[i] < 32;
	}
	if (!angle) {
		put(r, v, l);
		return;
	}
	puts_(r, "<");
	for (size_t i = 0; i < l; i++) {
		char c = v[i];
		if (c == '\n' || c == '\r') {
			c = ' ';
		}
		if (c == '<' || c == '>' || c == '\\') {
			puts_(r, "\\");
		}
		put(r, &c, 1);
	}
	puts_(r, ">");
}

static void ll_attr_text(rctx *r, uint32_t id, const char *name)
{
	size_t l;
	const char *v = attr_val(r, id, name, &l);
	ll_text(r, v, l);
}

/* A mention: @Display Name through the resolver, else @user:<id>. */
static void ll_mention(rctx *r, uint32_t user)
{
	static const char *const keys[] = {"ri:account-id", "ri:userkey", "ri:username"};
	size_t l = 0;
	const char *id = "";
	for (int i = 0; i < 3 && !l; i++) {
		id = attr_val(r, user, keys[i], &l);
	}
	puts_(r, "@");
	if (l && r->o && r->o->user_name) {
		amc_buf *t = &r->tmp;
		t->len = 0;
		int rc = r->o->user_name(r->o->ud, id, l, t);
		if (rc < 0) {
			r->aborted = true;
			return;
		}
		if (t->oom) {
			r->oom = true;
			return;
		}
		if (rc > 0 && t->len) {
			ll_text(r, t->data, t->len);
			return;
		}
	}
	puts_(r, "user:");
	ll_text(r, id, l);
}

/* The target of a ri: resource, as written inside [[...]]. */
static bool ll_target(rctx *r, uint32_t ri)
{
	static const struct { const char *tag, *attr, *prefix; } kinds[] = {
		{"ri:page", "ri:content-title", ""}, {"ri:blog-post", "ri:content-title", ""},
		{"ri:space", "ri:space-key", "space:"}, {"ri:attachment", "ri:filename", "attachment:"},
		{"ri:content-entity", "ri:content-id", "content:"}, {"ri:shortcut", "ri:parameter", "shortcut:"},
	};
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		if (!name_is(r, ri, kinds[i].tag)) {
			continue;
		}
		size_t l;
		const char *v = attr_val(r, ri, kinds[i].attr, &l);
		if (!l && i == 0) {
			return false;
		}
		puts_(r, kinds[i].prefix);
		ll_text(r, v, l);
		return true;
	}
	return false;
}

/* ac:link: [[target|body]], a mention, or [body](url). */
static void ll_link(rctx *r, uint32_t id)
{
	uint32_t ri = 0, body = 0;
	for (uint32_t c = N(r, id)->first; c; c = N(r, c)->next) {
		if (name_starts(r, c, "ri:")) {
			ri = c;
		} else if (is_elem_tag(r, c, AMC_T_AC_PLAIN_LINK_BODY) || is_elem_tag(r, c, AMC_T_AC_LINK_BODY)) {
			body = c;
		}
	}
	size_t al;
	const char *anchor = attr_val(r, id, "ac:anchor", &al);
	amc_buf *b = r->out;
	if (ri && name_is(r, ri, "ri:user")) {
		if (body) {
			size_t m = b->len;
			ll_text_of(r, body);
			if (b->len > m) {
				return;
			}
		}
		ll_mention(r, ri);
		return;
	}
	if (ri && name_is(r, ri, "ri:url")) {
		size_t l;
		const char *v = attr_val(r, ri, "ri:value", &l);
		puts_(r, "[");
		size_t m = b->len;
		if (body) {
			ll_text_of(r, body);
		}
		if (b->len == m) {
			ll_text(r, v, l);
		}
		puts_(r, "](");
		ll_destination(r, v, l);
		puts_(r, ")");
		return;
	}
	size_t start = b->len;
	puts_(r, "[[");
	size_t tm = b->len;
	if (ri) {
		ll_target(r, ri);
	}
	if (al) {
		puts_(r, "#");
		ll_text(r, anchor, al);
	}
	bool target = b->len > tm;
	size_t lm = b->len;
	if (target) {
		puts_(r, "|");
	}
	size_t m = b->len;
	if (body) {
		ll_text_of(r, body);
	}
	if (b->len == m) {
		b->len = lm; /* no body: [[target]] */
		if (!target) {
			b->len = start;
			return;
		}
	}
	puts_(r, "]]");
}

/* ac:image: ![alt](source) and its caption after it. */
static void ll_image(rctx *r, uint32_t id)
{
	uint32_t ri = 0, caption = 0;
	for (uint32_t c = N(r, id)->first; c; c = N(r, c)->next) {
		if (is_elem_tag(r, c, AMC_T_RI_ATTACHMENT) || is_elem_tag(r, c, AMC_T_RI_URL)) {
			ri = c;
		} else if (name_is(r, c, "ac:caption")) {
			caption = c;
		}
	}
	size_t l = 0;
	const char *src = "";
	if (ri) {
		src = is_elem_tag(r, ri, AMC_T_RI_URL) ? attr_val(r, ri, "ri:value", &l) : attr_val(r, ri, "ri:filename", &l);
	}
	const char *alt;
	size_t al;
	alt = attr_val(r, id, "ac:alt", &al);
	if (!al) {
		alt = attr_val(r, id, "ac:title", &al);
	}
	puts_(r, "![");
	ll_text(r, al ? alt : src, al ? al : l);
	puts_(r, "](");
	ll_destination(r, src, l);
	puts_(r, ")");
	if (caption) {
		size_t m = r->out->len;
		puts_(r, " ");
		size_t cm = r->out->len;
		ll_text_of(r, caption);
		if (r->out->len == cm) {
			r->out->len = m;
		}
	}
}

static bool ll_is_panel(const char *name, size_t nl)
{
	static const char *const panels[] = {"info", "note", "tip", "warning", "panel", "success", "error"};
	for (size_t i = 0; i < sizeof(panels) / sizeof(panels[0]); i++) {
		if (ieq(name, nl, panels[i])) {
			return true;
		}
	}
	return false;
}

static void put_upper(rctx *r, const char *s, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		char c = s[k];
		amc_buf_append_char(r->out, (c >= 'a' && c <= 'z') ? (char)(c - 32) : c);
	}
}

/* code and noformat: the title above, a fence that no body line closes. */
static void ll_code_macro(rctx *r, uint32_t id)
{
	size_t m = r->out->len;
	puts_(r, "\n\n**");
	if (!ll_params_text(r, id)) {
		r->out->len = m;
	} else {
		puts_(r, "**");
	}
	puts_(r, "\n\n");
	size_t open = r->out->len;
	puts_(r, "```");
	size_t lm = r->out->len;
	uint32_t lang = ll_param(r, id, "language");
	if (lang) {
		text_content(r, r->out, lang);
		trim_region(r->out, lm);
		ll_info_string(r, lm);
	}
	puts_(r, "\n");
	size_t body = code_body(r, id);
	ll_close_fence(r, open, body);
}

/* A macro's children but its parameters, a plain-text body as a fenced
 * block (step_seq with SKIP_PARAMS). */
static bool ll_push_bodies(rctx *r, uint32_t id, size_t start, int fin)
{
	frame *f = push(r, K_SEQ, id, 0);
	if (f) {
		f->fin = (uint8_t)fin;
		f->start = start;
		f->skip_lists = SKIP_PARAMS;
	}
	return f != NULL;
}

static bool ll_macro(rctx *r, uint32_t id)
{
	size_t nl;
	const char *name = attr_val(r, id, "ac:name", &nl);
	amc_buf *b = r->out;
	if (ieq(name, nl, "code") || ieq(name, nl, "noformat")) {
		ll_code_macro(r, id);
		return false;
	}
	if (ieq(name, nl, "status") || ieq(name, nl, "jira") || ieq(name, nl, "anchor")) {
		/* inline: [status: Done], [jira: KEY-1], [anchor: name] */
		size_t m = b->len;
		puts_(r, "[");
		put_lower(r, name, nl);
		puts_(r, ": ");
		if (!ll_params_text(r, id)) {
			b->len = m;
		} else {
			puts_(r, "]");
		}
		return ll_push_bodies(r, id, b->len, FIN_NONE); /* a body, if any, after it */
	}
	size_t start = b->len;
	if (ll_is_panel(name, nl)) {
		puts_(r, "\n\n> **");
		put_upper(r, name, nl);
		size_t m = b->len;
		puts_(r, ": ");
		if (!ll_params_text(r, id)) {
			b->len = m;
		}
		puts_(r, "**\n");
		size_t hdr = b->len;
		puts_(r, ">\n");
		if (!ll_push_bodies(r, id, start, FIN_PANEL)) {
			return false;
		}
		r->st[r->sp - 1].row0_end = hdr;
		return true;
	}
	if (ieq(name, nl, "include") || ieq(name, nl, "excerpt-include")) {
		puts_(r, "\n\n[");
		put_lower(r, name, nl);
		size_t m = b->len;
		puts_(r, ": ");
		uint32_t p = ll_param(r, id, "");
		uint32_t ri = 0;
		for (uint32_t c = p ? N(r, p)->first : 0; c && !ri; c = N(r, c)->next) {
			if (is_elem_tag(r, c, AMC_T_AC_LINK)) {
				for (uint32_t g = N(r, c)->first; g; g = N(r, g)->next) {
					ri = name_starts(r, g, "ri:") ? g : ri;
				}
			}
		}
		size_t tm = b->len;
		if (!ri || !ll_target(r, ri) || b->len == tm) {
			b->len = m;
		}
		puts_(r, "]\n\n");
		return ll_push_bodies(r, id, start, FIN_MACRO);
	}
	if (ieq(name, nl, "expand") || ieq(name, nl, "excerpt") || ieq(name, nl, "details")) {
		/* the body is the page's own content; an expand's title heads it */
		size_t m = b->len;
		puts_(r, "\n\n**");
		if (ll_params_text(r, id)) {
			puts_(r, "**\n\n");
		} else {
			b->len = m;
		}
		return ll_push_bodies(r, id, start, FIN_MACRO);
	}
	puts_(r, "\n\n[macro: ");
	put_lower(r, name, nl);
	size_t m = b->len;
	puts_(r, ": ");
	if (!ll_params_text(r, id)) {
		b->len = m;
	}
	puts_(r, "]\n\n");
	return ll_push_bodies(r, id, start, FIN_MACRO);
}

/* A plain-text body outside a code macro: a fenced block. */
static void ll_plain_body(rctx *r, uint32_t id)
{
	size_t m = r->out->len;
	puts_(r, "\n\n");
	size_t open = r->out->len;
	puts_(r, "```\n");
	size_t body = r->out->len;
	text_content(r, r->out, id);
	rtrim_region(r->out, body);
	if (r->out->len == body) {
		r->out->len = m;
		return;
	}
	ll_close_fence(r, open, body);
}

/* ac:adf-extension: the node's content, else its fallback. */
static bool ll_adf(rctx *r, uint32_t id)
{
	uint32_t content = 0, fallback = 0;
	for (uint32_t c = N(r, id)->first; c; c = N(r, c)->next) {
		if (name_is(r, c, "ac:adf-node")) {
			for (uint32_t g = N(r, c)->first; g; g = N(r, g)->next) {
				content = name_is(r, g, "ac:adf-content") ? g : content;
			}
		} else if (name_is(r, c, "ac:adf-fallback")) {
			fallback = c;
		}
	}
	uint32_t pick = content ? content : fallback;
	return pick && N(r, pick)->first ? open_seq(r, pick, 0, FIN_MACRO, "\n\n", NULL) : false;
}

/* Elements whose rendering differs in the lossless profile. Returns 0/1 as
 * emit() does, -1 to render as the upstream profile does. */
AMC_NOINLINE static int emit_ll(rctx *r, uint32_t id, uint32_t depth)
{
	const amc_node *n = N(r, id);
	switch (n->tag) {
	case AMC_T_CODE:
		ll_code_span(r, id);
		return 0;
	case AMC_T_P:
		return open_seq(r, id, 0, FIN_BLOCK, "\n\n", NULL);
	case AMC_T_AC_MACRO:
		return ll_macro(r, id);
	case AMC_T_AC_LINK:
		ll_link(r, id);
		return 0;
	case AMC_T_AC_IMAGE:
		ll_image(r, id);
		return 0;
	case AMC_T_AC_TASK_STATUS:
		return 0;
	case AMC_T_TD: case AMC_T_TH: case AMC_T_AC_TASK_BODY:
	case AMC_T_AC_PLAIN_LINK_BODY: case AMC_T_AC_LINK_BODY:
		return n->first ? push_seq(r, id, 0, FIN_NONE) : 0;
	case AMC_T_RI_PAGE: case AMC_T_RI_ATTACHMENT:
		puts_(r, "[[");
		ll_target(r, id);
		puts_(r, "]]");
		return 0;
	case AMC_T_RI_URL:
		ll_attr_text(r, id, "ri:value");
		return 0;
	case AMC_T_OTHER:
		if (ieq(n->s, n->len, "time")) {
			ll_attr_text(r, id, "datetime");
			return -1;
		}
		if (ll_inline_elem(n) || !n->first) {
			return -1;
		}
		/* an unknown element that is not inline parts the words around it */
		if (r->out->len && !is_pcre_space[(unsigned char)r->out->data[r->out->len - 1]]) {
			puts_(r, " ");
		}
		return push_seq(r, id, depth, FIN_SPACE);
	case AMC_T_OTHER_NS:
		break;
	default:
		return -1;
	}
	/* other namespaced names */
	if (name_is(r, id, "ac:layout") || name_is(r, id, "ac:layout-section") || name_is(r, id, "ac:layout-cell")) {
		return n->first ? open_seq(r, id, depth, FIN_MACRO, "\n\n", NULL) : 0;
	}
	if (name_is(r, id, "ac:task-id") || name_is(r, id, "ac:task-uuid") || name_is(r, id, "ac:adf-attribute")) {
		return 0;
	}
	if (name_is(r, id, "ac:adf-extension")) {
		return ll_adf(r, id);
	}
	if (name_is(r, id, "ri:user")) {
		ll_mention(r, id);
		return 0;
	}
	if (name_starts(r, id, "ri:")) {
		size_t m = r->out->len;
		puts_(r, "[[");
		if (ll_target(r, id)) {
			puts_(r, "]]");
		} else {
			r->out->len = m;
		}
		return 0;
	}
	/* inline comment markers, captions, ADF marks and nodes, unknown
	 * elements: their content, without a marker */
	return n->first ? push_seq(r, id, depth, FIN_NONE) : 0;
}

/* Renders one child node: text and leaf constructs directly, containers by
 * pushing a frame. Returns true when a frame was pushed. */
static bool emit(rctx *r, uint32_t id, uint32_t depth)
{
	const amc_node *n = N(r, id);
	if (n->type == AMC_N_TEXT) {
		if (r->ll) {
			ll_text(r, n->s, n->len);
		} else {
			put_squashed(r->out, n->s, n->len);
		}
		return false;
	}
	if (n->type != AMC_N_ELEM) {
		if (r->ll && n->type == AMC_N_CDATA) {
			ll_text(r, n->s, n->len);
		}
		return false;
	}
	if (r->ll) {
		int rc = emit_ll(r, id, depth);
		if (rc >= 0) {
			return rc;
		}
	}
	static const char *const hashes[] = {"# ", "## ", "### ", "#### ", "##### ", "###### "};
	switch (n->tag) {
	case AMC_T_BODY: case AMC_T_HTML: case AMC_T_DIV: case AMC_T_ROOT:
	case AMC_T_AC_PLAIN_BODY: case AMC_T_AC_RICH_BODY: case AMC_T_OTHER:
		return n->first ? push_seq(r, id, depth, FIN_NONE) : false;
	case AMC_T_LI: case AMC_T_U: case AMC_T_SPAN: case AMC_T_FONT: case AMC_T_AC_TASK:
		return n->first ? push_seq(r, id, 0, FIN_NONE) : false;
	case AMC_T_P:
		return open_seq(r, id, 0, FIN_BLOCK, "\n\n", NULL);
	case AMC_T_H1: case AMC_T_H2: case AMC_T_H3: case AMC_T_H4: case AMC_T_H5: case AMC_T_H6:
		return open_seq(r, id, 0, FIN_HEADING, "\n\n", hashes[n->tag - AMC_T_H1]);
	case AMC_T_UL: case AMC_T_OL: {
		frame *f = push(r, K_LIST, id, depth);
		if (f) {
			f->flag = n->tag == AMC_T_OL;
			f->index = 1;
		}
		return f != NULL;
	}
	case AMC_T_BLOCKQUOTE:
		return open_seq(r, id, depth, FIN_QUOTE, "\n\n", NULL);
	case AMC_T_PRE:
		render_pre(r, id);
		return false;
	case AMC_T_CODE:
		return open_seq(r, id, 0, FIN_MARK, "`", "`");
	case AMC_T_B: case AMC_T_STRONG:
		return open_seq(r, id, 0, FIN_MARK, "**", "**");
	case AMC_T_I: case AMC_T_EM:
		return open_seq(r, id, 0, FIN_MARK, "*", "*");
	case AMC_T_S: case AMC_T_STRIKE: case AMC_T_DEL:
		return open_seq(r, id, 0, FIN_MARK, "~~", "~~");
	case AMC_T_HR:
		puts_(r, "\n\n---\n\n");
		return false;
	case AMC_T_BR:
		puts_(r, "  \n");
		return false;
	case AMC_T_A: {
		size_t hl;
		const char *href = attr_val(r, id, "href", &hl);
		if (!hl) {
			return open_seq(r, id, 0, FIN_TRIM, NULL, NULL);
		}
		if (!open_seq(r, id, 0, FIN_LINK, "[", NULL)) {
			return false;
		}
		frame *f = &r->st[r->sp - 1];
		f->str = href;
		f->slen = hl;
		return true;
	}
	case AMC_T_TABLE:
		return open_table(r, id);
	case AMC_T_AC_MACRO:
		return open_macro(r, id, depth);
	case AMC_T_AC_TASK_LIST: {
		frame *f = push(r, K_TASKS, id, 0);
		return f != NULL;
	}
	case AMC_T_AC_LINK:
		render_ac_link(r, id);
		return false;
	case AMC_T_AC_IMAGE:
		render_ac_image(r, id);
		return false;
	case AMC_T_AC_PLACEHOLDER: case AMC_T_AC_PARAMETER:
		return false;
	case AMC_T_AC_EMOTICON: {
		size_t l;
		const char *v = attr_val(r, id, "ac:name", &l);
		if (l) {
			puts_(r, ":");
			put(r, v, l);
			puts_(r, ":");
		}
		return false;
	}
	case AMC_T_OTHER_NS:
		puts_(r, "[macro: ");
		put_lower(r, n->s, n->len);
		puts_(r, "]");
		return false;
	default:
		/* Names the renderer knows only inside their parents (td, th,
		 * ac:task-body, ri:page, ...) render as upstream's default case. */
		if (memchr(n->s, ':', n->len)) {
			puts_(r, "[macro: ");
			put_lower(r, n->s, n->len);
			puts_(r, "]");
			return false;
		}
		return n->first ? push_seq(r, id, depth, FIN_NONE) : false;
	}
}

static void finish_seq(rctx *r, const frame *f)
{
	amc_buf *b = r->out;
	switch (f->fin) {
	case FIN_MARK:
		puts_(r, f->str);
		break;
	case FIN_BLOCK:
		if (trim_region(b, f->mark) == 0) {
			b->len = f->start;
		} else {
			if (r->ll) {
				ll_escape_line_start(r, f->mark);
			}
			puts_(r, "\n\n");
		}
		break;
	case FIN_HEADING: {
		/* "# " . trim(inline), trimmed again by wrapBlock */
		size_t n = trim_region(b, f->mark);
		size_t hashes = strlen(f->str) - 1;
		if (n == 0) {
			put(r, f->str, hashes);
		} else {
			if (!amc_buf_reserve(b, hashes + 1)) {
				break;
			}
			memmove(b->data + f->mark + hashes + 1, b->data + f->mark, n);
			memcpy(b->data + f->mark, f->str, hashes + 1);
			b->len += hashes + 1;
		}
		puts_(r, "\n\n");
		break;
	}
	case FIN_LINK:
		if (r->ll) {
			bool lead = b->len > f->mark && is_trim[(unsigned char)b->data[f->mark]];
			bool trail = b->len > f->mark && is_trim[(unsigned char)b->data[b->len - 1]];
			if (trim_region(b, f->mark) == 0) {
				ll_text(r, f->str, f->slen);
			}
			if (lead && amc_buf_reserve(b, 1)) { /* words stay apart, as in the page */
				memmove(b->data + f->start + 1, b->data + f->start, b->len - f->start);
				b->data[f->start] = ' ';
				b->len++;
			}
			puts_(r, "](");
			ll_destination(r, f->str, f->slen);
			puts_(r, trail ? ") " : ")");
			break;
		}
		if (trim_region(b, f->mark) == 0) {
			put(r, f->str, f->slen);
		}
		puts_(r, "](");
		put(r, f->str, f->slen);
		puts_(r, ")");
		break;
	case FIN_QUOTE:
	case FIN_PANEL:
		if (trim_region(b, f->mark) == 0) {
			b->len = f->start;
			if (r->ll && f->fin == FIN_PANEL) {
				b->len = f->row0_end; /* keep the title line */
				puts_(r, "\n");
			}
		} else {
			quote_region(r, f->mark);
			puts_(r, "\n\n");
		}
		break;
	case FIN_EXPAND:
		if (trim_region(b, f->mark) == 0) {
			b->len = f->start;
		} else {
			puts_(r, "\n\n</details>\n\n");
		}
		break;
	case FIN_MACRO:
		if (trim_region(b, f->mark) != 0) {
			puts_(r, "\n\n");
		}
		break;
	case FIN_SQUASH:
		squash_region(b, f->mark);
		if (r->ll && (f->skip_lists & SKIP_LISTS)) {
			ll_escape_line_start(r, f->mark); /* a list item's text */
		}
		break;
	case FIN_SPACE:
		if (b->len > f->mark && !is_pcre_space[(unsigned char)b->data[b->len - 1]]) {
			puts_(r, " ");
		}
		break;
	case FIN_CELL:
		squash_region(b, f->mark);
		ll_escape_pipes(r, f->mark);
		r->cells_open--;
		break;
	case FIN_TRIM:
		trim_region(b, f->mark);
		break;
	default:
		break;
	}
}

static void put_indent_marker(rctx *r, const frame *f)
{
	amc_buf *b = r->out;
	/* lossless: a nested list starts where its parent item's text does */
	size_t indent = r->ll ? f->sep_cells : 2 * (size_t)f->depth;
	if (!amc_buf_reserve(b, indent + 16)) {
		return;
	}
	memset(b->data + b->len, ' ', indent);
	b->len += indent;
	if (f->flag & 1) {
		char num[16];
		int k = 0;
		uint32_t v = f->index;
		do {
			num[k++] = (char)('0' + v % 10);
			v /= 10;
		} while (v);
		while (k) {
			b->data[b->len++] = num[--k];
		}
		b->data[b->len++] = '.';
		b->data[b->len++] = ' ';
	} else {
		b->data[b->len++] = '-';
		b->data[b->len++] = ' ';
	}
}

/* ul/ol: one line per li child (body squashed and trimmed), then the li's
 * nested lists, each rtrimmed, joined with "\n". */
static void step_list(rctx *r)
{
	frame *f = &r->st[r->sp - 1];
	for (;;) {
		if (f->phase == 1) {
			while (f->sub) {
				uint32_t c = f->sub;
				f->sub = N(r, c)->next;
				if (is_list(r, c)) {
					uint32_t depth = f->depth + 1;
					puts_(r, "\n");
					frame *nf = push(r, K_LIST, c, depth);
					if (nf) {
						/* bit 1: ordered; bit 2: rtrim the result */
						nf->flag = (uint8_t)((N(r, c)->tag == AMC_T_OL) | 2);
						nf->index = 1;
						frame *pf = &r->st[r->sp - 2];
						uint32_t w = 2;
						for (uint32_t v = pf->index - 1; (pf->flag & 1) && v; v /= 10) {
							w++;
						}
						nf->sep_cells = pf->sep_cells + w;
					}
					return;
				}
			}
			f->phase = 0;
		}
		uint32_t li = f->cur;
		while (li && !is_elem_tag(r, li, AMC_T_LI)) {
			li = N(r, li)->next;
		}
		if (!li) {
			frame done = *f;
			r->sp--;
			if (done.any) {
				puts_(r, "\n\n");
			}
			if (done.flag & 2) {
				rtrim_region(r->out, done.start);
			}
			return;
		}
		f->cur = N(r, li)->next;
		/* lossless: a nested list right under its item, which may be empty */
		puts_(r, r->ll && (f->flag & 2) && !f->any ? "" : f->any ? "\n" : "\n\n");
		f->any = 1;
		put_indent_marker(r, f);
		f->index++;
		f->phase = 1;
		f->sub = N(r, li)->first;
		uint32_t depth = f->depth;
		frame *bf = push(r, K_SEQ, li, depth);
		if (bf) {
			bf->fin = FIN_SQUASH;
			bf->skip_lists = SKIP_LISTS;
		}
		return;
	}
}

/* The next node in preorder after the subtree of `cur`, within `root`. */
static inline uint32_t preorder_skip(const rctx *r, uint32_t cur, uint32_t root)
{
	while (cur != root) {
		if (N(r, cur)->next) {
			return N(r, cur)->next;
		}
		cur = N(r, cur)->parent;
	}
	return 0;
}

static uint32_t preorder_next(const rctx *r, uint32_t cur, uint32_t root)
{
	const amc_node *n = N(r, cur);
	return n->first ? n->first : preorder_skip(r, cur, root);
}

/* preorder_next that does not enter tables nested in `root` (lossless:
 * their rows are theirs, rendered in their cell). */
static uint32_t preorder_next_own(const rctx *r, uint32_t cur, uint32_t root)
{
	const amc_node *n = N(r, cur);
	if (n->first && (cur == root || !is_elem_tag(r, cur, AMC_T_TABLE))) {
		return n->first;
	}
	return preorder_skip(r, cur, root);
}

static void memo_store(rctx *r, uint32_t id, size_t start)
{
	if (!r->memo_off) {
		r->memo_off = calloc(r->t->n, sizeof(size_t));
		r->memo_len = calloc(r->t->n, sizeof(uint32_t));
		if (!r->memo_off || !r->memo_len) {
			r->oom = true;
			return;
		}
	}
	size_t len = r->out->len - start;
	if (len > UINT32_MAX) {
		return;
	}
	size_t off = r->memo.len;
	amc_buf_append(&r->memo, r->out->data + start, len);
	if (r->memo.oom) {
		r->oom = true;
		return;
	}
	r->memo_off[id] = off + 1;
	r->memo_len[id] = (uint32_t)len;
}

/* Lossless: every row's cells under the header (GFM drops cells past the
 * header's count), so row 0 is padded to the widest row; a table inside a
 * cell stays on the cell's line, rows split by <br>. */
static void finish_table_ll(rctx *r, const frame *done)
{
	amc_buf *b = r->out;
	if (done->flag) {
		return;
	}
	uint32_t cells = done->depth;
	size_t pad = 3 * (size_t)(cells - done->sep_cells);
	size_t sep = 2 + 6 * (size_t)cells;
	if (!amc_buf_reserve(b, pad + sep + 2)) {
		return;
	}
	memmove(b->data + done->row0_end + pad + sep, b->data + done->row0_end, b->len - done->row0_end);
	char *p = b->data + done->row0_end;
	for (uint32_t i = done->sep_cells; i < cells; i++, p += 3) {
		memcpy(p, "  |", 3);
	}
	*p++ = '\n';
	*p++ = '|';
	for (uint32_t i = 0; i < cells; i++, p += 6) {
		memcpy(p, " --- |", 6);
	}
	b->len += pad + sep;
	puts_(r, "\n\n");
}

static void finish_table(rctx *r, frame done)
{
	amc_buf *b = r->out;
	r->tables_active--;
	if (done.rows == 0) {
		b->len = done.start;
		return;
	}
	if (r->ll) {
		finish_table_ll(r, &done);
		return;
	}
	uint32_t cells = done.sep_cells;
	if (!done.header) {
		size_t pipes = 0;
		for (size_t i = done.start; i < done.row0_end; i++) {
			pipes += b->data[i] == '|';
		}
		cells = pipes > 2 ? (uint32_t)(pipes - 1) : 1;
	}
	size_t sep = 2 + 6 * (size_t)cells;
	if (!amc_buf_reserve(b, sep + 2)) {
		return;
	}
	memmove(b->data + done.row0_end + sep, b->data + done.row0_end, b->len - done.row0_end);
	char *p = b->data + done.row0_end;
	*p++ = '\n';
	*p++ = '|';
	for (uint32_t i = 0; i < cells; i++, p += 6) {
		memcpy(p, " --- |", 6);
	}
	b->len += sep;
	puts_(r, "\n\n");
	if (r->tables_active) {
		memo_store(r, done.node, done.start);
	}
}

/* table: every descendant tr in document order, nested tables included. */
static void step_table(rctx *r)
{
	frame *f = &r->st[r->sp - 1];
	for (;;) {
		if (f->sub) {
			while (f->index) {
				uint32_t c = f->index;
				f->index = N(r, c)->next;
				if (!is_elem_tag(r, c, AMC_T_TD) && !is_elem_tag(r, c, AMC_T_TH)) {
					continue;
				}
				if (N(r, c)->tag == AMC_T_TH) {
					f->row_header = 1;
				}
				if (f->cells == 0) {
					puts_(r, f->flag ? (f->rows ? " <br>| " : "| ") : f->rows ? "\n| " : "\n\n| ");
				} else {
					puts_(r, " | ");
				}
				f->cells++;
				frame *cf = push(r, K_SEQ, c, 0);
				if (cf) {
					cf->fin = FIN_SQUASH;
					if (r->ll) {
						cf->fin = FIN_CELL;
						r->cells_open++;
					}
				}
				return;
			}
			if (f->cells) {
				puts_(r, " |");
				f->rows++;
				if (f->rows == 1) {
					f->row0_end = r->out->len;
				}
				if (r->ll) {
					f->depth = f->cells > f->depth ? f->cells : f->depth;
					f->sep_cells = f->rows == 1 ? f->cells : f->sep_cells;
				} else if (f->row_header && !f->header) {
					f->header = 1;
					f->sep_cells = f->cells;
				}
			}
			f->sub = 0;
		}
		uint32_t w = f->cur;
		do {
			w = r->ll ? preorder_next_own(r, w, f->node) : preorder_next(r, w, f->node);
		} while (w && !(N(r, w)->type == AMC_N_ELEM && (N(r, w)->flags & AMC_F_TR)));
		f->cur = w;
		if (!w) {
			frame done = *f;
			r->sp--;
			finish_table(r, done);
			return;
		}
		f->sub = w;
		f->index = N(r, w)->first;
		f->cells = 0;
		f->row_header = 0;
	}
}

/* Panel / expand macros: render the children of each body element child. */
static void step_bodies(rctx *r)
{
	frame *f = &r->st[r->sp - 1];
	while (f->cur) {
		uint32_t c = f->cur;
		f->cur = N(r, c)->next;
		if (is_elem_tag(r, c, AMC_T_AC_PLAIN_BODY) || is_elem_tag(r, c, AMC_T_AC_RICH_BODY)) {
			if (N(r, c)->first) {
				push_seq(r, c, 0, FIN_NONE);
				return;
			}
		}
	}
	frame done = *f;
	r->sp--;
	finish_seq(r, &done);
}

static void step_tasks(rctx *r)
{
	frame *f = &r->st[r->sp - 1];
	while (f->cur) {
		uint32_t task = f->cur;
		f->cur = N(r, task)->next;
		if (!is_elem_tag(r, task, AMC_T_AC_TASK)) {
			continue;
		}
		uint32_t status = 0, body = 0;
		for (uint32_t c = N(r, task)->first; c; c = N(r, c)->next) {
			if (is_elem_tag(r, c, AMC_T_AC_TASK_STATUS)) {
				status = c;
			} else if (is_elem_tag(r, c, AMC_T_AC_TASK_BODY)) {
				body = c;
			}
		}
		bool done = false;
		if (status) {
			r->tmp.len = 0;
			text_content(r, &r->tmp, status);
			size_t n = trim_region(&r->tmp, 0);
			done = !r->tmp.oom && ieq(r->tmp.data, n, "complete");
			if (r->tmp.oom) {
				r->oom = true;
			}
		}
		puts_(r, f->any ? "\n- " : "\n\n- ");
		f->any = 1;
		puts_(r, done ? "[x] " : "[ ] ");
		if (body) {
			push_seq(r, body, 0, r->ll ? FIN_SQUASH : FIN_TRIM);
			return;
		}
	}
	bool any = f->any;
	r->sp--;
	if (any) {
		puts_(r, "\n\n");
	}
}

static void step_seq(rctx *r)
{
	frame *f = &r->st[r->sp - 1];
	while (f->cur) {
		uint32_t c = f->cur;
		f->cur = N(r, c)->next;
		if (f->skip_lists) {
			if ((f->skip_lists & SKIP_LISTS) && is_list(r, c)) {
				continue;
			}
			if (f->skip_lists & SKIP_PARAMS) {
				if (is_elem_tag(r, c, AMC_T_AC_PARAMETER) || name_is(r, c, "ac:default-parameter")) {
					continue;
				}
				if (is_elem_tag(r, c, AMC_T_AC_PLAIN_BODY)) {
					ll_plain_body(r, c);
					continue;
				}
			}
		}
		uint32_t depth = f->depth;
		if (emit(r, c, depth)) {
			return;
		}
		f = &r->st[r->sp - 1]; /* emit may have grown the stack */
	}
	frame done = *f;
	r->sp--;
	finish_seq(r, &done);
}

/* Collapses runs of 3+ newlines to two and trims, in place: memchr from
 * newline to newline, bytes moved only once a run was cut. */
static void finish_document(amc_buf *b)
{
	char *d = b->data;
	size_t len = b->len, i = 0, j = 0;
	while (i < len) {
		const char *nl = memchr(d + i, '\n', len - i);
		size_t k = nl ? (size_t)(nl - d) : len, e = k;
		while (e < len && d[e] == '\n') {
			e++;
		}
		size_t keep = k + (e - k > 2 ? 2 : e - k);
		if (j != i) {
			memmove(d + j, d + i, keep - i);
		}
		j += keep - i;
		i = e;
	}
	b->len = j;
	trim_region(b, 0);
}

int amc_render(const amc_tree *t, amc_buf *out, size_t cap, const amc_conv_opts *o)
{
	rctx r;
	memset(&r, 0, sizeof(r));
	r.t = t;
	r.out = out;
	r.o = o;
	r.ll = o && o->profile == AMC_PROFILE_LOSSLESS;
	amc_buf_init(&r.memo);
	amc_buf_init(&r.tmp);
	int rc = AMC_CONV_OK;
	amc_buf_reserve(out, 4096); /* grows by doubling from here */
	if (push_seq(&r, 0, 0, FIN_NONE)) {
		while (r.sp) {
			if (r.oom || out->oom) {
				rc = AMC_CONV_ENOMEM;
				break;
			}
			if (r.aborted) {
				rc = AMC_CONV_EABORTED;
				break;
			}
			if (out->len > cap || r.memo.len > cap) {
				rc = AMC_CONV_ETOOBIG;
				break;
			}
			switch (r.st[r.sp - 1].kind) {
			case K_SEQ: step_seq(&r); break;
			case K_LIST: step_list(&r); break;
			case K_TABLE: step_table(&r); break;
			case K_BODIES: step_bodies(&r); break;
			case K_TASKS: step_tasks(&r); break;
			}
		}
	}
	if (rc == AMC_CONV_OK && (r.oom || out->oom)) {
		rc = AMC_CONV_ENOMEM;
	}
	if (rc == AMC_CONV_OK && r.aborted) {
		rc = AMC_CONV_EABORTED;
	}
	if (rc == AMC_CONV_OK) {
		finish_document(out);
	}
	free(r.st);
	free(r.memo_off);
	free(r.memo_len);
	amc_buf_free(&r.memo);
	amc_buf_free(&r.tmp);
	return rc;
}
