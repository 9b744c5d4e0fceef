<?php

namespace App\Kb;

use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Storage;
use Padosoft\AskMyDocsConnectorBase\Contracts\ConnectorIngestionContract;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation;

/**
 * The demo host's ingestion bridge: records every document the connector
 * wrote to the kb disk, keeps an audit trail, and turns a provider-side
 * deletion into a soft delete plus removal of the file.
 */
final class KbIngestionBridge implements ConnectorIngestionContract
{
    public function dispatchIngestion(string $projectKey, string $relativePath, string $disk, string $title, array $metadata, string $mimeType, string $tenantId): void
    {
        // One statement (INSERT ... ON CONFLICT UPDATE) on the unique key: queue
        // workers writing the same page at once, or a retried job, leave one row.
        $row = [
            'tenant_id' => $tenantId, 'disk' => $disk, 'path' => $relativePath,
            'project_key' => $projectKey,
            'title' => $title,
            'mime_type' => $mimeType,
            'remote_id' => (string) ($metadata['confluence_page_id'] ?? ''),
            'metadata' => json_encode($metadata, JSON_THROW_ON_ERROR),
            'deleted_at' => null,
        ];
        KbDocument::query()->upsert([$row], ['tenant_id', 'disk', 'path'],
            ['project_key', 'title', 'mime_type', 'remote_id', 'metadata', 'deleted_at']);
    }

    public function resolveKbSourcePath(string $relativePath): array
    {
        $relative = ltrim(str_replace('\\', '/', $relativePath), '/');
        if (str_contains("/$relative/", '/../')) {
            throw new \InvalidArgumentException("KB path escapes the kb disk: $relativePath");
        }

        return ['relative' => $relative, 'absolute' => $relative, 'disk' => 'kb'];
    }

    public function redactContent(string $content): string
    {
        return $content;
    }

    public function emitAudit(string $connectorKey, string $eventType, ?int $installationId = null, ?array $metadata = null): void
    {
        DB::table('kb_audit')->insert([
            'connector' => $connectorKey,
            'event' => str_starts_with($eventType, 'connector_') ? $eventType : "connector_$eventType",
            'installation_id' => $installationId,
            'metadata' => $metadata === null ? null : json_encode($metadata),
            'created_at' => now(),
        ]);
    }

    public function softDeleteByRemoteId(ConnectorInstallation $installation, string $metadataKey, string $remoteId): bool
    {
        $acted = false;
        $docs = KbDocument::query()
            ->where('tenant_id', $installation->tenant_id)
            ->where('remote_id', $remoteId)
            ->get();
        foreach ($docs as $doc) {
            if (($doc->metadata[$metadataKey] ?? null) !== $remoteId) {
                continue;
            }
            Storage::disk($doc->disk)->delete($doc->path);
            $doc->delete();
            $acted = true;
        }

        return $acted;
    }
}
