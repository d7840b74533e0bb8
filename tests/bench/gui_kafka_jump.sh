#!/usr/bin/env bash
# The message browser's jump in a partition of 1,000,000 records: mqkit-gui's Kafka messages view
# (offscreen, driven by tests/bench/bench_gui_kafka_jump.cpp) jumps 20 times to an offset and 20
# times to a timestamp spread over the partition; each jump is timed from Go to the first records
# in the table. Side by side: `kcat -C -o OFFSET -c 100` (and `-o s@TIMESTAMP`) for the same
# jumps, a new process each time, as a user at a shell would do it. Goal: < 300 ms per jump.
#
#   MQKIT_BUILD_DIR=build tests/bench/gui_kafka_jump.sh
#   BENCH_MESSAGES=200000 BENCH_JUMPS=10 MQKIT_BUILD_DIR=build tests/bench/gui_kafka_jump.sh
source "$(dirname "$0")/lib.sh"
bench_init

messages="${BENCH_MESSAGES:-1000000}"
jumps="${BENCH_JUMPS:-20}"
driver="$build/tests/bench_gui_kafka_jump"
[[ -x "$driver" ]] || { echo "bench: $driver not built (cmake --build $build --target bench_gui_kafka_jump)" >&2; exit 2; }

bench_rig_start
topic="bench-jump-$$"
"$MQKIT_RIG_KAFKA_TOOL" topics --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --create --topic "$topic" \
  --partitions 1 --replication-factor 1 >/dev/null
awk -v n="$messages" 'BEGIN { for (i = 0; i < n; i++) printf "k%d:{\"n\":%d,\"pad\":\"%070d\"}\n", i, i, i }' >"$bench_dir/input"
kcat -P -b "$MQKIT_RIG_KAFKA_PLAIN" -t "$topic" -p 0 -K : -X linger.ms=20 -l "$bench_dir/input"
rm -f "$bench_dir/input"

# Offsets spread over the partition (none near an end), and the timestamp of the record at each.
offsets=() stamps=()
for ((i = 1; i <= jumps; i++)); do
  o=$(( (i * 48611 + 12345) % (messages - 200) ))
  offsets+=("$o")
  stamps+=("$(kcat -C -b "$MQKIT_RIG_KAFKA_PLAIN" -t "$topic" -p 0 -o "$o" -c 1 -q -f '%T')")
done
echo "topic $topic: $messages records of ~100 B in one partition; $jumps jumps each" >&2

# kcat_jumps OFFSET_ARG...: median and max ms of `kcat -C -o ARG -c 100` over the given args
kcat_jumps() {
  local times=() start end
  for arg in "$@"; do
    start=$(date +%s%N)
    n=$(kcat -C -b "$MQKIT_RIG_KAFKA_PLAIN" -t "$topic" -p 0 -o "$arg" -c 100 -q -f '%o\n' | wc -l)
    end=$(date +%s%N)
    [[ "$n" -eq 100 ]] || { echo "bench: kcat -o $arg read $n records" >&2; exit 1; }
    times+=("$(( (end - start) / 1000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "median_ms=%.1f max_ms=%.1f", t[int(NR / 2) + 1] / 1000, t[NR] / 1000 }'
}

join() { local IFS=,; echo "$*"; }
"$driver" "$MQKIT_RIG_KAFKA_PLAIN" "$topic" 0 "$(join "${offsets[@]}")" "$(join "${stamps[@]}")"
echo "kcat -o OFFSET -c 100: jumps=$jumps $(kcat_jumps "${offsets[@]}")"
at_stamps=()
for s in "${stamps[@]}"; do at_stamps+=("s@$s"); done
echo "kcat -o s@TIME -c 100: jumps=$jumps $(kcat_jumps "${at_stamps[@]}")"
