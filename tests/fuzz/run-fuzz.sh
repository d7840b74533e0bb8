#!/usr/bin/env bash
# Builds the libFuzzer targets (CMakePresets.json "asan": clang, core instrumented with
# fuzzer-no-link,address,undefined) and runs each one, then prints target / executions / result.
#
#   tests/fuzz/run-fuzz.sh [SECONDS | --runs N] [TARGET...]
#     SECONDS   time per target (default 30)
#     --runs N  executions per target instead (the acceptance figure: --runs 1000000)
#     TARGET    only these targets (default: every fuzz_* target)
#
# Environment:
#   MQKIT_FUZZ_BUILD_DIR  build tree (default build/asan, shared with the sanitizer run of the tests)
#   MQKIT_BUILD_LOCK      a lock file to build under (flock), for machines shared by several builds
#   MQKIT_FUZZ_JOBS       parallel build jobs (default 2)
# Seeds come from tests/fuzz/corpus/<target>/ (read only); what a run learns is kept in
# <build>/corpus/<target>/. A crash leaves its input in <build>/artifacts/<target>/ and fails the run;
# add that input to corpus/<target>/ and a unit test once it is fixed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/../.." && pwd -P)"
build="${MQKIT_FUZZ_BUILD_DIR:-$root/build/asan}"
limit=(-max_total_time=30)
label="30 s"
if [[ "${1:-}" == "--runs" ]]; then
  limit=(-runs="$2"); label="$2 runs"; shift 2
elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then
  limit=(-max_total_time="$1"); label="$1 s"; shift
fi
targets=("$@")
if ((${#targets[@]} == 0)); then
  for source in "$here"/fuzz_*.cpp; do targets+=("$(basename "$source" .cpp)"); done
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" --preset asan "${launcher[@]}" >/dev/null
lock=()
[[ -n "${MQKIT_BUILD_LOCK:-}" ]] && lock=(flock "$MQKIT_BUILD_LOCK")
"${lock[@]}" nice cmake --build "$build" --parallel "${MQKIT_FUZZ_JOBS:-2}" --target "${targets[@]}"

status=0
rows=()
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  artifacts="$build/artifacts/$t"
  mkdir -p "$corpus" "$artifacts"
  log="$build/$t.log"
  printf 'run-fuzz: %s (%s) ...\n' "$t" "$label" >&2
  rc=0
  "$build/tests/fuzz/$t" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$corpus" "$here/corpus/$t" >"$log" 2>&1 || rc=$?
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  if ((rc == 0)); then
    result=ok
  else
    result="FAILED (exit $rc; $(ls -t "$artifacts" 2>/dev/null | head -1 | sed "s|^|$artifacts/|"); log $log)"
    status=1
  fi
  rows+=("$(printf '%-26s %14s  %s' "$t" "${execs:-?}" "$result")")
done
printf '\n%-26s %14s  %s\n' target executions result
printf '%s\n' "${rows[@]}"
exit "$status"
