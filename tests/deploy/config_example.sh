#!/usr/bin/env bash
# Checks deploy/relaisd.conf.example against the relaisd that was built:
#  - every option of `relaisd --help` has a key in it, and each commented default equals the
#    default relaisd prints;
#  - relaisd starts with it (as shipped, and with every commented key uncommented), with only
#    data, listen, the TLS files and the resources file (the checkout's copy of the one the
#    package installs) overridden on the command line for the test, listens,
#    and exits 0 on SIGTERM;
#  - an unknown key is refused with the file, the line and exit code 2.
#   config_example.sh RELAISD EXAMPLE
set -euo pipefail
relaisd=$1
example=$2

if ! command -v openssl >/dev/null; then
  echo "SKIP: the openssl command is not installed (Debian package: openssl)"
  exit 77
fi
[[ -x $relaisd ]] || { echo "FAIL: $relaisd is not built"; exit 1; }

tmp=$(mktemp -d)
pid=
cleanup() {
  if [[ -n $pid ]]; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

# 1. Every option in --help's "each also a key" section, with its default when it has one.
"$relaisd" --help >"$tmp/help"
mapfile -t options < <(sed -n '/^Options (each also a key/,/^$/p' "$tmp/help" |
  sed -nE 's/^  --([a-z0-9-]+)( arg)?( \(=([^)]*)\))?.*$/\1 \4/p')
[[ ${#options[@]} -ge 10 ]] || fail "found only ${#options[@]} options in relaisd --help"
for entry in "${options[@]}"; do
  key=${entry%% *}
  default=${entry#* }
  line=$(grep -E "^#? ?${key} = " "$example" | head -n 1) ||
    fail "the option --$key has no key in the example (add '$key = ...' or '# $key = ...')"
  value=${line#*= }
  if [[ $line == \#* && -n $default && $value != "$default" ]]; then
    fail "the example says '# $key = $value' but relaisd's default is $default"
  fi
done
echo "all ${#options[@]} options of relaisd --help are keys of the example"

# A throw-away certificate: the example turns TLS on, so the test serves wss:// on loopback.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 \
  -subj /CN=localhost -keyout "$tmp/key.pem" -out "$tmp/cert.pem" 2>/dev/null

# Starts relaisd with CONFIG, waits for its "listening on" line, stops it with SIGTERM and
# expects exit code 0.
serve() {
  local config=$1 name=$2 rc=0
  "$relaisd" --config "$config" --data "$tmp/data-$name" --listen 127.0.0.1:0 \
    --tls-cert "$tmp/cert.pem" --tls-key "$tmp/key.pem" \
    --resources "$(dirname "$example")/resources-be.json" >"$tmp/out-$name" 2>"$tmp/err-$name" &
  pid=$!
  for _ in $(seq 100); do
    grep -q 'listening on wss://127.0.0.1:' "$tmp/out-$name" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if ! grep -q 'listening on wss://127.0.0.1:' "$tmp/out-$name"; then
    cat "$tmp/out-$name" "$tmp/err-$name"
    fail "relaisd did not start with the $name example"
  fi
  kill -TERM "$pid"
  wait "$pid" || rc=$?
  pid=
  if [[ $rc -ne 0 ]]; then
    cat "$tmp/err-$name"
    fail "relaisd exited with $rc on SIGTERM (the $name example)"
  fi
  [[ -d $tmp/data-$name/store ]] || fail "relaisd made no store in its data folder"
  echo "the $name example: $(head -n 1 "$tmp/out-$name"), exit 0 on SIGTERM"
}

serve "$example" shipped
# Every documented default made explicit: each key and value must be accepted as written.
sed -E 's/^# ([a-z0-9-]+ = )/\1/' "$example" >"$tmp/all.conf"
[[ $(grep -cE '^[a-z0-9-]+ = ' "$tmp/all.conf") -ge ${#options[@]} ]] ||
  fail "uncommenting the example gave fewer keys than relaisd has options"
serve "$tmp/all.conf" uncommented

# 3. A mistake in the file is refused at start, naming the file and the line.
{ cat "$example"; echo "listen-port = 8443"; } >"$tmp/bad.conf"
bad_line=$(wc -l <"$tmp/bad.conf")
rc=0
"$relaisd" --config "$tmp/bad.conf" --data "$tmp/data-bad" --listen 127.0.0.1:0 \
  >"$tmp/out-bad" 2>"$tmp/err-bad" || rc=$?
[[ $rc -eq 2 ]] || fail "an unknown key gave exit code $rc, not 2"
grep -qF "$tmp/bad.conf:$bad_line" "$tmp/err-bad" || {
  cat "$tmp/err-bad"
  fail "the error does not name $tmp/bad.conf:$bad_line"
}
echo "an unknown key is refused: $(cat "$tmp/err-bad")"
echo "PASS"
