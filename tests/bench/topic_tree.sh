#!/usr/bin/env bash
# Topic tree ingest in mqkit-core: 1,000,000 distinct topics, then 5,000,000 updates to random
# existing topics, in batches of 10,000 as MqttSession hands them out, on one thread.
# There is no peer tool for an in-process tree, so the figures are compared with the goals
# (>= 500k updates/s, <= 250 bytes per topic beyond payloads, from real RSS) as a ratio.
# Rates are given per wall second and per second of the thread's CPU time (the latter is what
# "one core" means on a machine shared with other work; compare both with the load average).
#
#   tests/bench/topic_tree.sh [--topics N] [--updates M] [--history H]
# shellcheck source=tests/bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_init
exe="$build/tests/bench_topic_tree"
[[ -x "$exe" ]] || { echo "bench: $exe not built (cmake --build $build --target bench_topic_tree)" >&2; exit 2; }

"$exe" "$@" > "$bench_dir/out" # single-threaded: the tree is fed from one thread
cat "$bench_dir/out"
val() { sed -n "s/^$1=//p" "$bench_dir/out"; }

goal_rate=500000
goal_bytes=250
echo "---"
awk -v r="$(val update_per_s)" -v c="$(val update_per_cpu_s)" -v g=$goal_rate \
  'BEGIN { printf "updates: %.0f/s wall (ratio %.2fx), %.0f/s of CPU time (ratio %.2fx); goal >= %d/s, above 1 is better\n", r, r / g, c, c / g, g }'
awk -v r="$(val insert_per_s)" -v c="$(val insert_per_cpu_s)" \
  'BEGIN { printf "new topics: %.0f/s wall, %.0f/s of CPU time\n", r, c }'
awk -v b="$(val overhead_per_topic_rss_bytes)" -v e="$(val overhead_per_topic_estimate_bytes)" -v g=$goal_bytes \
  'BEGIN { printf "overhead per topic: %.0f B (RSS) / %.0f B (tree estimate), goal <= %d B, ratio %.2fx (below 1 is better)\n", b, e, g, b / g }'
awk -v k="$(val peak_rss_kb)" -v p="$(val payload_bytes)" \
  'BEGIN { printf "peak RSS: %.1f MiB (payloads %.1f MiB)\n", k / 1024, p / 1048576 }'
