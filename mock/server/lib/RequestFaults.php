<?php
// Faults an API request asks for by name (fault=<mode>), next to the seeded
// random ones of Faults: each test case of the HTTP engine gets exactly the
// failure it checks, on its own request, whatever else runs on the server.
//   429       Retry-After: `after` seconds (default 1)       | the first `times`
//   429date   Retry-After: an HTTP date `after` s from now   | (default 1)
//   503       no Retry-After                                 | requests of a URI;
//   reset     a TCP RST, no response (Reset)                 | the ones after get
//   truncate  fewer bytes than its Content-Length            | the normal answer
//   500, 401, 403   always that status
//   slow      the normal answer after `ms` milliseconds (default 2000)
//   nonjson   an HTML maintenance page, status 200
//   big       a 20 MB page
//   gzip      the normal answer gzip-encoded, when the client accepts gzip
//   loop      the normal answer, its _links.next back at the first page (see next())
//   nextto    the normal answer, its _links.next the absolute URL `to` (a hostile link)
// Counts are per request URI: a retry repeats its URI, the next page does not.
// `tag` only makes URIs, and so their counts, distinct between test cases.
declare(strict_types=1);

namespace AmcMock\Server;

final class RequestFaults
{
    public function __construct(private Store $store)
    {
    }

    /** Faults that clear after `times` requests of a URI; the others hold for every request. */
    private const TRANSIENT = ['429', '429date', '503', 'reset', 'truncate'];

    public function apply(array $q): void
    {
        $fault = (string) ($q['fault'] ?? '');
        if (in_array($fault, self::TRANSIENT, true) && !$this->first($q)) {
            return;
        }
        $after = (int) ($q['after'] ?? 1);
        match ($fault) {
            '429' => Http::json(['message' => 'rate limited'], 429, ['Retry-After' => (string) $after]),
            '429date' => Http::json(['message' => 'rate limited'], 429, ['Retry-After' => gmdate('D, d M Y H:i:s', time() + $after) . ' GMT']),
            '503' => Http::json(['message' => 'unavailable'], 503),
            'reset' => self::reset(),
            'truncate' => Reset::truncate(),
            '500' => Http::json(['message' => 'internal error'], 500),
            '401' => Http::json(['message' => 'invalid token'], 401),
            '403' => Http::json(['message' => 'forbidden'], 403),
            'slow' => usleep((int) ($q['ms'] ?? 2000) * 1000),
            'nonjson' => self::html(),
            'big' => self::big(),
            'gzip' => self::gzip(),
            default => null,
        };
    }

    /**
     * `_links.next` of a list page: for fault=loop always the first page, whose next is itself;
     * for fault=nextto the absolute URL `to` (Render::envelope keeps absolute links verbatim).
     */
    public static function next(array $q, ?string $next, int $limit): ?string
    {
        return match ($q['fault'] ?? '') {
            'loop' => "fault=loop&start=0&limit=$limit",
            'nextto' => (string) ($q['to'] ?? ''),
            default => $next,
        };
    }

    /** True while this URI has been asked for fewer than `times` times before (counted across workers). */
    private function first(array $q): bool
    {
        $uri = (string) $_SERVER['REQUEST_URI'];
        $seen = $this->store->update('fault-counts', function (array &$c) use ($uri) {
            $n = $c[$uri] ?? 0;
            $c[$uri] = $n + 1;
            return $n;
        });
        return $seen < (int) ($q['times'] ?? 1);
    }

    private static function reset(): never
    {
        Stats::$outcome = 'reset';
        Reset::abort();
    }

    private static function html(): never
    {
        header('Content-Type: text/html');
        echo '<html><body>Atlassian maintenance</body></html>';
        exit;
    }

    private static function big(): never
    {
        header('Content-Type: application/json');
        $row = json_encode(['id' => 'x', 'body' => str_repeat('a', 1000)]);
        echo '{"results":[', implode(',', array_fill(0, 20 * 1024, $row)), '],"_links":{}}';
        exit;
    }

    /** Compresses whatever the request answers (the output buffer ends when the script does). */
    private static function gzip(): void
    {
        if (str_contains($_SERVER['HTTP_ACCEPT_ENCODING'] ?? '', 'gzip')) {
            header('Content-Encoding: gzip');
            ob_start(fn (string $body) => (string) gzencode($body));
        }
    }
}
