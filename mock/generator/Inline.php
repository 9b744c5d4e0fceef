<?php
// Inline storage-format content: sentences with marks, entities, emoticons,
// mentions, dates and the three kinds of links Confluence stores.
declare(strict_types=1);

namespace AmcMock\Generator;

final class Inline
{
    /** @param \Closure(Rng): array{0:string,1:string} $target a [spaceKey, title] to link to */
    public function __construct(private Rng $r, private \Closure $target)
    {
    }

    public static function esc(string $s): string
    {
        return htmlspecialchars($s, ENT_XML1 | ENT_QUOTES, 'UTF-8');
    }

    /** Plain words, escaped, no markup. */
    public function words(int $min, int $max): string
    {
        $n = $this->r->int($min, $max);
        $out = [];
        for ($i = 0; $i < $n; $i++) {
            $out[] = $this->r->pick(Words::COMMON);
        }
        return self::esc(implode(' ', $out));
    }

    /** One sentence of rich inline content. */
    public function sentence(): string
    {
        $parts = [];
        $n = $this->r->int(1, 4);
        for ($i = 0; $i < $n; $i++) {
            $parts[] = $this->r->chance(0.35) ? $this->marked() : $this->words(2, 8);
            if ($this->r->chance(0.2)) {
                $parts[] = $this->r->pick(Words::ENTITIES);
            }
        }
        $s = implode(' ', $parts);
        if ($this->r->chance(0.1)) {
            $s .= '&nbsp;' . $this->extra();
        }
        return ucfirst($s) . $this->r->pick(['.', '.', '.', '!', '?', ':', '&hellip;']);
    }

    /** Several sentences: the body of a paragraph or cell. */
    public function text(int $min, int $max): string
    {
        $n = $this->r->int($min, $max);
        $out = [];
        for ($i = 0; $i < $n; $i++) {
            $out[] = $this->sentence();
        }
        return implode(' ', $out);
    }

    private function marked(): string
    {
        $w = $this->words(1, 4);
        return match ($this->r->int(0, 12)) {
            0 => "<strong>$w</strong>",
            1 => "<em>$w</em>",
            2 => "<u>$w</u>",
            3 => "<code>$w</code>",
            4 => "<s>$w</s>",
            5 => "<strong><em>$w</em></strong>",
            6 => 'x<sup>' . $this->r->int(2, 9) . '</sup> and H<sub>2</sub>O ' . $w,
            7 => '<span style="color: rgb(255,86,48);">' . $w . '</span>',
            8 => $this->link($w),
            9 => $this->pageLink(),
            10 => "the team&rsquo;s $w &mdash; &ldquo;{$w}&rdquo;",
            11 => "<em>$w <strong>" . $this->words(1, 2) . '</strong></em>',
            default => $this->extra(),
        };
    }

    public function link(string $label): string
    {
        $path = strtolower(preg_replace('/[^a-z]+/i', '-', $label) ?? 'x');
        return '<a href="https://example.com/' . self::esc(trim($path, '-')) . '?a=1&amp;b=2">' . $label . '</a>';
    }

    /** `<ac:link>` to another page, with or without a link body. */
    public function pageLink(): string
    {
        [$space, $title] = ($this->target)($this->r);
        $page = '<ri:page ri:space-key="' . self::esc($space) . '" ri:content-title="' . self::esc($title) . '" />';
        return match ($this->r->int(0, 2)) {
            0 => "<ac:link>$page</ac:link>",
            1 => "<ac:link>$page<ac:plain-text-link-body><![CDATA[" . $title . ' & more]]></ac:plain-text-link-body></ac:link>',
            default => "<ac:link>$page<ac:link-body>see <em>" . self::esc($title) . '</em></ac:link-body></ac:link>',
        };
    }

    /** Emoticons, mentions, dates, anchors, status lozenges, line breaks. */
    private function extra(): string
    {
        return match ($this->r->int(0, 5)) {
            0 => '<ac:emoticon ac:name="' . $this->r->pick(Words::EMOTICONS) . '" />',
            1 => '<ac:link><ri:user ri:account-id="557058:' . $this->r->uuid() . '" /></ac:link>',
            2 => '<time datetime="2025-' . sprintf('%02d-%02d', $this->r->int(1, 12), $this->r->int(1, 28)) . '" />',
            3 => '<ac:link ac:anchor="section-' . $this->r->int(1, 5) . '"><ac:plain-text-link-body><![CDATA[jump]]></ac:plain-text-link-body></ac:link>',
            4 => '<ac:structured-macro ac:name="status" ac:schema-version="1" ac:macro-id="' . $this->r->uuid() . '"><ac:parameter ac:name="colour">'
                . $this->r->pick(['Green', 'Yellow', 'Red', 'Blue']) . '</ac:parameter><ac:parameter ac:name="title">'
                . $this->r->pick(['DONE', 'IN PROGRESS', 'BLOCKED', 'TODO']) . '</ac:parameter></ac:structured-macro>',
            default => $this->words(1, 3) . '<br />' . $this->words(1, 3),
        };
    }
}
