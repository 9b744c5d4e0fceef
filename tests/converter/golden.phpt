--TEST--
ConfluenceStorageToMarkdown: every golden document converts byte for byte
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
use Padosoft\AskMyDocsConnectorConfluence\Confluence\ConfluenceStorageToMarkdown;

// The corpus lives beside the project: <project>/../shared. Missing is a failure, never a skip.
$root = dirname(__DIR__, 3) . '/shared/golden/converter';
if (!is_dir($root)) {
    echo "FAIL: golden corpus not found at $root\n";
    exit(1);
}

// libxml2 2.14 gave its HTML parser an HTML5 tokenizer: on it, upstream's output for
// pages that are not well-formed is in libxml2-2.15/<set>/NAME.md where it differs.
if (!defined('LIBXML_LOADED_VERSION')) {
    echo "FAIL: ext/libxml is needed to know which libxml2 runs\n";
    exit(1);
}
$html5 = (int) LIBXML_LOADED_VERSION >= 21400;

// AMC_GOLDEN_EVERY=N converts every Nth document only (for slow runners such as valgrind).
$every = max(1, (int) (getenv('AMC_GOLDEN_EVERY') ?: 1));

function first_diff(string $want, string $got): string
{
    $w = explode("\n", $want);
    $g = explode("\n", $got);
    for ($i = 0; $i < max(count($w), count($g)); $i++) {
        if (($w[$i] ?? null) !== ($g[$i] ?? null)) {
            $out = '';
            for ($j = max(0, $i - 2); $j < $i; $j++) {
                $out .= "  " . $w[$j] . "\n";
            }
            $out .= "- " . var_export($w[$i] ?? '<end>', true) . "\n";
            $out .= "+ " . var_export($g[$i] ?? '<end>', true) . "\n";
            return "line " . ($i + 1) . ":\n" . $out;
        }
    }
    return "(no line differs)\n";
}

$conv = new ConfluenceStorageToMarkdown();
$count = 0;
$n = 0;
foreach (['real', 'gen', 'malformed'] as $set) {
    $files = glob("$root/$set/*.xhtml");
    sort($files);
    if ($files === []) {
        echo "FAIL: no documents in $root/$set\n";
        exit(1);
    }
    foreach ($files as $xhtml) {
        if ($n++ % $every !== 0) {
            continue;
        }
        $md = basename($xhtml, '.xhtml') . '.md';
        $override = "$root/libxml2-2.15/$set/$md";
        $want = file_get_contents($html5 && is_file($override) ? $override : "$root/$set/$md");
        $got = $conv->convert(file_get_contents($xhtml));
        if ($got !== $want) {
            echo "FAIL: $set/" . basename($xhtml) . " differs\n" . first_diff($want, $got);
            exit(1);
        }
        $count++;
    }
}
echo $every === 1 ? "matched all $count\n" : "matched the sampled documents\n";
echo $n, " documents\n";
?>
--EXPECTF--
matched %s
499 documents
