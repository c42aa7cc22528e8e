#!/usr/bin/env bash
# Installs what Briefing desk needs on a Debian-like machine: the system libraries Qt and the
# tests use (only those missing, and only when we may: root or passwordless sudo), then a
# virtual environment in .venv with the project and, with --test, its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

system_packages=(
    libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3
    libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
    xvfb xauth poppler-utils appstream desktop-file-utils
    # the tests open Word briefs in LibreOffice, as an officer would (writer only, no GUI)
    libreoffice-writer-nogui
)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
    for pkg in "${system_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
fi
if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
    echo "bootstrap: installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
# postgres: the driver and the keyring for a team server (Preferences ▸ Team server)
extra="[postgres]"
[ "${1:-}" = "--test" ] && extra="[test,postgres]"  # the tests also run on PostgreSQL
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extra}"
