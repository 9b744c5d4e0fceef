--TEST--
NullConnectorIngestionContract: fail-loud dispatch, path normalisation, no-op audit/redaction/deletion
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
namespace Padosoft\AskMyDocsConnectorBase\Models { class ConnectorInstallation {} }
namespace {
use Padosoft\AskMyDocsConnectorBase\Contracts\ConnectorIngestionContract;
use Padosoft\AskMyDocsConnectorBase\Contracts\NullConnectorIngestionContract;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation;

$n = new NullConnectorIngestionContract();
var_dump($n instanceof ConnectorIngestionContract);
try {
    $n->dispatchIngestion('proj', 'a.md', 'kb', 'Title', [], 'text/markdown', 'default');
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
foreach (['docs/a.md', '/docs/a.md', '\\\\docs\\sub\\a.md', '//x//y', '', '/'] as $p) {
    echo json_encode($p), ' => ', json_encode($n->resolveKbSourcePath($p)), "\n";
}
var_dump($n->redactContent("keep\0me"));
var_dump($n->emitAudit('wiki', 'sync_completed'));
var_dump($n->emitAudit(connectorKey: 'wiki', eventType: 'installed', metadata: ['a' => 1]));
var_dump($n->softDeleteByRemoteId(new ConnectorInstallation(), 'confluence_page_id', '123'));
try { $n->softDeleteByRemoteId(new stdClass(), 'k', 'r'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $n->dispatchIngestion('p', 'a', 'kb', 't', [], 'm'); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
var_dump((new ReflectionClass(NullConnectorIngestionContract::class))->isFinal());
}
?>
--EXPECTF--
bool(true)
LogicException: No ConnectorIngestionContract implementation bound. Host applications MUST bind one (e.g. `$this->app->bind(ConnectorIngestionContract::class, HostIngestionBridge::class);` in a ServiceProvider) — the connector packages cannot dispatch ingestion without it.
"docs\/a.md" => {"relative":"docs\/a.md","absolute":"docs\/a.md","disk":"kb"}
"\/docs\/a.md" => {"relative":"docs\/a.md","absolute":"docs\/a.md","disk":"kb"}
"\\\\docs\\sub\\a.md" => {"relative":"docs\/sub\/a.md","absolute":"docs\/sub\/a.md","disk":"kb"}
"\/\/x\/\/y" => {"relative":"x\/\/y","absolute":"x\/\/y","disk":"kb"}
"" => {"relative":"","absolute":"","disk":"kb"}
"\/" => {"relative":"","absolute":"","disk":"kb"}
string(7) "keep%0me"
NULL
NULL
bool(false)
Padosoft\AskMyDocsConnectorBase\Contracts\NullConnectorIngestionContract::softDeleteByRemoteId(): Argument #1 ($installation) must be of type Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation, stdClass given
Padosoft\AskMyDocsConnectorBase\Contracts\NullConnectorIngestionContract::dispatchIngestion() expects exactly 7 arguments, 6 given
bool(true)
