/* libFuzzer harness over the converter core (no Zend).
 * Checks: no crash, no leak (ASan/LSan), and on every input the fast path
 * accepts, the same markdown as the libxml2 path. When the fast path says
 * the input is not well-formed, libxml2's XML parser must reject it too. */
#include "../src/core/converter.h"
#include "../src/core/conv_internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const unsigned char php_trim[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\0'] = 1, ['\v'] = 1,
};

static void check_malformed_claim(const char *s, size_t n)
{
	while (n && php_trim[(unsigned char)s[0]]) {
		s++;
		n--;
	}
	while (n && php_trim[(unsigned char)s[n - 1]]) {
		n--;
	}
	if (n == 0) {
		return;
	}
	amc_tree t;
	if (!amc_tree_init(&t)) {
		return;
	}
	int rc = amc_parse_fast(s, n, &t);
	amc_tree_free(&t);
	if (rc != 2) {
		return;
	}
	amc_buf rw;
	amc_buf_init(&rw);
	if (amc_rewrite_entities(s, n, &rw) && amc_tree_init(&t)) {
		if (amc_parse_xml(rw.data, rw.len, &t) == 1) {
			fprintf(stderr, "fast path called well-formed input malformed\n");
			abort();
		}
		amc_tree_free(&t);
	}
	amc_buf_free(&rw);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *)data;
	char err[256];
	amc_buf fast, slow, any;
	amc_buf_init(&fast);
	amc_buf_init(&slow);
	amc_buf_init(&any);

	int rc_any = amc_convert(in, size, &any, err, sizeof(err));
	int rc_fast = amc_convert_mode(in, size, AMC_CONV_FAST_ONLY, &fast, err, sizeof(err));
	if (rc_fast != AMC_CONV_DECLINED) {
		int rc_slow = amc_convert_mode(in, size, AMC_CONV_LIBXML_ONLY, &slow, err, sizeof(err));
		if (rc_fast != rc_slow || fast.len != slow.len ||
		    (fast.len && memcmp(fast.data, slow.data, fast.len) != 0)) {
			fprintf(stderr, "fast path and libxml2 path differ (rc %d/%d)\nfast:   %.*s\nlibxml: %.*s\n",
				rc_fast, rc_slow, (int)fast.len, fast.data ? fast.data : "", (int)slow.len,
				slow.data ? slow.data : "");
			abort();
		}
		if (rc_any != rc_fast || any.len != fast.len) {
			fprintf(stderr, "auto mode disagrees with the fast path\n");
			abort();
		}
	}
	check_malformed_claim(in, size);
	amc_buf_free(&fast);
	amc_buf_free(&slow);
	amc_buf_free(&any);
	return 0;
}
