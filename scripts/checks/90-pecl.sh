#!/usr/bin/env bash
# PECL packaging: package.xml lists the tree; `pecl package` makes a tarball of
# it; `pecl install` of that tarball builds, installs and enables the extension
# (into a private php.ini, so the machine's PHP configuration is left alone),
# and `php -m` then lists it. The installed .so is removed afterwards.
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

echo "; php.ini of the PECL check" > "$ini"
# PEAR reads php_ini from the pear.php.net channel's config: set it in a
# private user config (-c), not in the machine's PEAR configuration.
pear -c "$work/pearrc" config-set php_ini "$ini" >/dev/null
pecl uninstall askmydocs_connector >/dev/null 2>&1 || true
pecl -c "$work/pearrc" install "$tarball" > "$work/install.log" 2>&1 || { tail -40 "$work/install.log"; exit 1; }
grep -q 'extension=askmydocs_connector.so\|extension="askmydocs_connector.so"' "$ini" || { echo "pecl did not enable the extension in $ini" >&2; cat "$ini"; exit 1; }
# (Captured first: with pipefail, grep -q closing the pipe early fails `php -m`.)
modules=$(php -c "$ini" -m)
grep -qx askmydocs_connector <<<"$modules" || { echo "php -m does not list askmydocs_connector" >&2; exit 1; }
echo "pecl install: built, installed and enabled; php -m lists askmydocs_connector"
php -c "$ini" --ri askmydocs_connector | grep -E "version"
