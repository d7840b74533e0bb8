#!/usr/bin/env bash
# Runs every benchmark in turn (each starts and stops its own brokers) and ends with the lines
# that carry the figures and ratios. Not a test: nothing here fails on speed. Takes a while
# (tens of minutes on 2 cores); run one script alone to look at one hot path.
#
#   tests/bench/run-all.sh            # needs a built build/ci (packaging/run-tests.sh builds it)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
for b in mqtt_sub topic_tree mqtt_record kafka_consume kafka_copy kafka_to_mqtt kafka_lag kafka_admin provision_plan \
  bridge_throughput bridge_spool gui_mqtt_load gui_groups_refresh gui_kafka_jump; do
  echo "==> $b" | tee -a "$out" >&2
  bash "$here/$b.sh" 2>&1 | tee -a "$out" || echo "$b: exited $?" | tee -a "$out"
done
echo
echo "==> summary"
grep -E '^==>|ratio|speed-up|identical|DIFFERENT|goal|exited' "$out"
