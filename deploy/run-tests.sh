#!/usr/bin/env bash
# Command 2: install everything, build everything (warnings are errors), run every test:
# unit and end-to-end suites, the Qt client's suites under Xvfb, the unit suites again under
# AddressSanitizer + UndefinedBehaviorSanitizer, and bounded runs of the libFuzzer targets.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=${RELAIS_JOBS:-2}
start=$(date +%s)
stage() { echo; echo "== relais: $* ($(( $(date +%s) - start ))s)"; }

stage "installing dependencies"
bash "$root/deploy/install-deps.sh" all

stage "main build"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRELAIS_WERROR=ON >/dev/null
cmake --build "$root/build" -j"$jobs"

stage "tests"
ctest --test-dir "$root/build" --output-on-failure -j"$jobs" --timeout 300

if [[ "${RELAIS_SKIP_SANITIZERS:-0}" != 1 ]]; then
  stage "sanitizer build (clang-14, ASan + UBSan) and unit tests"
  # The "asan" preset (CMakePresets.json): clang-14, ASan + UBSan, libFuzzer targets.
  (cd "$root" && cmake --preset asan >/dev/null && cmake --build --preset asan -j"$jobs" && ctest --preset asan)
fi

stage "all tests passed"
