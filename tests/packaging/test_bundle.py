"""The PyInstaller one-folder bundle, built by packaging/build.sh and copied elsewhere, works on
its own: version, a new database, a meeting brief read back, the GUI started offscreen and closed;
and it installs for one user with packaging/install-linux.sh."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_checks import (
    check_db_init_and_brief,
    check_gui_starts_and_quits,
    check_version,
)
from packaging_helpers import APP_ID, ROOT, VERSION, Bundle, ok, run

DATA = "_internal/briefing_app/_data"


def test_build_reports_the_size(bundle: Bundle) -> None:
    assert f"briefing-desk-{VERSION} built in" in bundle.build_log
    assert "bundle size" in bundle.build_log


def test_data_files_are_in_the_bundle(bundle: Bundle) -> None:
    for relative in (
        "migrations/env.py",
        "migrations/script.py.mako",
        "seed/forum_2025.json",
        "resources/fonts/NotoSans-Regular.ttf",
        "resources/fonts/OFL.txt",
        "resources/icons/briefing-desk.svg",
        "resources/translations/briefing_vi.qm",
        "resources/translations/briefing_vi.ts",
        "resources/translations/qtbase_vi.qm",
    ):
        assert (bundle.folder / DATA / relative).is_file(), relative
    shipped = sorted(p.name for p in (ROOT / "db" / "migrations" / "versions").glob("*.py"))
    bundled = sorted(p.name for p in (bundle.folder / DATA / "migrations" / "versions").glob("*"))
    assert bundled == shipped
    assert not list((bundle.folder / DATA).rglob("__pycache__"))


def test_unused_qt_is_left_out_and_needed_qt_is_in(bundle: Bundle) -> None:
    names = {p.name for p in bundle.folder.rglob("*")}
    for unwanted in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6WebEngineCore.so.6"):
        assert unwanted not in names, unwanted
    assert not [n for n in names if n.startswith(("libQt63D", "libQt6Multimedia"))]
    for needed in (
        "libQt6Pdf.so.6",
        "libqoffscreen.so",
        "libqxcb.so",
        "libqwayland.so",
        "libqsvg.so",
    ):
        assert needed in names, needed


def test_version(bundle: Bundle, tmp_path: Path) -> None:
    check_version([bundle.executable], tmp_path)


def test_db_init_and_a_meeting_brief(bundle: Bundle, tmp_path: Path) -> None:
    check_db_init_and_brief([bundle.executable], tmp_path)


def test_the_gui_starts_offscreen_and_closes(bundle: Bundle, tmp_path: Path) -> None:
    check_gui_starts_and_quits([bundle.executable], tmp_path)


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs xvfb-run (package xvfb)")
def test_the_gui_starts_on_x11(bundle: Bundle, tmp_path: Path) -> None:
    """The xcb platform plugin and its libraries are complete (the bundle on a real display)."""
    db = tmp_path / "x11.sqlite3"
    done = subprocess.run(
        ["xvfb-run", "-a", str(bundle.executable), "--db", str(db)],
        cwd=tmp_path,
        env={
            **{k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"},
            "BRIEFING_QUIT_AFTER_START": "1",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert db.is_file()


@pytest.mark.skipif(sys.platform != "linux", reason="user-level install is for Linux desktops")
def test_user_install_into_a_prefix(bundle: Bundle, tmp_path: Path) -> None:
    prefix = tmp_path / "dot-local"
    script = ROOT / "packaging" / "install-linux.sh"
    done = ok(run(["bash", script, "--prefix", prefix, bundle.folder], cwd=tmp_path))
    assert f"Briefing desk {VERSION} installed" in done.stdout
    command = prefix / "bin" / "briefing-desk"
    assert command.is_symlink()
    assert ok(run([command, "--version"], cwd=tmp_path)).stdout.split()[-1] == VERSION
    desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{prefix}/lib/briefing-desk/briefing-desk"' in desktop.read_text()
    ok(run(["desktop-file-validate", desktop], cwd=tmp_path))
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    icons = prefix / "share" / "icons" / "hicolor"
    for size in (16, 32, 48, 64, 128, 256):
        assert (icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()

    ok(run(["bash", script, "--prefix", prefix, "--uninstall"], cwd=tmp_path))
    assert not command.exists() and not command.is_symlink()
    assert not desktop.exists()
    assert not (prefix / "lib" / "briefing-desk").exists()
    assert not list(icons.rglob(f"{APP_ID}.*"))
