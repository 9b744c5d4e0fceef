<?php
/*
 * Writes ide/askmydocs_connector.stub.php, the analysis stub that IDEs and
 * PHPStan read, from stubs/*.stub.php (the single source of the PHP surface):
 * every namespace in braced form, gen_stub's own annotations removed,
 * docblocks (array shapes, @phpstan- tags) kept.
 * Usage: php scripts/gen-ide-stubs.php [--check]
 */
require '/usr/share/php/PhpParser/autoload.php';

use PhpParser\Comment\Doc;
use PhpParser\Node;
use PhpParser\NodeTraverser;
use PhpParser\NodeVisitorAbstract;
use PhpParser\ParserFactory;
use PhpParser\PrettyPrinter\Standard;

$root = dirname(__DIR__);
$target = "$root/ide/askmydocs_connector.stub.php";
$check = in_array('--check', $argv, true);

/** Drops gen_stub-only annotations (and docblocks left empty by that). */
final class StripGenStubTags extends NodeVisitorAbstract
{
    private const TAGS = '/@(generate-class-entries|strict-properties|not-serializable|cvalue|generate-function-entries|undocumentable|tentative-return-type|compile-time-eval|frameless-function|implementation-alias)\b[^\n*]*/';

    public function enterNode(Node $node)
    {
        $doc = $node->getDocComment();
        if ($doc === null) {
            return null;
        }
        $text = preg_replace(self::TAGS, '', $doc->getText());
        $text = preg_replace("/\n\s*\*\s*(?=\n)/", "", $text);
        $comments = array_values(array_filter($node->getComments(), fn ($c) => !$c instanceof Doc));
        if (trim(preg_replace('~^/\*\*|\*/$|^\s*\*~m', '', $text)) !== '') {
            $comments[] = new Doc($text);
        }
        $node->setAttribute('comments', $comments);
        return null;
    }
}

$parser = (new ParserFactory())->create(ParserFactory::ONLY_PHP7);
$namespaces = [];
$files = glob("$root/stubs/*.stub.php");
sort($files);
foreach ($files as $file) {
    $ast = $parser->parse(file_get_contents($file));
    foreach ($ast as $stmt) {
        if (!$stmt instanceof Node\Stmt\Namespace_) {
            continue;
        }
        $stmt->setAttribute('kind', Node\Stmt\Namespace_::KIND_BRACED);
        $namespaces[] = $stmt;
    }
}
$traverser = new NodeTraverser();
$traverser->addVisitor(new StripGenStubTags());
$namespaces = $traverser->traverse($namespaces);

$header = "<?php\n\n// Analysis stubs of the askmydocs_connector extension, for IDEs and PHPStan.\n"
    . "// Generated from stubs/*.stub.php by scripts/gen-ide-stubs.php: do not edit.\n"
    . "// The classes are declared by the extension at run time; never include this file.\n\n";
// Braced namespaces, printed one by one: a single file may not mix the two forms.
$printer = new Standard(['shortArraySyntax' => true]);
$code = $header;
foreach ($namespaces as $ns) {
    $body = preg_replace('/^(?=.)/m', '    ', $printer->prettyPrint($ns->stmts));
    $code .= 'namespace ' . $ns->name->toString() . " {\n" . $body . "\n}\n\n";
}
$code = rtrim($code) . "\n";

if ($check) {
    if (!is_file($target) || file_get_contents($target) !== $code) {
        fwrite(STDERR, "ide/askmydocs_connector.stub.php is out of date: run php scripts/gen-ide-stubs.php\n");
        exit(1);
    }
    echo "ide/askmydocs_connector.stub.php matches stubs/\n";
    exit(0);
}
file_put_contents($target, $code);
echo "wrote ide/askmydocs_connector.stub.php from ", count($files), " stub files\n";
