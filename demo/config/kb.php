<?php

return [
    'ingest' => ['default_project' => 'demo'],
];
