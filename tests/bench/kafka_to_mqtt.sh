#!/usr/bin/env bash
# Kafka -> MQTT at QoS 1: `mqkit kafka to-mqtt -q 1 -e` (a consumer group, each offset committed
# after the broker's PUBACK) vs `kcat -C -e | mosquitto_pub -l -q 1` (no commits, no keys or
# headers), N records of SIZE bytes on the rig's Kafka and Mosquitto. A mosquitto_sub at QoS 1
# counts what arrives (zero loss is required: the script fails otherwise). Not part of ctest;
# prints both rates and the ratio (goal: mqkit >= 1.0x). Beside them, the MQTT library's own
# ceiling: a bare Paho C publisher (tests/bench/paho_c_publisher.c) sending the same messages with
# the same window, without reading Kafka.
#
#   tests/bench/kafka_to_mqtt.sh             # 100,000 x 100 B, best of 3 runs each
#   BENCH_MESSAGES=20000 BENCH_RUNS=1 tests/bench/kafka_to_mqtt.sh
source "$(dirname "$0")/lib.sh"
bench_init

messages="${BENCH_MESSAGES:-100000}"
size="${BENCH_SIZE:-100}"
runs="${BENCH_RUNS:-3}"

paho_pub="$build/tests/paho_c_publisher"
[[ -x "$paho_pub" ]] || { echo "bench: $paho_pub not built (cmake --build $build --target paho_c_publisher)" >&2; exit 2; }
bench_rig_start
topic="bench-to-mqtt-$$"
"$MQKIT_RIG_KAFKA_TOOL" topics --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --create --topic "$topic" \
  --partitions 1 --replication-factor 1 >/dev/null
awk -v n="$messages" -v size="$size" 'BEGIN { v = sprintf("%*s", size, ""); gsub(/ /, "x", v); for (i = 0; i < n; i++) print v }' \
  >"$bench_dir/input"
kcat -P -b "$MQKIT_RIG_KAFKA_PLAIN" -t "$topic" -X linger.ms=20 -l "$bench_dir/input"
rm -f "$bench_dir/input"
echo "topic $topic: $messages records of $size B; best of $runs runs" >&2

# A Mosquitto of the bench's own without a queue limit: the rig's (max_queued_messages 1000, the
# default) drops QoS 1 messages for a subscriber that falls behind, whichever tool publishes.
bench_mosquitto
mqtt_port="$bench_mqtt_port"
# run MQTT_TOPIC CMD...: "MS DELIVERED" of the best run: ms from start to the last message the
# subscriber got, and how many it got.
# After CMD exits the subscriber is watched until it has every message or none came for 3 s (the
# pipe's mosquitto_pub -l exits with publishes still queued: what it lost never arrives).
run() {
  local best=0 got=0 start end n last mtopic="$1"
  shift
  for ((i = 0; i < runs; i++)); do
    mosquitto_sub -p "$mqtt_port" -t "$mtopic/$i" -q 1 -C "$messages" -W 300 >"$bench_dir/sub.out" &
    local sub=$!
    sleep 0.5
    start="$(bench_now_ms)"
    "$@" "$mtopic/$i" >/dev/null 2>&1
    end="$(bench_now_ms)" last=-1
    while :; do
      n="$(wc -l <"$bench_dir/sub.out")"
      ((n != last)) && { last=$n; end="$(bench_now_ms)"; }
      ((n >= messages)) && break
      (($(bench_now_ms) - end > 3000)) && break
      sleep 0.05
    done
    kill "$sub" 2>/dev/null || true
    wait "$sub" 2>/dev/null || true
    if [[ "$n" -ne "$messages" ]]; then
      echo "bench: $mtopic: the subscriber received $n of $messages" >&2
      [[ "$mtopic" == bench/pipe ]] || exit 1 # mqkit and Paho must lose nothing; the pipe's loss is reported
    fi
    if ((best == 0 || end - start < best)); then best=$((end - start)) got=$n; fi
  done
  echo "$best $got"
}

pipe() { kcat -C -b "$MQKIT_RIG_KAFKA_PLAIN" -t "$topic" -e -q | mosquitto_pub -p "$mqtt_port" -l -q 1 -t "$1"; }
bridge() {
  "$mqkit" kafka to-mqtt "$topic" -b "$MQKIT_RIG_KAFKA_PLAIN" -L "mqtt://127.0.0.1:$mqtt_port" -q 1 -e --quiet \
    -g "bench-$$-$RANDOM" --topic-template "$1"
}
paho() { "$paho_pub" "tcp://127.0.0.1:$mqtt_port" "$1" "$messages" "$size" 1024; }
read -r kcat_ms kcat_got <<<"$(run bench/pipe pipe)"
read -r mqkit_ms mqkit_got <<<"$(run bench/bridge bridge)"
read -r paho_ms paho_got <<<"$(run bench/paho paho)"
[[ -n "$mqkit_ms" && -n "$paho_ms" ]] || exit 1 # one of them lost messages (said above)
# Rates count what the subscriber got: a tool that loses messages is not paid for them.
kcat_rate="$(bench_rate "$kcat_got" "$kcat_ms")"
mqkit_rate="$(bench_rate "$mqkit_got" "$mqkit_ms")"
paho_rate="$(bench_rate "$paho_got" "$paho_ms")"
echo "kcat -C -e | mosquitto_pub -l -q 1:  ${kcat_ms} ms, $kcat_got of $messages delivered, $kcat_rate msgs/s"
echo "mqkit kafka to-mqtt -q 1 -e:         ${mqkit_ms} ms, $mqkit_got of $messages delivered, $mqkit_rate msgs/s"
echo "bare Paho C publisher (no Kafka):     ${paho_ms} ms, $paho_got of $messages delivered, $paho_rate msgs/s"
bench_ratio "Kafka -> MQTT $messages x $size B at QoS 1 (delivered)" "$mqkit_rate" "$kcat_rate" "kcat | mosquitto_pub"
bench_ratio "Kafka -> MQTT $messages x $size B at QoS 1 against the MQTT library's ceiling" "$mqkit_rate" "$paho_rate" "bare Paho C publisher"
