#!/usr/bin/env bash
# Command 3: install what the desktop client needs, build it, and start it in this desktop
# session. Safe to run again: what is installed and built already is kept.
#   RELAIS_HOME (default ~/.relais) is the profile folder; arguments go to relais-qt (--home DIR).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-desktop"

bash "$root/deploy/install-deps.sh" desktop
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DRELAIS_BUILD_TESTS=OFF -DRELAIS_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j2 --target relais-qt
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
  echo "relais-qt is built ($build/client-qt/relais-qt) but needs a desktop session to start:" \
    "neither DISPLAY nor WAYLAND_DISPLAY is set." >&2
  exit 1
fi
exec "$build/client-qt/relais-qt" "$@"
