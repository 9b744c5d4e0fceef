--TEST--
connector-base classes reflect exactly like upstream (names, types, defaults, modifiers)
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/surface.inc';
amc_check_surface(__DIR__ . '/fixtures/connector-base.surface');
?>
--EXPECT--
surface of 12 classes matches connector-base.surface
