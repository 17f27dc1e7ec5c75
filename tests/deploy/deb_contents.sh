#!/usr/bin/env bash
# Checks the three packages deb_build.sh made, with dpkg-deb only (nothing is installed):
# control fields, each package's Depends (from dpkg-shlibdeps: the relay pulls in no Qt, the
# clients no time-zone library), the exact list of files, the conffile, the maintainer
# scripts, and that what is shipped is what the checkout holds.
#   deb_contents.sh DEBS_DIR SOURCE_DIR WITH_QT(0|1)
set -euo pipefail
debs=$1
source=$2
with_qt=$3

for tool in dpkg-deb readelf file; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (Debian packages: dpkg, binutils, file)"
    exit 77
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

arch=$(dpkg --print-architecture)
packages=(relaisd relais)
[[ $with_qt == 1 ]] && packages+=(relais-qt)
shopt -s nullglob
all=("$debs"/*.deb)
[[ ${#all[@]} -eq ${#packages[@]} ]] ||
  fail "found ${#all[@]} packages in $debs, not ${#packages[@]} (${packages[*]}); did deploy.deb_build pass?"

deb_of() {
  local f=("$debs/$1"_*_"$arch".deb)
  [[ ${#f[@]} -eq 1 ]] || fail "no single $1_*_$arch.deb in $debs"
  echo "${f[0]}"
}

# Depends as one entry a line, without versions: "libc6", "tzdata", ...
depends_of() { dpkg-deb -f "$1" Depends | tr ',' '\n' | sed -E 's/^ +//; s/ .*$//' | sort; }

# The exact set of files (not folders) a package ships.
expect_files() {
  local deb=$1
  shift
  dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's#^\./#/#' | sort >"$tmp/files"
  printf '%s\n' "$@" | sort >"$tmp/expected"
  if ! diff -u "$tmp/expected" "$tmp/files"; then
    fail "$(basename "$deb") ships other files than expected (- missing, + unexpected)"
  fi
}

version=
for package in "${packages[@]}"; do
  deb=$(deb_of "$package")
  field() { dpkg-deb -f "$deb" "$1"; }
  [[ $(field Package) == "$package" ]] || fail "$deb: Package is '$(field Package)'"
  [[ $(field Version) =~ ^[0-9]+\.[0-9]+\.[0-9]+-[0-9]+$ ]] || fail "$package: Version is '$(field Version)'"
  [[ -z $version || $(field Version) == "$version" ]] || fail "$package: another version than the others"
  version=$(field Version)
  [[ $(field Architecture) == "$arch" ]] || fail "$package: Architecture is '$(field Architecture)'"
  [[ $(field Source) == relais ]] || fail "$package: Source is '$(field Source)', not relais"
  [[ -n $(field Maintainer) ]] || fail "$package: no Maintainer"
  [[ $(field Section) == net ]] || fail "$package: Section is '$(field Section)'"
  if field Description | grep "^ ;" >/dev/null; then fail "$package: the Description is a CMake list"; fi
  synopsis=$(field Description | sed -n 1p)
  [[ ${#synopsis} -le 80 && -n $synopsis ]] || fail "$package: Description's first line '$synopsis'"
  # Every versioned library entry comes from dpkg-shlibdeps.
  field Depends | tr ',' '\n' | grep 'libc6 (>= ' >/dev/null || fail "$package: Depends lacks a versioned libc6"
  # Owned by root in the archive, whoever built it; binaries stripped and executable.
  if dpkg-deb -c "$deb" | awk '{print $2}' | grep -vx 'root/root' >/dev/null; then
    fail "$package: files not owned by root/root"
  fi
  dpkg-deb -x "$deb" "$tmp/$package"
  binary="$tmp/$package/usr/bin/$package"
  [[ $(stat -c %a "$binary") == 755 ]] || fail "$package: /usr/bin/$package is not mode 755"
  if readelf -S "$binary" | grep '\.debug_info' >/dev/null; then fail "$package: /usr/bin/$package is not stripped"; fi
  # Manual page: compressed without a time stamp, as Debian wants.
  man=("$tmp/$package"/usr/share/man/man*/"$package".*.gz)
  [[ ${#man[@]} -eq 1 ]] || fail "$package: no manual page"
  file "${man[0]}" | grep 'gzip compressed data, max compression' >/dev/null || fail "$package: $(file "${man[0]}")"
  cmp "$tmp/$package/usr/share/doc/$package/copyright" "$source/deploy/debian/copyright"
  zcat "$tmp/$package/usr/share/doc/$package/changelog.Debian.gz" | sed -n 1p |
    grep -qF "relais (${version}) " || fail "$package: the changelog's first entry is not $version"
  echo "$package $version: $(field Depends)"
done

# --- relaisd: the relay, its unit, its conffile; no Qt ------------------------------------------
deb=$(deb_of relaisd)
expect_files "$deb" \
  /etc/relais/relaisd.conf /lib/systemd/system/relaisd.service /usr/bin/relaisd \
  /usr/share/doc/relaisd/README.md /usr/share/doc/relaisd/changelog.Debian.gz \
  /usr/share/doc/relaisd/copyright /usr/share/doc/relaisd/operator.md \
  /usr/share/doc/relaisd/threat-model.md /usr/share/man/man8/relaisd.8.gz \
  /usr/share/relais/resources-be.json
depends_of "$deb" >"$tmp/relaisd.depends"
for lib in libc6 libstdc++6 libssl3 libboost-program-options1.81.0 libdate-tz3 tzdata; do
  grep -qx "$lib" "$tmp/relaisd.depends" || fail "relaisd: Depends lacks $lib"
done
grep -q 'libprotobuf' "$tmp/relaisd.depends" || fail "relaisd: Depends lacks libprotobuf"
grep -q 'libsignal-protocol-c' "$tmp/relaisd.depends" || fail "relaisd: Depends lacks libsignal-protocol-c"
if grep -q 'qt' "$tmp/relaisd.depends"; then fail "relaisd depends on Qt: $(grep qt "$tmp/relaisd.depends" | xargs)"; fi
[[ $(dpkg-deb -f "$deb" Breaks) == "relais (<< 0.1.0-2)" ]] || fail "relaisd: Breaks is '$(dpkg-deb -f "$deb" Breaks)'"
[[ $(dpkg-deb -f "$deb" Replaces) == "relais (<< 0.1.0-2)" ]] || fail "relaisd: Replaces is '$(dpkg-deb -f "$deb" Replaces)'"
root="$tmp/relaisd"
cmp "$root/etc/relais/relaisd.conf" "$source/deploy/relaisd.conf.example"
cmp "$root/lib/systemd/system/relaisd.service" "$source/deploy/relaisd.service"
cmp "$root/usr/share/relais/resources-be.json" "$source/deploy/resources-be.json"
cmp "$root/usr/share/doc/relaisd/operator.md" "$source/docs/operator.md"
grep -qx 'resources = /usr/share/relais/resources-be.json' "$root/etc/relais/relaisd.conf" ||
  fail "the conffile does not point at the resources file the package installs"
grep -q 'Documentation=file:/usr/share/doc/relaisd/operator.md' "$root/lib/systemd/system/relaisd.service" ||
  fail "the unit's Documentation= is not the installed operator guide"

# Control files: the conffile, and maintainer scripts that reload systemd, restart an upgraded
# relay, stop it on removal and never delete the data folder.
dpkg-deb -e "$deb" "$tmp/control-relaisd"
[[ $(cat "$tmp/control-relaisd/conffiles") == /etc/relais/relaisd.conf ]] ||
  fail "relaisd's conffiles is '$(cat "$tmp/control-relaisd/conffiles")'"
for script in postinst prerm postrm; do
  [[ -x $tmp/control-relaisd/$script ]] || fail "relaisd: no executable $script"
  sh -n "$tmp/control-relaisd/$script" || fail "relaisd: $script is not valid sh"
  if grep -v '^ *#' "$tmp/control-relaisd/$script" | grep '/var/lib' >/dev/null; then fail "relaisd: $script touches /var/lib"; fi
  cmp "$tmp/control-relaisd/$script" "$source/deploy/debian/relaisd.$script"
done
grep -q "deb-systemd-invoke try-restart 'relaisd.service'" "$tmp/control-relaisd/postinst" ||
  fail "postinst does not restart the relay after an upgrade"
grep -q "deb-systemd-invoke stop 'relaisd.service'" "$tmp/control-relaisd/prerm" ||
  fail "prerm does not stop the relay"
if grep -Eq 'deb-systemd-invoke (start|restart) ' "$tmp/control-relaisd/postinst"; then
  fail "postinst starts the relay at the first install, before it has a certificate"
fi
echo "relaisd: $(wc -l <"$tmp/files") files, conffile /etc/relais/relaisd.conf, scripts checked"

# --- relais: the terminal client alone -----------------------------------------------------------
deb=$(deb_of relais)
expect_files "$deb" /usr/bin/relais /usr/share/doc/relais/changelog.Debian.gz \
  /usr/share/doc/relais/copyright /usr/share/man/man1/relais.1.gz
depends_of "$deb" >"$tmp/relais.depends"
for lib in libc6 libstdc++6 libssl3; do
  grep -qx "$lib" "$tmp/relais.depends" || fail "relais: Depends lacks $lib"
done
for lib in qt date-tz tzdata; do
  if grep -q "$lib" "$tmp/relais.depends"; then fail "relais depends on $lib"; fi
done
dpkg-deb -e "$deb" "$tmp/control-relais"
for f in conffiles postinst prerm postrm; do
  [[ ! -e $tmp/control-relais/$f ]] || fail "relais has a $f"
done
echo "relais: $(wc -l <"$tmp/files") files, no maintainer scripts"

# --- relais-qt: the desktop client, its menu entry, icons and metadata ---------------------------
if [[ $with_qt == 1 ]]; then
  deb=$(deb_of relais-qt)
  icons=()
  for name in be.relais.Relais be.relais.Relais.Neutral; do
    icons+=("/usr/share/icons/hicolor/scalable/apps/$name.svg")
    for size in 16 24 32 48 64 128 256; do
      icons+=("/usr/share/icons/hicolor/${size}x${size}/apps/$name.png")
    done
  done
  expect_files "$deb" /usr/bin/relais-qt /usr/share/applications/be.relais.Relais.desktop \
    /usr/share/metainfo/be.relais.Relais.metainfo.xml /usr/share/man/man1/relais-qt.1.gz \
    /usr/share/doc/relais-qt/changelog.Debian.gz /usr/share/doc/relais-qt/copyright "${icons[@]}"
  depends_of "$deb" >"$tmp/relais-qt.depends"
  for lib in libc6 libqt6core6 libqt6gui6 libqt6widgets6; do
    grep -qx "$lib" "$tmp/relais-qt.depends" || fail "relais-qt: Depends lacks $lib"
  done
  for lib in date-tz tzdata; do
    if grep -q "$lib" "$tmp/relais-qt.depends"; then fail "relais-qt depends on $lib"; fi
  done
  [[ $(dpkg-deb -f "$deb" Breaks) == "relais (<< 0.1.0-2)" ]] || fail "relais-qt: Breaks is '$(dpkg-deb -f "$deb" Breaks)'"
  [[ $(dpkg-deb -f "$deb" Replaces) == "relais (<< 0.1.0-2)" ]] || fail "relais-qt: Replaces is '$(dpkg-deb -f "$deb" Replaces)'"
  root="$tmp/relais-qt"
  cmp "$root/usr/share/applications/be.relais.Relais.desktop" "$source/client-qt/desktop/be.relais.Relais.desktop"
  cmp "$root/usr/share/metainfo/be.relais.Relais.metainfo.xml" "$source/client-qt/desktop/be.relais.Relais.metainfo.xml"
  for name in be.relais.Relais be.relais.Relais.Neutral; do
    cmp "$root/usr/share/icons/hicolor/scalable/apps/$name.svg" "$source/client-qt/desktop/$name.svg"
    for size in 16 24 32 48 64 128 256; do
      png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$name.png"
      file "$png" | grep "PNG image data, $size x $size," >/dev/null || fail "$(file "$png")"
    done
  done
  echo "relais-qt: $(wc -l <"$tmp/files") files, icons at every size"
fi
echo "PASS"
