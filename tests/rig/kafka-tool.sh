#!/usr/bin/env bash
# kafka-tool.sh NAME [args...]
#
# Runs one of Apache Kafka's own CLI tools from the jars fetched by
# fetch-kafka.sh (no Kafka distribution needed).
#
#   NAME             class (picked from the jars of the version in use)
#   topics           org.apache.kafka.tools.TopicCommand
#   consumer-groups  org.apache.kafka.tools.consumer.group.ConsumerGroupCommand
#   acls             org.apache.kafka.tools.AclCommand (4.x) | kafka.admin.AclCommand (3.x)
#   configs          org.apache.kafka.tools.ConfigCommand (if present) | kafka.admin.ConfigCommand
#   console-consumer org.apache.kafka.tools.consumer.ConsoleConsumer
#   console-producer org.apache.kafka.tools.ConsoleProducer (4.x) | kafka.tools.ConsoleProducer (3.x)
#   get-offsets      org.apache.kafka.tools.GetOffsetShell
#   run-class CLASS  any main class from the same jars
#
# A "kafka-" prefix and ".sh" suffix are accepted (kafka-topics.sh == topics).
# Version: $MQKIT_KAFKA_VERSION, else $MQKIT_RIG_KAFKA_VERSION (rig.env), else 3.9.1.
# Logging: WARN and above, on stderr only.
# Extra JVM options: $MQKIT_KAFKA_TOOL_JVM_OPTS (word-split).
set -euo pipefail

die() { printf 'kafka-tool: error: %s\n' "$*" >&2; exit 2; }

usage() {
  cat >&2 <<'USAGE'
usage: kafka-tool.sh NAME [args...]
  NAME: topics | consumer-groups | acls | configs | console-consumer |
        console-producer | get-offsets | run-class CLASS
  version: $MQKIT_KAFKA_VERSION, else $MQKIT_RIG_KAFKA_VERSION, else 3.9.1
USAGE
}

[[ $# -ge 1 ]] || { usage; exit 2; }
case "$1" in -h|--help) usage; exit 0 ;; esac

name="$1"; shift
name="${name%.sh}"
name="${name#kafka-}"

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
version="${MQKIT_KAFKA_VERSION:-${MQKIT_RIG_KAFKA_VERSION:-3.9.1}}"
lib_dir="$("$script_dir/fetch-kafka.sh" "$version")" \
  || die "could not fetch Kafka $version jars"
[[ -d "$lib_dir" ]] || die "lib dir '$lib_dir' missing"

# Index of the classes in the Kafka jars (built once per version) so a NAME
# resolves to whichever class this Kafka version really ships.
index="$lib_dir/../classes.idx"
if [[ ! -s "$index" ]]; then
  tmp_index="$index.tmp.$$"
  for jar in "$lib_dir"/kafka_2.13-"$version".jar "$lib_dir"/kafka-tools-"$version".jar; do
    [[ -f "$jar" ]] || die "missing $jar"
    if command -v unzip >/dev/null 2>&1; then
      unzip -Z1 "$jar"
    else
      python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$jar"
    fi
  done | sed -n 's|\.class$||p' | tr '/' '.' | sort -u > "$tmp_index"
  mv -f "$tmp_index" "$index"
fi

has_class() { grep -qxF "$1" "$index"; }

# pick CANDIDATE... : first class that exists in this version's jars.
pick() {
  local c
  for c in "$@"; do
    if has_class "$c"; then printf '%s\n' "$c"; return 0; fi
  done
  die "none of [$*] found in Kafka $version jars ($lib_dir)"
}

case "$name" in
  topics)           main="$(pick org.apache.kafka.tools.TopicCommand kafka.admin.TopicCommand)" ;;
  consumer-groups)  main="$(pick org.apache.kafka.tools.consumer.group.ConsumerGroupCommand kafka.admin.ConsumerGroupCommand)" ;;
  acls)             main="$(pick org.apache.kafka.tools.AclCommand kafka.admin.AclCommand)" ;;
  configs)          main="$(pick org.apache.kafka.tools.ConfigCommand kafka.admin.ConfigCommand)" ;;
  console-consumer) main="$(pick org.apache.kafka.tools.consumer.ConsoleConsumer kafka.tools.ConsoleConsumer)" ;;
  console-producer) main="$(pick org.apache.kafka.tools.ConsoleProducer kafka.tools.ConsoleProducer)" ;;
  get-offsets)      main="$(pick org.apache.kafka.tools.GetOffsetShell kafka.tools.GetOffsetShell)" ;;
  run-class)
    [[ $# -ge 1 ]] || die "run-class needs a CLASS"
    main="$1"; shift ;;
  *) usage; die "unknown tool '$name'" ;;
esac

major="${version%%.*}"
if (( major < 4 )); then
  log_opt="-Dlog4j.configuration=file:$script_dir/kafka/tools-log4j.properties"
else
  log_opt="-Dlog4j2.configurationFile=$script_dir/kafka/tools-log4j2.xml"
fi

# Small, fast-starting client JVM.
jvm_opts=(-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto
          -Djava.awt.headless=true "$log_opt")
if [[ -n "${MQKIT_KAFKA_TOOL_JVM_OPTS:-}" ]]; then
  read -r -a extra <<<"$MQKIT_KAFKA_TOOL_JVM_OPTS"
  jvm_opts+=("${extra[@]}")
fi

if [[ -n "${MQKIT_KAFKA_TOOL_DEBUG:-}" ]]; then
  printf 'kafka-tool: Kafka %s: %s\n' "$version" "$main" >&2
fi
exec java "${jvm_opts[@]}" -cp "$lib_dir/*" "$main" "$@"
