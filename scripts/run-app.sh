#!/usr/bin/env bash
# Installs what is needed, then starts the desktop app on the default database
# (or the one given with --db / BRIEFING_DB_URL). Extra arguments go to briefing-app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
exec .venv/bin/briefing-app "$@"
