--TEST--
bin/confluence2md -r: inputs that map to one .md, or a .md that is an input, are refused before anything is written
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/ext_path.inc';
$dir = amc_temp_dir('c2m-tree');
mkdir("$dir/src/space", 0777, true);
file_put_contents("$dir/src/a.xhtml", '<p>a</p>');
file_put_contents("$dir/src/space/page.xhtml", '<p>from xhtml</p>');
file_put_contents("$dir/src/space/page.html", '<p>from html</p>');

[$rc, , $err] = amc_run_cli(['-q', '-r', "$dir/src", "$dir/out"]);
echo "collision: rc=$rc destination created=", var_export(file_exists("$dir/out"), true), "\n", trim($err), "\n";

// An existing destination is left untouched too.
mkdir("$dir/out");
file_put_contents("$dir/out/a.md", "old\n");
[$rc] = amc_run_cli(['-q', '-r', "$dir/src", "$dir/out"]);
echo "into an existing tree: rc=$rc a.md=", json_encode(file_get_contents("$dir/out/a.md")), ' entries=', count(scandir("$dir/out")) - 2, "\n";

// Converting a tree onto itself with .md among the inputs.
unlink("$dir/src/space/page.html");
file_put_contents("$dir/src/space/page.md", "# hand-written\n");
[$rc, , $err] = amc_run_cli(['-q', '--ext=xhtml,md', '-r', "$dir/src", "$dir/src"]);
echo "onto itself: rc=$rc page.md=", json_encode(file_get_contents("$dir/src/space/page.md")), "\n", trim($err), "\n";

// Without a clash the tree converts.
unlink("$dir/src/space/page.md");
[$rc, , $err] = amc_run_cli(['-q', '-r', "$dir/src", "$dir/out"]);
echo "no clash: rc=$rc a.md=", json_encode(file_get_contents("$dir/out/a.md")), ' page.md=', json_encode(file_get_contents("$dir/out/space/page.md")), "\n";
?>
--EXPECTF--
collision: rc=2 destination created=false
confluence2md: nothing written: %s/src/space/page.html and %s/src/space/page.xhtml would both become %s/out/space/page.md (rename the inputs or narrow --ext)
into an existing tree: rc=2 a.md="old\n" entries=1
onto itself: rc=2 page.md="# hand-written\n"
confluence2md: nothing written: %s/src/space/page.md and %s/src/space/page.xhtml would both become %s/src/space/page.md; %s/src/space/page.md would be converted onto itself (rename the inputs or narrow --ext)
no clash: rc=0 a.md="a\n" page.md="from xhtml\n"
