<?php

declare(strict_types=1);

namespace AskMyDocsConnector\Tests\Laravel;

use Illuminate\Contracts\Database\ConcurrencyErrorDetector;
use Illuminate\Support\Facades\DB;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorCredential;
use Throwable;

/**
 * setExtraKey() outside any transaction (its retry path): when the step that
 * follows a failed write fails too, both exceptions reach the caller, the
 * later one with the write's as its previous. Rows are committed (no
 * RefreshDatabase): the vault must open the outermost transaction itself.
 */
final class VaultExceptionChainTest extends TestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        $this->artisan('migrate', ['--force' => true]);
        $this->wipe();
    }

    protected function tearDown(): void
    {
        ConnectorCredential::flushEventListeners();
        $this->wipe();
        parent::tearDown();
    }

    private function wipe(): void
    {
        DB::table('connector_credentials')->delete();
        DB::table('connector_installations')->delete();
    }

    public function test_a_failing_concurrency_check_keeps_the_write_failure_as_previous(): void
    {
        $installation = $this->makeInstallationWithCredential(['kept' => 1]);
        ConnectorCredential::saving(function (): void {
            throw new \RuntimeException('save refused');
        });
        // Laravel's connection asks this detector whether the failure is worth a retry.
        $this->app->instance(ConcurrencyErrorDetector::class, new class implements ConcurrencyErrorDetector
        {
            public function causedByConcurrencyError(Throwable $e): bool
            {
                throw new \LogicException('detector failed on: '.$e->getMessage());
            }
        });

        try {
            $this->vault()->setExtraKey($installation->id, 'k', 'v');
            $this->fail('setExtraKey must throw');
        } catch (\LogicException $e) {
            $this->assertSame('detector failed on: save refused', $e->getMessage());
            $previous = $e->getPrevious();
            $this->assertInstanceOf(\RuntimeException::class, $previous);
            $this->assertSame('save refused', $previous->getMessage());
            $this->assertNull($previous->getPrevious());
        }
        $this->assertSame(0, DB::transactionLevel());
        $this->app->forgetInstance(ConcurrencyErrorDetector::class);
        ConnectorCredential::flushEventListeners();
        $this->assertSame(['kept' => 1], $this->vault()->getExtra($installation->id), 'rolled back');
    }

    /**
     * PHP code run while the write's failure is set aside (here the retry
     * check) may autoload a class, whose loader saves and restores exceptions
     * itself: the failure must stay set aside until that code is done, then
     * reach the caller unchanged. (With zend_exception_save() it surfaced
     * inside the detector's code, and on Laravel 13 + PostgreSQL the rollback's
     * first use of an enum made writers spin or crash.)
     */
    public function test_an_autoload_while_the_failure_is_set_aside_leaves_it_pending(): void
    {
        $installation = $this->makeInstallationWithCredential(['kept' => 1]);
        ConnectorCredential::saving(function (): void {
            throw new \RuntimeException('save refused');
        });
        $loader = function (string $class): void {
            if ($class === 'AmcLoadedDuringRetryCheck') {
                eval('final class AmcLoadedDuringRetryCheck { public const ANSWER = 42; }');
            }
        };
        spl_autoload_register($loader);
        $seen = new \ArrayObject;
        $this->app->instance(ConcurrencyErrorDetector::class, new class($seen) implements ConcurrencyErrorDetector
        {
            public function __construct(private \ArrayObject $seen) {}

            public function causedByConcurrencyError(Throwable $e): bool
            {
                $this->seen[] = \AmcLoadedDuringRetryCheck::ANSWER; // autoloaded here
                $this->seen[] = $e->getMessage();

                return false;
            }
        });

        try {
            $this->vault()->setExtraKey($installation->id, 'k', 'v');
            $this->fail('setExtraKey must throw');
        } catch (\RuntimeException $e) {
            $this->assertSame('save refused', $e->getMessage());
            $this->assertNull($e->getPrevious());
        } finally {
            spl_autoload_unregister($loader);
        }
        $this->assertSame([42, 'save refused'], $seen->getArrayCopy(), 'the detector ran to its end');
        $this->assertSame(0, DB::transactionLevel());
        $this->app->forgetInstance(ConcurrencyErrorDetector::class);
        ConnectorCredential::flushEventListeners();
        $this->assertSame(['kept' => 1], $this->vault()->getExtra($installation->id), 'rolled back');
    }
}
