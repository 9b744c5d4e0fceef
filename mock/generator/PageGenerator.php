<?php
// Deterministic Confluence pages: the same (seed, page key, version) always
// gives the same title and storage-format body, byte for byte, independently
// of every other page, so a mock can regenerate any page at any time.
declare(strict_types=1);

namespace AmcMock\Generator;

final class PageGenerator
{
    /**
     * @param array<string,int> $spaces space key => page count, for links between pages
     * @param float $largeRate share of pages of 150-600 KB
     */
    public function __construct(private int $seed, private array $spaces = ['ENG' => 100], private float $largeRate = 0.03)
    {
    }

    public function title(string $space, int $index): string
    {
        $r = Rng::derive($this->seed, 'title', $space, $index);
        return $r->pick(Words::ADJECTIVES) . ' ' . $r->pick(Words::NOUNS) . $r->pick(Words::SUFFIXES);
    }

    /** Target size in bytes: stable per page, so a large page stays large across edits. */
    public function targetSize(string $key): int
    {
        $r = Rng::derive($this->seed, 'size', $key);
        $u = $r->int(0, 999_999) / 1_000_000;
        return match (true) {
            $u < $this->largeRate => $r->int(150_000, 600_000),
            $u < 0.10 => $r->int(30_000, 100_000),
            $u < 0.40 => $r->int(6_000, 30_000),
            default => $r->int(1_000, 6_000),
        };
    }

    public function body(string $key, int $version = 1): string
    {
        $r = Rng::derive($this->seed, 'body', $key, $version);
        $in = new Inline($r, $this->linkTarget(...));
        $blocks = new Blocks($r, $in);
        $macros = new Macros($r, $in);
        $target = $this->targetSize($key);
        $large = $target >= 150_000;

        if ($r->chance(0.15)) {
            $sections = max(1, min(12, intdiv($target, 3000)));
            $per = intdiv($target, $sections * 2);
            return $macros->layout(fn () => $this->fill($r, $blocks, $macros, $per, false), $sections);
        }
        $head = $r->chance(0.1) ? $macros->toc() : '';
        return $head . $this->fill($r, $blocks, $macros, $target, $large);
    }

    /** Blocks until $target bytes; large pages get big tables. */
    private function fill(Rng $r, Blocks $b, Macros $m, int $target, bool $large): string
    {
        $out = $b->heading();
        while (strlen($out) < $target) {
            $roll = $r->int(0, 99);
            $out .= match (true) {
                $large && $roll < 6 => $b->table(max(20, min($r->int(100, 400), intdiv($target - strlen($out), 600)))),
                $roll < 30 => $b->paragraph(),
                $roll < 42 => $b->heading(),
                $roll < 54 => $b->list(),
                $roll < 62 => $b->table(),
                $roll < 70 => $m->code(),
                $roll < 77 => $m->panel($b),
                $roll < 82 => $b->image(),
                $roll < 86 => $m->tasks(),
                $roll < 89 => $b->quote(),
                $roll < 91 => $b->rule(),
                $roll < 94 => $m->expand($b),
                $roll < 96 => $b->preformatted(),
                default => '<p>' . $r->pick(Words::ENTITIES) . ' ' . $b->image(false) . '</p>',
            };
        }
        return $out;
    }

    /** @return array{0:string,1:string} */
    private function linkTarget(Rng $r): array
    {
        $keys = array_keys($this->spaces);
        $space = (string) $r->pick($keys);
        return [$space, $this->title($space, $r->int(0, max(0, $this->spaces[$space] - 1)))];
    }
}
