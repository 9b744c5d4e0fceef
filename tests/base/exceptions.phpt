--TEST--
Connector exceptions: hierarchy, upstream messages, readonly maxPages/partialResults, previous, userland subclasses
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
use Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException;
use Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorAuthException;
use Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorPaginationLimitException;
use Padosoft\AskMyDocsConnectorBase\Exceptions\RegistryConfigurationException;

foreach ([ConnectorAuthException::class, ConnectorApiException::class, RegistryConfigurationException::class] as $class) {
    $e = new $class('upstream said no', 42, new LogicException('cause'));
    echo $class, ': ', get_parent_class($e), ' | ', $e->getMessage(), ' | ', $e->getCode(), ' | ', get_class($e->getPrevious()), "\n";
}

$e = new ConnectorPaginationLimitException(100);
var_dump($e->getMessage(), $e->maxPages, $e->partialResults, $e->getCode(), $e->getPrevious());
var_dump($e instanceof RuntimeException);

$cause = new ConnectorApiException('HTTP 500');
$e = new ConnectorPaginationLimitException(maxPages: 7, previous: $cause);
var_dump($e->getMessage(), $e->partialResults, $e->getPrevious() === $cause);
$e = new ConnectorPaginationLimitException(3, [['id' => 1]]);
var_dump($e->partialResults);

try { $e->maxPages = 5; } catch (Error $x) { echo $x->getMessage(), "\n"; }
try { new ConnectorPaginationLimitException('many'); } catch (TypeError $x) { echo $x->getMessage(), "\n"; }
try { new ConnectorPaginationLimitException(1, [], new stdClass()); } catch (TypeError $x) { echo $x->getMessage(), "\n"; }

// Thrown and caught like upstream, including by the parent type.
try { throw new ConnectorPaginationLimitException(2); } catch (RuntimeException $x) { echo get_class($x), ' at line ', $x->getLine(), "\n"; }

// Userland code extends them (upstream's classes are not final).
class RateLimited extends ConnectorApiException {}
class MyLimit extends ConnectorPaginationLimitException {
    public function __construct(int $maxPages) { parent::__construct($maxPages); }
}
var_dump((new RateLimited('slow down'))->getMessage(), (new MyLimit(9))->maxPages, (new MyLimit(9))->getMessage());
?>
--EXPECT--
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorAuthException: RuntimeException | upstream said no | 42 | LogicException
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException: RuntimeException | upstream said no | 42 | LogicException
Padosoft\AskMyDocsConnectorBase\Exceptions\RegistryConfigurationException: RuntimeException | upstream said no | 42 | LogicException
string(60) "Pagination limit (maxPages=100) reached while has_more=true."
int(100)
array(0) {
}
int(0)
NULL
bool(true)
string(58) "Pagination limit (maxPages=7) reached while has_more=true."
array(0) {
}
bool(true)
array(1) {
  [0]=>
  array(1) {
    ["id"]=>
    int(1)
  }
}
Cannot modify readonly property Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorPaginationLimitException::$maxPages
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorPaginationLimitException::__construct(): Argument #1 ($maxPages) must be of type int, string given
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorPaginationLimitException::__construct(): Argument #3 ($previous) must be of type ?Throwable, stdClass given
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorPaginationLimitException at line 27
string(9) "slow down"
int(9)
string(58) "Pagination limit (maxPages=9) reached while has_more=true."
