--TEST--
bin/confluence2md: -o replaces its file only after a complete conversion (temp file + rename); a failed run leaves it as it was
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/ext_path.inc';
$dir = amc_temp_dir('c2m-atomic');
$keep = "$dir/keep.md";
$old = "# Earlier conversion\n";
file_put_contents("$dir/page.xhtml", '<h2>New</h2>');
file_put_contents("$dir/binary.xhtml", gzencode('<p>zipped</p>'));

foreach (['missing input' => "$dir/missing.xhtml", 'binary input' => "$dir/binary.xhtml", 'directory input' => $dir] as $what => $input) {
    file_put_contents($keep, $old);
    [$rc, , $err] = amc_run_cli(['-o', $keep, $input]);
    echo "$what: rc=$rc kept=", var_export(file_get_contents($keep) === $old, true), "\n  ", trim($err), "\n";
}

// Success: the content is replaced, the file keeps its permissions, no temporary file is left.
chmod($keep, 0640);
[$rc] = amc_run_cli(['-o', $keep, "$dir/page.xhtml"]);
clearstatcache();
printf("replaced: rc=%d %s mode=%o\n", $rc, json_encode(file_get_contents($keep)), fileperms($keep) & 0777);

// Through a symlink the file it points to is replaced and the link stays a link.
mkdir("$dir/real");
file_put_contents("$dir/real/target.md", $old);
symlink("$dir/real/target.md", "$dir/alias.md");
[$rc] = amc_run_cli(['-o', "$dir/alias.md", "$dir/page.xhtml"]);
clearstatcache();
echo "via symlink: rc=$rc link=", var_export(is_link("$dir/alias.md"), true), ' target=', json_encode(file_get_contents("$dir/real/target.md")), "\n";

// A device is written in place, never renamed over.
[$rc, , $err] = amc_run_cli(['-o', '/dev/null', "$dir/page.xhtml"]);
clearstatcache();
echo "/dev/null: rc=$rc still a device=", var_export(filetype('/dev/null') === 'char', true), " ", json_encode($err), "\n";

$left = array_values(array_filter(scandir($dir), fn ($f) => str_ends_with($f, '.tmp')));
$left = array_merge($left, array_filter(scandir("$dir/real"), fn ($f) => str_ends_with($f, '.tmp')));
echo 'temporary files left: ', count($left), "\n";
?>
--EXPECTF--
missing input: rc=2 kept=true
  confluence2md: cannot read %s/missing.xhtml: no such file
binary input: rc=2 kept=true
  confluence2md: %s/binary.xhtml is gzip-compressed, not Confluence storage format
directory input: rc=2 kept=true
  confluence2md: cannot read %s: is a directory (use -r)
replaced: rc=0 "## New\n" mode=640
via symlink: rc=0 link=true target="## New\n"
/dev/null: rc=0 still a device=true ""
temporary files left: 0
