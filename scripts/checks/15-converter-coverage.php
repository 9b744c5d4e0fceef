<?php
// Word coverage of the converter's Markdown, per golden set and profile, and
// the lossless profile's GFM validity. Run by scripts/checks/15-converter-coverage.sh.
//
// Coverage: the content words of every source page — the words (runs of 3+
// letters or digits, lower-cased) of its text nodes, minus what the lossless
// profile documents as not content — against the words of the plain text
// that cmark-gfm renders from the page's Markdown, occurrence for
// occurrence. Validity: cmark-gfm's tree of each lossless page has as many
// tables and code blocks as the source has (a stray `|` or an early fence
// changes those counts).
//
// Usage: php -d extension=... 15-converter-coverage.php GOLDEN_DIR [--losses]
// Exits 1 when lossless keeps less than 100% on real or gen, when the
// upstream profile differs from the golden .md, or a validity check fails.

use AskMyDocs\Connector\Confluence\StorageConverter;

const CMARK = ['cmark-gfm', '-e', 'table', '-e', 'strikethrough', '-e', 'tasklist', '-e', 'autolink'];
const WRAP = '<root xmlns:ac="http://atlassian.com/content" xmlns:ri="http://atlassian.com/resource/identifier" xmlns:at="http://atlassian.com/template">';
/** Parameters whose value is content; the others are rendering settings. */
const CONTENT_PARAMS = ['title', 'key', ''];
/** Elements whose text is not content (local names: the HTML parser may drop the prefix). */
const DROPPED = ['placeholder', 'task-id', 'task-uuid', 'task-status', 'adf-attribute'];
/** Elements inside a word: their text joins the text around them (so does the Markdown's). */
const INLINE = ['span', 'em', 'strong', 'b', 'i', 'u', 's', 'strike', 'del', 'a', 'sup', 'sub', 'code', 'font',
    'small', 'big', 'mark', 'abbr', 'kbd', 'var', 'samp', 'q', 'cite', 'inline-comment-marker', 'adf-mark'];

function localName(DOMNode $n): string
{
    $name = strtolower($n->nodeName);
    $colon = strpos($name, ':');

    return $colon === false ? $name : substr($name, $colon + 1);
}

function cmark(string $markdown, string $to): string
{
    $p = proc_open(array_merge(CMARK, ['-t', $to]), [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    if (! is_resource($p)) {
        fwrite(STDERR, "coverage: cannot run cmark-gfm\n");
        exit(2);
    }
    fwrite($pipes[0], $markdown);
    fclose($pipes[0]);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    if (proc_close($p) !== 0) {
        fwrite(STDERR, "coverage: cmark-gfm failed: $err\n");
        exit(2);
    }

    return $out;
}

/** The source's DOM as upstream reads it: XML (HTML entities decoded), else the HTML parser. */
function sourceDom(string $xhtml): DOMDocument
{
    $decoded = preg_replace_callback('/&([A-Za-z][A-Za-z0-9]*);/', function ($m) {
        if (in_array($m[1], ['amp', 'lt', 'gt', 'quot', 'apos'], true)) {
            return $m[0];
        }
        $c = html_entity_decode($m[0], ENT_QUOTES | ENT_HTML5, 'UTF-8');

        return $c === $m[0] ? $m[0] : htmlspecialchars($c, ENT_XML1 | ENT_NOQUOTES, 'UTF-8');
    }, trim($xhtml));
    $dom = new DOMDocument();
    $opts = LIBXML_NOERROR | LIBXML_NOWARNING | LIBXML_NONET;
    if (! @$dom->loadXML(WRAP . $decoded . '</root>', $opts)) {
        $dom = new DOMDocument();
        @$dom->loadHTML('<?xml encoding="UTF-8"?><root>' . trim($xhtml) . '</root>', $opts);
    }

    return $dom;
}

function isContent(DOMNode $text): bool
{
    for ($n = $text->parentNode; $n instanceof DOMElement; $n = $n->parentNode) {
        $name = localName($n);
        if (in_array($name, DROPPED, true)) {
            return false;
        }
        if ($name === 'parameter' && ! in_array(strtolower($n->getAttribute('ac:name')), CONTENT_PARAMS, true)) {
            return false;
        }
        if ($name === 'adf-fallback' && $n->parentNode instanceof DOMElement) {
            foreach ($n->parentNode->childNodes as $sib) {
                if (localName($sib) === 'adf-node') {
                    foreach ($sib->childNodes as $c) {
                        if (localName($c) === 'adf-content') {
                            return false; // a copy of the node's content
                        }
                    }
                }
            }
        }
    }

    return true;
}

function words(string $text): array
{
    preg_match_all('/[\p{L}\p{N}]{3,}/u', mb_strtolower($text, 'UTF-8'), $m);

    return $m[0];
}

/** @return array{0: array<string,int>, 1: array<string,string>} word counts, innermost element per word */
function sourceWords(DOMDocument $dom): array
{
    // The content text in document order, a space at every boundary of an
    // element that is not inline; each word is charged to the element
    // around its first character.
    $text = '';
    $owner = [];
    $walk = function (DOMNode $n) use (&$walk, &$text, &$owner) {
        foreach ($n->childNodes as $c) {
            if ($c instanceof DOMText) { // text and CDATA
                if (isContent($c)) {
                    $owner[strlen($text)] = strtolower($n->nodeName);
                    $text .= $c->nodeValue;
                }
            } elseif ($c instanceof DOMElement) {
                $inline = in_array(localName($c), INLINE, true);
                $text .= $inline ? '' : ' ';
                $walk($c);
                $text .= $inline ? '' : ' ';
            }
        }
    };
    $walk($dom->documentElement ?? $dom);
    $count = [];
    $where = [];
    preg_match_all('/[\p{L}\p{N}]{3,}/u', $text, $m, PREG_OFFSET_CAPTURE);
    $starts = array_keys($owner);
    $k = 0;
    foreach ($m[0] as [$w, $at]) {
        while ($k + 1 < count($starts) && $starts[$k + 1] <= $at) {
            $k++;
        }
        $w = mb_strtolower($w, 'UTF-8');
        $count[$w] = ($count[$w] ?? 0) + 1;
        $where[$w] = $owner[$starts[$k]] ?? '?';
    }

    return [$count, $where];
}

/** Tables and code blocks the lossless Markdown must have. */
function sourceBlocks(DOMDocument $dom): array
{
    $xp = new DOMXPath($dom);
    $tables = 0;
    foreach ($xp->query('//*[local-name()="table"]') as $t) {
        // a table inside a cell is written on the cell's line
        $tables += $xp->query('ancestor::*[local-name()="td" or local-name()="th"]', $t)->length === 0 ? 1 : 0;
    }
    $code = 0;
    foreach ($xp->query('//*') as $e) {
        $name = strtolower($e->nodeName);
        if ($xp->query('ancestor::*[local-name()="td" or local-name()="th" or local-name()="li" or name()="ac:task" or name()="ac:link"]', $e)->length) {
            continue; // inline there
        }
        $macro = strtolower($e->getAttribute('ac:name'));
        if ($name === 'pre' || ($name === 'ac:structured-macro' && in_array($macro, ['code', 'noformat'], true))) {
            $code++;
        } elseif ($name === 'ac:plain-text-body' && $e->parentNode instanceof DOMElement
            && ! in_array(strtolower($e->parentNode->getAttribute('ac:name')), ['code', 'noformat'], true)
            && rtrim($e->textContent) !== '') {
            $code++;
        }
    }

    return [$tables, $code];
}

$golden = $argv[1] ?? '';
$showLosses = in_array('--losses', $argv, true);
if (! is_dir("$golden/real")) {
    fwrite(STDERR, "usage: 15-converter-coverage.php GOLDEN_DIR [--losses]\n");
    exit(2);
}
$failed = false;
printf("%-10s %-9s %9s %9s %8s %s\n", 'set', 'profile', 'words', 'kept', 'share', 'pages losing words');
foreach (['real', 'gen', 'malformed'] as $set) {
    $files = glob("$golden/$set/*.xhtml");
    sort($files);
    $stats = ['upstream' => [0, 0, 0], 'lossless' => [0, 0, 0]];
    $lostWhere = [];
    $invalid = [];
    $identical = 0;
    foreach ($files as $f) {
        $xhtml = file_get_contents($f);
        $dom = sourceDom($xhtml);
        [$src, $where] = sourceWords($dom);
        foreach (['upstream', 'lossless'] as $profile) {
            $md = StorageConverter::convert($xhtml, options: ['profile' => $profile]);
            if ($profile === 'upstream') {
                $identical += $md === file_get_contents(substr($f, 0, -6) . '.md') ? 1 : 0;
            }
            $out = array_count_values(words(cmark($md, 'plaintext')));
            $total = array_sum($src);
            $kept = 0;
            foreach ($src as $w => $n) {
                $kept += min($n, $out[$w] ?? 0);
                if ($profile === 'lossless' && ($out[$w] ?? 0) < $n) {
                    $lostWhere[$where[$w]] = ($lostWhere[$where[$w]] ?? 0) + $n - ($out[$w] ?? 0);
                    if ($showLosses) {
                        printf("  lost %s/%s: %s (in %s)\n", $set, basename($f), $w, $where[$w]);
                    }
                }
            }
            $stats[$profile][0] += $total;
            $stats[$profile][1] += $kept;
            $stats[$profile][2] += $kept < $total ? 1 : 0;
            if ($profile === 'lossless') {
                [$tables, $code] = sourceBlocks($dom);
                $xml = cmark($md, 'xml');
                $gotTables = substr_count($xml, '<table>');
                $gotCode = substr_count($xml, '<code_block');
                if ($gotTables !== $tables || $gotCode !== $code) {
                    $invalid[] = sprintf('%s (tables %d of %d, code blocks %d of %d)', basename($f), $gotTables, $tables, $gotCode, $code);
                }
            }
        }
    }
    foreach ($stats as $profile => [$total, $kept, $pages]) {
        $share = $total ? 100 * $kept / $total : 100.0;
        printf("%-10s %-9s %9d %9d %7.2f%% %d of %d\n", $set, $profile, $total, $kept, floor($share * 100) / 100, $pages, count($files));
        if ($profile === 'lossless' && $set !== 'malformed' && $kept < $total) {
            $failed = true;
        }
    }
    arsort($lostWhere);
    if ($lostWhere) {
        echo "  lossless losses by innermost element: ", implode(', ', array_map(fn ($k, $v) => "$k $v", array_keys($lostWhere), $lostWhere)), "\n";
    }
    printf("  upstream profile identical to the golden .md: %d of %d\n", $identical, count($files));
    $failed = $failed || $identical !== count($files);
    printf("  lossless GFM validity (tables and code blocks as in the source): %d of %d pages%s\n",
        count($files) - count($invalid), count($files), $invalid ? '' : '');
    foreach ($invalid as $line) {
        echo "    wrong: $line\n";
    }
    if ($set !== 'malformed' && $invalid) {
        $failed = true;
    }
}
exit($failed ? 1 : 0);
