<?php

declare(strict_types=1);

namespace AskMyDocsConnector\Tests\Laravel;

use AskMyDocs\Connector\Internal\LaravelCrypt;
use Illuminate\Contracts\Encryption\DecryptException;
use Illuminate\Encryption\Encrypter;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\Crypt;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorCredential;
use PHPUnit\Framework\Attributes\DataProvider;

/** The vault's C cipher against Laravel's Encrypter, both ways, for every cipher. */
final class CipherInteropTest extends TestCase
{
    use RefreshDatabase;

    public static function ciphers(): array
    {
        return ['aes-128-cbc' => ['aes-128-cbc', 16], 'aes-256-cbc' => ['aes-256-cbc', 32],
            'aes-128-gcm' => ['aes-128-gcm', 16], 'aes-256-gcm' => ['aes-256-gcm', 32]];
    }

    /** Reconfigures app.key/app.cipher/app.previous_keys and drops the resolved encrypter. */
    private function useKey(string $cipher, string $key, array $previous = []): void
    {
        $this->app['config']->set('app.cipher', strtoupper($cipher));
        $this->app['config']->set('app.key', 'base64:'.base64_encode($key));
        $this->app['config']->set('app.previous_keys', array_map(fn ($k) => 'base64:'.base64_encode($k), $previous));
        $this->app->forgetInstance('encrypter');
        Crypt::clearResolvedInstance('encrypter');
    }

    private function plaintexts(): array
    {
        return ['', 'a', 'plain-access-token', str_repeat('x', 15), str_repeat('y', 16), str_repeat('z', 17),
            "bin\0ary\xff\xfe", 'ünïcödé ✓', random_bytes(1000)];
    }

    #[DataProvider('ciphers')]
    public function test_vault_writes_what_crypt_reads_and_reads_what_crypt_writes(string $cipher, int $size): void
    {
        $this->useKey($cipher, random_bytes($size));
        $installation = $this->makeInstallation();
        foreach ($this->plaintexts() as $plain) {
            $this->vault()->setCredentials($installation->id, $plain, $plain.'-r');
            $row = ConnectorCredential::query()->where('connector_installation_id', $installation->id)->first();
            $this->assertSame($plain, Crypt::decryptString($row->encrypted_access_token));
            $this->assertSame($plain.'-r', Crypt::decryptString($row->encrypted_refresh_token));
            $payload = json_decode(base64_decode($row->encrypted_access_token), true);
            $this->assertSame(['iv', 'value', 'mac', 'tag'], array_keys($payload));
            $this->assertSame(str_ends_with($cipher, 'gcm'), $payload['mac'] === '' && $payload['tag'] !== '');

            $row->encrypted_access_token = Crypt::encryptString($plain);
            $row->encrypted_refresh_token = Crypt::encryptString($plain.'-r');
            $row->save();
            $this->assertSame($plain, $this->vault()->getAccessToken($installation->id));
            $this->assertSame($plain.'-r', $this->vault()->getRefreshToken($installation->id));
        }
    }

    #[DataProvider('ciphers')]
    public function test_explicit_key_hooks_match_a_fresh_encrypter(string $cipher, int $size): void
    {
        $key = random_bytes($size);
        $laravel = new Encrypter($key, $cipher);
        foreach ($this->plaintexts() as $plain) {
            $this->assertSame($plain, $laravel->decryptString(LaravelCrypt::encryptString($cipher, $key, $plain)));
            $this->assertSame($plain, LaravelCrypt::decryptString($cipher, [$key], $laravel->encryptString($plain)));
        }
        $this->assertNotSame(LaravelCrypt::encryptString($cipher, $key, 'same'), LaravelCrypt::encryptString($cipher, $key, 'same'), 'fresh IV each time');
    }

    #[DataProvider('ciphers')]
    public function test_previous_keys_still_decrypt(string $cipher, int $size): void
    {
        $old = random_bytes($size);
        $new = random_bytes($size);
        $this->useKey($cipher, $old);
        $installation = $this->makeInstallation();
        $this->vault()->setCredentials($installation->id, 'written-under-old-key');
        $legacy = Crypt::encryptString('crypt-under-old-key');

        $this->useKey($cipher, $new, [$old]);
        $this->assertSame('written-under-old-key', $this->vault()->getAccessToken($installation->id));
        $this->assertSame('crypt-under-old-key', LaravelCrypt::appDecryptString($legacy));
        $this->vault()->setCredentials($installation->id, 'rotated');
        $row = ConnectorCredential::query()->where('connector_installation_id', $installation->id)->first();
        $this->assertSame('rotated', (new Encrypter($new, $cipher))->decryptString($row->encrypted_access_token), 'new writes use the current key');

        $this->useKey($cipher, $new);
        try {
            LaravelCrypt::appDecryptString($legacy);
            $this->fail('without the previous key the old payload must not decrypt');
        } catch (DecryptException $e) {
            $this->assertSame(str_ends_with($cipher, 'gcm') ? 'Could not decrypt the data.' : 'The MAC is invalid.', $e->getMessage());
        }
    }

    /** @return array<string, callable(array): (array|string)> */
    private static function tamperings(): array
    {
        $flip = fn (string $b64) => base64_encode(substr_replace(base64_decode($b64), chr(ord(base64_decode($b64)[0]) ^ 1), 0, 1));

        return [
            'mac' => fn (array $p) => ['mac' => str_repeat('0', 64)] + $p,
            'iv' => fn (array $p) => ['iv' => $flip($p['iv'])] + $p,
            'short iv' => fn (array $p) => ['iv' => base64_encode('short')] + $p,
            'value' => fn (array $p) => ['value' => $flip($p['value'])] + $p,
            'tag' => fn (array $p) => $p['tag'] === '' ? ['tag' => base64_encode(str_repeat("\1", 16))] + $p : ['tag' => $flip($p['tag'])] + $p,
            'short tag' => fn (array $p) => ['tag' => base64_encode('abc')] + $p,
            'missing value' => fn (array $p) => array_diff_key($p, ['value' => 1]),
            'numeric mac' => fn (array $p) => ['mac' => 12] + $p,
            'array tag' => fn (array $p) => ['tag' => []] + $p,
            'truncated' => fn (array $p) => substr(base64_encode(json_encode($p)), 0, 40),
            'not base64' => fn (array $p) => '%%%%not-base64%%%%',
            'not json' => fn (array $p) => base64_encode('{"iv":'),
            'json scalar' => fn (array $p) => base64_encode('"iv"'),
            'empty' => fn (array $p) => '',
        ];
    }

    #[DataProvider('ciphers')]
    public function test_tampered_payloads_raise_decrypt_exception_like_laravel(string $cipher, int $size): void
    {
        $key = random_bytes($size);
        $this->useKey($cipher, $key);
        $laravel = new Encrypter($key, $cipher);
        $payload = json_decode(base64_decode(Crypt::encryptString('secret-token')), true);
        foreach (self::tamperings() as $name => $tamper) {
            $t = $tamper($payload);
            $bad = is_array($t) ? base64_encode(json_encode($t, JSON_UNESCAPED_SLASHES)) : $t;
            $this->assertSame($this->outcome(fn () => $laravel->decryptString($bad)),
                $this->outcome(fn () => LaravelCrypt::appDecryptString($bad)), $name);
            if (! ($cipher !== 'aes-128-cbc' && $cipher !== 'aes-256-cbc' && $name === 'mac')) {
                $this->assertStringStartsWith('DecryptException: ', $this->outcome(fn () => LaravelCrypt::appDecryptString($bad)), $name);
            }
        }
    }

    /** "DecryptException: message" or "ok: plaintext" (GCM payloads ignore the mac member, in Laravel too). */
    private function outcome(callable $decrypt): string
    {
        try {
            return 'ok: '.$decrypt();
        } catch (DecryptException $e) {
            return 'DecryptException: '.$e->getMessage();
        }
    }

    public function test_tampered_column_surfaces_as_decrypt_exception_from_the_vault(): void
    {
        $installation = $this->makeInstallationWithCredential();
        ConnectorCredential::query()->where('connector_installation_id', $installation->id)
            ->update(['encrypted_access_token' => base64_encode('{"iv":"x","value":"y","mac":"z"}')]);
        $this->expectException(DecryptException::class);
        $this->vault()->getAccessToken($installation->id);
    }

    public function test_a_custom_encrypter_binding_is_used_instead(): void
    {
        $custom = new class implements \Illuminate\Contracts\Encryption\Encrypter, \Illuminate\Contracts\Encryption\StringEncrypter
        {
            public function encrypt(#[\SensitiveParameter] $value, $serialize = true) { return 'kms:'.strrev((string) $value); }
            public function decrypt($payload, $unserialize = true) { return strrev(substr($payload, 4)); }
            public function encryptString(#[\SensitiveParameter] $value) { return $this->encrypt($value, false); }
            public function decryptString($payload) { return $this->decrypt($payload, false); }
            public function getKey() { return 'kms'; }
            public function getAllKeys() { return ['kms']; }
            public function getPreviousKeys() { return []; }
        };
        $this->app->instance('encrypter', $custom);
        Crypt::clearResolvedInstance('encrypter');
        $installation = $this->makeInstallation();
        $this->vault()->setCredentials($installation->id, 'abc');
        $row = ConnectorCredential::query()->where('connector_installation_id', $installation->id)->first();
        $this->assertSame('kms:cba', $row->encrypted_access_token);
        $this->assertSame('abc', $this->vault()->getAccessToken($installation->id));
    }

    public function test_unsupported_cipher_or_key_length_is_refused(): void
    {
        foreach ([['aes-192-cbc', 24], ['aes-256-cbc', 16], ['aes-128-gcm', 32]] as [$cipher, $len]) {
            try {
                LaravelCrypt::encryptString($cipher, str_repeat('k', $len), 'v');
                $this->fail("$cipher/$len accepted");
            } catch (\RuntimeException $e) {
                $this->assertStringStartsWith('Unsupported cipher or incorrect key length.', $e->getMessage());
            }
        }
    }
}
