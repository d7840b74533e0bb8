#!/usr/bin/env bash
# The bridge's spool, measured: (1) its overhead: the same QoS 1 load through `mqkit bridge` with
# --spool-sync normal (WAL, a commit survives the process being killed) and full (an fsync per
# commit: survives power loss); the bridge commits each message in its own transaction before the
# broker is acknowledged, so the difference of the two is the price of the fsync, and the time
# per message at `normal` bounds what the spool costs at all (there is no mode without a spool);
# bench_bridge_spool then times the spool alone: a commit per message, deletes in chunks.
# (2) Recovery after an outage: a steady load (DEVICES devices at RATE msgs/s each) runs through
# the bridge, Kafka is stopped for OUTAGE seconds (the spool takes the backlog), started again, and
# the time is measured from Kafka answering again until the bridge's Prometheus endpoint shows an
# empty spool with nothing in flight; then `mqkit verify --summary` must find nothing missing.
# Not part of ctest; prints the figures.
#
#   tests/bench/bridge_spool.sh                        # 50x400 msgs per sync mode; 100 devices x 5/s, 60 s outage
#   BENCH_OUTAGE=20 BENCH_PARTS=recovery tests/bench/bridge_spool.sh
source "$(dirname "$0")/lib.sh"
bench_init

parts="${BENCH_PARTS:-overhead recovery}"
devices="${BENCH_DEVICES:-50}"
count="${BENCH_COUNT:-400}"
size="${BENCH_SIZE:-200}"
rate_devices="${BENCH_RATE_DEVICES:-100}"
rate="${BENCH_RATE:-5}"
outage="${BENCH_OUTAGE:-60}"

bench_rig_start
bench_mosquitto # no queue limits: the broker must not drop what the bridge has not taken yet
kafka="$MQKIT_RIG_KAFKA_PLAIN"
rig() { "$root/tests/rig/rig.sh" "$1" "$bench_dir/rig" >>"$bench_dir/rig.log" 2>&1; }
create_topic() {
  "$MQKIT_RIG_KAFKA_TOOL" topics --bootstrap-server "$kafka" --create --topic "$1" --partitions 12 \
    --replication-factor 1 >/dev/null
  "$MQKIT_RIG_KAFKA_TOOL" topics --bootstrap-server "$kafka" --create --topic "$1.dlq" --partitions 1 \
    --replication-factor 1 >/dev/null
}
metric() { curl -sf -m 2 "$metrics_url" 2>/dev/null | awk -v n="$1" '$1 == n { print $2 }'; }
start_bridge() { # NAME [FLAGS...]: the bridge of NAME on tree NAME/..., metrics on a free port
  local name="$1"
  shift
  "$mqkit" bridge -L "$bench_mqtt_url" -b "$kafka" -i "bench-$name-$$" -q 1 --spool "$bench_dir/$name.db" \
    --from "$name/{tenant}/d/{deviceId}/telemetry" --to "bench-$name-$$" --kafka-key '{deviceId}' --require-json \
    --metrics-port 0 "$@" 2>"$bench_dir/$name.err" &
  bridge_pid=$!
  bench_pids+=("$bridge_pid")
  for _ in $(seq 300); do
    metrics_url="$(sed -n 's/.*metrics on \(http:[^ ]*\).*/\1/p' "$bench_dir/$name.err")"
    [[ -n "$metrics_url" && "$(metric mqkit_bridge_mqtt_connected)" == 1 ]] && return 0
    sleep 0.1
  done
  echo "bench: the bridge did not connect: $(tail -3 "$bench_dir/$name.err")" >&2
  exit 1
}
verify() { # NAME -> "expected missing duplicates out_of_order"
  "$mqkit" verify "bench-$1-$$" -b "$kafka" --summary "$bench_dir/$1.json" -o json >"$bench_dir/$1.verify.json" || true
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["expected"], r["missing"], r["duplicates"], r["out_of_order"])' \
    "$bench_dir/$1.verify.json"
}
failed=0

overhead() { # SYNC: msgs/s of devices x count through the bridge with --spool-sync SYNC
  local name="sync$1" messages=$((devices * count)) start ms
  create_topic "bench-$name-$$"
  start_bridge "$name" --spool-sync "$1"
  start="$(bench_now_ms)"
  "$mqkit" sim -L "$bench_mqtt_url" --devices "$devices" --connections 10 -C "$count" -r 0 -q 1 --size "$size" \
    -t "$name/{tenant}/d/{deviceId}/telemetry" --summary "$bench_dir/$name.json" >"$bench_dir/$name.sim" 2>&1
  while (($(metric mqkit_bridge_messages_out_total || echo 0) < messages)); do sleep 0.05; done
  ms=$(($(bench_now_ms) - start))
  kill -INT "$bridge_pid"; wait "$bridge_pid" || true
  read -r _ missing _ order < <(verify "$name")
  [[ $missing == 0 && $order == 0 ]] || failed=1
  echo "spool-sync $1: $messages x $size B in $ms ms: $(bench_rate "$messages" "$ms") msgs/s, $(awk -v ms="$ms" -v n="$messages" 'BEGIN { printf "%.0f", ms * 1000 / n }') us per message; missing $missing, out of order $order"
}

recovery() {
  local name="outage" duration=$((outage + 60)) back drained
  create_topic "bench-$name-$$"
  start_bridge "$name"
  "$mqkit" sim -L "$bench_mqtt_url" --devices "$rate_devices" --connections 10 -r "$rate" -d "$duration" -q 1 --size "$size" \
    -t "$name/{tenant}/d/{deviceId}/telemetry" --summary "$bench_dir/$name.json" >"$bench_dir/$name.sim" 2>&1 &
  local sim_pid=$!
  bench_pids+=("$sim_pid")
  sleep 10
  rig kafka-stop
  sleep "$outage"
  local spooled
  spooled="$(metric mqkit_bridge_spool_records)"
  rig kafka-start # returns once Kafka answers
  back="$(bench_now_ms)"
  until [[ "$(metric mqkit_bridge_spool_records)" == 0 && "$(metric mqkit_bridge_in_flight)" == 0 ]]; do sleep 0.1; done
  drained="$(bench_now_ms)"
  wait "$sim_pid" || true
  until [[ "$(metric mqkit_bridge_spool_records)" == 0 && "$(metric mqkit_bridge_in_flight)" == 0 ]]; do sleep 0.1; done
  kill -INT "$bridge_pid"; wait "$bridge_pid" || true
  read -r expected missing duplicates order < <(verify "$name")
  [[ $missing == 0 && $order == 0 ]] || failed=1
  echo "recovery after a ${outage} s Kafka outage under $((rate_devices * rate)) msgs/s: $spooled records spooled; empty $(awk -v ms=$((drained - back)) 'BEGIN { printf "%.1f", ms / 1000 }') s after Kafka answered again; verify: $expected sent, missing $missing, duplicates $duplicates, out of order $order"
}

echo "load: $devices devices x $count messages of $size B at QoS 1 per sync mode; recovery: $rate_devices devices x $rate msgs/s, Kafka stopped ${outage} s; 12 partitions, acks=all" >&2
for part in $parts; do
  case "$part" in
    overhead)
      overhead normal; overhead full
      # the spool alone, on the same disk (tests/bench/bench_bridge_spool.cpp)
      if [[ -x "$build/tests/bench_bridge_spool" ]]; then
        "$build/tests/bench_bridge_spool" 20000 "$size" "$bench_dir"
      else
        echo "($build/tests/bench_bridge_spool not built: cmake --build $build --target bench_bridge_spool)"
      fi ;;
    recovery) recovery ;;
  esac
done
if ((failed)); then
  echo "bench: the bridge lost or reordered messages (see $bench_dir)" >&2
  exit 1
fi
