<?php

declare(strict_types=1);

/*
 * PHPUnit bootstrap of the Laravel suite: Composer's autoloader (which also
 * loads tests/fixtures/registry-shims, the stand-ins for what this machine's
 * partial Composer registry lacks), then the suite's application environment.
 */

require __DIR__.'/vendor/autoload.php';

if (! extension_loaded('askmydocs_connector')) {
    fwrite(STDERR, "askmydocs_connector is not loaded: run with php -d extension=\$AMC_EXT\n");
    exit(1);
}

\AskMyDocsConnector\Tests\Laravel\Fixtures\App::prepareEnvironment();
