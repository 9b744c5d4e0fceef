/* Arena tree shared by both parsers of the converter and read by its
 * renderer. Nodes live in one array and link by index (0 = none; node 0 is
 * the document root, whose children are rendered). Strings are slices: into
 * the caller's input where the bytes are used as written (zero copy), or into
 * the tree's string arena when they had to be decoded or copied. */
#ifndef AMC_CONV_TREE_H
#define AMC_CONV_TREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { AMC_N_ELEM = 1, AMC_N_TEXT, AMC_N_CDATA, AMC_N_COMMENT, AMC_N_PI };

/* Element names the renderer dispatches on (compared ASCII case-insensitively). */
enum {
	AMC_T_OTHER = 0, AMC_T_OTHER_NS, /* unknown name without / with a ':' */
	AMC_T_BODY, AMC_T_HTML, AMC_T_DIV, AMC_T_ROOT, AMC_T_P,
	AMC_T_H1, AMC_T_H2, AMC_T_H3, AMC_T_H4, AMC_T_H5, AMC_T_H6,
	AMC_T_UL, AMC_T_OL, AMC_T_LI, AMC_T_BLOCKQUOTE, AMC_T_PRE, AMC_T_CODE,
	AMC_T_HR, AMC_T_BR, AMC_T_A, AMC_T_B, AMC_T_STRONG, AMC_T_I, AMC_T_EM,
	AMC_T_S, AMC_T_STRIKE, AMC_T_DEL, AMC_T_U, AMC_T_SPAN, AMC_T_FONT,
	AMC_T_TABLE, AMC_T_TD, AMC_T_TH,
	AMC_T_AC_MACRO, AMC_T_AC_TASK_LIST, AMC_T_AC_TASK, AMC_T_AC_LINK,
	AMC_T_AC_IMAGE, AMC_T_AC_PLACEHOLDER, AMC_T_AC_EMOTICON,
	AMC_T_AC_PLAIN_BODY, AMC_T_AC_RICH_BODY, AMC_T_AC_PARAMETER,
	AMC_T_AC_TASK_STATUS, AMC_T_AC_TASK_BODY, AMC_T_AC_PLAIN_LINK_BODY,
	AMC_T_AC_LINK_BODY, AMC_T_RI_PAGE, AMC_T_RI_ATTACHMENT, AMC_T_RI_URL,
};

/* Node flag: the element is what DOM getElementsByTagName("tr") matches
 * (local name exactly "tr", case-sensitive). */
#define AMC_F_TR 1u

/* 32 bytes: the node array is most of the converter's memory. The last
 * child, needed only while building, lives in a side array. */
typedef struct {
	const char *s;   /* element: qualified name; other nodes: content */
	uint32_t len;
	uint32_t parent, first, next;
	uint32_t attr;   /* element: 1 + index of its first attribute, 0 none */
	uint8_t type;
	uint8_t tag;
	uint8_t flags;
} amc_node;

/* An element's attributes are contiguous in amc_tree.attrs; `owner` ends
 * the run. */
typedef struct {
	const char *name;
	const char *val;
	uint32_t name_len, val_len;
	uint32_t owner;
} amc_attr;

typedef struct amc_chunk amc_chunk;

typedef struct {
	amc_node *nodes;
	uint32_t *lasts; /* last child of each node, while building */
	uint32_t n, cap;
	amc_attr *attrs;
	uint32_t na, acap;
	amc_chunk *chunks; /* string arena: a list of blocks that never move */
	bool oom;
} amc_tree;

/* Limits: indices and lengths are 32-bit. */
#define AMC_TREE_MAX ((uint32_t)0x7FFFFFF0u)

bool amc_tree_init(amc_tree *t);
void amc_tree_free(amc_tree *t);
/* Ends building: drops the last-child array and gives back the unused
 * capacity before rendering (no node may be added afterwards). */
void amc_tree_finish(amc_tree *t);
/* Appends a node as the last child of `parent`; returns its index, 0 on OOM. */
uint32_t amc_tree_add(amc_tree *t, uint32_t parent, int type, const char *s, size_t len);
/* Adds an attribute to `node`, which must be the most recently added node. */
bool amc_tree_add_attr(amc_tree *t, uint32_t node, const char *name, size_t nlen, const char *val, size_t vlen);
/* Copies bytes into the string arena; NULL on OOM. */
const char *amc_tree_strdup(amc_tree *t, const char *s, size_t len);
/* Sets the node's tag id from its name; `tr` says whether DOM's
 * getElementsByTagName("tr") would match it. */
void amc_tree_set_tag(amc_tree *t, uint32_t node, bool tr);
/* Tag id of an element name (ASCII case-insensitive), AMC_T_OTHER(_NS)
 * for names the renderer does not dispatch on. Both lookups use the table
 * that the first amc_tree_init builds. */
int amc_tag_id(const char *s, size_t len);
/* Same for known names only: -1 when unknown. `avail` bytes are readable
 * from s (>= len; 24 or more allows whole-word loads). */
int amc_tag_lookup(const char *s, size_t len, size_t avail);

/* The append itself, once there is room (t->n < t->cap) and the checks
 * passed: shared by amc_tree_add and the inlined hot-loop version. */
static inline uint32_t amc_tree_append(amc_tree *t, uint32_t parent, int type, const char *s, size_t len)
{
	uint32_t id = t->n++;
	t->nodes[id] = (amc_node){.s = s, .len = (uint32_t)len, .parent = parent, .type = (uint8_t)type};
	t->lasts[id] = 0;
	uint32_t last = t->lasts[parent];
	if (last) {
		t->nodes[last].next = id;
	} else {
		t->nodes[parent].first = id;
	}
	t->lasts[parent] = id;
	return id;
}

/* amc_tree_add for a parser's hot loop: inlined; the rare cases (growth,
 * errors) go through amc_tree_add. */
static inline uint32_t amc_tree_add_inline(amc_tree *t, uint32_t parent, int type, const char *s, size_t len)
{
	if (t->n == t->cap || t->oom || len > AMC_TREE_MAX) {
		return amc_tree_add(t, parent, type, s, len);
	}
	return amc_tree_append(t, parent, type, s, len);
}

/* Attribute value by exact qualified name; NULL when absent. */
const amc_attr *amc_tree_attr(const amc_tree *t, uint32_t node, const char *name);

/* The attribute append once there is room (t->na < t->acap). */
static inline void amc_tree_append_attr(amc_tree *t, uint32_t node, const char *name, size_t nlen,
	const char *val, size_t vlen)
{
	amc_node *n = &t->nodes[node];
	if (n->attr == 0) {
		n->attr = t->na + 1;
	}
	t->attrs[t->na++] = (amc_attr){.name = name, .val = val, .name_len = (uint32_t)nlen,
		.val_len = (uint32_t)vlen, .owner = node};
}

/* amc_tree_add_attr for a parser's hot loop, inlined likewise. */
static inline bool amc_tree_add_attr_inline(amc_tree *t, uint32_t node, const char *name, size_t nlen,
	const char *val, size_t vlen)
{
	if (t->na == t->acap || t->oom || nlen > AMC_TREE_MAX || vlen > AMC_TREE_MAX) {
		return amc_tree_add_attr(t, node, name, nlen, val, vlen);
	}
	amc_tree_append_attr(t, node, name, nlen, val, vlen);
	return true;
}

#endif
