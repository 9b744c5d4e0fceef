#!/usr/bin/env bash
# Converter core without Zend: the golden corpus through the C entry point in
# every parser mode (auto; fast path where it accepts; libxml2 only), built
# with clang under ASan+UBSan, so a leak or an out-of-bounds read fails here;
# then the libxml2 SAX builders against the DOM builders they replaced, tree
# for tree, on the corpus and on 20,000 random mutations of it; then the
# real corpus from 8 threads at once under ThreadSanitizer (thread-safe PHP
# converts on many threads), with a timeout because a race on a lookup
# table can also end in an endless probe loop.
set -euo pipefail
root=${AMC_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
golden="$root/../shared/golden/converter"
[ -d "$golden" ] || { echo "golden corpus missing: $golden" >&2; exit 1; }
tools="${AMC_BUILD_ROOT:-$root/.build-test}/converter-tools"
"$root/scripts/build-converter-tools.sh" "$tools" >/dev/null
ASAN_OPTIONS=detect_leaks=1 "$tools/conv_golden" "$golden/real" "$golden/gen" "$golden/malformed"
ASAN_OPTIONS=detect_leaks=1 "$tools/libxml_sax" check "$golden/real" "$golden/gen" "$golden/malformed"
ASAN_OPTIONS=detect_leaks=1 "$tools/libxml_sax" mutate 20000 42 "$golden/real" "$golden/gen" "$golden/malformed"
TSAN_OPTIONS=halt_on_error=1 timeout 300 "$tools/conv_threads" 8 "$golden/real"
