<?php
// Listings sized by the request itself (--listings query), for the HTTP
// engine's tests and benchmark: they need any number of spaces and pages on
// demand, and rows whose ids say where they came from, so that order and
// completeness can be checked without a generated site.
//   space?count=N                    spaces SP0..SP{N-1} (default 5)
//   content?spaceKey=K&pages=P       P pages of `limit` rows, ids K-0, K-1, ... (default 3)
//   content/search?pages=P           P pages of `limit` hits, ids hit-0, hit-1, ...
// Api pages through them like the site's lists (start/limit, cursors, next links).
declare(strict_types=1);

namespace AmcMock\Server;

final class QueryListings
{
    /** @return list<array> every row of the listing at $rest, or null for a path without one */
    public static function rows(string $rest, array $q, int $limit): ?array
    {
        $space = (string) ($q['spaceKey'] ?? 'X');
        $pages = (int) ($q['pages'] ?? 3);
        return match ($rest) {
            'space' => array_map(fn ($i) => ['key' => "SP$i", 'name' => "Space $i"], self::upTo((int) ($q['count'] ?? 5))),
            'content' => array_map(fn ($i) => ['id' => "$space-$i", 'title' => "Page $i", 'space' => ['key' => $space]], self::upTo($pages * $limit)),
            'content/search' => array_map(fn ($i) => ['id' => "hit-$i", 'title' => "Result $i", 'cql' => (string) ($q['cql'] ?? '')], self::upTo($pages * $limit)),
            default => null,
        };
    }

    /** @return list<int> 0..$n-1, empty for $n <= 0 */
    private static function upTo(int $n): array
    {
        return $n > 0 ? range(0, $n - 1) : [];
    }
}
