<?php
// Injected faults: 429 with Retry-After, 503, and connection resets. Whether
// request number N of the API fails is a function of (seed, N) only, so a
// fixed seed and request count always inject the same number of faults.
declare(strict_types=1);

namespace AmcMock\Server;

use AmcMock\Generator\Rng;

final class Faults
{
    public function __construct(private array $cfg, private Stats $stats)
    {
    }

    public function apply(int $seq): void
    {
        $u = Rng::unit($this->cfg['seed'], 'fault', $seq);
        $p429 = (float) $this->cfg['rate_429'];
        $p503 = (float) $this->cfg['rate_503'];
        $pReset = (float) $this->cfg['rate_reset'];
        if ($u < $p429) {
            $this->stats->injected('429');
            Http::json(['code' => 429, 'message' => 'Rate limit exceeded'], 429, [
                'Retry-After' => (string) $this->cfg['retry_after'],
                'X-RateLimit-Limit' => '100',
                'X-RateLimit-Remaining' => '0',
            ]);
        }
        if ($u < $p429 + $p503) {
            $this->stats->injected('503');
            Http::json(['code' => 503, 'message' => 'Service Unavailable'], 503);
        }
        if ($u < $p429 + $p503 + $pReset) {
            $this->stats->injected('reset');
            Stats::$outcome = 'reset';
            Reset::abort();
        }
    }
}
