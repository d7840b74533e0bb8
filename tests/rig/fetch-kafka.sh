#!/usr/bin/env bash
# fetch-kafka.sh [VERSION]
#
# Downloads the jars of a real Apache Kafka broker (kafka_2.13) and its CLI
# tools (kafka-tools), plus a matching logging backend, from Maven Central
# into <repo>/.cache/kafka/VERSION/lib using tests/rig/kafka/pom.xml.
#
# VERSION defaults to $MQKIT_KAFKA_VERSION, else 3.9.1.
# Idempotent: once a download completed (marker file), it does nothing.
# Prints the absolute lib dir on stdout; all diagnostics go to stderr.
set -euo pipefail

die() { printf 'fetch-kafka: error: %s\n' "$*" >&2; exit 1; }
log() { printf 'fetch-kafka: %s\n' "$*" >&2; }

if [[ $# -gt 1 ]]; then
  die "usage: $0 [VERSION]"
fi
case "${1:-}" in
  -h|--help)
    cat >&2 <<'USAGE'
usage: fetch-kafka.sh [VERSION]    (default: $MQKIT_KAFKA_VERSION, else 3.9.1)
Downloads Kafka's jars into <repo>/.cache/kafka/VERSION/lib and prints that dir.
USAGE
    exit 0 ;;
esac

version="${1:-${MQKIT_KAFKA_VERSION:-3.9.1}}"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+([.-][A-Za-z0-9.-]+)?$ ]] \
  || die "invalid Kafka version '$version' (expected e.g. 3.9.1 or 4.1.1)"

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
repo_root="$(cd "$script_dir/../.." && pwd -P)"
pom="$script_dir/kafka/pom.xml"
[[ -f "$pom" ]] || die "missing $pom"

# Logging backend: Kafka < 4 needs the log4j 1.2 API (reload4j), 4.x log4j2.
major="${version%%.*}"
if (( major < 4 )); then logging=reload4j; else logging=log4j2; fi

version_dir="$repo_root/.cache/kafka/$version"
lib_dir="$version_dir/lib"
marker="$version_dir/.complete"

is_complete() {
  [[ -f "$marker" ]] \
    && [[ -f "$lib_dir/kafka_2.13-$version.jar" ]] \
    && [[ -f "$lib_dir/kafka-tools-$version.jar" ]] \
    && [[ -f "$lib_dir/kafka-clients-$version.jar" ]]
}

if is_complete; then
  printf '%s\n' "$lib_dir"
  exit 0
fi

command -v mvn >/dev/null 2>&1 \
  || die "mvn not found (apt-get install -y maven openjdk-17-jre-headless)"
command -v java >/dev/null 2>&1 \
  || die "java not found (apt-get install -y openjdk-17-jre-headless)"

mkdir -p "$version_dir"

# Serialise concurrent fetches of the same version.
exec 9>"$version_dir/.lock"
if command -v flock >/dev/null 2>&1; then
  flock 9
fi
if is_complete; then   # somebody else finished while we waited
  printf '%s\n' "$lib_dir"
  exit 0
fi

tmp_lib="$version_dir/lib.tmp.$$"
cleanup() {
  rm -rf "$tmp_lib"
  if [[ ! -d "$lib_dir" ]]; then   # failed first download: leave nothing behind
    rm -f "$version_dir/.lock"
    rmdir "$version_dir" 2>/dev/null || true
  fi
}
trap cleanup EXIT

log "downloading Apache Kafka $version (logging: $logging) from Maven Central ..."
# mvn -q prints its errors on stdout: keep stdout for the lib dir only.
if ! mvn -q -B -Dstyle.color=never -f "$pom" \
      "-Dkafka.version=$version" \
      "-Dkafka.logging=$logging" \
      "-Drig.lib.dir=$tmp_lib" \
      dependency:copy-dependencies >&2; then
  die "mvn dependency:copy-dependencies failed for Kafka $version (does that version exist on Maven Central?)"
fi

for jar in "kafka_2.13-$version.jar" "kafka-tools-$version.jar" "kafka-clients-$version.jar"; do
  [[ -f "$tmp_lib/$jar" ]] || die "download incomplete: $jar missing in $tmp_lib"
done

rm -rf "$lib_dir"
mv "$tmp_lib" "$lib_dir"
{
  printf 'version=%s\n' "$version"
  printf 'logging=%s\n' "$logging"
  printf 'jars=%s\n' "$(find "$lib_dir" -maxdepth 1 -name '*.jar' | wc -l)"
} > "$marker"
log "Kafka $version jars in $lib_dir"
printf '%s\n' "$lib_dir"
