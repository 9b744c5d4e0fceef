<?php

declare(strict_types=1);

namespace Symfony\Component\Clock;

/**
 * Stand-in for symfony/clock's interface, which Carbon 3's FactoryImmutable
 * implements and this machine's partial Composer registry lacks (see
 * ../bootstrap.php). Loaded only when the real one is absent.
 */
interface ClockInterface extends \Psr\Clock\ClockInterface
{
    public function sleep(float|int $seconds): void;

    public function withTimeZone(\DateTimeZone|string $timezone): static;
}
