#!/usr/bin/env bash
# isolated-net.sh CMD [ARGS...]
#
# Runs CMD in a new network namespace that has only the loopback interface (brought up), so any
# server CMD starts can be reached from inside it and from nowhere else, whatever address it binds.
# As root a plain network namespace; otherwise inside a user namespace (unprivileged).
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: isolated-net.sh CMD [ARGS...]" >&2; exit 2; }
inner='ip link set lo up && exec "$@"'
if [[ $(id -u) -eq 0 ]]; then
  exec unshare --net bash -c "$inner" isolated-net "$@"
fi
exec unshare --user --map-root-user --net bash -c "$inner" isolated-net "$@"
