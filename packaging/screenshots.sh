#!/usr/bin/env bash
# The README's screenshots: starts the sandbox (packaging/sandbox.sh --keep: real brokers, the
# simulated plant, the bridge) on a private Xvfb display, opens mqkit-gui on it and writes one PNG
# per main view to resources/screenshots/ (or DIR).
#
#   packaging/screenshots.sh [DIR]
#
# Needs Xvfb, xdotool and ImageMagick's import (packaging/install-deps-debian.sh installs them).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
out="${1:-$root/resources/screenshots}"
build="${MQKIT_BUILD_DIR:-$root/build/ci}"
gui="$build/app/mqkit-gui"
mkdir -p "$out"
work="$(mktemp -d "${TMPDIR:-/tmp}/mqkit-shots.XXXXXX")"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

display=":$((300 + RANDOM % 100))"
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY="$display"
sleep 1

# The sandbox without a display of its own: --keep tours the CLI, then keeps everything running.
DISPLAY= packaging/sandbox.sh --keep 2>"$work/sandbox.log" >/dev/null &
pids+=($!)
for _ in $(seq 600); do
  grep -q "brokers and devices keep running" "$work/sandbox.log" && break
  sleep 1
done
grep -q "brokers and devices keep running" "$work/sandbox.log" || { echo "screenshots: the sandbox did not start:" >&2; tail -20 "$work/sandbox.log" >&2; exit 1; }
export MQKIT_DATA_DIR="$root/sandbox/data"
export XDG_CONFIG_HOME="$work/config"

# shoot NAME KEYS...: press the keys in the window, let it settle, write NAME.png
shoot() {
  local name="$1" window
  shift
  window="$(xdotool search --sync --onlyvisible --name 'mqkit' | head -1)"
  # No window manager on Xvfb: focus the window, then type through XTEST (Qt ignores sent events).
  xdotool windowfocus --sync "$window" >/dev/null 2>&1 || true
  for key in "$@"; do xdotool key "$key"; sleep 0.5; done
  sleep 4
  import -window "$window" "$out/$name.png"
  echo "screenshots: $out/$name.png" >&2
}
# gui PROFILE...: one mqkit-gui on these profiles, maximised; the last one opened is current
gui() {
  "$gui" --no-restore "$@" >/dev/null 2>"$work/gui.log" &
  gui_pid=$!
  sleep 6
  xdotool search --sync --onlyvisible --name 'mqkit' windowsize 1440 900 >/dev/null 2>&1 || true
}
stop_gui() { kill "$gui_pid"; wait "$gui_pid" 2>/dev/null || true; }

gui --profile sandbox-mqtt
xdotool mousemove 300 200 click 1 # into the topic tree
shoot mqtt-topics alt+1 Down Down Down Down Down Right Down
shoot mqtt-publish alt+2
shoot mqtt-charts alt+3
shoot mqtt-record-replay alt+4
stop_gui

gui --profile sandbox-kafka
shoot kafka-cluster alt+1
shoot kafka-messages alt+2
shoot kafka-groups alt+3
shoot kafka-reset alt+4
shoot kafka-acls alt+5
shoot kafka-copy alt+6
shoot kafka-provisioning alt+7
stop_gui
