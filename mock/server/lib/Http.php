<?php
// Small response helpers for the router: JSON bodies, Atlassian-shaped errors.
declare(strict_types=1);

namespace AmcMock\Server;

final class Http
{
    /** @param array<string,string> $headers */
    public static function json(mixed $data, int $status = 200, array $headers = []): never
    {
        http_response_code($status);
        header('Content-Type: application/json;charset=UTF-8');
        foreach ($headers as $k => $v) {
            header("$k: $v");
        }
        echo json_encode($data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        exit;
    }

    /** Confluence REST error body. */
    public static function apiError(int $status, string $message): never
    {
        self::json(['statusCode' => $status, 'data' => ['authorized' => $status !== 403, 'valid' => true, 'errors' => [], 'successful' => false], 'message' => $message], $status);
    }

    /** OAuth error body (RFC 6749 section 5.2). */
    public static function oauthError(int $status, string $error, string $description): never
    {
        self::json(['error' => $error, 'error_description' => $description], $status, ['Cache-Control' => 'no-store']);
    }

    public static function redirect(string $url): never
    {
        http_response_code(302);
        header('Location: ' . $url);
        exit;
    }

    /** Request body as fields: JSON or form-encoded, as OAuth clients send either. */
    public static function fields(): array
    {
        $raw = (string) file_get_contents('php://input');
        if (str_contains($_SERVER['CONTENT_TYPE'] ?? '', 'json')) {
            $data = json_decode($raw, true);
            return is_array($data) ? $data : [];
        }
        parse_str($raw, $data);
        return $data;
    }

    public static function bearer(): ?string
    {
        $h = $_SERVER['HTTP_AUTHORIZATION'] ?? '';
        return preg_match('/^Bearer\s+(\S+)$/i', $h, $m) ? $m[1] : null;
    }

    public static function origin(array $cfg): string
    {
        return $cfg['base_url'] !== '' ? $cfg['base_url'] : 'http://' . ($_SERVER['HTTP_HOST'] ?? '127.0.0.1');
    }
}
