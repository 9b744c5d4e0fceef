--TEST--
SyncResult: construction (positional, named), readonly, toArray(), hasErrors(), totalChanged(), empty()
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/carbon.inc';
use Carbon\Carbon;
use Padosoft\AskMyDocsConnectorBase\SyncResult;

Carbon::setTestNow(Carbon::parse('2026-05-12 10:30:00', 'UTC'));
$at = Carbon::parse('2026-01-02 03:04:05', 'Europe/Rome');

$r = new SyncResult(3, 2, 1, ['boom'], $at);
var_dump($r->documentsAdded, $r->documentsUpdated, $r->documentsRemoved, $r->errors, $r->completedAt === $at);
var_dump($r->toArray(), $r->hasErrors(), $r->totalChanged());

// Named arguments, in any order.
$n = new SyncResult(completedAt: $at, errors: [], documentsRemoved: 7, documentsAdded: 5, documentsUpdated: 0);
var_dump($n->totalChanged(), $n->hasErrors());

$e = SyncResult::empty();
var_dump($e->toArray());
var_dump($e->completedAt instanceof Carbon, $e->completedAt->eq(Carbon::now()));

foreach (['documentsAdded' => 1, 'errors' => [], 'completedAt' => $at] as $prop => $value) {
    try { $r->$prop = $value; } catch (Error $ex) { echo get_class($ex), ': ', $ex->getMessage(), "\n"; }
}
try { unset($r->errors); } catch (Error $ex) { echo $ex->getMessage(), "\n"; }
try { $r->__construct(1, 1, 1, [], $at); } catch (Error $ex) { echo $ex->getMessage(), "\n"; }

// Argument types are enforced like upstream's typed constructor.
try { new SyncResult(1, 2, 3, [], new DateTime()); } catch (TypeError $ex) { echo $ex->getMessage(), "\n"; }
try { new SyncResult(1, 2, 3, []); } catch (ArgumentCountError $ex) { echo $ex->getMessage(), "\n"; }
try { new SyncResult('x', 2, 3, [], $at); } catch (TypeError $ex) { echo $ex->getMessage(), "\n"; }

// Carbon subclasses (e.g. CarbonImmutable is NOT one) are accepted.
class MyCarbon extends Carbon {}
var_dump((new SyncResult(0, 0, 0, [], new MyCarbon('2026-01-01')))->toArray()['completed_at']);
try { new SyncResult(0, 0, 0, [], \Carbon\CarbonImmutable::now()); } catch (TypeError $ex) { echo $ex->getMessage(), "\n"; }
?>
--EXPECTF--
int(3)
int(2)
int(1)
array(1) {
  [0]=>
  string(4) "boom"
}
bool(true)
array(5) {
  ["documents_added"]=>
  int(3)
  ["documents_updated"]=>
  int(2)
  ["documents_removed"]=>
  int(1)
  ["errors"]=>
  array(1) {
    [0]=>
    string(4) "boom"
  }
  ["completed_at"]=>
  string(25) "2026-01-02T03:04:05+01:00"
}
bool(true)
int(6)
int(12)
bool(false)
array(5) {
  ["documents_added"]=>
  int(0)
  ["documents_updated"]=>
  int(0)
  ["documents_removed"]=>
  int(0)
  ["errors"]=>
  array(0) {
  }
  ["completed_at"]=>
  string(25) "2026-05-12T10:30:00+00:00"
}
bool(true)
bool(true)
Error: Cannot modify readonly property Padosoft\AskMyDocsConnectorBase\SyncResult::$documentsAdded
Error: Cannot modify readonly property Padosoft\AskMyDocsConnectorBase\SyncResult::$errors
Error: Cannot modify readonly property Padosoft\AskMyDocsConnectorBase\SyncResult::$completedAt
Cannot unset readonly property Padosoft\AskMyDocsConnectorBase\SyncResult::$errors
Cannot modify readonly property Padosoft\AskMyDocsConnectorBase\SyncResult::$documentsAdded
Padosoft\AskMyDocsConnectorBase\SyncResult::__construct(): Argument #5 ($completedAt) must be of type Carbon\Carbon, DateTime given
Padosoft\AskMyDocsConnectorBase\SyncResult::__construct() expects exactly 5 arguments, 4 given
Padosoft\AskMyDocsConnectorBase\SyncResult::__construct(): Argument #1 ($documentsAdded) must be of type int, string given
string(25) "2026-01-01T00:00:00+00:00"
Padosoft\AskMyDocsConnectorBase\SyncResult::__construct(): Argument #5 ($completedAt) must be of type Carbon\Carbon, Carbon\CarbonImmutable given
