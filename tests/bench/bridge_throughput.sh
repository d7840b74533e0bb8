#!/usr/bin/env bash
# MQTT -> Kafka at QoS 1 into a 12-partition topic with acks=all: `mqkit bridge` (persistent
# session, durable spool, keyed by device, idempotent producer) vs `mosquitto_sub -q 1 | kcat -P
# -X acks=all` (no keys, no spool, loses what is in the pipe at a crash), on the same Mosquitto and
# Kafka. The same load for both: `mqkit sim`, DEVICES devices over 10 connections publishing COUNT
# messages each as fast as the broker takes them. Time: from the start of the load until the last
# record is in Kafka (the bridge: its metrics, once a second; the pipe: kcat's exit). Loss and order
# are checked by `mqkit verify --summary` (the bridge must lose nothing: the script fails
# otherwise). Not part of ctest; prints both rates, p99 latency (sentAt -> record timestamp) and
# the ratio (goal: mqkit >= 1.0x).
#
#   tests/bench/bridge_throughput.sh                       # 100 devices x 1,000 messages of 200 B
#   BENCH_DEVICES=50 BENCH_COUNT=400 tests/bench/bridge_throughput.sh
source "$(dirname "$0")/lib.sh"
bench_init

devices="${BENCH_DEVICES:-100}"
count="${BENCH_COUNT:-1000}"
size="${BENCH_SIZE:-200}"
messages=$((devices * count))

bench_rig_start
# A Mosquitto of the bench's own without queue limits (the rig's drops QoS 1 beyond 1,000 queued).
bench_mosquitto
kafka="$MQKIT_RIG_KAFKA_PLAIN"
create_topic() {
  "$MQKIT_RIG_KAFKA_TOOL" topics --bootstrap-server "$kafka" --create --topic "$1" --partitions "$2" \
    --replication-factor 1 >/dev/null
}
sim() { # TREE SUMMARY: the load, on TREE/{tenant}/d/{deviceId}/telemetry
  "$mqkit" sim -L "$bench_mqtt_url" --devices "$devices" --connections 10 -C "$count" -r 0 -q 1 --size "$size" \
    -t "$1/{tenant}/d/{deviceId}/telemetry" --summary "$2" >"$bench_dir/sim-$1.out" 2>&1
}
verify() { # TOPIC SUMMARY -> "missing duplicates out_of_order p99"
  "$mqkit" verify "$1" -b "$kafka" --summary "$2" -o json >"$bench_dir/verify-$1.json" || true
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["missing"], r["duplicates"], r["out_of_order"], r["latency_ms"]["p99"])' \
    "$bench_dir/verify-$1.json"
}

echo "load: $devices devices x $count messages of $size B at QoS 1 (mqkit sim, 10 connections); topics of 12 partitions, acks=all" >&2

# --- the pipe: mosquitto_sub -q 1 | kcat -P (no key: the default partitioner spreads the records)
pipe_topic="bench-pipe-$$"
create_topic "$pipe_topic" 12
mosquitto_sub -p "$bench_mqtt_port" -q 1 -t 'pipe/+/d/+/telemetry' -C "$messages" -W 600 |
  kcat -P -b "$kafka" -t "$pipe_topic" -X acks=all -X linger.ms=5 &
pipe_pid=$!
sleep 1
start="$(bench_now_ms)"
sim pipe "$bench_dir/pipe.json"
wait "$pipe_pid" || true
pipe_ms=$(($(bench_now_ms) - start))
read -r pipe_missing pipe_dups pipe_order pipe_p99 < <(verify "$pipe_topic" "$bench_dir/pipe.json")

# --- mqkit bridge
bridge_topic="bench-bridge-$$"
create_topic "$bridge_topic" 12
create_topic "$bridge_topic.dlq" 1
"$mqkit" bridge -L "$bench_mqtt_url" -b "$kafka" -i "bench-bridge-$$" -q 1 --spool "$bench_dir/spool.db" \
  --from 'bridge/{tenant}/d/{deviceId}/telemetry' --to "$bridge_topic" --kafka-key '{deviceId}' --require-json \
  --metrics json 2>"$bench_dir/bridge.err" &
bridge_pid=$!
bench_pids+=("$bridge_pid")
out_now() { tail -n 1 "$bench_dir/bridge.err" | python3 -c 'import json,sys
try: print(json.loads(sys.stdin.read()).get("out", 0))
except Exception: print(0)'; }
for _ in $(seq 100); do grep -q '"mqtt":"connected"' "$bench_dir/bridge.err" 2>/dev/null && break; sleep 0.1; done
start="$(bench_now_ms)"
sim bridge "$bench_dir/bridge.json"
while (($(out_now) < messages)); do
  kill -0 "$bridge_pid" 2>/dev/null || { echo "bench: the bridge died: $(tail -3 "$bench_dir/bridge.err")" >&2; exit 1; }
  sleep 0.05
done
bridge_ms=$(($(bench_now_ms) - start))
kill -INT "$bridge_pid"; wait "$bridge_pid" || true
read -r bridge_missing bridge_dups bridge_order bridge_p99 < <(verify "$bridge_topic" "$bench_dir/bridge.json")

echo "mosquitto_sub -q 1 | kcat -P acks=all: ${pipe_ms} ms, $(bench_rate "$messages" "$pipe_ms") msgs/s, p99 ${pipe_p99} ms; missing $pipe_missing, duplicates $pipe_dups, out of order $pipe_order"
echo "mqkit bridge -q 1 (spool, keyed):      ${bridge_ms} ms, $(bench_rate "$messages" "$bridge_ms") msgs/s, p99 ${bridge_p99} ms; missing $bridge_missing, duplicates $bridge_dups, out of order $bridge_order"
bench_ratio "MQTT -> Kafka $messages x $size B at QoS 1, 12 partitions, acks=all" "$(bench_rate "$messages" "$bridge_ms")" \
  "$(bench_rate "$messages" "$pipe_ms")" "mosquitto_sub | kcat -P"
if [[ "$bridge_missing" != 0 || "$bridge_order" != 0 ]]; then
  echo "bench: the bridge lost or reordered messages (see $bench_dir/verify-$bridge_topic.json)" >&2
  exit 1
fi
