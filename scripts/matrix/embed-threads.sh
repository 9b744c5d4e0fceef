#!/usr/bin/env bash
# The zts-debug row's threaded test: the extension built with ThreadSanitizer
# against the thread-safe debug PHP on PATH (built with --enable-embed by
# build-php.sh), and tests/zts/embed_threads.c running tests/zts/fixtures/thread_work.php
# in THREADS (8) threads at once: conversions, vault crypto and HTTP walks
# against the loopback mock. Fails on a wrong result or any TSan report.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${AMC_BUILD_ROOT:-$root/.build-matrix/zts-debug}/tsan
threads=${THREADS:-8}
prefix=$(php-config --prefix)
php -r 'exit(PHP_ZTS ? 0 : 1);' || { echo "embed-threads.sh: $(command -v php) is not thread-safe" >&2; exit 1; }
[ -f "$prefix/lib/libphp.so" ] || { echo "embed-threads.sh: no embed SAPI (libphp.so) under $prefix" >&2; exit 1; }

# ThreadSanitizer instruments the extension and the driver; PHP itself is not
# instrumented, so its allocator is bypassed (USE_ZEND_ALLOC=0) and every
# emalloc is a malloc TSan sees.
ext=$(CFLAGS="-fsanitize=thread -g -O1" LDFLAGS="-fsanitize=thread" "$root/scripts/build.sh" "$build/ext")
driver=$build/embed_threads
# shellcheck disable=SC2046 # php-config's flags are words
gcc -fsanitize=thread -g -O1 -Wall -Wextra -Werror $(php-config --includes) -o "$driver" "$root/tests/zts/embed_threads.c" \
  -L"$prefix/lib" -Wl,-rpath,"$prefix/lib" -lphp -lpthread
# PHP opens extensions with RTLD_DEEPBIND, which the sanitizer runtimes refuse.
shim=$build/nodeepbind.so
gcc -shared -fPIC -O2 -o "$shim" "$root/tests/tools/nodeepbind.c" -ldl
ini=$build/php.ini
printf 'extension=%s\n' "$ext" > "$ini"

out=$build/run.out
export USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1
export TSAN_OPTIONS="halt_on_error=0:exitcode=66:report_signal_unsafe=0:${TSAN_OPTIONS:-}"
# The mock server runs on a PHP with FFI (row.sh's AMC_MOCK_PHP), outside TSan.
status=0
LD_PRELOAD=$shim "$driver" "$ini" "$threads" "$root/tests/zts/fixtures/setup.php" "$root/tests/zts/fixtures/thread_work.php" \
  "$(cd "$root/../shared/golden/converter/real" && pwd)" >"$out" 2>&1 || status=$?
cat "$out"
ok=$(grep -c '^thread [0-9]*: ok' "$out" || true)
if [ "$status" != 0 ] || [ "$ok" != "$threads" ] || grep -q 'WARNING: ThreadSanitizer' "$out"; then
  echo "embed-threads: FAILED (exit $status, $ok/$threads threads ok, $(grep -c 'WARNING: ThreadSanitizer' "$out" || true) TSan reports)" >&2
  exit 1
fi
echo "embed-threads: $threads threads ok, no data race reported"
