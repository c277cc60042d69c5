#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on 127.0.0.1:55432 for the @pytest.mark.postgres tests.
# Installs Debian's postgresql when missing. Prints only the store URL on stdout (logs go to stderr):
#   export REPLYWISE_TEST_PG_URL="$(bash .ci/start-postgres.sh)"
# `bash .ci/start-postgres.sh stop` stops the cluster and deletes its data directory.
set -euo pipefail

PORT="${REPLYWISE_PG_PORT:-55432}"
DB=replywise_test
STATE="/tmp/replywise-pg-${PORT}.datadir"
log() { echo "start-postgres: $*" >&2; }

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

BIN="$(find_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/pg_ctl" ]; then
    log "installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    BIN="$(find_bin)"
fi

# initdb and postgres refuse to run as root: run them as the postgres user then.
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-start}" = stop ]; then
    if [ -f "$STATE" ]; then
        DATA="$(cat "$STATE")"
        as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2 || true
        rm -rf "$DATA" "$STATE"
    fi
    exit 0
fi

if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
    DATA="$(mktemp -d /tmp/replywise-pg.XXXXXX)"
    [ "$(id -u)" = 0 ] && chown postgres: "$DATA"
    chmod 700 "$DATA"
    log "initialising a cluster in $DATA"
    as_pg "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >&2
    # Throwaway data: fsync off makes the tests fast; loopback only, socket in the data dir.
    as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 \
        -o "-p $PORT -c listen_addresses=127.0.0.1 -k $DATA -c fsync=off -c full_page_writes=off" start >&2
    echo "$DATA" > "$STATE"
fi

if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" \
        | grep -q 1; then
    "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
fi

echo "postgresql+psycopg://postgres@127.0.0.1:${PORT}/${DB}"
