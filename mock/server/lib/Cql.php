<?php
// A subset of CQL compiled to a predicate over page metadata: AND/OR/NOT,
// parentheses, = != > >= < <= ~ !~, IN / NOT IN, ORDER BY, on the fields
// type, space (space.key), id, title, status, label, created, lastModified.
// Dates: "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm", "yyyy-MM-dd", now("-4h"); UTC.
// A malformed query throws \InvalidArgumentException (the API answers 400).
declare(strict_types=1);

namespace AmcMock\Server;

final class Cql
{
    /** @var list<array{0:string,1:string}> [kind, text] */
    private array $t = [];
    private int $i = 0;

    /** @param \Closure(array): list<string> $labels */
    private function __construct(private \Closure $labels)
    {
    }

    /**
     * @param \Closure(array): list<string> $labels labels of a page
     * @return array{0:\Closure(array):bool, 1:list<array{0:string,1:bool}>, 2:bool} predicate, order by [field, desc], mentions status
     */
    public static function compile(string $cql, \Closure $labels): array
    {
        $p = new self($labels);
        $p->t = self::lex($cql);
        $pred = $p->or();
        $order = $p->orderBy();
        if ($p->peek()[0] !== 'end') {
            throw new \InvalidArgumentException('unexpected ' . $p->peek()[1]);
        }
        return [$pred, $order, (bool) preg_match('/\bstatus\b/i', $cql)];
    }

    /** @return list<array{0:string,1:string}> */
    private static function lex(string $s): array
    {
        $re = '/\s*(?:(?<str>"(?:[^"\\\\]|\\\\.)*"|\'(?:[^\'\\\\]|\\\\.)*\')|(?<op>!=|>=|<=|!~|[=<>~(),])|(?<word>(?i:now)\([^)]*\)|[A-Za-z0-9_.:\-+\/]+))/A';
        $out = [];
        $pos = 0;
        while ($pos < strlen($s) && trim(substr($s, $pos)) !== '') {
            if (!preg_match($re, $s, $m, 0, $pos)) {
                throw new \InvalidArgumentException('cannot read at ' . substr($s, $pos, 20));
            }
            $pos += strlen($m[0]);
            if (($m['str'] ?? '') !== '') {
                $out[] = ['value', stripcslashes(substr($m['str'], 1, -1))];
            } elseif (($m['op'] ?? '') !== '') {
                $out[] = ['op', $m['op']];
            } else {
                $out[] = ['word', $m['word']];
            }
        }
        $out[] = ['end', 'end of query'];
        return $out;
    }

    private function peek(): array
    {
        return $this->t[$this->i];
    }

    private function next(): array
    {
        return $this->t[$this->i++];
    }

    private function keyword(string $kw): bool
    {
        [$kind, $text] = $this->peek();
        if ($kind === 'word' && strcasecmp($text, $kw) === 0) {
            $this->i++;
            return true;
        }
        return false;
    }

    private function expect(string $op): void
    {
        if ($this->next() !== ['op', $op]) {
            throw new \InvalidArgumentException("expected $op");
        }
    }

    private function or(): \Closure
    {
        $l = $this->and();
        while ($this->keyword('OR')) {
            $r = $this->and();
            $l = fn (array $p) => $l($p) || $r($p);
        }
        return $l;
    }

    private function and(): \Closure
    {
        $l = $this->not();
        while ($this->keyword('AND')) {
            $r = $this->not();
            $l = fn (array $p) => $l($p) && $r($p);
        }
        return $l;
    }

    private function not(): \Closure
    {
        if ($this->keyword('NOT')) {
            $inner = $this->not();
            return fn (array $p) => !$inner($p);
        }
        if ($this->peek() === ['op', '(']) {
            $this->i++;
            $e = $this->or();
            $this->expect(')');
            return $e;
        }
        return $this->clause();
    }

    private function clause(): \Closure
    {
        [$kind, $field] = $this->next();
        if ($kind !== 'word') {
            throw new \InvalidArgumentException("expected a field, got $field");
        }
        $get = $this->field(strtolower($field));
        $negate = $this->keyword('NOT');
        if ($this->keyword('IN')) {
            $values = $this->list();
            return fn (array $p) => $negate xor (bool) array_intersect((array) $get($p), $values);
        }
        if ($negate) {
            throw new \InvalidArgumentException('expected IN after NOT');
        }
        [$k, $op] = $this->next();
        if ($k !== 'op' || !in_array($op, ['=', '!=', '>', '>=', '<', '<=', '~', '!~'], true)) {
            throw new \InvalidArgumentException("expected an operator after $field");
        }
        $value = $this->value();
        if (in_array(strtolower($field), ['created', 'lastmodified'], true)) {
            $value = self::date($value);
        }
        return fn (array $p) => self::test($get($p), $op, $value);
    }

    /** @return \Closure(array): (string|int|list<string>) */
    private function field(string $name): \Closure
    {
        return match ($name) {
            'type' => fn (array $p) => 'page',
            'space', 'space.key' => fn (array $p) => $p['space'],
            'id', 'content' => fn (array $p) => (string) $p['id'],
            'title' => fn (array $p) => $p['title'],
            'status' => fn (array $p) => $p['status'],
            'label' => fn (array $p) => ($this->labels)($p),
            'created' => fn (array $p) => $p['created'],
            'lastmodified' => fn (array $p) => $p['modified'],
            default => throw new \InvalidArgumentException("unsupported field $name"),
        };
    }

    private function value(): string
    {
        [$kind, $text] = $this->next();
        if ($kind !== 'value' && $kind !== 'word') {
            throw new \InvalidArgumentException("expected a value, got $text");
        }
        return $text;
    }

    /** @return list<string> */
    private function list(): array
    {
        $this->expect('(');
        $out = [$this->value()];
        while ($this->peek() === ['op', ',']) {
            $this->i++;
            $out[] = $this->value();
        }
        $this->expect(')');
        return $out;
    }

    private static function test(mixed $actual, string $op, string|int $value): bool
    {
        if (is_array($actual)) {
            $hit = in_array($value, $actual, true);
            return $op === '!=' ? !$hit : $hit;
        }
        if ($op === '~' || $op === '!~') {
            $hit = stripos((string) $actual, trim((string) $value, '*')) !== false;
            return $op === '~' ? $hit : !$hit;
        }
        $c = is_int($value) ? $actual <=> $value : strcasecmp((string) $actual, (string) $value) <=> 0;
        return match ($op) {
            '=' => $c === 0, '!=' => $c !== 0, '>' => $c > 0, '>=' => $c >= 0, '<' => $c < 0, default => $c <= 0,
        };
    }

    /** CQL date to epoch seconds, UTC. */
    private static function date(string $v): int
    {
        if (preg_match('/^now\(\s*"?([+-]?\d+)([mhdw])"?\s*\)$/i', $v, $m)) {
            return time() + (int) $m[1] * ['m' => 60, 'h' => 3600, 'd' => 86400, 'w' => 604800][strtolower($m[2])];
        }
        if (strcasecmp($v, 'now()') === 0) {
            return time();
        }
        foreach (['Y-m-d H:i', 'Y/m/d H:i', 'Y-m-d', 'Y/m/d'] as $f) {
            $d = \DateTimeImmutable::createFromFormat('!' . $f, $v, new \DateTimeZone('UTC'));
            if ($d !== false && $d->format($f) === $v) {
                return $d->getTimestamp();
            }
        }
        throw new \InvalidArgumentException("bad date $v");
    }

    /** @return list<array{0:string,1:bool}> */
    private function orderBy(): array
    {
        if (!$this->keyword('ORDER')) {
            return [];
        }
        if (!$this->keyword('BY')) {
            throw new \InvalidArgumentException('expected BY');
        }
        $out = [];
        do {
            [$kind, $f] = $this->next();
            if ($kind !== 'word') {
                throw new \InvalidArgumentException('expected a field to order by');
            }
            $this->field(strtolower($f));
            $desc = $this->keyword('DESC');
            $desc || $this->keyword('ASC');
            $out[] = [strtolower($f), $desc];
        } while ($this->peek() === ['op', ',']  && ++$this->i);
        return $out;
    }
}
