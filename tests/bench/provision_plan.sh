#!/usr/bin/env bash
# `mqkit provision plan` over a large cluster side by side with reading the same state with Kafka's
# own tools (kafka-topics --describe + kafka-configs --describe --all + kafka-acls --list), on one
# rig of its own. The spec is applied first (with mqkit provision apply), so the timed plan reads
# everything and finds no changes. Wall-clock ms, lower is better. Never fails on speed.
#   tests/bench/provision_plan.sh [TOPICS]     (default 2000 topics x 3 configs, 5 ACLs per topic)
source "$(dirname "$0")/lib.sh"
bench_init
bench_rig_start
topics="${1:-2000}"
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
} >"$spec"
acls=$((topics * 5))

t0=$(bench_now_ms)
"$mqkit" provision apply -f "$spec" -b "$b" --execute --timeout 120 >/dev/null 2>"$bench_dir/apply.err" ||
  { cat "$bench_dir/apply.err" >&2; exit 1; }
t1=$(bench_now_ms)
echo "apply $topics topics x 3 configs + $acls ACLs on an empty cluster: $((t1 - t0)) ms"

timed() { local s e; s=$(bench_now_ms); "$@" >/dev/null; e=$(bench_now_ms); echo $((e - s)); }
peer_read() {
  "$tool" topics --bootstrap-server "$b" --describe >/dev/null
  "$tool" configs --bootstrap-server "$b" --describe --all --entity-type topics >/dev/null
  "$tool" acls --bootstrap-server "$b" --list >/dev/null
}

"$mqkit" provision plan -f "$spec" -b "$b" --exit-code >/dev/null # warm-up; exit 0: no changes
ours=$(timed "$mqkit" provision plan -f "$spec" -b "$b" --exit-code)
peer=$(timed peer_read)
bench_ratio "plan $topics topics x 3 configs + $acls ACLs (no changes)" "$ours" "$peer" \
  "kafka-topics --describe + kafka-configs --describe --all + kafka-acls --list" ms
awk -v o="$ours" -v p="$peer" 'BEGIN { printf "provision plan: %.1fx faster than Kafka'"'"'s tools (goal >= 10x, <= 3000 ms)\n", (o > 0 ? p / o : 0) }'
