<?php
// Confluence macros in storage format: code (CDATA, including a body that must
// split "]]>"), admonition panels, panel, expand, toc, task lists, layouts.
declare(strict_types=1);

namespace AmcMock\Generator;

final class Macros
{
    public function __construct(private Rng $r, private Inline $in)
    {
    }

    private function open(string $name): string
    {
        return '<ac:structured-macro ac:name="' . $name . '" ac:schema-version="1" ac:macro-id="' . $this->r->uuid() . '">';
    }

    private static function param(string $name, string $value): string
    {
        return '<ac:parameter ac:name="' . $name . '">' . $value . '</ac:parameter>';
    }

    /** Code macro; the body is CDATA, so markup and entities stay literal. */
    public function code(): string
    {
        $lines = [];
        $n = $this->r->int(1, 14);
        for ($i = 0; $i < $n; $i++) {
            $lines[] = str_repeat('    ', $this->r->int(0, 2)) . $this->r->pick(Words::CODE_LINES);
        }
        if ($this->r->chance(0.05)) {
            $lines[] = '$a = $b[$c[0]]; // ends with ]]> in the source';
        }
        // "]]>" cannot appear inside CDATA: Confluence splits it across two sections.
        $body = str_replace(']]>', ']]]]><![CDATA[>', implode("\n", $lines));
        $params = '';
        if ($this->r->chance(0.8)) {
            $params .= self::param('language', $this->r->pick(Words::LANGUAGES));
        }
        if ($this->r->chance(0.3)) {
            $params .= self::param('title', $this->in->words(1, 4));
        }
        if ($this->r->chance(0.2)) {
            $params .= self::param('linenumbers', 'true');
        }
        return $this->open('code') . $params . '<ac:plain-text-body><![CDATA[' . $body . ']]></ac:plain-text-body></ac:structured-macro>';
    }

    /** info, note, warning, tip or panel with a rich-text body. */
    public function panel(Blocks $b): string
    {
        $name = $this->r->pick(['info', 'note', 'warning', 'tip', 'panel']);
        $params = '';
        if ($this->r->chance(0.5)) {
            $params .= self::param('title', $this->in->words(1, 5));
        }
        if ($name === 'panel') {
            $params .= self::param('bgColor', $this->r->pick(['#DEEBFF', '#E3FCEF', '#FFFAE6'])) . self::param('borderStyle', 'solid');
        }
        if ($this->r->chance(0.2)) {
            $params .= self::param('icon', 'false');
        }
        $body = $b->paragraph() . ($this->r->chance(0.4) ? $b->list() : '');
        return $this->open($name) . $params . "<ac:rich-text-body>$body</ac:rich-text-body></ac:structured-macro>";
    }

    public function expand(Blocks $b): string
    {
        return $this->open('expand') . self::param('title', $this->in->words(2, 5))
            . '<ac:rich-text-body>' . $b->paragraph() . $this->code() . '</ac:rich-text-body></ac:structured-macro>';
    }

    public function toc(): string
    {
        return $this->open('toc') . self::param('maxLevel', (string) $this->r->int(2, 4)) . '</ac:structured-macro>';
    }

    public function tasks(): string
    {
        $out = '<ac:task-list>';
        $n = $this->r->int(1, 6);
        for ($i = 1; $i <= $n; $i++) {
            $status = $this->r->chance(0.4) ? 'complete' : 'incomplete';
            $out .= "<ac:task><ac:task-id>$i</ac:task-id><ac:task-uuid>" . $this->r->uuid() . "</ac:task-uuid><ac:task-status>$status</ac:task-status>"
                . '<ac:task-body>' . $this->in->sentence() . '</ac:task-body></ac:task>';
        }
        return $out . '</ac:task-list>';
    }

    /**
     * A page-wide layout: sections of one to three cells.
     * @param \Closure(): string $cell content of one cell
     */
    public function layout(\Closure $cell, int $sections): string
    {
        $types = ['single' => 1, 'two_equal' => 2, 'two_left_sidebar' => 2, 'two_right_sidebar' => 2, 'three_equal' => 3, 'three_with_sidebars' => 3];
        $out = '<ac:layout>';
        for ($s = 0; $s < $sections; $s++) {
            $type = $this->r->pick(array_keys($types));
            $out .= '<ac:layout-section ac:type="' . $type . '" ac:breakout-mode="default">';
            for ($c = 0; $c < $types[$type]; $c++) {
                $out .= '<ac:layout-cell>' . $cell() . '</ac:layout-cell>';
            }
            $out .= '</ac:layout-section>';
        }
        return $out . '</ac:layout>';
    }
}
