<?php

namespace App\Jobs;

use AskMyDocs\Examples\Confluence\ConfluenceConnector;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;

/**
 * One batch of Confluence pages synced by a queue worker. The writes are
 * idempotent (upsert by path, file renamed into place), so a batch may run
 * again after its worker was killed without leaving a page twice.
 */
final class SyncConfluencePages implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    /** A worker killed mid-job (SIGKILL, a crash) costs an attempt; the batch runs again. */
    public int $tries = 3;

    /**
     * A batch that hit the worker's --timeout goes straight to failed_jobs
     * (for `queue:retry` once the server is well) instead of holding a
     * worker for the whole timeout again after every retry_after.
     */
    public bool $failOnTimeout = true;

    /** @param list<string> $pageIds */
    public function __construct(public int $installationId, public array $pageIds) {}

    public function handle(ConfluenceConnector $connector, WorkerProbe $probe): void
    {
        $uuid = (string) $this->job?->uuid();
        $probe->started($uuid, $this->attempts(), $this->pageIds);
        try {
            $result = $connector->syncPages($this->installationId, $this->pageIds);
        } finally {
            $probe->idle();
        }
        if ($result->hasErrors()) {
            throw new \RuntimeException('batch incomplete: ' . implode('; ', array_slice($result->errors, 0, 3)));
        }
        $probe->finished($uuid, $this->attempts(), count($this->pageIds));
    }
}
