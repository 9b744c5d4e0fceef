--TEST--
bin/confluence2md: files, stdin, -o, directory mirroring with throughput, exit codes and warnings
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/ext_path.inc';
$dir = sys_get_temp_dir() . '/amc-c2m-' . getmypid();
@mkdir("$dir/src/space", 0777, true);
file_put_contents("$dir/src/space/ok.xhtml", '<h2>Hello</h2><p>World</p>');
file_put_contents("$dir/src/broken.html", '<p>a & b <p>unclosed');
file_put_contents("$dir/src/notes.txt", 'ignored');

[$rc, $out, $err] = amc_run_cli(["$dir/src/space/ok.xhtml"]);
echo "file: rc=$rc out=", json_encode($out), " err=", json_encode($err), "\n";

[$rc, $out, $err] = amc_run_cli([], '<p>from <em>stdin</em></p>');
echo "stdin: rc=$rc out=", json_encode($out), "\n";

[$rc, $out, $err] = amc_run_cli(['-o', "$dir/one.md", "$dir/src/broken.html"]);
echo "malformed: rc=$rc written=", json_encode(file_get_contents("$dir/one.md")), "\n", trim($err), "\n";

[$rc, $out, $err] = amc_run_cli(["$dir/missing.xhtml"]);
echo "missing: rc=$rc ", trim($err), "\n";
[$rc, $out, $err] = amc_run_cli(["$dir/src"]);
echo "directory without -r: rc=$rc ", trim($err), "\n";
[$rc, $out, $err] = amc_run_cli(['--frobnicate']);
echo "bad option: rc=$rc ", strtok($err, "\n"), "\n";

[$rc, $out, $err] = amc_run_cli(['-q', '-r', "$dir/src", "$dir/out"]);
echo "tree: rc=$rc\n";
$files = [];
foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator("$dir/out", FilesystemIterator::SKIP_DOTS)) as $f) {
    $files[] = substr($f->getPathname(), strlen("$dir/out/"));
}
sort($files);
echo implode(', ', $files), "\n", json_encode(file_get_contents("$dir/out/space/ok.md")), "\n";
echo preg_match('/^2 files, [\d.]+ MB of storage XHTML: converter [\d.]+ MB\/s, end to end [\d.]+ MB\/s/m', $err) ? "throughput printed\n" : $err;
echo str_contains($err, 'broken.html is not well-formed XML') ? "warned about broken.html\n" : $err;

exec('rm -rf ' . escapeshellarg($dir));
?>
--EXPECTF--
file: rc=0 out="## Hello\n\nWorld\n" err=""
stdin: rc=0 out="from *stdin*\n"
malformed: rc=3 written="a & b\n\nunclosed\n"
confluence2md: warning: /tmp/amc-c2m-%d/src/broken.html is not well-formed XML; converted with the HTML fallback (Confluence macros may be lost)
missing: rc=2 confluence2md: cannot read /tmp/amc-c2m-%d/missing.xhtml: no such file
directory without -r: rc=2 confluence2md: cannot read /tmp/amc-c2m-%d/src: is a directory (use -r)
bad option: rc=1 confluence2md: unknown option --frobnicate
tree: rc=3
broken.md, space/ok.md
"## Hello\n\nWorld\n"
throughput printed
warned about broken.html
