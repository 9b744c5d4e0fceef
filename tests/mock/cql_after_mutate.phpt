--TEST--
Mock Atlassian: CQL lastModified search after the admin edits, archives and adds pages
--FILE--
<?php
require __DIR__ . '/mock.inc';
require __DIR__ . '/../../mock/server/lib/autoload.php';
$m = new AmcTestMock(['spaces' => 3, 'pages' => 10, 'seed' => 11]);
$tok = $m->login()['access_token'];
$before = array_column($m->admin('pages')['pages'], null, 'id');

$search = function (string $cql, int $limit = 2) use ($m, $tok): array {
    $url = "{$m->wiki}/content/search?" . http_build_query(['cql' => $cql, 'limit' => $limit, 'expand' => 'body.storage,version,space,status']);
    $out = [];
    for ($i = 0; $url !== null && $i < 50; $i++) {
        $d = amc_get_json($url, $tok);
        foreach ($d['results'] as $p) {
            $out[$p['id']] = $p;
        }
        $url = isset($d['_links']['next']) ? $m->resolve($d['_links']['next']) : null;
    }
    return $out;
};

$since = gmdate('Y-m-d H:i', time() - 60);
$cql = sprintf('type = "page" AND lastModified > "%s"', $since);
echo 'before mutate: ', count($search($cql)), "\n";

$done = $m->admin('mutate', ['edit' => 5, 'archive' => 3, 'add' => 2]);
echo 'mutated: ', count($done['edited']), ' edited, ', count($done['archived']), ' archived, ', count($done['added']), " added\n";
$cfg = AmcMock\Server\Config::from(['spaces' => 3, 'pages' => 10, 'seed' => 11, 'large_rate' => 0]);
$site = AmcMock\Server\Site::build($cfg);
$again = AmcMock\Server\Site::mutate($site, $cfg, 5, 3, 2, time(), null);
echo 'same choice as the seed gives in-process: ', var_export($again === array_diff_key($done, ['at' => 1, 'cql_since' => 1]), true), "\n";

$hits = $search($cql);
$want = array_merge($done['edited'], $done['archived'], $done['added']);
sort($want);
$got = array_keys($hits);
sort($got);
echo 'search finds exactly the touched pages: ', var_export($got == $want, true), "\n";
$ok = true;
foreach ($done['edited'] as $id) {
    $ok = $ok && $hits[$id]['status'] === 'current' && $hits[$id]['version']['number'] === $before[$id]['version'] + 1
        && hash('sha256', $hits[$id]['body']['storage']['value']) !== $before[$id]['sha256'];
}
echo 'edited: new version and body: ', var_export($ok, true), "\n";
echo 'archived status: ', implode(',', array_unique(array_map(fn ($id) => $hits[$id]['status'], $done['archived']))), "\n";
echo 'added versions: ', implode(',', array_map(fn ($id) => $hits[$id]['version']['number'], $done['added'])), "\n";

$first = $hits[$want[0]]['space']['key'];
$inSpace = $search($cql . " AND space = \"$first\"");
echo 'space filter: ', var_export(count($inSpace) === count(array_filter($hits, fn ($p) => $p['space']['key'] === $first)), true), "\n";
echo 'status = archived: ', count($search($cql . ' AND status = archived')), "\n";
echo 'status in (current): ', count($search($cql . ' AND status in ("current")')), "\n";
echo 'future: ', count($search('type = page AND lastModified > "2999-01-01 00:00"')), "\n";
echo 'order by lastModified desc, created: ', count($search('type = page order by lastModified desc, created', 7)), "\n";

[$st, , $body] = amc_http('GET', "{$m->wiki}/content/search?cql=" . rawurlencode('type = = page'), ["Authorization: Bearer $tok"]);
echo "bad cql: $st ", json_decode($body, true)['statusCode'], "\n";

$d = amc_get_json("{$m->wiki}/content/search?" . http_build_query(['cql' => $cql, 'limit' => 3]), $tok);
echo 'search next: ', preg_replace('/cursor=[^&]+/', 'cursor=C', $d['_links']['next']), "\n";
echo "totalSize: {$d['totalSize']}\n";

$listed = 0;
foreach (['ENG', 'OPS', 'DOCS'] as $k) {
    $listed += count(amc_get_json("{$m->wiki}/content?spaceKey=$k&limit=100", $tok)['results']);
}
echo "content listing (current only): $listed\n";
$archived = $done['archived'][0];
echo 'archived by id: ', amc_http('GET', "{$m->wiki}/content/$archived", ["Authorization: Bearer $tok"])[0],
    ', with status=any: ', amc_http('GET', "{$m->wiki}/content/$archived?status=any", ["Authorization: Bearer $tok"])[0], "\n";
$after = $m->admin('pages');
echo "admin pages: {$after['count']}, archived ", count(array_filter($after['pages'], fn ($p) => $p['status'] === 'archived')), "\n";
?>
--EXPECTF--
before mutate: 0
mutated: 5 edited, 3 archived, 2 added
same choice as the seed gives in-process: true
search finds exactly the touched pages: true
edited: new version and body: true
archived status: archived
added versions: 1,1
space filter: true
status = archived: 3
status in (current): 7
future: 0
order by lastModified desc, created: 32
bad cql: 400 400
search next: /rest/api/content/search?next=true&cursor=C&limit=3&start=3&cql=type%20%3D%20%22page%22%20AND%20lastModified%20%3E%20%22%s%22
totalSize: 10
content listing (current only): 29
archived by id: 404, with status=any: 200
admin pages: 32, archived 3
