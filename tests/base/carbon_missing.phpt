--TEST--
Without Carbon installed, the factories that need Carbon::now() say what to install
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
use Padosoft\AskMyDocsConnectorBase\HealthStatus;
use Padosoft\AskMyDocsConnectorBase\SyncResult;

foreach ([fn () => SyncResult::empty(), fn () => HealthStatus::healthy(), fn () => HealthStatus::errored('x')] as $f) {
    try { $f(); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
// The rest of the extension keeps working.
echo (new Padosoft\AskMyDocsConnectorBase\Support\TenantContext())->current(), "\n";
?>
--EXPECT--
Error: Class "Carbon\Carbon" not found: askmydocs_connector's SyncResult and HealthStatus need nesbot/carbon (composer require nesbot/carbon, or apt-get install php-nesbot-carbon)
Error: Class "Carbon\Carbon" not found: askmydocs_connector's SyncResult and HealthStatus need nesbot/carbon (composer require nesbot/carbon, or apt-get install php-nesbot-carbon)
Error: Class "Carbon\Carbon" not found: askmydocs_connector's SyncResult and HealthStatus need nesbot/carbon (composer require nesbot/carbon, or apt-get install php-nesbot-carbon)
default
