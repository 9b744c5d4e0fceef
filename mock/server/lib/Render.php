<?php
// Confluence REST v1 JSON shapes: content (with the expansions asked for and
// `_expandable` for the rest), spaces, users, and list envelopes whose
// `_links.next` is relative to `_links.base`, as Confluence Cloud sends it.
declare(strict_types=1);

namespace AmcMock\Server;

use AmcMock\Generator\Rng;

final class Render
{
    /** @var array<string,true> */
    private array $expand;

    public function __construct(private Store $store, private array $cfg, private array $site, private string $wikiBase, string $expand)
    {
        $this->expand = array_fill_keys(array_filter(array_map('trim', explode(',', $expand))), true);
    }

    public static function time(int $t): string
    {
        return gmdate('Y-m-d\TH:i:s.000\Z', $t);
    }

    public function user(int $n): array
    {
        $names = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson', 'Linus Torvalds'];
        $id = '557058:' . Rng::derive((int) $this->cfg['seed'], 'user', $n)->uuid();
        return [
            'type' => 'known', 'accountId' => $id, 'accountType' => 'atlassian',
            'email' => strtolower(strtok($names[$n % 5], ' ')) . '@example.com', 'publicName' => $names[$n % 5], 'displayName' => $names[$n % 5],
            'profilePicture' => ['path' => '/wiki/aa-avatar/' . $id, 'width' => 48, 'height' => 48, 'isDefault' => false],
            'isExternalCollaborator' => false,
            '_expandable' => ['operations' => '', 'personalSpace' => ''],
            '_links' => ['self' => "{$this->wikiBase}/rest/api/user?accountId=$id"],
        ];
    }

    public function space(array $s): array
    {
        return [
            'id' => $s['id'], 'key' => $s['key'], 'name' => $s['name'], 'type' => 'global', 'status' => 'current',
            '_expandable' => ['settings' => "/rest/api/space/{$s['key']}/settings", 'metadata' => '', 'operations' => '', 'lookAndFeel' => "/rest/api/settings/lookandfeel?spaceKey={$s['key']}",
                'identifiers' => '', 'permissions' => '', 'icon' => '', 'description' => '', 'theme' => "/rest/api/space/{$s['key']}/theme", 'history' => '', 'homepage' => ''],
            '_links' => ['webui' => "/spaces/{$s['key']}", 'self' => "{$this->wikiBase}/rest/api/space/{$s['key']}"],
        ];
    }

    private function has(string $e): bool
    {
        return isset($this->expand[$e]);
    }

    public function content(array $p): array
    {
        $id = (string) $p['id'];
        $out = ['id' => $id, 'type' => 'page', 'status' => $p['status'], 'title' => $p['title']];
        $lazy = [];
        if ($this->has('space')) {
            $out['space'] = $this->space(Site::space($this->site, $p['space']) ?? ['id' => 0, 'key' => $p['space'], 'name' => $p['space']]);
        } else {
            $lazy['space'] = "/rest/api/space/{$p['space']}";
        }
        if ($this->has('history') || $this->has('history.lastUpdated')) {
            $out['history'] = ['latest' => true, 'createdBy' => $this->user(0), 'createdDate' => self::time($p['created'])]
                + ($this->has('history.lastUpdated') ? ['lastUpdated' => $this->version($p)] : [])
                + ['_expandable' => ['lastUpdated' => '', 'previousVersion' => '', 'contributors' => '', 'nextVersion' => '']];
        } else {
            $lazy['history'] = "/rest/api/content/$id/history";
        }
        if ($this->has('version')) {
            $out['version'] = $this->version($p);
        } else {
            $lazy['version'] = '';
        }
        if ($this->has('body.storage')) {
            $out['body'] = [
                'storage' => ['value' => Site::body($this->store, $this->cfg, $p), 'representation' => 'storage', 'embeddedContent' => [], '_expandable' => ['content' => "/rest/api/content/$id"]],
                '_expandable' => ['editor' => '', 'atlas_doc_format' => '', 'view' => '', 'export_view' => '', 'styled_view' => '', 'dynamic' => '', 'editor2' => '', 'anonymous_export_view' => ''],
            ];
        } else {
            $lazy['body'] = '';
        }
        if ($this->has('metadata.labels')) {
            $labels = array_map(fn ($l) => ['prefix' => 'global', 'name' => $l, 'id' => (string) (Rng::seedOf($l) & 0xFFFFFFF), 'label' => $l], Site::labels($this->cfg, $p));
            $out['metadata'] = ['labels' => ['results' => $labels, 'start' => 0, 'limit' => 200, 'size' => count($labels)]];
        } else {
            $lazy['metadata'] = '';
        }
        if ($this->has('ancestors')) {
            $out['ancestors'] = [];
        } else {
            $lazy['ancestors'] = '';
        }
        $lazy += ['childTypes' => '', 'container' => "/rest/api/space/{$p['space']}", 'operations' => '', 'children' => "/rest/api/content/$id/child",
            'restrictions' => "/rest/api/content/$id/restriction/byOperation", 'descendants' => "/rest/api/content/$id/descendant"];
        $out['extensions'] = ['position' => $p['idx']];
        $out['_expandable'] = $lazy;
        $slug = trim((string) preg_replace('/[^A-Za-z0-9]+/', '+', $p['title']), '+');
        $out['_links'] = ['webui' => "/spaces/{$p['space']}/pages/$id/$slug", 'editui' => "/pages/resumedraft.action?draftId=$id",
            'tinyui' => '/x/' . base_convert($id, 10, 36), 'self' => "{$this->wikiBase}/rest/api/content/$id"];
        return $out;
    }

    private function version(array $p): array
    {
        return [
            'by' => $this->user((int) $p['author']), 'when' => self::time($p['modified']), 'friendlyWhen' => gmdate('M d, Y', $p['modified']),
            'message' => '', 'number' => (int) $p['version'], 'minorEdit' => false, 'contentTypeModified' => false,
            '_expandable' => ['collaborators' => '', 'content' => "/rest/api/content/{$p['id']}"],
            '_links' => ['self' => "{$this->wikiBase}/rest/api/content/{$p['id']}/version/{$p['version']}"],
        ];
    }

    /**
     * A list envelope. $next is the query of the next page, or null on the last.
     * @param list<array> $results
     */
    public function envelope(array $results, int $start, int $limit, string $path, string $selfQuery, ?string $next, array $extra = []): array
    {
        $links = ['base' => $this->wikiBase, 'context' => '/wiki'];
        if ($next !== null && preg_match('~^https?://~i', $next)) {
            $links['next'] = $next;
        } elseif ($next !== null) {
            $links['next'] = ($this->cfg['next_style'] === 'wiki' ? '/wiki' : '') . "/rest/api/$path?$next";
        }
        $links['self'] = "{$this->wikiBase}/rest/api/$path" . ($selfQuery !== '' ? "?$selfQuery" : '');
        return ['results' => $results, 'start' => $start, 'limit' => $limit, 'size' => count($results)] + $extra + ['_links' => $links];
    }
}
