"""New event like this… in either interface language: the name typed is the interface
language's version of the new event's name (issue 15); the other version is never that text."""

from collections.abc import Iterator

import pytest
from gui_fakes import FakePrompts
from gui_helpers import replace_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from record_helpers import close, newest_editor, select
from sqlalchemy.engine import Engine

from briefing_app.domain import models as m
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.translations import version
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.engine import make_engine
from briefing_app.store.unit_of_work import reading
from briefing_app.ui.event_copy_dialog import EventCopyDialog
from briefing_app.ui.language import interface_language
from briefing_app.ui.main_window import MainWindow


@pytest.fixture
def colleague(seeded_db: OpenedDatabase) -> Iterator[Engine]:
    engine = make_engine(seeded_db.url)
    yield engine
    engine.dispose()


def _names(engine: Engine, event_id: int) -> tuple[str, str | None]:
    with reading(engine) as session:
        event = session.get_one(m.Event, event_id)
        return event.name, version(event, "name", "vi")


def test_the_name_typed_is_the_interface_languages_version(
    qtbot: QtBot, any_window: MainWindow, prompts: FakePrompts, colleague: Engine
) -> None:
    window = any_window
    old_english, old_vietnamese = _names(colleague, 1)
    select(qtbot, window, RecordKind.EVENT, 1)
    typed = "Diễn đàn lần thứ hai"

    def answer(dialog: EventCopyDialog) -> None:
        dialog.show()
        qtbot.waitExposed(dialog)
        replace_text(qtbot, dialog.name_input.editor, typed)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    prompts.answer("run_dialog", answer)
    window.records.new_event_like_current()
    editor = newest_editor(qtbot, window, RecordKind.EVENT)
    assert editor.record_id is not None
    if interface_language().value == "vi":
        assert _names(colleague, editor.record_id) == (old_english, typed)
    else:  # the old Vietnamese name translates the old name, not the new one
        assert _names(colleague, editor.record_id) == (typed, None)
    assert old_vietnamese is not None
    close(qtbot, window, editor)
