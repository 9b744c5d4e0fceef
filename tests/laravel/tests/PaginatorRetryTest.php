<?php

declare(strict_types=1);

namespace AskMyDocsConnector\Tests\Laravel;

use Illuminate\Support\Facades\Http;
use Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException;
use Padosoft\AskMyDocsConnectorConfluence\Confluence\AtlassianPaginator;

/**
 * askmydocs_connector.paginator_retry with a connector written the upstream
 * way: the paginator's closure over Laravel's Http client, against the mock
 * Atlassian Cloud answering 5% of API requests with 429 (Retry-After: 1).
 */
final class PaginatorRetryTest extends TestCase
{
    private static ?\AmcTestMock $mock = null;

    public static function setUpBeforeClass(): void
    {
        require_once __DIR__ . '/../../mock/mock.inc';
        // 3 spaces x 40 pages, 2 per listing page: ~65 API requests, so 5% 429s
        // hit a few of them (the seed fixes which).
        self::$mock = new \AmcTestMock(['spaces' => 3, 'pages' => 40, 'seed' => 5, 'rate-429' => 0.05, 'retry-after' => 1]);
    }

    public static function tearDownAfterClass(): void
    {
        self::$mock?->stop();
        self::$mock = null;
    }

    protected function tearDown(): void
    {
        ini_restore('askmydocs_connector.paginator_retry');
        parent::tearDown();
    }

    /** Every space's page ids, walked as upstream's ConfluenceConnector walks them. */
    private function syncEverySpace(): array
    {
        $m = self::$mock;
        $token = $m->login()['access_token'];
        $get = fn (string $url) => Http::withToken($token)->acceptJson()->get($url);
        $paginator = new AtlassianPaginator();
        $spaces = $paginator->walk(fn (?string $next) => $get($next !== null ? $m->resolve($next) : "{$m->wiki}/space?type=global&limit=2"));
        $ids = [];
        foreach ($spaces as $space) {
            $first = "{$m->wiki}/content?" . http_build_query(['spaceKey' => $space['key'], 'type' => 'page', 'limit' => 2]);
            foreach ($paginator->walkLazy(fn (?string $next) => $get($next !== null ? $m->resolve($next) : $first)) as $batch) {
                foreach ($batch as $row) {
                    $ids[] = (string) $row['id'];
                }
            }
        }
        sort($ids);

        return $ids;
    }

    public function test_with_retry_on_every_page_is_synced_through_the_429s(): void
    {
        ini_set('askmydocs_connector.paginator_retry', 'on');
        $before = self::$mock->admin('stats')['injected']['429'] ?? 0;

        $ids = $this->syncEverySpace();

        $expected = array_map(fn (array $p) => $p['id'], self::$mock->admin('pages', ['status' => 'current'])['pages']);
        sort($expected);
        $this->assertSame($expected, $ids);
        $this->assertCount(120, $ids);
        $this->assertGreaterThan($before, self::$mock->admin('stats')['injected']['429'] ?? 0, 'the mock injected 429s during the sync');
    }

    public function test_with_retry_off_the_first_429_ends_the_walk_as_upstream(): void
    {
        $this->assertSame('0', ini_get('askmydocs_connector.paginator_retry'));
        $this->expectException(ConnectorApiException::class);
        $this->expectExceptionMessage('Atlassian API call failed: HTTP 429');
        $this->syncEverySpace();
    }
}
