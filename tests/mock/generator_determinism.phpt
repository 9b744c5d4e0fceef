--TEST--
Mock page generator: same seed gives the same bytes; every storage-format construct appears; pages are well-formed
--FILE--
<?php
require __DIR__ . '/../../mock/generator/autoload.php';
use AmcMock\Generator\PageGenerator;

$spaces = ['ENG' => 40, 'OPS' => 40];
$a = new PageGenerator(42, $spaces);
$b = new PageGenerator(42, $spaces);
$c = new PageGenerator(43, $spaces);
$all = '';
$same = $differs = 0;
$bodies = [];
for ($i = 0; $i < 60; $i++) {
    $bodies[$i] = $body = $a->body((string) (5000 + $i));
    $all .= $body;
    $same += $body === $b->body((string) (5000 + $i)) ? 1 : 0;
    $differs += $i < 10 && $body !== $c->body((string) (5000 + $i)) ? 1 : 0;
}
echo "same seed, same bytes: $same/60; other seed differs: $differs/10\n";
echo 'new version, new body: ', var_export($a->body('5000', 2) !== $a->body('5000', 1), true), "\n";
echo 'pinned: ', hash('sha256', $a->body('1') . $a->body('2', 3) . $a->title('ENG', 0)), "\n";

$constructs = [
    'heading' => '<h2>', 'strong' => '<strong>', 'em' => '<em>', 'inline code' => '<code>', 'external link' => '<a href=',
    'page link' => '<ri:page ', 'attachment image' => '<ac:image', 'ri:attachment' => '<ri:attachment ', 'table' => '<table',
    'header cell' => '<th>', 'colspan' => 'colspan="2"', 'nested list' => '<li>', 'task list' => '<ac:task-list>',
    'code macro' => 'ac:name="code"', 'CDATA' => '<![CDATA[', 'split CDATA' => ']]]]><![CDATA[>', 'info' => 'ac:name="info"',
    'note' => 'ac:name="note"', 'warning' => 'ac:name="warning"', 'panel' => 'ac:name="panel"', 'expand' => 'ac:name="expand"',
    'layout' => '<ac:layout>', 'layout section' => '<ac:layout-section', 'layout cell' => '<ac:layout-cell>',
    '&nbsp;' => '&nbsp;', '&rsquo;' => '&rsquo;', '&mdash;' => '&mdash;', 'numeric entity' => '&#x2192;', 'emoticon' => '<ac:emoticon',
    'user mention' => '<ri:user ', 'status macro' => 'ac:name="status"', 'non-ASCII' => 'Zürich', 'blockquote' => '<blockquote>',
];
$missing = array_keys(array_filter($constructs, fn ($needle) => !str_contains($all, $needle)));
echo 'missing constructs: ', $missing ? implode(', ', $missing) : 'none', "\n";
echo 'nested lists: ', var_export((bool) preg_match('#<li>[^<]*(?:<[^l][^>]*>[^<]*)*<(ul|ol)[ >]#', $all), true), "\n";

// Well-formed once HTML named entities are resolved and the prefixes declared.
$bad = 0;
libxml_use_internal_errors(true);
foreach ($bodies as $body) {
    $xml = preg_replace_callback('/&([A-Za-z][A-Za-z0-9]*);/', fn ($m) => in_array($m[1], ['amp', 'lt', 'gt', 'quot', 'apos'], true) ? $m[0] : html_entity_decode($m[0], ENT_HTML5, 'UTF-8'), $body);
    $bad += (new DOMDocument())->loadXML('<r xmlns:ac="urn:ac" xmlns:ri="urn:ri">' . $xml . '</r>', LIBXML_PARSEHUGE) ? 0 : 1;
}
echo "malformed: $bad\n";

$big = new PageGenerator(1, $spaces, 1.0);
$n = strlen($big->body('77'));
echo 'large page: ', var_export($n >= 150000 && $n < 1000000, true), "\n";
$sizes = array_map(fn ($i) => $a->targetSize((string) $i), range(1, 400));
echo 'size mix: small ', count(array_filter($sizes, fn ($s) => $s < 6000)), ', large ', count(array_filter($sizes, fn ($s) => $s >= 150000)), "\n";

// The CLI writes the same files for the same seed.
$dirs = [];
foreach ([1, 2] as $k) {
    $dirs[$k] = sys_get_temp_dir() . '/amc-gen-' . getmypid() . "-$k";
    exec(escapeshellarg(getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY) . ' ' . escapeshellarg(__DIR__ . '/../../mock/bin/generate-pages')
        . ' --out ' . escapeshellarg($dirs[$k]) . ' --count 6 --seed 9 --spaces 2', $out, $rc);
}
$files = array_map(fn ($d) => array_map(fn ($f) => basename($f) . ':' . md5_file($f), glob("$d/*")), $dirs);
echo 'cli: ', count($files[1]), ' files, identical: ', var_export($files[1] === $files[2], true), "\n";
$index = json_decode(file_get_contents($dirs[1] . '/index.json'), true);
echo 'index: ', count($index), ' pages, spaces ', implode(',', array_unique(array_column($index, 'space'))), "\n";
exec('rm -rf ' . escapeshellarg($dirs[1]) . ' ' . escapeshellarg($dirs[2]));
?>
--EXPECTF--
same seed, same bytes: 60/60; other seed differs: 10/10
new version, new body: true
pinned: bdfd5dfaa690f89e983410aeb7e5e42a88e60030a6fc58e821f081828f1ad775
missing constructs: none
nested lists: true
malformed: 0
large page: true
size mix: small %d, large %d
cli: 7 files, identical: true
index: 6 pages, spaces ENG,OPS
