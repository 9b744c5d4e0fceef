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

dnl AMC_REQUIRE_PKG(pkg-config name, VAR prefix, Debian package)
AC_DEFUN([AMC_REQUIRE_PKG], [
  AC_MSG_CHECKING([for $1 via pkg-config])
  if test -z "$PKG_CONFIG"; then
    AC_PATH_PROG(PKG_CONFIG, pkg-config, no)
  fi
  if test "x$PKG_CONFIG" = "xno" || test -z "$PKG_CONFIG"; then
    AC_MSG_ERROR([pkg-config not found: install the Debian package pkg-config])
  fi
  if $PKG_CONFIG --exists "$1"; then
    $2_VERSION=`$PKG_CONFIG --modversion "$1"`
    $2_CFLAGS=`$PKG_CONFIG --cflags "$1"`
    $2_LIBS=`$PKG_CONFIG --libs "$1"`
    AC_MSG_RESULT([found $$2_VERSION])
    PHP_EVAL_INCLINE($$2_CFLAGS)
    PHP_EVAL_LIBLINE($$2_LIBS, ASKMYDOCS_CONNECTOR_SHARED_LIBADD)
  else
    AC_MSG_RESULT([no])
    AC_MSG_ERROR([$1 not found: install the Debian package $3 (apt-get install $3)])
  fi
])

if test "$PHP_ASKMYDOCS_CONNECTOR" != "no"; then
  AMC_REQUIRE_PKG([libxml-2.0 >= 2.9.0], [AMC_LIBXML], [libxml2-dev])
  AMC_REQUIRE_PKG([libcurl >= 7.68.0], [AMC_CURL], [libcurl4-openssl-dev])
  AMC_REQUIRE_PKG([libsodium >= 1.0.18], [AMC_SODIUM], [libsodium-dev])
  AMC_REQUIRE_PKG([libcrypto >= 1.1.1], [AMC_CRYPTO], [libssl-dev])

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
