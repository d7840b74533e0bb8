#!/usr/bin/env bash
# Consume throughput: `mqkit kafka consume -e -J` (JSON lines) vs `kcat -C -e -J` reading the same
# topic of N records of SIZE bytes on the rig's Kafka. Not part of ctest; prints both rates and
# the ratio (goal: mqkit >= 1.0x kcat).
#
#   tests/bench/kafka_consume.sh            # 1,000,000 x 100 B, best of 3 runs each
#   BENCH_MESSAGES=200000 BENCH_SIZE=1000 BENCH_RUNS=5 BENCH_PARTITIONS=3 tests/bench/kafka_consume.sh
# Both tools write to a pipe into `wc -l`, which also checks that every record arrived.
source "$(dirname "$0")/lib.sh"
bench_init

messages="${BENCH_MESSAGES:-1000000}"
size="${BENCH_SIZE:-100}"
runs="${BENCH_RUNS:-3}"
partitions="${BENCH_PARTITIONS:-1}"

bench_rig_start
topic="bench-consume-$$"
"$MQKIT_RIG_KAFKA_TOOL" topics --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --create --topic "$topic" \
  --partitions "$partitions" --replication-factor 1 >/dev/null

awk -v n="$messages" -v size="$size" 'BEGIN { v = sprintf("%*s", size, ""); gsub(/ /, "x", v); for (i = 0; i < n; i++) print v }' \
  >"$bench_dir/input"
kcat -P -b "$MQKIT_RIG_KAFKA_PLAIN" -t "$topic" -X linger.ms=20 -l "$bench_dir/input"
rm -f "$bench_dir/input"
echo "topic $topic: $messages records of $size B in $partitions partition(s); best of $runs runs" >&2

# run NAME CMD...: prints the best time in ms over $runs runs; fails if a run misses records
run() {
  local best=0 start end n
  for ((i = 0; i < runs; i++)); do
    start="$(bench_now_ms)"
    n="$("$@" | wc -l)"
    end="$(bench_now_ms)"
    [[ "$n" -eq "$messages" ]] || { echo "bench: $1 printed $n lines, expected $messages" >&2; exit 1; }
    if ((best == 0 || end - start < best)); then best=$((end - start)); fi
  done
  echo "$best"
}

kcat_ms="$(run kcat -C -b "$MQKIT_RIG_KAFKA_PLAIN" -t "$topic" -e -J -q)"
mqkit_ms="$(run "$mqkit" kafka consume "$topic" -b "$MQKIT_RIG_KAFKA_PLAIN" -e -J)"
echo "kcat -C -e -J:              ${kcat_ms} ms, $(bench_rate "$messages" "$kcat_ms") msgs/s"
echo "mqkit kafka consume -e -J:  ${mqkit_ms} ms, $(bench_rate "$messages" "$mqkit_ms") msgs/s"
bench_ratio "consume $messages x $size B as JSON lines" "$(bench_rate "$messages" "$mqkit_ms")" \
  "$(bench_rate "$messages" "$kcat_ms")" kcat
