/* The credential policy of the HTTP engine (pure C, no Zend): the bearer
 * token goes only to the base URL's origin (scheme, host, port) and to the
 * origins a deployment allows explicitly. URLs are parsed by libcurl's own
 * URL parser, the one that later sends the request, so what is checked is
 * what is contacted (userinfo tricks, default ports, case). */
#ifndef AMC_CORE_HTTP_ORIGIN_H
#define AMC_CORE_HTTP_ORIGIN_H

#include <stdbool.h>
#include <stddef.h>

/* "scheme://host:port", lower case, the port always written. */
#define AMC_ORIGIN_MAX 300

/* The origin of an absolute http(s) URL; false when it is not one. */
bool amc_http_origin_of(const char *url, char out[AMC_ORIGIN_MAX]);

typedef struct {
	char base[AMC_ORIGIN_MAX];
	char (*allowed)[AMC_ORIGIN_MAX];
	size_t nallowed;
} amc_http_origins;

/* Sets the base origin; false when `base_url` is not an absolute http(s) URL. */
bool amc_http_origins_init(amc_http_origins *o, const char *base_url);
/* Adds an allowed origin (given as a URL or an origin). Returns NULL or a
 * static reason: not an origin, cleartext beside an https base, no memory. */
const char *amc_http_origins_allow(amc_http_origins *o, const char *url);
void amc_http_origins_free(amc_http_origins *o);

/* True when `url` may carry the token; `origin` receives its origin (or ""
 * when it is not an absolute http(s) URL). */
bool amc_http_origins_permit(const amc_http_origins *o, const char *url, char origin[AMC_ORIGIN_MAX]);

#endif
