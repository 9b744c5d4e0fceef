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

# Preloaded into the PHP processes only (run-phpt.sh), not into this script's tools.
export AMC_SANITIZER_PRELOAD="$shim:$asan:$ubsan"
export ASAN_OPTIONS="verify_asan_link_order=0:detect_leaks=1:abort_on_error=0:exitcode=86:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
# use_tls=0: LSan's tracer crashes reading thread-local storage on this
# kernel/glibc ("Tracer caught signal 11"); what ld.so then reports is suppressed.
export LSAN_OPTIONS="suppressions=$root/tests/tools/lsan.supp:print_suppressions=0:use_tls=0:${LSAN_OPTIONS:-}"
export USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1

# LeakSanitizer's own tracer can crash at exit ("Tracer caught signal 11 ...
# LeakSanitizer has encountered a fatal error"): that is no finding, so such
# tests run once more. Leak reports and every other failure stand. Both runs
# use run-tests' worker mode (-j2): here the tracer crashes reliably on the
# golden test when run-tests starts the test process itself, never from a worker.
failed=$(mktemp)
trap 'rm -f "$failed"' EXIT
if "$root/scripts/run-phpt.sh" "$ext" -j2 -w "$failed" "$@"; then
  exit 0
fi
# The list also names tests that passed on run-tests' own retry (WARNED):
# only those with a .diff failed.
again=$(mktemp)
trap 'rm -f "$failed" "$again"' EXIT
while read -r t; do
  [ -n "$t" ] && [ -f "${t%.phpt}.diff" ] || continue
  out="${t%.phpt}.out"
  if grep -q "LeakSanitizer has encountered a fatal error" "$out" 2>/dev/null && ! grep -q "detected memory leaks" "$out"; then
    echo "$t" >> "$again"
  else
    exit 1
  fi
done < "$failed"
[ -s "$again" ] || exit 1
echo "re-running after a LeakSanitizer tracer crash: $(tr '\n' ' ' < "$again")"
"$root/scripts/run-phpt.sh" "$ext" -j2 -r "$again"
