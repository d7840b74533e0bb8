#!/usr/bin/env bash
# One command: install dependencies, build, start a local sandbox with a real Mosquitto and
# Apache Kafka, simulate a small plant of devices, and open mqkit-gui on it (or, without a
# display, take a short CLI tour). Ctrl-C (or closing the window) stops everything it started.
#
#   packaging/sandbox.sh            GUI if $DISPLAY is set, else the CLI tour
#   packaging/sandbox.sh --tour     CLI tour only, then exit
#   packaging/sandbox.sh --keep     CLI tour, then keep brokers and devices running until Ctrl-C
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
mode=auto
case "${1:-}" in
  --tour) mode=tour ;;
  --keep) mode=keep ;;
  "") ;;
  *) echo "usage: packaging/sandbox.sh [--tour|--keep]" >&2; exit 2 ;;
esac

build="${MQKIT_BUILD_DIR:-$root/build/ci}"
sandbox="$root/sandbox"
rig_dir="$sandbox/rig"
export MQKIT_DATA_DIR="$sandbox/data"
mqkit="$build/cli/mqkit"
pids=()

say() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }
cleanup() {
  for p in "${pids[@]}"; do kill -- "-$p" 2>/dev/null || true; done # whole pipeline: own process group
  wait 2>/dev/null || true
  tests/rig/rig.sh stop "$rig_dir" >/dev/null 2>&1 || true
  echo "sandbox: stopped" >&2
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "dependencies and build"
packaging/install-deps-debian.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMQKIT_WERROR=ON >/dev/null
cmake --build "$build" --parallel 2 >/dev/null

say "brokers: Mosquitto and Apache Kafka ${MQKIT_KAFKA_VERSION:-3.9.1} on loopback"
mkdir -p "$sandbox"
tests/rig/rig.sh start "$rig_dir"
# shellcheck disable=SC1091
source "$rig_dir/rig.env"
mqtt_url="mqtt://127.0.0.1:$MQKIT_RIG_MQTT_PLAIN_PORT"

rm -rf "$MQKIT_DATA_DIR"
"$mqkit" profile add sandbox-mqtt -L "$mqtt_url"
"$mqkit" profile add sandbox-kafka -b "$MQKIT_RIG_KAFKA_PLAIN"
printf '%s\n' "$MQKIT_RIG_KAFKA_ADMIN_PASSWORD" >"$sandbox/kafka-admin.pw"
"$mqkit" profile add sandbox-kafka-sasl -b "$MQKIT_RIG_KAFKA_SASL" -u "$MQKIT_RIG_KAFKA_ADMIN_USER" \
  --auth SCRAM-SHA-256 --secret "file:$sandbox/kafka-admin.pw"

say "simulated plant: 9 devices of 3 tenants (mqkit sim), bridged to Kafka topic 'telemetry' (mqkit bridge)"
"$MQKIT_RIG_KAFKA_TOOL" topics --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --create --if-not-exists \
  --topic telemetry --partitions 6 --replication-factor 1 >/dev/null 2>&1 || true
"$MQKIT_RIG_KAFKA_TOOL" topics --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --create --if-not-exists \
  --topic telemetry.dlq --partitions 1 --replication-factor 1 >/dev/null 2>&1 || true
set -m # each background process in its own process group, so cleanup ends all of it
# The real bridge: persistent session, durable spool, keyed by device, dead letters to telemetry.dlq.
"$mqkit" bridge -L "$mqtt_url" -b "$MQKIT_RIG_KAFKA_PLAIN" -i sandbox-bridge -q 1 --spool "$sandbox/bridge.db" \
  --from 'plant/{tenant}/{deviceId}/telemetry' --to telemetry --kafka-key '{deviceId}' --require-json \
  2>"$sandbox/bridge.log" &
pids+=($!)
sleep 1
# The devices: 5 msgs/s each over 3 connections, a retained status each, 1 reboot in 500 messages.
"$mqkit" sim -L "$mqtt_url" --devices 9 --tenants 3 --connections 3 -t 'plant/{tenant}/{deviceId}/telemetry' \
  -r 5 -q 1 -d 2678400 --reboot-rate 0.002 --summary "$sandbox/sim-summary.json" >"$sandbox/sim.log" 2>&1 &
pids+=($!)
set +m
sleep 2

tour() {
  say "mqkit profile list"
  "$mqkit" profile list
  say "mqkit mqtt sub --profile sandbox-mqtt -t 'plant/tenant1/#' -C 6 -v"
  "$mqkit" mqtt sub --profile sandbox-mqtt -t 'plant/tenant1/#' -C 6 -v
  say "mqkit mqtt sub --profile sandbox-mqtt -t 'plant/+/+/status' -C 2 -o json"
  "$mqkit" mqtt sub --profile sandbox-mqtt -t 'plant/+/+/status' -C 2 -o json
  say "mqkit mqtt tree --profile sandbox-mqtt 'plant/tenant2/#'"
  "$mqkit" mqtt tree --profile sandbox-mqtt 'plant/tenant2/#' --quiet 300
  say "mqkit mqtt retained clear --profile sandbox-mqtt 'plant/tenant3/#'   (dry run by default)"
  "$mqkit" mqtt retained clear --profile sandbox-mqtt 'plant/tenant3/#' --quiet 300
  say "mqkit kafka cluster --profile sandbox-kafka-sasl   (SCRAM-SHA-256, password from a file reference)"
  "$mqkit" kafka cluster --profile sandbox-kafka-sasl
  say "mqkit kafka topics list --profile sandbox-kafka"
  "$mqkit" kafka topics list --profile sandbox-kafka
  local rec="$MQKIT_DATA_DIR/tenant1.db"
  rm -f "$rec" "$rec-wal" "$rec-shm"
  say "mqkit mqtt record --profile sandbox-mqtt 'plant/tenant1/#' --to tenant1.db --duration 3"
  "$mqkit" mqtt record --profile sandbox-mqtt 'plant/tenant1/#' --to "$rec" --duration 3
  say "mqkit mqtt replay tenant1.db --profile sandbox-mqtt --map 'plant/#=replay/plant/#' --speed 4"
  "$mqkit" mqtt replay "$rec" --profile sandbox-mqtt --map 'plant/#=replay/plant/#' --speed 4
  say "mqkit kafka topics describe telemetry --profile sandbox-kafka"
  "$mqkit" kafka topics describe telemetry --profile sandbox-kafka
  say "mqkit kafka consume telemetry --profile sandbox-kafka -G dashboard -c 3 -J   (commits what it printed)"
  "$mqkit" kafka consume telemetry --profile sandbox-kafka -G dashboard -c 3 -J
  say "mqkit verify telemetry --profile sandbox-kafka --dlq telemetry.dlq   (per device and boot: gaps, duplicates, order, latency)"
  "$mqkit" verify telemetry --profile sandbox-kafka --dlq telemetry.dlq || echo "(exit $?)" >&2
  say "mqkit kafka lag dashboard --time-lag --profile sandbox-kafka"
  "$mqkit" kafka lag dashboard --time-lag --profile sandbox-kafka
  say "mqkit kafka groups reset dashboard --all-topics --shift-by -2 --profile sandbox-kafka   (dry run by default)"
  "$mqkit" kafka groups reset dashboard --all-topics --shift-by -2 --profile sandbox-kafka
  say "bad input: one line on stderr and a documented exit code"
  "$mqkit" mqtt sub -L mqtt://127.0.0.1:notaport -t x || echo "(exit $?: usage error)" >&2
  "$mqkit" kafka topics list -b 127.0.0.1:1 --timeout 2 || echo "(exit $?: runtime failure)" >&2
}

if [[ $mode == auto && -n "${DISPLAY:-}" ]]; then
  say "mqkit-gui (close the window to stop the sandbox)"
  "$build/app/mqkit-gui" --profile sandbox-mqtt --profile sandbox-kafka
elif [[ $mode == keep ]]; then
  tour
  say "brokers and devices keep running; profiles in $MQKIT_DATA_DIR"
  echo "  export MQKIT_DATA_DIR=$MQKIT_DATA_DIR; $mqkit mqtt sub --profile sandbox-mqtt -t '#' -v" >&2
  echo "  Ctrl-C stops everything." >&2
  wait
else
  tour
fi
