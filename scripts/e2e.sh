#!/usr/bin/env bash
# Browser tests: the real samordna server on a free loopback port with a fresh demo database, driven by
# Playwright in Debian Chromium (with axe). Stops the server it started, by PID, whatever happens.
set -euo pipefail
# Usage: e2e.sh [BINARY] [PLAYWRIGHT ARGS...] (spec files, --grep ...). SAMORDNA_TODAY, when set, moves the
# server's clock (test builds) and the tests' and the browser's (web/e2e/clock.ts).
bin=$(realpath "${1:-build/asan/bin/samordna}")
shift || true
work=$(mktemp -d /tmp/samordna-e2e.XXXXXX)
password="e2e-test-password-1"
"$bin" --db "$work/e2e.db" demo --admin-password "$password" >/dev/null
timeout 900 "$bin" --db "$work/e2e.db" --log-level warn serve --listen 127.0.0.1:0 \
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
[ -n "$url" ] || { echo "e2e: server did not start" >&2; cat "$work/server.log"; exit 1; }
cd web
# The tests' own dates are Swedish ones, as the server's and the browser's are (between midnight and 01:00 in
# Sweden, UTC is still on the day before).
TZ=Europe/Stockholm SAMORDNA_BASE_URL="$url" SAMORDNA_ADMIN_USER=admin SAMORDNA_ADMIN_PASSWORD="$password" \
  npx playwright test "$@"
