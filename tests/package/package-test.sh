#!/usr/bin/env bash
# The .deb as a user gets it: lintian, apt-get install into this machine, the installed programs
# against the rig (mqkit --version, mqkit mqtt sub, mqkit-gui offscreen, man, bash completion with
# Kafka topic names), then apt-get remove and nothing of it left behind.
#
#   package-test.sh BUILD_DIR RIG_ENV
#
# Needs root (CI runs as root). Exits 77 (skipped) without root, or when an mqkit package is
# installed already (the test never replaces or removes what it did not install). Packages that
# apt pulls in for the .deb are removed again afterwards; nothing else is touched.
set -euo pipefail
build=$1 rig_env=$2
fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

if [[ $(id -u) -ne 0 ]]; then echo "package-test: needs root (apt-get install); skipped"; exit 77; fi
# One package test at a time on this machine (other worktrees may run theirs).
exec 9>/tmp/mqkit-package-test.lock
flock -w 600 9 || fail "another package test holds /tmp/mqkit-package-test.lock"
if dpkg-query -W -f='${Status}' mqkit 2>/dev/null | grep -q "ok installed"; then
  echo "package-test: an mqkit package is installed on this machine already; skipped"; exit 77
fi
[[ ! -e /usr/bin/mqkit && ! -e /usr/bin/mqkit-gui ]] || fail "/usr/bin/mqkit exists without the package"

# The package of this build: taken when it is newer than the programs, else built (CPack only
# packs what the build already made).
deb=$(ls -t "$build"/mqkit_*.deb 2>/dev/null | head -n1 || true)
if [[ -z $deb || $deb -ot $build/cli/mqkit || $deb -ot $build/app/mqkit-gui ]]; then
  step "building the package"
  cmake --build "$build" --target package >/dev/null
  deb=$(ls -t "$build"/mqkit_*.deb | head -n1)
fi
deb=$(realpath "$deb")
step "package $deb"

step "lintian (no errors)"
lintian_status=0
lintian_out=$(lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1) || lintian_status=$?
grep -v "running with root privileges" <<<"$lintian_out" || true
((lintian_status == 0)) || fail "lintian reports errors"

apt_opts=(-y -qq -o DPkg::Lock::Timeout=120) # wait for another apt/dpkg run instead of failing
# shellcheck disable=SC1090
source "$rig_env"
work=$(mktemp -d)
export MQKIT_DATA_DIR=$work/data
before=$work/packages-before
dpkg-query -W -f='${Package}\n' | sort >"$before"
installed_by_us=0
cleanup() {
  if ((installed_by_us)); then
    DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" remove mqkit >/dev/null 2>&1 || true
  fi
  # Whatever apt installed for the package (nothing, when the build dependencies are present).
  local extra
  extra=$(comm -13 "$before" <(dpkg-query -W -f='${Package}\n' | sort) | grep -vx mqkit || true)
  [[ -z $extra ]] || DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" remove $extra >/dev/null 2>&1 || true
  mosquitto_pub -h 127.0.0.1 -p "$MQKIT_RIG_MQTT_PLAIN_PORT" -t package/test -r -n 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

step "apt-get install $deb"
installed_by_us=1
DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install --no-install-recommends "$deb" >/dev/null
dpkg-query -W -f='${Status}' mqkit | grep -q "ok installed" || fail "mqkit not installed"

step "/usr/bin/mqkit --version"
version=$(/usr/bin/mqkit --version)
echo "$version"
[[ $version == "mqkit "* ]] || fail "unexpected version line: $version"

step "/usr/bin/mqkit mqtt sub against the rig"
mosquitto_pub -h 127.0.0.1 -p "$MQKIT_RIG_MQTT_PLAIN_PORT" -t package/test -r -q 1 -m "from the package test"
got=$(timeout 30 /usr/bin/mqkit mqtt sub -L "mqtt://127.0.0.1:$MQKIT_RIG_MQTT_PLAIN_PORT" -t package/test -C 1 -v)
echo "$got"
[[ $got == "package/test from the package test" ]] || fail "mqkit mqtt sub printed '$got'"

step "/usr/bin/mqkit-gui offscreen: starts, connects, quits"
QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/mqkit-gui --mqtt "mqtt://127.0.0.1:$MQKIT_RIG_MQTT_PLAIN_PORT" \
  --topic 'package/#' --quit-after 1500 || fail "mqkit-gui exited with $?"

step "man pages"
for page in mqkit mqkit-gui mqkit-mqtt mqkit-kafka mqkit-profile; do
  man -w "$page" || fail "man -w $page finds nothing"
done

step "bash completion, loaded as bash-completion loads it"
"$MQKIT_RIG_KAFKA_TOOL" topics --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --create --if-not-exists \
  --topic package-test-topic --partitions 1 --replication-factor 1 >/dev/null
completions=$(bash -c '
  source /usr/share/bash-completion/bash_completion
  _completion_loader mqkit
  complete_at() { COMP_LINE=$1 COMP_POINT=${#1}; read -ra COMP_WORDS <<<"$1"; COMP_WORDS+=("$2")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE+=$2 COMP_POINT=${#COMP_LINE}; COMPREPLY=()
    _mqkit mqkit "$2" "${COMP_WORDS[COMP_CWORD-1]}"; printf "%s\n" "${COMPREPLY[@]}"; }
  complete_at "mqkit " kaf
  complete_at "mqkit kafka topics describe -b $0 --topic " package-test' "$MQKIT_RIG_KAFKA_PLAIN")
echo "$completions"
grep -qx kafka <<<"$completions" || fail "completing 'mqkit kaf' did not give kafka"
grep -qx package-test-topic <<<"$completions" || fail "no Kafka topic names from the rig"
[[ -f /usr/share/zsh/vendor-completions/_mqkit ]] || fail "zsh completion not installed"

step "apt-get remove mqkit"
files=$(dpkg-query -L mqkit | while read -r f; do [[ -f $f ]] && echo "$f"; done)
DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" remove mqkit >/dev/null
installed_by_us=0
! dpkg-query -W -f='${Status}' mqkit 2>/dev/null | grep -q "ok installed" || fail "mqkit still installed"
left=$(for f in $files; do [[ -e $f ]] && echo "$f"; done || true)
[[ -z $left ]] || fail "left behind: $left"
[[ ! -e /usr/bin/mqkit && ! -e /usr/bin/mqkit-gui ]] || fail "binaries left in /usr/bin"
echo "package-test: passed"
