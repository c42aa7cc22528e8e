#!/usr/bin/env bash
# Installs what is needed, then runs the whole check: ruff (lint + format), mypy, pytest
# (on SQLite, and the store and service suites on a throw-away PostgreSQL too).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
# The store and service suites also run on PostgreSQL (issue 17): a throw-away server unless
# BRIEFING_TEST_PG_URL already names one.
if [ -z "${BRIEFING_TEST_PG_URL:-}" ]; then
    pg_dir="${TMPDIR:-/tmp}/briefing-test-pg.$$"
    trap 'scripts/postgres.sh stop "$pg_dir"' EXIT
    BRIEFING_TEST_PG_URL=$(scripts/postgres.sh start "$pg_dir")
    export BRIEFING_TEST_PG_URL
fi
QT_QPA_PLATFORM=offscreen .venv/bin/pytest "$@"
