<?php

use Illuminate\Foundation\Application;

return Application::configure(basePath: dirname(__DIR__))
    ->withProviders([
        App\Providers\AppServiceProvider::class,
        AskMyDocs\Examples\Confluence\ConfluenceServiceProvider::class,
    ])
    ->withCommands([
        App\Console\Commands\DemoRun::class,
        App\Console\Commands\DemoWorkers::class,
    ])
    ->withExceptions(function () {})
    ->create();
