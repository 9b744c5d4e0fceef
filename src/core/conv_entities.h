/* HTML5 named character references (the ones ending in ';'). */
#ifndef AMC_CONV_ENTITIES_H
#define AMC_CONV_ENTITIES_H

#include <stddef.h>
#include <stdint.h>

/* Looks up `name` (without '&' and ';'). On a hit stores one or two code
 * points (cp[1] == 0 when there is one) and returns 1; returns 0 otherwise.
 * The five XML predefined names are not in the table. */
int amc_entity_lookup(const char *name, size_t len, uint32_t cp[2]);

/* Writes the UTF-8 form of a code point (<= 0x10FFFF) into out, returns its length. */
size_t amc_utf8_put(uint32_t cp, char out[4]);

#endif
