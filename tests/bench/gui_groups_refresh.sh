#!/usr/bin/env bash
# mqkit-gui's consumer groups view over many groups (issue 9, "Responsiveness": 1,000 groups
# refreshed every 5 s without an event-loop stall over 50 ms).
#
#   tests/bench/gui_groups_refresh.sh [GROUPS [SECONDS]]   (default 1000 groups, 60 s)
#
# A rig of the bench's own; one topic of 8 partitions with 400 messages; GROUPS groups with
# committed offsets on all of it, made with `mqkit kafka groups reset NEW-GROUP --to-offset N
# --execute` (core's alter-offsets; 8 at a time). mqkit-gui on a private Xvfb display with
# MQKIT_GUI_PROBE=1 (app/EventLoopProbe: a 5 ms timer whose lateness is the event loop's latency)
# shows the "Consumer groups" tab for SECONDS while xdotool moves the selection (each move loads
# the group's detail); the view prints each refresh's cost. Peer: Kafka's own
# `kafka-consumer-groups --describe --all-groups` on the same groups (best of 3), and
# `mqkit kafka lag` for the same numbers from the CLI. Not part of ctest; never fails on speed.
source "$(dirname "$0")/lib.sh"
bench_init

groups="${1:-1000}"
seconds="${2:-60}"
gui="$build/app/mqkit-gui"
[[ -x "$gui" ]] || { echo "bench: $gui not built" >&2; exit 2; }
for tool in Xvfb xdotool kcat; do
  command -v "$tool" >/dev/null || { echo "bench: needs $tool (apt-get install xvfb xdotool kcat)" >&2; exit 2; }
done

echo "bench: starting the rig (Kafka ${MQKIT_KAFKA_VERSION:-3.9.1})" >&2
bench_rig_start
b="$MQKIT_RIG_KAFKA_PLAIN"
tool="$root/tests/rig/kafka-tool.sh"
"$tool" topics --bootstrap-server "$b" --create --topic groupbench --partitions 8 --replication-factor 1 >/dev/null
seq 1 400 | kcat -P -b "$b" -t groupbench

echo "bench: committing offsets for $groups groups" >&2
start=$(bench_now_ms)
# Three tries each: a commit racing the group coordinator's load of a new group can fail once.
seq 0 $((groups - 1)) | xargs -P 8 -I{} sh -c 'for _ in 1 2 3; do
    err=$("$0" kafka groups reset "groupbench-$1" -b "$2" --topic groupbench --to-offset $(($1 % 37)) --execute \
      2>&1 >/dev/null) && exit 0; echo "$err" >>"$3"; sleep 1; done; exit 0' "$mqkit" {} "$b" "$bench_dir/commit-errors.log"
made=$("$mqkit" kafka groups list -b "$b" -o json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
echo "bench: $made groups made in $(($(bench_now_ms) - start)) ms" >&2
[[ -s "$bench_dir/commit-errors.log" ]] && { echo "bench: retried commits, first errors:" >&2; head -3 "$bench_dir/commit-errors.log" >&2; }

best() { sort -n | head -1; }
time_ms() { local s e; s=$(bench_now_ms); "$@" >/dev/null 2>&1; e=$(bench_now_ms); echo $((e - s)); }
theirs=$(for _ in 1 2 3; do time_ms "$tool" consumer-groups --bootstrap-server "$b" --describe --all-groups; done | best)
cli=$(for _ in 1 2 3; do time_ms "$mqkit" kafka lag -b "$b" -o json --timeout 60; done | best)

display=":$((200 + RANDOM % 100))"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
bench_pids+=($!)
sleep 1
export DISPLAY="$display"
# PROBE_SKIP_MS (default 10000): the probe measures from then on, after start-up, the tab switch and
# the first refreshes (0: the whole run, start-up included).
MQKIT_GUI_PROBE=1 MQKIT_GUI_PROBE_SKIP_MS="${PROBE_SKIP_MS:-10000}" MQKIT_DATA_DIR="$bench_dir/data" XDG_CONFIG_HOME="$bench_dir/config" \
  "$gui" --kafka "$b" --quit-after $((seconds * 1000)) 2>"$bench_dir/gui.log" &
gui_pid=$!
bench_pids+=("$gui_pid")
sleep 3

# The user: opens the "Consumer groups" tab, then walks down the list (each step loads a detail).
window="$(xdotool search --pid "$gui_pid" --onlyvisible 2>/dev/null | head -1 || true)"
[[ -n "$window" ]] && xdotool windowactivate "$window" 2>/dev/null || true
# Positions in the default window: the "Kafka" workspace tab, its "Consumer groups" tab, the first row.
xdotool mousemove "${KAFKA_TAB_X:-89}" "${KAFKA_TAB_Y:-43}" click 1 2>/dev/null || true
sleep 1
xdotool mousemove "${GROUPS_TAB_X:-128}" "${GROUPS_TAB_Y:-69}" click 1 2>/dev/null || true
sleep 1
xdotool mousemove "${ROW_X:-100}" "${ROW_Y:-160}" click 1 2>/dev/null || true
while kill -0 "$gui_pid" 2>/dev/null; do
  for key in Down Down Next Down Up Down; do
    xdotool key "$key" 2>/dev/null || true
    sleep 0.5
  done
done
wait "$gui_pid" 2>/dev/null || true

probe="$(grep 'event-loop probe:' "$bench_dir/gui.log" || { echo "bench: no probe line from the GUI:" >&2; cat "$bench_dir/gui.log" >&2; exit 1; })"
refreshes="$(grep -c '^groups refresh:' "$bench_dir/gui.log" || true)"
[[ "$refreshes" -gt 0 ]] || { echo "bench: the groups view never refreshed:" >&2; cat "$bench_dir/gui.log" >&2; exit 1; }
read -r shown work_avg work_max model_max < <(awk '/^groups refresh:/ {
    n++; g = $3; w = $7; m = $11; sw += w; if (w > mw) mw = w; if (m > mm) mm = m }
  END { printf "%d %.0f %d %d\n", g, sw / n, mw, mm }' "$bench_dir/gui.log")
echo "groups: $shown shown, $refreshes refreshes in $seconds s (every 5 s)"
echo "gui (from ${PROBE_SKIP_MS:-10000} ms on):  ${probe#event-loop probe: }"
echo "refresh: broker work avg $work_avg ms, max $work_max ms (off the GUI thread); model update max $model_max ms"
echo "peer: kafka-consumer-groups --describe --all-groups $theirs ms; mqkit kafka lag $cli ms (best of 3)"
