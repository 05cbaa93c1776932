#!/usr/bin/env bash
# Browser tests: the real samordna server on a free loopback port with a fresh demo database, driven by
# Playwright in Debian Chromium (with axe). Stops the server it started, by PID, whatever happens.
set -euo pipefail
# Usage: e2e.sh [BINARY] [PLAYWRIGHT ARGS...] (spec files, --grep ...). SAMORDNA_TODAY, when set, moves the
# server's clock (test builds) and the tests' and the browser's (web/e2e/clock.ts).
bin=$(realpath "${1:-build/asan/bin/samordna}")
shift || true
password="e2e-test-password-1"
source "$(dirname "$0")/demo-server.sh"
# One server, each with its own demo database, per Playwright worker (E2E_WORKERS, default 2): the specs change
# data, so two workers never share a server. A worker finds its server by its parallel index (web/e2e/env.ts).
workers=${E2E_WORKERS:-2}
# Each server is bounded in time, far above a whole run (15 min on a loaded 2-core machine, where 900 s ended
# the servers before the last specs).
for _ in $(seq 1 "$workers"); do start_demo_server "$bin" "$password" 2700; done
cd web
# The tests' own dates are Swedish ones, as the server's and the browser's are (between midnight and 01:00 in
# Sweden, UTC is still on the day before).
TZ=Europe/Stockholm SAMORDNA_BASE_URLS="${urls[*]}" SAMORDNA_ADMIN_USER=admin SAMORDNA_ADMIN_PASSWORD="$password" \
  npx playwright test --workers "$workers" "$@"
