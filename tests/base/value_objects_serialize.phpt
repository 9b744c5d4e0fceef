--TEST--
SyncResult, HealthStatus, TenantContext round-trip through serialize()/unserialize() like upstream's readonly classes
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/carbon.inc';
use Carbon\Carbon;
use Padosoft\AskMyDocsConnectorBase\HealthStatus;
use Padosoft\AskMyDocsConnectorBase\Support\TenantContext;
use Padosoft\AskMyDocsConnectorBase\SyncResult;

Carbon::setTestNow(Carbon::parse('2026-05-12 10:30:00', 'UTC'));
$at = Carbon::parse('2026-01-02 03:04:05.123456', 'Europe/Rome');

$objects = [
    new SyncResult(3, 2, 1, ['boom', "nul\0byte"], $at),
    SyncResult::empty(),
    new HealthStatus('degraded', $at, "slow\0down"),
    HealthStatus::healthy(),
    new TenantContext(),
];
$objects[4]->set('acme');
foreach ($objects as $o) {
    $copy = unserialize(serialize($o));
    echo get_class($copy), ': ', var_export($copy == $o, true), ', ', var_export($copy !== $o, true), "\n";
    if (!$copy instanceof TenantContext) {
        var_dump($copy->toArray() === $o->toArray());
    } else {
        var_dump($copy->current());
    }
}

// The payload is upstream's: the declared properties by name, nothing hidden.
echo str_replace("\0", '\0', serialize(new SyncResult(1, 2, 3, [], Carbon::parse('2026-01-02 03:04:05', 'UTC')))), "\n";
echo str_replace("\0", '\0', serialize($objects[4])), "\n";

// An upstream payload written by hand reads back into a working object.
$payload = 'O:44:"Padosoft\AskMyDocsConnectorBase\HealthStatus":3:{s:5:"state";s:7:"errored";s:9:"lastCheck";'
    . 'O:13:"Carbon\Carbon":3:{s:4:"date";s:26:"2026-01-02 03:04:05.000000";s:13:"timezone_type";i:3;s:8:"timezone";s:3:"UTC";}'
    . 's:7:"message";s:4:"down";}';
var_dump(unserialize($payload)->toArray());

// Readonly after unserialize() too; the engine type-checks the payload.
$r = unserialize(serialize($objects[0]));
try { $r->documentsAdded = 9; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$bad = 'O:42:"Padosoft\AskMyDocsConnectorBase\SyncResult":1:{s:14:"documentsAdded";s:3:"ten";}';
try { unserialize($bad); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }

// A payload without completedAt gives an object whose toArray() throws PHP's Error.
$partial = preg_replace('/s:11:"completedAt";O:13:"Carbon\\\\Carbon":3:\{[^}]*\}/', '', serialize($objects[0]));
$partial = str_replace(':5:{', ':4:{', $partial);
$p = unserialize($partial);
var_dump($p->totalChanged(), $p->hasErrors());
try { $p->toArray(); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
?>
--EXPECT--
Padosoft\AskMyDocsConnectorBase\SyncResult: true, true
bool(true)
Padosoft\AskMyDocsConnectorBase\SyncResult: true, true
bool(true)
Padosoft\AskMyDocsConnectorBase\HealthStatus: true, true
bool(true)
Padosoft\AskMyDocsConnectorBase\HealthStatus: true, true
bool(true)
Padosoft\AskMyDocsConnectorBase\Support\TenantContext: true, true
string(4) "acme"
O:42:"Padosoft\AskMyDocsConnectorBase\SyncResult":5:{s:14:"documentsAdded";i:1;s:16:"documentsUpdated";i:2;s:16:"documentsRemoved";i:3;s:6:"errors";a:0:{}s:11:"completedAt";O:13:"Carbon\Carbon":3:{s:4:"date";s:26:"2026-01-02 03:04:05.000000";s:13:"timezone_type";i:3;s:8:"timezone";s:3:"UTC";}}
O:53:"Padosoft\AskMyDocsConnectorBase\Support\TenantContext":1:{s:63:"\0Padosoft\AskMyDocsConnectorBase\Support\TenantContext\0tenantId";s:4:"acme";}
array(3) {
  ["state"]=>
  string(7) "errored"
  ["last_check"]=>
  string(25) "2026-01-02T03:04:05+00:00"
  ["message"]=>
  string(4) "down"
}
Error: Cannot modify readonly property Padosoft\AskMyDocsConnectorBase\SyncResult::$documentsAdded
TypeError: Cannot assign string to property Padosoft\AskMyDocsConnectorBase\SyncResult::$documentsAdded of type int
int(6)
bool(true)
Error: Typed property Padosoft\AskMyDocsConnectorBase\SyncResult::$completedAt must not be accessed before initialization
