"""The records read in the interface language (issue 15): the overview, the meeting list, the
meeting pane and its actions in Vietnamese in the Vietnamese interface, in English in the
English one; a text missing in that language shows the other one, marked (italic, "EN" in a
pane, a tooltip and an accessible description in a table)."""

from typing import Any

import pytest
import sqlalchemy as sa
from gui_helpers import wait_idle
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from pytestqt.qtbot import QtBot

from briefing_app.domain import models as m
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.translations import reading_language
from briefing_app.services.record_kinds import editing
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import reading
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.models.paged_table_model import PagedTableModel
from briefing_app.ui.widgets.search_popup import IdRole, KindRole

MEETING = 1  # the Thanh Hóa – Yamanashi bilateral meeting
TITLE = {"en": "Thanh Hóa – Yamanashi bilateral meeting", "vi": "Cuộc gặp song phương TH – YN"}
PROPOSAL = {"en": "Cooperation in fields", "vi": "Hợp tác trong các lĩnh vực"}
FORUM = {"en": "Vietnam–Japan Local Cooperation Forum", "vi": "Diễn đàn Hợp tác địa phương"}
FACT = {"en": "Japanese localities participating", "vi": "Số địa phương Nhật Bản tham dự"}
ACTION_VI = "Ký kết văn kiện hợp tác chính thức"
ENGLISH_ONLY = "Chỉ có bản tiếng Anh"


def _edit(engine: Any, kind: RecordKind, record_id: int, values: dict[str, Any]) -> None:
    editing.edit_record(engine, kind, record_id, values, changed_by="test")


@pytest.fixture
def versions(seeded_db: OpenedDatabase) -> dict[str, int]:
    """Vietnamese versions of the meeting's title and proposals, the forum's name, one fact's
    label and the meeting's first action's title; its second action and the other meetings
    have no Vietnamese title (whatever the dataset's loader stored)."""
    engine = seeded_db.engine
    with reading(engine) as session:
        proposals = session.scalar(sa.select(m.Meeting.proposals).where(m.Meeting.id == MEETING))
        actions = session.scalars(
            sa.select(m.FollowUpAction.id)
            .where(m.FollowUpAction.meeting_id == MEETING)
            .order_by(m.FollowUpAction.id)
        ).all()
        forum = session.scalar(sa.select(m.Event.id).where(m.Event.name == FORUM["en"]))
        fact = session.scalars(sa.select(m.EventFact.id).where(m.EventFact.label == FACT["en"]))
        facts = list(fact)
        others = session.scalars(sa.select(m.Meeting.id).where(m.Meeting.id != MEETING)).all()
    assert proposals and forum and facts
    vietnamese = [PROPOSAL["vi"]] + [f"Đề xuất {n}" for n in range(2, len(proposals) + 1)]
    _edit(
        engine,
        RecordKind.MEETING,
        MEETING,
        {"title_vi": TITLE["vi"], "proposals_vi": vietnamese, "outcomes_vi": None},
    )
    _edit(engine, RecordKind.EVENT, forum, {"name_vi": FORUM["vi"]})
    for fact_id in facts:
        _edit(engine, RecordKind.FACT, fact_id, {"label_vi": FACT["vi"]})
    _edit(engine, RecordKind.ACTION, actions[0], {"title_vi": ACTION_VI})
    _edit(engine, RecordKind.ACTION, actions[1], {"title_vi": None})
    for other in others:
        _edit(engine, RecordKind.MEETING, other, {"title_vi": None})
    return {"translated": actions[0], "english_only": actions[1]}


def _row(model: PagedTableModel, record_id: int) -> int:
    row = model.row_of_id(record_id)
    assert row is not None, record_id
    return row


def _cell(model: PagedTableModel, record_id: int, key: str, role: Qt.ItemDataRole) -> Any:
    return model.data(model.index(_row(model, record_id), model.column_of(key)), role)


def _italic(model: PagedTableModel, record_id: int, key: str) -> bool:
    font = _cell(model, record_id, key, Qt.ItemDataRole.FontRole)
    return isinstance(font, QFont) and font.italic()


def test_records_read_in_the_interface_language_with_the_fallback_marked(
    qtbot: QtBot, versions: dict[str, int], any_window: MainWindow
) -> None:
    window = any_window
    language = reading_language()
    other = "en" if language == "vi" else "vi"

    window.go("overview")
    wait_idle(qtbot, window)
    assert window.overview.event_title.text() == FORUM[language]
    assert not window.overview.event_title.font().italic()
    facts = window.overview.facts_label.text()
    assert FACT[language] in facts and FACT[other] not in facts

    window.go(RecordKind.MEETING)
    wait_idle(qtbot, window)
    meetings = window.pages[RecordKind.MEETING].model
    assert isinstance(meetings, PagedTableModel)
    titles = [r.title for r in meetings.rows()]
    assert TITLE[language] in titles and TITLE[other] not in titles
    assert not _italic(meetings, MEETING, "title")
    others = [r.id for r in meetings.rows() if r.id != MEETING]
    # the other meetings have an English title only: marked in the Vietnamese interface
    assert all(_italic(meetings, i, "title") == (language == "vi") for i in others)

    window.open_record("meeting", MEETING)
    wait_idle(qtbot, window)
    text = window.meeting_pane.browser.toPlainText()
    assert TITLE[language] in text and TITLE[other] not in text
    assert PROPOSAL[language] in text
    html = window.meeting_pane.browser.toHtml()
    actions = window.meeting_pane.actions_view.table_model()
    translated, english_only = versions["translated"], versions["english_only"]
    title = _cell(actions, translated, "title", Qt.ItemDataRole.DisplayRole)
    assert (title == ACTION_VI) == (language == "vi")
    assert not _italic(actions, translated, "title")
    assert _italic(actions, english_only, "title") == (language == "vi")
    if language == "vi":
        # no Vietnamese outcomes: the English ones, in italics with "EN"
        assert "EN" in text and "font-style:italic" in html
        tip = _cell(actions, english_only, "title", Qt.ItemDataRole.ToolTipRole)
        assert ENGLISH_ONLY in tip
        described = Qt.ItemDataRole.AccessibleDescriptionRole
        assert _cell(actions, english_only, "title", described) == ENGLISH_ONLY
    else:
        assert "font-style:italic" not in html.split("<body", 1)[1].split("Sources", 1)[0]


def test_search_hits_read_in_the_interface_language(
    qtbot: QtBot, versions: dict[str, int], any_window: MainWindow
) -> None:
    """A hit's title in the interface language, its stored values (the meeting's kind, the
    action's status) named in it too, an English-only title marked."""
    window = any_window
    language = reading_language()
    popup = window.search_popup
    window.search_field.setFocus()
    window.search_field.setText("yamanashi")
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    hits = {
        (item.data(KindRole), item.data(IdRole)): item
        for item in (popup.list.item(r) for r in range(popup.list.count()))
        if item is not None and item.data(IdRole) is not None
    }
    meeting = hits[("meeting", MEETING)].text()
    assert TITLE[language] in meeting
    assert ("Hội đàm song phương" in meeting) == (language == "vi")
    english_only = hits[("action", versions["english_only"])]
    assert english_only.font().italic() == (language == "vi")
    assert "Đã thống nhất" in english_only.text() or language == "en"


ENGLISH_WORDS = {"the", "and", "of", "with", "to", "in", "for", "on", "its"}
VIETNAMESE_WORDS = {"của", "và", "các", "với", "những", "được", "trong", "cho"}


def _words(text: str) -> set[str]:
    return {w.strip(".,;:()“”\"'–—").lower() for w in text.split()}


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_the_dataset_reads_entirely_in_the_interface_language(
    qtbot: QtBot, any_window: MainWindow
) -> None:
    """The shipped dataset has both versions of every text: the overview, the bilateral
    meeting and its actions hold none of the other language's function words (outside the
    sources, quoted as published)."""
    window = any_window
    foreign = ENGLISH_WORDS if reading_language() == "vi" else VIETNAMESE_WORDS
    window.go("overview")
    wait_idle(qtbot, window)
    overview = window.overview
    texts = [
        overview.event_title.text(),
        overview.event_meta.text(),
        overview.event_theme.text(),
        overview.event_organisers.text(),
        _plain(overview.facts_label.text()),
        _plain(overview.programme_label.text()),
    ]
    window.open_record("meeting", MEETING)
    wait_idle(qtbot, window)
    pane = window.meeting_pane
    sources = pane.tr("Sources")
    texts.append(pane.browser.toPlainText().split(sources)[0])
    actions = pane.actions_view.table_model()
    texts += [r.title for r in actions.rows()]
    found = {t: _words(t) & foreign for t in texts if _words(t) & foreign}
    assert not found
