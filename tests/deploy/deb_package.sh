#!/usr/bin/env bash
# Builds the Debian package with CPack from a build folder and checks it with dpkg-deb: the
# files, their contents, the control fields (Depends from dpkg-shlibdeps), the maintainer
# scripts, and that the packaged relaisd runs.
#   deb_package.sh CPACK BUILD_DIR SOURCE_DIR WITH_CLI(0|1)
set -euo pipefail
cpack=$1
build=$2
source=$3
with_cli=$4

for tool in dpkg-deb dpkg-shlibdeps readelf; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (Debian packages: dpkg-dev, binutils)"
    exit 77
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

start=$SECONDS
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log"
  fail "cpack -G DEB failed"
fi
shopt -s nullglob
debs=("$tmp"/out/*.deb)
[[ ${#debs[@]} -eq 1 ]] || fail "cpack made ${#debs[@]} .deb files, not one"
deb=${debs[0]}
echo "built $(basename "$deb") in $((SECONDS - start)) s"

# 1. Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == relais ]] || fail "Package is '$(field Package)'"
[[ $(field Version) =~ ^[0-9]+\.[0-9]+\.[0-9]+-[0-9]+$ ]] || fail "Version is '$(field Version)'"
arch=$(dpkg --print-architecture)
[[ $(field Architecture) == "$arch" ]] || fail "Architecture is '$(field Architecture)', not $arch"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
[[ -n $(field Description) ]] || fail "no Description"
if field Description | grep -q "^ ;"; then fail "the Description is a CMake list, not text"; fi
[[ $(field Section) == net ]] || fail "Section is '$(field Section)'"
depends=$(field Depends)
echo "Depends: $depends"
# dpkg-shlibdeps names the shared libraries the binaries link, with versions. (Debian's
# RocksDB CMake target is the static library, so RocksDB itself is not among them.)
IFS=',' read -ra entries <<<"$depends"
for lib in libc6 libstdc++6 libssl3 libprotobuf libboost-program-options libsignal-protocol-c; do
  found=0
  for entry in "${entries[@]}"; do
    entry=${entry# }
    [[ $entry == "$lib"*" (>= "* ]] && found=1
  done
  [[ $found == 1 ]] || fail "Depends lacks a versioned $lib"
done

# 2. Files: exactly what an operator needs, nothing from the build or the tests.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#; s#/$##' | grep -v '^$' | sort >"$tmp/files"
expected=(
  /usr/bin/relaisd
  /lib/systemd/system/relaisd.service
  /usr/share/relais/resources-be.json
  /usr/share/doc/relais/examples/relaisd.conf.example
  /usr/share/doc/relais/operator.md
  /usr/share/doc/relais/threat-model.md
  /usr/share/doc/relais/README.md
)
[[ $with_cli == 1 ]] && expected+=(/usr/bin/relais)
for f in "${expected[@]}"; do
  grep -qxF "$f" "$tmp/files" || { cat "$tmp/files"; fail "the package lacks $f"; }
done
while read -r f; do
  case $f in
    /usr/bin/* | /usr/share/relais* | /usr/share/doc/relais* | /lib/systemd/system* | /usr | /usr/bin | \
      /usr/share | /usr/share/doc | /lib | /lib/systemd) ;;
    *) fail "unexpected file in the package: $f" ;;
  esac
done <"$tmp/files"
echo "files: $(wc -l <"$tmp/files") entries, all expected ones present"

# 3. Contents: the shipped files are the ones in deploy/, the binaries are stripped and run.
dpkg-deb -x "$deb" "$tmp/root"
cmp "$tmp/root/lib/systemd/system/relaisd.service" "$source/deploy/relaisd.service"
cmp "$tmp/root/usr/share/relais/resources-be.json" "$source/deploy/resources-be.json"
cmp "$tmp/root/usr/share/doc/relais/examples/relaisd.conf.example" "$source/deploy/relaisd.conf.example"
[[ $(stat -c %a "$tmp/root/usr/bin/relaisd") == 755 ]] || fail "relaisd is not mode 755"
if readelf -S "$tmp/root/usr/bin/relaisd" | grep -q '\.debug_info'; then
  fail "the packaged relaisd is not stripped"
fi
version=$("$tmp/root/usr/bin/relaisd" --version) || fail "the packaged relaisd does not run"
echo "packaged relaisd: $version"
if [[ $with_cli == 1 ]]; then
  "$tmp/root/usr/bin/relais" --help >/dev/null || fail "the packaged relais does not run"
fi
# Owned by root in the archive, whoever built it.
if dpkg-deb -c "$deb" | awk '{print $2}' | grep -vqx 'root/root'; then
  fail "files in the package are not owned by root/root"
fi

# 4. Maintainer scripts: present, executable, valid shell, and never deleting the data folder.
dpkg-deb -e "$deb" "$tmp/control"
for script in postinst prerm postrm; do
  [[ -x $tmp/control/$script ]] || fail "no executable $script"
  sh -n "$tmp/control/$script" || fail "$script is not valid sh"
  if grep -q '/var/lib' "$tmp/control/$script"; then fail "$script touches /var/lib"; fi
done
grep -q 'try-restart relaisd.service' "$tmp/control/postinst" || fail "postinst does not restart on upgrade"

elapsed=$((SECONDS - start))
[[ $elapsed -lt 60 ]] || fail "packaging and checks took $elapsed s (budget 60 s)"
echo "PASS in $elapsed s"
