<?php

declare(strict_types=1);

namespace AskMyDocsConnector\Tests\Laravel;

use AskMyDocsConnector\Tests\Laravel\Fixtures\App;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\DB;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorCredential;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation;

/**
 * Real processes against the shared database (SQLite file or PostgreSQL,
 * AMC_TEST_DB) and shared cache stores: no lost setExtraKey write, no
 * recreated row after a concurrent clear, one winner per OAuth state.
 * Rows are committed (no RefreshDatabase) so the workers see them.
 */
final class ConcurrencyTest extends TestCase
{
    private const WORKERS = 8;
    private const WRITES = 200;
    private const TOKENS = 100;

    protected function setUp(): void
    {
        parent::setUp();
        $this->artisan('migrate', ['--force' => true]);
        $this->wipe();
    }

    protected function tearDown(): void
    {
        $this->wipe();
        parent::tearDown();
    }

    private function wipe(): void
    {
        DB::table('connector_credentials')->delete();
        DB::table('connector_installations')->delete();
        DB::table('cache')->delete();
    }

    /**
     * Starts the workers, releases them together, returns their decoded JSON lines.
     *
     * @param  list<list<string>>  $argvs
     * @return list<array<string, mixed>>
     */
    private function race(array $argvs, string $start): array
    {
        $procs = [];
        foreach ($argvs as $args) {
            $procs[] = $this->spawn($args);
        }
        usleep(300_000); // let every worker boot and connect
        touch($start);
        $results = [];
        foreach ($procs as [$proc, $pipes]) {
            $out = stream_get_contents($pipes[1]);
            $err = stream_get_contents($pipes[2]);
            $code = proc_close($proc);
            $this->assertSame(0, $code, "worker failed: $err $out");
            $results[] = json_decode(trim((string) $out), true, flags: JSON_THROW_ON_ERROR);
        }
        @unlink($start);

        return $results;
    }

    /**
     * A worker process (fixtures/worker.php ARGS) with the extension under test.
     *
     * @param  list<string>  $args
     * @return array{0: resource, 1: array<int, resource>}
     */
    private function spawn(array $args): array
    {
        $cmd = [PHP_BINARY];
        if (($ext = getenv('AMC_EXT')) !== false && $ext !== '') {
            $cmd = [...$cmd, '-d', 'extension='.$ext];
        }
        $cmd = [...$cmd, '-d', 'zend.exception_ignore_args=0', dirname(__DIR__).'/fixtures/worker.php', ...$args];
        $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $this->assertIsResource($proc);

        return [$proc, $pipes];
    }

    private function startFile(): string
    {
        return getenv('AMC_LARAVEL_BASE').'/start-'.bin2hex(random_bytes(6));
    }

    public function test_eight_processes_times_two_hundred_distinct_set_extra_key_writes_lose_nothing(): void
    {
        $installation = $this->makeInstallationWithCredential(['seed' => 'kept']);
        $start = $this->startFile();
        $argvs = [];
        for ($w = 0; $w < self::WORKERS; $w++) {
            $argvs[] = ['extra', (string) $installation->id, (string) $w, (string) self::WRITES, $start];
        }
        $t0 = microtime(true);
        $results = $this->race($argvs, $start);
        $elapsed = microtime(true) - $t0;

        $errors = array_merge(...array_column($results, 'errors'));
        $this->assertSame([], $errors, 'every setExtraKey() call returns normally');
        $this->assertSame(self::WORKERS * self::WRITES, array_sum(array_column($results, 'ok')));
        $extra = $this->vault()->getExtra($installation->id);
        for ($w = 0; $w < self::WORKERS; $w++) {
            for ($i = 0; $i < self::WRITES; $i++) {
                $this->assertSame($i, $extra["w{$w}_k{$i}"] ?? null, "w{$w}_k{$i} lost");
            }
        }
        $this->assertSame('kept', $extra['seed']);
        $this->assertCount(self::WORKERS * self::WRITES + 1, $extra);
        $this->assertSame('AT-xyz', $this->vault()->getAccessToken($installation->id));
        fwrite(STDERR, sprintf("\n[figures] %s: %d processes x %d setExtraKey = %d keys present of %d, %d errors, %.2f s\n",
            getenv('AMC_TEST_DB'), self::WORKERS, self::WRITES, count($extra) - 1, self::WORKERS * self::WRITES, count($errors), $elapsed));
    }

    public function test_a_concurrent_clear_makes_writers_throw_and_the_row_is_never_recreated(): void
    {
        $installation = $this->makeInstallationWithCredential();
        $start = $this->startFile();
        $argvs = [];
        for ($w = 0; $w < 4; $w++) {
            $argvs[] = ['extra', (string) $installation->id, (string) $w, (string) 2000, $start];
        }
        $argvs[] = ['clear', (string) $installation->id, $start, '150'];
        $results = $this->race($argvs, $start);

        $this->assertSame(1, array_pop($results)['ok'], 'clearCredentials() deleted the row');
        foreach ($results as $r) {
            $this->assertLessThan(2000, $r['ok'], 'the writer was still writing when the row went');
            $this->assertCount(1, $r['errors']);
            $this->assertStringContainsString(
                "Cannot update extra_json for installation {$installation->id}: credential row was deleted concurrently (likely a parallel disconnect).",
                $r['errors'][0]);
            $this->assertStringStartsWith('Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorAuthException', $r['errors'][0]);
        }
        $this->assertSame(0, ConnectorCredential::query()->where('connector_installation_id', $installation->id)->count());
    }

    public function test_consume_oauth_state_has_exactly_one_winner_across_processes(): void
    {
        $installation = $this->makeInstallation(status: ConnectorInstallation::STATUS_ACTIVE);
        foreach (['file', 'database'] as $store) {
            $this->app['config']->set('cache.default', $store);
            $this->app->forgetInstance('cache');
            $this->app->forgetInstance('cache.store');
            Cache::clearResolvedInstances();
            Cache::flush();
            $connector = $this->connector();
            $tokens = [];
            for ($i = 0; $i < self::TOKENS; $i++) {
                $tokens[] = $connector->exposeIssueOAuthState($installation->id);
            }
            $tokensFile = getenv('AMC_LARAVEL_BASE').'/tokens-'.$store.'.json';
            file_put_contents($tokensFile, json_encode($tokens));
            $start = $this->startFile();
            $argvs = array_fill(0, self::WORKERS, ['consume', $store, (string) $installation->id, $tokensFile, $start]);
            $results = $this->race($argvs, $start);

            $wins = array_count_values(array_merge(...array_column($results, 'won')));
            $multi = count(array_filter($wins, fn ($n) => $n > 1));
            $this->assertSame(0, $multi, "$store: a token with more than one winner");
            $this->assertCount(self::TOKENS, $wins, "$store: every token has its winner");
            $this->assertFalse($connector->exposeConsumeOAuthState($installation->id, $tokens[0]), 'replay after the race');
            $spread = array_map(fn ($r) => count($r['won']), $results);
            fwrite(STDERR, sprintf("\n[figures] %s cache store: %d processes consumed the same %d state tokens: %d tokens with exactly one winner, %d with more than one (wins per process: %s)\n",
                $store, self::WORKERS, self::TOKENS, count($wins) - $multi, $multi, implode(',', $spread)));
        }
    }

    /**
     * exit() while setExtraKey() is inside its transaction (here from a query
     * listener; in production a signal handler, e.g. a queue worker's
     * timeout) ends the process with that status at once, as in PHP code:
     * no rollback or retry runs PHP code after it, nothing is caught, and the
     * write is not committed.
     */
    public function test_exit_inside_set_extra_key_ends_the_process_and_commits_nothing(): void
    {
        $installation = $this->makeInstallationWithCredential(['seed' => 'kept']);
        [$proc, $pipes] = $this->spawn(['exit', (string) $installation->id]);
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        $this->assertSame(7, proc_close($proc), "the exit status: $err $out");
        $this->assertSame('', $err);
        $this->assertSame('exiting in UPDATE'."\n", $out, 'nothing ran after exit()');
        $this->assertSame(['seed' => 'kept'], $this->vault()->getExtra($installation->id));
    }
}
