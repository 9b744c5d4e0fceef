#!/usr/bin/env bash
# The converter's word coverage per golden set (real, gen, malformed) for
# both Markdown profiles, measured through cmark-gfm's plain text, and the
# lossless profile's GFM validity (15-converter-coverage.php says how).
# Fails when lossless keeps less than every content word of real or gen, when
# a lossless page loses a table or code block in cmark-gfm, or when the
# upstream profile is not byte-identical to the golden Markdown. cmark-gfm
# (Debian package cmark-gfm) is required: its absence fails the check.
set -euo pipefail
root=${AMC_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
golden="$root/../shared/golden/converter"
[ -d "$golden" ] || { echo "golden corpus missing: $golden" >&2; exit 1; }
command -v cmark-gfm >/dev/null || { echo "cmark-gfm not found: apt-get install cmark-gfm (scripts/deps/debian-packages.txt)" >&2; exit 1; }
ext=${AMC_EXT:-$("$root/scripts/build.sh" "${AMC_BUILD_ROOT:-$root/.build-test}/plain")}
php -d "extension=$ext" "$root/scripts/checks/15-converter-coverage.php" "$golden"
