<?php
// Test and demo controls under /__admin/ (not Atlassian's): health, mutate,
// expire-token, stats, settings (faults, latency...), pages (the expected state), raw bodies, echo.
declare(strict_types=1);

namespace AmcMock\Server;

final class Admin
{
    public function __construct(private Store $store, private array $cfg, private string $origin)
    {
    }

    public function handle(string $action): never
    {
        $q = $_GET + Http::fields();
        match (true) {
            // The request's headers as the mock received them (through a proxy, too).
            $action === 'echo' => Http::json(['headers' => getallheaders(), 'uri' => $_SERVER['REQUEST_URI']]),
            $action === 'health' => Http::json(['ok' => true, 'base_url' => $this->origin, 'cloud_id' => $this->cfg['cloud_id'], 'pid' => getmypid()]),
            $action === 'config' => Http::json($this->cfg),
            $action === 'mutate' => $this->mutate($q),
            $action === 'expire-token' => Http::json(['expired' => (new OAuth($this->store, $this->cfg))->expire(isset($q['token']) ? (string) $q['token'] : null)]),
            $action === 'stats' => Http::json((new Stats($this->store))->snapshot()),
            $action === 'stats/reset' => $this->resetStats(),
            $action === 'settings' || $action === 'faults' => $this->settings($q),
            $action === 'pages' => $this->pages($q),
            (bool) preg_match('#^body/(\d+)$#', $action, $m) => $this->body($m[1]),
            default => Http::json(['message' => "unknown admin action $action"], 404),
        };
    }

    private function mutate(array $q): never
    {
        $now = isset($q['at']) ? (int) $q['at'] : time();
        $space = isset($q['space']) && $q['space'] !== '' ? (string) $q['space'] : null;
        $done = $this->store->update('site', fn (array &$site) => Site::mutate($site, $this->cfg, (int) ($q['edit'] ?? 0), (int) ($q['archive'] ?? 0), (int) ($q['add'] ?? 0), $now, $space));
        Http::json($done + ['at' => Render::time($now), 'cql_since' => gmdate('Y-m-d H:i', $now - 60)]);
    }

    private function resetStats(): never
    {
        (new Stats($this->store))->reset();
        Http::json(['ok' => true]);
    }

    private function settings(array $q): never
    {
        $given = [];
        foreach (Config::RUNTIME as $k) {
            foreach ([$k, str_replace('_', '-', $k)] as $name) {
                if (isset($q[$name])) {
                    $given[$k] = $q[$name];
                }
            }
        }
        $changes = array_intersect_key(Config::from($given, $this->cfg), $given);
        $cfg = $this->store->update('config', function (array &$c) use ($changes) {
            $c = $changes + $c;
            return $c;
        });
        Http::json(array_intersect_key($cfg, array_flip(Config::RUNTIME)));
    }

    /** Every page as the mock holds it: what a synced copy must match. */
    private function pages(array $q): never
    {
        $out = [];
        foreach ($this->store->read('site')['pages'] as $p) {
            if ((isset($q['space']) && $p['space'] !== $q['space']) || (isset($q['status']) && $p['status'] !== $q['status'])) {
                continue;
            }
            $body = Site::body($this->store, $this->cfg, $p);
            $row = ['id' => (string) $p['id'], 'space' => $p['space'], 'title' => $p['title'], 'version' => $p['version'], 'status' => $p['status'],
                'created' => Render::time($p['created']), 'last_modified' => Render::time($p['modified']), 'bytes' => strlen($body), 'sha256' => hash('sha256', $body)];
            if (!empty($q['body'])) {
                $row['body'] = $body;
            }
            $out[] = $row;
        }
        Http::json(['count' => count($out), 'pages' => $out]);
    }

    private function body(string $id): never
    {
        $p = $this->store->read('site')['pages'][$id] ?? null;
        if ($p === null) {
            Http::json(['message' => "no page $id"], 404);
        }
        header('Content-Type: application/xml;charset=UTF-8');
        echo Site::body($this->store, $this->cfg, $p);
        exit;
    }
}
