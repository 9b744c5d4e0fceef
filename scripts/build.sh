#!/usr/bin/env bash
# Builds the extension out of tree: copies the sources into BUILD_DIR, runs
# phpize/configure/make there, and leaves BUILD_DIR/modules/askmydocs_connector.so.
# Usage: [AMC_WERROR=1] scripts/build.sh BUILD_DIR [configure options...]
# Separate build dirs let several builds (plain, sanitizers) coexist.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: scripts/build.sh BUILD_DIR [configure options]}
shift
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

# Sources only, chosen by name so that any tree builds: a git checkout, a
# plain copy, an unpacked release tarball. Build products an in-tree build
# may have left beside them (config.h, *.o, *.lo) are not sources.
[ -f "$root/config.m4" ] && [ -d "$root/src" ] || { echo "no extension sources in $root (config.m4, src/)" >&2; exit 1; }
tops=()
for p in config.m4 config.w32 php_askmydocs_connector.h src stubs; do [ -e "$root/$p" ] && tops+=("$p"); done
(cd "$root" && find "${tops[@]}" -type f \
    \( -name config.m4 -o -name config.w32 -o -name '*.c' -o -name '*.h' -o -name '*.php' \) -print0 |
  tar cf - --null -T -) | (cd "$dir" && tar xf -)

cd "$dir"
# Reconfigure when the options or the set of C sources change (config.m4 globs them).
stamp="$* $(ls src/core/*.c src/php/*.c | tr '\n' ' ')"
if [ ! -f configure ] || [ "$(cat .amc-configure 2>/dev/null)" != "$stamp" ] || [ config.m4 -nt configure ]; then
  phpize >/dev/null 2>&1
  ./configure --enable-askmydocs-connector "$@" >configure.out 2>&1 || { cat configure.out >&2; exit 1; }
  echo "$stamp" > .amc-configure
fi
# AMC_WERROR=1: warnings are errors (make time only: configure's probes are not ours).
make -j"$(nproc)" ${AMC_WERROR:+EXTRA_CFLAGS=-Werror} >make.out 2>&1 || { grep -E "error|Error" make.out >&2 || cat make.out >&2; exit 1; }
grep -E "warning:" make.out >&2 || true
echo "$dir/modules/askmydocs_connector.so"
