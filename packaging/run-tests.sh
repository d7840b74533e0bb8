#!/usr/bin/env bash
# One command: install dependencies, build with warnings as errors, and run every test
# (unit, CLI, GUI offscreen, and integration against a real Mosquitto and Apache Kafka).
#
#   packaging/run-tests.sh
#
# Environment:
#   MQKIT_KAFKA_VERSIONS  Kafka versions the integration tests run against, in turn
#                         (default "3.9.1 4.1.2"); the first one also runs everything else
#                         (the GUI tests and the Mosquitto-only tests run on the first one only).
#   MQKIT_BUILD_DIR       build directory (default build/ci)
#   MQKIT_SANITIZERS      0 skips the sanitizer run: core, cli and the unit + cli tests built with clang,
#                         ASan + UBSan (preset asan, build/asan) and run under them (default 1)
#   MQKIT_FUZZ_SECONDS    seconds each libFuzzer target runs (tests/fuzz/run-fuzz.sh, on the same
#                         build/asan tree; default 10, 0 skips)
#
# With the sanitizer run on, the `cli` tests run there (on the first version) instead of in the first
# plain pass; the second pass runs every integration test that reaches Kafka except the GUI's and the
# fault tests (those exercise the client, not the broker), so those and the Mosquitto-only tests run
# on the first version only.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
versions=(${MQKIT_KAFKA_VERSIONS:-3.9.1 4.1.2})
build="${MQKIT_BUILD_DIR:-$root/build/ci}"
rig_dir="$build/rig"

step() { printf '\n==> [%d s] %s\n' "$SECONDS" "$*" >&2; }
cleanup() { [[ -x tests/rig/rig.sh ]] && tests/rig/rig.sh stop "$rig_dir" >/dev/null 2>&1 || true; }
trap cleanup EXIT

step "dependencies"
packaging/install-deps-debian.sh
for v in "${versions[@]}"; do
  step "Kafka $v jars (Maven Central, cached)"
  tests/rig/fetch-kafka.sh "$v" >/dev/null
done

step "configure and build ($build)"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
export CCACHE_BASEDIR="$root" # paths relative to the checkout: another clone's cache is this one's too
# -O2 without debug info: what the package ships, and a third less compile time than RelWithDebInfo
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
  -DMQKIT_WERROR=ON "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel 2
step "Debian package (packs the build above; tests/package/package-test.sh installs it)"
cmake --build "$build" --target package >/dev/null

sanitizers=1
[[ "${MQKIT_SANITIZERS:-1}" == 0 ]] && sanitizers=0
first_pass=()
((sanitizers)) && first_pass=(-LE '^cli$') # the sanitizer run below runs them on the first version

status=0
first=1
for v in "${versions[@]}"; do
  if ((first)); then
    step "all tests$( ((sanitizers)) && echo ' but the cli ones (the sanitizer run has them)'), Kafka $v"
    MQKIT_KAFKA_VERSION="$v" ctest --test-dir "$build" --output-on-failure --timeout 600 "${first_pass[@]}" \
      || status=1
    first=0
  else
    # The GUI's views read Kafka through the same core the CLI tests exercise on every version, the
    # tests that talk to Mosquitto only (names with mqtt or dynsec, the MQTT pipeline) do not depend
    # on Kafka's version, and the fault tests exercise the client's side of a broker going away.
    step "integration tests that reach Kafka, again (not the GUI's or the fault tests), Kafka $v"
    MQKIT_KAFKA_VERSION="$v" ctest --test-dir "$build" --output-on-failure --timeout 600 -L integration \
      -LE 'gui|faults' \
      -E 'mqtt|dynsec|message_pipeline' || status=1
  fi
done

# --- hardening (issue 13): sanitizers and fuzzing, after the normal suite ---
asan="$root/build/asan"
if ((sanitizers)); then
  step "ASan + UBSan (clang): core, cli and the unit + cli tests ($asan)"
  cmake -S . -B "$asan" --preset asan "${launcher[@]}" >/dev/null
  # ctest test names are the target names: build only what the unit and cli labels run.
  targets=($(ctest --test-dir "$asan" -N -L 'unit|cli' | sed -n 's/^ *Test *#[0-9]*: \(tst_[a-z0-9_]*\)$/\1/p'))
  cmake --build "$asan" --parallel 2 --target mqkit mqkit-docs "${targets[@]}" # docs: the man-page and completion tests
  MQKIT_KAFKA_VERSION="${versions[0]}" ctest --test-dir "$asan" --output-on-failure --timeout 600 -L 'unit|cli' \
    || status=1
  tests/rig/rig.sh stop "$asan/rig" >/dev/null 2>&1 || true
fi
if [[ "${MQKIT_FUZZ_SECONDS:-10}" != 0 ]]; then
  step "fuzzing: every target for ${MQKIT_FUZZ_SECONDS:-10} s"
  MQKIT_FUZZ_BUILD_DIR="$asan" tests/fuzz/run-fuzz.sh "${MQKIT_FUZZ_SECONDS:-10}" || status=1
fi

step "no broker left running"
if pgrep -f "$rig_dir" >/dev/null; then
  echo "run-tests: processes of the rig are still running:" >&2
  pgrep -af "$rig_dir" >&2
  status=1
else
  echo "run-tests: none" >&2
fi
step "done (exit $status)"
exit "$status"
