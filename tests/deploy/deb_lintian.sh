#!/usr/bin/env bash
# Runs lintian, Debian's package checker, on the packages deb_build.sh made: no error, and no
# warning that docs/packaging.md does not list with its reason.
#   deb_lintian.sh DEBS_DIR PACKAGING_DOC
set -euo pipefail
debs=$1
doc=$2

if ! command -v lintian >/dev/null; then
  echo "SKIP: lintian is not installed (Debian package: lintian)"
  exit 77
fi
shopt -s nullglob
all=("$debs"/*.deb)
[[ ${#all[@]} -ge 2 ]] || { echo "FAIL: no packages in $debs (did deploy.deb_build pass?)"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
start=$SECONDS
rc=0
# --fail-on none: the verdict is made below, from the tags.
lintian --fail-on none --tag-display-limit 0 --info "${all[@]}" >"$tmp/out" 2>&1 || rc=$?
cat "$tmp/out"
[[ $rc -eq 0 ]] || { echo "FAIL: lintian itself failed ($rc)"; exit 1; }
if grep -q '^E: ' "$tmp/out"; then
  echo "FAIL: lintian reports errors"
  exit 1
fi
# W: PACKAGE: TAG [detail]; each tag must be in the documentation's list of known warnings.
unlisted=0
while read -r tag; do
  if ! grep -qF "\`$tag\`" "$doc"; then
    echo "FAIL: lintian warns '$tag', which $doc does not list with its reason"
    unlisted=1
  fi
done < <(sed -nE 's/^W: [^ ]+: ([a-z0-9-]+).*/\1/p' "$tmp/out" | sort -u)
[[ $unlisted -eq 0 ]] || exit 1
echo "PASS: no error, $(grep -c '^W: ' "$tmp/out" || true) listed warnings, in $((SECONDS - start)) s"
