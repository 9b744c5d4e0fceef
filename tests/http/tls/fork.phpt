--TEST--
fork(): parent and child never share a connection (nginx keep-alive, HTTP/1.1 and HTTP/2) — each process gets its own answers; a client made before fork() works in the child; a walk in flight at fork() refuses to go on in the child and completes in the parent
--EXTENSIONS--
askmydocs_connector
pcntl
posix
--FILE--
<?php
require __DIR__ . '/fixtures/nginx.php';
use AskMyDocs\Connector\Http\AtlassianClient;

$t = new AmcTlsServer();

/** 50 requests; how many failed or answered with another token or another request's URI. */
function foreign(AtlassianClient $c, string $token, string $echo): int
{
    $bad = 0;
    for ($i = 0; $i < 50; $i++) {
        $tag = "$token-$i";
        try {
            $got = json_decode($c->get($echo . $tag)->body(), true);
            $auth = array_change_key_case($got['headers'] ?? [])['authorization'] ?? ''; // h2 sends it in lower case
            $bad += $auth !== "Bearer $token" || !str_ends_with($got['uri'] ?? '', $tag);
        } catch (\Throwable $e) {
            $bad++;
        }
    }
    return $bad;
}

foreach (['h1', 'h2'] as $server) {
    $echo = $t->url($server) . '/__admin/echo?who=';
    $client = fn (string $token) => new AtlassianClient($t->base($server), $token, ['ca_bundle' => $t->ca, 'max_retries' => 0, 'connect_timeout' => 60]);
    // The connection is in the share when fork() happens.
    $before = $client('tok-before');
    $before->get($echo . 'warm');

    $out = tempnam(sys_get_temp_dir(), 'amc-fork');
    $pid = pcntl_fork();
    if ($pid === 0) {
        $result = [foreign($client('tok-child'), 'tok-child', $echo), foreign($before, 'tok-before', $echo)];
        file_put_contents($out, json_encode($result));
        posix_kill(posix_getpid(), SIGKILL); // no shutdown functions: nginx and the mock are the parent's
    }
    $mine = [foreign($client('tok-parent'), 'tok-parent', $echo), foreign($before, 'tok-before', $echo)];
    pcntl_waitpid($pid, $status);
    $child = json_decode((string) file_get_contents($out), true);
    unlink($out);
    printf("%s: foreign or failed answers: parent %d + %d, child %d + %d (new client + client from before fork)\n",
        $server, $mine[0], $mine[1], $child[0], $child[1]);
}

// A walk with a transfer in flight at fork(): the child cannot go on with it
// (its connection is the parent's) and says so; the parent's walk completes.
$c = new AtlassianClient($t->base('h1'), 'tok-walk', ['ca_bundle' => $t->ca, 'connect_timeout' => 60]);
$walk = $c->walkMany([
    'A' => '/wiki/rest/api/content?spaceKey=A&limit=1&pages=3',
    'B' => '/wiki/rest/api/content?spaceKey=B&limit=1&pages=3&fault=slow&ms=500',
]);
$got = [$walk->key() . ':' . $walk->current()[0]['id']];
$pid = pcntl_fork();
if ($pid === 0) {
    try {
        $walk->next();
        $msg = 'no exception';
    } catch (\Throwable $e) {
        $msg = get_class($e) . ': ' . $e->getMessage();
    }
    unset($walk);
    file_put_contents($out, $msg);
    posix_kill(posix_getpid(), SIGKILL);
}
for ($walk->next(); $walk->valid(); $walk->next()) {
    $got[] = $walk->key() . ':' . $walk->current()[0]['id'];
}
pcntl_waitpid($pid, $status);
sort($got);
echo "child: ", file_get_contents($out), "\nparent's walk: ", implode(' ', $got), "\n";
unlink($out);
?>
--EXPECT--
h1: foreign or failed answers: parent 0 + 0, child 0 + 0 (new client + client from before fork)
h2: foreign or failed answers: parent 0 + 0, child 0 + 0 (new client + client from before fork)
child: Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException: Atlassian API request failed: it was started by the parent process before fork(); start it again in this process
parent's walk: A:A-0 A:A-1 A:A-2 B:B-0 B:B-1 B:B-2
