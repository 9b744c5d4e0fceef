<?php
// Confluence REST v1 under /ex/confluence/{cloudId}/wiki/rest/api/: space,
// content, content/search (CQL), content/{id}, user/current. Offset paging
// (start/limit) for lists; cursor-style next links for search, as Cloud does.
// With --listings query, space, content and content/search list QueryListings' rows instead.
declare(strict_types=1);

namespace AmcMock\Server;

final class Api
{
    private array $site;
    private array $q;

    public function __construct(private Store $store, private array $cfg, private string $origin)
    {
        $this->site = $store->read('site');
        $this->q = $_GET;
    }

    public function handle(string $cloud, string $rest): never
    {
        (new OAuth($this->store, $this->cfg))->check();
        if ($cloud !== $this->cfg['cloud_id']) {
            Http::json(['code' => 404, 'message' => "Site $cloud not found or not accessible"], 404);
        }
        $render = new Render($this->store, $this->cfg, $this->site, "{$this->origin}/ex/confluence/$cloud/wiki", (string) ($this->q['expand'] ?? ''));
        if ($this->cfg['listings'] === 'query' && ($rows = QueryListings::rows($rest, $this->q, $this->window()[1])) !== null) {
            $this->page($render, $rows, $rest, fn (array $row) => $row, $rest === 'content/search');
        }
        match (true) {
            $rest === 'space' => $this->spaces($render),
            $rest === 'content' => $this->contentList($render),
            $rest === 'content/search' => $this->search($render),
            $rest === 'user/current' => Http::json($render->user(0)),
            (bool) preg_match('#^content/(\d+)$#', $rest, $m) => $this->contentOne($render, $m[1]),
            default => Http::apiError(404, "null for uri: {$this->origin}{$_SERVER['REQUEST_URI']}"),
        };
        exit;
    }

    /** [start, limit] from the query, limit capped as Confluence caps it. */
    private function window(): array
    {
        $start = max(0, (int) ($this->q['start'] ?? 0));
        if (isset($this->q['cursor']) && preg_match('/^_s_(\d+)_/', self::unb64((string) $this->q['cursor']), $m)) {
            $start = (int) $m[1];
        }
        $limit = (int) ($this->q['limit'] ?? 25);
        return [$start, max(1, min((int) $this->cfg['max_limit'], $limit))];
    }

    /** Query of the next page: the request's own parameters with start/limit moved on. */
    private function nextQuery(int $start, int $limit, bool $cursor): string
    {
        $q = $this->q;
        unset($q['start'], $q['limit'], $q['cursor'], $q['next']);
        $head = $cursor ? ['next' => 'true', 'cursor' => self::b64('_s_' . $start . '_' . substr(md5(json_encode($q)), 0, 8))] : [];
        $cql = isset($q['cql']) ? ['cql' => $q['cql']] : [];
        unset($q['cql']);
        return str_replace('%2C', ',', http_build_query($head + $q + ['limit' => $limit, 'start' => $start] + $cql, '', '&', PHP_QUERY_RFC3986));
    }

    private function selfQuery(): string
    {
        return str_replace('%2C', ',', http_build_query($this->q, '', '&', PHP_QUERY_RFC3986));
    }

    /** Slices $all and answers with an envelope. @param list<array> $all */
    private function page(Render $r, array $all, string $path, callable $one, bool $cursor = false, array $extra = []): never
    {
        [$start, $limit] = $this->window();
        $rows = array_map($one, array_slice($all, $start, $limit));
        $next = RequestFaults::next($this->q, $start + $limit < count($all) ? $this->nextQuery($start + $limit, $limit, $cursor) : null, $limit);
        Http::json($r->envelope($rows, $start, $limit, $path, $this->selfQuery(), $next, $extra));
    }

    private function spaces(Render $r): never
    {
        $all = $this->site['spaces'];
        $type = $this->q['type'] ?? '';
        if ($type !== '' && $type !== 'global') {
            $all = [];
        }
        if (isset($this->q['spaceKey'])) {
            $keys = (array) $this->q['spaceKey'];
            $all = array_values(array_filter($all, fn ($s) => in_array($s['key'], $keys, true)));
        }
        $this->page($r, $all, 'space', $r->space(...));
    }

    /** Statuses a `status` parameter admits; Confluence's default is current. */
    private function statuses(): array
    {
        $s = strtolower((string) ($this->q['status'] ?? 'current'));
        return $s === 'any' ? ['current', 'archived', 'draft', 'trashed'] : explode(',', $s);
    }

    private function contentList(Render $r): never
    {
        $type = $this->q['type'] ?? 'page';
        $space = $this->q['spaceKey'] ?? null;
        $title = $this->q['title'] ?? null;
        $statuses = $this->statuses();
        $all = array_values(array_filter($this->site['pages'], fn ($p) => $type === 'page'
            && ($space === null || $p['space'] === $space)
            && ($title === null || $p['title'] === $title)
            && in_array($p['status'], $statuses, true)));
        $this->page($r, $all, 'content', $r->content(...));
    }

    private function contentOne(Render $r, string $id): never
    {
        $p = $this->site['pages'][$id] ?? null;
        if ($p === null || !in_array($p['status'], $this->statuses(), true)) {
            Http::apiError(404, "No content found with id : ContentId{id=$id}");
        }
        // A page stuck on a slow server: what a queue worker's --timeout must end.
        if (in_array($id, explode(',', $this->cfg['slow_pages']), true)) {
            usleep(max(0, (int) $this->cfg['slow_ms']) * 1000);
        }
        Http::json($r->content($p));
    }

    private function search(Render $r): never
    {
        $cql = trim((string) ($this->q['cql'] ?? ''));
        if ($cql === '') {
            Http::apiError(400, 'CQL query parameter is required');
        }
        try {
            [$pred, $order, $hasStatus] = Cql::compile($cql, fn (array $p) => Site::labels($this->cfg, $p));
        } catch (\InvalidArgumentException $e) {
            Http::apiError(400, "Could not parse cql : $cql ({$e->getMessage()})");
        }
        $default = $this->cfg['search_archived'] ? ['current', 'archived'] : ['current'];
        $all = array_values(array_filter($this->site['pages'], fn ($p) => ($hasStatus || in_array($p['status'], $default, true)) && $pred($p)));
        if ($order) {
            usort($all, function ($a, $b) use ($order) {
                foreach ($order as [$f, $desc]) {
                    $k = ['lastmodified' => 'modified', 'space.key' => 'space', 'content' => 'id', 'type' => 'id', 'label' => 'id'][$f] ?? $f;
                    $c = $a[$k] <=> $b[$k];
                    if ($c !== 0) {
                        return $desc ? -$c : $c;
                    }
                }
                return (int) $a['id'] <=> (int) $b['id'];
            });
        }
        $this->page($r, $all, 'content/search', $r->content(...), true, ['totalSize' => count($all), 'cqlQuery' => $cql, 'searchDuration' => 12]);
    }

    private static function b64(string $s): string
    {
        return rtrim(strtr(base64_encode($s), '+/', '-_'), '=');
    }

    private static function unb64(string $s): string
    {
        return (string) base64_decode(strtr($s, '-_', '+/'), false);
    }
}
