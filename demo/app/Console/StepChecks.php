<?php

namespace App\Console;

/**
 * The demo commands' output: numbered steps and [ok]/[FAIL] checks; the
 * failed checks are collected so the command can exit non-zero at the end.
 */
trait StepChecks
{
    /** @var list<string> */
    private array $failures = [];

    private function step(string $title): void
    {
        $this->newLine();
        $this->info($title);
    }

    private function check(string $what, bool $ok, string $detail = ''): void
    {
        $this->line(sprintf('   [%s] %s%s', $ok ? 'ok' : 'FAIL', $what, $detail !== '' ? " ($detail)" : ''));
        if (! $ok) {
            $this->failures[] = $what;
        }
    }
}
