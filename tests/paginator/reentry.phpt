--TEST--
LazyPageIterator (and PageWalk, the same iterator) refuses re-entry like a generator: a row's destructor cannot read a freed batch, skip pages or resume the walk
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/fixtures/laravel_response.php';
use Illuminate\Http\Client\Response;
use Padosoft\AskMyDocsConnectorConfluence\Confluence\AtlassianPaginator;

/** A row that, when freed, pokes the iterator that handed it out. */
final class Poker
{
    public static ?\Iterator $it = null;
    public static array $log = [];

    public function __construct(private string $id, private string $how) {}

    public function __destruct()
    {
        try {
            match ($this->how) {
                'current' => self::$it->current(),
                'next' => self::$it->next(),
                'valid' => self::$it->valid(),
            };
            self::$log[] = "{$this->id}: {$this->how}() allowed";
        } catch (\Error $e) {
            self::$log[] = "{$this->id}: " . $e->getMessage();
        }
    }
}

/** A response whose rows hold objects (json() of a real one never does; a userland one may). */
final class ObjectResponse extends Response
{
    public function __construct(private array $rows, private ?string $next) { parent::__construct([]); }
    public function json(): mixed { return ['results' => $this->rows, '_links' => $this->next ? ['next' => $this->next] : []]; }
}

foreach (['current', 'next', 'valid'] as $how) {
    Poker::$log = [];
    $fetch = function (?string $next) use ($how) {
        $page = $next === null ? 0 : (int) substr($next, 1);
        return new ObjectResponse([['id' => "p$page", 'obj' => new Poker("p$page", $how)]], $page < 3 ? 'p' . ($page + 1) : null);
    };
    Poker::$it = (new AtlassianPaginator())->walkLazy($fetch);
    $seen = [];
    foreach (Poker::$it as $k => $batch) {
        $seen[] = "$k:" . $batch[0]['id'];
        unset($batch);
    }
    Poker::$it = null;
    echo "$how: pages ", implode(' ', $seen), "\n  ", implode("\n  ", Poker::$log), "\n";
}
?>
--EXPECT--
current: pages 0:p0 1:p1 2:p2 3:p3
  p0: Cannot resume an already running LazyPageIterator
  p1: Cannot resume an already running LazyPageIterator
  p2: Cannot resume an already running LazyPageIterator
  p3: Cannot resume an already running LazyPageIterator
next: pages 0:p0 1:p1 2:p2 3:p3
  p0: Cannot resume an already running LazyPageIterator
  p1: Cannot resume an already running LazyPageIterator
  p2: Cannot resume an already running LazyPageIterator
  p3: Cannot resume an already running LazyPageIterator
valid: pages 0:p0 1:p1 2:p2 3:p3
  p0: Cannot resume an already running LazyPageIterator
  p1: Cannot resume an already running LazyPageIterator
  p2: Cannot resume an already running LazyPageIterator
  p3: Cannot resume an already running LazyPageIterator
