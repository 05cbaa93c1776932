#!/usr/bin/env bash
# Installs the Debian packages Samordna needs to build, run and test, if any are missing.
# Idempotent and quiet when everything is present. Run as root on Debian 12 (bookworm).
#   --bench  also what `make bench` runs as anchors and load: wrk and nginx-light
set -euo pipefail

packages=(
  g++ clang libclang-rt-14-dev cmake ninja-build pkg-config make curl ca-certificates
  libboost1.74-dev nlohmann-json3-dev libsqlite3-dev sqlite3 libpq-dev postgresql-15 libsodium-dev
  libjemalloc-dev libspdlog-dev libfmt-dev libcli11-dev libtomlplusplus-dev libexpected-dev
  libcpp-httplib-dev libgtest-dev libgmock-dev libbenchmark-dev libxlsxwriter-dev libzip-dev libexpat1-dev libcairo2-dev poppler-utils
  chromium fonts-dejavu-core fonts-liberation python3
)

[[ "${1:-}" == "--bench" ]] && packages+=(wrk nginx-light)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if ! command -v node >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "install-deps: missing packages and not root; run as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if ((node_major < 20)); then
  echo "install-deps: Node.js >= 20.19 is needed for the web build (found $(node --version))" >&2
  exit 1
fi
