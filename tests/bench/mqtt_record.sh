#!/usr/bin/env bash
# Recording benchmark: `mqkit mqtt record` (SQLite, QoS 1) side by side with the peer
# `mosquitto_sub -q 1 -F '%t %p' > file`, each receiving the same load on the same broker, one
# after the other. Checks nothing was lost (messages in the db / lines in the file == published)
# and prints rates and the ratio. Then the recorder's own ceiling without a broker
# (build/ci/tests/bench_record_store).
#
#   tests/bench/mqtt_record.sh [MESSAGES]        (default 200000; MQKIT_BENCH_PUBLISHERS=2)
#
# The broker is a dedicated Mosquitto started here (not the test rig): the rig keeps Mosquitto's
# defaults (max_queued_messages 1000), which drop QoS 1 messages for any subscriber that falls
# a burst behind, so "without loss" could not be measured there. This one queues without limit
# (max_queued_messages 10000000, max_inflight_messages 200). The load is mosquitto_pub -l -q 1
# in chunks of 10000 lines from MQKIT_BENCH_PUBLISHERS parallel connections.
# Rate = messages / (first publish .. the subscriber has all of them).
source "$(dirname "$0")/lib.sh"
bench_init

total="${1:-200000}"
publishers="${MQKIT_BENCH_PUBLISHERS:-2}"
chunk=10000
(( total % (publishers * chunk) == 0 )) || { echo "bench: MESSAGES must be a multiple of $((publishers * chunk))" >&2; exit 2; }
per_publisher=$(( total / publishers / chunk ))

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
cat > "$bench_dir/mosquitto.conf" <<CONF
listener $port 127.0.0.1
allow_anonymous true
persistence false
max_queued_messages 10000000
max_inflight_messages 200
CONF
mosquitto -c "$bench_dir/mosquitto.conf" > "$bench_dir/mosquitto.log" 2>&1 &
mosquitto_pid=$!
trap 'kill "$mosquitto_pid" 2>/dev/null || true; bench_cleanup' EXIT
for _ in $(seq 50); do mosquitto_pub -p "$port" -t bench/ping -n 2>/dev/null && break; sleep 0.1; done

seq 1 "$chunk" | awk '{ printf "{\"seq\":%d,\"t\":21.5,\"device\":\"dev-0042\",\"pad\":\"0123456789abcdef\"}\n", $1 }' > "$bench_dir/chunk.txt"

load() { # publishes $total messages on bench/load/<publisher>
  local p pids=()
  for p in $(seq "$publishers"); do
    ( for _ in $(seq "$per_publisher"); do mosquitto_pub -p "$port" -t "bench/load/$p" -l -q 1 -M 100 < "$bench_dir/chunk.txt"; done ) &
    pids+=("$!")
  done
  wait "${pids[@]}"
}

wait_for_line() { # file text
  for _ in $(seq 200); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.05; done
  echo "bench: '$2' never appeared in $1" >&2; exit 1
}

# --- mqkit mqtt record
db="$bench_dir/bench.db"
"$mqkit" mqtt record -L "mqtt://127.0.0.1:$port" 'bench/load/#' -q 1 --to "$db" -C "$total" --duration 600 2> "$bench_dir/record.err" &
rec_pid=$!
wait_for_line "$bench_dir/record.err" "Ctrl-C stops"
t0=$(bench_now_ms)
load
wait "$rec_pid"
t1=$(bench_now_ms)
ours_ms=$(( t1 - t0 ))
stored=$("$mqkit" mqtt record info "$db" -o json | python3 -c 'import json,sys; print(json.load(sys.stdin)["messages"])')
ours_rate=$(bench_rate "$total" "$ours_ms")

# --- mosquitto_sub -q 1 -F '%t %p' > file
out="$bench_dir/mosquitto_sub.txt"
timeout 600 mosquitto_sub -p "$port" -t 'bench/load/#' -q 1 -C "$total" -F '%t %p' > "$out" &
sub_pid=$!
sleep 0.5 # mosquitto_sub says nothing when it has subscribed
t0=$(bench_now_ms)
load
wait "$sub_pid"
t1=$(bench_now_ms)
peer_ms=$(( t1 - t0 ))
peer_lines=$(wc -l < "$out")
peer_rate=$(bench_rate "$total" "$peer_ms")

echo "published $total messages at QoS 1 from $publishers connections, $(stat -c %s "$bench_dir/chunk.txt" | awk -v c=$chunk '{printf "%.0f", $1/c}') bytes each"
echo "mqkit mqtt record:  $stored of $total in the db in $ours_ms ms ($(sed -n 's/.*(\([0-9]* transactions\)).*/\1/p; s/.*, \([0-9]* transactions\)).*/\1/p' "$bench_dir/record.err" | head -1)), db $(du -k "$db" | cut -f1) KiB"
echo "mosquitto_sub > file: $peer_lines of $total lines in $peer_ms ms"
bench_ratio "recording at QoS 1" "$ours_rate" "$peer_rate" "mosquitto_sub"
lost=0
[[ "$stored" == "$total" ]] || { echo "LOSS: mqkit stored $stored of $total" >&2; lost=1; }
[[ "$peer_lines" == "$total" ]] || echo "note: mosquitto_sub wrote $peer_lines of $total lines" >&2

# --- the recorder alone (no broker): SQLite ceiling
store_bench="$build/tests/bench_record_store"
if [[ -x "$store_bench" ]]; then
  "$store_bench" 1000000 64 5000
else
  echo "($store_bench not built: cmake --build $build --target bench_record_store)"
fi
exit "$lost"
