--TEST--
php --ri askmydocs_connector reports the extension and linked library versions
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
ob_start();
(new ReflectionExtension('askmydocs_connector'))->info();
$info = ob_get_clean();
foreach (['Extension version', 'libxml2 version', 'libcurl version', 'libsodium version', 'OpenSSL version'] as $row) {
    echo $row, ': ', preg_match('/^' . preg_quote($row, '/') . ' => (.*\d+\.\d+.*)$/m', $info, $m) ? 'ok' : 'MISSING', "\n";
}
var_dump(phpversion('askmydocs_connector') === (new ReflectionExtension('askmydocs_connector'))->getVersion());
preg_match('/^libxml2 version => (\S+)/m', $info, $m);
var_dump($m[1] === LIBXML_DOTTED_VERSION || extension_loaded('libxml') === false || version_compare($m[1], '2.9.0', '>='));
?>
--EXPECT--
Extension version: ok
libxml2 version: ok
libcurl version: ok
libsodium version: ok
OpenSSL version: ok
bool(true)
bool(true)
