<?php

declare(strict_types=1);

namespace AskMyDocs\Examples\Confluence;

/** What a sync reports while it runs: a console progress display, a metrics sink. */
interface SyncListener
{
    public function spaceStarted(string $spaceKey): void;

    public function pageWritten(string $spaceKey): void;

    /** One page's storage XHTML went through the converter. */
    public function converted(int $storageBytes, int $nanoseconds): void;

    public function tokenRefreshed(): void;

    /** @param array<string, int> $stats the HTTP engine's counters (requests, retries, ...) */
    public function httpStats(array $stats): void;
}
