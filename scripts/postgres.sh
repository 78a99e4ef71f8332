#!/usr/bin/env bash
# A throwaway PostgreSQL on loopback for the test run. Source it, then:
#   postgres_start   initdb into a temp folder, start on a free port, export JOBMATCH_TEST_POSTGRES
#   postgres_stop    stop it and delete the folder
# or run it: `bash scripts/postgres.sh start|stop` (start prints the export line).
# Debian's postgresql-15 is installed where missing. initdb refuses root, so the server runs as the
# postgres user when this runs as root. Trust authentication on 127.0.0.1 only: it lives for one run.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

postgres_install() {
  [ -x "$PG_BIN/initdb" ] && return 0
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -q >/dev/null &&
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends postgresql-15 >/dev/null
}

postgres_as() { # runs a command as the server's owner
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
  postgres_install || { echo "postgres.sh: could not install postgresql-15" >&2; return 1; }
  JOBMATCH_PG_DIR=$(mktemp -d /tmp/jobmatch-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres: "$JOBMATCH_PG_DIR"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
  postgres_as "$PG_BIN/initdb" -D "$JOBMATCH_PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$JOBMATCH_PG_DIR/initdb.log" 2>&1 ||
    { echo "postgres.sh: initdb failed:" >&2; cat "$JOBMATCH_PG_DIR/initdb.log" >&2; return 1; }
  # fsync off: the data lives for one test run. JOBMATCH_PG_DURABLE=1 keeps PostgreSQL's defaults instead, so that a
  # benchmark's commits are synced as SQLite's are. max_connections: several hosts, each with a pool per source.
  local flags="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${JOBMATCH_PG_DURABLE:-}" = 1 ] && flags=""
  postgres_as "$PG_BIN/pg_ctl" -D "$JOBMATCH_PG_DIR/data" -l "$JOBMATCH_PG_DIR/server.log" -w -t 60 \
    -o "-k $JOBMATCH_PG_DIR -p $port -c listen_addresses=127.0.0.1 $flags -c max_connections=400" start >/dev/null ||
    { echo "postgres.sh: the server did not start:" >&2; cat "$JOBMATCH_PG_DIR/server.log" >&2; return 1; }
  export JOBMATCH_PG_DIR
  export JOBMATCH_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
}

postgres_stop() {
  [ -n "${JOBMATCH_PG_DIR:-}" ] && [ -d "$JOBMATCH_PG_DIR" ] || return 0
  postgres_as "$PG_BIN/pg_ctl" -D "$JOBMATCH_PG_DIR/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$JOBMATCH_PG_DIR"
  unset JOBMATCH_PG_DIR JOBMATCH_TEST_POSTGRES
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  case "${1:-}" in
    start) postgres_start && echo "export JOBMATCH_PG_DIR=$JOBMATCH_PG_DIR JOBMATCH_TEST_POSTGRES='$JOBMATCH_TEST_POSTGRES'" ;;
    stop) JOBMATCH_PG_DIR=${2:-${JOBMATCH_PG_DIR:-}} postgres_stop ;;
    *) echo "usage: scripts/postgres.sh start|stop [dir]" >&2; exit 2 ;;
  esac
fi
