#!/usr/bin/env bash
# Command 1: install what the relay needs, build it, and run it in the foreground on loopback
# with its embedded RocksDB store in ./relais-data. Safe to run again.
#   RELAIS_LISTEN (default 127.0.0.1:7420) and RELAIS_DATA override the defaults.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-relay"

bash "$root/deploy/install-deps.sh" relay
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DRELAIS_BUILD_QT=OFF -DRELAIS_BUILD_TESTS=OFF -DRELAIS_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j2 --target relaisd relais
exec "$build/server/relaisd" --data "${RELAIS_DATA:-$root/relais-data}" \
  --listen "${RELAIS_LISTEN:-127.0.0.1:7420}" --resources "$root/deploy/resources-be.json"
