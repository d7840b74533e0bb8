#!/usr/bin/env bash
# One command: install dependencies, build with warnings as errors, and run every test
# (unit, CLI, GUI offscreen, and integration against a real Mosquitto and Apache Kafka).
#
#   packaging/run-tests.sh
#
# Environment:
#   MQKIT_KAFKA_VERSIONS  Kafka versions the integration tests run against, in turn
#                         (default "3.9.1 4.1.2"); the first one also runs everything else.
#   MQKIT_BUILD_DIR       build directory (default build/ci)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
versions=(${MQKIT_KAFKA_VERSIONS:-3.9.1 4.1.2})
build="${MQKIT_BUILD_DIR:-$root/build/ci}"
rig_dir="$build/rig"

step() { printf '\n==> %s\n' "$*" >&2; }
cleanup() { [[ -x tests/rig/rig.sh ]] && tests/rig/rig.sh stop "$rig_dir" >/dev/null 2>&1 || true; }
trap cleanup EXIT

step "dependencies"
packaging/install-deps-debian.sh
for v in "${versions[@]}"; do
  step "Kafka $v jars (Maven Central, cached)"
  tests/rig/fetch-kafka.sh "$v" >/dev/null
done

step "configure and build ($build)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMQKIT_WERROR=ON >/dev/null
cmake --build "$build" --parallel 2
step "Debian package (packs the build above; tests/package/package-test.sh installs it)"
cmake --build "$build" --target package >/dev/null

status=0
first=1
for v in "${versions[@]}"; do
  if ((first)); then
    step "all tests, Kafka $v"
    MQKIT_KAFKA_VERSION="$v" ctest --test-dir "$build" --output-on-failure --timeout 600 || status=1
    first=0
  else
    step "integration tests again, Kafka $v"
    MQKIT_KAFKA_VERSION="$v" ctest --test-dir "$build" --output-on-failure --timeout 600 -L integration || status=1
  fi
done

step "no broker left running"
if pgrep -f "$rig_dir" >/dev/null; then
  echo "run-tests: processes of the rig are still running:" >&2
  pgrep -af "$rig_dir" >&2
  status=1
else
  echo "run-tests: none" >&2
fi
exit "$status"
