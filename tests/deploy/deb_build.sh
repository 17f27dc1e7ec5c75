#!/usr/bin/env bash
# Builds the Debian packages with CPack from a build folder into OUT (emptied first): the
# fixture the deploy.deb_* tests read. CPack runs dpkg-shlibdeps over each package's binary.
#   deb_build.sh CPACK BUILD_DIR OUT
set -euo pipefail
cpack=$1
build=$2
out=$3

for tool in dpkg-deb dpkg-shlibdeps; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (Debian package: dpkg-dev)"
    exit 77
  fi
done

start=$SECONDS
rm -rf "$out"
mkdir -p "$out"
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out/cpack" >"$out/cpack.log" 2>&1; then
  cat "$out/cpack.log"
  echo "FAIL: cpack -G DEB failed"
  exit 1
fi
mv "$out"/cpack/*.deb "$out"/
rm -rf "$out/cpack"
ls -l "$out"/*.deb
echo "PASS: built in $((SECONDS - start)) s"
