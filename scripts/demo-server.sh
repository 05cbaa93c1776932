#!/usr/bin/env bash
# Sourced by e2e.sh and bench-web.sh: start_demo_server BINARY PASSWORD TIMEOUT_SECONDS creates a fresh demo
# database in a temporary folder, serves it on a free loopback port with web/dist and sets `url`. It may be
# called more than once (one server per browser-test worker): each call adds its address to `urls`, and when
# the calling script exits every server started is stopped (by PID) and every folder removed. With
# SAMORDNA_TEST_POSTGRES set (scripts/postgres.sh run), each demo is a new database on that PostgreSQL server.
demo_pids=()
demo_works=()
urls=()
stop_demo_servers() {
  local p w
  for p in "${demo_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${demo_pids[@]}"; do wait "$p" 2>/dev/null || true; done
  for w in "${demo_works[@]}"; do rm -rf "$w"; done
}
trap stop_demo_servers EXIT

start_demo_server() {
  local bin=$1 password=$2 limit=$3
  local work pid
  work=$(mktemp -d /tmp/samordna-demo.XXXXXX)
  demo_works+=("$work")
  local db=("--db" "$work/demo.db")
  if [ -n "${SAMORDNA_TEST_POSTGRES:-}" ]; then
    local name="demo_$$_${#demo_works[@]}"
    psql -q "$SAMORDNA_TEST_POSTGRES" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >/dev/null
    db=("--db" "${SAMORDNA_TEST_POSTGRES%/*}/$name" "--key-file" "$work/demo.keys")
  fi
  "$bin" "${db[@]}" demo --admin-password "$password" >/dev/null
  : >"$work/server.log"  # there before the loop below reads it, however late the server starts
  timeout "$limit" "$bin" "${db[@]}" --log-level warn serve --listen 127.0.0.1:0 \
    --web-root "$(pwd)/web/dist" >"$work/server.log" 2>&1 &
  pid=$!
  demo_pids+=("$pid")
  url=""
  for _ in $(seq 1 200); do
    url=$(sed -n 's/^Samordna is serving on \(http:[^ ]*\)\/$/\1/p' "$work/server.log")
    if [ -n "$url" ]; then
      urls+=("$url")
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.1
  done
  echo "the server did not start" >&2
  cat "$work/server.log"
  exit 1
}
