--TEST--
Mock Atlassian: walking spaces and a space's pages through relative _links.next; bodies match the admin's expected state
--FILE--
<?php
require __DIR__ . '/mock.inc';
$m = new AmcTestMock(['spaces' => 2, 'pages' => 23, 'seed' => 7]);
$tok = $m->login()['access_token'];

$url = "{$m->wiki}/space?" . http_build_query(['limit' => 1, 'type' => 'global']);
$keys = [];
for ($i = 0; $url !== null && $i < 10; $i++) {
    $d = amc_get_json($url, $tok);
    $keys[] = $d['results'][0]['key'];
    if ($i === 0) {
        echo 'space next: ', $d['_links']['next'], "\n";
    }
    $url = isset($d['_links']['next']) ? $m->resolve($d['_links']['next']) : null;
}
echo 'spaces: ', implode(',', $keys), " in $i requests\n";
echo 'personal spaces: ', count(amc_get_json("{$m->wiki}/space?type=personal", $tok)['results']), "\n";

$url = "{$m->wiki}/content?" . http_build_query(['spaceKey' => 'ENG', 'type' => 'page', 'expand' => 'body.storage,version,space,status', 'limit' => 5]);
$pages = [];
for ($i = 0; $url !== null && $i < 20; $i++) {
    $d = amc_get_json($url, $tok);
    if ($i === 0) {
        echo 'base: ', var_export($d['_links']['base'] === substr($m->wiki, 0, -9), true), ", context: {$d['_links']['context']}\n";
        echo 'next: ', $d['_links']['next'], "\n";
    }
    echo "start={$d['start']} limit={$d['limit']} size={$d['size']} next=", isset($d['_links']['next']) ? 'yes' : 'no', "\n";
    foreach ($d['results'] as $p) {
        $pages[$p['id']] = $p;
    }
    $url = isset($d['_links']['next']) ? $m->resolve($d['_links']['next']) : null;
}
echo count($pages), " pages in $i requests\n";
$ok = true;
foreach ($pages as $p) {
    $ok = $ok && $p['type'] === 'page' && $p['status'] === 'current' && $p['space']['key'] === 'ENG'
        && $p['version']['number'] >= 1 && str_ends_with($p['version']['when'], 'Z') && $p['body']['storage']['representation'] === 'storage';
}
echo 'shapes ok: ', var_export($ok, true), "\n";

$expected = $m->admin('pages', ['space' => 'ENG'])['pages'];
$same = count($expected) === count($pages);
foreach ($expected as $e) {
    $p = $pages[$e['id']] ?? null;
    $same = $same && $p && $p['title'] === $e['title'] && $p['version']['number'] === $e['version'] && hash('sha256', $p['body']['storage']['value']) === $e['sha256'];
}
echo 'matches admin pages: ', var_export($same, true), "\n";

$one = amc_get_json("{$m->wiki}/content/{$expected[3]['id']}?expand=body.storage,version,space", $tok);
echo 'content/{id}: ', var_export(hash('sha256', $one['body']['storage']['value']) === $expected[3]['sha256'], true), "\n";
[$st] = amc_http('GET', "{$m->wiki}/content/1?expand=body.storage", ["Authorization: Bearer $tok"]);
echo "missing id: $st\n";
$lean = amc_get_json("{$m->wiki}/content?spaceKey=OPS&limit=1", $tok)['results'][0];
echo 'without expand: body=', isset($lean['body']) ? 'yes' : 'no', ' expandable=', implode(',', array_slice(array_keys($lean['_expandable']), 0, 4)), "\n";
echo 'limit capped: ', amc_get_json("{$m->wiki}/content?spaceKey=OPS&limit=500", $tok)['limit'], "\n";

$m->admin('settings', ['next-style' => 'wiki']);
$d = amc_get_json("{$m->wiki}/content?spaceKey=ENG&limit=2", $tok);
echo 'wiki-style next: ', $d['_links']['next'], "\n";
?>
--EXPECT--
space next: /rest/api/space?type=global&limit=1&start=1
spaces: ENG,OPS in 2 requests
personal spaces: 0
base: true, context: /wiki
next: /rest/api/content?spaceKey=ENG&type=page&expand=body.storage,version,space,status&limit=5&start=5
start=0 limit=5 size=5 next=yes
start=5 limit=5 size=5 next=yes
start=10 limit=5 size=5 next=yes
start=15 limit=5 size=5 next=yes
start=20 limit=5 size=3 next=no
23 pages in 5 requests
shapes ok: true
matches admin pages: true
content/{id}: true
missing id: 404
without expand: body=no expandable=space,history,version,body
limit capped: 100
wiki-style next: /wiki/rest/api/content?spaceKey=ENG&limit=2&start=2
