"""Issue 17's "done when": two app windows on one team database, logged in as two members —
one cleared for confidential, one for internal. Each sees the other's saves live; a save made
over a colleague's is refused, never silently applied; the internal member never sees a
confidential action, even when a colleague makes one confidential while the list is open."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_fakes import FakePrompts
from gui_helpers import make_window, member_url, shut, wait_idle
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from briefing_app.domain.enums import Classification, OfficeRole
from briefing_app.domain.errors import StaleRecordError, StaleVersionError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds.editing import edit_record
from briefing_app.store.engine import make_engine
from briefing_app.ui.main_window import MainWindow

pytestmark = pytest.mark.postgresql_only

ARRIVAL_MS = 5000  # generous for a loaded machine; benchmarks/notice_latency.py measures it


class Member:
    """A member of the office: their login, their window and an engine of their own (what
    their app's saves go through)."""

    def __init__(self, name: str, window: MainWindow, engine: Engine) -> None:
        self.name, self.window, self.engine = name, window, engine

    def titles(self) -> list[str]:
        return [row.title for row in self.window.actions_page.model.rows()]

    def version_of(self, action_id: int) -> int:
        with self.engine.connect() as connection:
            found = connection.exec_driver_sql(
                f"SELECT version FROM follow_up_actions WHERE id = {action_id}"
            )
            return int(found.scalar_one())


@pytest.fixture
def members(
    qtbot: QtBot, colleague: Engine, server_url: str, prompts: FakePrompts, tmp_path: Path
) -> Iterator[tuple[Member, Member]]:
    opened: list[Member] = []
    for clearance in (Classification.CONFIDENTIAL, Classification.INTERNAL):
        name, login = member_url(colleague, server_url, OfficeRole.EDITOR, clearance)
        window = make_window(qtbot, login, prompts, tmp_path / f"{name}.ini")
        listener = window.live.listener
        assert listener is not None and listener.listening.wait(10)
        window.go(RecordKind.ACTION)
        wait_idle(qtbot, window)
        opened.append(Member(name, window, make_engine(login)))
    yield opened[0], opened[1]
    for member in opened:
        shut(member.window)
        member.engine.dispose()


def test_two_members_see_each_others_saves_and_only_what_they_are_cleared_for(
    qtbot: QtBot, members: tuple[Member, Member], colleague: Engine
) -> None:
    chief, officer = members  # cleared for confidential, for internal
    shown = officer.window.actions_page.model.rows()
    first, second = shown[0].id, shown[1].id

    # each sees the other's save, within a second or so
    edit_record(
        chief.engine, RecordKind.ACTION, first, {"title": "Chased by the chief"}, changed_by="x"
    )
    qtbot.waitUntil(lambda: "Chased by the chief" in officer.titles(), timeout=ARRIVAL_MS)
    edit_record(
        officer.engine, RecordKind.ACTION, second, {"title": "Answered by the officer"},
        changed_by="x",
    )  # fmt: skip
    qtbot.waitUntil(lambda: "Answered by the officer" in chief.titles(), timeout=ARRIVAL_MS)

    # a save over a colleague's is refused, and what the colleague saved stays
    read_at = officer.version_of(first)
    edit_record(chief.engine, RecordKind.ACTION, first, {"title": "Chief again"}, changed_by="x")
    with pytest.raises((StaleRecordError, StaleVersionError)):
        edit_record(
            officer.engine, RecordKind.ACTION, first, {"title": "Officer, from an old read"},
            changed_by="x", if_version=read_at,
        )  # fmt: skip
    qtbot.waitUntil(lambda: "Chief again" in officer.titles(), timeout=ARRIVAL_MS)

    # the chief makes the officer's action confidential: it leaves the officer's open list
    edit_record(
        chief.engine, RecordKind.ACTION, second, {"classification": "confidential"},
        changed_by="x",
    )  # fmt: skip
    qtbot.waitUntil(lambda: "Answered by the officer" not in officer.titles(), timeout=ARRIVAL_MS)
    assert "Answered by the officer" in chief.titles()
    with officer.engine.connect() as connection:
        hidden = connection.exec_driver_sql(
            "SELECT count(*) FROM follow_up_actions WHERE classification = 'confidential'"
        )
        assert hidden.scalar_one() == 0

    # the history names each login, whatever their apps said
    with colleague.connect() as connection:
        authors = connection.exec_driver_sql(
            "SELECT DISTINCT changed_by FROM action_changes"
            f" WHERE action_id IN ({first}, {second}) AND strpos(changed_by, '.m') > 0"
        )
        assert set(authors.scalars()) == {chief.name, officer.name}
