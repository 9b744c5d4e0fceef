<?php

declare(strict_types=1);

/*
 * PHPUnit bootstrap of the Laravel suite: Composer's autoloader, then the
 * few definitions that this machine's partial Composer registry cannot
 * supply. composer.json "replace"s symfony/polyfill-php85 and symfony/clock
 * (not in the registry), so Laravel 12 resolves; the PHP 8.5 functions that
 * Laravel calls and the missing polyfill would define, and the Symfony
 * ClockInterface that Carbon 3 implements, are defined here, each only if
 * absent (a full registry, or PHP 8.5, provides them and wins).
 */

require __DIR__.'/vendor/autoload.php';

if (! function_exists('array_first')) {
    function array_first(array $array): mixed
    {
        return $array === [] ? null : $array[array_key_first($array)];
    }
}

if (! function_exists('array_last')) {
    function array_last(array $array): mixed
    {
        return $array === [] ? null : $array[array_key_last($array)];
    }
}

if (! function_exists('get_error_handler')) {
    function get_error_handler(): ?callable
    {
        $previous = set_error_handler(static fn () => false);
        restore_error_handler();

        return $previous;
    }
}

if (! function_exists('get_exception_handler')) {
    function get_exception_handler(): ?callable
    {
        $previous = set_exception_handler(null);
        set_exception_handler($previous);

        return $previous;
    }
}

if (! interface_exists(\Symfony\Component\Clock\ClockInterface::class)) {
    require __DIR__.'/polyfill/ClockInterface.php';
}

if (! extension_loaded('askmydocs_connector')) {
    fwrite(STDERR, "askmydocs_connector is not loaded: run with php -d extension=\$AMC_EXT\n");
    exit(1);
}

\AskMyDocsConnector\Tests\Laravel\Fixtures\App::prepareEnvironment();
