# Shared helpers for tests/bench/*.sh (source it). Benchmarks are not tests: they print
# figures and ratios against the peer tool on the same broker, and never fail on speed.
#
#   bench_init              sets $root, $build (MQKIT_BUILD_DIR or build/ci), $mqkit, $bench_dir
#                           (a fresh temp dir removed on exit) and stops the rig on exit
#   bench_rig_start         starts tests/rig/rig.sh in $bench_dir/rig and loads its rig.env
#   bench_now_ms            wall clock in ms
#   bench_rate N MS         prints N per second given N items in MS milliseconds
#   bench_ratio WHAT OURS PEER PEER_NAME [UNIT]
#                           prints "WHAT: mqkit OURS UNIT, PEER_NAME PEER UNIT, ratio R x" (ratio = OURS/PEER)
set -euo pipefail

bench_init() {
  root="$(cd "$(dirname "${BASH_SOURCE[1]}")/../.." && pwd -P)"
  build="${MQKIT_BUILD_DIR:-$root/build/ci}"
  mqkit="$build/cli/mqkit"
  [[ -x "$mqkit" ]] || { echo "bench: $mqkit not built (run packaging/run-tests.sh or cmake --build $build)" >&2; exit 2; }
  bench_dir="$(mktemp -d "${TMPDIR:-/tmp}/mqkit-bench.XXXXXX")"
  trap bench_cleanup EXIT
}

bench_cleanup() {
  [[ -f "$bench_dir/rig/rig.env" ]] && "$root/tests/rig/rig.sh" stop "$bench_dir/rig" >/dev/null 2>&1 || true
  rm -rf "$bench_dir"
}

bench_rig_start() {
  "$root/tests/rig/fetch-kafka.sh" "${MQKIT_KAFKA_VERSION:-3.9.1}" >/dev/null
  "$root/tests/rig/rig.sh" start "$bench_dir/rig" >/dev/null
  set -a
  # shellcheck disable=SC1091
  . "$bench_dir/rig/rig.env"
  set +a
}

bench_now_ms() { date +%s%3N; }

bench_rate() { awk -v n="$1" -v ms="$2" 'BEGIN { printf "%.0f", (ms > 0 ? n * 1000 / ms : 0) }'; }

bench_ratio() {
  local what="$1" ours="$2" peer="$3" peer_name="$4" unit="${5:-msgs/s}"
  awk -v w="$what" -v o="$ours" -v p="$peer" -v pn="$peer_name" -v u="$unit" \
    'BEGIN { printf "%s: mqkit %s %s, %s %s %s, ratio %.2fx\n", w, o, u, pn, p, u, (p > 0 ? o / p : 0) }'
}
