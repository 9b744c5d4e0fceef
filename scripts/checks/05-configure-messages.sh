#!/usr/bin/env bash
# configure's report on the libraries: shown a pkg-config path where .pc files
# are hidden or rewritten to an older version, it must stop naming each
# missing library and its Debian package, and, in one run with several
# problems, every missing or too old library with the version it found, then
# one apt-get line; with all of them present it must pass, showing each
# version found.
set -euo pipefail
root=${AMC_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root" && find config.m4 php_askmydocs_connector.h src stubs -type f \( -name config.m4 -o -name '*.[ch]' -o -name '*.php' \) -print0 |
  tar cf - --null -T -) | (cd "$work" && tar xf -)
(cd "$work" && phpize >/dev/null 2>&1)

pcdirs=$(pkg-config --variable pc_path pkg-config | tr ':' ' ')
status=0
fail() { echo "FAIL: $*"; status=1; }

pc_dir() { # pc_dir NAME: a pkg-config dir with every .pc file of the machine
  local fake="$work/$1" d f
  mkdir -p "$fake"
  for d in $pcdirs; do
    [ -d "$d" ] && for f in "$d"/*.pc; do [ -e "$f" ] && ln -sf "$f" "$fake/"; done
  done
  echo "$fake"
}
downgrade() { # downgrade DIR PC VERSION: the .pc claims an older version
  local real; real=$(readlink -f "$1/$2.pc")
  rm -f "$1/$2.pc"
  sed -E "s/^Version:.*/Version: $3/" "$real" > "$1/$2.pc"
}
configure_with() { # configure_with PCDIR: configure's output; fails when configure fails
  (cd "$work" && PKG_CONFIG_LIBDIR="$1" PKG_CONFIG_PATH= ./configure --enable-askmydocs-connector 2>&1)
}

# One library missing at a time.
for pair in libxml-2.0:libxml2-dev libcurl:libcurl4-openssl-dev libsodium:libsodium-dev libcrypto:libssl-dev; do
  pc=${pair%%:*} deb=${pair#*:}
  dir=$(pc_dir "without-$pc")
  rm -f "$dir/$pc.pc"
  if out=$(configure_with "$dir"); then fail "configure succeeded without $pc"; continue; fi
  if grep -qx "  $pc not found: install the Debian package $deb" <<<"$out" && grep -qx "  to fix: apt-get install $deb" <<<"$out"; then
    echo "without $pc: configure names $deb"
  else
    fail "without $pc:"; tail -5 <<<"$out"
  fi
done

# Three problems at once: each is named in the one run, with the version found.
dir=$(pc_dir several)
rm -f "$dir/libcurl.pc"
downgrade "$dir" libsodium 1.0.11
downgrade "$dir" libxml-2.0 2.7.8
if out=$(configure_with "$dir"); then
  fail "configure succeeded with libcurl missing, libsodium and libxml2 too old"
else
  want=("configure: error: required libraries missing or too old:"
    "  libxml-2.0 2.7.8 found, 2.9.0 or newer needed: upgrade the Debian package libxml2-dev"
    "  libcurl not found: install the Debian package libcurl4-openssl-dev"
    "  libsodium 1.0.11 found, 1.0.18 or newer needed: upgrade the Debian package libsodium-dev"
    "  to fix: apt-get install libxml2-dev libcurl4-openssl-dev libsodium-dev")
  report=$(grep -A4 -x "${want[0]}" <<<"$out" || true)
  if [ "$report" = "$(printf '%s\n' "${want[@]}")" ]; then
    echo "one run reports all three:"; echo "$report"
  else
    fail "the report of one run with three problems:"; tail -8 <<<"$out"
  fi
  grep -q "libcrypto.*\(not found\|too old\)" <<<"$out" && fail "libcrypto (present, new enough) was reported"
fi

# Everything present: configure passes and shows the versions it found.
if out=$(configure_with "$(pc_dir all)"); then
  for pc in libxml-2.0 libcurl libsodium libcrypto; do
    grep -q "checking for $pc >= [0-9.]* via pkg-config\.\.\. found $(pkg-config --modversion "$pc")\$" <<<"$out" ||
      fail "configure did not show the version of $pc"
  done
  echo "all present: configure passes, showing each version found"
else
  fail "configure failed with every library present:"; tail -5 <<<"$out"
fi
exit $status
