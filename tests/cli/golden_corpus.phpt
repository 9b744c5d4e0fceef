--TEST--
bin/confluence2md -r on the golden corpus: no page refused, each .md is StorageConverter::convert() of its page; malformed pages (invalid UTF-8, control bytes) exit 3
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
use AskMyDocs\Connector\Confluence\StorageConverter;

require __DIR__ . '/ext_path.inc';
// The corpus lives beside the project: <project>/../shared. Missing is a failure, never a skip.
$root = dirname(__DIR__, 3) . '/shared/golden/converter';
if (!is_dir("$root/malformed")) {
    echo "FAIL: golden corpus not found at $root\n";
    exit(1);
}
$dir = amc_temp_dir('c2m-golden');
[$rc, , $err] = amc_run_cli(['-q', '--ext=xhtml', '-r', $root, $dir]);
echo "rc=$rc\n";
foreach (explode("\n", trim($err)) as $line) {
    if (!preg_match('/^confluence2md: warning: \S+ is not (well-formed XML|valid UTF-8 \(first invalid byte at offset \d+\));/', $line)
        && !preg_match('/^\d+ files, [\d.]+ MB of storage XHTML/', $line)) {
        echo "unexpected: $line\n";
    }
}
$pages = $differ = 0;
$warned = [];
foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator($root, FilesystemIterator::SKIP_DOTS)) as $f) {
    if ($f->getExtension() !== 'xhtml') {
        continue;
    }
    $pages++;
    $relative = substr($f->getPathname(), strlen("$root/"));
    $md = StorageConverter::convert(file_get_contents($f->getPathname()), $report);
    $got = @file_get_contents("$dir/" . substr($relative, 0, -6) . '.md');
    if ($got !== ($md === '' ? '' : "$md\n")) {
        echo "differs: $relative\n";
        $differ++;
    }
    if (!$report['well_formed'] && !str_contains($err, " $relative is not")) {
        echo "not warned: $relative\n";
    }
}
echo "$pages pages, $differ differ\n";
foreach (['malformed/hand-067.xhtml' => 'well-formed XML', 'malformed/hand-068.xhtml' => 'valid UTF-8 (first invalid byte at offset 12)'] as $page => $why) {
    echo $page, ': ', str_contains($err, "$page is not $why") ? 'warned' : 'NOT warned', "\n";
}
?>
--EXPECTF--
rc=3
%d pages, 0 differ
malformed/hand-067.xhtml: warned
malformed/hand-068.xhtml: warned
