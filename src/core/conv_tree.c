#if defined(__linux__) && !defined(_GNU_SOURCE)
# define _GNU_SOURCE /* mremap */
#endif
#include "conv_tree.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
# include <sys/mman.h>
#endif

struct amc_chunk {
	amc_chunk *prev;
	size_t used, cap;
	char data[];
};

#define CHUNK_MIN 65536

static void big_free(void *p, size_t bytes);
static void tag_table_init(void);
static pthread_once_t tag_table_once = PTHREAD_ONCE_INIT;

bool amc_tree_init(amc_tree *t)
{
	memset(t, 0, sizeof(*t));
	/* Names are looked up only for the nodes of a tree: building the tag
	 * table here, once per process, keeps the per-element lookup free of
	 * any check. Concurrent first calls wait for the one build. */
	if (pthread_once(&tag_table_once, tag_table_init) != 0) {
		t->oom = true;
		return false;
	}
	t->cap = 256;
	t->nodes = malloc(t->cap * sizeof(amc_node));
	t->lasts = malloc(t->cap * sizeof(uint32_t));
	if (!t->nodes || !t->lasts) {
		free(t->nodes);
		free(t->lasts);
		t->nodes = NULL;
		t->lasts = NULL;
		t->oom = true;
		return false;
	}
	memset(&t->nodes[0], 0, sizeof(amc_node));
	t->nodes[0].type = AMC_N_ELEM;
	t->nodes[0].tag = AMC_T_ROOT;
	t->lasts[0] = 0;
	t->n = 1;
	return true;
}

void amc_tree_free(amc_tree *t)
{
	big_free(t->nodes, (size_t)t->cap * sizeof(amc_node));
	big_free(t->lasts, (size_t)t->cap * sizeof(uint32_t));
	big_free(t->attrs, (size_t)t->acap * sizeof(amc_attr));
	amc_chunk *c = t->chunks;
	while (c) {
		amc_chunk *p = c->prev;
		free(c);
		c = p;
	}
	memset(t, 0, sizeof(*t));
}

/* The node, last-child and attribute arrays, past 1 MB, live in their own
 * mappings: mremap grows them without a copy, and unmapping gives the pages
 * back at once. Through malloc, glibc's adaptive mmap threshold puts them in
 * the heap after the first big page, where growing copies and leaves holes:
 * peak RSS doubled over repeated conversions. Kind follows the byte size. */
#define BIG_BYTES ((size_t)1 << 20)

static void big_free(void *p, size_t bytes)
{
#ifdef __linux__
	if (p && bytes >= BIG_BYTES) {
		munmap(p, bytes);
		return;
	}
#endif
	free(p);
}

static void *big_resize(void *p, size_t old, size_t bytes)
{
#ifdef __linux__
	if (bytes >= BIG_BYTES) {
		void *q;
		if (p && old >= BIG_BYTES) {
			q = mremap(p, old, bytes, MREMAP_MAYMOVE);
		} else {
			q = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
			if (q != MAP_FAILED && p) {
				memcpy(q, p, old < bytes ? old : bytes);
				free(p);
			}
		}
		return q == MAP_FAILED ? NULL : q;
	}
	if (p && old >= BIG_BYTES) {
		void *q = malloc(bytes);
		if (q) {
			memcpy(q, p, bytes);
			munmap(p, old);
		}
		return q;
	}
#endif
	(void)old;
	return realloc(p, bytes);
}

/* Grows by half (not double): less slack in the biggest allocation. */
static bool grow(amc_tree *t)
{
	if (!t->lasts || t->cap >= AMC_TREE_MAX / 3 * 2) {
		t->oom = true;
		return false;
	}
	uint32_t cap = t->cap + t->cap / 2;
	amc_node *p = big_resize(t->nodes, (size_t)t->cap * sizeof(amc_node), (size_t)cap * sizeof(amc_node));
	if (!p) {
		t->oom = true;
		return false;
	}
	t->nodes = p;
	uint32_t *l = big_resize(t->lasts, (size_t)t->cap * sizeof(uint32_t), (size_t)cap * sizeof(uint32_t));
	if (!l) {
		/* nodes grew, lasts did not: shrink nodes back so both match cap */
		amc_node *back = big_resize(t->nodes, (size_t)cap * sizeof(amc_node), (size_t)t->cap * sizeof(amc_node));
		if (back) {
			t->nodes = back;
		} else {
			/* a shrink that failed: drop lasts (no more adds) so that
			 * nodes can be freed with its grown size */
			big_free(t->lasts, (size_t)t->cap * sizeof(uint32_t));
			t->lasts = NULL;
			t->cap = cap;
		}
		t->oom = true;
		return false;
	}
	t->lasts = l;
	t->cap = cap;
	return true;
}

void amc_tree_finish(amc_tree *t)
{
	big_free(t->lasts, (size_t)t->cap * sizeof(uint32_t));
	t->lasts = NULL;
	if (t->nodes && t->n < t->cap) {
		amc_node *p = big_resize(t->nodes, (size_t)t->cap * sizeof(amc_node), (size_t)t->n * sizeof(amc_node));
		if (p) {
			t->nodes = p;
			t->cap = t->n;
		}
	}
	if (t->attrs && t->na && t->na < t->acap) {
		amc_attr *a = big_resize(t->attrs, (size_t)t->acap * sizeof(amc_attr), (size_t)t->na * sizeof(amc_attr));
		if (a) {
			t->attrs = a;
			t->acap = t->na;
		}
	}
}

uint32_t amc_tree_add(amc_tree *t, uint32_t parent, int type, const char *s, size_t len)
{
	if (t->oom || len > AMC_TREE_MAX) {
		t->oom = true;
		return 0;
	}
	if (t->n == t->cap && !grow(t)) {
		return 0;
	}
	return amc_tree_append(t, parent, type, s, len);
}

bool amc_tree_add_attr(amc_tree *t, uint32_t node, const char *name, size_t nlen, const char *val, size_t vlen)
{
	if (t->oom || nlen > AMC_TREE_MAX || vlen > AMC_TREE_MAX) {
		t->oom = true;
		return false;
	}
	if (t->na == t->acap) {
		uint32_t cap = t->acap ? t->acap * 2 : 64;
		if (t->acap >= AMC_TREE_MAX / 2) {
			t->oom = true;
			return false;
		}
		amc_attr *p = big_resize(t->attrs, (size_t)t->acap * sizeof(amc_attr), (size_t)cap * sizeof(amc_attr));
		if (!p) {
			t->oom = true;
			return false;
		}
		t->attrs = p;
		t->acap = cap;
	}
	amc_tree_append_attr(t, node, name, nlen, val, vlen);
	return true;
}

const char *amc_tree_strdup(amc_tree *t, const char *s, size_t len)
{
	if (t->oom) {
		return NULL;
	}
	if (len == 0) {
		return "";
	}
	amc_chunk *c = t->chunks;
	if (!c || c->cap - c->used < len) {
		size_t cap = len > CHUNK_MIN ? len : CHUNK_MIN;
		if (cap > SIZE_MAX - sizeof(amc_chunk)) {
			t->oom = true;
			return NULL;
		}
		amc_chunk *nc = malloc(sizeof(amc_chunk) + cap);
		if (!nc) {
			t->oom = true;
			return NULL;
		}
		nc->cap = cap;
		nc->used = 0;
		if (c && len > CHUNK_MIN) {
			/* A big string gets its own block behind the current one, so
			 * the current block's free space is not wasted. */
			nc->prev = c->prev;
			c->prev = nc;
		} else {
			nc->prev = c;
			t->chunks = nc;
		}
		c = nc;
	}
	char *p = c->data + c->used;
	memcpy(p, s, len);
	c->used += len;
	return p;
}

static const struct {
	const char *name;
	uint8_t tag;
} tag_names[] = {
	{"body", AMC_T_BODY}, {"html", AMC_T_HTML}, {"div", AMC_T_DIV}, {"root", AMC_T_ROOT},
	{"p", AMC_T_P}, {"h1", AMC_T_H1}, {"h2", AMC_T_H2}, {"h3", AMC_T_H3},
	{"h4", AMC_T_H4}, {"h5", AMC_T_H5}, {"h6", AMC_T_H6}, {"ul", AMC_T_UL},
	{"ol", AMC_T_OL}, {"li", AMC_T_LI}, {"blockquote", AMC_T_BLOCKQUOTE},
	{"pre", AMC_T_PRE}, {"code", AMC_T_CODE}, {"hr", AMC_T_HR}, {"br", AMC_T_BR},
	{"a", AMC_T_A}, {"b", AMC_T_B}, {"strong", AMC_T_STRONG}, {"i", AMC_T_I},
	{"em", AMC_T_EM}, {"s", AMC_T_S}, {"strike", AMC_T_STRIKE}, {"del", AMC_T_DEL},
	{"u", AMC_T_U}, {"span", AMC_T_SPAN}, {"font", AMC_T_FONT}, {"table", AMC_T_TABLE},
	{"td", AMC_T_TD}, {"th", AMC_T_TH},
	{"ac:structured-macro", AMC_T_AC_MACRO}, {"ac:task-list", AMC_T_AC_TASK_LIST},
	{"ac:task", AMC_T_AC_TASK}, {"ac:link", AMC_T_AC_LINK}, {"ac:image", AMC_T_AC_IMAGE},
	{"ac:placeholder", AMC_T_AC_PLACEHOLDER}, {"ac:emoticon", AMC_T_AC_EMOTICON},
	{"ac:plain-text-body", AMC_T_AC_PLAIN_BODY}, {"ac:rich-text-body", AMC_T_AC_RICH_BODY},
	{"ac:parameter", AMC_T_AC_PARAMETER}, {"ac:task-status", AMC_T_AC_TASK_STATUS},
	{"ac:task-body", AMC_T_AC_TASK_BODY}, {"ac:plain-text-link-body", AMC_T_AC_PLAIN_LINK_BODY},
	{"ac:link-body", AMC_T_AC_LINK_BODY}, {"ri:page", AMC_T_RI_PAGE},
	{"ri:attachment", AMC_T_RI_ATTACHMENT}, {"ri:url", AMC_T_RI_URL},
};

/* Names up to 24 bytes, ASCII lower-cased, as three zero-padded words: a
 * known name is then found by hashing the words and comparing three
 * integers, with no strlen, tolower call or memcmp per element. */
#define TAG_SLOTS 256

typedef struct {
	uint64_t w[3];
	uint8_t len, tag;
} tag_slot;

static tag_slot tag_table[TAG_SLOTS];

/* Lower-cases the ASCII capitals of 8 bytes at once. */
static uint64_t lower8(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	uint64_t low7 = w & ~high;
	uint64_t ge_a = low7 + ones * (0x80 - 'A');
	uint64_t gt_z = low7 + ones * (0x80 - 'Z' - 1);
	uint64_t upper = ge_a & ~gt_z & ~w & high;
	return w | (upper >> 2);
}

static unsigned tag_hash(const uint64_t w[3], size_t len)
{
	uint64_t h = (w[0] ^ (w[1] * 0x9E3779B97F4A7C15ull) ^ (w[2] * 0xC2B2AE3D27D4EB4Full) ^ len) *
		0xFF51AFD7ED558CCDull;
	return (unsigned)(h >> 56) & (TAG_SLOTS - 1);
}

/* Keeps the first `len` bytes of each word (zero padding). */
static uint64_t tag_mask[25][3];

static uint64_t load64(const char *s)
{
	uint64_t w;
	memcpy(&w, s, 8);
	return w;
}

/* Loads a name of 1..24 bytes as zero-padded lower-cased words; `avail`
 * bytes are readable from s (24 or more: three plain loads, then masks). */
static void tag_words(uint64_t w[3], const char *s, size_t len, size_t avail)
{
	if (avail >= 24) {
		const uint64_t *m = tag_mask[len];
		w[0] = lower8(load64(s) & m[0]);
		w[1] = len > 8 ? lower8(load64(s + 8) & m[1]) : 0;
		w[2] = len > 16 ? lower8(load64(s + 16) & m[2]) : 0;
		return;
	}
	uint64_t t[3] = {0, 0, 0};
	memcpy(t, s, len);
	for (int i = 0; i < 3; i++) {
		w[i] = lower8(t[i]);
	}
}

/* Run once, by amc_tree_init's pthread_once. */
static void tag_table_init(void)
{
	for (size_t l = 0; l <= 24; l++) {
		unsigned char keep[24] = {0}; /* byte masks: any endianness */
		memset(keep, 0xFF, l);
		memcpy(tag_mask[l], keep, sizeof(keep));
	}
	for (size_t i = 0; i < sizeof(tag_names) / sizeof(tag_names[0]); i++) {
		size_t l = strlen(tag_names[i].name);
		uint64_t w[3];
		tag_words(w, tag_names[i].name, l, l);
		unsigned h = tag_hash(w, l);
		while (tag_table[h].len) {
			h = (h + 1) & (TAG_SLOTS - 1); /* linear probing */
		}
		memcpy(tag_table[h].w, w, sizeof(w));
		tag_table[h].len = (uint8_t)l;
		tag_table[h].tag = tag_names[i].tag;
	}
}

int amc_tag_lookup(const char *s, size_t len, size_t avail)
{
	if (len == 0 || len > 24) {
		return -1;
	}
	uint64_t w[3];
	tag_words(w, s, len, avail);
	for (unsigned h = tag_hash(w, len);; h = (h + 1) & (TAG_SLOTS - 1)) {
		const tag_slot *e = &tag_table[h];
		if (!e->len) {
			return -1;
		}
		if (e->len == len && e->w[0] == w[0] && e->w[1] == w[1] && e->w[2] == w[2]) {
			return e->tag;
		}
	}
}

int amc_tag_id(const char *s, size_t len)
{
	int tag = amc_tag_lookup(s, len, len);
	if (tag >= 0) {
		return tag;
	}
	return memchr(s, ':', len) ? AMC_T_OTHER_NS : AMC_T_OTHER;
}

void amc_tree_set_tag(amc_tree *t, uint32_t node, bool tr)
{
	amc_node *n = &t->nodes[node];
	n->flags = tr ? AMC_F_TR : 0;
	n->tag = (uint8_t)amc_tag_id(n->s, n->len);
}

const amc_attr *amc_tree_attr(const amc_tree *t, uint32_t node, const char *name)
{
	const amc_node *n = &t->nodes[node];
	size_t len = strlen(name);
	for (uint32_t i = n->attr ? n->attr - 1 : t->na; i < t->na && t->attrs[i].owner == node; i++) {
		const amc_attr *a = &t->attrs[i];
		if (a->name_len == len && memcmp(a->name, name, len) == 0) {
			return a;
		}
	}
	return NULL;
}
