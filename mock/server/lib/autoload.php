<?php
// The mock server's classes and the page generator; no Composer needed.
declare(strict_types=1);

require_once __DIR__ . '/../../generator/autoload.php';
foreach (['Options', 'Store', 'Http', 'Config', 'Stats', 'Reset', 'Faults', 'RequestFaults', 'Site', 'Cql', 'OAuth', 'Render', 'QueryListings', 'Api', 'Admin'] as $class) {
    require_once __DIR__ . "/$class.php";
}
