<?php
// Block-level storage format: headings, paragraphs, nested lists, tables
// (with header rows, spans and a large variant), images, quotes and rules.
declare(strict_types=1);

namespace AmcMock\Generator;

final class Blocks
{
    public function __construct(private Rng $r, private Inline $in)
    {
    }

    public function heading(): string
    {
        $level = $this->r->pick([1, 2, 2, 2, 3, 3, 4, 5, 6]);
        return "<h$level>" . rtrim($this->in->sentence(), '.!?:') . "</h$level>";
    }

    public function paragraph(): string
    {
        $attr = $this->r->chance(0.05) ? ' style="text-align: center;"' : '';
        return "<p$attr>" . $this->in->text(1, 5) . '</p>';
    }

    /** Nested bullet/numbered lists, up to four levels deep. */
    public function list(int $depth = 0): string
    {
        $tag = $this->r->chance(0.6) ? 'ul' : 'ol';
        $start = ($tag === 'ol' && $this->r->chance(0.1)) ? ' start="' . $this->r->int(2, 9) . '"' : '';
        $items = '';
        $n = $this->r->int(2, 6);
        for ($i = 0; $i < $n; $i++) {
            $body = $this->r->chance(0.3) ? '<p>' . $this->in->sentence() . '</p>' : $this->in->sentence();
            if ($depth < 3 && $this->r->chance(0.3)) {
                $body .= $this->list($depth + 1);
            }
            $items .= "<li>$body</li>";
        }
        return "<$tag$start>$items</$tag>";
    }

    /** A table; $rows large for the big-table case. */
    public function table(?int $rows = null): string
    {
        $cols = $this->r->int(2, 6);
        $rows ??= $this->r->int(2, 12);
        $out = '<table data-layout="' . $this->r->pick(['default', 'wide', 'full-width']) . '" ac:local-id="' . $this->r->uuid() . '"><colgroup>'
            . str_repeat('<col style="width: ' . intdiv(760, $cols) . '.0px;" />', $cols) . '</colgroup>';
        $head = '<tr>';
        for ($c = 0; $c < $cols; $c++) {
            $head .= '<th><p><strong>' . $this->in->words(1, 3) . '</strong></p></th>';
        }
        $head .= '</tr>';
        $thead = $this->r->chance(0.3);
        $out .= $thead ? "<thead>$head</thead><tbody>" : "<tbody>$head";
        for ($i = 0; $i < $rows; $i++) {
            $out .= '<tr>' . $this->cells($cols) . '</tr>';
        }
        return $out . '</tbody></table>';
    }

    private function cells(int $cols): string
    {
        $out = '';
        for ($c = 0; $c < $cols; $c++) {
            if ($c < $cols - 1 && $this->r->chance(0.04)) {
                $out .= '<td colspan="2"><p>' . $this->in->sentence() . '</p></td>';
                $c++;
                continue;
            }
            $out .= match ($this->r->int(0, 7)) {
                0 => '<td><p>' . $this->r->int(0, 99999) . '</p></td>',
                1 => '<td>' . $this->list(3) . '</td>',
                2 => '<td />',
                3 => '<td><p>' . $this->in->sentence() . '</p><p>' . $this->in->sentence() . '</p></td>',
                default => '<td><p>' . $this->in->words(1, 6) . '</p></td>',
            };
        }
        return $out;
    }

    public function image(bool $wrap = true): string
    {
        $alt = ' ac:alt="' . $this->in->words(1, 3) . '"';
        if ($this->r->chance(0.2)) {
            return "<ac:image$alt><ri:url ri:value=\"https://example.com/img/" . $this->r->hex(8) . '.png" /></ac:image>';
        }
        $size = $this->r->chance(0.5) ? ' ac:width="' . $this->r->int(100, 900) . '"' : ' ac:height="250"';
        $file = $this->r->pick(['diagram', 'screenshot', 'architecture', 'chart', 'Flow Chart']) . '-' . $this->r->int(1, 40) . '.' . $this->r->pick(['png', 'jpg', 'gif', 'svg']);
        $img = "<ac:image ac:align=\"center\" ac:layout=\"center\"$alt$size><ri:attachment ri:filename=\"" . Inline::esc($file) . '" /></ac:image>';
        return $wrap && $this->r->chance(0.5) ? "<p>$img</p>" : $img;
    }

    public function quote(): string
    {
        return '<blockquote><p>' . $this->in->text(1, 3) . '</p></blockquote>';
    }

    public function rule(): string
    {
        return '<hr />';
    }

    public function preformatted(): string
    {
        return '<pre>' . Inline::esc($this->r->pick(Words::CODE_LINES)) . "\n" . Inline::esc($this->r->pick(Words::CODE_LINES)) . '</pre>';
    }
}
