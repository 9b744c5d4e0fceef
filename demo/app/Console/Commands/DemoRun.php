<?php

namespace App\Console\Commands;

use App\Console\ConsoleSyncListener;
use App\Console\KbAudit;
use App\Console\MockAtlassian;
use App\Console\StepChecks;
use App\Console\OAuthInstall;
use AskMyDocs\Examples\Confluence\ConfluenceConnector;
use Carbon\Carbon;
use Illuminate\Console\Command;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;
use Padosoft\AskMyDocsConnectorBase\SyncResult;

/**
 * The whole connector story against the loopback mock: OAuth install, full
 * sync, changes upstream, incremental sync, health with a token refresh —
 * each step checked, exit code non-zero on any wrong count or file.
 */
final class DemoRun extends Command
{
    use StepChecks;

    protected $signature = 'demo:run {--mock= : base URL of the mock Atlassian}
        {--edit=5} {--archive=3} {--add=2}';

    protected $description = 'Install the Confluence connector over OAuth and sync the mock Atlassian into demo/kb';

    public function handle(): int
    {
        $started = hrtime(true);
        $mock = new MockAtlassian(rtrim((string) $this->option('mock'), '/'));
        $mock->configure();
        $this->call('migrate:fresh', ['--force' => true]);
        Storage::disk('kb')->deleteDirectory('demo');

        $this->step('1. Install the connector over OAuth 2.0 (3LO)');
        $connector = app(ConfluenceConnector::class); // autowires the native BaseConnector constructor
        [$installationId, $query] = OAuthInstall::run($connector, $mock);
        $this->line("   installed #$installationId, tokens in the vault, state token consumed");
        $this->check('a replayed state token is refused', ! $this->replayAccepted($connector, $installationId, $query));

        $this->step('2. Full sync');
        $expected = $mock->pages();
        $listener = new ConsoleSyncListener($this->output->getOutput(), $this->countBySpace($expected));
        $connector->listenWith($listener);
        $full = $connector->syncFull($installationId);
        $this->report($full);
        $this->check('every page written once, each new', $full->documentsAdded === count($expected) && $full->documentsUpdated === 0 && ! $full->hasErrors());
        $this->checkFiles($mock);
        $since = Carbon::now()->subMinute();

        $this->step('3. Upstream changes, then an incremental sync');
        [$edit, $archive, $add] = [(int) $this->option('edit'), (int) $this->option('archive'), (int) $this->option('add')];
        $mock->mutate($edit, $archive, $add);
        $this->line("   the mock edited $edit pages, archived $archive and added $add");
        $incremental = $connector->syncIncremental($installationId, $since);
        $this->report($incremental);
        $this->check("incremental added $add, updated $edit and removed $archive",
            $incremental->documentsAdded === $add && $incremental->documentsUpdated === $edit
            && $incremental->documentsRemoved === $archive && ! $incremental->hasErrors());
        $this->checkFiles($mock);

        $this->step('4. Health, token expiry and refresh');
        $this->check('health() is healthy', $connector->health($installationId)->state === 'healthy');
        $mock->expireToken();
        $before = $listener->refreshes;
        $health = $connector->health($installationId);
        $this->check('the expired token was refreshed and health() is healthy again',
            $listener->refreshes === $before + 1 && $health->state === 'healthy');

        $this->step('5. Summary');
        $current = count(array_filter($mock->pages(), fn (array $p) => $p['status'] === 'current'));
        $this->summary($listener, $mock, $current, (hrtime(true) - $started) / 1e9);

        if ($this->failures !== []) {
            $this->error('DEMO FAILED: ' . implode('; ', $this->failures));

            return self::FAILURE;
        }
        $this->info('demo: all checks passed');

        return self::SUCCESS;
    }

    /** A second callback with the same state must not install again. */
    private function replayAccepted(ConfluenceConnector $connector, int $installationId, array $query): bool
    {
        try {
            $connector->handleOAuthCallback($installationId, Request::create('/', 'GET', $query));

            return true;
        } catch (\Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorAuthException) {
            return false;
        }
    }

    /** The kb holds exactly the mock's current pages, each at its current version. */
    private function checkFiles(MockAtlassian $mock): void
    {
        $kb = KbAudit::of($mock);
        $this->check(sprintf('the kb has %d files, one per current page, at the current version', $kb->expected),
            $kb->exact(), $kb->detail());
    }

    /** @param list<array{space: string}> $pages @return array<string, int> */
    private function countBySpace(array $pages): array
    {
        $counts = [];
        foreach ($pages as $p) {
            $counts[$p['space']] = ($counts[$p['space']] ?? 0) + 1;
        }

        return $counts;
    }

    private function summary(ConsoleSyncListener $l, MockAtlassian $mock, int $pages, float $wall): void
    {
        $mb = $l->storageBytes / 1048576;
        $stats = $mock->stats();
        $this->table(['figure', 'value'], [
            ['pages in the knowledge base', $pages],
            ['pages written (all syncs)', $l->pages],
            ['storage XHTML converted', sprintf('%.2f MB', $mb)],
            ['conversion throughput', sprintf('%.1f MB/s', $l->convertNanos > 0 ? $mb / ($l->convertNanos / 1e9) : 0)],
            ['HTTP requests (client)', $l->http['requests'] ?? 0],
            ['HTTP retries (client)', $l->http['retries'] ?? 0],
            ['requests served by the mock', $stats['requests'] ?? '?'],
            ['faults injected by the mock', json_encode($stats['injected'] ?? [])],
            ['token refreshes', $l->refreshes],
            ['wall time', sprintf('%.2f s', $wall)],
        ]);
    }

    private function report(SyncResult $r): void
    {
        $this->line(sprintf('   added %d, updated %d, removed %d, errors %d', $r->documentsAdded, $r->documentsUpdated, $r->documentsRemoved, count($r->errors)));
        foreach (array_slice($r->errors, 0, 5) as $e) {
            $this->line("   error: $e");
        }
    }
}
