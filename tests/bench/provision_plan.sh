#!/usr/bin/env bash
# `mqkit provision plan` over a large cluster and broker side by side with reading the same state with
# Kafka's and Mosquitto's own tools (kafka-topics --describe + kafka-configs --describe --all +
# kafka-acls --list; mosquitto_ctrl dynsec listClients + listRoles), on one rig of its own. The spec
# is applied first (with mqkit provision apply), so the timed plan reads everything and finds no
# changes. Wall-clock ms, best of BENCH_RUNS (3) runs each, lower is better. Never fails on speed.
#   tests/bench/provision_plan.sh [TOPICS] [CLIENTS]   (default 2000 topics x 3 configs, 5 ACLs per
#                                                      topic; 500 dynsec clients, one role per 10)
#   MQKIT_BENCH_PERF=FILE: also `perf record -g` one plan into FILE (perf report -i FILE)
source "$(dirname "$0")/lib.sh"
bench_init
bench_rig_start
topics="${1:-2000}"
clients="${2:-500}"
b="$MQKIT_RIG_KAFKA_PLAIN"
tool="$MQKIT_RIG_KAFKA_TOOL"
spec="$bench_dir/spec.yaml"

{
  echo "managed: {topics: [bench-prov-], principals: ['User:bench-']}"
  echo "kafka:"
  echo "  topics:"
  for ((i = 0; i < topics; i++)); do
    echo "    - {name: bench-prov-$i, partitions: 1, replication_factor: 1, configs: {retention.ms: '86400000', cleanup.policy: delete, max.message.bytes: '2000000'}}"
  done
  echo "  acls:"
  for ((i = 0; i < topics; i++)); do
    echo "    - {principal: 'User:bench-p$i', producer: [bench-prov-$i]}"
    echo "    - {principal: 'User:bench-c$i', resource: {type: topic, name: bench-prov-$i}, operations: [Read]}"
    echo "    - {principal: 'User:bench-c$i', resource: {type: group, name: bench-g$i}, operations: [Read]}"
  done
  echo "mqtt:"
  echo "  dynsec:"
  echo "    roles:"
  for ((i = 0; i < clients; i += 10)); do
    echo "      - {name: bench-r$i, acls: [{type: publishClientSend, topic: 'b/$i/+/telemetry', allow: true}, {type: subscribePattern, topic: 'b/$i/cmd/#', allow: true}]}"
  done
  echo "    clients:"
  for ((i = 0; i < clients; i++)); do
    echo "      - {username: bench-d$i, password: 'env:BENCH_DEVICE_PASSWORD', roles: [bench-r$((i / 10 * 10))]}"
  done
} >"$spec"
acls=$((topics * 5))
export BENCH_DEVICE_PASSWORD=bench-secret MQKIT_PASSWORD="$MQKIT_RIG_MQTT_ADMIN_PASSWORD"
m=(-L "mqtt://127.0.0.1:$MQKIT_RIG_MQTT_AUTH_PORT" -u "$MQKIT_RIG_MQTT_ADMIN_USER")
ctl=(mosquitto_ctrl -h 127.0.0.1 -p "$MQKIT_RIG_MQTT_AUTH_PORT" -u "$MQKIT_RIG_MQTT_ADMIN_USER" -P "$MQKIT_RIG_MQTT_ADMIN_PASSWORD" dynsec)

t0=$(bench_now_ms)
"$mqkit" provision apply -f "$spec" -b "$b" "${m[@]}" --execute --timeout 120 >/dev/null 2>"$bench_dir/apply.err" ||
  { cat "$bench_dir/apply.err" >&2; exit 1; }
t1=$(bench_now_ms)
echo "apply $topics topics x 3 configs + $acls ACLs + $clients dynsec clients on an empty rig: $((t1 - t0)) ms"

# timed CMD...: the best wall-clock ms of $runs runs (the machine's noise is one-sided)
runs="${BENCH_RUNS:-3}"
timed() {
  local s e best=0
  for ((i = 0; i < runs; i++)); do
    s=$(bench_now_ms)
    "$@" >/dev/null
    e=$(bench_now_ms)
    ((best == 0 || e - s < best)) && best=$((e - s))
  done
  echo "$best"
}
peer_read() {
  "$tool" topics --bootstrap-server "$b" --describe >/dev/null
  "$tool" configs --bootstrap-server "$b" --describe --all --entity-type topics >/dev/null
  "$tool" acls --bootstrap-server "$b" --list >/dev/null
  "${ctl[@]}" listClients >/dev/null
  "${ctl[@]}" listRoles >/dev/null
}

"$mqkit" provision plan -f "$spec" -b "$b" "${m[@]}" --exit-code >/dev/null # warm-up; exit 0: no changes
ours=$(timed "$mqkit" provision plan -f "$spec" -b "$b" "${m[@]}" --exit-code)
peer=$(timed peer_read)
bench_ratio "plan $topics topics x 3 configs + $acls ACLs + $clients dynsec clients (no changes)" "$ours" "$peer" \
  "kafka-topics --describe + kafka-configs --describe --all + kafka-acls --list + mosquitto_ctrl listClients, listRoles" ms
if [[ -n "${MQKIT_BENCH_PERF:-}" ]]; then
  perf record -g -o "$MQKIT_BENCH_PERF" -- "$mqkit" provision plan -f "$spec" -b "$b" "${m[@]}" --exit-code >/dev/null 2>&1
fi
awk -v o="$ours" -v p="$peer" 'BEGIN { printf "provision plan: %.1fx faster than Kafka'"'"'s tools (goal >= 10x, <= 3000 ms)\n", (o > 0 ? p / o : 0) }'
