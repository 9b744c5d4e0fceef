<?php

declare(strict_types=1);

/*
 * PHPUnit bootstrap of the Laravel suite: Composer's autoloader (which also
 * loads tests/fixtures/registry-shims, the stand-ins for what this machine's
 * partial Composer registry lacks), then the suite's application environment.
 */

// A matrix row (scripts/matrix/) installs its Laravel and PHPUnit majors into
// a vendor/ of its own and names it in AMC_LARAVEL_VENDOR; the suite's own
// classes are registered here so that vendor/ need not know where they are.
$vendor = getenv('AMC_LARAVEL_VENDOR') ?: __DIR__.'/vendor';
$loader = require $vendor.'/autoload.php';
$loader->addPsr4('AskMyDocsConnector\\Tests\\Laravel\\Fixtures\\', __DIR__.'/fixtures/');
$loader->addPsr4('AskMyDocsConnector\\Tests\\Laravel\\', __DIR__.'/tests/');

if (! extension_loaded('askmydocs_connector')) {
    fwrite(STDERR, "askmydocs_connector is not loaded: run with php -d extension=\$AMC_EXT\n");
    exit(1);
}

\AskMyDocsConnector\Tests\Laravel\Fixtures\App::prepareEnvironment();
