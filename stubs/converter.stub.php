<?php

/** @generate-class-entries */

namespace Padosoft\AskMyDocsConnectorConfluence\Confluence {

    /**
     * Confluence storage format (XHTML with ac:/ri: macros) to markdown, in the
     * profile the ini setting askmydocs_connector.markdown_profile names:
     * "upstream" (default, upstream's output) or "lossless".
     */
    final class ConfluenceStorageToMarkdown
    {
        public function convert(string $storage): string {}
    }
}

namespace AskMyDocs\Connector\Confluence {

    /**
     * The same conversion as ConfluenceStorageToMarkdown::convert(), reporting
     * how the page was parsed: tools (bin/confluence2md) warn about pages that
     * are not well-formed XML, whose Confluence macros the HTML fallback loses.
     * $options override the ini settings: "profile" ("upstream"|"lossless") and,
     * for the lossless profile, "users": mentions as @Display Name, from an
     * accountId => name map or a callable(string $accountId): ?string (else
     * written @user:<accountId>).
     */
    final class StorageConverter
    {
        private function __construct() {}

        /**
         * @phpstan-param array{parser: 'none'|'fast'|'xml'|'html', well_formed: bool}|null $report
         * @phpstan-param-out array{parser: 'none'|'fast'|'xml'|'html', well_formed: bool} $report
         * @phpstan-param array{profile?: 'upstream'|'lossless', users?: array<string, string>|callable(string): ?string} $options
         */
        public static function convert(string $storage, ?array &$report = null, array $options = []): string {}
    }
}
