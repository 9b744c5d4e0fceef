<?php

declare(strict_types=1);

namespace AskMyDocs\Examples\Confluence;

use Illuminate\Support\Str;

/** One Confluence page as the KB stores it: path, YAML front matter, metadata. */
final class PageDocument
{
    private function __construct(
        public readonly string $pageId,
        public readonly string $title,
        public readonly string $spaceKey,
        public readonly int $version,
        public readonly string $status,
        public readonly string $sourceUrl,
        public readonly string $storage,
    ) {}

    /** @param array<string, mixed> $page a `content` row expanded with body.storage,version,space,status */
    public static function fromApi(array $page, string $spaceKey): self
    {
        $id = (string) ($page['id'] ?? '');
        if ($id === '' || preg_match('/^[A-Za-z0-9-]+$/', $id) !== 1) {
            throw new \RuntimeException('Confluence page has a missing or unusable id.');
        }
        $links = is_array($page['_links'] ?? null) ? $page['_links'] : [];

        return new self(
            pageId: $id,
            title: (string) ($page['title'] ?? 'Confluence page'),
            spaceKey: $spaceKey !== '' ? $spaceKey : (string) ($page['space']['key'] ?? ''),
            version: (int) ($page['version']['number'] ?? 1),
            status: (string) ($page['status'] ?? 'current'),
            sourceUrl: (string) ($links['base'] ?? '') . (string) ($links['webui'] ?? ''),
            storage: (string) ($page['body']['storage']['value'] ?? ''),
        );
    }

    public function relativePath(string $projectKey): string
    {
        return sprintf('%s/connectors/confluence/%s/%s.md', $projectKey, Str::slug($this->spaceKey) ?: 'space', $this->pageId);
    }

    public function frontMatter(): string
    {
        $yaml = static fn (string $s): string => json_encode($s, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);

        return "---\n"
            . 'title: ' . $yaml($this->title) . "\n"
            . 'space: ' . $yaml($this->spaceKey) . "\n"
            . 'page_id: ' . $yaml($this->pageId) . "\n"
            . 'version: ' . $this->version . "\n"
            . 'source_url: ' . $yaml($this->sourceUrl) . "\n"
            . "---\n\n";
    }

    /** @return array<string, mixed> */
    public function metadata(string $connector, int $installationId): array
    {
        return [
            'connector' => $connector,
            'installation_id' => $installationId,
            'confluence_page_id' => $this->pageId,
            'confluence_space_key' => $this->spaceKey,
            'confluence_version' => $this->version,
            'confluence_status' => $this->status,
            'source_url' => $this->sourceUrl,
        ];
    }
}
