#!/usr/bin/env bash
# make bench-web: Lighthouse over the main pages of each role (bench/web/lighthouse.mjs) against the release
# build serving a fresh demo database on a free loopback port. Stops the server it started, by PID.
set -euo pipefail
# Usage: bench-web.sh [BINARY] [lighthouse.mjs options: --only PATH, --no-goals, --out DIR]
bin=$(realpath "${1:-build/release/bin/samordna}")
shift || true
work=$(mktemp -d /tmp/samordna-bench-web.XXXXXX)
password="bench-web-password-1"
"$bin" --db "$work/bench.db" demo --admin-password "$password" >/dev/null
timeout 1800 "$bin" --db "$work/bench.db" --log-level warn serve --listen 127.0.0.1:0 \
  --web-root "$(pwd)/web/dist" >"$work/server.log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
url=""
for _ in $(seq 1 200); do
  url=$(sed -n 's/^Samordna is serving on \(http:[^ ]*\)\/$/\1/p' "$work/server.log")
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "bench-web: server did not start" >&2; cat "$work/server.log"; exit 1; }
node bench/web/lighthouse.mjs "$url" "$password" "$@"
