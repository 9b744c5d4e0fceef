<?php

namespace App\Console\Commands;

use App\Console\KbAudit;
use App\Console\MockAtlassian;
use App\Console\StepChecks;
use App\Console\OAuthInstall;
use App\Console\WorkerPool;
use App\Console\WorkerQueue;
use AskMyDocs\Examples\Confluence\ConfluenceConnector;
use Illuminate\Console\Command;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Storage;

/**
 * The Confluence sync as Laravel queued jobs on Redis, consumed by
 * `queue:work` processes with the extension loaded: wall time for 1, 2, 4...
 * workers, a worker killed mid-job, a job stuck on a slow server ended by
 * --timeout, and one worker's memory across many pages. Every step checked
 * against the mock's pages; exit code non-zero on any failure.
 */
final class DemoWorkers extends Command
{
    use StepChecks;

    protected $signature = 'demo:workers {--mock= : base URL of the mock (latency, the series and both faults)}
        {--rss-mock= : base URL of a mock with many pages and no latency (the memory run)}
        {--workers=4 : the series runs 1, 2, 4... up to this many workers}
        {--batch=10 : pages per job} {--rss-batch=50 : pages per job of the memory run}
        {--timeout=3 : queue:work --timeout, seconds} {--rss-bound-mb=4 : allowed RSS growth after the first sample}
        {--deadline=300 : seconds any one wait may take (the memory run: 0.1 s per page, if more)}';

    protected $description = 'Sync the mock Atlassian through queued jobs and queue:work processes, with kill, timeout and memory checks';

    private ConfluenceConnector $connector;

    private WorkerQueue $queue;

    public function handle(): int
    {
        $started = hrtime(true);
        $this->connector = app(ConfluenceConnector::class);
        $this->queue = new WorkerQueue();
        $this->call('migrate:fresh', ['--force' => true]);
        $mock = new MockAtlassian(rtrim((string) $this->option('mock'), '/'));
        $installationId = $this->install($mock, 'default');
        $retryAfter = (int) config('queue.connections.redis.retry_after');
        $this->line(sprintf('   queue: Redis %s:%s, retry_after %d s; workers: queue:work --timeout=%d',
            config('database.redis.default.host'), config('database.redis.default.port'), $retryAfter, $this->option('timeout')));
        $this->check('retry_after exceeds the worker --timeout', $retryAfter > (int) $this->option('timeout'));

        $this->series($mock, $installationId);
        $this->killed($mock, $installationId);
        $this->timedOut($mock, $installationId);
        if ((string) $this->option('rss-mock') !== '') {
            $rssMock = new MockAtlassian(rtrim((string) $this->option('rss-mock'), '/'));
            $this->memory($rssMock, $this->install($rssMock, 'memory run'));
        }

        $this->newLine();
        $this->line(sprintf('   wall time %.1f s', (hrtime(true) - $started) / 1e9));
        if ($this->failures !== []) {
            $this->error('DEMO FAILED: ' . implode('; ', $this->failures));

            return self::FAILURE;
        }
        $this->info('demo workers: all checks passed');

        return self::SUCCESS;
    }

    private function install(MockAtlassian $mock, string $label): int
    {
        $mock->configure();
        [$installationId] = OAuthInstall::run($this->connector, $mock, $label);
        $this->line("   installed #$installationId over OAuth against {$mock->base}");

        return $installationId;
    }

    /** 1. The same pages with 1, 2, 4... workers: wall time, each page once. */
    private function series(MockAtlassian $mock, int $installationId): void
    {
        $this->step('1. Full sync as queued jobs, by number of workers');
        $rows = [];
        foreach ($this->counts((int) $this->option('workers')) as $n) {
            $ids = $this->prepare($mock, $installationId);
            $pool = $this->pool($mock, "series-$n");
            $t0 = hrtime(true);
            $pool->start($n);
            $this->queue->dispatch($installationId, $ids, (int) $this->option('batch'));
            $this->waitFor("$n workers drain the queue", fn () => $this->queue->settled(), $pool);
            $seconds = (hrtime(true) - $t0) / 1e9;
            $pool->stop();
            $kb = KbAudit::of($mock);
            $this->check("workers: $n, every page exactly once, no failed job", $kb->exact() && $this->queue->failed() === 0, $kb->detail());
            $rows[] = [$n, $kb->rows, sprintf('%.2f', $seconds), sprintf('%.1f', $kb->rows / $seconds)];
        }
        $this->table(['workers', 'pages', 'seconds', 'pages/s'], $rows);
        $this->line('   seconds: from starting the workers (boot included) to the last job done');
    }

    /** 2. SIGKILL to a worker in the middle of a job: the queue runs the batch again. */
    private function killed(MockAtlassian $mock, int $installationId): void
    {
        $this->step('2. A worker killed (SIGKILL) in the middle of a job');
        $n = min(2, max(1, (int) $this->option('workers')));
        $ids = $this->prepare($mock, $installationId);
        $pool = $this->pool($mock, 'kill');
        $pool->start($n);
        $this->queue->dispatch($installationId, $ids, (int) $this->option('batch'));
        $victim = null;
        $this->waitFor('a job has written part of its batch', function () use (&$victim, $pool) {
            foreach ($this->queue->busy() as $pid => $job) {
                if (in_array($pid, $pool->pids(), true) && $this->written($job['pages']) > 0) {
                    $victim = ['pid' => $pid] + $job;

                    return true;
                }
            }

            return false;
        }, $pool);
        if ($victim === null) {
            $pool->stop();

            return;
        }
        $pool->kill($victim['pid']);
        $this->waitFor('the killed worker is gone', fn () => ! in_array($victim['pid'], $pool->pids(), true), $pool, $n === 1);
        $written = $this->written($victim['pages']);
        $batch = count($victim['pages']);
        $this->line(sprintf('   killed worker %d running job %s: %d of its %d pages written', $victim['pid'], $victim['uuid'], $written, $batch));
        $this->check('the worker was killed in the middle of its job', $written < $batch && isset($this->queue->busy()[$victim['pid']]));
        $this->waitFor('the other workers drain the queue, the killed job included', fn () => $this->queue->settled(), $pool, $n === 1);
        $pool->stop();
        $attempt = $this->queue->finishedOn($victim['uuid']);
        $this->check("the killed job ran again after retry_after and finished (attempt $attempt)", $attempt === $victim['attempt'] + 1);
        $kb = KbAudit::of($mock);
        $this->check('every page exactly once, none missing, none twice', $kb->exact() && $this->queue->failed() === 0, $kb->detail());
    }

    /** 3. A page that never comes: --timeout ends the job, failed_jobs records it, the rest goes on. */
    private function timedOut(MockAtlassian $mock, int $installationId): void
    {
        $timeout = (int) $this->option('timeout');
        $this->step("3. A job stuck on a slow server, ended by queue:work --timeout=$timeout");
        $ids = $this->prepare($mock, $installationId);
        // the last page of a batch in the middle: its batch wrote the others first
        $batch = max(1, (int) $this->option('batch'));
        $slow = $ids[min(count($ids), (intdiv(intdiv(count($ids), $batch), 2) + 1) * $batch) - 1];
        $mock->settings(['slow-pages' => $slow, 'slow-ms' => 60000]);
        $this->line("   the mock answers page $slow after 60 s");
        $pool = $this->pool($mock, 'timeout');
        $pool->start(1);
        $this->queue->dispatch($installationId, $ids, $batch);
        $this->waitFor('the other jobs done, one failed', fn () => $this->queue->failed() === 1
            && $this->queue->settled(), $pool, true);
        $pool->stop();
        $exit = $pool->exits[0] ?? null;
        $job = $exit === null ? null : ($this->queue->busy()[$exit['pid']] ?? null);
        $held = $exit !== null && $job !== null ? $exit['at'] - $job['started'] : INF;
        $this->line(sprintf('   the worker running page %s exited (code %s) %.2f s after the job started; %d worker(s) restarted',
            $slow, $exit['code'] ?? '?', $held, count($pool->exits)));
        $this->check("the job was stopped within --timeout + 1.5 s", $held >= $timeout - 0.5 && $held <= $timeout + 1.5
            && $job !== null && in_array($slow, $job['pages'], true));
        $exception = $this->queue->firstFailure();
        $this->check('failed_jobs records the timeout', str_contains($exception, 'TimeoutExceededException'), strtok($exception, "\n") ?: 'no row');
        $kb = KbAudit::of($mock);
        $this->check('every other page is in the kb', count($kb->wrong) === 1 && str_ends_with($kb->wrong[0], "/$slow.md")
            && $kb->rows === $kb->expected - 1, $kb->detail());

        $mock->settings(['slow-pages' => '']);
        $this->call('queue:retry', ['id' => ['all']]);
        $pool = $this->pool($mock, 'retry');
        $pool->start(1);
        $this->waitFor('the retried job done', fn () => $this->queue->failed() === 0 && $this->queue->settled(), $pool);
        $pool->stop();
        $kb = KbAudit::of($mock);
        $this->check('after the server recovered and queue:retry, every page exactly once', $kb->exact(), $kb->detail());
    }

    /** 4. One worker across many pages: its RSS sampled every DEMO_RSS_EVERY pages stays flat. */
    private function memory(MockAtlassian $mock, int $installationId): void
    {
        $every = (int) config('queue.demo_rss_every');
        $this->step("4. One worker's memory, sampled every $every pages");
        $ids = $this->prepare($mock, $installationId);
        $pool = $this->pool($mock, 'memory');
        $t0 = hrtime(true);
        $pool->start(1);
        $this->queue->dispatch($installationId, $ids, (int) $this->option('rss-batch'));
        // the mock reads its whole site per request: 10,000 pages take minutes on a busy machine
        $this->waitFor('one worker syncs ' . count($ids) . ' pages', fn () => $this->queue->settled(), $pool, false, 0.1 * count($ids));
        $seconds = (hrtime(true) - $t0) / 1e9;
        $pool->stop();
        $samples = $this->queue->memorySamples();
        $this->table(['pages', 'VmRSS MB', 'PHP heap MB'], array_map(fn (array $s) => [
            $s['pages'], sprintf('%.1f', $s['rss_kb'] / 1024), sprintf('%.1f', $s['heap'] / 1048576),
        ], $samples));
        $kb = KbAudit::of($mock);
        $this->check(sprintf('%d pages in %.1f s, every page exactly once', count($ids), $seconds), $kb->exact(), $kb->detail());
        $bound = (float) $this->option('rss-bound-mb');
        $rss = array_column($samples, 'rss_kb');
        $growth = count($rss) > 1 ? (max(array_slice($rss, 1)) - $rss[0]) / 1024 : INF;
        $this->check(sprintf('one process, %d samples, RSS after the first sample grows %.2f MB (bound %.1f MB)', count($rss), $growth, $bound),
            count(array_unique(array_column($samples, 'pid'))) === 1 && count($rss) === intdiv(count($ids), $every) && $growth <= $bound);
    }

    /**
     * Empties the kb, the queue and the probes; lists the pages to sync
     * through the connector and checks the listing against the mock.
     *
     * @return list<string> page ids
     */
    private function prepare(MockAtlassian $mock, int $installationId): array
    {
        DB::table('kb_documents')->delete();
        Storage::disk('kb')->deleteDirectory('demo');
        Storage::disk('kb')->deleteDirectory('.partial');
        $this->queue->reset();
        $mock->configure();
        $ids = array_merge(...array_values($this->connector->pageIds($installationId)));
        $current = array_column(array_filter($mock->pages(), fn (array $p) => $p['status'] === 'current'), 'id');
        sort($current);
        $sorted = $ids;
        sort($sorted);
        $this->check(sprintf('the connector lists the mock\'s %d pages', count($current)), $sorted === $current);

        return $ids;
    }

    private function pool(MockAtlassian $mock, string $name): WorkerPool
    {
        $ext = (string) env('DEMO_EXT');
        $logs = storage_path("logs/workers/$name");
        @mkdir($logs, 0777, true);
        array_map('unlink', glob("$logs/*.log") ?: []);

        return new WorkerPool([
            PHP_BINARY, '-d', "extension=$ext", base_path('artisan'), 'queue:work', 'redis',
            '--queue=' . WorkerQueue::NAME, '--sleep=0.1', '--timeout=' . (int) $this->option('timeout'),
        ], ['DEMO_MOCK_URL' => $mock->base], $logs);
    }

    /** Polls $done every 50 ms until it holds or the deadline passes; supervises the pool meanwhile. */
    private function waitFor(string $what, callable $done, WorkerPool $pool, bool $restart = false, float $seconds = 0): bool
    {
        $deadline = microtime(true) + max($seconds, (float) $this->option('deadline'));
        while (! $done()) {
            $pool->supervise($restart);
            $gone = $pool->pids() === [];
            if ($gone || microtime(true) > $deadline) {
                $this->check($what, false, $gone ? 'every worker exited' : 'deadline passed');
                $this->line($pool->logTail());

                return false;
            }
            usleep(50_000);
        }
        $pool->supervise($restart);

        return true;
    }

    /** @param list<string> $pageIds */
    private function written(array $pageIds): int
    {
        return DB::table('kb_documents')->whereIn('remote_id', $pageIds)->count();
    }

    /** @return list<int> 1, 2, 4... up to $max, and $max itself */
    private function counts(int $max): array
    {
        $counts = [];
        for ($n = 1; $n < $max; $n *= 2) {
            $counts[] = $n;
        }

        return [...$counts, max(1, $max)];
    }
}
