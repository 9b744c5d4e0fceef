#include "http_origin.h"

#include <ctype.h>
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool amc_http_origin_of(const char *url, char out[AMC_ORIGIN_MAX])
{
	out[0] = '\0';
	CURLU *u = curl_url();
	if (!u) {
		return false;
	}
	char *scheme = NULL, *host = NULL, *port = NULL;
	bool ok = curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK
		&& curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK
		&& curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK
		&& curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK
		&& (strcmp(scheme, "http") == 0 || strcmp(scheme, "https") == 0);
	if (ok) {
		int n = snprintf(out, AMC_ORIGIN_MAX, "%s://%s:%s", scheme, host, port);
		ok = n > 0 && n < AMC_ORIGIN_MAX;
		for (char *p = out; ok && *p; p++) {
			*p = (char) tolower((unsigned char) *p);
		}
	}
	if (!ok) {
		out[0] = '\0';
	}
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_url_cleanup(u);
	return ok;
}

bool amc_http_origins_init(amc_http_origins *o, const char *base_url)
{
	memset(o, 0, sizeof(*o));
	return amc_http_origin_of(base_url, o->base);
}

const char *amc_http_origins_allow(amc_http_origins *o, const char *url)
{
	char origin[AMC_ORIGIN_MAX];
	if (!amc_http_origin_of(url, origin)) {
		return "it is not an absolute http(s) URL";
	}
	/* An https deployment never hands its token to a cleartext origin. */
	if (strncmp(o->base, "https:", 6) == 0 && strncmp(origin, "http:", 5) == 0) {
		return "an http:// origin would receive the token in cleartext";
	}
	char (*grown)[AMC_ORIGIN_MAX] = realloc(o->allowed, (o->nallowed + 1) * sizeof(*grown));
	if (!grown) {
		return "out of memory";
	}
	o->allowed = grown;
	memcpy(o->allowed[o->nallowed++], origin, AMC_ORIGIN_MAX);
	return NULL;
}

void amc_http_origins_free(amc_http_origins *o)
{
	free(o->allowed);
	o->allowed = NULL;
	o->nallowed = 0;
}

bool amc_http_origins_permit(const amc_http_origins *o, const char *url, char origin[AMC_ORIGIN_MAX])
{
	if (!amc_http_origin_of(url, origin)) {
		return false;
	}
	if (strcmp(origin, o->base) == 0) {
		return true;
	}
	for (size_t i = 0; i < o->nallowed; i++) {
		if (strcmp(origin, o->allowed[i]) == 0) {
			return true;
		}
	}
	return false;
}
