#!/usr/bin/env bash
# The bridge's failure set, run against a sandbox of its own: a real Mosquitto (persistence on)
# and Apache Kafka from tests/rig/rig.sh, `mqkit sim` devices, the real `mqkit bridge`, and
# `mqkit verify` as the judge. For each fault it starts a fresh bridge (own topic, spool and
# client id), runs the load through it, injects the fault mid-load, waits until the bridge has
# drained, and verifies what reached Kafka against what the simulator sent. Prints a table:
#
#   fault | sent | in Kafka | missing | duplicates | out of order | recovery s
#
# "recovery s": from the end of the fault (the broker or bridge is back) until the bridge's
# Prometheus endpoint first shows it connected to both brokers, consuming, and no record in its
# spool older than a second (the backlog gone; the endpoint's figures are up to a second old). Exit 0 only when nothing is missing and each device's order held in every
# row (what the README's guarantees promise for QoS 1 with the broker's queue sized for the
# outage), 1 otherwise. Not part of ctest; takes about 4 minutes.
#
#   packaging/chaos.sh                       # uses build/ (MQKIT_BUILD_DIR to change)
#   CHAOS_FAULTS="kill-bridge stop-kafka" packaging/chaos.sh
#
# Faults: kill-bridge (kill -9, restarted 3 s later with the same id and spool), stop-kafka (its
# port closed for 8 s), hang-kafka (SIGSTOP 8 s, SIGCONT), restart-mosquitto (the bridge frozen with
# SIGSTOP so the broker queues the rest of the load for its session; once the devices are done,
# Mosquitto is stopped cleanly and started again, persistence on, and the bridge thawed: it finds
# the connection gone and reconnects), fill-spool (Kafka stopped until the
# 0.02 MiB spool is full and 10 s past the bridge's 5 s keepalive, so the broker drops the stalled
# connection; the broker holds the backlog for the session).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
build="${MQKIT_BUILD_DIR:-$root/build}"
mqkit="$build/cli/mqkit"
[[ -x "$mqkit" ]] || { echo "chaos: $mqkit not built (cmake --build $build --target mqkit)" >&2; exit 2; }
command -v curl >/dev/null && command -v kcat >/dev/null || { echo "chaos: needs curl and kcat" >&2; exit 2; }
faults="${CHAOS_FAULTS:-kill-bridge stop-kafka hang-kafka restart-mosquitto fill-spool}"
work="$(mktemp -d "${TMPDIR:-/tmp}/mqkit-chaos.XXXXXX")"
rig_dir="$work/rig"
rig() { "$root/tests/rig/rig.sh" "$1" "$rig_dir" >>"$work/rig.log" 2>&1; }
bridge_pid=""
sim_pid=""
failed=0

cleanup() {
  local pid
  for pid in "$bridge_pid" "$sim_pid"; do
    [[ -n "$pid" ]] || continue
    kill -CONT "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  [[ -f "$rig_dir/rig.env" ]] && { rig kafka-resume || true; rig stop || true; }
  if ((failed)); then echo "chaos: logs kept in $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
say() { printf 'chaos: %s\n' "$*" >&2; }

echo "chaos: brokers (Mosquitto with persistence, Kafka ${MQKIT_KAFKA_VERSION:-3.9.1}) in $rig_dir" >&2
MQKIT_RIG_MQTT_PERSISTENCE=1 "$root/tests/rig/rig.sh" start "$rig_dir" >>"$work/rig.log" 2>&1 ||
  { cat "$work/rig.log" >&2; exit 1; }
# shellcheck disable=SC1091
source "$rig_dir/rig.env"
mqtt_url="mqtt://127.0.0.1:$MQKIT_RIG_MQTT_PLAIN_PORT"
kafka="$MQKIT_RIG_KAFKA_PLAIN"

# The load: 20 devices of 2 tenants over 4 connections, 2 msgs/s each for 20 s (about 800
# messages of 200 B, QoS 1, 1 % reboots): what the bridge misses while it is away stays within
# Mosquitto's default queue of 1,000 messages per session.
start_sim() { # NAME
  "$mqkit" sim -L "$mqtt_url" --devices 20 --tenants 2 --connections 4 -i "chaos-sim-$1" \
    -t "chaos/$1/{tenant}/d/{deviceId}/telemetry" -r 2 -q 1 -d 20 --size 200 --reboot-rate 0.01 \
    --summary "$work/$1.sent.json" >"$work/$1.sim.log" 2>&1 &
  sim_pid=$!
}

# Starts the bridge of fault NAME (extra flags after it) and waits until its metrics say it is connected.
start_bridge() { # NAME [FLAGS...]
  local name="$1"
  shift
  : >"$work/$name.bridge.log"
  "$mqkit" bridge -L "$mqtt_url" -b "$kafka" -i "chaos-bridge-$name" -q 1 --spool "$work/$name.spool.db" \
    --from "chaos/$name/{tenant}/d/{deviceId}/telemetry" --to "chaos-$name" --kafka-key '{deviceId}' --require-json \
    --metrics-port 0 "$@" 2>>"$work/$name.bridge.log" &
  bridge_pid=$!
  metrics_url=""
  for _ in $(seq 300); do
    metrics_url="$(sed -n 's/.*metrics on \(http:[^ ]*\).*/\1/p' "$work/$name.bridge.log" | tail -1)"
    [[ -n "$metrics_url" && "$(metric mqkit_bridge_mqtt_connected)" == 1 ]] && return 0
    kill -0 "$bridge_pid" 2>/dev/null || break
    sleep 0.1
  done
  say "the bridge of $name did not connect: $(tail -3 "$work/$name.bridge.log")"
  exit 1
}

metric() { # NAME: its value on the bridge's endpoint, empty when it does not answer
  curl -sf -m 2 "$metrics_url" 2>/dev/null | awk -v n="$1" '$1 == n { print $2 }'
}

# The bridge is connected to both brokers and consuming, and its spool holds no record older than
# MAX_AGE seconds (0: the spool is empty and nothing is in flight).
drained() { # MAX_AGE
  local text
  text="$(curl -sf -m 2 "$metrics_url" 2>/dev/null)" || return 1
  awk -v max="$1" '
    max == 0 && ($1 == "mqkit_bridge_spool_records" || $1 == "mqkit_bridge_in_flight") && $2 != 0 { bad = 1 }
    max > 0 && $1 == "mqkit_bridge_spool_oldest_age_seconds" && $2 >= max { bad = 1 }
    ($1 == "mqkit_bridge_mqtt_connected" || $1 == "mqkit_bridge_kafka_ok" || $1 == "mqkit_bridge_consuming") && $2 != 1 { bad = 1 }
    END { exit bad }' <<<"$text"
}

# Seconds from START (default now) until drained MAX_AGE (waits at most 180 s).
wait_drained() { # MAX_AGE [START]
  local start="${2:-$(now)}"
  for _ in $(seq 900); do
    drained "$1" && { seconds_since "$start"; return 0; }
    sleep 0.2
  done
  echo "-"
}

# Keeps scraping for SECONDS, remembering the largest spool seen in $peak_bytes.
watch_spool() { # SECONDS
  local end bytes
  end=$(($(date +%s) + $1))
  while (($(date +%s) < end)); do
    bytes="$(metric mqkit_bridge_spool_bytes)"
    [[ -n "$bytes" ]] && ((bytes > peak_bytes)) && peak_bytes=$bytes
    sleep 0.2
  done
}

inject() { # FAULT NAME: the fault, then its end; sets recovery
  case "$1" in
    kill-bridge)
      kill -9 "$bridge_pid"; wait "$bridge_pid" 2>/dev/null || true
      sleep 3
      fault_end="$(now)" # recovery includes the bridge's own start
      start_bridge "$2" ;;
    stop-kafka) rig kafka-stop; sleep 8; rig kafka-start; fault_end="$(now)" ;;
    hang-kafka) rig kafka-pause; sleep 8; rig kafka-resume; fault_end="$(now)" ;;
    restart-mosquitto) # the devices (mqkit sim) do not ride out a broker restart: it comes after their load
      kill -STOP "$bridge_pid"
      wait "$sim_pid" || say "mqkit sim exited $?"
      sim_pid=""
      rig mqtt-stop; sleep 2; rig mqtt-start
      kill -CONT "$bridge_pid"
      fault_end="$(now)" ;;
    fill-spool)
      rig kafka-stop
      for _ in $(seq 100); do [[ "$(metric mqkit_bridge_consuming)" == 0 ]] && break; sleep 0.2; done
      watch_spool 10
      rig kafka-start
      fault_end="$(now)" ;;
  esac
  # The load goes on meanwhile, so a record or two is always on its way: the backlog counts as
  # drained once no record has waited a second (the endpoint's figures are up to a second old).
  recovery="$(wait_drained 1 "$fault_end")"
}

rows=()
for fault in $faults; do
  say "$fault"
  name="${fault//-/}"
  "$MQKIT_RIG_KAFKA_TOOL" topics --bootstrap-server "$kafka" --create --topic "chaos-$name" --partitions 6 \
    --replication-factor 1 >/dev/null
  "$MQKIT_RIG_KAFKA_TOOL" topics --bootstrap-server "$kafka" --create --topic "chaos-$name.dlq" --partitions 1 \
    --replication-factor 1 >/dev/null
  extra=()
  [[ $fault == fill-spool ]] && extra=(--spool-max-mb 0.02 -k 5)
  peak_bytes=0
  start_bridge "$name" "${extra[@]}"
  start_sim "$name"
  sleep 5
  inject "$fault" "$name"
  if [[ -n "$sim_pid" ]]; then
    wait "$sim_pid" || say "$fault: mqkit sim exited $? ($(tail -1 "$work/$name.sim.log"))"
    sim_pid=""
  fi
  wait_drained 0 >/dev/null
  sleep 2 # what the broker still had for the session
  wait_drained 0 >/dev/null
  kill -INT "$bridge_pid"; wait "$bridge_pid" || true
  bridge_pid=""
  "$mqkit" verify "chaos-$name" -b "$kafka" --summary "$work/$name.sent.json" -o json >"$work/$name.verify.json" || true
  read -r sent received missing duplicates order < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
print(r["expected"], r["received"], r["missing"], r["duplicates"], r["out_of_order"])' "$work/$name.verify.json")
  rows+=("$fault|$sent|$received|$missing|$duplicates|$order|$recovery")
  [[ $missing == 0 && $order == 0 ]] || failed=1
  if [[ $fault == fill-spool ]]; then
    fill_note="fill-spool: the spool peaked at $peak_bytes bytes against its bound of 20971 (0.02 MiB; one record is about 290 bytes)"
  fi
done

printf '\n| fault | sent | in Kafka | missing | duplicates | out of order | recovery s |\n'
printf '|---|---:|---:|---:|---:|---:|---:|\n'
for row in "${rows[@]}"; do
  IFS='|' read -r f s k m d o r <<<"$row"
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$f" "$s" "$k" "$m" "$d" "$o" "$r"
done
[[ -n "${fill_note:-}" ]] && printf '\n%s\n' "$fill_note"
if ((failed)); then
  echo "chaos: FAILED: messages missing or out of order" >&2
  exit 1
fi
echo "chaos: nothing missing, every device in order" >&2
