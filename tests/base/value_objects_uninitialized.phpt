--TEST--
SyncResult, HealthStatus, TenantContext made without their constructor (unserialize(), newInstanceWithoutConstructor()): PHP's own Error, never a crash
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/carbon.inc';
use Padosoft\AskMyDocsConnectorBase\HealthStatus;
use Padosoft\AskMyDocsConnectorBase\Support\TenantContext;
use Padosoft\AskMyDocsConnectorBase\SyncResult;

function attempt(string $label, callable $f): void
{
    try {
        echo $label, ': ';
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

$bare = [
    'unserialize' => fn (string $class) => unserialize(sprintf('O:%d:"%s":0:{}', strlen($class), $class)),
    'reflection' => fn (string $class) => (new ReflectionClass($class))->newInstanceWithoutConstructor(),
];
foreach ($bare as $how => $make) {
    echo "-- $how\n";
    attempt('SyncResult::toArray', fn () => $make(SyncResult::class)->toArray());
    attempt('SyncResult::hasErrors', fn () => $make(SyncResult::class)->hasErrors());
    attempt('SyncResult::totalChanged', fn () => $make(SyncResult::class)->totalChanged());
    attempt('HealthStatus::toArray', fn () => $make(HealthStatus::class)->toArray());
    attempt('TenantContext::current', fn () => $make(TenantContext::class)->current());
    attempt('TenantContext::isDefault', fn () => $make(TenantContext::class)->isDefault());
}

echo "-- partly initialised\n";
// The first uninitialised property in upstream's order is the one named, and
// what was already computed (the ISO-8601 string) is released.
$sync = 'O:42:"Padosoft\AskMyDocsConnectorBase\SyncResult":2:{s:14:"documentsAdded";i:1;s:16:"documentsUpdated";i:2;}';
attempt('SyncResult::toArray', fn () => unserialize($sync)->toArray());
attempt('SyncResult::totalChanged', fn () => unserialize($sync)->totalChanged());
$noCompleted = 'O:42:"Padosoft\AskMyDocsConnectorBase\SyncResult":4:{s:14:"documentsAdded";i:1;s:16:"documentsUpdated";i:2;'
    . 's:16:"documentsRemoved";i:3;s:6:"errors";a:1:{i:0;s:1:"x";}}';
attempt('SyncResult::toArray', fn () => unserialize($noCompleted)->toArray());
attempt('SyncResult::hasErrors', fn () => unserialize($noCompleted)->hasErrors());
attempt('SyncResult::totalChanged', fn () => unserialize($noCompleted)->totalChanged());
$health = 'O:44:"Padosoft\AskMyDocsConnectorBase\HealthStatus":2:{s:5:"state";s:7:"healthy";s:9:"lastCheck";'
    . 'O:13:"Carbon\Carbon":3:{s:4:"date";s:26:"2026-01-02 03:04:05.000000";s:13:"timezone_type";i:3;s:8:"timezone";s:3:"UTC";}}';
attempt('HealthStatus::toArray', fn () => unserialize($health)->toArray());

echo "-- the constructor still initialises a bare object once\n";
$r = (new ReflectionClass(SyncResult::class))->newInstanceWithoutConstructor();
$r->__construct(1, 2, 3, [], Carbon\Carbon::parse('2026-01-02 03:04:05', 'UTC'));
var_dump($r->totalChanged(), $r->toArray()['completed_at']);
attempt('second __construct', fn () => $r->__construct(1, 2, 3, [], Carbon\Carbon::now()));
?>
--EXPECT--
-- unserialize
SyncResult::toArray: Error: Typed property Padosoft\AskMyDocsConnectorBase\SyncResult::$documentsAdded must not be accessed before initialization
SyncResult::hasErrors: Error: Typed property Padosoft\AskMyDocsConnectorBase\SyncResult::$errors must not be accessed before initialization
SyncResult::totalChanged: Error: Typed property Padosoft\AskMyDocsConnectorBase\SyncResult::$documentsAdded must not be accessed before initialization
HealthStatus::toArray: Error: Typed property Padosoft\AskMyDocsConnectorBase\HealthStatus::$state must not be accessed before initialization
TenantContext::current: string(7) "default"
TenantContext::isDefault: bool(true)
-- reflection
SyncResult::toArray: Error: Typed property Padosoft\AskMyDocsConnectorBase\SyncResult::$documentsAdded must not be accessed before initialization
SyncResult::hasErrors: Error: Typed property Padosoft\AskMyDocsConnectorBase\SyncResult::$errors must not be accessed before initialization
SyncResult::totalChanged: Error: Typed property Padosoft\AskMyDocsConnectorBase\SyncResult::$documentsAdded must not be accessed before initialization
HealthStatus::toArray: Error: Typed property Padosoft\AskMyDocsConnectorBase\HealthStatus::$state must not be accessed before initialization
TenantContext::current: string(7) "default"
TenantContext::isDefault: bool(true)
-- partly initialised
SyncResult::toArray: Error: Typed property Padosoft\AskMyDocsConnectorBase\SyncResult::$documentsRemoved must not be accessed before initialization
SyncResult::totalChanged: Error: Typed property Padosoft\AskMyDocsConnectorBase\SyncResult::$documentsRemoved must not be accessed before initialization
SyncResult::toArray: Error: Typed property Padosoft\AskMyDocsConnectorBase\SyncResult::$completedAt must not be accessed before initialization
SyncResult::hasErrors: bool(true)
SyncResult::totalChanged: int(6)
HealthStatus::toArray: Error: Typed property Padosoft\AskMyDocsConnectorBase\HealthStatus::$message must not be accessed before initialization
-- the constructor still initialises a bare object once
int(6)
string(25) "2026-01-02T03:04:05+00:00"
second __construct: Error: Cannot modify readonly property Padosoft\AskMyDocsConnectorBase\SyncResult::$documentsAdded
