"""The screenshots of record editing for docs/ (scripts/screenshots.py): the record editor on
the Thanh Hóa – Yamanashi meeting with its talking points, and the trash with a few deleted
records. Every write runs as an operation, like the app's own."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds import editing, trash
from briefing_app.ui.operations import Engine, Written
from briefing_app.ui.trash_dialog import TrashDialog

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

#: What the pictured meeting is given to prepare (the shipped data has no talking points), in
#: both languages: the Vietnamese pictures show no English-only text.
PREPARATION = {
    "objectives": ["Agree the 2026 work programme of the two provinces"],
    "talking_points": [
        "High-tech agriculture: Yamanashi fruit-growing techniques in Thanh Hóa",
        "Direct flights between Thọ Xuân and Japan",
        "Vocational training for Thanh Hóa workers in Yamanashi",
    ],
    "expected_asks": [
        {"ask": "Dates for the Thanh Hóa business trip", "response": "Spring 2026, to confirm"}
    ],
    "objectives_vi": ["Thống nhất chương trình làm việc năm 2026 của hai tỉnh"],
    "talking_points_vi": [
        "Nông nghiệp công nghệ cao: kỹ thuật trồng cây ăn quả của Yamanashi tại Thanh Hóa",
        "Đường bay thẳng giữa Thọ Xuân và Nhật Bản",
        "Đào tạo nghề cho người lao động Thanh Hóa tại Yamanashi",
    ],
    "expected_asks_vi": [
        {
            "ask": "Thời gian chuyến công tác của đoàn Thanh Hóa",
            "response": "Mùa xuân năm 2026, sẽ xác nhận sau",
        }
    ],
}


def _prepare(engine: Engine) -> Written[None]:
    editing.edit_record(engine, RecordKind.MEETING, 1, PREPARATION, changed_by="lan.nguyen")
    for kind in (RecordKind.PERSON, RecordKind.SOURCE):
        row = editing.list_records(engine, kind)[-1]
        trash.delete_record(engine, kind, row.id, changed_by="lan.nguyen")
    return Written(None, ((RecordKind.MEETING, 1),))


def capture_record_editing(
    window: "MainWindow", out: Path, settle: Callable[[], None]
) -> list[Path]:
    window.ops.write(_prepare)
    settle()
    window.open_record(RecordKind.MEETING.value, 1)
    settle()
    window.records.edit_record(RecordKind.MEETING, 1)
    settle()
    editor = window.records.editor_of(RecordKind.MEETING, 1)
    assert editor is not None
    editor.resize(900, 760)
    settle()
    scroll = editor.view.form_scroll  # from the participants to the expected asks
    first = editor.view.inputs["participants"]
    inner = scroll.widget()
    assert inner is not None
    top = first.mapTo(inner, QPoint(0, 0)).y()
    scroll.verticalScrollBar().setValue(top - 8)
    settle()
    shots = [out / "record-editor.png", out / "trash.png"]
    if not editor.grab().save(str(shots[0])):
        raise OSError(f"could not write {shots[0]}")
    editor.request_close()
    dialog = TrashDialog(ops=window.ops, prompts=window.prompts, user=window.user, parent=window)
    dialog.show()
    settle()
    if not dialog.grab().save(str(shots[1])):
        raise OSError(f"could not write {shots[1]}")
    dialog.close()
    dialog.deleteLater()
    return shots
