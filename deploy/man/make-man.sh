#!/bin/sh
# Makes a program's manual page at build time from its own --help (deploy/man/help2roff.awk).
#   make-man.sh PROGRAM SECTION VERSION DATE PAGE OUT.gz
# PROGRAM runs by its name, from its folder, so that the usage line names no build path; Qt
# programs run on the offscreen platform, which needs no display.
set -eu
program=$1 section=$2 version=$3 date=$4 page=$5 out=$6
name=$(basename "$program")
here=$(dirname "$0")
case $section in
  8) manual="System Administration" ;;
  *) manual="User Commands" ;;
esac
tmp="$out.tmp"
# The manual pages are English: whatever language the build runs in, the help is read in C.
if ! PATH="$(dirname "$program"):$PATH" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE= "$name" --help >"$tmp.help" 2>"$tmp.err"; then
  cat "$tmp.err" >&2
  echo "make-man.sh: $name --help failed" >&2
  exit 1
fi
awk -v prog="$name" -v section="$section" -v version="$version" -v date="$date" \
  -v manual="$manual" -v page="$page" -f "$here/help2roff.awk" "$tmp.help" >"$tmp"
gzip -9n -c "$tmp" >"$out"
rm -f "$tmp" "$tmp.help" "$tmp.err"
