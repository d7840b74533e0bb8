#!/usr/bin/env bash
# selftest.sh DIR
#
# Checks a running rig (started with `rig.sh start DIR`) end to end:
# every MQTT listener (including the refusals: bad password, anonymous on the
# password listener, no / foreign client certificate, wrong CA), Kafka on
# PLAINTEXT and SASL_PLAINTEXT (PLAIN and SCRAM-SHA-256), ACL enforcement for
# an ordinary SASL user, and kafka-tool.sh. Ends with "N passed, N failed";
# exits non-zero if anything failed.
set -euo pipefail

prog="selftest"
die() { printf '%s: error: %s\n' "$prog" "$*" >&2; exit 2; }

[[ $# -eq 1 ]] || die "usage: selftest.sh DIR"
env_file="$1/rig.env"
[[ -f "$env_file" ]] || die "$env_file not found (is the rig started?)"

# rig.env is plain KEY=VALUE without spaces: read it without eval/source.
while IFS='=' read -r key value; do
  [[ "$key" =~ ^MQKIT_RIG_[A-Z0-9_]+$ ]] || continue
  printf -v "$key" '%s' "$value"
  export "${key?}"
done <"$env_file"

passed=0 failed=0
ok()  { passed=$((passed + 1)); printf 'ok   %s\n' "$1"; }
bad() { failed=$((failed + 1)); printf 'FAIL %s\n' "$1"; }

# expect_ok NAME CMD... / expect_fail NAME CMD...
expect_ok() {
  local name="$1"; shift
  if "$@" >"$tmp/out" 2>"$tmp/err"; then ok "$name"; else bad "$name"; sed 's/^/     /' "$tmp/err" | tail -n 5; fi
}
expect_fail() {
  local name="$1"; shift
  if "$@" >"$tmp/out" 2>"$tmp/err"; then bad "$name (unexpectedly succeeded)"; else ok "$name"; fi
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

H=127.0.0.1
tls_ok=(--cafile "$MQKIT_RIG_TLS_CA" --cert "$MQKIT_RIG_TLS_CLIENT_CERT" --key "$MQKIT_RIG_TLS_CLIENT_KEY")
auth_ok=(-u "$MQKIT_RIG_MQTT_USER" -P "$MQKIT_RIG_MQTT_PASSWORD")

# mqtt_roundtrip PORT ARGS...: publish a retained message, read it back, clear it.
mqtt_roundtrip() {
  local port="$1"; shift
  local topic="rig/selftest/$port/$$" payload="hello-$port-$$" got
  timeout 10 mosquitto_pub -h "$H" -p "$port" "$@" -q 1 -r -t "$topic" -m "$payload" || return 1
  got="$(timeout 10 mosquitto_sub -h "$H" -p "$port" "$@" -q 1 -t "$topic" -C 1 -W 5)" || return 1
  timeout 10 mosquitto_pub -h "$H" -p "$port" "$@" -q 1 -r -n -t "$topic" || return 1
  [[ "$got" == "$payload" ]]
}
san_ok() {
  local san
  san="$(openssl x509 -in "$1" -noout -ext subjectAltName)" || return 1
  grep -q "IP Address:127.0.0.1" <<<"$san" && grep -q "DNS:localhost" <<<"$san"
}
kcat_produce() { # kcat_produce BOOTSTRAP TOPIC KCAT-ARGS...
  local bs="$1" topic="$2"; shift 2
  echo denied | timeout 30 kcat -P -b "$bs" -t "$topic" "$@" -X message.timeout.ms=5000
}
console_produce() { # console_produce BOOTSTRAP TOPIC
  echo from-console-producer | "$MQKIT_RIG_KAFKA_TOOL" console-producer --bootstrap-server "$1" --topic "$2"
}
mqtt_pub() {
  local port="$1"; shift
  timeout 10 mosquitto_pub -h "$H" -p "$port" "$@" -q 1 -t rig/selftest/pub -m x
}

echo "== MQTT plain (anonymous) :$MQKIT_RIG_MQTT_PLAIN_PORT"
expect_ok   "plain: anonymous publish/subscribe" mqtt_roundtrip "$MQKIT_RIG_MQTT_PLAIN_PORT"

echo "== MQTT dynamic-security :$MQKIT_RIG_MQTT_AUTH_PORT"
expect_ok   "auth: user publish/subscribe" mqtt_roundtrip "$MQKIT_RIG_MQTT_AUTH_PORT" "${auth_ok[@]}"
expect_fail "auth: wrong password refused" mqtt_pub "$MQKIT_RIG_MQTT_AUTH_PORT" -u "$MQKIT_RIG_MQTT_USER" -P wrong-password
expect_fail "auth: unknown user refused" mqtt_pub "$MQKIT_RIG_MQTT_AUTH_PORT" -u nobody -P nothing
expect_fail "auth: anonymous refused" mqtt_pub "$MQKIT_RIG_MQTT_AUTH_PORT"
expect_ok   "auth: dynsec admin can list clients" \
  timeout 10 mosquitto_ctrl -h "$H" -p "$MQKIT_RIG_MQTT_AUTH_PORT" \
    -u "$MQKIT_RIG_MQTT_ADMIN_USER" -P "$MQKIT_RIG_MQTT_ADMIN_PASSWORD" dynsec listClients
if grep -qx "$MQKIT_RIG_MQTT_USER" "$tmp/out"; then ok "auth: dynsec lists user $MQKIT_RIG_MQTT_USER"; else bad "auth: dynsec lists user $MQKIT_RIG_MQTT_USER"; fi

echo "== MQTT mTLS :$MQKIT_RIG_MQTT_TLS_PORT"
expect_ok   "tls: client certificate publish/subscribe" mqtt_roundtrip "$MQKIT_RIG_MQTT_TLS_PORT" "${tls_ok[@]}"
expect_fail "tls: no client certificate refused" mqtt_pub "$MQKIT_RIG_MQTT_TLS_PORT" --cafile "$MQKIT_RIG_TLS_CA"
expect_fail "tls: client cert of another CA refused" mqtt_pub "$MQKIT_RIG_MQTT_TLS_PORT" \
  --cafile "$MQKIT_RIG_TLS_CA" --cert "$MQKIT_RIG_TLS_OTHER_CLIENT_CERT" --key "$MQKIT_RIG_TLS_OTHER_CLIENT_KEY"
expect_fail "tls: server not trusted with other CA" mqtt_pub "$MQKIT_RIG_MQTT_TLS_PORT" \
  --cafile "$MQKIT_RIG_TLS_OTHER_CA" --cert "$MQKIT_RIG_TLS_CLIENT_CERT" --key "$MQKIT_RIG_TLS_CLIENT_KEY"
expect_fail "tls: plain MQTT on the TLS port refused" mqtt_pub "$MQKIT_RIG_MQTT_TLS_PORT"
expect_ok   "tls: server cert valid for 127.0.0.1 and localhost" \
  openssl verify -CAfile "$MQKIT_RIG_TLS_CA" "$(dirname "$MQKIT_RIG_TLS_CA")/server.pem"
expect_ok   "tls: server cert SAN" \
  san_ok "$(dirname "$MQKIT_RIG_TLS_CA")/server.pem"

echo "== Kafka $MQKIT_RIG_KAFKA_VERSION PLAINTEXT $MQKIT_RIG_KAFKA_PLAIN, SASL $MQKIT_RIG_KAFKA_SASL"
sasl() { # sasl MECH USER PASSWORD
  printf '%s\n' -X security.protocol=SASL_PLAINTEXT -X "sasl.mechanisms=$1" -X "sasl.username=$2" -X "sasl.password=$3"
}
mapfile -t admin_plain < <(sasl PLAIN "$MQKIT_RIG_KAFKA_ADMIN_USER" "$MQKIT_RIG_KAFKA_ADMIN_PASSWORD")
mapfile -t admin_scram < <(sasl SCRAM-SHA-256 "$MQKIT_RIG_KAFKA_ADMIN_USER" "$MQKIT_RIG_KAFKA_ADMIN_PASSWORD")
mapfile -t u1_scram < <(sasl SCRAM-SHA-256 "$MQKIT_RIG_KAFKA_USER1" "$MQKIT_RIG_KAFKA_PASSWORD1")
mapfile -t u2_plain < <(sasl PLAIN "$MQKIT_RIG_KAFKA_USER2" "$MQKIT_RIG_KAFKA_PASSWORD2")
mapfile -t u1_bad < <(sasl SCRAM-SHA-256 "$MQKIT_RIG_KAFKA_USER1" wrong-password)
mapfile -t u2_bad < <(sasl PLAIN "$MQKIT_RIG_KAFKA_USER2" wrong-password)
kcat_() { timeout 30 kcat "$@"; }

mapfile -t u1_plain < <(sasl PLAIN "$MQKIT_RIG_KAFKA_USER1" "$MQKIT_RIG_KAFKA_PASSWORD1")
props="$MQKIT_RIG_KAFKA_CLIENT_PROPS_DIR"
sed "s/password=\"[^\"]*\"/password=\"wrong-password\"/" "$props/$MQKIT_RIG_KAFKA_USER1-scram.properties" >"$tmp/bad-scram.properties"
java_list() { # java_list PROPS: topics --list over SASL with Kafka's Java client
  MQKIT_KAFKA_VERSION="$MQKIT_RIG_KAFKA_VERSION" timeout 60 "$MQKIT_RIG_KAFKA_TOOL" topics \
    --bootstrap-server "$MQKIT_RIG_KAFKA_SASL" --command-config "$1" --list
}

# librdkafka < 2.6.1 (Debian 12: 2.0.2) cannot do SCRAM with Kafka >= 4
# (confluentinc/librdkafka#4895); there SCRAM is checked with the Java client.
rdk="$(kcat -V 2>&1 | sed -n 's/.*librdkafka \([0-9][0-9.]*\).*/\1/p' | head -n 1)"
kcat_scram=1
if (( ${MQKIT_RIG_KAFKA_VERSION%%.*} >= 4 )) \
   && [[ "$(printf '%s\n%s\n' 2.6.1 "$rdk" | sort -V | head -n 1)" != 2.6.1 ]]; then
  kcat_scram=0
  echo "note: kcat uses librdkafka $rdk < 2.6.1: SCRAM against Kafka $MQKIT_RIG_KAFKA_VERSION checked with the Java client"
fi

expect_ok   "kafka: kcat -L plaintext" kcat_ -L -b "$MQKIT_RIG_KAFKA_PLAIN" -m 10
expect_ok   "kafka: kcat -L SASL PLAIN admin" kcat_ -L -b "$MQKIT_RIG_KAFKA_SASL" -m 10 "${admin_plain[@]}"
expect_ok   "kafka: kcat -L SASL PLAIN $MQKIT_RIG_KAFKA_USER2" kcat_ -L -b "$MQKIT_RIG_KAFKA_SASL" -m 10 "${u2_plain[@]}"
expect_fail "kafka: PLAIN wrong password refused" kcat_ -L -b "$MQKIT_RIG_KAFKA_SASL" -m 5 "${u2_bad[@]}"
if (( kcat_scram )); then
  expect_ok   "kafka: kcat -L SASL SCRAM-SHA-256 admin" kcat_ -L -b "$MQKIT_RIG_KAFKA_SASL" -m 10 "${admin_scram[@]}"
  expect_ok   "kafka: kcat -L SASL SCRAM-SHA-256 $MQKIT_RIG_KAFKA_USER1" kcat_ -L -b "$MQKIT_RIG_KAFKA_SASL" -m 10 "${u1_scram[@]}"
  expect_fail "kafka: kcat SCRAM wrong password refused" kcat_ -L -b "$MQKIT_RIG_KAFKA_SASL" -m 5 "${u1_bad[@]}"
fi
expect_ok   "kafka: Java SCRAM-SHA-256 admin" java_list "$props/$MQKIT_RIG_KAFKA_ADMIN_USER-scram.properties"
expect_ok   "kafka: Java SCRAM-SHA-256 $MQKIT_RIG_KAFKA_USER2" java_list "$props/$MQKIT_RIG_KAFKA_USER2-scram.properties"
expect_fail "kafka: Java SCRAM wrong password refused" java_list "$tmp/bad-scram.properties"
if grep -q "SaslAuthenticationException\|Authentication failed" "$tmp/err"; then ok "kafka: ... refused as an authentication failure"; else bad "kafka: ... refused as an authentication failure"; fi

topic="rig-selftest-$$"
tool="$MQKIT_RIG_KAFKA_TOOL"
export MQKIT_KAFKA_VERSION="$MQKIT_RIG_KAFKA_VERSION"
expect_ok   "kafka-tool: topics --create" "$tool" topics --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --create --topic "$topic" --partitions 1 --replication-factor 1
expect_ok   "kafka-tool: topics --list" "$tool" topics --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --list
if grep -qx "$topic" "$tmp/out"; then ok "kafka-tool: topics --list shows $topic"; else bad "kafka-tool: topics --list shows $topic"; fi

expect_fail "kafka: $MQKIT_RIG_KAFKA_USER1 produce denied without ACL" \
  kcat_produce "$MQKIT_RIG_KAFKA_SASL" "$topic" "${u1_plain[@]}"
expect_ok   "kafka-tool: acls --add (write/read/describe for $MQKIT_RIG_KAFKA_USER1)" \
  "$tool" acls --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --add --allow-principal "User:$MQKIT_RIG_KAFKA_USER1" \
  --operation Write --operation Read --operation Describe --topic "$topic"
expect_ok   "kafka-tool: acls --add group read for $MQKIT_RIG_KAFKA_USER1" \
  "$tool" acls --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --add --allow-principal "User:$MQKIT_RIG_KAFKA_USER1" \
  --operation Read --group "rig-selftest-group"
expect_ok   "kafka-tool: acls --list" "$tool" acls --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --list --topic "$topic"
if grep -q "User:$MQKIT_RIG_KAFKA_USER1" "$tmp/out"; then ok "kafka-tool: acls --list shows the ACL"; else bad "kafka-tool: acls --list shows the ACL"; fi
# ACLs propagate through the metadata log; give the authorizer a moment.
produced=0
for _ in 1 2 3 4 5 6 7 8 9 10; do
  if echo "hello-from-$MQKIT_RIG_KAFKA_USER1" | timeout 30 kcat -P -b "$MQKIT_RIG_KAFKA_SASL" -t "$topic" "${u1_plain[@]}" -X message.timeout.ms=5000 2>"$tmp/err"; then
    produced=1; break
  fi
  sleep 0.5
done
if (( produced )); then ok "kafka: $MQKIT_RIG_KAFKA_USER1 produce allowed with ACL"; else bad "kafka: $MQKIT_RIG_KAFKA_USER1 produce allowed with ACL"; tail -n 5 "$tmp/err"; fi
expect_fail "kafka: $MQKIT_RIG_KAFKA_USER2 still denied" \
  kcat_produce "$MQKIT_RIG_KAFKA_SASL" "$topic" "${u2_plain[@]}"

expect_ok   "kafka-tool: console-consumer as $MQKIT_RIG_KAFKA_USER1 (group)" \
  "$tool" console-consumer --bootstrap-server "$MQKIT_RIG_KAFKA_SASL" --topic "$topic" --from-beginning \
  --max-messages 1 --timeout-ms 20000 --group rig-selftest-group \
  --consumer.config "$props/$MQKIT_RIG_KAFKA_USER1-scram.properties"
if grep -qx "hello-from-$MQKIT_RIG_KAFKA_USER1" "$tmp/out"; then ok "kafka-tool: console-consumer got the message"; else bad "kafka-tool: console-consumer got the message"; fi

expect_ok   "kafka-tool: console-producer" \
  console_produce "$MQKIT_RIG_KAFKA_PLAIN" "$topic"
expect_ok   "kafka-tool: get-offsets" "$tool" get-offsets --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --topic "$topic"
if grep -qx "$topic:0:2" "$tmp/out"; then ok "kafka-tool: get-offsets shows 2 messages"; else bad "kafka-tool: get-offsets shows 2 messages ($(tr '\n' ' ' <"$tmp/out"))"; fi
expect_ok   "kafka-tool: consumer-groups --list" "$tool" consumer-groups --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --list
if grep -qx "rig-selftest-group" "$tmp/out"; then ok "kafka-tool: consumer-groups --list shows the group"; else bad "kafka-tool: consumer-groups --list shows the group"; fi
expect_ok   "kafka-tool: configs --describe topic" "$tool" configs --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --describe --entity-type topics --entity-name "$topic"
expect_ok   "kafka-tool: configs --describe SCRAM users" "$tool" configs --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --describe --entity-type users
if grep -q "$MQKIT_RIG_KAFKA_USER2" "$tmp/out"; then ok "kafka-tool: SCRAM user $MQKIT_RIG_KAFKA_USER2 present"; else bad "kafka-tool: SCRAM user $MQKIT_RIG_KAFKA_USER2 present"; fi
expect_ok   "kafka-tool: topics --delete" "$tool" topics --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --delete --topic "$topic"
expect_ok   "kafka-tool: acls --remove" "$tool" acls --bootstrap-server "$MQKIT_RIG_KAFKA_PLAIN" --remove --force --allow-principal "User:$MQKIT_RIG_KAFKA_USER1" --topic "$topic"

printf '%d passed, %d failed\n' "$passed" "$failed"
(( failed == 0 ))
