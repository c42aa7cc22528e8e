"""The wheel carries everything the app needs at run time, and the app runs from a fresh virtual
environment outside the source tree: version, a new database, a meeting brief, the GUI."""

import json
import zipfile

from packaging_checks import (
    check_db_init_and_brief,
    check_gui_starts_and_quits,
    check_version,
)
from packaging_helpers import ROOT, VERSION, WheelInstall, ok, run

REQUIRED_DATA = [
    "briefing_app/_data/migrations/env.py",
    "briefing_app/_data/migrations/script.py.mako",
    "briefing_app/_data/seed/forum_2025.json",
    "briefing_app/_data/seed/dataset.schema.json",
    "briefing_app/_data/resources/fonts/NotoSans-Regular.ttf",
    "briefing_app/_data/resources/fonts/OFL.txt",
    "briefing_app/_data/resources/fonts/ipaexg.ttf",
    "briefing_app/_data/resources/fonts/IPA_Font_License_Agreement_v1.0.txt",
    "briefing_app/_data/resources/icons/briefing-desk.svg",
    "briefing_app/_data/resources/translations/briefing_vi.qm",
    "briefing_app/_data/resources/translations/briefing_vi.ts",
    "briefing_app/_data/resources/translations/qtbase_vi.qm",
]


def test_the_wheel_holds_the_run_time_data(wheel_install: WheelInstall) -> None:
    assert wheel_install.wheel.name == f"briefing_desk-{VERSION}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel_install.wheel).namelist())
    for required in REQUIRED_DATA:
        assert required in names, required
    revisions = sorted(n for n in names if n.startswith("briefing_app/_data/migrations/versions/"))
    shipped = sorted((ROOT / "db" / "migrations" / "versions").glob("*.py"))
    assert [n.rsplit("/", 1)[1] for n in revisions] == [p.name for p in shipped]
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    # Every shipped seed, font and icon file is in the wheel.
    for folder, target in (("db/seed", "seed"), ("resources", "resources")):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file():
                relative = path.relative_to(ROOT / folder).as_posix()
                assert f"briefing_app/_data/{target}/{relative}" in names, relative


def test_the_installed_copy_is_used(wheel_install: WheelInstall, tmp_path) -> None:
    done = ok(
        run(
            [
                wheel_install.python,
                "-c",
                "import json, briefing_app, briefing_app.resources as r;"
                "print(json.dumps([briefing_app.__file__, briefing_app.__version__,"
                " str(r.data_dir('migrations')), str(r.data_dir('resources'))]))",
            ],
            cwd=tmp_path,
        )
    )
    module, version, migrations, resources = json.loads(done.stdout)
    site = str(wheel_install.venv)
    assert module.startswith(site), module
    assert migrations.startswith(site) and resources.startswith(site)
    assert version == VERSION
    assert not module.startswith(str(ROOT))


def test_version(wheel_install: WheelInstall, tmp_path) -> None:
    check_version([wheel_install.command], tmp_path)


def test_db_init_and_a_meeting_brief(wheel_install: WheelInstall, tmp_path) -> None:
    check_db_init_and_brief([wheel_install.command], tmp_path)


def test_the_gui_starts_offscreen(wheel_install: WheelInstall, tmp_path) -> None:
    check_gui_starts_and_quits([wheel_install.command], tmp_path)


def test_build_main_window_from_the_installed_copy(wheel_install: WheelInstall, tmp_path) -> None:
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from briefing_app.app import APP_ID, build_main_window\n"
        "from briefing_app.i18n import Language\n"
        "app = QApplication(sys.argv[:1])\n"
        f"window = build_main_window({str(tmp_path / 'w.sqlite3')!r}, language=Language.VI)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(window.windowTitle(), '|', app.desktopFileName(), '|', app.applicationVersion(),\n"
        "      '|', window.menuBar().actions()[0].text())\n"
        "window.close()\n"
        "window.database.engine.dispose()\n"
    )
    done = ok(run([wheel_install.python, "-c", script], cwd=tmp_path))
    title, desktop_file, version, file_menu = (part.strip() for part in done.stdout.split("|"))
    assert "Briefing desk" in title
    assert desktop_file == "io.github.briefingdesk.BriefingDesk"
    assert version == VERSION
    assert file_menu == "&Tệp"  # the Vietnamese translation, found in the installed copy
