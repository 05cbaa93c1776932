#!/usr/bin/env bash
# make bench-web: Lighthouse over the main pages of each role (bench/web/lighthouse.mjs) against the release
# build serving a fresh demo database on a free loopback port. Stops the server it started, by PID.
set -euo pipefail
# Usage: bench-web.sh [BINARY] [lighthouse.mjs options: --only PATH, --no-goals, --out DIR]
bin=$(realpath "${1:-build/release/bin/samordna}")
shift || true
password="bench-web-password-1"
source "$(dirname "$0")/demo-server.sh"
start_demo_server "$bin" "$password" 1800
node bench/web/lighthouse.mjs "$url" "$password" "$@"
