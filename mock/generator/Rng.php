<?php
// Seeded random source for the generator and the mock. Xoshiro256** through
// Random\Randomizer: its output for a given seed is specified by PHP (8.2+),
// so the same seed gives the same pages on every machine and PHP version.
declare(strict_types=1);

namespace AmcMock\Generator;

final class Rng
{
    private \Random\Randomizer $r;

    public function __construct(int $seed)
    {
        $this->r = new \Random\Randomizer(new \Random\Engine\Xoshiro256StarStar($seed));
    }

    /** A generator keyed by several parts, independent of every other key. */
    public static function derive(int|string ...$parts): self
    {
        return new self(self::seedOf(...$parts));
    }

    public static function seedOf(int|string ...$parts): int
    {
        return unpack('q', hash('xxh64', implode("\x1f", $parts), true))[1];
    }

    /** Uniform in [0, 1) from a key alone, without keeping a generator. */
    public static function unit(int|string ...$parts): float
    {
        return (self::seedOf(...$parts) & 0xFFFFFFFFFFFFF) / 4503599627370496.0;
    }

    public function int(int $min, int $max): int
    {
        return $this->r->getInt($min, $max);
    }

    public function chance(float $p): bool
    {
        return $this->r->getInt(0, 999_999) < (int) round($p * 1_000_000);
    }

    /** @template T @param list<T> $items @return T */
    public function pick(array $items): mixed
    {
        return $items[$this->r->getInt(0, count($items) - 1)];
    }

    public function hex(int $chars): string
    {
        return bin2hex($this->r->getBytes(intdiv($chars + 1, 2)));
    }

    /** RFC 4122 shaped id, as Confluence uses for macro ids. */
    public function uuid(): string
    {
        $h = $this->hex(32);
        $variant = dechex(8 | (hexdec($h[16]) & 3));
        return sprintf('%s-%s-4%s-%s%s-%s', substr($h, 0, 8), substr($h, 8, 4), substr($h, 13, 3), $variant, substr($h, 17, 3), substr($h, 20, 12));
    }
}
