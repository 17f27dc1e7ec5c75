#!/usr/bin/env bash
# Checks relais-qt's menu entry and AppStream metadata (client-qt/desktop/):
#  - desktop-file-validate and `appstreamcli validate --strict` accept them, and would refuse a
#    broken copy of each;
#  - the entry's generic name, comment and keywords are translated into fr, nl, es, pt, ro, bg
#    and sq, and the metadata's summary too;
#  - the icons the entry and the discreet mode name exist, with PNGs at every size;
#  - neither file says who uses the program: anyone who opens the menu reads it.
#   desktop_entry.sh SOURCE_DIR ICONS_BUILD_DIR
set -euo pipefail
source=$1
icons=$2
dir=$source/client-qt/desktop
desktop=$dir/be.relais.Relais.desktop
metainfo=$dir/be.relais.Relais.metainfo.xml

for tool in desktop-file-validate appstreamcli file; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (Debian packages: desktop-file-utils, appstream, file)"
    exit 77
  fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# 1. The validators accept the shipped files, without a warning.
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out"; fail "desktop-file-validate refused the entry"; }
[[ -z $out ]] || { echo "$out"; fail "desktop-file-validate has remarks on the entry"; }
out=$(appstreamcli validate --no-net --strict "$metainfo" 2>&1) || { echo "$out"; fail "appstreamcli refused the metadata"; }
echo "desktop-file-validate and appstreamcli validate --strict: accepted"

# ... and refuse broken copies, so the checks above can fail.
sed 's/^Type=Application$/Type=Program/' "$desktop" >"$tmp/broken.desktop"
if desktop-file-validate "$tmp/broken.desktop" >/dev/null 2>&1; then fail "desktop-file-validate accepted Type=Program"; fi
sed 's#<launchable type="desktop-id">[^<]*</launchable>##; s#<summary>[^<]*</summary>##' "$metainfo" >"$tmp/broken.xml"
if appstreamcli validate --no-net --strict "$tmp/broken.xml" >/dev/null 2>&1; then
  fail "appstreamcli accepted metadata without a summary"
fi

# 2. Translations.
for lang in fr nl es pt ro bg sq; do
  for key in GenericName Comment Keywords; do
    value=$(sed -n "s/^$key\[$lang\]=//p" "$desktop")
    [[ -n $value ]] || fail "the entry has no $key[$lang]"
    [[ $value != "$(sed -n "s/^$key=//p" "$desktop")" ]] || fail "$key[$lang] is the English text"
  done
  grep -q "<summary xml:lang=\"$lang\">" "$metainfo" || fail "the metadata has no summary in $lang"
done
[[ $(sed -n 's/^Name=//p' "$desktop") == Relais ]] || fail "the entry's Name is not Relais"
echo "generic name, comment, keywords and summary in fr nl es pt ro bg sq"

# 3. The icons: what the entry names, and the neutral one of the discreet mode.
icon=$(sed -n 's/^Icon=//p' "$desktop")
[[ $icon == be.relais.Relais ]] || fail "the entry's icon is '$icon'"
grep -q "<launchable type=\"desktop-id\">$(basename "$desktop")</launchable>" "$metainfo" ||
  fail "the metadata does not launch $(basename "$desktop")"
grep -q "<id>$icon</id>" "$metainfo" || fail "the metadata's id is not $icon"
for name in "$icon" "$icon.Neutral"; do
  [[ -f $dir/$name.svg ]] || fail "no $name.svg"
  for size in 16 24 32 48 64 128 256; do
    png=$icons/${size}x${size}/$name.png
    [[ -f $png ]] || fail "the build made no $png (rsvg-convert, Debian package librsvg2-bin)"
    file "$png" | grep "PNG image data, $size x $size," >/dev/null || fail "$(file "$png")"
  done
done
grep -qF 'RELAIS_QT_APP_ID ".Neutral"' "$source/client-qt/ui/main_window.cpp" ||
  fail "the discreet mode does not ask the theme for the neutral icon"
echo "icons $icon and $icon.Neutral: SVG and PNG at 7 sizes"

# 4. Nothing in the menu or the software centre says who uses it.
for f in "$desktop" "$metainfo"; do
  if grep -v '^#' "$f" | grep -v '^ *<!--' | grep -iE 'sex|prostitu|travail|escort|werker' >/dev/null; then
    fail "$(basename "$f") says who uses the program: $(grep -iE 'sex|prostitu|travail|escort|werker' "$f" | sed -n 1p)"
  fi
done
echo "PASS"
