--TEST--
StorageConverter::convert() converts like ConfluenceStorageToMarkdown and reports how the page was parsed
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
use AskMyDocs\Connector\Confluence\StorageConverter;
use Padosoft\AskMyDocsConnectorConfluence\Confluence\ConfluenceStorageToMarkdown;

$upstream = new ConfluenceStorageToMarkdown();
$pages = [
    'well-formed' => '<h1>Title</h1><p>Some <strong>bold</strong> text&nbsp;here.</p>',
    'macro' => '<ac:structured-macro ac:name="info"><ac:rich-text-body><p>Note</p></ac:rich-text-body></ac:structured-macro>',
    'malformed' => '<p>a & b <p>unclosed',
    'empty' => "  \n ",
];
foreach ($pages as $name => $storage) {
    $md = StorageConverter::convert($storage, $report);
    echo $name, ': ', json_encode($report), ' same=', var_export($md === $upstream->convert($storage), true), "\n";
}
var_dump(StorageConverter::convert(storage: '<p>x</p>'));
try { new StorageConverter(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECTF--
well-formed: {"parser":"%s","well_formed":true} same=true
macro: {"parser":"%s","well_formed":true} same=true
malformed: {"parser":"html","well_formed":false} same=true
empty: {"parser":"none","well_formed":true} same=true
string(1) "x"
Call to private AskMyDocs\Connector\Confluence\StorageConverter::__construct() from global scope
