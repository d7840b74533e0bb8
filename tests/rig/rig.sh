#!/usr/bin/env bash
# rig.sh start|stop|status DIR
# rig.sh mqtt-stop|mqtt-kill|mqtt-start|mqtt-pause|mqtt-resume DIR   (and the same with kafka-)
#
# Test rig for mqkit: real brokers on 127.0.0.1, on free high ports.
#
#   start DIR   Mosquitto (3 listeners: anonymous, dynamic-security password,
#               mTLS) and Apache Kafka (KRaft combined broker+controller,
#               PLAINTEXT + SASL_PLAINTEXT with PLAIN and SCRAM-SHA-256, ACLs
#               via StandardAuthorizer). Waits until every listener answers,
#               then writes DIR/rig.env (KEY=VALUE lines). Anything left in
#               DIR by an earlier run is stopped and wiped first.
#   stop DIR    Stops exactly the processes recorded in DIR/run/*.pid
#               (TERM, up to 20 s, then KILL). Idempotent.
#   status DIR  Prints what runs; exit 0 if everything runs, 3 otherwise.
#
# Faults, for one broker of a started rig (fault tests: give them a rig of their own, these
# disturb every test sharing the rig). Ports, data and credentials stay as rig.env says.
#   mqtt-stop DIR    / kafka-stop DIR    stop it as `stop` does (TERM, then KILL): port closed
#   mqtt-kill DIR    / kafka-kill DIR    kill -9: no goodbye to its clients
#   mqtt-start DIR   / kafka-start DIR   start it again on the same ports and data; waits until
#                                        it answers (Kafka: MQKIT_RIG_KAFKA_TIMEOUT)
#   mqtt-pause DIR   / kafka-pause DIR   SIGSTOP: it hangs, connections stay open, nothing answers
#   mqtt-resume DIR  / kafka-resume DIR  SIGCONT
#
# Environment:
#   MQKIT_KAFKA_VERSION           Kafka version (default 3.9.1), see fetch-kafka.sh
#   MQKIT_RIG_KAFKA_HEAP_OPTS     default "-Xmx512m -Xms256m"
#   MQKIT_RIG_KAFKA_JVM_OPTS      default "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
#   MQKIT_RIG_KAFKA_TIMEOUT       seconds to wait for Kafka (default 90)
#   MQKIT_RIG_MQTT_PERSISTENCE    1: Mosquitto keeps sessions and queued messages across a restart
#                                 (persistence true, saved at a clean stop; default off)
#   MQKIT_RIG_DYNSEC_PLUGIN       path of mosquitto_dynamic_security.so (auto)
#   MQKIT_RIG_PORTS               6 fixed ports instead of free ones: "MQTT-plain
#                                 MQTT-auth MQTT-TLS Kafka-plain Kafka-SASL Kafka-ctrl"
set -euo pipefail

prog="rig"
log() { printf '%s: %s\n' "$prog" "$*" >&2; }
die() { printf '%s: error: %s\n' "$prog" "$*" >&2; exit 1; }

usage() {
  cat >&2 <<'USAGE'
usage: rig.sh start DIR | stop DIR | status DIR
       rig.sh {mqtt,kafka}-{stop,kill,start,pause,resume} DIR
USAGE
}

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"

# Fixed test credentials (no spaces, no quotes).
MQTT_ADMIN_USER="admin"
MQTT_ADMIN_PASSWORD=mqkit-admin-secret
MQTT_USER=mqkit
MQTT_PASSWORD=mqkit-secret
MQTT_ROLE=mqkit-readwrite
KAFKA_ADMIN_USER="admin"
KAFKA_ADMIN_PASSWORD=admin-secret
KAFKA_USER1=alice
KAFKA_PASSWORD1=alice-secret
KAFKA_USER2=bob
KAFKA_PASSWORD2=bob-secret

# ---------------------------------------------------------------- helpers ---

now() { date +%s.%N; }
elapsed_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# alive PID: process exists and is not a zombie.
alive() {
  local pid="$1" state
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  state="$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null || true)"
  [[ -n "$state" && "$state" != Z ]]
}

# ours PID MARKER: alive and its command line mentions MARKER (a config file
# path inside DIR), so a recycled PID is never killed.
ours() {
  local pid="$1" marker="$2"
  alive "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$marker"
}

read_pid() {
  if [[ -f "$1" ]]; then tr -dc '0-9' <"$1" || true; fi
}

# stop_one NAME PIDFILE MARKER
stop_one() {
  local name="$1" pidfile="$2" marker="$3" pid i
  pid="$(read_pid "$pidfile")"
  if [[ -z "$pid" ]]; then
    rm -f "$pidfile"
    return 0
  fi
  if ! ours "$pid" "$marker"; then
    rm -f "$pidfile"
    return 0
  fi
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  kill -CONT "$pid" 2>/dev/null || true # a paused broker (mqtt-pause) acts on TERM only once resumed
  for ((i = 0; i < 100; i++)); do       # 100 * 0.2 s = 20 s
    alive "$pid" || break
    sleep 0.2
  done
  if alive "$pid"; then
    log "$name (pid $pid) did not stop after 20 s, sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
      alive "$pid" || break
      sleep 0.1
    done
  fi
  # Reap it if it is our own child (failed start); ignore otherwise.
  wait "$pid" 2>/dev/null || true
  if alive "$pid"; then
    log "error: could not stop $name (pid $pid)"
    return 1
  fi
  rm -f "$pidfile"
}

set_paths() {
  run_dir="$dir/run"
  mq_dir="$dir/mosquitto"
  tls_dir="$dir/tls"
  kafka_dir="$dir/kafka"
  mq_conf="$mq_dir/mosquitto.conf"
  mq_log="$mq_dir/mosquitto.log"
  mq_out="$mq_dir/mosquitto.out"
  mq_pidfile="$run_dir/mosquitto.pid"
  kafka_props="$kafka_dir/server.properties"
  kafka_logs="$kafka_dir/logs"
  kafka_out="$kafka_dir/kafka.out"
  kafka_pidfile="$run_dir/kafka.pid"
  env_file="$dir/rig.env"
}

do_stop() {
  local rc=0
  [[ -d "$dir" ]] || return 0
  stop_one kafka "$kafka_pidfile" "$kafka_props" || rc=1
  stop_one mosquitto "$mq_pidfile" "$mq_conf" || rc=1
  return "$rc"
}

do_status() {
  local rc=0 pid
  if [[ -f "$env_file" ]]; then
    log "env: $env_file"
  fi
  pid="$(read_pid "$mq_pidfile")"
  if [[ -n "$pid" ]] && ours "$pid" "$mq_conf"; then
    printf 'mosquitto: running (pid %s)\n' "$pid"
  else
    printf 'mosquitto: stopped\n'
    rc=3
  fi
  pid="$(read_pid "$kafka_pidfile")"
  if [[ -n "$pid" ]] && ours "$pid" "$kafka_props"; then
    printf 'kafka: running (pid %s)\n' "$pid"
  else
    printf 'kafka: stopped\n'
    rc=3
  fi
  if [[ $rc -eq 0 && -f "$env_file" ]]; then
    grep -E '^MQKIT_RIG_(MQTT_[A-Z]+_PORT|KAFKA_(PLAIN|SASL|VERSION))=' "$env_file" || true
  fi
  return "$rc"
}

# free_ports N: N distinct free TCP ports on 127.0.0.1 (kernel-assigned).
free_ports() {
  python3 - "$1" <<'PY'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks:
    s.close()
PY
}

# Kafka cluster id: 16 random bytes, base64url without padding (22 chars),
# like `kafka-storage random-uuid` (which also avoids a leading '-').
cluster_id() {
  python3 - <<'PY'
import base64, os
while True:
    s = base64.urlsafe_b64encode(os.urandom(16)).decode().rstrip("=")
    if not s.startswith("-"):
        print(s)
        break
PY
}

find_dynsec_plugin() {
  local p
  if [[ -n "${MQKIT_RIG_DYNSEC_PLUGIN:-}" ]]; then
    printf '%s\n' "$MQKIT_RIG_DYNSEC_PLUGIN"
    return 0
  fi
  for p in /usr/lib/x86_64-linux-gnu/mosquitto_dynamic_security.so \
           /usr/lib/aarch64-linux-gnu/mosquitto_dynamic_security.so \
           /usr/lib/mosquitto_dynamic_security.so \
           /usr/local/lib/mosquitto_dynamic_security.so; do
    if [[ -f "$p" ]]; then printf '%s\n' "$p"; return 0; fi
  done
  if command -v dpkg >/dev/null 2>&1; then
    p="$(dpkg -L mosquitto 2>/dev/null | grep -m1 'mosquitto_dynamic_security\.so$' || true)"
    if [[ -n "$p" && -f "$p" ]]; then printf '%s\n' "$p"; return 0; fi
  fi
  return 1
}

need() {
  local c
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 || die "'$c' not found; install it (apt-get install -y mosquitto mosquitto-clients kcat openssl maven openjdk-17-jre-headless python3)"
  done
}

# ------------------------------------------------------------------- TLS ---

gen_tls() {
  local d="$tls_dir"
  mkdir -p "$d"
  (
    umask 077
    cd "$d"
    serial() { printf '0x%s' "$(openssl rand -hex 8)"; }
    # Test CA.
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
      -keyout ca.key -out ca.pem -subj "/O=mqkit test/CN=mqkit test CA" \
      -addext "basicConstraints=critical,CA:TRUE" \
      -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -addext "subjectKeyIdentifier=hash"
    # Unrelated CA ("wrong CA" tests) and a client cert it signed.
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
      -keyout other-ca.key -out other-ca.pem -subj "/O=mqkit other/CN=mqkit other CA" \
      -addext "basicConstraints=critical,CA:TRUE" \
      -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -addext "subjectKeyIdentifier=hash"

    printf '%s\n' \
      "basicConstraints=critical,CA:FALSE" \
      "keyUsage=critical,digitalSignature,keyEncipherment" \
      "extendedKeyUsage=serverAuth" \
      "subjectAltName=IP:127.0.0.1,DNS:localhost" \
      "subjectKeyIdentifier=hash" \
      "authorityKeyIdentifier=keyid" >server.ext
    printf '%s\n' \
      "basicConstraints=critical,CA:FALSE" \
      "keyUsage=critical,digitalSignature,keyEncipherment" \
      "extendedKeyUsage=clientAuth" \
      "subjectKeyIdentifier=hash" \
      "authorityKeyIdentifier=keyid" >client.ext

    openssl req -newkey rsa:2048 -nodes -sha256 -keyout server.key -out server.csr \
      -subj "/O=mqkit test/CN=localhost"
    openssl x509 -req -sha256 -days 365 -in server.csr -CA ca.pem -CAkey ca.key \
      -set_serial "$(serial)" -extfile server.ext -out server.pem
    openssl req -newkey rsa:2048 -nodes -sha256 -keyout client.key -out client.csr \
      -subj "/O=mqkit test/CN=mqkit-client"
    openssl x509 -req -sha256 -days 365 -in client.csr -CA ca.pem -CAkey ca.key \
      -set_serial "$(serial)" -extfile client.ext -out client.pem
    openssl req -newkey rsa:2048 -nodes -sha256 -keyout other-client.key -out other-client.csr \
      -subj "/O=mqkit other/CN=mqkit-other-client"
    openssl x509 -req -sha256 -days 365 -in other-client.csr -CA other-ca.pem -CAkey other-ca.key \
      -set_serial "$(serial)" -extfile client.ext -out other-client.pem
    rm -f ./*.csr ./*.ext
    chmod 644 ./*.pem
  ) >"$d/openssl.log" 2>&1 || { cat "$d/openssl.log" >&2; return 1; }
}

# -------------------------------------------------------------- mosquitto ---

# Starts mosquitto on $mq_conf, records its PID and waits (~10 s) until the plain listener answers.
launch_mosquitto() {
  local i
  nohup mosquitto -c "$mq_conf" >>"$mq_out" 2>&1 </dev/null &
  echo "$!" >"$mq_pidfile"
  for ((i = 0; i < 100; i++)); do
    alive "$(read_pid "$mq_pidfile")" || { log "mosquitto exited during start-up"; return 1; }
    if mq_pub -p "$mqtt_plain_port" >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  mq_pub -p "$mqtt_plain_port" >/dev/null
}

mq_pub() { mosquitto_pub -h 127.0.0.1 -i "rig-check-$$" -q 1 -t rig/check -m ping "$@"; }

start_mosquitto() {
  local plugin i
  plugin="$(find_dynsec_plugin)" \
    || die "mosquitto dynamic security plugin not found (dpkg -L mosquitto; set MQKIT_RIG_DYNSEC_PLUGIN)"
  mkdir -p "$mq_dir"
  mosquitto_ctrl dynsec init "$mq_dir/dynsec.json" "$MQTT_ADMIN_USER" "$MQTT_ADMIN_PASSWORD" \
    >"$mq_dir/dynsec-init.log" 2>&1 \
    || { cat "$mq_dir/dynsec-init.log" >&2; die "mosquitto_ctrl dynsec init failed"; }
  chmod 600 "$mq_dir/dynsec.json"

  cat >"$mq_conf" <<EOF
# Generated by tests/rig/rig.sh - do not edit.
per_listener_settings true
$(if [[ "${MQKIT_RIG_MQTT_PERSISTENCE:-0}" == 1 ]]; then
    printf 'persistence true\npersistence_location %s/\n' "$mq_dir"
  else
    echo "persistence false"
  fi)
user $(id -un)
log_dest file $mq_log
log_type error
log_type warning
log_type notice
log_type information
connection_messages true
log_timestamp_format %Y-%m-%dT%H:%M:%S

# (a) plain, anonymous
listener $mqtt_plain_port 127.0.0.1
allow_anonymous true

# (b) username/password via the dynamic security plugin
listener $mqtt_auth_port 127.0.0.1
allow_anonymous false
plugin $plugin
plugin_opt_config_file $mq_dir/dynsec.json

# (c) TLS with mandatory client certificate (mTLS)
listener $mqtt_tls_port 127.0.0.1
cafile $tls_dir/ca.pem
certfile $tls_dir/server.pem
keyfile $tls_dir/server.key
require_certificate true
use_identity_as_username true
allow_anonymous false
EOF

  launch_mosquitto || fail "mosquitto plain listener 127.0.0.1:$mqtt_plain_port does not answer"

  # Ordinary client user with full publish/subscribe rights (role on '#').
  local ctl=(mosquitto_ctrl -h 127.0.0.1 -p "$mqtt_auth_port" -u "$MQTT_ADMIN_USER" -P "$MQTT_ADMIN_PASSWORD" dynsec)
  {
    "${ctl[@]}" createClient "$MQTT_USER" -p "$MQTT_PASSWORD" &&
    "${ctl[@]}" createRole "$MQTT_ROLE" &&
    "${ctl[@]}" addRoleACL "$MQTT_ROLE" publishClientSend '#' allow &&
    "${ctl[@]}" addRoleACL "$MQTT_ROLE" publishClientReceive '#' allow &&
    "${ctl[@]}" addRoleACL "$MQTT_ROLE" subscribePattern '#' allow &&
    "${ctl[@]}" addRoleACL "$MQTT_ROLE" unsubscribePattern '#' allow &&
    "${ctl[@]}" addClientRole "$MQTT_USER" "$MQTT_ROLE"
  } >"$mq_dir/dynsec-setup.log" 2>&1 \
    || { cat "$mq_dir/dynsec-setup.log" >&2; fail "creating the MQTT user '$MQTT_USER' with mosquitto_ctrl failed"; }

  mq_pub -p "$mqtt_auth_port" -u "$MQTT_USER" -P "$MQTT_PASSWORD" >/dev/null \
    || fail "mosquitto password listener 127.0.0.1:$mqtt_auth_port refuses $MQTT_USER"
  mq_pub -p "$mqtt_tls_port" --cafile "$tls_dir/ca.pem" \
      --cert "$tls_dir/client.pem" --key "$tls_dir/client.key" >/dev/null \
    || fail "mosquitto mTLS listener 127.0.0.1:$mqtt_tls_port refuses the client certificate"
  log "mosquitto ready: plain :$mqtt_plain_port, dynsec :$mqtt_auth_port, mTLS :$mqtt_tls_port"
}

# ------------------------------------------------------------------ kafka ---

kcat_plain() { timeout 20 kcat -L -b "127.0.0.1:$kafka_plain_port" -m 5; }
kcat_scram() { kcat_sasl SCRAM-SHA-256; }
kcat_sasl() {
  local mech="$1"; shift
  timeout 20 kcat -L -b "127.0.0.1:$kafka_sasl_port" -m 5 \
    -X security.protocol=SASL_PLAINTEXT -X "sasl.mechanisms=$mech" \
    -X "sasl.username=$KAFKA_ADMIN_USER" -X "sasl.password=$KAFKA_ADMIN_PASSWORD" "$@"
}

start_kafka() {
  local lib major log_opt tool_log_opt jaas cid heap jvm
  lib="$kafka_lib"
  mkdir -p "$kafka_dir/data" "$kafka_logs"

  jaas="org.apache.kafka.common.security.plain.PlainLoginModule required"
  jaas+=" username=\"$KAFKA_ADMIN_USER\" password=\"$KAFKA_ADMIN_PASSWORD\""
  jaas+=" user_$KAFKA_ADMIN_USER=\"$KAFKA_ADMIN_PASSWORD\""
  jaas+=" user_$KAFKA_USER1=\"$KAFKA_PASSWORD1\""
  jaas+=" user_$KAFKA_USER2=\"$KAFKA_PASSWORD2\";"

  cat >"$kafka_props" <<EOF
# Generated by tests/rig/rig.sh - do not edit.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$kafka_ctrl_port
controller.listener.names=CONTROLLER
listeners=PLAINTEXT://127.0.0.1:$kafka_plain_port,SASL_PLAINTEXT://127.0.0.1:$kafka_sasl_port,CONTROLLER://127.0.0.1:$kafka_ctrl_port
advertised.listeners=PLAINTEXT://127.0.0.1:$kafka_plain_port,SASL_PLAINTEXT://127.0.0.1:$kafka_sasl_port
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT

sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256
listener.name.sasl_plaintext.sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256
listener.name.sasl_plaintext.plain.sasl.jaas.config=$jaas
listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;

authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:$KAFKA_ADMIN_USER;User:ANONYMOUS
allow.everyone.if.no.acl.found=false

log.dirs=$kafka_dir/data
num.partitions=1
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
num.network.threads=2
num.io.threads=2
num.recovery.threads.per.data.dir=1
EOF

  kafka_log_opts
  write_client_props

  cid="$(cluster_id)"
  kafka_cluster_id="$cid"
  log "formatting KRaft storage (cluster id $cid)"
  if ! java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "$tool_log_opt" \
        -cp "$lib/*" kafka.tools.StorageTool format -t "$cid" -c "$kafka_props" \
        --add-scram "SCRAM-SHA-256=[name=$KAFKA_ADMIN_USER,password=$KAFKA_ADMIN_PASSWORD]" \
        --add-scram "SCRAM-SHA-256=[name=$KAFKA_USER1,password=$KAFKA_PASSWORD1]" \
        --add-scram "SCRAM-SHA-256=[name=$KAFKA_USER2,password=$KAFKA_PASSWORD2]" \
        >"$kafka_dir/format.log" 2>&1; then
    cat "$kafka_dir/format.log" >&2
    fail "kafka StorageTool format failed"
  fi

  launch_kafka
}

# Sets log_opt and tool_log_opt (log4j 1 before Kafka 4, log4j2 from 4 on) for $kafka_version.
kafka_log_opts() {
  local major="${kafka_version%%.*}"
  if (( major < 4 )); then
    log_opt="-Dlog4j.configuration=file:$script_dir/kafka/broker-log4j.properties"
    tool_log_opt="-Dlog4j.configuration=file:$script_dir/kafka/tools-log4j.properties"
  else
    log_opt="-Dlog4j2.configurationFile=$script_dir/kafka/broker-log4j2.xml"
    tool_log_opt="-Dlog4j2.configurationFile=$script_dir/kafka/tools-log4j2.xml"
  fi
}

# Starts the broker JVM on $kafka_props (formatted storage) and records its PID.
launch_kafka() {
  local heap jvm
  read -r -a heap <<<"${MQKIT_RIG_KAFKA_HEAP_OPTS:--Xmx512m -Xms256m}"
  read -r -a jvm <<<"${MQKIT_RIG_KAFKA_JVM_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
  nohup java "${heap[@]}" "${jvm[@]}" -Djava.awt.headless=true \
    "-Dkafka.logs.dir=$kafka_logs" "$log_opt" \
    -cp "$kafka_lib/*" kafka.Kafka "$kafka_props" >>"$kafka_out" 2>&1 </dev/null &
  echo "$!" >"$kafka_pidfile"
  log "kafka $kafka_version starting (pid $!), log $kafka_logs/server.log"
}

# librdkafka before 2.6.1 sends a wrong SCRAM client-final nonce that Kafka
# 4.x rejects (confluentinc/librdkafka#4895); Debian 12 ships 2.0.2.
librdkafka_version() {
  kcat -V 2>&1 | sed -n 's/.*librdkafka \([0-9][0-9.]*\).*/\1/p' | head -n 1
}
version_ge() { [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" == "$2" ]]; }
kcat_can_scram() {
  local v
  (( ${kafka_version%%.*} < 4 )) && return 0
  v="$(librdkafka_version)"
  [[ -n "$v" ]] && version_ge "$v" 2.6.1
}

# Client property files for Kafka's Java tools (kafka-tool.sh --command-config).
write_client_props() {
  local d="$kafka_dir/client" user pass
  mkdir -p "$d"
  while read -r user pass; do
    printf '%s\n' "security.protocol=SASL_PLAINTEXT" "sasl.mechanism=PLAIN" \
      "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"$user\" password=\"$pass\";" \
      >"$d/$user-plain.properties"
    printf '%s\n' "security.protocol=SASL_PLAINTEXT" "sasl.mechanism=SCRAM-SHA-256" \
      "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$user\" password=\"$pass\";" \
      >"$d/$user-scram.properties"
  done <<EOF
$KAFKA_ADMIN_USER $KAFKA_ADMIN_PASSWORD
$KAFKA_USER1 $KAFKA_PASSWORD1
$KAFKA_USER2 $KAFKA_PASSWORD2
EOF
}

# SCRAM check with Kafka's own Java client (works with every Kafka version).
java_scram_check() {
  MQKIT_KAFKA_VERSION="$kafka_version" timeout 60 "$script_dir/kafka-tool.sh" topics \
    --bootstrap-server "127.0.0.1:$kafka_sasl_port" \
    --command-config "$kafka_dir/client/$KAFKA_ADMIN_USER-scram.properties" --list
}

wait_kafka() {
  local timeout="${MQKIT_RIG_KAFKA_TIMEOUT:-90}" deadline err
  deadline=$(( $(date +%s) + timeout ))
  err="$kafka_dir/kcat.err"
  while :; do
    alive "$(read_pid "$kafka_pidfile")" || fail "kafka exited during start-up"
    if kcat_plain >/dev/null 2>"$err"; then break; fi
    (( $(date +%s) < deadline )) || { cat "$err" >&2; fail "kafka PLAINTEXT 127.0.0.1:$kafka_plain_port not ready after ${timeout}s"; }
    sleep 0.5
  done
  local scram_check=kcat_scram how="kcat"
  if ! kcat_can_scram; then
    scram_check=java_scram_check how="Java client"
    log "note: kcat's librdkafka $(librdkafka_version) < 2.6.1 cannot do SCRAM with Kafka >= 4 (librdkafka bug, fixed in 2.6.1); checking SCRAM with Kafka's Java client instead"
  fi
  while :; do
    alive "$(read_pid "$kafka_pidfile")" || fail "kafka exited during start-up"
    if kcat_sasl PLAIN >/dev/null 2>"$err" && "$scram_check" >/dev/null 2>>"$err"; then break; fi
    (( $(date +%s) < deadline )) || { cat "$err" >&2; fail "kafka SASL_PLAINTEXT 127.0.0.1:$kafka_sasl_port not ready after ${timeout}s"; }
    sleep 0.5
  done
  log "kafka ready: PLAINTEXT :$kafka_plain_port, SASL_PLAINTEXT :$kafka_sasl_port (PLAIN, SCRAM-SHA-256 via $how)"
}

# ------------------------------------------------------------------ start ---

dump_logs() {
  local f="$kafka_logs/server.log"
  if [[ -f "$f" ]] && grep -qE '^\[[^]]*\] (ERROR|FATAL) |Exception' "$f"; then
    printf '%s: ----- first errors in %s -----\n' "$prog" "$f" >&2
    grep -E '^\[[^]]*\] (ERROR|FATAL) |^[a-zA-Z.]*(Exception|Error): ' "$f" | head -n 15 >&2 || true
  fi
  for f in "$kafka_logs/server.log" "$kafka_out" "$mq_log" "$mq_out"; do
    if [[ -s "$f" ]]; then
      printf '%s: ----- last lines of %s -----\n' "$prog" "$f" >&2
      case "$f" in
        "$mq_log") tail -n 15 "$f" >&2 ;;
        *)         tail -n 40 "$f" >&2 ;;
      esac
    fi
  done
}

# Exit code of a start that failed only because a picked port was taken in
# the meantime (another process won the race): the caller retries.
EX_PORT_CLASH=75

port_clash() {
  local f
  for f in "$kafka_logs/server.log" "$kafka_out" "$mq_log" "$mq_out"; do
    if [[ -f "$f" ]] && grep -q 'Address already in use' "$f"; then return 0; fi
  done
  return 1
}

fail() {
  local rc=1
  trap - EXIT
  log "error: $*"
  dump_logs
  if port_clash; then
    rc=$EX_PORT_CLASH
    log "cause: a port picked for the rig was already in use (Address already in use)"
  fi
  log "start failed; stopping what was started"
  do_stop || true
  exit "$rc"
}

on_exit() {
  local rc=$?
  if [[ $rc -ne 0 ]]; then
    trap - EXIT
    log "error: start aborted (exit $rc)"
    dump_logs
    do_stop || true
  fi
  exit "$rc"
}

do_start() {
  local t0
  t0="$(now)"
  need mosquitto mosquitto_pub mosquitto_sub mosquitto_ctrl kcat openssl java python3 timeout
  if [[ "$dir" =~ [[:space:]] ]]; then
    die "DIR must not contain whitespace: '$dir'"
  fi

  # Leftovers from an earlier run: stop what it recorded, wipe its data.
  do_stop || die "could not stop the processes of an earlier run in $dir"
  rm -rf "$run_dir" "$mq_dir" "$tls_dir" "$kafka_dir" "$env_file"
  mkdir -p "$run_dir"

  kafka_version="${MQKIT_KAFKA_VERSION:-3.9.1}"
  kafka_lib="$("$script_dir/fetch-kafka.sh" "$kafka_version")" \
    || die "fetching Kafka $kafka_version failed"

  trap on_exit EXIT

  read -r mqtt_plain_port mqtt_auth_port mqtt_tls_port \
          kafka_plain_port kafka_sasl_port kafka_ctrl_port \
          <<<"${MQKIT_RIG_PORTS:-$(free_ports 6)}"
  [[ -n "$kafka_ctrl_port" ]] || fail "could not pick free ports (MQKIT_RIG_PORTS needs 6)"

  # Kafka first (slowest); Mosquitto and TLS material while its JVM boots.
  start_kafka
  gen_tls || fail "openssl certificate generation failed"
  start_mosquitto
  wait_kafka

  local tmp="$env_file.tmp"
  cat >"$tmp" <<EOF
MQKIT_RIG_DIR=$dir
MQKIT_RIG_MQTT_PLAIN_PORT=$mqtt_plain_port
MQKIT_RIG_MQTT_AUTH_PORT=$mqtt_auth_port
MQKIT_RIG_MQTT_TLS_PORT=$mqtt_tls_port
MQKIT_RIG_MQTT_ADMIN_USER=$MQTT_ADMIN_USER
MQKIT_RIG_MQTT_ADMIN_PASSWORD=$MQTT_ADMIN_PASSWORD
MQKIT_RIG_MQTT_USER=$MQTT_USER
MQKIT_RIG_MQTT_PASSWORD=$MQTT_PASSWORD
MQKIT_RIG_TLS_CA=$tls_dir/ca.pem
MQKIT_RIG_TLS_CLIENT_CERT=$tls_dir/client.pem
MQKIT_RIG_TLS_CLIENT_KEY=$tls_dir/client.key
MQKIT_RIG_TLS_OTHER_CA=$tls_dir/other-ca.pem
MQKIT_RIG_TLS_OTHER_CLIENT_CERT=$tls_dir/other-client.pem
MQKIT_RIG_TLS_OTHER_CLIENT_KEY=$tls_dir/other-client.key
MQKIT_RIG_KAFKA_VERSION=$kafka_version
MQKIT_RIG_KAFKA_PLAIN=127.0.0.1:$kafka_plain_port
MQKIT_RIG_KAFKA_SASL=127.0.0.1:$kafka_sasl_port
MQKIT_RIG_KAFKA_CONTROLLER=127.0.0.1:$kafka_ctrl_port
MQKIT_RIG_KAFKA_CLUSTER_ID=$kafka_cluster_id
MQKIT_RIG_KAFKA_ADMIN_USER=$KAFKA_ADMIN_USER
MQKIT_RIG_KAFKA_ADMIN_PASSWORD=$KAFKA_ADMIN_PASSWORD
MQKIT_RIG_KAFKA_USER1=$KAFKA_USER1
MQKIT_RIG_KAFKA_PASSWORD1=$KAFKA_PASSWORD1
MQKIT_RIG_KAFKA_USER2=$KAFKA_USER2
MQKIT_RIG_KAFKA_PASSWORD2=$KAFKA_PASSWORD2
MQKIT_RIG_KAFKA_TOOL=$script_dir/kafka-tool.sh
MQKIT_RIG_KAFKA_LIB=$kafka_lib
MQKIT_RIG_KAFKA_CLIENT_PROPS_DIR=$kafka_dir/client
EOF
  mv -f "$tmp" "$env_file"
  trap - EXIT
  log "rig up in $(elapsed_since "$t0")s (Kafka $kafka_version); env: $env_file"
}

# ----------------------------------------------------------------- faults ---

# Reads the ports and the Kafka version of the started rig from rig.env.
load_env() {
  [[ -f "$env_file" ]] || die "no rig.env in $dir: start the rig first"
  v() { sed -n "s/^$1=//p" "$env_file"; }
  mqtt_plain_port="$(v MQKIT_RIG_MQTT_PLAIN_PORT)"
  kafka_plain_port="$(v MQKIT_RIG_KAFKA_PLAIN)"; kafka_plain_port="${kafka_plain_port##*:}"
  kafka_version="$(v MQKIT_RIG_KAFKA_VERSION)"
  kafka_lib="$(v MQKIT_RIG_KAFKA_LIB)"
}

# signal_one NAME PIDFILE MARKER SIGNAL: signals the recorded process if it is ours.
signal_one() {
  local name="$1" pidfile="$2" marker="$3" sig="$4" pid i
  pid="$(read_pid "$pidfile")"
  [[ -n "$pid" ]] && ours "$pid" "$marker" || die "$name is not running in $dir"
  log "$name (pid $pid): SIG$sig"
  kill "-$sig" "$pid"
  if [[ "$sig" == KILL ]]; then
    for ((i = 0; i < 100; i++)); do alive "$pid" || break; sleep 0.1; done
    rm -f "$pidfile"
  fi
}

do_fault() {
  local broker="${1%%-*}" action="${1#*-}" pidfile marker deadline
  load_env
  if [[ "$broker" == mqtt ]]; then pidfile="$mq_pidfile" marker="$mq_conf"; else pidfile="$kafka_pidfile" marker="$kafka_props"; fi
  local name="$broker"; [[ "$broker" == mqtt ]] && name=mosquitto
  case "$action" in
    stop) stop_one "$name" "$pidfile" "$marker" ;;
    kill) signal_one "$name" "$pidfile" "$marker" KILL ;;
    pause) signal_one "$name" "$pidfile" "$marker" STOP ;;
    resume) signal_one "$name" "$pidfile" "$marker" CONT ;;
    start)
      local pid; pid="$(read_pid "$pidfile")"
      if [[ -n "$pid" ]] && ours "$pid" "$marker"; then die "$name is already running (pid $pid)"; fi
      if [[ "$broker" == mqtt ]]; then
        launch_mosquitto || die "mosquitto did not answer on 127.0.0.1:$mqtt_plain_port after a restart"
        log "mosquitto running again (pid $(read_pid "$pidfile"))"
      else
        kafka_log_opts
        launch_kafka
        deadline=$(( $(date +%s) + ${MQKIT_RIG_KAFKA_TIMEOUT:-90} ))
        until kcat_plain >/dev/null 2>&1; do
          alive "$(read_pid "$kafka_pidfile")" || die "kafka exited during its restart (see $kafka_logs/server.log)"
          (( $(date +%s) < deadline )) || die "kafka did not answer on 127.0.0.1:$kafka_plain_port after a restart"
          sleep 0.5
        done
        log "kafka running again (pid $(read_pid "$kafka_pidfile"))"
      fi
      ;;
  esac
}

# ------------------------------------------------------------------- main ---

[[ $# -ge 1 ]] || { usage; exit 2; }
case "$1" in -h|--help) usage; exit 0 ;; esac
[[ $# -eq 2 ]] || { usage; exit 2; }
cmd="$1"
[[ -n "$2" ]] || die "DIR must not be empty"
case "$cmd" in
  start)
    mkdir -p "$2"
    dir="$(cd "$2" && pwd -P)"
    [[ "$dir" != / ]] || die "refusing to use / as DIR"
    set_paths
    # Free ports are picked, released, then bound by the brokers: if another
    # process grabbed one in between, start again on new ports.
    for attempt in 1 2 3; do
      rc=0
      ( do_start ) || rc=$?
      if [[ $rc -ne $EX_PORT_CLASH || -n "${MQKIT_RIG_PORTS:-}" || $attempt -eq 3 ]]; then
        exit "$rc"
      fi
      log "a picked port was taken meanwhile; retrying with new ports (attempt $((attempt + 1)) of 3)"
    done
    ;;
  stop)
    if [[ -d "$2" ]]; then dir="$(cd "$2" && pwd -P)"; else dir="$2"; fi
    set_paths
    do_stop
    ;;
  status)
    if [[ -d "$2" ]]; then dir="$(cd "$2" && pwd -P)"; else dir="$2"; fi
    set_paths
    do_status
    ;;
  mqtt-stop|mqtt-kill|mqtt-start|mqtt-pause|mqtt-resume|kafka-stop|kafka-kill|kafka-start|kafka-pause|kafka-resume)
    [[ -d "$2" ]] || die "no rig in $2"
    dir="$(cd "$2" && pwd -P)"
    set_paths
    do_fault "$cmd"
    ;;
  *) usage; die "unknown command '$cmd'" ;;
esac
