<?php

declare(strict_types=1);

/*
 * One run: the vault's encrypt+decrypt round trip (the native path
 * OAuthCredentialVault uses, through the application's encrypter binding)
 * against Laravel's Crypt::encryptString()/decryptString(), same app, key
 * and token, per cipher. Needs the Laravel suite's vendor dir
 * (bash scripts/checks/40-laravel.sh installs it).
 *   php -d extension=PATH/askmydocs_connector.so bench/vault_crypt.php [iterations]
 */

require __DIR__.'/../tests/laravel/bootstrap.php';

use AskMyDocs\Connector\Internal\LaravelCrypt;
use AskMyDocsConnector\Tests\Laravel\Fixtures\App;
use Illuminate\Support\Facades\Crypt;

$n = (int) ($argv[1] ?? 20000);
$app = App::create();
$token = 'ya29.'.bin2hex(random_bytes(48)); // an OAuth access token's size

function timed(callable $f, int $n): float
{
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        $f();
    }

    return (hrtime(true) - $t) / 1e9;
}

printf("%d round trips of a %d-byte token, PHP %s, %s\n", $n, strlen($token), PHP_VERSION, OPENSSL_VERSION_TEXT);
foreach (['aes-256-cbc' => 32, 'aes-128-cbc' => 16, 'aes-256-gcm' => 32, 'aes-128-gcm' => 16] as $cipher => $size) {
    $app['config']->set('app.cipher', $cipher);
    $app['config']->set('app.key', 'base64:'.base64_encode(random_bytes($size)));
    $app->forgetInstance('encrypter');
    Crypt::clearResolvedInstance('encrypter');
    if (LaravelCrypt::appDecryptString(Crypt::encryptString($token)) !== $token || Crypt::decryptString(LaravelCrypt::appEncryptString($token)) !== $token) {
        fwrite(STDERR, "$cipher: payloads do not interoperate\n");
        exit(1);
    }
    $laravel = timed(static fn () => Crypt::decryptString(Crypt::encryptString($token)), $n);
    $vault = timed(static fn () => LaravelCrypt::appDecryptString(LaravelCrypt::appEncryptString($token)), $n);
    printf("%-12s Laravel Crypt %7.1f us  vault (native) %7.1f us  ratio %.2fx\n", $cipher, $laravel / $n * 1e6, $vault / $n * 1e6, $laravel / $vault);
}
