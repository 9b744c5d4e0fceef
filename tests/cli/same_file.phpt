--TEST--
bin/confluence2md: an output that is the input (same path, symlink, hard link, stdin, stdout) is refused with exit 2 and the input kept
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/ext_path.inc';
$dir = amc_temp_dir('c2m-same');
$page = "$dir/same.xhtml";
$storage = "<h1>Title</h1><p>Body</p>\n";
file_put_contents($page, $storage);
symlink($page, "$dir/link.xhtml");
link($page, "$dir/hard.xhtml");

$runs = [
    'same path' => [['-o', $page, $page]],
    'relative and absolute' => [['-o', "$dir/./same.xhtml", $page]],
    'output is a symlink to the input' => [['-o', "$dir/link.xhtml", $page]],
    'input is a symlink to the output' => [['-o', $page, "$dir/link.xhtml"]],
    'hard link' => [['-o', "$dir/hard.xhtml", $page]],
    'stdin is the output' => [['-o', $page], [0 => ['file', $page, 'r']]],
    'stdout appends to the input' => [[$page], [1 => ['file', $page, 'a']]],
];
foreach ($runs as $what => $run) {
    [$args, $fds] = $run + [1 => []];
    [$rc, , $err] = amc_run_cli($args, '', $fds);
    clearstatcache();
    $kept = file_get_contents($page) === $storage && is_link("$dir/link.xhtml") && fileinode("$dir/hard.xhtml") === fileinode($page);
    echo "$what: rc=$rc input kept=", var_export($kept, true), "\n  ", trim($err), "\n";
}
echo 'files: ', implode(' ', array_diff(scandir($dir), ['.', '..'])), "\n";

// A different file is still written.
[$rc] = amc_run_cli(['-o', "$dir/same.md", $page]);
echo "other output: rc=$rc ", json_encode(file_get_contents("$dir/same.md")), "\n";
?>
--EXPECTF--
same path: rc=2 input kept=true
  confluence2md: %s/same.xhtml is also the output (%s/same.xhtml); refusing to overwrite the input
relative and absolute: rc=2 input kept=true
  confluence2md: %s/same.xhtml is also the output (%s/./same.xhtml); refusing to overwrite the input
output is a symlink to the input: rc=2 input kept=true
  confluence2md: %s/same.xhtml is also the output (%s/link.xhtml); refusing to overwrite the input
input is a symlink to the output: rc=2 input kept=true
  confluence2md: %s/link.xhtml is also the output (%s/same.xhtml); refusing to overwrite the input
hard link: rc=2 input kept=true
  confluence2md: %s/same.xhtml is also the output (%s/hard.xhtml); refusing to overwrite the input
stdin is the output: rc=2 input kept=true
  confluence2md: stdin is also the output (%s/same.xhtml); refusing to overwrite the input
stdout appends to the input: rc=2 input kept=true
  confluence2md: %s/same.xhtml is also the output (stdout); refusing to overwrite the input
files: hard.xhtml link.xhtml same.xhtml
other output: rc=0 "# Title\n\nBody\n"
