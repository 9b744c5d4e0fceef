#!/usr/bin/env bash
# Runs the phpt suite against an ASan+UBSan build of the extension with
# USE_ZEND_ALLOC=0, so that every emalloc is a malloc the sanitizers see.
# Debian's php is not built with ASan, so the runtime is preloaded; PHP opens
# extensions with RTLD_DEEPBIND, which ASan refuses, hence the nodeepbind shim.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${AMC_BUILD_ROOT:-$root/.build-test}
ext=$("$root/scripts/build.sh" "$build/asan" --enable-askmydocs-connector-sanitizers)

shim="$build/asan/nodeepbind.so"
cc -shared -fPIC -O2 -o "$shim" "$root/tests/tools/nodeepbind.c" -ldl

asan=$(gcc -print-file-name=libasan.so)
ubsan=$(gcc -print-file-name=libubsan.so)
[ -f "$asan" ] && [ -f "$ubsan" ] || { echo "sanitizer runtimes missing: apt-get install libasan8 libubsan1" >&2; exit 1; }

export LD_PRELOAD="$shim:$asan:$ubsan"
export ASAN_OPTIONS="verify_asan_link_order=0:detect_leaks=1:abort_on_error=0:exitcode=86:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$root/tests/tools/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
export USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1
exec "$root/scripts/run-phpt.sh" "$ext" -j2 "$@"
