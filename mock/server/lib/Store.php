<?php
// JSON documents in the state directory, shared by the server's workers.
// Each document is locked on its own (flock), so stats updates never wait on
// a page mutation; readers take a shared lock and see whole writes only.
declare(strict_types=1);

namespace AmcMock\Server;

final class Store
{
    public function __construct(public readonly string $dir)
    {
    }

    /** @return array<mixed> */
    public function read(string $name): array
    {
        $h = $this->open($name);
        flock($h, LOCK_SH);
        $data = $this->decode(stream_get_contents($h));
        flock($h, LOCK_UN);
        fclose($h);
        return $data;
    }

    /**
     * Read-modify-write under an exclusive lock.
     * @template T
     * @param callable(array<mixed>&): T $fn
     * @return T
     */
    public function update(string $name, callable $fn): mixed
    {
        $h = $this->open($name);
        flock($h, LOCK_EX);
        try {
            $data = $this->decode(stream_get_contents($h));
            $ret = $fn($data);
            ftruncate($h, 0);
            rewind($h);
            fwrite($h, json_encode($data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR));
            fflush($h);
            return $ret;
        } finally {
            flock($h, LOCK_UN);
            fclose($h);
        }
    }

    /** @param array<mixed> $data */
    public function write(string $name, array $data): void
    {
        $this->update($name, function (array &$d) use ($data) {
            $d = $data;
        });
    }

    public function path(string $name): string
    {
        return "{$this->dir}/$name.json";
    }

    /** @return resource */
    private function open(string $name)
    {
        $h = fopen($this->path($name), 'c+');
        if ($h === false) {
            throw new \RuntimeException("cannot open state {$name} in {$this->dir}");
        }
        return $h;
    }

    /** @return array<mixed> */
    private function decode(string|false $raw): array
    {
        $data = $raw ? json_decode($raw, true) : [];
        return is_array($data) ? $data : [];
    }
}
