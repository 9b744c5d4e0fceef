<?php

namespace App\Console;

use Symfony\Component\Process\Exception\ExceptionInterface as ProcessException;
use Symfony\Component\Process\Process;

/**
 * `queue:work` processes run the way a supervisor runs them: started, watched,
 * restarted when one exits (if asked), killed, stopped. Each one's output
 * goes to a log file of its own.
 */
final class WorkerPool
{
    /** @var array<int, Process> by pid */
    private array $workers = [];

    /** @var list<array{pid: int, at: float, code: ?int}> workers seen gone, and when */
    public array $exits = [];

    /**
     * @param list<string> $command
     * @param array<string, string> $env added to this process's environment
     */
    public function __construct(private array $command, private array $env, private string $logDir) {}

    public function start(int $count): void
    {
        for ($i = 0; $i < $count; $i++) {
            $this->spawn();
        }
    }

    /** Notes the workers that exited; with $restart a new one takes each one's place. */
    public function supervise(bool $restart): void
    {
        foreach ($this->workers as $pid => $process) {
            if ($process->isRunning()) {
                continue;
            }
            $this->exits[] = ['pid' => $pid, 'at' => microtime(true), 'code' => $process->getExitCode()];
            unset($this->workers[$pid]);
            if ($restart) {
                $this->spawn();
            }
        }
    }

    /** @return list<int> */
    public function pids(): array
    {
        return array_keys($this->workers);
    }

    public function kill(int $pid): void
    {
        posix_kill($pid, SIGKILL);
    }

    /** SIGTERM to all (a worker finishes its job first), SIGKILL to any left after $grace seconds. */
    public function stop(float $grace = 10): void
    {
        foreach ($this->workers as $process) {
            try {
                $process->signal(SIGTERM);
            } catch (ProcessException) {
                // it exited since the last look
            }
        }
        $deadline = microtime(true) + $grace;
        foreach ($this->workers as $process) {
            while ($process->isRunning() && microtime(true) < $deadline) {
                usleep(20_000);
            }
            $process->stop(0);
        }
        $this->workers = [];
    }

    /** The last lines the pool's workers wrote, for a failure report. */
    public function logTail(int $lines = 20): string
    {
        $out = [];
        foreach (glob("{$this->logDir}/worker-*.log") ?: [] as $file) {
            $out = [...$out, ...array_slice(file($file, FILE_IGNORE_NEW_LINES) ?: [], -$lines)];
        }

        return implode("\n", array_slice($out, -$lines));
    }

    private function spawn(): void
    {
        $process = new Process($this->command, base_path(), $this->env, null, null);
        $log = null;
        $process->start(function (string $type, string $chunk) use (&$log, $process) {
            $log ??= fopen("{$this->logDir}/worker-{$process->getPid()}.log", 'a');
            fwrite($log, $chunk);
        });
        $this->workers[(int) $process->getPid()] = $process;
    }
}
