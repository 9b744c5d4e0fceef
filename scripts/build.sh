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

# Sources only: everything git tracks or would track (untracked, not ignored).
(cd "$root" && git ls-files -co --exclude-standard -z -- config.m4 config.w32 '*.h' 'src/*' 'stubs/*') |
  (cd "$root" && xargs -0 tar cf -) | (cd "$dir" && tar xf -)

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
