#!/usr/bin/env bash
# mqkit-gui under MQTT load: event-loop latency, peak memory and idle CPU while a topic tree grows
# toward 1,000,000 topics and a user scrolls and selects in it (issue 9, "Responsiveness").
#
#   tests/bench/gui_mqtt_load.sh [RATE [TOPICS [SECONDS]]]   (default 100000 msgs/s, 1000000 topics, 20 s)
#
# A Mosquitto of the bench's own (no queue limits); mqkit-gui on a private Xvfb display with
# MQKIT_GUI_PROBE=1 (app/EventLoopProbe: a 5 ms timer whose lateness is the event loop's
# latency), subscribed to dev/#; `mqkit mqtt bench -S 0` with 10 publishers sends RATE msgs/s in
# all to dev/<n>/<publisher>/telemetry, n cycling over TOPICS/10 values, so the tree grows to
# TOPICS leaves; xdotool plays the user (Page Down, Down, End, Home in the tree every 100 ms).
# After the load: the GUI's CPU over 5 idle seconds. Then the GUI quits and prints its figures.
# Peers: MQTT Explorer and MQTTX are Electron apps not packaged for Debian 12 (no offline way to
# run them here), so no side-by-side ratio; their reported behaviour is quoted in the README.
# Not part of ctest; never fails on speed.
source "$(dirname "$0")/lib.sh"
bench_init

rate="${1:-100000}"
topics="${2:-1000000}"
seconds="${3:-20}"
publishers=10
gui="$build/app/mqkit-gui"
[[ -x "$gui" ]] || { echo "bench: $gui not built" >&2; exit 2; }
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "bench: needs $tool (apt-get install xvfb xdotool)" >&2; exit 2; }
done
bench_mosquitto

display=":$((200 + RANDOM % 100))"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
bench_pids+=($!)
sleep 1
export DISPLAY="$display"
MQKIT_GUI_PROBE=1 MQKIT_DATA_DIR="$bench_dir/data" XDG_CONFIG_HOME="$bench_dir/config" \
  "$gui" --mqtt "$bench_mqtt_url" --topic 'dev/#' 2>"$bench_dir/gui.log" &
gui_pid=$!
bench_pids+=("$gui_pid")
sleep 3

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
user_plays() {
  local window
  window="$(xdotool search --pid "$gui_pid" --onlyvisible 2>/dev/null | head -1)"
  [[ -n "$window" ]] && xdotool windowactivate "$window" 2>/dev/null
  xdotool mousemove 200 300 click 1 2>/dev/null || true
  while kill -0 "$1" 2>/dev/null; do
    for key in Next Next Down Down Down End Home Next Right Down; do
      xdotool key "$key" 2>/dev/null || true
      sleep 0.1
    done
  done
}

echo "load: $rate msgs/s for $seconds s over $topics topics ($publishers publishers), 100 B payloads" >&2
"$mqkit" mqtt bench -L "$bench_mqtt_url" -S 0 -P "$publishers" -r $((rate / publishers)) -d "$seconds" -s 100 \
  -t 'dev/%n/%i/telemetry' --topics $((topics / publishers)) --drain 0 -o json >"$bench_dir/load.json" &
load_pid=$!
user_plays "$load_pid" &
user_pid=$!
wait "$load_pid"
wait "$user_pid" 2>/dev/null || true
sleep 2 # the last batches reach the tree
t0=$(cpu_ticks "$gui_pid")
sleep 5
t1=$(cpu_ticks "$gui_pid")
idle_cpu=$(awk -v d=$((t1 - t0)) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", d / hz / 5 * 100 }')
kill -TERM "$gui_pid"
wait "$gui_pid" 2>/dev/null || true

sent=$(python3 -c 'import json,sys; r = json.load(open(sys.argv[1])); print(r["sent"], round(r["send_rate"]))' "$bench_dir/load.json")
probe="$(grep 'event-loop probe:' "$bench_dir/gui.log" || { echo "bench: no probe line from the GUI:" >&2; cat "$bench_dir/gui.log" >&2; exit 1; })"
echo "sent: ${sent% *} messages at ${sent#* } msgs/s"
echo "gui:  ${probe#event-loop probe: }"
echo "idle CPU after the load: ${idle_cpu} % of a core (5 s)"
