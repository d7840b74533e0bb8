#!/usr/bin/env bash
# Topic copy throughput within one cluster: `mqkit kafka copy SRC DST` vs the kcat pipe
# `kcat -C -e -J -t SRC | kcat -P -t DST`, on N records of SIZE bytes with keys and two headers,
# on the rig's Kafka. Not part of ctest; prints records/s, bytes/s and the ratio (goal: >= 1.5x).
#
#   tests/bench/kafka_copy.sh               # 1,000,000 x 100 B, 4 partitions, best of 3 runs each
#   BENCH_MESSAGES=200000 BENCH_SIZE=1000 BENCH_RUNS=5 BENCH_PARTITIONS=1 tests/bench/kafka_copy.sh
#
# What the kcat pipe loses (so the comparison flatters kcat): kcat -P gets one JSON line per record
# and sends it as the VALUE, without key (so partitions are not kept either), without headers and
# without the original timestamp; a null value (tombstone) becomes the text "null" inside the JSON.
# mqkit keeps key, value, null, every header, timestamp and partition, adds provenance headers, and
# writes a checkpoint after delivery. Every run copies into a fresh target topic; the record count
# of each target is checked.
source "$(dirname "$0")/lib.sh"
bench_init

messages="${BENCH_MESSAGES:-1000000}"
size="${BENCH_SIZE:-100}"
runs="${BENCH_RUNS:-3}"
partitions="${BENCH_PARTITIONS:-4}"
export MQKIT_DATA_DIR="$bench_dir/data"

bench_rig_start
b="$MQKIT_RIG_KAFKA_PLAIN"
create() {
  "$MQKIT_RIG_KAFKA_TOOL" topics --bootstrap-server "$b" --create --topic "$1" --partitions "$partitions" \
    --replication-factor 1 >/dev/null
}
source_topic="bench-copy-src-$$"
create "$source_topic"
awk -v n="$messages" -v size="$size" 'BEGIN { v = sprintf("%*s", size, ""); gsub(/ /, "x", v);
  for (i = 0; i < n; i++) printf "key%07d:%s\n", i, v }' >"$bench_dir/input"
kcat -P -b "$b" -t "$source_topic" -K: -H trace=bench -H origin=kafka_copy.sh -X linger.ms=20 -l "$bench_dir/input"
rm -f "$bench_dir/input"
bytes=$((messages * (size + 10))) # value + key
echo "topic $source_topic: $messages records of $size B with 10 B keys and 2 headers in $partitions partition(s); best of $runs runs" >&2

count() { kcat -C -b "$b" -t "$1" -e -q -f '\n' | wc -l; }

# once NAME I: copies with NAME into a fresh topic; prints the time in ms
once() {
  local start end n target="bench-copy-$1-$$-$2"
  create "$target"
  start="$(bench_now_ms)"
  if [[ "$1" == kcat ]]; then
    kcat -C -b "$b" -t "$source_topic" -e -J -q | kcat -P -b "$b" -t "$target" -X linger.ms=20
  elif [[ "$1" == mqkit-noprov ]]; then
    "$mqkit" kafka copy "$source_topic" "$target" -b "$b" --no-provenance >/dev/null
  else
    "$mqkit" kafka copy "$source_topic" "$target" -b "$b" >/dev/null
  fi
  end="$(bench_now_ms)"
  n="$(count "$target")"
  [[ "$n" -eq "$messages" ]] || { echo "bench: $1 copied $n records, expected $messages" >&2; exit 1; }
  echo $((end - start))
}

# The two alternate, so a busy moment of the machine hits both; the best of each is kept.
# mqkit runs twice: by default (4 provenance headers more per record, 6 in all, which the broker
# parses record by record) and with --no-provenance (the record's own 2 headers only).
kcat_ms=0
mqkit_ms=0
noprov_ms=0
for ((i = 0; i < runs; i++)); do
  k="$(once kcat "$i")"
  m="$(once mqkit "$i")"
  n="$(once mqkit-noprov "$i")"
  echo "run $i: kcat pipe $k ms, mqkit $m ms, mqkit --no-provenance $n ms" >&2
  if ((kcat_ms == 0 || k < kcat_ms)); then kcat_ms=$k; fi
  if ((mqkit_ms == 0 || m < mqkit_ms)); then mqkit_ms=$m; fi
  if ((noprov_ms == 0 || n < noprov_ms)); then noprov_ms=$n; fi
done
mb() { awk -v n="$bytes" -v ms="$1" 'BEGIN { printf "%.1f", (ms > 0 ? n / 1e6 * 1000 / ms : 0) }'; }
echo "kcat -C -e -J | kcat -P:  ${kcat_ms} ms, $(bench_rate "$messages" "$kcat_ms") records/s, $(mb "$kcat_ms") MB/s (loses key, headers, timestamps, partitions)"
echo "mqkit kafka copy:         ${mqkit_ms} ms, $(bench_rate "$messages" "$mqkit_ms") records/s, $(mb "$mqkit_ms") MB/s (keeps all, checkpointed, + provenance headers)"
echo "mqkit ... --no-provenance: ${noprov_ms} ms, $(bench_rate "$messages" "$noprov_ms") records/s, $(mb "$noprov_ms") MB/s"
bench_ratio "copy $messages x $size B with keys and headers" "$(bench_rate "$messages" "$mqkit_ms")" \
  "$(bench_rate "$messages" "$kcat_ms")" "kcat pipe" "records/s"
bench_ratio "copy $messages x $size B with keys and headers, --no-provenance" "$(bench_rate "$messages" "$noprov_ms")" \
  "$(bench_rate "$messages" "$kcat_ms")" "kcat pipe" "records/s"
