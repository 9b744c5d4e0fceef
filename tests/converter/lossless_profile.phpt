--TEST--
Lossless Markdown profile: the ini switch, StorageConverter's options, and what the profile writes
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
use AskMyDocs\Connector\Confluence\StorageConverter;
use Padosoft\AskMyDocsConnectorConfluence\Confluence\ConfluenceStorageToMarkdown;

$layout = '<ac:layout><ac:layout-section ac:type="two_equal"><ac:layout-cell><p>left words</p></ac:layout-cell>'
    . '<ac:layout-cell><p>right words</p></ac:layout-cell></ac:layout-section></ac:layout>';
$c = new ConfluenceStorageToMarkdown();

echo "-- ini switch\n";
var_dump(ini_get('askmydocs_connector.markdown_profile'));
echo $c->convert($layout), "\n";
var_dump(ini_set('askmydocs_connector.markdown_profile', 'lossless'));
echo $c->convert($layout), "\n";
var_dump(@ini_set('askmydocs_connector.markdown_profile', 'full'));
echo error_get_last()['message'], "\n";
var_dump(ini_get('askmydocs_connector.markdown_profile'));
echo StorageConverter::convert($layout, options: ['profile' => 'upstream']), "\n";
ini_restore('askmydocs_connector.markdown_profile');
echo StorageConverter::convert($layout), "\n";

echo "-- options errors\n";
foreach ([['profile' => 'full'], ['profile' => 1], ['colour' => 'x'], ['x'], ['users' => 42], ['users' => ['a' => 1]]] as $o) {
    try {
        StorageConverter::convert('<p>x</p>', options: $o);
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

$ll = fn (string $s, array $o = []) => StorageConverter::convert($s, options: ['profile' => 'lossless'] + $o);
echo "-- mentions\n";
$m = '<p>Ask <ac:link><ri:user ri:account-id="557058:abc" /></ac:link> or <ac:link><ri:user ri:account-id="x1" /></ac:link></p>';
echo $ll($m), "\n";
echo $ll($m, ['users' => ['557058:abc' => 'Ada Lovelace']]), "\n";
echo $ll($m, ['users' => fn (string $id) => $id === 'x1' ? 'Bob *B*' : null]), "\n";
try {
    $ll($m, ['users' => function (string $id) { throw new RuntimeException("directory down for $id"); }]);
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $ll($m, ['users' => fn (string $id) => 42]);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

echo "-- constructs\n";
$cases = [
    'expand' => '<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">More details</ac:parameter><ac:rich-text-body><p>hidden body</p></ac:rich-text-body></ac:structured-macro>',
    'panel' => '<ac:structured-macro ac:name="panel"><ac:parameter ac:name="title">Heads up</ac:parameter><ac:parameter ac:name="bgColor">#fff</ac:parameter><ac:rich-text-body><p>panel body</p></ac:rich-text-body></ac:structured-macro>',
    'empty info' => '<ac:structured-macro ac:name="info"><ac:parameter ac:name="title">Only a title</ac:parameter></ac:structured-macro>',
    'status, jira, anchor' => '<p>State <ac:structured-macro ac:name="status"><ac:parameter ac:name="colour">Green</ac:parameter><ac:parameter ac:name="title">DONE</ac:parameter></ac:structured-macro> for <ac:structured-macro ac:name="jira"><ac:parameter ac:name="server">X</ac:parameter><ac:parameter ac:name="key">ENG-42</ac:parameter></ac:structured-macro><ac:structured-macro ac:name="anchor"><ac:parameter ac:name="">top</ac:parameter></ac:structured-macro></p>',
    'tasks' => '<ac:task-list><ac:task><ac:task-id>7</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body><p>first</p><p>second</p></ac:task-body></ac:task><ac:task><ac:task-id>8</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>open one</ac:task-body></ac:task></ac:task-list>',
    'links' => '<p><ac:link><ri:page ri:content-title="Page A" /><ac:plain-text-link-body><![CDATA[read A]]></ac:plain-text-link-body></ac:link> <ac:link ac:anchor="s2"><ri:blog-post ri:content-title="News" ri:posting-day="2024/01/02" /></ac:link> <ac:link><ri:space ri:space-key="ENG" /></ac:link> <ac:link><ri:attachment ri:filename="a b.pdf" /><ac:link-body>the <em>spec</em></ac:link-body></ac:link> <a href="https://x.test/a (b)">paren link</a></p>',
    'image' => '<ac:image ac:alt="Diagram"><ri:attachment ri:filename="d.png" /><ac:caption><p>Figure one</p></ac:caption></ac:image>',
    'code fence' => '<ac:structured-macro ac:name="code"><ac:parameter ac:name="language">md</ac:parameter><ac:parameter ac:name="theme">Midnight</ac:parameter><ac:parameter ac:name="title">Example</ac:parameter><ac:plain-text-body><![CDATA[before
```
inside
```
after]]></ac:plain-text-body></ac:structured-macro>',
    'unknown macro' => '<ac:structured-macro ac:name="widget-x" ac:macro-id="123"><ac:parameter ac:name="title">W title</ac:parameter><ac:parameter ac:name="width">400</ac:parameter><ac:plain-text-body><![CDATA[raw | body]]></ac:plain-text-body></ac:structured-macro>',
    'table' => '<table><tr><th>a|b</th></tr><tr><td>one</td><td><code>x|y</code></td><td><table><tr><td>in</td><td>ner</td></tr><tr><td>r2</td></tr></table></td></tr></table>',
    'escapes' => '<p>1. not *a* list_item [x] &lt;b&gt; #tag `tick` &amp;amp; \back</p><p>- dash</p><p><code>a `b` c</code></p>',
    'placeholder, inline comment' => '<p><ac:placeholder>Type here</ac:placeholder>kept <ac:inline-comment-marker ac:ref="r1">commented</ac:inline-comment-marker> text</p>',
    'adf' => '<ac:adf-extension><ac:adf-node type="panel"><ac:adf-attribute key="panel-type">note</ac:adf-attribute><ac:adf-content><p>adf body</p></ac:adf-content></ac:adf-node><ac:adf-fallback><p>adf body</p></ac:adf-fallback></ac:adf-extension>',
];
foreach ($cases as $name => $xhtml) {
    echo "## $name\n", $ll($xhtml), "\n";
}
?>
--EXPECT--

-- ini switch
string(8) "upstream"
[macro: ac:layout]
string(8) "upstream"
left words

right words
bool(false)
ini_set(): askmydocs_connector.markdown_profile must be "upstream" or "lossless", "full" given
string(8) "lossless"
[macro: ac:layout]
[macro: ac:layout]
-- options errors
ValueError: StorageConverter::convert(): option "profile" must be "upstream" or "lossless"
ValueError: StorageConverter::convert(): option "profile" must be "upstream" or "lossless"
ValueError: StorageConverter::convert(): unknown option "colour" (known: profile, users)
ValueError: StorageConverter::convert(): unknown option "(integer key)" (known: profile, users)
TypeError: StorageConverter::convert(): option "users" must be an array (account id => name) or a callable, int given
TypeError: StorageConverter::convert(): option "users" must map account ids to display names (strings), int found
-- mentions
Ask @user:557058:abc or @user:x1
Ask @Ada Lovelace or @user:x1
Ask @user:557058:abc or @Bob \*B\*
RuntimeException: directory down for 557058:abc
TypeError: StorageConverter::convert(): the "users" callable must return ?string, int returned for "557058:abc"
-- constructs
## expand
**More details**

hidden body
## panel
> **PANEL: Heads up**
>
> panel body
## empty info
> **INFO: Only a title**
## status, jira, anchor
State [status: DONE] for [jira: ENG-42][anchor: top]
## tasks
- [x] first second
- [ ] open one
## links
[[Page A|read A]] [[News#s2]] [[space:ENG]] [[attachment:a b.pdf|the spec]] [paren link](<https://x.test/a (b)>)
## image
![Diagram](d.png) Figure one
## code fence
**Example**

````md
before
```
inside
```
after
````
## unknown macro
[macro: widget-x: W title]

```
raw | body
```
## table
| a\|b |  |  |
| --- | --- | --- |
| one | `x\|y` | \| in \| ner \| <br>\| r2 \| |
## escapes
1\. not \*a\* list\_item \[x\] \<b> \#tag \`tick\` \&amp; \\back

\- dash

``a `b` c``
## placeholder, inline comment
kept commented text
## adf
adf body
