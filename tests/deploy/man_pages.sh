#!/usr/bin/env bash
# Checks the manual pages the build made from each program's --help (deploy/man/):
#  - `man --warnings` renders each without a single warning, and would report a broken page;
#  - each page has its sections, and every option (and every relais command) that --help lists;
#  - help2roff.awk refuses a help text or a page it cannot read, with a reason.
#   man_pages.sh SOURCE_DIR MAN_DIR PROGRAM:SECTION:PATH...
set -euo pipefail
source=$1
mandir=$2
shift 2

if ! command -v man >/dev/null; then
  echo "SKIP: man is not installed (Debian package: man-db)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
export MANWIDTH=80 LC_ALL=C.UTF-8 XDG_RUNTIME_DIR=$tmp

# Renders PAGE; its warnings go to WARNINGS.
render() { man --warnings -E UTF-8 -l "$1" 2>"$2" | col -b | tr -s ' '; }

for entry in "$@"; do
  IFS=: read -r program section binary <<<"$entry"
  page="$mandir/$program.$section.gz"
  [[ -f $page ]] || fail "no $page: the build made no manual page for $program"
  render "$page" "$tmp/warnings" >"$tmp/page"
  if [[ -s $tmp/warnings ]]; then
    cat "$tmp/warnings"
    fail "man --warnings reports the lines above for $program($section)"
  fi
  for heading in NAME SYNOPSIS DESCRIPTION "SEE ALSO"; do
    grep -qx "$heading" "$tmp/page" || fail "$program($section) has no $heading section"
  done
  grep -q "^ $program - " "$tmp/page" || fail "$program($section)'s NAME line does not name it"
  # Every option and command --help lists is in the page, so the page says what --help says.
  QT_QPA_PLATFORM=offscreen "$binary" --help 2>/dev/null >"$tmp/help"
  count=0
  while read -r option; do
    grep -qF -- "$option" "$tmp/page" || fail "$program($section) lacks $option, which --help lists"
    count=$((count + 1))
  done < <(grep -oE '^ +(-[a-z], )?--[a-z][a-z-]*' "$tmp/help" | sed -E 's/^ +//; s/^-[a-z], //' | sort -u)
  while read -r command; do
    grep -qF -- "$command" "$tmp/page" || fail "$program($section) lacks '$command', which --help lists"
    count=$((count + 1))
  done < <(grep -oE "^  $program( [a-z][a-z-]*)+" "$tmp/help" | sed -E 's/^  //' | sort -u)
  [[ $count -ge 2 ]] || fail "found only $count options or commands in $program --help"
  echo "$program($section): no warning, all $count options and commands of --help"
done

# The check above must be able to fail: a page with an unknown request is reported.
printf '.TH BROKEN 1\n.SH NAME\nbroken \\- a test\n.NOSUCHMACRO x\n' >"$tmp/broken.1"
render "$tmp/broken.1" "$tmp/broken.warnings" >/dev/null
[[ -s $tmp/broken.warnings ]] || fail "man --warnings did not report an unknown macro; this test cannot see mistakes"

# The generator refuses what it cannot read, saying why, instead of writing a page.
awk_gen() { awk -v prog=x -v section=1 -v version=0 -v date=2026-01-01 -v manual=m -v page="$1" \
  -f "$source/deploy/man/help2roff.awk" "$2"; }
printf '.\\" name: x\n.\\" @HELP@\n' >"$tmp/good.roff"
printf 'no usage line here\n' >"$tmp/bad.help"
printf 'Usage: x [options]\n\nOptions:\n  --a  b\n' >"$tmp/good.help"
printf 'text without markers\n' >"$tmp/bad.roff"
rc=0; awk_gen "$tmp/good.roff" "$tmp/bad.help" >/dev/null 2>"$tmp/err" || rc=$?
[[ $rc -eq 2 ]] && grep -q "does not start with 'Usage: '" "$tmp/err" || fail "a help without 'Usage:' gave $rc"
rc=0; awk_gen "$tmp/bad.roff" "$tmp/good.help" >/dev/null 2>"$tmp/err" || rc=$?
[[ $rc -eq 2 ]] && grep -q "needs a" "$tmp/err" || fail "a page without its markers gave $rc"
awk_gen "$tmp/good.roff" "$tmp/good.help" >"$tmp/good.1" || fail "the generator refused a good help text"
[[ $(render "$tmp/good.1" "$tmp/good.warnings" | grep -c -- '--a') -ge 1 && ! -s $tmp/good.warnings ]] ||
  fail "the generator's page for a minimal help is wrong"
echo "PASS"
