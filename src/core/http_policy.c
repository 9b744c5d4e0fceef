#include "http_policy.h"

#include <ctype.h>
#include <curl/curl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *skip_space(const char *s)
{
	while (*s == ' ' || *s == '\t') {
		s++;
	}
	return s;
}

bool amc_http_parse_retry_after(const char *value, time_t now, long *delay_ms)
{
	if (!value) {
		return false;
	}
	const char *s = skip_space(value);
	if (isdigit((unsigned char) *s)) {
		long secs = 0;
		while (isdigit((unsigned char) *s)) {
			/* Saturate: an absurd value just exceeds every cap. */
			secs = secs > (LONG_MAX / 1000 - 9) / 10 ? LONG_MAX / 1000 : secs * 10 + (*s - '0');
			s++;
		}
		if (*skip_space(s) != '\0') {
			return false;
		}
		*delay_ms = secs * 1000;
		return true;
	}
	/* IMF-fixdate, RFC 850 or asctime: libcurl's date parser knows them all. */
	time_t when = curl_getdate(s, NULL);
	if (when == (time_t) -1) {
		return false;
	}
	double diff = difftime(when, now);
	*delay_ms = diff <= 0 ? 0 : (diff > LONG_MAX / 1000 ? LONG_MAX : (long) (diff * 1000));
	return true;
}

long amc_http_backoff_ms(const amc_http_retry_policy *p, int attempt, uint64_t rnd)
{
	long ceiling = p->backoff_base_ms > 0 ? p->backoff_base_ms : 1;
	for (int i = 0; i < attempt && ceiling < p->backoff_max_ms; i++) {
		ceiling = ceiling > LONG_MAX / 2 ? LONG_MAX : ceiling * 2;
	}
	if (ceiling > p->backoff_max_ms) {
		ceiling = p->backoff_max_ms;
	}
	if (ceiling <= 0) {
		return 0;
	}
	return (long) (rnd % ((uint64_t) ceiling + 1));
}

bool amc_http_transient_curl_code(int code)
{
	switch (code) {
	case CURLE_COULDNT_CONNECT:
	case CURLE_PARTIAL_FILE:
	case CURLE_OPERATION_TIMEDOUT:
	case CURLE_GOT_NOTHING:
	case CURLE_SEND_ERROR:
	case CURLE_RECV_ERROR:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
		return true;
	default:
		return false;
	}
}

bool amc_http_retryable_status(long status)
{
	return status == 429 || status == 502 || status == 503 || status == 504;
}

static char *join(const char *a, size_t alen, const char *mid, const char *b)
{
	size_t mlen = strlen(mid), blen = strlen(b);
	char *out = malloc(alen + mlen + blen + 1);
	if (!out) {
		return NULL;
	}
	memcpy(out, a, alen);
	memcpy(out + alen, mid, mlen);
	memcpy(out + alen + mlen, b, blen + 1);
	return out;
}

char *amc_http_resolve_link(const char *base, const char *link)
{
	if (strncasecmp(link, "http://", 7) == 0 || strncasecmp(link, "https://", 8) == 0) {
		return strdup(link);
	}
	size_t blen = strlen(base);
	while (blen > 0 && base[blen - 1] == '/') {
		blen--;
	}
	if (strncmp(link, "/rest/api/", 10) == 0) {
		return join(base, blen, "/wiki", link);
	}
	return join(base, blen, link[0] == '/' ? "" : "/", link);
}

uint64_t amc_http_rand(uint64_t *state)
{
	uint64_t x = *state ? *state : 0x9E3779B97F4A7C15ULL;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	*state = x;
	return x * 0x2545F4914F6CDD1DULL;
}

void amc_http_each_header(const char *block, size_t len, amc_http_header_fn fn, void *ctx)
{
	const char *p = block, *end = block ? block + len : NULL;
	while (p && p < end) {
		const char *eol = memchr(p, '\n', (size_t) (end - p));
		const char *le = eol ? eol : end;
		const char *colon = memchr(p, ':', (size_t) (le - p));
		if (colon && colon > p && !(le - p >= 5 && memcmp(p, "HTTP/", 5) == 0)) {
			const char *v = colon + 1, *ve = le;
			while (v < ve && (*v == ' ' || *v == '\t')) {
				v++;
			}
			while (ve > v && (ve[-1] == '\r' || ve[-1] == ' ' || ve[-1] == '\t')) {
				ve--;
			}
			fn(p, (size_t) (colon - p), v, (size_t) (ve - v), ctx);
		}
		p = eol ? eol + 1 : end;
	}
}
