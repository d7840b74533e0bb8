#!/usr/bin/env bash
# The generated bash completion, sourced into bash and driven as Tab would drive it.
#   bash-completion-test.sh MQKIT COMPLETION_FILE
# Profile names come from a throwaway store (MQKIT_DATA_DIR); no broker is needed.
set -uo pipefail
mqkit=$1 completion=$2
export MQKIT_DATA_DIR
MQKIT_DATA_DIR=$(mktemp -d)
trap 'rm -rf "$MQKIT_DATA_DIR"' EXIT
"$mqkit" profile add plant-mqtt -L mqtt://127.0.0.1:1 >/dev/null 2>&1 || exit 1
"$mqkit" profile add plant-kafka -b 127.0.0.1:1 >/dev/null 2>&1 || exit 1

# bash-completion's helpers when installed (as on a user's machine); the script also works without.
[[ -r /usr/share/bash-completion/bash_completion ]] && source /usr/share/bash-completion/bash_completion
source "$completion" || exit 1
complete -p mqkit >/dev/null || { echo "FAIL: no completion registered for mqkit"; exit 1; }

failures=0
# expect LINE EXPECTED... : completing at the end of LINE offers exactly EXPECTED (sorted)
expect() {
  local shown=$1 line="$mqkit${1#mqkit}"
  shift
  COMP_LINE=$line COMP_POINT=${#line}
  read -ra COMP_WORDS <<<"$line"
  [[ $line == *' ' ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _mqkit mqkit "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  local got want
  got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | xargs)
  want=$(printf '%s\n' "$@" | sort | xargs)
  if [[ $got == "$want" ]]; then
    echo "ok   '$shown' -> $got"
  else
    echo "FAIL '$shown' -> '$got', want '$want'"
    failures=$((failures + 1))
  fi
}

expect "mqkit kaf" kafka
# The command groups as --help lists them (so a new group needs no change here).
mapfile -t groups < <("$mqkit" --help | awk '/^Subcommands:/ { on = 1; next } on && /^  [^ ]/ { print $1 } /^$/ { on = 0 }')
((${#groups[@]} >= 3)) || { echo "FAIL: no command groups in mqkit --help"; exit 1; }
expect "mqkit " "${groups[@]}"
expect "mqkit kafka top" topics
expect "mqkit kafka to" to-mqtt topics
expect "mqkit kafka topics l" list
expect "mqkit kafka con" configs consume
expect "mqkit mqtt retained " clear
expect "mqkit kafka consume --out" --output
expect "mqkit kafka consume --output " json text
expect "mqkit kafka consume -o beginning --output=j" json
expect "mqkit mqtt sub -q " 0 1 2
expect "mqkit mqtt sub -V " 311 mqttv311 5 mqttv5
expect "mqkit profile show " plant-kafka plant-mqtt
expect "mqkit profile rm plant-m" plant-mqtt
expect "mqkit mqtt sub --profile " plant-mqtt
expect "mqkit kafka lag --profile pl" plant-kafka
expect "mqkit mqtt sub -t x --will-q" --will-qos
# No cluster on the line: no topic lookup, nothing offered.
expect "mqkit kafka topics describe --topic "
((failures == 0)) || { echo "$failures completion case(s) failed"; exit 1; }
