#!/usr/bin/env bash
# Proves check-layering.sh fails on each kind of violation (so a passing check means something).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree"/{cli,app,tests,core/kafka/private}
touch "$tree/core/kafka/private/RdKafkaHandles.h"
expect_violation() { # file content
  mkdir -p "$(dirname "$tree/$1")"
  printf '%s\n' "$2" >"$tree/$1"
  if "$here/check-layering.sh" "$tree" 2>/dev/null; then
    echo "selftest: '$2' in $1 was not caught" >&2
    exit 1
  fi
  rm "$tree/$1"
}
expect_violation cli/a.cpp '#include <sqlite3.h>'
expect_violation cli/b.cpp '#include <librdkafka/rdkafka.h>'
expect_violation app/c.cpp '#include <MQTTAsync.h>'
expect_violation app/d.h '#include "mqtt/async_client.h"'
expect_violation tests/e.cpp '#include "kafka/private/RdKafkaHandles.h"'
expect_violation core/f.cpp '#include <QWidget>'
"$here/check-layering.sh" "$tree" >/dev/null # a clean tree passes
mkdir -p "$tree/tests/bench"
printf '#include <MQTTAsync.h>\n' >"$tree/tests/bench/peer.c"
"$here/check-layering.sh" "$tree" >/dev/null # benchmark peers may use the libraries themselves
printf '#include "mqtt/MqttSession.h"\n#include "kafka/KafkaAdmin.h"\n' >"$tree/cli/ok.cpp"
"$here/check-layering.sh" "$tree" >/dev/null # mqkit's own headers pass
echo "selftest: every kind of violation is caught; clean trees pass"
