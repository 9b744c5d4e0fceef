<?php
/*
 * Front controller of the PHP-FPM check (scripts/checks/85-fpm.sh): the demo
 * app (Laravel 12, the example Confluence connector on the native classes)
 * served by php-fpm. Routes, all GET but /convert:
 *   /start                        a pending installation + the authorize URL (JSON)
 *   /connectors/confluence/callback?installation=ID&code=..&state=..
 *                                 the connector's OAuth callback: state check,
 *                                 code exchange and cloud-id lookup at the mock,
 *                                 tokens into the vault
 *   /convert (POST storage XHTML) the Markdown
 * Every answer carries X-Worker-Pid (which worker served it).
 */
declare(strict_types=1);

use App\Console\MockAtlassian;
use AskMyDocs\Examples\Confluence\ConfluenceConnector;
use Illuminate\Http\Request;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation;
use Padosoft\AskMyDocsConnectorConfluence\Confluence\ConfluenceStorageToMarkdown;

$demo = getenv('AMC_DEMO_DIR') ?: throw new RuntimeException('AMC_DEMO_DIR is not set in the pool');
require "$demo/vendor/autoload.php";
$app = require "$demo/bootstrap/app.php";
$app->useStoragePath((string) getenv('AMC_STORAGE'));
$request = Request::capture();
$app->instance('request', $request);
$app->make(Illuminate\Contracts\Http\Kernel::class)->bootstrap();
(new MockAtlassian((string) getenv('AMC_MOCK_URL')))->configure();

header('X-Worker-Pid: ' . getmypid());
try {
    $out = match (parse_url($request->getRequestUri(), PHP_URL_PATH)) {
        '/start' => start(),
        '/connectors/confluence/callback' => callback($request),
        '/convert' => ['markdown' => (new ConfluenceStorageToMarkdown())->convert($request->getContent())],
        default => throw new DomainException('no such route'),
    };
    header('Content-Type: application/json');
    echo json_encode($out, JSON_THROW_ON_ERROR);
} catch (Throwable $e) {
    http_response_code(500);
    echo get_class($e), ': ', $e->getMessage();
}

function start(): array
{
    $installation = ConnectorInstallation::create(['connector_name' => 'confluence', 'label' => 'fpm-' . bin2hex(random_bytes(8)), 'status' => 'pending']);

    return ['installation' => $installation->id, 'authorize' => app(ConfluenceConnector::class)->initiateOAuth($installation->id)];
}

function callback(Request $request): array
{
    $id = (int) $request->query('installation');
    app(ConfluenceConnector::class)->handleOAuthCallback($id, $request);
    ConnectorInstallation::whereKey($id)->update(['status' => 'active']);

    return ['installed' => $id];
}
