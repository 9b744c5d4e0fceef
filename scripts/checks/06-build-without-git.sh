#!/usr/bin/env bash
# scripts/build.sh builds from any source tree: a plain copy of the sources
# (no .git, as unpacked from a release tarball), with a `git` on PATH that
# fails and records every call. The .so built there must load.
set -euo pipefail
root=${AMC_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A plain copy: what a source tarball holds, no git metadata, no build products.
mkdir -p "$work/tree"
(cd "$root" && tar cf - --exclude=.git --exclude='./.build*' --exclude=vendor --exclude='./demo/kb' \
  --exclude='./demo/storage' config.m4 config.w32 php_askmydocs_connector.h src stubs scripts) | (cd "$work/tree" && tar xf -)
[ ! -e "$work/tree/.git" ] || { echo "the copy has git metadata" >&2; exit 1; }

mkdir -p "$work/bin"
cat > "$work/bin/git" <<SH
#!/bin/sh
echo "git \$*" >> "$work/git-calls"
echo "fatal: not a git repository (this check hides git)" >&2
exit 128
SH
chmod +x "$work/bin/git"

ext=$(cd "$work" && PATH="$work/bin:$PATH" GIT_DIR=/nonexistent "$work/tree/scripts/build.sh" "$work/build")
if [ -s "$work/git-calls" ]; then
  echo "build.sh called git:"; cat "$work/git-calls"; exit 1
fi
[ "$ext" = "$work/build/modules/askmydocs_connector.so" ] || { echo "unexpected build output: $ext" >&2; exit 1; }
modules=$(php -n -d "extension=$ext" -m)
grep -qx askmydocs_connector <<<"$modules" || { echo "the .so built from the copy does not load" >&2; exit 1; }
echo "built from a plain copy without git: $(php -n -d "extension=$ext" -r 'echo phpversion("askmydocs_connector");') loads"
