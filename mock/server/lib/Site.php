<?php
// The mock's Confluence site: spaces and page metadata (site.json), bodies
// generated from (seed, page id, version) and cached under bodies/, and the
// admin mutations (edit, archive, add) that give incremental syncs work.
declare(strict_types=1);

namespace AmcMock\Server;

use AmcMock\Generator\PageGenerator;
use AmcMock\Generator\Rng;
use AmcMock\Generator\Words;

final class Site
{
    /** Initial pages are dated in 2024, long before any sync a test runs. */
    private const EPOCH = 1704067200;

    public static function generator(array $cfg): PageGenerator
    {
        $spaces = [];
        foreach (self::spaceDefs($cfg) as [$key]) {
            $spaces[$key] = (int) $cfg['pages'];
        }
        return new PageGenerator((int) $cfg['seed'], $spaces, (float) $cfg['large_rate']);
    }

    /** @return list<array{0:string,1:string}> [key, name] of each space */
    public static function spaceDefs(array $cfg): array
    {
        $out = [];
        for ($i = 0; $i < (int) $cfg['spaces']; $i++) {
            $out[] = Words::SPACES[$i] ?? ['SP' . ($i + 1), 'Space ' . ($i + 1)];
        }
        return $out;
    }

    /** The initial site for a config: deterministic in the seed. */
    public static function build(array $cfg): array
    {
        $r = Rng::derive((int) $cfg['seed'], 'site');
        $gen = self::generator($cfg);
        $site = ['spaces' => [], 'pages' => [], 'next_id' => 98305 + $r->int(0, 9999), 'next_idx' => [], 'mutations' => 0];
        $taken = [];
        foreach (self::spaceDefs($cfg) as $i => [$key, $name]) {
            $site['spaces'][] = ['id' => 32769 + 65536 * $i + $r->int(0, 999), 'key' => $key, 'name' => $name];
            $site['next_idx'][$key] = 0;
            for ($p = 0; $p < (int) $cfg['pages']; $p++) {
                $created = self::EPOCH + $r->int(0, 200 * 86400);
                self::addPage($site, $taken, $gen, $r, $key, $created, $created + $r->int(0, 150 * 86400), $r->pick([1, 1, 1, 2, 2, 3, 4, 7, 12]));
            }
        }
        return $site;
    }

    /** @param array<string,array<string,true>> $taken titles in use, by space */
    private static function addPage(array &$site, array &$taken, PageGenerator $gen, Rng $r, string $space, int $created, int $modified, int $version): string
    {
        $id = (string) $site['next_id'];
        $site['next_id'] += $r->int(1, 3);
        $idx = $site['next_idx'][$space]++;
        // Confluence titles are unique within a space.
        $title = $base = $gen->title($space, $idx);
        for ($n = 2; isset($taken[$space][$title]); $n++) {
            $title = "$base ($n)";
        }
        $taken[$space][$title] = true;
        $site['pages'][$id] = [
            'id' => $id, 'space' => $space, 'idx' => $idx, 'title' => $title,
            'version' => $version, 'status' => 'current', 'created' => $created, 'modified' => $modified, 'author' => $r->int(0, 4),
        ];
        return $id;
    }

    /** Storage body of a page at its current version, generated once and cached. */
    public static function body(Store $store, array $cfg, array $page): string
    {
        $file = "{$store->dir}/bodies/{$page['id']}.v{$page['version']}.xml";
        $cached = @file_get_contents($file);
        if ($cached !== false) {
            return $cached;
        }
        $body = self::generator($cfg)->body($page['id'], (int) $page['version']);
        @mkdir(dirname($file), 0777, true);
        $tmp = $file . '.' . getmypid();
        file_put_contents($tmp, $body);
        rename($tmp, $file);
        return $body;
    }

    /**
     * Edits, archives and adds pages, chosen from the seed and the number of
     * mutations before this one.
     * @return array{edited:list<string>,archived:list<string>,added:list<string>}
     */
    public static function mutate(array &$site, array $cfg, int $edit, int $archive, int $add, int $now, ?string $space): array
    {
        $r = Rng::derive((int) $cfg['seed'], 'mutate', $site['mutations']++);
        $pool = [];
        foreach ($site['pages'] as $id => $p) {
            if ($p['status'] === 'current' && ($space === null || $p['space'] === $space)) {
                $pool[] = (string) $id;
            }
        }
        $done = ['edited' => [], 'archived' => [], 'added' => []];
        foreach (['edited' => $edit, 'archived' => $archive] as $kind => $n) {
            for ($i = 0; $i < $n && $pool; $i++) {
                $at = $r->int(0, count($pool) - 1);
                $id = $pool[$at];
                array_splice($pool, $at, 1);
                $page = &$site['pages'][$id];
                if ($kind === 'edited') {
                    $page['version']++;
                    $page['author'] = $r->int(0, 4);
                } else {
                    $page['status'] = 'archived';
                }
                $page['modified'] = $now;
                unset($page);
                $done[$kind][] = $id;
            }
        }
        $keys = array_column($site['spaces'], 'key');
        $gen = self::generator($cfg);
        $taken = [];
        foreach ($site['pages'] as $p) {
            $taken[$p['space']][$p['title']] = true;
        }
        for ($i = 0; $i < $add; $i++) {
            $done['added'][] = self::addPage($site, $taken, $gen, $r, $space ?? $r->pick($keys), $now, $now, 1);
        }
        sort($done['edited']);
        sort($done['archived']);
        return $done;
    }

    public static function space(array $site, string $key): ?array
    {
        foreach ($site['spaces'] as $s) {
            if ($s['key'] === $key) {
                return $s;
            }
        }
        return null;
    }

    /** Labels of a page: stable, a few per page. @return list<string> */
    public static function labels(array $cfg, array $page): array
    {
        $r = Rng::derive((int) $cfg['seed'], 'labels', $page['id']);
        $all = ['architecture', 'runbook', 'howto', 'meeting-notes', 'decision', 'draft', 'onboarding', 'security', 'api', 'faq'];
        $out = [];
        for ($n = $r->int(0, 3); $n > 0; $n--) {
            $out[$r->pick($all)] = true;
        }
        return array_keys($out);
    }
}
