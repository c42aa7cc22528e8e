#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests (issue 17), in a folder of its own.
#
#   scripts/postgres.sh start DIR   (DIR: a new folder; as root, in a folder others may enter)
#                                   installs Debian's postgresql and postgresql-contrib (pg_trgm,
#                                   for the search index) if missing (root or passwordless
#                                   sudo), runs initdb into DIR, starts the server on a free
#                                   loopback port (no other address, its socket inside DIR), and
#                                   prints the test database's URL on stdout
#   scripts/postgres.sh stop DIR    stops that server and removes DIR
#
# PostgreSQL refuses to run as root: as root (CI) the server runs as the `postgres` user the
# Debian package creates. The role `briefing` (superuser of this server only, so the tests may
# create databases) logs in with a random password over TCP; the data are disposable, so
# fsync is off.
set -euo pipefail

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}
[ $# -eq 2 ] || usage
action=$1
dir=$2

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

bin_dir() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$found" ]; then
        echo "$found"
    elif command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}

# The search index (migration 0009) needs the pg_trgm extension: Debian ships it with the server
# (postgresql-contrib names it); other builds may leave it out.
has_pg_trgm() {
    local bin
    bin=$(bin_dir)
    [ -n "$bin" ] && [ -f "$("$bin/pg_config" --sharedir)/extension/pg_trgm.control" ]
}

install_postgresql() {
    has_pg_trgm && return
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
    echo "postgres.sh: installing Debian's postgresql and postgresql-contrib" >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        postgresql postgresql-contrib >&2
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    install_postgresql
    local bin port password options
    bin=$(bin_dir)
    [ -n "$bin" ] || { echo "postgres.sh: no initdb after installing postgresql" >&2; exit 1; }
    has_pg_trgm || { echo "postgres.sh: the server in $bin has no pg_trgm extension" >&2; exit 1; }
    mkdir -m 700 "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
    as_server_user bash -c "umask 077 && printf '%s\n' '$password' > '$dir/password'"
    as_server_user "$bin/initdb" --pgdata="$dir/data" --username=briefing --pwfile="$dir/password" \
        --auth-host=scram-sha-256 --auth-local=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(free_port)
    # one line: pg_ctl pastes it into a shell command
    options="-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir'"
    options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    as_server_user "$bin/pg_ctl" --pgdata="$dir/data" -l "$dir/server.log" --wait start \
        -o "$options" >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    PGPASSWORD=$password "$bin/psql" -q -h 127.0.0.1 -p "$port" -U briefing -d postgres \
        -v ON_ERROR_STOP=1 -c "CREATE DATABASE briefing_test" >&2
    echo "postgresql+psycopg://briefing:$password@127.0.0.1:$port/briefing_test"
}

stop() {
    if [ -d "$dir/data" ]; then  # a server that is already down is fine: the folder still goes
        as_server_user "$(bin_dir)/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop \
            >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case $action in
    start) start ;;
    stop) stop ;;
    *) usage ;;
esac
