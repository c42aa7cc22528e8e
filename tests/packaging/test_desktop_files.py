"""Linux desktop integration files and the other platforms' icons: valid, and agreeing with the
app on its id, its icon and its version."""

import re
import struct
import subprocess
import xml.etree.ElementTree as ET

from packaging_helpers import APP_ID, ROOT, VERSION

from briefing_app.app import DESKTOP_FILE

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SIZES = (16, 32, 48, 64, 128, 256)


def test_the_app_declares_the_same_id() -> None:
    assert DESKTOP_FILE == APP_ID
    assert APP_ID in (ROOT / "packaging" / "render_icons.py").read_text(encoding="utf-8")
    assert APP_ID in (ROOT / "packaging" / "install-linux.sh").read_text(encoding="utf-8")


def test_desktop_file_is_valid() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    entries = dict(line.split("=", 1) for line in lines if "=" in line)
    assert entries["Icon"] == APP_ID
    assert entries["Exec"] == "briefing-desk"


def test_metainfo_is_valid() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_metainfo_agrees_with_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == VERSION
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    released = re.findall(r"^## \[(\d[^\]]*)\] - (\d{4}-\d\d-\d\d)", changelog, re.MULTILINE)
    assert released[0] == (VERSION, newest.get("date"))


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icons_in_every_size() -> None:
    hicolor = LINUX / "icons" / "hicolor"
    for size in SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_size(png.read_bytes()) == (size, size)
    svg = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "briefing-desk.svg").read_bytes()


def test_windows_and_macos_icons() -> None:
    ico = (ROOT / "packaging" / "windows" / "briefing-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(SIZES))
    sides = []
    for index in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index]
        )
        assert _png_size(ico[offset : offset + length])[0] == (side or 256)
        sides.append(side or 256)
    assert sides == list(SIZES)
    icns = (ROOT / "packaging" / "macos" / "briefing-desk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert (ROOT / "packaging" / "windows" / "briefing-desk.iss").is_file()
