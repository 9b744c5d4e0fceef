<?php

namespace App\Jobs;

use Illuminate\Support\Facades\Redis;

/**
 * What demo:workers observes of its queue workers, kept in Redis: the job
 * each worker process is running (left behind when the process is killed),
 * the jobs that finished and on which attempt, and every `rss_every` pages a
 * worker wrote, that process's memory.
 */
final class WorkerProbe
{
    public const BUSY = 'demo:busy';

    public const DONE = 'demo:done';

    public const MEMORY = 'demo:memory';

    /** @param list<string> $pageIds */
    public function started(string $uuid, int $attempt, array $pageIds): void
    {
        Redis::hset(self::BUSY, (string) getmypid(), json_encode([
            'uuid' => $uuid, 'attempt' => $attempt, 'started' => microtime(true), 'pages' => $pageIds,
        ]));
    }

    public function idle(): void
    {
        Redis::hdel(self::BUSY, (string) getmypid());
    }

    public function finished(string $uuid, int $attempt, int $pages): void
    {
        Redis::hset(self::DONE, $uuid, (string) $attempt);
        $every = max(1, (int) config('queue.demo_rss_every', 1000));
        $total = (int) Redis::incrby('demo:pages:' . getmypid(), $pages);
        if (intdiv($total, $every) > intdiv($total - $pages, $every)) {
            Redis::rpush(self::MEMORY, json_encode([
                'pid' => getmypid(), 'pages' => $total, 'rss_kb' => self::rssKb(), 'heap' => memory_get_usage(),
            ]));
        }
    }

    /** The resident set of this process as the kernel counts it. */
    private static function rssKb(): int
    {
        $status = (string) @file_get_contents('/proc/self/status');

        return preg_match('/^VmRSS:\s+(\d+) kB/m', $status, $m) === 1 ? (int) $m[1] : -1;
    }
}
