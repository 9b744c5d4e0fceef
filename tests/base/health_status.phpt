--TEST--
HealthStatus: constants, factories on Carbon::now(), validation message, toArray(), named arguments
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/carbon.inc';
use Carbon\Carbon;
use Padosoft\AskMyDocsConnectorBase\HealthStatus;

Carbon::setTestNow(Carbon::parse('2026-05-12 10:30:00', 'UTC'));
var_dump(HealthStatus::STATE_HEALTHY, HealthStatus::STATE_DEGRADED, HealthStatus::STATE_ERRORED, HealthStatus::STATES);

$h = HealthStatus::healthy();
var_dump($h->state, $h->message, $h->toArray());
var_dump(HealthStatus::healthy('all good')->message);
var_dump(HealthStatus::healthy(message: 'named')->toArray()['message']);
var_dump(HealthStatus::degraded('rate limited')->toArray());
var_dump(HealthStatus::errored('401 from upstream')->state);

// Named-argument skipping of the optional message.
$at = Carbon::parse('2025-12-31 23:59:59', 'UTC');
$n = new HealthStatus(lastCheck: $at, state: 'errored');
var_dump($n->message, $n->lastCheck === $at);

try { new HealthStatus('sleeping', $at); } catch (InvalidArgumentException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { new HealthStatus('HEALTHY', $at, 'case matters'); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
try { HealthStatus::degraded(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { HealthStatus::errored([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { new HealthStatus("healthy\0", Carbon::now()); } catch (InvalidArgumentException $e) { echo json_encode($e->getMessage()), "\n"; }
try { $h->state = 'errored'; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $h->message = 'x'; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new HealthStatus('healthy', 'yesterday'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
string(7) "healthy"
string(8) "degraded"
string(7) "errored"
array(3) {
  [0]=>
  string(7) "healthy"
  [1]=>
  string(8) "degraded"
  [2]=>
  string(7) "errored"
}
string(7) "healthy"
NULL
array(3) {
  ["state"]=>
  string(7) "healthy"
  ["last_check"]=>
  string(25) "2026-05-12T10:30:00+00:00"
  ["message"]=>
  NULL
}
string(8) "all good"
string(5) "named"
array(3) {
  ["state"]=>
  string(8) "degraded"
  ["last_check"]=>
  string(25) "2026-05-12T10:30:00+00:00"
  ["message"]=>
  string(12) "rate limited"
}
string(7) "errored"
NULL
bool(true)
InvalidArgumentException: Invalid HealthStatus state 'sleeping'. Expected one of: healthy, degraded, errored
Invalid HealthStatus state 'HEALTHY'. Expected one of: healthy, degraded, errored
Padosoft\AskMyDocsConnectorBase\HealthStatus::degraded() expects exactly 1 argument, 0 given
Padosoft\AskMyDocsConnectorBase\HealthStatus::errored(): Argument #1 ($message) must be of type string, array given
"Invalid HealthStatus state 'healthy\u0000'. Expected one of: healthy, degraded, errored"
Cannot modify readonly property Padosoft\AskMyDocsConnectorBase\HealthStatus::$state
Cannot modify readonly property Padosoft\AskMyDocsConnectorBase\HealthStatus::$message
Padosoft\AskMyDocsConnectorBase\HealthStatus::__construct(): Argument #2 ($lastCheck) must be of type Carbon\Carbon, string given
