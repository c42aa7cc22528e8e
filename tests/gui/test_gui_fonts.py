"""The shipped fonts make Vietnamese and Japanese render on a machine with no fonts at all.

Run in a child process whose fontconfig sees an empty folder only: before registration the
Japanese characters have no font; after it, Noto Sans and IPAexGothic cover the texts.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
def covers(family, text):
    metrics = QFontMetrics(QFont(family))
    return all(metrics.inFontUcs4(ord(c)) for c in text if not c.isspace())

before = {"families": QFontDatabase.families(), "japanese": covers("Sans Serif", "山梨県")}
from briefing_app.ui.fonts import register_shipped_fonts
families = register_shipped_fonts(app)
label = QLabel("Thanh Hóa · Đà Nẵng · 山梨県")
label.adjustSize()
after = {
    "registered": families,
    "app_font": app.font().families(),
    "vietnamese": covers("Noto Sans", "Thanh Hóa Đà Nẵng Nghi Sơn Thọ Xuân Cường ữ ệ"),
    "japanese": covers("IPAexGothic", "山梨県 高市早苗 石破茂 在ベトナム日本国大使館"),
    "rendered": not label.grab().isNull(),
}
print(json.dumps({"before": before, "after": after}))
"""


def test_fonts_render_without_any_system_font(tmp_path: Path) -> None:
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{empty}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert not report["before"]["japanese"], "the child must start without any CJK font"
    after = report["after"]
    assert after["registered"] == ["Noto Sans", "IPAexGothic"]
    assert after["app_font"][-2:] == ["Noto Sans", "IPAexGothic"]
    assert after["vietnamese"] and after["japanese"] and after["rendered"]
