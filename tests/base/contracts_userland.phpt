--TEST--
Userland classes implement the native interfaces exactly as they implement upstream's
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
namespace Illuminate\Http { class Request {} }
namespace Padosoft\AskMyDocsConnectorBase\Models { class ConnectorInstallation { public int $id = 7; } }

namespace App {
require __DIR__ . '/carbon.inc';
use Carbon\Carbon;
use Illuminate\Http\Request;
use Padosoft\AskMyDocsConnectorBase\ConnectorInterface;
use Padosoft\AskMyDocsConnectorBase\Contracts\ConnectorIngestionContract;
use Padosoft\AskMyDocsConnectorBase\Contracts\DeclaresProvenance;
use Padosoft\AskMyDocsConnectorBase\HealthStatus;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation;
use Padosoft\AskMyDocsConnectorBase\ProvenanceTier;
use Padosoft\AskMyDocsConnectorBase\SyncResult;

final class WikiConnector implements ConnectorInterface, DeclaresProvenance
{
    public function key(): string { return 'wiki'; }
    public function displayName(): string { return 'Wiki'; }
    public function iconUrl(): string { return '/connectors/wiki.svg'; }
    public function oauthScopes(): array { return ['read']; }
    public function initiateOAuth(int $installationId): string { return "https://auth.example/?state=$installationId"; }
    public function handleOAuthCallback(int $installationId, Request $request): void {}
    public function syncFull(int $installationId): SyncResult { return new SyncResult(2, 0, 0, [], Carbon::now()); }
    public function syncIncremental(int $installationId, ?Carbon $since): SyncResult { return SyncResult::empty(); }
    public function disconnect(int $installationId): void {}
    public function health(int $installationId): HealthStatus { return HealthStatus::healthy(); }
    public function provenanceTier(int $installationId): ProvenanceTier
    {
        return $installationId === 9 ? ProvenanceTier::UntrustedExternal : ProvenanceTier::default();
    }
}

final class RecordingBridge implements ConnectorIngestionContract
{
    public array $calls = [];
    public function dispatchIngestion(string $projectKey, string $relativePath, string $disk, string $title, array $metadata, string $mimeType, string $tenantId): void
    { $this->calls[] = func_get_args(); }
    public function resolveKbSourcePath(string $relativePath): array { return ['relative' => $relativePath, 'absolute' => "/kb/$relativePath", 'disk' => 'local']; }
    public function redactContent(string $content): string { return str_replace('secret', '[redacted]', $content); }
    public function emitAudit(string $connectorKey, string $eventType, ?int $installationId = null, ?array $metadata = null): void {}
    public function softDeleteByRemoteId(ConnectorInstallation $installation, string $metadataKey, string $remoteId): bool { return true; }
}

$c = new WikiConnector();
var_dump($c instanceof ConnectorInterface, $c->syncFull(1)->totalChanged(), $c->health(1)->state);
var_dump($c->provenanceTier(7)->name, $c->provenanceTier(9)->name);
$b = new RecordingBridge();
$b->dispatchIngestion(projectKey: 'p', relativePath: 'a.md', disk: 'kb', title: 'T', metadata: [], mimeType: 'text/markdown', tenantId: 'default');
var_dump(count($b->calls[0]), $b->redactContent('a secret'), $b->softDeleteByRemoteId(new ConnectorInstallation(), 'k', 'r'));

$missing = array_diff(array_map(fn ($m) => $m->name, (new \ReflectionClass(ConnectorInterface::class))->getMethods()), get_class_methods(WikiConnector::class));
var_dump($missing);
}
?>
--EXPECT--
bool(true)
int(2)
string(7) "healthy"
string(15) "TrustedInternal"
string(17) "UntrustedExternal"
int(7)
string(12) "a [redacted]"
bool(true)
array(0) {
}
