"""Helpers for the packaging tests: run a program as a user would, away from the checkout."""

import os
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VERSION: str = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "version"
]
APP_ID = "io.github.briefingdesk.BriefingDesk"


def clean_env(**extra: str) -> dict[str, str]:
    """The test's environment (isolated user folders, offscreen Qt) without anything that
    would let the program under test import the source checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.pop("VIRTUAL_ENV", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def run(
    argv: list[str | Path], *, cwd: Path, timeout: float = 120, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in argv],
        cwd=cwd,
        env=clean_env(**extra_env),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def ok(done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    report = f"{done.args}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
    assert done.returncode == 0, report
    assert "Traceback" not in done.stderr, done.stderr
    return done


@dataclass(frozen=True)
class WheelInstall:
    wheel: Path
    venv: Path
    python: Path
    command: Path  # the installed `briefing-app` console script
    install_seconds: float


@dataclass(frozen=True)
class Bundle:
    folder: Path  # a copy of dist/briefing-desk-VERSION, made elsewhere
    executable: Path
    build_log: str
