#!/usr/bin/env bash
# Kafka admin side by side with Kafka's own tools (and kcat -L) on the same rig broker:
#   describe every topic (mqkit adds low/high watermarks, which kafka-topics and kcat -L lack),
#   alter one topic config (mqkit reads, merges and writes; kafka-configs uses IncrementalAlterConfigs).
# Wall-clock ms per command, lower is better; ratio = mqkit / peer. Never fails on speed.
#   tests/bench/kafka_admin.sh [TOPICS]     (default 200 topics x 3 partitions)
source "$(dirname "$0")/lib.sh"
bench_init
bench_rig_start
topics="${1:-200}"
b="$MQKIT_RIG_KAFKA_PLAIN"
tool="$MQKIT_RIG_KAFKA_TOOL"

names=()
for ((i = 0; i < topics; i++)); do names+=("bench-admin-$i"); done
t0=$(bench_now_ms)
"$mqkit" kafka topics create -b "$b" --partitions 3 "${names[@]}" >/dev/null
t1=$(bench_now_ms)
echo "create $topics topics in one batched call: $((t1 - t0)) ms"
printf 'x\n%.0s' $(seq 1 1000) | kcat -P -b "$b" -t bench-admin-0

timed() { local s e; s=$(bench_now_ms); "$@" >/dev/null; e=$(bench_now_ms); echo $((e - s)); }

# warm-up (JVM class data, broker caches; new partitions' leadership settling, which the first
# describe right after a bulk create waits out)
"$tool" topics --bootstrap-server "$b" --describe --topic bench-admin-0 >/dev/null
"$mqkit" kafka topics describe -b "$b" >/dev/null
ours=$(timed "$mqkit" kafka topics describe -b "$b")
peer=$(timed "$tool" topics --bootstrap-server "$b" --describe)
kcat_ms=$(timed kcat -L -b "$b")
bench_ratio "describe $topics topics (mqkit with watermarks)" "$ours" "$peer" "kafka-topics" ms
bench_ratio "describe $topics topics (kcat -L: metadata only)" "$ours" "$kcat_ms" "kcat -L" ms

ours=$(timed "$mqkit" kafka configs alter -b "$b" --topic bench-admin-1 --set retention.ms=86400000 --execute)
peer=$(timed "$tool" configs --bootstrap-server "$b" --alter --entity-type topics --entity-name bench-admin-2 \
  --add-config retention.ms=86400000)
bench_ratio "alter one topic config" "$ours" "$peer" "kafka-configs" ms
