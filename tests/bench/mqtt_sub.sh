#!/usr/bin/env bash
# mqkit mqtt sub vs mosquitto_sub and vs a bare Paho C receiver (tests/bench/paho_c_receiver.c, the
# ceiling of the library under mqkit): how fast each takes in the same load from the same broker.
#
#   tests/bench/mqtt_sub.sh [MESSAGES [PAYLOAD_BYTES [MODE]]]   (default 500000 x 100 B, drain)
#
# MODE drain (default) measures ingest alone; live measures keeping up with a running publisher;
# both runs both.
#
# A private Mosquitto on a free loopback port (no queue or in-flight limits, so QoS 1 loses
# nothing; stopped by PID on exit). For each QoS (0, 1) and each subscriber, one after the other:
#   1. start the subscriber (`-C N > /dev/null`), let it subscribe, then SIGSTOP it;
#   2. publish N messages with `mqkit mqtt bench -S 0` (4 publishers) while it is stopped, so the
#      broker holds the whole load for it;
#   3. SIGCONT it and time until it exits: that is the subscriber's ingest rate, free of the
#      publisher's speed. Exit 0 with -C N means all N arrived (-W bounds a stall: no loss).
# live: the subscriber runs while the same publishers send; time from the first publish to the
# subscriber's exit (bounded by the publisher when the subscriber keeps up).
# Then a short `mqkit mqtt bench` run (1 publisher x 1 subscriber) prints its figures.
# Prints msgs/s for each and the ratios mqkit/mosquitto_sub and mqkit/Paho C, for text and -o json
# output. Not part of ctest; never fails on speed.
source "$(dirname "$0")/lib.sh"
bench_init

messages="${1:-500000}"
size="${2:-100}"
mode="${3:-drain}"
[[ "$mode" == drain || "$mode" == live || "$mode" == both ]] || { echo "bench: MODE is drain, live or both" >&2; exit 2; }
publishers=4
per_publisher=$(( (messages + publishers - 1) / publishers ))
messages=$(( per_publisher * publishers ))
paho_c="$build/tests/paho_c_receiver"
[[ -x "$paho_c" ]] || { echo "bench: $paho_c not built (cmake --build $build --target paho_c_receiver)" >&2; exit 2; }
bench_mosquitto
port="$bench_mqtt_port"
url="$bench_mqtt_url"
sub_pid=""
bench_sub_cleanup() {
  [[ -n "$sub_pid" ]] && kill -CONT "$sub_pid" 2>/dev/null && kill "$sub_pid" 2>/dev/null || true
  bench_cleanup
}
trap bench_sub_cleanup EXIT
echo "broker: mosquitto $(mosquitto -h 2>/dev/null | head -1 | awk '{print $3}') on 127.0.0.1:$port; load: $messages messages x $size B"

# measure NAME QOS TOPIC_PREFIX CMD... -> prints the rate on stdout, diagnostics on stderr
measure() {
  local name="$1" qos="$2" prefix="$3"
  shift 3
  "$@" > /dev/null &
  sub_pid=$!
  sleep 1.5 # connected and subscribed (both print nothing until the first message); -k 600 keeps
  # the broker from dropping a subscriber stopped for longer than 1.5 x its keepalive
  kill -STOP "$sub_pid"
  "$mqkit" mqtt bench -L "$url" -S 0 -P "$publishers" -C "$per_publisher" -s "$size" -q "$qos" -t "$prefix/%i" \
    --drain 0 > /dev/null
  sleep 1 # the broker has read the last publishes off its sockets
  local t0 t1 rc=0
  t0=$(bench_now_ms)
  kill -CONT "$sub_pid"
  wait "$sub_pid" || rc=$?
  t1=$(bench_now_ms)
  sub_pid=""
  if [[ $rc -ne 0 ]]; then
    echo "bench: $name (QoS $qos) exited $rc: fewer than $messages messages arrived" >&2
    echo 0
    return
  fi
  echo "  $name QoS $qos: $messages messages in $((t1 - t0)) ms" >&2
  bench_rate "$messages" $((t1 - t0))
}

# measure_live NAME QOS TOPIC_PREFIX CMD... -> the rate from the first publish to the subscriber's exit
measure_live() {
  local name="$1" qos="$2" prefix="$3"
  shift 3
  "$@" > /dev/null &
  sub_pid=$!
  sleep 1.5
  local t0 t1 rc=0
  t0=$(bench_now_ms)
  "$mqkit" mqtt bench -L "$url" -S 0 -P "$publishers" -C "$per_publisher" -s "$size" -q "$qos" -t "$prefix/%i" \
    --drain 0 > /dev/null
  wait "$sub_pid" || rc=$?
  t1=$(bench_now_ms)
  sub_pid=""
  if [[ $rc -ne 0 ]]; then
    echo "bench: $name (QoS $qos, live) exited $rc: fewer than $messages messages arrived" >&2
    echo 0
    return
  fi
  echo "  $name QoS $qos live: $messages messages in $((t1 - t0)) ms" >&2
  bench_rate "$messages" $((t1 - t0))
}

for qos in 0 1; do
  if [[ "$mode" != live ]]; then
    peer=$(measure mosquitto_sub "$qos" "bench/mosq$qos" \
      mosquitto_sub -p "$port" -k 600 -q "$qos" -t "bench/mosq$qos/+" -C "$messages" -W 900)
    paho=$(measure "bare Paho C" "$qos" "bench/paho$qos" \
      "$paho_c" "tcp://127.0.0.1:$port" "bench/paho$qos/+" "$qos" "$messages")
    ours=$(measure "mqkit mqtt sub" "$qos" "bench/mqkit$qos" \
      "$mqkit" mqtt sub -L "$url" -k 600 -q "$qos" -t "bench/mqkit$qos/+" -C "$messages" -W 900)
    ours_json=$(measure "mqkit mqtt sub -o json" "$qos" "bench/mqkitj$qos" \
      "$mqkit" mqtt sub -L "$url" -k 600 -q "$qos" -t "bench/mqkitj$qos/+" -C "$messages" -W 900 -o json)
    bench_ratio "mqtt sub drain, $messages x $size B, QoS $qos" "$ours" "$peer" mosquitto_sub
    bench_ratio "mqtt sub drain, $messages x $size B, QoS $qos" "$ours" "$paho" "bare Paho C"
    bench_ratio "mqtt sub -o json drain, $messages x $size B, QoS $qos" "$ours_json" "$peer" mosquitto_sub
    bench_ratio "mqtt sub -o json drain, $messages x $size B, QoS $qos" "$ours_json" "$paho" "bare Paho C"
  fi
  if [[ "$mode" != drain ]]; then
    peer=$(measure_live mosquitto_sub "$qos" "bench/lmosq$qos" \
      mosquitto_sub -p "$port" -k 600 -q "$qos" -t "bench/lmosq$qos/+" -C "$messages" -W 900)
    ours=$(measure_live "mqkit mqtt sub" "$qos" "bench/lmqkit$qos" \
      "$mqkit" mqtt sub -L "$url" -k 600 -q "$qos" -t "bench/lmqkit$qos/+" -C "$messages" -W 900)
    bench_ratio "mqtt sub live, $messages x $size B, QoS $qos" "$ours" "$peer" mosquitto_sub
  fi
done

echo "mqkit mqtt bench -P 1 -S 1 -s $size -d 5 (QoS 0, then QoS 1):"
"$mqkit" mqtt bench -L "$url" -P 1 -S 1 -s "$size" -q 0 -d 5
"$mqkit" mqtt bench -L "$url" -P 1 -S 1 -s "$size" -q 1 -d 5
