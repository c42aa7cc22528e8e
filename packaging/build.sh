#!/usr/bin/env bash
# Builds the desktop bundle with PyInstaller: dist/briefing-desk-VERSION/ (one folder, with the
# `briefing-desk` executable inside), plus dist/briefing-desk-VERSION-linux-ARCH.tar.gz, and
# prints the bundle's size. One command from a clean checkout:
#     packaging/build.sh
# It sets up .venv (scripts/bootstrap.sh) when there is none, installs PyInstaller into it when
# missing, and refreshes the project's installed metadata when pyproject's version changed.
# Options: --dist DIR (default dist), --work DIR (default build/pyinstaller), --no-archive.
set -euo pipefail
cd "$(dirname "$0")/.."

dist=dist
work=build/pyinstaller
archive=1
while [ $# -gt 0 ]; do
    case "$1" in
        --dist) dist=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        --no-archive) archive=0; shift ;;
        *) echo "usage: packaging/build.sh [--dist DIR] [--work DIR] [--no-archive]" >&2; exit 2 ;;
    esac
done

[ -x .venv/bin/python ] || scripts/bootstrap.sh
py=.venv/bin/python
pip=("$py" -m pip install --quiet --disable-pip-version-check)

if ! "$py" -c "import PyInstaller" 2>/dev/null; then
    echo "build: installing PyInstaller into .venv"
    "${pip[@]}" "pyinstaller>=6.16,<7"
fi

# The bundle's version comes from the installed metadata (copied into the bundle); make sure
# it is the one pyproject.toml states.
wanted=$("$py" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
installed=$("$py" -c 'from importlib.metadata import version; print(version("briefing-desk"))' 2>/dev/null || true)
if [ "$wanted" != "$installed" ]; then
    echo "build: installing briefing-desk $wanted into .venv (found: ${installed:-none})"
    "${pip[@]}" --no-deps -e .
fi

start=$(date +%s)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/briefing-desk.spec
seconds=$(( $(date +%s) - start ))

bundle="$dist/briefing-desk-$wanted"
[ -x "$bundle/briefing-desk" ] || { echo "build: $bundle/briefing-desk is missing" >&2; exit 1; }
echo "build: bundle $bundle built in ${seconds} s"
echo "build: bundle size $(du -sh "$bundle" | cut -f1) ($(du -sb "$bundle" | cut -f1) bytes)"
if [ "$archive" = 1 ]; then
    tarball="$dist/briefing-desk-$wanted-linux-$(uname -m).tar.gz"
    tar -C "$dist" -czf "$tarball" "briefing-desk-$wanted"
    echo "build: archive $tarball ($(du -sh "$tarball" | cut -f1))"
fi
