#!/usr/bin/env bash
# PECL packaging: package.xml lists the tree; `pecl package` makes a tarball of
# it, holding every source build.sh would build from, bin/confluence2md (role
# script) and the IDE/PHPStan stub (role doc), and nothing of the demo or of
# local builds; `pecl install` of that tarball builds, installs and enables the
# extension (into a private php.ini, so the machine's PHP configuration is left
# alone; confluence2md and the docs go to private bin_dir/doc_dir with the
# layout they get under Debian's /usr/bin and /usr/share/php/docs), `php -m`
# lists it and the installed confluence2md converts; scripts/uninstall.sh then
# leaves no .so, no script, no stub and no ini line behind.
set -euo pipefail
root=${AMC_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
php "$root/scripts/gen-package-xml.php" --check

work=$(mktemp -d)
ini="$work/php.ini"
cleanup() {
  pecl uninstall askmydocs_connector >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# Package from a clean export of what git tracks, as a release would.
git -C "$root" ls-files -z | (cd "$root" && xargs -0 tar cf -) | (mkdir -p "$work/src" && cd "$work/src" && tar xf -)
(cd "$work/src" && pecl package package.xml) | tee "$work/package.log"
tarball=$(ls "$work"/src/askmydocs_connector-*.tgz)
echo "packaged $(basename "$tarball") ($(tar tzf "$tarball" | wc -l) entries)"

# The tarball's contents and roles.
top=$(basename "$tarball" .tgz)
entries=$(tar tzf "$tarball" | sed -n "s|^$top/||p" | sort)
want=$(cd "$work/src" && { find config.m4 config.w32 php_askmydocs_connector.h src stubs -type f \
  \( -name config.m4 -o -name config.w32 -o -name '*.c' -o -name '*.h' -o -name '*.php' \); \
  echo bin/confluence2md; echo ide/askmydocs_connector.stub.php; echo LICENSE; echo README.md; } | sort)
missing=$(comm -23 <(echo "$want") <(echo "$entries"))
[ -z "$missing" ] || { echo "the tarball lacks:"; echo "$missing"; exit 1; }
stray=$(grep -E '^(demo|examples|scripts|bench|fuzz|vendor|\.build)|/vendor/|\.(o|lo|so)$' <<<"$entries" || true)
[ -z "$stray" ] || { echo "the tarball holds files no release needs:"; echo "$stray" | head; exit 1; }
tar xzf "$tarball" -C "$work" package.xml
role_of() { php -r '$x = simplexml_load_file($argv[1]); foreach ($x->contents->dir->file as $f) if ((string) $f["name"] === $argv[2]) echo $f["role"];' "$work/package.xml" "$1"; }
[ "$(role_of bin/confluence2md)" = script ] && [ "$(role_of ide/askmydocs_connector.stub.php)" = doc ] ||
  { echo "wrong roles: confluence2md '$(role_of bin/confluence2md)', stub '$(role_of ide/askmydocs_connector.stub.php)'"; exit 1; }
echo "tarball: every source build.sh uses, bin/confluence2md (script), ide/askmydocs_connector.stub.php (doc), nothing else of the repository"

echo "; php.ini of the PECL check" > "$ini"
# PEAR reads php_ini from the pear.php.net channel's config: set it in a
# private user config (-c), not in the machine's PEAR configuration.
pear -c "$work/pearrc" config-set php_ini "$ini" >/dev/null
for d in bin_dir doc_dir test_dir; do
  mkdir -p "$work/$d" && pear -c "$work/pearrc" config-set "$d" "$work/$d" >/dev/null
done
pecl uninstall askmydocs_connector >/dev/null 2>&1 || true
pecl -c "$work/pearrc" install "$tarball" > "$work/install.log" 2>&1 || { tail -40 "$work/install.log"; exit 1; }
grep -q 'extension=askmydocs_connector.so\|extension="askmydocs_connector.so"' "$ini" || { echo "pecl did not enable the extension in $ini" >&2; cat "$ini"; exit 1; }
# (Captured first: with pipefail, grep -q closing the pipe early fails `php -m`.)
modules=$(php -c "$ini" -m)
grep -qx askmydocs_connector <<<"$modules" || { echo "php -m does not list askmydocs_connector" >&2; exit 1; }
echo "pecl install: built, installed and enabled; php -m lists askmydocs_connector"
php -c "$ini" --ri askmydocs_connector | grep -E "version"

# confluence2md: in bin_dir under its own name, executable, converting.
cli="$work/bin_dir/confluence2md"
[ -x "$cli" ] || { echo "pecl did not install an executable bin_dir/confluence2md" >&2; ls -R "$work/bin_dir" >&2; exit 1; }
md=$(echo '<p>Hello <strong>PECL</strong></p>' | php -c "$ini" "$cli")
[ "$md" = "Hello **PECL**" ] || { echo "the installed confluence2md printed: $md" >&2; exit 1; }
stub="$work/doc_dir/askmydocs_connector/ide/askmydocs_connector.stub.php"
cmp -s "$stub" "$root/ide/askmydocs_connector.stub.php" || { echo "the stub is not at doc_dir/askmydocs_connector/ide/" >&2; find "$work/doc_dir" >&2; exit 1; }
echo "installed: bin_dir/confluence2md converts; the stub is at doc_dir/askmydocs_connector/ide/askmydocs_connector.stub.php"

# Uninstall: no module, script, stub or ini line is left, and php starts without a warning.
so="$(php-config --extension-dir)/askmydocs_connector.so"
[ -e "$so" ] || { echo "pecl did not install $so" >&2; exit 1; }
AMC_PHP_ETC="$work/no-etc" "$root/scripts/uninstall.sh" --ini "$ini"
[ ! -e "$so" ] && [ ! -e "$cli" ] && [ ! -e "$stub" ] || { echo "uninstall left files behind" >&2; ls -l "$so" "$cli" "$stub" 2>&1 >&2; exit 1; }
[ -f "$ini" ] && ! grep -q askmydocs_connector "$ini" || { echo "uninstall left the ini line:" >&2; cat "$ini" >&2; exit 1; }
out=$(php -c "$ini" -r 'echo "started";' 2>&1)
[ "$out" = started ] || { echo "php warns after uninstall: $out" >&2; exit 1; }
echo "uninstalled: the .so, confluence2md, the stub and the ini line are gone; php starts without a warning"

