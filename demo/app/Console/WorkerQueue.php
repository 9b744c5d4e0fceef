<?php

namespace App\Console;

use App\Jobs\SyncConfluencePages;
use App\Jobs\WorkerProbe;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Queue;
use Illuminate\Support\Facades\Redis;

/** The Redis queue of demo:workers, its jobs and what the workers' probes report. */
final class WorkerQueue
{
    public const NAME = 'confluence';

    /** No job queued, done or failed, no probe left from a previous run (the Redis is the demo's own). */
    public function reset(): void
    {
        Redis::flushdb();
        DB::table('failed_jobs')->delete();
    }

    /**
     * One job per batch of $batch pages.
     *
     * @param list<string> $ids
     */
    public function dispatch(int $installationId, array $ids, int $batch): void
    {
        $batches = array_chunk($ids, max(1, $batch));
        foreach ($batches as $pages) {
            SyncConfluencePages::dispatch($installationId, $pages)->onConnection('redis')->onQueue(self::NAME);
        }
        Redis::set('demo:jobs', (string) count($batches)); // what settled() counts against
    }

    /** Every job done or failed and nothing left queued, reserved or delayed (the kb is checked after). */
    public function settled(): bool
    {
        $finished = (int) Redis::hlen(WorkerProbe::DONE) + $this->failed();

        return $finished >= (int) Redis::get('demo:jobs') && Queue::connection('redis')->size(self::NAME) === 0;
    }

    /** @return array<int, array{uuid: string, attempt: int, started: float, pages: list<string>}> by worker pid */
    public function busy(): array
    {
        return array_map(fn (string $j) => json_decode($j, true), Redis::hgetall(WorkerProbe::BUSY));
    }

    /** The attempt on which job $uuid finished; 0 while it has not. */
    public function finishedOn(string $uuid): int
    {
        return (int) Redis::hget(WorkerProbe::DONE, $uuid);
    }

    public function failed(): int
    {
        return DB::table('failed_jobs')->count();
    }

    /** The exception failed_jobs holds for the first failed job; '' when none. */
    public function firstFailure(): string
    {
        return (string) DB::table('failed_jobs')->orderBy('id')->value('exception');
    }

    /** @return list<array{pid: int, pages: int, rss_kb: int, heap: int}> the workers' memory samples, in order */
    public function memorySamples(): array
    {
        return array_map(fn (string $s) => json_decode($s, true), Redis::lrange(WorkerProbe::MEMORY, 0, -1));
    }
}
