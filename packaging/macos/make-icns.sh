#!/usr/bin/env bash
# macOS only: build packaging/macos/briefing-desk.icns with every size from the SVG, using
# Apple's iconutil. (packaging/render_icons.py already writes a one-image .icns with Qt, which is
# enough for PyInstaller; this gives Finder crisp small sizes too.)
set -euo pipefail
cd "$(dirname "$0")/../.."
set_dir=$(mktemp -d)/briefing-desk.iconset
mkdir -p "$set_dir"
QT_QPA_PLATFORM=offscreen .venv/bin/python - "$set_dir" <<'PY'
import sys
from pathlib import Path

sys.path.insert(0, "packaging")
from render_icons import SVG, render  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402,TID251
from PySide6.QtSvg import QSvgRenderer  # noqa: E402,TID251

app = QGuiApplication(sys.argv[:1])
renderer = QSvgRenderer(str(SVG))
out = Path(sys.argv[1])
for size in (16, 32, 128, 256, 512):
    render(renderer, size).save(str(out / f"icon_{size}x{size}.png"))
    render(renderer, size * 2).save(str(out / f"icon_{size}x{size}@2x.png"))
PY
iconutil -c icns -o packaging/macos/briefing-desk.icns "$set_dir"
echo "wrote packaging/macos/briefing-desk.icns"
