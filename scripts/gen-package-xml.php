<?php
/*
 * Writes package.xml (PECL) from the tree: the file list is what git tracks
 * under the paths a source release needs, the version comes from
 * php_askmydocs_connector.h, the PHP range from composer.json's require.php
 * (">=MIN <NEXT": the versions the platform matrix tests). The release date and notes of an existing
 * package.xml are kept, so regenerating only changes what the tree changed.
 * Usage: php scripts/gen-package-xml.php [--check]
 */
$root = dirname(__DIR__);
$check = in_array('--check', $argv, true);
$target = "$root/package.xml";

preg_match('/#define PHP_ASKMYDOCS_CONNECTOR_VERSION "([^"]+)"/', file_get_contents("$root/php_askmydocs_connector.h"), $m)
    or exit("version not found in php_askmydocs_connector.h\n");
$version = $m[1];

$range = json_decode(file_get_contents("$root/composer.json"), true)['require']['php'] ?? '';
preg_match('/^>=(\d+)\.(\d+) <(\d+)\.(\d+)$/', $range, $r)
    or exit("composer.json: require.php must read \">=X.Y <X.Z\" (got \"$range\")\n");
$phpMin = "$r[1].$r[2].0";
$phpMax = $r[4] > 0 ? "$r[3]." . ($r[4] - 1) . '.99' : exit("composer.json: upper bound $r[3].$r[4] not supported\n");

$date = date('Y-m-d');
$notes = "Native connector-base and Confluence classes for AskMyDocs.";
if (is_file($target)) {
    $old = simplexml_load_file($target);
    if ($old !== false && (string) $old->version->release === $version) {
        $date = (string) $old->date;
        $notes = trim((string) $old->notes);
    }
}

// mock/: the loopback Atlassian server that tests/http and tests/mock start.
// bin/confluence2md installs into PEAR's bin_dir (/usr/bin on Debian) as
// confluence2md; ide/ (the IDE/PHPStan stub) into doc_dir/askmydocs_connector/.
$paths = ['config.m4', 'config.w32', 'php_askmydocs_connector.h', 'src', 'stubs', 'tests', 'mock', 'bin', 'ide', 'LICENSE', 'README.md'];
$cmd = 'git -C ' . escapeshellarg($root) . ' ls-files -- ' . implode(' ', array_map('escapeshellarg', $paths));
$files = array_filter(explode("\n", (string) shell_exec($cmd)));
sort($files);

function role(string $f): string
{
    if (str_starts_with($f, 'tests/') || str_starts_with($f, 'mock/')) return 'test';
    if (str_starts_with($f, 'bin/')) return 'script';
    if (in_array($f, ['LICENSE', 'README.md'], true) || str_starts_with($f, 'ide/')) return 'doc';
    return 'src';
}

$x = new XMLWriter();
$x->openMemory();
$x->setIndent(true);
$x->setIndentString(' ');
$x->startDocument('1.0', 'UTF-8');
$x->startElement('package');
$x->writeAttribute('packagerversion', '1.10.13');
$x->writeAttribute('version', '2.0');
$x->writeAttribute('xmlns', 'http://pear.php.net/dtd/package-2.0');
$x->writeAttribute('xmlns:tasks', 'http://pear.php.net/dtd/tasks-1.0');
$x->writeAttribute('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance');
$x->writeAttribute('xsi:schemaLocation', 'http://pear.php.net/dtd/tasks-1.0 http://pear.php.net/dtd/tasks-1.0.xsd http://pear.php.net/dtd/package-2.0 http://pear.php.net/dtd/package-2.0.xsd');
$x->writeElement('name', 'askmydocs_connector');
$x->writeElement('channel', 'pecl.php.net');
$x->writeElement('summary', 'Native AskMyDocs connector classes: Confluence converter, paginator, HTTP engine, vault');
$x->writeElement('description', 'Declares the classes of padosoft/askmydocs-connector-base and padosoft/askmydocs-connector-confluence natively, with the same names, signatures and behaviour, so existing connector packages run unchanged on C.');
$x->startElement('lead');
$x->writeElement('name', 'askmydocs_connector authors');
$x->writeElement('user', 'askmydocs');
$x->writeElement('email', 'askmydocs-connector@users.noreply.github.com');
$x->writeElement('active', 'yes');
$x->endElement();
$x->writeElement('date', $date);
$x->startElement('version');
$x->writeElement('release', $version);
$x->writeElement('api', $version);
$x->endElement();
$x->startElement('stability');
$x->writeElement('release', 'beta');
$x->writeElement('api', 'beta');
$x->endElement();
$x->startElement('license');
$x->writeAttribute('uri', 'https://opensource.org/licenses/MIT');
$x->text('MIT');
$x->endElement();
$x->writeElement('notes', $notes);
$x->startElement('contents');
$x->startElement('dir');
$x->writeAttribute('name', '/');
foreach ($files as $f) {
    $x->startElement('file');
    $x->writeAttribute('name', $f);
    $x->writeAttribute('role', role($f));
    $x->endElement();
}
$x->endElement();
$x->endElement();
$x->startElement('dependencies');
$x->startElement('required');
$x->startElement('php');
$x->writeElement('min', $phpMin);
$x->writeElement('max', $phpMax);
$x->endElement();
$x->startElement('pearinstaller');
$x->writeElement('min', '1.10.0');
$x->endElement();
$x->endElement();
$x->endElement();
$x->writeElement('providesextension', 'askmydocs_connector');
$x->startElement('extsrcrelease');
$x->startElement('configureoption');
$x->writeAttribute('name', 'enable-askmydocs-connector');
$x->writeAttribute('default', 'yes');
$x->writeAttribute('prompt', 'Enable the askmydocs_connector extension?');
$x->endElement();
// Scripts land in bin_dir under their own name, not bin_dir/bin/.
$x->startElement('filelist');
foreach ($files as $f) {
    if (role($f) === 'script') {
        $x->startElement('install');
        $x->writeAttribute('as', basename($f));
        $x->writeAttribute('name', $f);
        $x->endElement();
    }
}
$x->endElement();
$x->endElement();
$x->endElement();
$x->endDocument();
$xml = $x->outputMemory();

if ($check) {
    if (!is_file($target) || file_get_contents($target) !== $xml) {
        fwrite(STDERR, "package.xml is out of date with the tree: run php scripts/gen-package-xml.php\n");
        exit(1);
    }
    echo "package.xml lists the " . count($files) . " files of the tree\n";
    exit(0);
}
file_put_contents($target, $xml);
echo "wrote package.xml with " . count($files) . " files\n";
