<?php
// Aborts the current connection with a TCP RST and no response.
//
// The built-in server writes the response after the script ends, so exiting
// early is not a reset. Instead: find this request's socket descriptor (the
// /proc/net/tcp row whose ports match this request, by inode), set SO_LINGER
// to {on, 0} and dup2() /dev/null over it. That closes the last reference to
// the socket, which sends a RST; the server then writes into /dev/null.
// Needs FFI (ffi.enable=1, which the launcher sets). Without it, the closest
// thing: a response that announces more bytes than it sends.
declare(strict_types=1);

namespace AmcMock\Server;

final class Reset
{
    public static function abort(): never
    {
        $fd = self::clientFd();
        if ($fd === null || !class_exists(\FFI::class) || ini_get('ffi.enable') !== '1') {
            self::truncate();
        }
        $c = \FFI::cdef('int setsockopt(int, int, int, const void *, unsigned int);
            int open(const char *, int); int dup2(int, int); int close(int);', 'libc.so.6');
        $linger = $c->new('int[2]');
        $linger[0] = 1;
        $linger[1] = 0;
        $c->setsockopt($fd, 1 /* SOL_SOCKET */, 13 /* SO_LINGER */, \FFI::addr($linger[0]), 8);
        $null = $c->open('/dev/null', 2 /* O_RDWR */);
        $c->dup2($null, $fd);
        $c->close($null);
        exit;
    }

    /** Descriptor of the socket whose ports are this request's. */
    private static function clientFd(): ?int
    {
        $inode = self::inode((int) $_SERVER['SERVER_PORT'], (int) $_SERVER['REMOTE_PORT']);
        if ($inode === null) {
            return null;
        }
        foreach (scandir('/proc/self/fd') ?: [] as $fd) {
            if (ctype_digit($fd) && @readlink("/proc/self/fd/$fd") === "socket:[$inode]") {
                return (int) $fd;
            }
        }
        return null;
    }

    private static function inode(int $local, int $remote): ?string
    {
        foreach (['/proc/self/net/tcp', '/proc/self/net/tcp6'] as $table) {
            foreach (@file($table) ?: [] as $row) {
                $f = preg_split('/\s+/', trim($row));
                if (count($f) > 9 && str_ends_with($f[1], sprintf(':%04X', $local)) && str_ends_with($f[2], sprintf(':%04X', $remote)) && $f[9] !== '0') {
                    return $f[9];
                }
            }
        }
        return null;
    }

    /** A 200 that announces more bytes than it sends: the fallback above, and fault=truncate. */
    public static function truncate(): never
    {
        http_response_code(200);
        header('Content-Type: application/json');
        header('Content-Length: 65536');
        echo '{"results":[{"id":"';
        exit;
    }
}
