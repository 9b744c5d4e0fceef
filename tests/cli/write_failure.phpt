--TEST--
bin/confluence2md: a failed write (stdout on a full disk, unwritable -o) exits 2 with a message, never 0
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/ext_path.inc';
$dir = amc_temp_dir('c2m-write');
file_put_contents("$dir/page.xhtml", '<p>Hello</p>');
file_put_contents("$dir/plain", 'a regular file, so no directory can be under it');

[$rc, $out] = amc_run_cli(['--help']);
echo "--help: rc=$rc ", json_encode(substr($out, strpos($out, 'Exit codes'), 60)), "\n";
$full = [1 => ['file', '/dev/full', 'w']];
[$rc, , $err] = amc_run_cli(["$dir/page.xhtml"], '', $full);
echo "stdout on /dev/full: rc=$rc ", trim($err), "\n";
[$rc, , $err] = amc_run_cli([], '<p>from stdin</p>', $full);
echo "stdin to /dev/full: rc=$rc ", trim($err), "\n";
[$rc, , $err] = amc_run_cli(['--help'], '', $full);
echo "--help to /dev/full: rc=$rc ", trim($err), "\n";
[$rc, $out, $err] = amc_run_cli(['-o', '/dev/full', "$dir/page.xhtml"]);
echo "-o /dev/full: rc=$rc out=", json_encode($out), ' ', trim($err), "\n";
[$rc, , $err] = amc_run_cli(['-o', "$dir/plain/out.md", "$dir/page.xhtml"]);
echo "-o under a file: rc=$rc ", trim($err), "\n";
[$rc, , $err] = amc_run_cli(['-o', "$dir/missing/out.md", "$dir/page.xhtml"]);
echo "-o in a missing directory: rc=$rc ", trim($err), "\n";
[$rc, , $err] = amc_run_cli(['-o', $dir, "$dir/page.xhtml"]);
echo "-o a directory: rc=$rc ", trim($err), "\n";
echo 'left in the directory: ', implode(' ', array_diff(scandir($dir), ['.', '..'])), "\n";

// -r into a destination that cannot be created.
[$rc, , $err] = amc_run_cli(['-q', '-r', $dir, "$dir/plain/tree"]);
echo "-r under a file: rc=$rc\n", trim($err), "\n";
?>
--EXPECTF--
--help: rc=0 "Exit codes (when several apply: 1 over 2 over 3):\n  0  every"
stdout on /dev/full: rc=2 confluence2md: cannot write stdout: No space left on device
stdin to /dev/full: rc=2 confluence2md: cannot write stdout: No space left on device
--help to /dev/full: rc=2 confluence2md: cannot write stdout: No space left on device
-o /dev/full: rc=2 out="" confluence2md: cannot write /dev/full: No space left on device
-o under a file: rc=2 confluence2md: cannot write %s/plain/out.md: %s
-o in a missing directory: rc=2 confluence2md: cannot write %s/missing/out.md: No such file or directory
-o a directory: rc=2 confluence2md: cannot write %s: is a directory
left in the directory: page.xhtml plain
-r under a file: rc=2
confluence2md: cannot create directory %s/plain/tree: %s
confluence2md: stopped: 0 of 1 files converted
