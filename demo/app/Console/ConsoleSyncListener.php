<?php

namespace App\Console;

use AskMyDocs\Examples\Confluence\SyncListener;
use Symfony\Component\Console\Helper\ProgressBar;
use Symfony\Component\Console\Output\ConsoleOutputInterface;
use Symfony\Component\Console\Output\OutputInterface;

/** One progress bar per space, and the figures of the summary. */
final class ConsoleSyncListener implements SyncListener
{
    /** @var array<string, ProgressBar> */
    private array $bars = [];

    /** @var array<string, int> pages written per space in the current sync */
    private array $written = [];

    public int $pages = 0;
    public int $storageBytes = 0;
    public int $convertNanos = 0;
    public int $refreshes = 0;
    /** @var array<string, int> */
    public array $http = [];

    /** @param array<string, int> $expectedPerSpace pages each space should have (for the bar's length) */
    public function __construct(private readonly OutputInterface $output, private readonly array $expectedPerSpace = []) {}

    public function spaceStarted(string $spaceKey): void
    {
        $this->written[$spaceKey] = 0;
        if (! $this->output->isDecorated()) {
            return; // a log, not a terminal: one line per space at the end
        }
        $out = $this->output instanceof ConsoleOutputInterface ? $this->output->section() : $this->output;
        $bar = new ProgressBar($out, $this->expectedPerSpace[$spaceKey] ?? 0);
        $bar->setFormat(sprintf('  %-6s %%current%%/%%max%% [%%bar%%] %%percent:3s%%%%', $spaceKey));
        $bar->start();
        $this->bars[$spaceKey] = $bar;
    }

    public function pageWritten(string $spaceKey): void
    {
        $this->pages++;
        $this->written[$spaceKey] = ($this->written[$spaceKey] ?? 0) + 1;
        ($this->bars[$spaceKey] ?? null)?->advance();
    }

    public function converted(int $storageBytes, int $nanoseconds): void
    {
        $this->storageBytes += $storageBytes;
        $this->convertNanos += $nanoseconds;
    }

    public function tokenRefreshed(): void
    {
        $this->refreshes++;
    }

    public function httpStats(array $stats): void
    {
        foreach ($stats as $name => $value) {
            $this->http[$name] = ($this->http[$name] ?? 0) + $value;
        }
        foreach ($this->bars as $bar) {
            $bar->finish();
        }
        if ($this->bars === []) {
            foreach ($this->written as $space => $n) {
                $this->output->writeln(sprintf('  %-6s %d pages', $space, $n));
            }
        }
        $this->bars = [];
        $this->written = [];
        $this->output->writeln('');
    }
}
