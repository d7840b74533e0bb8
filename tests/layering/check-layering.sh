#!/usr/bin/env bash
# The layering rule, checked on the sources (a ctest, label unit):
#   - cli/, app/ and tests/ never include a Paho (C or C++), librdkafka or sqlite3 header:
#     those libraries stay inside core/, behind RAII wrappers (tests/bench/ is exempt: its peers,
#     such as the bare Paho C receiver, are the libraries themselves, measured beside mqkit);
#   - a core private header (any header under a `private/` directory of core/) is included only
#     by core's own sources;
#   - core/ never includes a Qt Gui or Widgets header.
# Prints each violation as FILE:LINE: include, and exits 1 if there is any.
set -euo pipefail
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)}"
cd "$root"

sources() { find "$@" -path tests/bench -prune -o -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.c' \) -print 2>/dev/null | sort; }

violations=0
report() { # pattern why dirs...
  local pattern="$1" why="$2"
  shift 2
  local hits
  hits=$(sources "$@" | xargs -r grep -HnE "$pattern" || true)
  if [[ -n "$hits" ]]; then
    echo "layering: $why:" >&2
    echo "$hits" | sed 's/^/  /' >&2
    violations=$((violations + $(echo "$hits" | wc -l)))
  fi
}

# Paho C (MQTTAsync.h, MQTTClient.h, MQTTProperties.h, ...), Paho C++ (lowercase mqtt/xxx.h;
# mqkit's own are CamelCase), librdkafka, sqlite3.
third_party='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](MQTT[A-Za-z]*\.h|mqtt/[a-z_]+\.h|librdkafka/[^>"]*|rdkafka[a-z_]*\.h|sqlite3\.h|yaml-cpp/[^>"]*)[>"]'
report "$third_party" "Paho, librdkafka, sqlite3 and yaml-cpp stay inside core/ (use core's wrappers)" cli app tests

private_headers=$(find core -path '*/private/*' -name '*.h' -printf '%f\n' 2>/dev/null | sort -u | paste -sd'|' || true)
if [[ -n "$private_headers" ]]; then
  report "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]([^>\"]*/)?($private_headers)[>\"]" \
    "core's private headers are for core's own sources" cli app tests
fi
report '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](QtGui|QtWidgets|QtPrintSupport)/|^[[:space:]]*#[[:space:]]*include[[:space:]]*<Q(Widget|Application|MainWindow|Painter|Color|Font|Icon|Pixmap|Image)>' \
  "core/ is Qt Core only" core

if ((violations > 0)); then
  echo "layering: $violations violation(s)" >&2
  exit 1
fi
echo "layering: cli/, app/ and tests/ include no Paho, librdkafka, sqlite3 or core-private header; core/ no Qt Gui"
