dnl config.m4 for askmydocs_connector

PHP_ARG_ENABLE([askmydocs-connector],
  [whether to enable askmydocs_connector],
  [AS_HELP_STRING([--enable-askmydocs-connector],
    [Enable the native AskMyDocs connector classes])],
  [yes])

PHP_ARG_ENABLE([askmydocs-connector-sanitizers],
  [whether to build with AddressSanitizer and UndefinedBehaviorSanitizer],
  [AS_HELP_STRING([--enable-askmydocs-connector-sanitizers],
    [Build with -fsanitize=address,undefined (for testing only)])],
  [no], [no])

dnl AMC_REQUIRE_PKG(pkg-config name, minimum version, VAR prefix, Debian package)
dnl A missing or too old library is recorded, not fatal at once, so that one
dnl configure run names every one of them (AMC_REPORT_PKGS stops the run).
AC_DEFUN([AMC_REQUIRE_PKG], [
  AC_MSG_CHECKING([for $1 >= $2 via pkg-config])
  if $PKG_CONFIG --exists "$1"; then
    $3_VERSION=`$PKG_CONFIG --modversion "$1"`
    if $PKG_CONFIG --atleast-version="$2" "$1"; then
      $3_CFLAGS=`$PKG_CONFIG --cflags "$1"`
      $3_LIBS=`$PKG_CONFIG --libs "$1"`
      AC_MSG_RESULT([found $$3_VERSION])
      PHP_EVAL_INCLINE($$3_CFLAGS)
      PHP_EVAL_LIBLINE($$3_LIBS, ASKMYDOCS_CONNECTOR_SHARED_LIBADD)
    else
      AC_MSG_RESULT([found $$3_VERSION, too old])
      amc_pkg_problems="$amc_pkg_problems
  $1 $$3_VERSION found, $2 or newer needed: upgrade the Debian package $4"
      amc_pkg_debs="$amc_pkg_debs $4"
    fi
  else
    AC_MSG_RESULT([not found])
    amc_pkg_problems="$amc_pkg_problems
  $1 not found: install the Debian package $4"
    amc_pkg_debs="$amc_pkg_debs $4"
  fi
])

dnl Stops configure when AMC_REQUIRE_PKG recorded anything, naming it all.
AC_DEFUN([AMC_REPORT_PKGS], [
  if test -n "$amc_pkg_problems"; then
    AC_MSG_ERROR([required libraries missing or too old:$amc_pkg_problems
  to fix: apt-get install$amc_pkg_debs])
  fi
])

if test "$PHP_ASKMYDOCS_CONNECTOR" != "no"; then
  if test -z "$PKG_CONFIG"; then
    AC_PATH_PROG(PKG_CONFIG, pkg-config, no)
  fi
  if test "x$PKG_CONFIG" = "xno" || test -z "$PKG_CONFIG"; then
    AC_MSG_ERROR([pkg-config not found: install the Debian package pkg-config])
  fi
  amc_pkg_problems=
  amc_pkg_debs=
  AMC_REQUIRE_PKG([libxml-2.0], [2.9.0], [AMC_LIBXML], [libxml2-dev])
  AMC_REQUIRE_PKG([libcurl], [7.68.0], [AMC_CURL], [libcurl4-openssl-dev])
  AMC_REQUIRE_PKG([libsodium], [1.0.18], [AMC_SODIUM], [libsodium-dev])
  AMC_REQUIRE_PKG([libcrypto], [1.1.1], [AMC_CRYPTO], [libssl-dev])
  AMC_REPORT_PKGS

  AMC_CFLAGS="-Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -I@ext_srcdir@ -I@ext_srcdir@/src"
  if test "$PHP_ASKMYDOCS_CONNECTOR_SANITIZERS" = "yes"; then
    AMC_CFLAGS="$AMC_CFLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -ftrivial-auto-var-init=pattern -O1 -g"
    LDFLAGS="$LDFLAGS -fsanitize=address,undefined"
    PHP_SUBST(LDFLAGS)
  fi

  dnl Sources are globbed so each capability owns its own files.
  dnl (PEAR builds out of tree, so list them from the source dir.)
  amc_srcdir="PHP_EXT_SRCDIR([askmydocs_connector])"
  AMC_SOURCES=`cd "$amc_srcdir" && ls src/core/*.c src/php/*.c | tr '\n' ' '`
  if test -z "$AMC_SOURCES"; then
    AC_MSG_ERROR([no C sources found under $amc_srcdir/src])
  fi

  PHP_NEW_EXTENSION(askmydocs_connector, $AMC_SOURCES, $ext_shared,, $AMC_CFLAGS)
  PHP_ADD_BUILD_DIR($ext_builddir/src/core)
  PHP_ADD_BUILD_DIR($ext_builddir/src/php)
  PHP_ADD_EXTENSION_DEP(askmydocs_connector, json)
  PHP_ADD_EXTENSION_DEP(askmydocs_connector, spl)
  PHP_SUBST(ASKMYDOCS_CONNECTOR_SHARED_LIBADD)
fi
