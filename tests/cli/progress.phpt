--TEST--
bin/confluence2md -r: "\r" progress only when stderr is a terminal; messages never share its line
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/ext_path.inc';
$dir = amc_temp_dir('c2m-progress');
mkdir("$dir/src");
file_put_contents("$dir/src/a.xhtml", '<p>a</p>');
file_put_contents("$dir/src/b.html", '<p>b & c');
file_put_contents("$dir/src/c.xml", '<p>c</p>');

// stderr a pipe (a log file, CI): no carriage returns, the summary still printed.
[$rc, , $err] = amc_run_cli(['-r', "$dir/src", "$dir/out"]);
echo "pipe: rc=$rc carriage returns=", substr_count($err, "\r"), "\n", preg_replace('/converter .*/', '...', $err);

// stderr a terminal: progress lines, each warning on a line of its own.
[$rc, , $err] = amc_run_cli(['-r', "$dir/src", "$dir/tty"], '', [2 => ['pty']]);
$err = str_replace("\r\n", "\n", $err);   // the terminal's own line endings
echo "terminal: rc=$rc\n", json_encode(preg_replace('/converter .*/', '...', $err)), "\n";

// -q: no progress on a terminal either.
[$rc, , $err] = amc_run_cli(['-q', '-r', "$dir/src", "$dir/quiet"], '', [2 => ['pty']]);
echo "quiet terminal: rc=$rc carriage returns=", substr_count(str_replace("\r\n", "\n", $err), "\r"), "\n";
?>
--EXPECTF--
pipe: rc=3 carriage returns=0
confluence2md: warning: b.html is not well-formed XML; converted with the HTML fallback (Confluence macros may be lost)
3 files, 0.00 MB of storage XHTML: ...
terminal: rc=3
"\r1\/3 files, 0.0 MB\nconfluence2md: warning: b.html is not well-formed XML; converted with the HTML fallback (Confluence macros may be lost)\n\r2\/3 files, 0.0 MB\r3\/3 files, 0.0 MB\n3 files, 0.00 MB of storage XHTML: ...\n"
quiet terminal: rc=3 carriage returns=0
