"""`briefing-app` without a command on a machine with no display (issue 12, item 7): one line
saying so and how to run the command-line tools instead, exit 1; never Qt's abort and a core
dump. QT_QPA_PLATFORM=offscreen still starts the app without a display."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.launch import NO_DISPLAY, display_missing

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def _start(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    env.update(extra, BRIEFING_QUIT_AFTER_START="1")
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", "--db", str(tmp_path / "b.sqlite3")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(sys.platform != "linux", reason="Windows and macOS always have a display")
def test_no_display_is_one_line_and_exit_1(tmp_path: Path) -> None:
    done = _start(tmp_path)
    assert done.returncode == 1, done  # not -SIGABRT (Qt's abort), not 134 (a shell's view)
    assert done.returncode != -signal.SIGABRT
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [NO_DISPLAY]
    assert "no display was found" in done.stderr
    assert "briefing-app --help" in done.stderr
    assert done.stdout == ""
    assert not list(tmp_path.glob("core*"))
    assert not (tmp_path / "b.sqlite3").exists()  # stopped before anything was opened


@pytest.mark.skipif(sys.platform != "linux", reason="Windows and macOS always have a display")
def test_offscreen_still_starts_without_a_display(tmp_path: Path) -> None:
    done = _start(tmp_path, QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert (tmp_path / "b.sqlite3").is_file()


@pytest.mark.parametrize(
    ("environ", "platform", "missing"),
    [
        ({}, "linux", True),
        ({"DISPLAY": " "}, "linux", True),
        ({"QT_QPA_PLATFORM": ""}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "freebsd14", True),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_which_environments_have_no_display(
    environ: dict[str, str], platform: str, missing: bool
) -> None:
    assert display_missing(environ, platform) is missing
