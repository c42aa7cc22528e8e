#!/usr/bin/env bash
# Installs what is needed, then runs the whole check: ruff (lint + format), mypy, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
QT_QPA_PLATFORM=offscreen .venv/bin/pytest "$@"
