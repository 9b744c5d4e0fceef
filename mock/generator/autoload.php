<?php
// The generator has no Composer dependency: require this one file.
declare(strict_types=1);

foreach (['Rng', 'Words', 'Inline', 'Blocks', 'Macros', 'PageGenerator'] as $class) {
    require_once __DIR__ . "/$class.php";
}
