--TEST--
TenantContext: default, set() trimming and validation, isDefault(), reset()
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
use Padosoft\AskMyDocsConnectorBase\Support\TenantContext;

$t = new TenantContext();
var_dump($t->current(), $t->isDefault());
$t->set('acme-corp_2');
var_dump($t->current(), $t->isDefault());
$t->set(" \t\n tenant-b \r\0\x0B");
var_dump($t->current());
$t->set('   ');
var_dump($t->current(), $t->isDefault());
$t->set(tenantId: 'named');
var_dump($t->current());
$t->set(str_repeat('a', 50));
var_dump(strlen($t->current()));
foreach (['Acme', 'a b', str_repeat('a', 51), "caf\u{e9}", "\u{a0}acme", 'acme!', "a\0b"] as $bad) {
    try {
        $t->set($bad);
        echo "accepted ", json_encode($bad), "\n";
    } catch (InvalidArgumentException $e) {
        echo $e->getMessage() === "Invalid tenant_id format: must match /^[a-z0-9_-]{1,50}$/, got '" . trim($bad) . "'" ? "rejected\n" : $e->getMessage() . "\n";
    }
}
var_dump($t->current()); // unchanged by the rejected values
$t->reset();
var_dump($t->current(), $t->isDefault());
var_dump(new TenantContext() == new TenantContext());
// Not readable from outside, like upstream's private property.
try { var_dump($t->tenantId); } catch (Error $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
string(7) "default"
bool(true)
string(11) "acme-corp_2"
bool(false)
string(8) "tenant-b"
string(7) "default"
bool(true)
string(5) "named"
int(50)
rejected
rejected
rejected
rejected
rejected
rejected
rejected
string(50) "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
string(7) "default"
bool(true)
bool(true)
Cannot access private property Padosoft\AskMyDocsConnectorBase\Support\TenantContext::$tenantId
