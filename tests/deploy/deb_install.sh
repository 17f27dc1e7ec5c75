#!/usr/bin/env bash
# Installs the packages deb_build.sh made on this machine with apt (local files, so that apt
# resolves their dependencies), uses what they installed as an operator and a member would, and
# purges them again, leaving nothing behind:
#  - dpkg records /etc/relais/relaisd.conf as relaisd's conffile; the manual pages are found;
#  - the installed relaisd --help, relais --help and relais-qt --help (offscreen) run;
#  - the installed relais-qt's window (Xvfb) carries the installed icon, and in discreet mode the
#    installed neutral one;
#  - the installed relaisd serves with the installed /etc/relais/relaisd.conf (only the data
#    folder, the address and a throw-away certificate given on the command line), and the
#    installed relais registers on it and reads the installed resources directory;
#  - after `apt-get purge` no package, conffile, file, unit link or process is left.
# Root only. A lock keeps two build folders of one machine from running it at once; a marker
# lets a run purge what a killed run left, and nothing else: packages installed by someone
# else make it fail without touching them.
#   deb_install.sh DEBS_DIR WITH_QT(0|1)
set -euo pipefail
debs=$(realpath "$1")
with_qt=$2

if [[ $(id -u) -ne 0 ]]; then
  echo "SKIP: installing packages needs root"
  exit 77
fi
tools=(apt-get dpkg-query flock openssl)
[[ $with_qt == 1 ]] && tools+=(xvfb-run xwininfo xprop)
for tool in "${tools[@]}"; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (Debian packages: apt, dpkg, util-linux, openssl, xvfb, x11-utils)"
    exit 77
  fi
done

packages=(relaisd relais)
[[ $with_qt == 1 ]] && packages+=(relais-qt)
arch=$(dpkg --print-architecture)
files=()
for p in "${packages[@]}"; do
  f=("$debs/$p"_*_"$arch".deb)
  [[ -f ${f[0]} ]] || { echo "FAIL: no $p package in $debs (did deploy.deb_build pass?)"; exit 1; }
  files+=("${f[0]}")
done

marker=/var/lib/relais-deb-install-test
exec 9>/run/lock/relais-deb-install.lock
flock -w 300 9 || { echo "FAIL: another deb_install.sh held the lock for 5 minutes"; exit 1; }

tmp=$(mktemp -d)
relay_pid=
start=$SECONDS
apt_opts=(-y -q -o DPkg::Lock::Timeout=120)
apt() { DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" "$@" >>"$tmp/apt.log" 2>&1; }
purge() { apt purge "${packages[@]}"; }
cleanup() {
  local rc=$?
  if [[ -n $relay_pid ]]; then kill -KILL "$relay_pid" 2>/dev/null || true; fi
  # Whatever failed, the machine is left without the packages this test installed.
  if [[ -e $marker ]]; then
    purge || { echo "cleanup: apt-get purge failed:"; tail -n 20 "$tmp/apt.log"; }
    rm -f "$marker"
  fi
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
fail() { echo "FAIL: $*"; exit 1; }
status() { dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | tr -d ' ' || true; }

# 1. None of the packages is on the machine, unless a killed run of this test left them.
for p in "${packages[@]}"; do
  s=$(status "$p")
  if [[ -n $s && $s != un ]]; then
    if [[ -e $marker ]]; then
      echo "purging $p, left ($s) by an earlier run of this test"
      for exe in /proc/[0-9]*/exe; do
        if [[ $(readlink "$exe" 2>/dev/null) == /usr/bin/relaisd* ]]; then
          pid=${exe#/proc/}
          kill -KILL "${pid%/exe}" 2>/dev/null || true
        fi
      done
      purge || { cat "$tmp/apt.log"; fail "could not purge what an earlier run left"; }
    else
      fail "$p is installed on this machine ($s) and this test would purge it; remove it first (apt-get purge $p)"
    fi
  fi
done

# 2. Install from the local files; apt fetches any missing dependency from Debian.
touch "$marker"
if ! apt install --no-install-recommends "${files[@]}"; then
  cat "$tmp/apt.log"
  fail "apt-get install of ${packages[*]} failed"
fi
for p in "${packages[@]}"; do
  [[ $(status "$p") == ii ]] || fail "$p is not installed after apt-get install ($(status "$p"))"
  dpkg-query -L "$p" >"$tmp/$p.list"
done
echo "installed ${packages[*]} in $((SECONDS - start)) s"
dpkg-query -W -f='${Conffiles}' relaisd | grep '^ /etc/relais/relaisd.conf [0-9a-f]\{32\}$' >/dev/null ||
  fail "dpkg does not hold /etc/relais/relaisd.conf as relaisd's conffile"
[[ -f /lib/systemd/system/relaisd.service && -f /etc/relais/relaisd.conf ]] || fail "the unit or the conffile is missing"
# A first install starts and enables nothing.
[[ ! -e /etc/systemd/system/multi-user.target.wants/relaisd.service ]] || fail "the install enabled relaisd"
if command -v man >/dev/null; then
  [[ $(man -w relaisd) == /usr/share/man/man8/relaisd.8.gz ]] || fail "man -w relaisd: $(man -w relaisd)"
  [[ $(man -w relais) == /usr/share/man/man1/relais.1.gz ]] || fail "man -w relais: $(man -w relais)"
fi

# 3. The installed programs run.
/usr/bin/relaisd --help | grep -- '--resources' >/dev/null || fail "the installed relaisd --help"
/usr/bin/relais --help | grep '^Usage: relais ' >/dev/null || fail "the installed relais --help"
if [[ $with_qt == 1 ]]; then
  QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$tmp" /usr/bin/relais-qt --help 2>"$tmp/qt.err" | grep -- '--home' >/dev/null || {
    cat "$tmp/qt.err"
    fail "the installed relais-qt --help"
  }
  [[ -f /usr/share/icons/hicolor/48x48/apps/be.relais.Relais.Neutral.png ]] || fail "no neutral icon in the theme"
fi
echo "relaisd, relais$([[ $with_qt == 1 ]] && echo ", relais-qt") --help ran"

# 3b. The installed relais-qt's window, as the desktop gets it: titled Relais with the installed
# icon (the bubble's purple, #6a3d9a), and in discreet mode titled Notes with the installed
# neutral icon (the sheet's #f4f4f2), read from the window's _NET_WM_ICON on a real X server.
window_look() {
  local home=$tmp/qt-$1
  mkdir -p "$home"
  printf '[General]\ndiscreet=%s\n' "$1" >"$home/relais-qt.ini"
  XDG_RUNTIME_DIR=$tmp xvfb-run -a -s "-screen 0 1024x768x24" bash -c '
    /usr/bin/relais-qt --home "$1" >/dev/null 2>&1 &
    pid=$!
    win= icon=
    for _ in $(seq 100); do
      win=$(xwininfo -root -tree | awk "/\"(Relais|Notes)\": \(/ {print \$1; exit}")
      if [[ -n $win ]]; then
        icon=$(xprop -id "$win" -f _NET_WM_ICON 32x " = \$0+" _NET_WM_ICON 2>/dev/null || true)
        [[ $icon == *0x* ]] && break
      fi
      sleep 0.1
    done
    title=$([[ -n $win ]] && xprop -id "$win" WM_NAME | sed -E "s/^[^\"]*\"(.*)\"$/\1/")
    class=$([[ -n $win ]] && xprop -id "$win" WM_CLASS | sed -E "s/^[^=]*= //; s/[\", ]+/_/g")
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    echo "${title:-none} $(grep -o 0xff6a3d9a <<<"$icon" | wc -l) $(grep -o 0xfff4f4f2 <<<"$icon" | wc -l) ${class:-none}"
  ' _ "$home"
}
if [[ $with_qt == 1 ]]; then
  read -r title purple sheet class < <(window_look false)
  [[ $title == Relais && $purple -gt 0 && $sheet -eq 0 && $class == *relais* ]] ||
    fail "relais-qt's window: title '$title', $purple bubble and $sheet sheet pixels in its icon"
  read -r title purple sheet class < <(window_look true)
  # The desktop also names and groups windows by WM_CLASS: no program name there either.
  [[ $title == Notes && $purple -eq 0 && $sheet -gt 0 && $class != *elais* ]] ||
    fail "relais-qt's discreet window: title '$title', $purple bubble and $sheet sheet pixels in its icon, class '$class'"
  echo "relais-qt's window: 'Relais' with the installed icon; discreet: 'Notes' ($class) with the installed neutral icon"
fi

# 4. The installed relay serves with the installed configuration; the installed client uses it.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=127.0.0.1 \
  -addext subjectAltName=IP:127.0.0.1 -keyout "$tmp/key.pem" -out "$tmp/cert.pem" 2>/dev/null
/usr/bin/relaisd --config /etc/relais/relaisd.conf --data "$tmp/data" --listen 127.0.0.1:0 \
  --tls-cert "$tmp/cert.pem" --tls-key "$tmp/key.pem" >"$tmp/relay.out" 2>"$tmp/relay.err" &
relay_pid=$!
for _ in $(seq 100); do
  grep -q 'listening on wss://127.0.0.1:' "$tmp/relay.out" && break
  kill -0 "$relay_pid" 2>/dev/null || break
  sleep 0.1
done
url=$(sed -nE 's#^relaisd listening on (wss://127\.0\.0\.1:[0-9]+)$#\1#p' "$tmp/relay.out")
[[ -n $url ]] || { cat "$tmp/relay.out" "$tmp/relay.err"; fail "the installed relaisd did not start with /etc/relais/relaisd.conf"; }
export RELAIS_PASSPHRASE=deb-install-test RELAIS_VAULT_KDF_LOG2N=10
/usr/bin/relais --home "$tmp/member" --json register --server "$url" --name amandine --ca "$tmp/cert.pem" \
  >"$tmp/register.out" 2>&1 || { cat "$tmp/register.out"; fail "the installed relais could not register"; }
/usr/bin/relais --home "$tmp/member" --json resources >"$tmp/resources.out" 2>&1 ||
  { cat "$tmp/resources.out"; fail "relais resources failed"; }
grep -q '0800 30 030' "$tmp/resources.out" ||
  { head -c 2000 "$tmp/resources.out"; fail "the member does not see the installed resources directory"; }
kill -TERM "$relay_pid"
rc=0
wait "$relay_pid" || rc=$?
relay_pid=
[[ $rc -eq 0 ]] || { cat "$tmp/relay.err"; fail "the installed relaisd exited with $rc on SIGTERM"; }
echo "the installed relaisd served $url with /etc/relais/relaisd.conf; a member registered and read the resources"

# 5. Purge: nothing of the packages stays.
purge || { cat "$tmp/apt.log"; fail "apt-get purge failed"; }
rm -f "$marker"
for p in "${packages[@]}"; do
  s=$(status "$p")
  [[ -z $s || $s == un ]] || fail "$p is still known to dpkg after purge ($s)"
  while read -r f; do
    [[ -d $f ]] && continue  # shared folders such as /usr/bin stay
    [[ ! -e $f && ! -L $f ]] || fail "$f ($p) is still there after purge"
  done <"$tmp/$p.list"
done
for left in /etc/relais /usr/share/relais /usr/share/doc/relaisd /lib/systemd/system/relaisd.service \
  /etc/systemd/system/relaisd.service /etc/systemd/system/multi-user.target.wants/relaisd.service \
  /var/lib/systemd/deb-systemd-helper-enabled/relaisd.service.dsh-also \
  /var/lib/systemd/deb-systemd-helper-masked/relaisd.service /var/lib/private/relais; do
  [[ ! -e $left && ! -L $left ]] || fail "$left is still there after purge"
done
for exe in /proc/[0-9]*/exe; do
  if [[ $(readlink "$exe" 2>/dev/null) == /usr/bin/relaisd* ]]; then fail "an installed relaisd still runs ($exe)"; fi
done
echo "purged: no package, file, conffile, unit link or process left"
echo "PASS in $((SECONDS - start)) s"
