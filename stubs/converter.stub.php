<?php

/** @generate-class-entries */

namespace Padosoft\AskMyDocsConnectorConfluence\Confluence;

/** Confluence storage format (XHTML with ac:/ri: macros) to markdown. */
final class ConfluenceStorageToMarkdown
{
    public function convert(string $storage): string {}
}
