--TEST--
ProvenanceTier: backed enum values, cases/from/tryFrom, default(), fromStorage() fails closed, labels
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
use Padosoft\AskMyDocsConnectorBase\ProvenanceTier;

foreach (ProvenanceTier::cases() as $tier) {
    echo $tier->name, ' = ', $tier->value, ' | ', $tier->label(), ' | external: ', var_export($tier->isExternallyAuthored(), true), "\n";
}
var_dump(ProvenanceTier::from('machine-generated') === ProvenanceTier::MachineGenerated);
var_dump(ProvenanceTier::tryFrom('nope'));
try { ProvenanceTier::from('nope'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(ProvenanceTier::default() === ProvenanceTier::TrustedInternal);

var_dump(ProvenanceTier::fromStorage(null) === ProvenanceTier::default());
var_dump(ProvenanceTier::fromStorage('trusted-internal') === ProvenanceTier::TrustedInternal);
var_dump(ProvenanceTier::fromStorage(value: 'untrusted-external') === ProvenanceTier::UntrustedExternal);
foreach (['tier-from-the-future', '', 'TRUSTED-INTERNAL', 'null'] as $unknown) {
    $tier = ProvenanceTier::fromStorage($unknown);
    echo json_encode($unknown), ' -> ', $tier->name, "\n";
}
var_dump(ProvenanceTier::fromStorage('x') !== ProvenanceTier::fromStorage(null));
var_dump(ProvenanceTier::TrustedInternal instanceof BackedEnum, (new ReflectionEnum(ProvenanceTier::class))->isFinal());
try { ProvenanceTier::fromStorage(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
var_dump(serialize(ProvenanceTier::MachineGenerated), unserialize(serialize(ProvenanceTier::MachineGenerated)) === ProvenanceTier::MachineGenerated);
var_dump(json_encode(['tier' => ProvenanceTier::UntrustedExternal]));
var_dump(match (ProvenanceTier::fromStorage(null)) { ProvenanceTier::TrustedInternal => 'match works' });
?>
--EXPECT--
TrustedInternal = trusted-internal | Trusted internal | external: false
UntrustedExternal = untrusted-external | Untrusted external | external: true
MachineGenerated = machine-generated | Machine generated | external: false
bool(true)
NULL
"nope" is not a valid backing value for enum Padosoft\AskMyDocsConnectorBase\ProvenanceTier
bool(true)
bool(true)
bool(true)
bool(true)
"tier-from-the-future" -> UntrustedExternal
"" -> UntrustedExternal
"TRUSTED-INTERNAL" -> UntrustedExternal
"null" -> UntrustedExternal
bool(true)
bool(true)
bool(true)
Padosoft\AskMyDocsConnectorBase\ProvenanceTier::fromStorage() expects exactly 1 argument, 0 given
string(71) "E:63:"Padosoft\AskMyDocsConnectorBase\ProvenanceTier:MachineGenerated";"
bool(true)
string(29) "{"tier":"untrusted-external"}"
string(11) "match works"
