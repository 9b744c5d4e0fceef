--TEST--
bin/confluence2md: binary, UTF-16/32 and NUL-byte input is refused with exit 2 and the reason; invalid UTF-8 text converts with exit 3 and its offset
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/ext_path.inc';
$dir = amc_temp_dir('c2m-binary');
$page = '<h1>Title</h1><p>Body</p>';
mt_srand(12);
$random = '';
for ($i = 0; $i < 4096; $i++) {
    $random .= chr(mt_rand(1, 255));   // no NUL: the text sniffing has to see it
}
$inputs = [
    'elf' => file_get_contents(PHP_BINARY, false, null, 0, 8192),
    'gzip' => gzencode($page),
    'zip' => "PK\x03\x04" . str_repeat('x', 40),
    'pdf' => "%PDF-1.7\n" . $page,
    'png' => "\x89PNG\r\n\x1A\n" . $page,
    'random' => $random,
    'random with NUL' => "\x01\x00" . $random,
    'utf-16le bom' => "\xFF\xFE" . mb_convert_encoding_fallback($page, 'LE'),
    'utf-16be bom' => "\xFE\xFF" . mb_convert_encoding_fallback($page, 'BE'),
    'utf-16le no bom' => mb_convert_encoding_fallback($page, 'LE'),
    'utf-16be no bom' => mb_convert_encoding_fallback($page, 'BE'),
    'utf-32le bom' => "\xFF\xFE\x00\x00" . implode('', array_map(fn ($c) => "$c\0\0\0", str_split($page))),
    'utf-32be bom' => "\x00\x00\xFE\xFF" . implode('', array_map(fn ($c) => "\0\0\0$c", str_split($page))),
    'NUL in text' => "<p>one</p>\0<p>two</p>",
    'control bytes' => "<p>\x01\x02\x03\x04\x05\x06</p>",
];
/** ASCII to UTF-16 without the mbstring extension (not loaded with -n). */
function mb_convert_encoding_fallback(string $ascii, string $order): string
{
    return implode('', array_map(fn ($c) => $order === 'LE' ? "$c\0" : "\0$c", str_split($ascii)));
}
foreach ($inputs as $name => $bytes) {
    $file = "$dir/" . str_replace(' ', '-', $name) . '.xhtml';
    file_put_contents($file, $bytes);
    [$rc, $out, $err] = amc_run_cli([$file]);
    echo "$name: rc=$rc out=", json_encode($out), "\n  ", str_replace($dir . '/', '', trim($err)), "\n";
}
// The same refusal from stdin.
[$rc, $out, $err] = amc_run_cli([], gzencode($page));
echo "gzip on stdin: rc=$rc ", trim($err), "\n";

// Invalid UTF-8 in text is converted (by the HTML fallback), warned with the offset.
// The text is upstream's on the libxml2 PHP runs with: 2.14's HTML5 tokenizer
// reads invalid UTF-8 as U+FFFD (2.9: as Latin-1) and keeps a control byte.
if (!defined('LIBXML_LOADED_VERSION')) {
    echo "FAIL: ext/libxml is needed to know which libxml2 runs\n";
    exit(1);
}
$html5 = (int) LIBXML_LOADED_VERSION >= 21400;
$latin1 = $html5 ? "caf\u{FFFD} cr\u{FFFD}me\n" : "caf\u{E9} cr\u{E8}me\n";
$ctl = $html5 ? "ctl \x01 char\n" : "ctl char\n";
$upstream = fn (string $out, string $want) => $out === $want ? 'as upstream on this libxml2' : json_encode($out);
// The warning says what this libxml2 did with the bytes.
$reading = fn (string $err) => str_replace($html5 ? 'which replaces the invalid bytes with U+FFFD' : 'which reads it as Latin-1', 'READING', $err);
file_put_contents("$dir/latin1.xhtml", "<p>caf\xE9 cr\xE8me</p>");
[$rc, $out, $err] = amc_run_cli(["$dir/latin1.xhtml"]);
echo "latin-1: rc=$rc out=", $upstream($out, $latin1), "\n  ", $reading(str_replace($dir . '/', '', trim($err))), "\n";
// One control byte is damage, not binary.
[$rc, $out, $err] = amc_run_cli([], "<p>ctl \x01 char</p>");
echo "one control byte: rc=$rc out=", $upstream($out, $ctl), "\n  ", trim($err), "\n";

// A refused input outranks a damaged one (2 before 3); the other inputs still convert.
file_put_contents("$dir/broken.html", '<p>a & b');
[$rc, $out, $err] = amc_run_cli(["$dir/broken.html", "$dir/gzip.xhtml", "$dir/latin1.xhtml"]);
echo "mixed: rc=$rc out=", $upstream($out, "a & b\n\n\n" . $latin1), "\n", $reading(str_replace($dir . '/', '', trim($err))), "\n";

// In a tree the refused file is named and skipped.
mkdir("$dir/tree");
file_put_contents("$dir/tree/good.xhtml", $page);
copy("$dir/elf.xhtml", "$dir/tree/bad.xml");
[$rc, , $err] = amc_run_cli(['-q', '-r', "$dir/tree", "$dir/out"]);
echo "tree: rc=$rc out: ", implode(' ', array_diff(scandir("$dir/out"), ['.', '..'])), "\n", preg_replace('/converter .*/', '...', trim($err)), "\n";
?>
--EXPECTF--
elf: rc=2 out=""
  confluence2md: elf.xhtml is an ELF executable or library, not Confluence storage format
gzip: rc=2 out=""
  confluence2md: gzip.xhtml is gzip-compressed, not Confluence storage format
zip: rc=2 out=""
  confluence2md: zip.xhtml is a zip archive (or .docx, .odt, .jar), not Confluence storage format
pdf: rc=2 out=""
  confluence2md: pdf.xhtml is a PDF document, not Confluence storage format
png: rc=2 out=""
  confluence2md: png.xhtml is a PNG image, not Confluence storage format
random: rc=2 out=""
  confluence2md: random.xhtml does not look like text: %d% of its first 4096 bytes are control bytes or invalid UTF-8 (binary data, or an encoding other than UTF-8)
random with NUL: rc=2 out=""
  confluence2md: random-with-NUL.xhtml contains NUL bytes (the first at byte offset 1): binary data, not Confluence storage format
utf-16le bom: rc=2 out=""
  confluence2md: utf-16le-bom.xhtml is UTF-16LE text (byte order mark); convert it to UTF-8 first, e.g. iconv -f UTF-16LE -t UTF-8
utf-16be bom: rc=2 out=""
  confluence2md: utf-16be-bom.xhtml is UTF-16BE text (byte order mark); convert it to UTF-8 first, e.g. iconv -f UTF-16BE -t UTF-8
utf-16le no bom: rc=2 out=""
  confluence2md: utf-16le-no-bom.xhtml looks like UTF-16LE text without a byte order mark; convert it to UTF-8 first, e.g. iconv -f UTF-16LE -t UTF-8
utf-16be no bom: rc=2 out=""
  confluence2md: utf-16be-no-bom.xhtml looks like UTF-16BE text without a byte order mark; convert it to UTF-8 first, e.g. iconv -f UTF-16BE -t UTF-8
utf-32le bom: rc=2 out=""
  confluence2md: utf-32le-bom.xhtml is UTF-32LE text (byte order mark); convert it to UTF-8 first, e.g. iconv -f UTF-32LE -t UTF-8
utf-32be bom: rc=2 out=""
  confluence2md: utf-32be-bom.xhtml is UTF-32BE text (byte order mark); convert it to UTF-8 first, e.g. iconv -f UTF-32BE -t UTF-8
NUL in text: rc=2 out=""
  confluence2md: NUL-in-text.xhtml contains NUL bytes (the first at byte offset 10): binary data, not Confluence storage format
control bytes: rc=2 out=""
  confluence2md: control-bytes.xhtml does not look like text: 46% of its first 13 bytes are control bytes or invalid UTF-8 (binary data, or an encoding other than UTF-8)
gzip on stdin: rc=2 confluence2md: stdin is gzip-compressed, not Confluence storage format
latin-1: rc=3 out=as upstream on this libxml2
  confluence2md: warning: latin1.xhtml is not valid UTF-8 (first invalid byte at offset 6); converted with the HTML fallback, READING (iconv -f WINDOWS-1252 -t UTF-8 if that is its encoding)
one control byte: rc=3 out=as upstream on this libxml2
  confluence2md: warning: stdin is not well-formed XML; converted with the HTML fallback (Confluence macros may be lost)
mixed: rc=2 out=as upstream on this libxml2
confluence2md: warning: broken.html is not well-formed XML; converted with the HTML fallback (Confluence macros may be lost)
confluence2md: gzip.xhtml is gzip-compressed, not Confluence storage format
confluence2md: warning: latin1.xhtml is not valid UTF-8 (first invalid byte at offset 6); converted with the HTML fallback, READING (iconv -f WINDOWS-1252 -t UTF-8 if that is its encoding)
tree: rc=2 out: good.md
confluence2md: bad.xml is an ELF executable or library, not Confluence storage format
1 files, %s MB of storage XHTML: ...
