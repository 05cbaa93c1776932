#!/usr/bin/env bash
# Sourced by e2e.sh and bench-web.sh: start_demo_server BINARY PASSWORD TIMEOUT_SECONDS creates a fresh demo
# database in a temporary folder, serves it on a free loopback port with web/dist, sets `url`, `pid` and
# `work`, and stops the server (by PID) and removes the folder when the calling script exits. With
# SAMORDNA_TEST_POSTGRES set (scripts/postgres.sh run), the demo is a new database on that PostgreSQL server.
start_demo_server() {
  local bin=$1 password=$2 limit=$3
  work=$(mktemp -d /tmp/samordna-demo.XXXXXX)
  local db=("--db" "$work/demo.db")
  if [ -n "${SAMORDNA_TEST_POSTGRES:-}" ]; then
    local name="demo_$$"
    psql -q "$SAMORDNA_TEST_POSTGRES" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >/dev/null
    db=("--db" "${SAMORDNA_TEST_POSTGRES%/*}/$name" "--key-file" "$work/demo.keys")
  fi
  "$bin" "${db[@]}" demo --admin-password "$password" >/dev/null
  : >"$work/server.log"  # there before the loop below reads it, however late the server starts
  timeout "$limit" "$bin" "${db[@]}" --log-level warn serve --listen 127.0.0.1:0 \
    --web-root "$(pwd)/web/dist" >"$work/server.log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
  url=""
  for _ in $(seq 1 200); do
    url=$(sed -n 's/^Samordna is serving on \(http:[^ ]*\)\/$/\1/p' "$work/server.log")
    [ -n "$url" ] && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.1
  done
  echo "the server did not start" >&2
  cat "$work/server.log"
  exit 1
}
