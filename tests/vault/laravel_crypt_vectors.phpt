--TEST--
LaravelCrypt: Laravel Encrypter payloads for the four ciphers, checked against PHP's own openssl/hash_hmac
--EXTENSIONS--
askmydocs_connector
openssl
--FILE--
<?php
use AskMyDocs\Connector\Internal\LaravelCrypt as C;

// Laravel's encryptString(), written out with PHP's primitives.
function reference_encrypt(string $cipher, string $key, string $plain): string {
    $iv = random_bytes(openssl_cipher_iv_length($cipher));
    $value = openssl_encrypt($plain, $cipher, $key, 0, $iv, $tag);
    $iv = base64_encode($iv);
    $aead = str_ends_with($cipher, 'gcm');
    $mac = $aead ? '' : hash_hmac('sha256', $iv.$value, $key);
    $tag = base64_encode($tag ?? '');
    return base64_encode(json_encode(compact('iv', 'value', 'mac', 'tag'), JSON_UNESCAPED_SLASHES));
}
function reference_decrypt(string $cipher, string $key, string $payload): string|false {
    $p = json_decode(base64_decode($payload), true);
    if (!str_ends_with($cipher, 'gcm') && !hash_equals(hash_hmac('sha256', $p['iv'].$p['value'], $key), $p['mac'])) return false;
    return openssl_decrypt($p['value'], $cipher, $key, 0, base64_decode($p['iv']), $p['tag'] === '' ? '' : base64_decode($p['tag']));
}

foreach (['aes-128-cbc' => 16, 'aes-256-cbc' => 32, 'aes-128-gcm' => 16, 'AES-256-GCM' => 32] as $cipher => $size) {
    $ok = 0;
    foreach (['', 'x', str_repeat('b', 16), "\0\xff binary", str_repeat('long ', 500)] as $plain) {
        $key = random_bytes($size);
        $mine = C::encryptString($cipher, $key, $plain);
        $ok += reference_decrypt(strtolower($cipher), $key, $mine) === $plain;
        $ok += C::decryptString($cipher, [$key], reference_encrypt(strtolower($cipher), $key, $plain)) === $plain;
        $ok += C::decryptString($cipher, [random_bytes($size), $key], $mine) === $plain; // previous key
        $shape = json_decode(base64_decode($mine), true);
        $ok += array_keys($shape) === ['iv', 'value', 'mac', 'tag'];
    }
    echo "$cipher: $ok/20\n";
}

// Outside Laravel, decryption failures fall back to RuntimeException with Laravel's messages.
$key = random_bytes(32);
$p = json_decode(base64_decode(C::encryptString('aes-256-cbc', $key, 'secret')), true);
$cases = [
    'mac' => base64_encode(json_encode(['mac' => str_repeat('a', 64)] + $p)),
    'json' => base64_encode('{'),
    'iv' => base64_encode(json_encode(['iv' => 'AAAA'] + $p)),
    'tag on cbc' => base64_encode(json_encode(['tag' => base64_encode('x')] + $p)),
    'wrong key' => C::encryptString('aes-256-cbc', random_bytes(32), 'x'),
    'gcm short tag' => base64_encode(json_encode(['tag' => 'AAAA'] + json_decode(base64_decode(C::encryptString('aes-256-gcm', $key, 'x')), true))),
];
foreach ($cases as $name => $payload) {
    try {
        C::decryptString(str_contains($name, 'gcm') ? 'aes-256-gcm' : 'aes-256-cbc', [$key], $payload);
        echo "$name: decrypted!\n";
    } catch (RuntimeException $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    C::encryptString('aes-256-cbc', 'short', 'x');
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
aes-128-cbc: 20/20
aes-256-cbc: 20/20
aes-128-gcm: 20/20
AES-256-GCM: 20/20
mac: RuntimeException: The MAC is invalid.
json: RuntimeException: The payload is invalid.
iv: RuntimeException: The payload is invalid.
tag on cbc: RuntimeException: Unable to use tag because the cipher algorithm does not support AEAD.
wrong key: RuntimeException: The MAC is invalid.
gcm short tag: RuntimeException: Could not decrypt the data.
Unsupported cipher or incorrect key length. Supported ciphers are: aes-128-cbc, aes-256-cbc, aes-128-gcm, aes-256-gcm.
