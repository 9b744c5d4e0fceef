<?php
// Request accounting across workers: totals, in flight (current and max),
// per status, per route, and the faults injected. Also hands out the sequence
// number that fault decisions are keyed on, so counts follow from the seed.
declare(strict_types=1);

namespace AmcMock\Server;

final class Stats
{
    public static ?string $outcome = null;

    public function __construct(private Store $store)
    {
    }

    /** Counts a request in; returns its fault sequence number, or null when not eligible. */
    public function begin(string $route, bool $faultable): ?int
    {
        return $this->store->update('stats', function (array &$s) use ($route, $faultable) {
            $s['requests'] = ($s['requests'] ?? 0) + 1;
            $s['in_flight'] = ($s['in_flight'] ?? 0) + 1;
            $s['in_flight_max'] = max($s['in_flight_max'] ?? 0, $s['in_flight']);
            $s['by_route'][$route] = ($s['by_route'][$route] ?? 0) + 1;
            if (!$faultable) {
                return null;
            }
            $seq = $s['fault_seq'] ?? 0;
            $s['fault_seq'] = $seq + 1;
            return $seq;
        });
    }

    /** Counts a request out, with its status or the fault that replaced it. */
    public function end(): void
    {
        $status = self::$outcome ?? (string) http_response_code();
        $this->store->update('stats', function (array &$s) use ($status) {
            $s['in_flight'] = max(0, ($s['in_flight'] ?? 1) - 1);
            $s['by_status'][$status] = ($s['by_status'][$status] ?? 0) + 1;
        });
    }

    public function injected(string $kind): void
    {
        $this->store->update('stats', function (array &$s) use ($kind) {
            $s['injected'][$kind] = ($s['injected'][$kind] ?? 0) + 1;
        });
    }

    public function snapshot(): array
    {
        $s = $this->store->read('stats');
        return [
            'requests' => $s['requests'] ?? 0,
            'in_flight' => $s['in_flight'] ?? 0,
            'in_flight_max' => $s['in_flight_max'] ?? 0,
            'by_status' => (object) ($s['by_status'] ?? []),
            'by_route' => (object) ($s['by_route'] ?? []),
            'injected' => ['429' => $s['injected']['429'] ?? 0, '503' => $s['injected']['503'] ?? 0, 'reset' => $s['injected']['reset'] ?? 0],
            'fault_eligible' => $s['fault_seq'] ?? 0,
        ];
    }

    /** Zeroes the counters; requests still in flight stay counted. */
    public function reset(): void
    {
        $this->store->update('stats', function (array &$s) {
            $now = $s['in_flight'] ?? 0;
            $s = ['in_flight' => $now, 'in_flight_max' => $now];
        });
    }
}
