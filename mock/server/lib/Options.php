<?php
// `--name value` / `--name=value` / `--flag` command-line options.
declare(strict_types=1);

namespace AmcMock\Server;

final class Options
{
    /**
     * @param list<string> $argv
     * @param array<string,?string> $defaults every accepted option; null means "no default"
     * @return array<string,?string>
     */
    public static function parse(array $argv, array $defaults): array
    {
        $out = $defaults;
        for ($i = 1; $i < count($argv); $i++) {
            if (!preg_match('/^--([a-z0-9-]+)(?:=(.*))?$/s', $argv[$i], $m)) {
                self::fail("unexpected argument: {$argv[$i]}");
            }
            $name = $m[1];
            if (!array_key_exists($name, $defaults)) {
                self::fail("unknown option --$name");
            }
            if (isset($m[2])) {
                $out[$name] = $m[2];
            } elseif (isset($argv[$i + 1]) && !str_starts_with($argv[$i + 1], '--')) {
                $out[$name] = $argv[++$i];
            } else {
                $out[$name] = '1';
            }
        }
        return $out;
    }

    private static function fail(string $msg): never
    {
        fwrite(STDERR, $msg . "\n");
        exit(2);
    }
}
