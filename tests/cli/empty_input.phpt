--TEST--
bin/confluence2md: empty or whitespace-only input gives empty Markdown, exit 0 and a warning on stderr
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/ext_path.inc';
$dir = amc_temp_dir('c2m-empty');
file_put_contents("$dir/empty.xhtml", '');
file_put_contents("$dir/blank.xhtml", " \n\t\r\n");
file_put_contents("$dir/page.xhtml", '<p>text</p>');

[$rc, $out, $err] = amc_run_cli(["$dir/empty.xhtml"]);
echo "empty file: rc=$rc out=", json_encode($out), "\n  ", trim($err), "\n";
[$rc, $out, $err] = amc_run_cli([], " \n ");
echo "blank stdin: rc=$rc out=", json_encode($out), "\n  ", trim($err), "\n";
[$rc, $out, $err] = amc_run_cli([], "\xEF\xBB\xBF");
echo "only a UTF-8 BOM: rc=$rc out=", json_encode($out), "\n  ", trim($err), "\n";
[$rc, , $err] = amc_run_cli(['-o', "$dir/blank.md", "$dir/blank.xhtml"]);
echo "-o: rc=$rc written=", json_encode(file_get_contents("$dir/blank.md")), "\n  ", trim($err), "\n";
// Between pages, an empty one adds no separator.
[$rc, $out, $err] = amc_run_cli(["$dir/page.xhtml", "$dir/empty.xhtml", "$dir/page.xhtml"]);
echo "among others: rc=$rc out=", json_encode($out), "\n  ", trim($err), "\n";
// A UTF-8 BOM is not content.
[$rc, $out, $err] = amc_run_cli([], "\xEF\xBB\xBF<p>bom</p>");
echo "BOM dropped: rc=$rc out=", json_encode($out), ' err=', json_encode($err), "\n";
?>
--EXPECTF--
empty file: rc=0 out=""
  confluence2md: warning: %s/empty.xhtml is empty; its Markdown is empty
blank stdin: rc=0 out=""
  confluence2md: warning: stdin is only whitespace; its Markdown is empty
only a UTF-8 BOM: rc=0 out=""
  confluence2md: warning: stdin is empty; its Markdown is empty
-o: rc=0 written=""
  confluence2md: warning: %s/blank.xhtml is only whitespace; its Markdown is empty
among others: rc=0 out="text\n\n\ntext\n"
  confluence2md: warning: %s/empty.xhtml is empty; its Markdown is empty
BOM dropped: rc=0 out="bom\n" err=""
