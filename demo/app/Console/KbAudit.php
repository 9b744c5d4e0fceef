<?php

namespace App\Console;

use App\Kb\KbDocument;
use Illuminate\Support\Facades\Storage;
use Illuminate\Support\Str;

/** The kb compared with the mock: one file and one row per current page, at its current version. */
final class KbAudit
{
    /** @param list<string> $wrong missing files, or files at another version or title */
    private function __construct(
        public readonly int $expected,
        public readonly int $files,
        public readonly int $rows,
        public readonly int $distinctPages,
        public readonly array $wrong,
    ) {}

    public static function of(MockAtlassian $mock): self
    {
        $current = array_filter($mock->pages(), fn (array $p) => $p['status'] === 'current');
        $disk = Storage::disk('kb');
        $wrong = [];
        foreach ($current as $page) {
            $path = sprintf('demo/connectors/confluence/%s/%s.md', Str::slug($page['space']), $page['id']);
            $text = $disk->exists($path) ? $disk->get($path) : '';
            if (! str_contains($text, "\nversion: {$page['version']}\n") || ! str_contains($text, 'title: ' . json_encode($page['title'], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE))) {
                $wrong[] = $path;
            }
        }

        return new self(count($current), count($disk->allFiles('demo')), KbDocument::count(),
            KbDocument::query()->distinct()->count('remote_id'), $wrong);
    }

    /** Every page exactly once: no file or row missing, extra or duplicated. */
    public function exact(): bool
    {
        return $this->wrong === [] && $this->files === $this->expected
            && $this->rows === $this->expected && $this->distinctPages === $this->expected;
    }

    public function detail(): string
    {
        return $this->wrong === []
            ? "files on disk: {$this->files}, rows: {$this->rows}"
            : 'wrong or missing: ' . implode(', ', array_slice($this->wrong, 0, 5));
    }
}
