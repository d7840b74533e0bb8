#!/usr/bin/env bash
# Installs everything mqkit needs to build, test and run its sandbox on Debian 12.
# Idempotent: does nothing (and needs no network) when everything is present already.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libqcustomplot-dev libpaho-mqttpp-dev libpaho-mqtt-dev librdkafka-dev libsqlite3-dev
  libcli11-dev libyaml-cpp-dev qtkeychain-qt6-dev libssl-dev
  # test rig and peers: real brokers and the tools users compare us with
  mosquitto mosquitto-clients kcat openssl openjdk-17-jre-headless maven python3 sqlite3 curl
  # a loopback-only network namespace for the websockets test (tests/rig/isolated-net.sh)
  iproute2 util-linux
  # hardening (issue 13): libFuzzer targets (tests/fuzz) need clang and its runtime
  clang libclang-rt-14-dev
  # GUI tests and the sandbox on a machine without a display; the GUI benchmarks play the user
  xvfb xauth xdotool
  # package (issue 13): icons rendered at build, validators, the .deb and its checks, completion
  librsvg2-bin desktop-file-utils appstream dpkg-dev fakeroot file lintian man-db bash-completion zsh
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present" >&2
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts mosquitto as a system service on install; the rig runs its own instances.
if command -v systemctl >/dev/null && systemctl is-active --quiet mosquitto 2>/dev/null; then
  "${sudo[@]}" systemctl disable --now mosquitto >/dev/null 2>&1 || true
fi
echo "install-deps: done" >&2
