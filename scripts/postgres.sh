#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests: initdb in a temporary folder, run as the unprivileged user
# postgres when called as root, listening on a loopback port only, trust authentication for the loopback user
# samordna (nothing else can connect), fsync off (its data is thrown away).
#
#   scripts/postgres.sh run [--replica] COMMAND...
#       start a server, run COMMAND with SAMORDNA_TEST_POSTGRES set to
#       postgresql://samordna@127.0.0.1:PORT/samordna_test, stop the server (also when COMMAND fails), exit with
#       COMMAND's status. --replica: also a streaming replica (pg_basebackup -R, hot standby) on the next free
#       port, named by SAMORDNA_TEST_POSTGRES_REPLICA.
# PGPORT_TEST chooses the port (default: a free one from 25432 up, below Linux's ephemeral range, 32768 up,
# where a test client's connection in TIME-WAIT can hold a port that looks free and still cannot be bound).
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
[[ -x "$PG_BIN/initdb" ]] || { echo "postgres.sh: $PG_BIN/initdb not found (apt-get install postgresql-15)" >&2; exit 1; }

as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port=${PGPORT_TEST:-25432}
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# start DIR PORT: a new cluster in DIR/data, started and with the database samordna_test.
start() {
  local dir=$1 port=$2
  mkdir -p "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
  as_pg "$PG_BIN/initdb" -D "$dir/data" -U samordna --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; return 1; }
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
shared_buffers = 64MB
wal_level = replica
max_wal_senders = 4
CONF
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start >/dev/null ||
    { cat "$dir/server.log" >&2; return 1; }
  as_pg "$PG_BIN/psql" -q -h 127.0.0.1 -p "$port" -U samordna -d postgres -c "CREATE DATABASE samordna_test" >/dev/null
}

# start_replica DIR PRIMARY_PORT PORT: a hot standby of the server in DIR/data, in DIR/replica.
start_replica() {
  local dir=$1 primary=$2 port=$3
  as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$primary" -U samordna -D "$dir/replica" -R -X stream \
    >"$dir/basebackup.log" 2>&1 || { cat "$dir/basebackup.log" >&2; return 1; }
  cat >>"$dir/replica/postgresql.conf" <<CONF
port = $port
hot_standby = on
CONF
  as_pg "$PG_BIN/pg_ctl" -D "$dir/replica" -l "$dir/replica.log" -w -t 30 start >/dev/null ||
    { cat "$dir/replica.log" >&2; return 1; }
}

stop() {
  local dir=$1
  for cluster in replica data; do
    [[ -f "$dir/$cluster/postmaster.pid" ]] && as_pg "$PG_BIN/pg_ctl" -D "$dir/$cluster" -m immediate -w stop >/dev/null 2>&1
  done
  rm -rf "$dir"
}

case "${1:-}" in
  run)
    shift
    replica=0
    if [[ "${1:-}" == "--replica" ]]; then replica=1; shift; fi
    dir=$(mktemp -d /tmp/samordna-pg-XXXXXX)
    chmod 755 "$dir"
    port=$(free_port)
    trap 'stop "$dir"' EXIT
    start "$dir" "$port"
    echo "postgres.sh: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
    if ((replica)); then
      replica_port=$(PGPORT_TEST=$((port + 1)) free_port)
      start_replica "$dir" "$port" "$replica_port"
      echo "postgres.sh: its streaming replica on 127.0.0.1:$replica_port"
      export SAMORDNA_TEST_POSTGRES_REPLICA="postgresql://samordna@127.0.0.1:$replica_port/samordna_test"
    fi
    SAMORDNA_TEST_POSTGRES="postgresql://samordna@127.0.0.1:$port/samordna_test" "$@"
    ;;
  *)
    echo "usage: $0 run [--replica] COMMAND..." >&2
    exit 2
    ;;
esac
