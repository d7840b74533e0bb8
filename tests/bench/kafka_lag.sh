#!/usr/bin/env bash
# Lag over many groups: `mqkit kafka lag` (every group) vs Kafka's own
# `kafka-consumer-groups --describe --all-groups`, on one rig, with LAG_GROUPS consumer groups over
# LAG_TOPICS topics of LAG_PARTITIONS partitions each (default 200 groups, 20 x 100 = 2,000 partitions;
# every group has committed offsets on every partition of one topic). Prints both wall times, the
# ratio, and whether the numbers (committed, log end, lag per group and partition) are identical.
#
#   tests/bench/kafka_lag.sh            # MQKIT_BUILD_DIR (default build/ci) must be built
#   LAG_GROUPS=50 LAG_TOPICS=5 LAG_PARTITIONS=40 tests/bench/kafka_lag.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_init
groups=${LAG_GROUPS:-200}
topics=${LAG_TOPICS:-20}
partitions=${LAG_PARTITIONS:-100}
runs=${RUNS:-3}

echo "bench: starting the rig (Kafka ${MQKIT_KAFKA_VERSION:-3.9.1})" >&2
bench_rig_start
b="$MQKIT_RIG_KAFKA_PLAIN"
tool="$root/tests/rig/kafka-tool.sh"

echo "bench: creating $topics topics x $partitions partitions, producing, committing for $groups groups" >&2
for ((t = 0; t < topics; t++)); do
  "$tool" topics --bootstrap-server "$b" --create --topic "lagbench-$t" --partitions "$partitions" \
    --replication-factor 1 >/dev/null
  seq 1 $((partitions * 20)) | kcat -P -b "$b" -t "lagbench-$t"
done
for ((g = 0; g < groups; g++)); do
  "$mqkit" kafka groups reset "lagbench-group-$g" -b "$b" --topic "lagbench-$((g % topics))" \
    --to-offset $((g % 17)) --execute >/dev/null 2>&1
done

best() { sort -n | head -1; }
time_ms() { local s e; s=$(bench_now_ms); "$@" >/dev/null 2>&1; e=$(bench_now_ms); echo $((e - s)); }

ours=$(for ((i = 0; i < runs; i++)); do time_ms "$mqkit" kafka lag -b "$b" -o json --timeout 60; done | best)
theirs=$(for ((i = 0; i < runs; i++)); do time_ms "$tool" consumer-groups --bootstrap-server "$b" --describe --all-groups; done | best)

# Same numbers? Normalise both to "group topic partition current log-end lag" lines.
"$mqkit" kafka lag -b "$b" -o json --timeout 60 | python3 -c '
import json, sys
for g in json.load(sys.stdin)["groups"]:
    for p in g["partitions"]:
        d = lambda v: "-" if v is None else str(v)
        print(g["group"], p["topic"], p["partition"], d(p["committed"]), d(p["log_end"]), d(p["lag"]))' | sort >"$bench_dir/ours.txt"
"$tool" consumer-groups --bootstrap-server "$b" --describe --all-groups 2>/dev/null | awk -v n="$groups" '
  $1 ~ /^lagbench-group-/ && NF >= 6 { print $1, $2, $3, $4, $5, $6 }' | sort >"$bench_dir/theirs.txt"
rows=$(wc -l <"$bench_dir/ours.txt")
if cmp -s "$bench_dir/ours.txt" "$bench_dir/theirs.txt"; then same="identical ($rows rows)"; else
  same="DIFFERENT (mqkit $rows rows, kafka-consumer-groups $(wc -l <"$bench_dir/theirs.txt") rows)"; fi

echo "lag, $groups groups over $((topics * partitions)) partitions ($((groups * partitions)) group-partitions), best of $runs:"
awk -v o="$ours" -v t="$theirs" 'BEGIN { printf "  mqkit kafka lag: %d ms, kafka-consumer-groups --describe --all-groups: %d ms, speed-up %.1fx\n", o, t, (o > 0 ? t / o : 0) }'
echo "  numbers: $same"
