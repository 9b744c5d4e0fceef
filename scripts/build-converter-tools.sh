#!/usr/bin/env bash
# Builds the converter's standalone C tools (no Zend, no phpize) into DIR:
#   DIR/conv_golden  golden corpus check in every parser mode (ASan+UBSan)
#   DIR/conv_fuzz    libFuzzer harness (clang, ASan+UBSan)
#   DIR/libxml_sax   SAX tree builders vs the DOM builders they replaced (ASan+UBSan)
#   DIR/conv_threads golden corpus from concurrent threads (ThreadSanitizer)
# Usage: scripts/build-converter-tools.sh DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: scripts/build-converter-tools.sh DIR}
mkdir -p "$dir"
core=(buf.c conv_tree.c conv_entities.c conv_tokenizer.c conv_libxml.c conv_render.c converter.c)
srcs=("${core[@]/#/$root/src/core/}")
xml_cflags=$(pkg-config --cflags libxml-2.0)
xml_libs=$(pkg-config --libs libxml-2.0)
command -v clang >/dev/null || { echo "clang not found: apt-get install clang libclang-rt-14-dev" >&2; exit 1; }
san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
clang -std=c99 -D_DEFAULT_SOURCE -O1 -g $san -Wall -Wextra -Wno-unused-parameter $xml_cflags \
  "${srcs[@]}" "$root/tests/core/golden.c" $xml_libs -o "$dir/conv_golden"
clang -std=c99 -D_DEFAULT_SOURCE -O1 -g $san -fsanitize=fuzzer -Wall -Wextra -Wno-unused-parameter $xml_cflags \
  "${srcs[@]}" "$root/fuzz/conv_fuzz.c" $xml_libs -o "$dir/conv_fuzz"
clang -std=c99 -D_DEFAULT_SOURCE -O1 -g $san -Wall -Wextra -Wno-unused-parameter $xml_cflags \
  "${srcs[@]}" "$root/tests/core/libxml_sax.c" $xml_libs -o "$dir/libxml_sax"
clang -std=c99 -D_DEFAULT_SOURCE -O1 -g -fsanitize=thread -fno-omit-frame-pointer -pthread -Wall -Wextra \
  -Wno-unused-parameter $xml_cflags "${srcs[@]}" "$root/tests/core/threads.c" $xml_libs -o "$dir/conv_threads"
echo "$dir"
