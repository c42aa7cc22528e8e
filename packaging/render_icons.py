"""Render the app icon (resources/icons/briefing-desk.svg) into the files packaging needs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

writes, and the results are committed:
- packaging/linux/icons/hicolor/{16,32,48,64,128,256}x…/apps/APP_ID.png and scalable/apps/APP_ID.svg
  (the freedesktop icon theme layout; packaging/install-linux.sh copies the tree as it is);
- packaging/windows/briefing-desk.ico: every size from 16 to 256 px, each stored as PNG (the
  ICO container is written here because Qt's ICO writer stores one image per file);
- packaging/macos/briefing-desk.icns: Qt's ICNS writer, one 1024 px image (macOS scales it).
  For a full size set on a Mac: packaging/macos/make-icns.sh (uses iconutil).

Rendering uses Qt's own SVG renderer (PySide6.QtSvg), so no other tool is needed. Run it again
after changing the SVG; tests/packaging/test_desktop_files.py checks the files agree with it.
"""

import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: TID251
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: TID251
from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "briefing-desk.svg"
APP_ID = "io.github.briefingdesk.BriefingDesk"
SIZES = (16, 32, 48, 64, 128, 256)
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "briefing-desk.ico"
ICNS = ROOT / "packaging" / "macos" / "briefing-desk.icns"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("could not encode PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, payload = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {SVG}")
    pngs: dict[int, bytes] = {}
    for size in SIZES:
        data = png_bytes(render(renderer, size))
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        pngs[size] = data
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico_bytes(pngs))
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(ICNS), QByteArray(b"icns"))
    if not writer.write(render(renderer, 1024)):
        raise SystemExit(f"could not write {ICNS}: {writer.errorString()}")
    del app
    for path in [*sorted(HICOLOR.rglob("*.*")), ICO, ICNS]:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
