#!/usr/bin/env bash
# Short libFuzzer run of the converter core, seeded from the golden corpus:
# no crash, no leak, fast path == libxml2 path, malformed claims confirmed.
# AMC_FUZZ_RUNS (default 200000) and AMC_FUZZ_SECONDS (default 60) bound it.
set -euo pipefail
root=${AMC_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
golden="$root/../shared/golden/converter"
[ -d "$golden" ] || { echo "golden corpus missing: $golden" >&2; exit 1; }
tools="${AMC_BUILD_ROOT:-$root/.build-test}/converter-tools"
"$root/scripts/build-converter-tools.sh" "$tools" >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/seed"
cp "$golden"/*/*.xhtml "$work/seed/"
cd "$work"
"$tools/conv_fuzz" -max_len=4096 -runs="${AMC_FUZZ_RUNS:-200000}" \
  -max_total_time="${AMC_FUZZ_SECONDS:-60}" -artifact_prefix="$work/" \
  "$work/corpus" "$work/seed" 2>&1 | tail -n 3
