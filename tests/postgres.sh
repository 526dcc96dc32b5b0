#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: Debian's server, a private data folder and port under a temporary
# directory, trust authentication on 127.0.0.1 only. Installs the server when missing (as root).
#   tests/postgres.sh start DIR PORT   → prints the connection string to use for PUBLICSITE_TEST_POSTGRES
#   tests/postgres.sh stop DIR
set -euo pipefail
command=${1:?start|stop}; dir=${2:?directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
case "$command" in
  start)
    port=${3:?port}
    if [ -z "$bin" ]; then
      [ "$(id -u)" = 0 ] || { echo "The PostgreSQL tests need: sudo apt-get install -y postgresql" >&2; exit 1; }
      echo "Installing postgresql …" >&2
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
      bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    fi
    mkdir -p "$dir"
    as=()
    # initdb refuses to run as root: the cluster belongs to the postgres account the package created.
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; as=(su postgres -c); fi
    run() { if [ ${#as[@]} -gt 0 ]; then "${as[@]}" "$*"; else sh -c "$*"; fi; }
    run "'$bin/initdb' -D '$dir/data' -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8" >/dev/null
    # Durability is not what the tests measure: fsync off makes each test database's migrations cheap.
    run "'$bin/pg_ctl' -D '$dir/data' -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" -l '$dir/log' -w start" >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      if [ "$(id -u)" = 0 ]; then su postgres -c "'$bin/pg_ctl' -D '$dir/data' stop -m immediate" >/dev/null || true
      else "$bin/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null || true; fi
    fi
    rm -rf "$dir"
    ;;
esac
