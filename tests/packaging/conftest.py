"""Packaging fixtures: the wheel installed into a fresh virtual environment, and the PyInstaller
bundle, each built once per test session (about 20 s and 50 s on two cores).

Set BRIEFING_SKIP_PACKAGING=1 to skip these tests locally when iterating on something else; CI
runs them.
"""

import os
import shutil
import sys
import time
import venv
from pathlib import Path

import pytest
from packaging_helpers import ROOT, VERSION, Bundle, WheelInstall, ok, run


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if os.environ.get("BRIEFING_SKIP_PACKAGING") == "1":
        skip = pytest.mark.skip(reason="BRIEFING_SKIP_PACKAGING=1")
        for item in items:
            if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
                item.add_marker(skip)


@pytest.fixture(scope="session")
def wheel_install(tmp_path_factory: pytest.TempPathFactory) -> WheelInstall:
    """`python -m build --wheel`, then a new venv (outside the checkout) with the wheel and its
    dependencies installed by pip as a user would."""
    out = tmp_path_factory.mktemp("wheel")
    ok(run([sys.executable, "-m", "build", "--wheel", "--outdir", out, ROOT], cwd=out, timeout=300))
    (wheel,) = out.glob("briefing_desk-*.whl")
    env_dir = tmp_path_factory.mktemp("installed") / "venv"
    started = time.monotonic()
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    bin_dir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    python = bin_dir / "python"
    ok(
        run(
            [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel],
            cwd=env_dir,
            timeout=600,
        )
    )
    seconds = time.monotonic() - started
    return WheelInstall(wheel, env_dir, python, bin_dir / "briefing-app", seconds)


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """packaging/build.sh into a temporary dist folder; the bundle is then copied to another
    folder (as a user would unpack it) and used from there."""
    work = tmp_path_factory.mktemp("pyinstaller")
    built = run(
        [
            "bash",
            ROOT / "packaging" / "build.sh",
            "--dist",
            work / "dist",
            "--work",
            work / "build",
            "--no-archive",
        ],
        cwd=ROOT,
        timeout=600,
    )
    ok(built)
    name = f"briefing-desk-{VERSION}"
    elsewhere = tmp_path_factory.mktemp("copied") / name
    shutil.copytree(work / "dist" / name, elsewhere, symlinks=True)
    shutil.rmtree(work)
    exe = elsewhere / ("briefing-desk.exe" if sys.platform == "win32" else "briefing-desk")
    return Bundle(elsewhere, exe, built.stdout + built.stderr)
