# Shared helpers for tests/bench/*.sh (source it). Benchmarks are not tests: they print
# figures and ratios against the peer tool on the same broker, and never fail on speed.
#
#   bench_init              sets $root, $build (MQKIT_BUILD_DIR or build/ci), $mqkit, $bench_dir
#                           (a fresh temp dir removed on exit) and stops the rig on exit
#   bench_rig_start         starts tests/rig/rig.sh in $bench_dir/rig and loads its rig.env
#   bench_mosquitto         starts a Mosquitto of the bench's own on a free loopback port without
#                           queue or in-flight limits (the rig's default max_queued_messages 1000
#                           drops QoS 1 messages for a subscriber that falls behind); sets
#                           $bench_mqtt_port and $bench_mqtt_url; stopped by PID on exit
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

bench_pids=()

bench_cleanup() {
  local pid
  # "|| true": a process already gone (waited for by the bench) must not end the cleanup under set -e
  # before the rig is stopped.
  for pid in "${bench_pids[@]}"; do
    kill -CONT "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
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

bench_mosquitto() {
  command -v mosquitto >/dev/null && command -v mosquitto_pub >/dev/null ||
    { echo "bench: needs mosquitto and mosquitto-clients (apt-get install mosquitto mosquitto-clients)" >&2; exit 2; }
  bench_mqtt_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  bench_mqtt_url="mqtt://127.0.0.1:$bench_mqtt_port"
  printf '%s\n' "listener $bench_mqtt_port 127.0.0.1" "allow_anonymous true" "persistence false" \
    "max_queued_messages 0" "max_queued_bytes 0" "max_inflight_messages 0" "max_inflight_bytes 0" "log_dest stderr" \
    >"$bench_dir/mosquitto.conf"
  mosquitto -c "$bench_dir/mosquitto.conf" 2>"$bench_dir/mosquitto.log" &
  bench_pids+=($!)
  for _ in $(seq 50); do
    mosquitto_pub -p "$bench_mqtt_port" -t bench/ping -n 2>/dev/null && return 0
    sleep 0.1
  done
  echo "bench: mosquitto did not start ($bench_dir/mosquitto.log)" >&2
  exit 1
}

bench_now_ms() { date +%s%3N; }

bench_rate() { awk -v n="$1" -v ms="$2" 'BEGIN { printf "%.0f", (ms > 0 ? n * 1000 / ms : 0) }'; }

bench_ratio() {
  local what="$1" ours="$2" peer="$3" peer_name="$4" unit="${5:-msgs/s}"
  awk -v w="$what" -v o="$ours" -v p="$peer" -v pn="$peer_name" -v u="$unit" \
    'BEGIN { printf "%s: mqkit %s %s, %s %s %s, ratio %.2fx\n", w, o, u, pn, p, u, (p > 0 ? o / p : 0) }'
}
