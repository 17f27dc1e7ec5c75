#!/usr/bin/env bash
# Installs the Debian 12 packages Relais needs. Idempotent: does nothing when all are present.
#   install-deps.sh relay     what building and running relaisd and the terminal client needs
#   install-deps.sh desktop   that, and what building and running the desktop client needs
#   install-deps.sh all       everything the full build, the packages and the tests need
set -euo pipefail

# gettext's msgfmt and xgettext compile and check the terminal client's catalogs (client-cli/po)
# at build time; Boost.Locale reads them in relais, so no system locale (locale-gen) is needed.
relay_pkgs=(
  build-essential cmake ninja-build pkg-config gettext
  libboost1.81-dev libboost-program-options1.81-dev libboost-json1.81-dev libboost-locale1.81-dev
  librocksdb-dev libprotobuf-dev protobuf-compiler
  libsignal-protocol-c-dev libssl-dev
  libhowardhinnant-date-dev tzdata
)
# rsvg-convert draws the menu icon's PNG sizes from its SVG; qt6-translations-l10n holds Qt's
# own words (Close, Cancel) in French, Dutch, ... that relais-qt loads beside its own; DejaVu
# draws every script of relais-qt's languages (Bulgarian's Cyrillic, Romanian's ș and ț).
desktop_pkgs=(
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev librsvg2-bin
  qt6-translations-l10n fonts-dejavu-core
)
# dpkg-dev and file for CPack; lintian, man-db, desktop-file-utils and appstream check the
# packages, the manual pages, the menu entry and the AppStream metadata.
test_pkgs=(
  libgtest-dev libgmock-dev
  clang-14 libclang-rt-14-dev llvm-14
  xvfb xauth x11-utils tmux openssl systemd dpkg-dev file
  man-db lintian desktop-file-utils appstream
)

case "${1:-all}" in
  relay) pkgs=("${relay_pkgs[@]}") ;;
  desktop) pkgs=("${relay_pkgs[@]}" "${desktop_pkgs[@]}") ;;
  all) pkgs=("${relay_pkgs[@]}" "${desktop_pkgs[@]}" "${test_pkgs[@]}") ;;
  *) echo "usage: $0 [relay|desktop|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "relais: installing ${missing[*]}" >&2
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
