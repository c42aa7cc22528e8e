"""What a start reads first (issue 16): the overview's figures, then the catalogue the other
pages' pick lists offer (52,000 parties and 20,000 meetings on a large database take seconds).
Starting on another page reads the catalogue at once."""

from pathlib import Path

import pytest
from gui_fakes import FakePrompts
from gui_helpers import make_window, shut
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from briefing_app.store.database import OpenedDatabase
from briefing_app.ui import workspace
from briefing_app.ui.main_window import MainWindow


def _record_catalogue_reads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each catalogue read, and whether an overview had shown its figures by then."""
    reads: list[bool] = []
    shown: list[object] = []
    original = workspace.read_catalogue
    build = workspace.OverviewPage.present

    def arrived(page: workspace.OverviewPage, overview: object) -> None:
        shown.append(overview)
        build(page, overview)  # type: ignore[arg-type]

    def read(engine: Engine) -> workspace.Catalogue:
        reads.append(bool(shown))
        return original(engine)

    monkeypatch.setattr(workspace.OverviewPage, "present", arrived)
    monkeypatch.setattr(workspace, "read_catalogue", read)
    return reads


def test_the_overview_shows_before_the_catalogue_is_read(
    qtbot: QtBot,
    seeded_db: OpenedDatabase,
    prompts: FakePrompts,
    settings_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads = _record_catalogue_reads(monkeypatch)
    window: MainWindow = make_window(qtbot, seeded_db.url, prompts, settings_file)
    try:
        assert reads == [True]
        assert window.current_kind() == "overview" and window.overview.overview is not None
        window.go("actions")
        qtbot.waitUntil(lambda: window.actions_page.model.total > 0, timeout=5000)
    finally:
        shut(window)


def test_a_start_on_another_page_reads_the_catalogue_at_once(
    qtbot: QtBot,
    seeded_db: OpenedDatabase,
    prompts: FakePrompts,
    settings_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    QSettings(str(settings_file), QSettings.Format.IniFormat).setValue("window/lastView", "meeting")
    reads = _record_catalogue_reads(monkeypatch)
    window: MainWindow = make_window(qtbot, seeded_db.url, prompts, settings_file)
    try:
        assert reads == [False]
        assert window.current_kind() == "meeting"
    finally:
        shut(window)
