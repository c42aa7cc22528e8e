"""The screenshots of every view for checking small screens (scripts/screenshots.py --views):
each page of the main window with its first record shown, and each record editor at most as big
as the window, each with its History tab too."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from briefing_app.domain.record_kind import RecordKind
from briefing_app.ui.record_pages import SPECS

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow


def _save(widget: QWidget, path: Path) -> Path:
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def capture_views(window: "MainWindow", out: Path, settle: Callable[[], None]) -> list[Path]:
    """page-KIND.png for every page and editor-KIND.png for every record editor, in `out`."""
    written: list[Path] = []
    settle()  # the pages are built once the database is read
    for name in window.pages:
        window.go(name)
        settle()
        if name in SPECS and name != RecordKind.ACTION:
            window.open_record(name, 1)
            settle()
        written.append(_save(window, out / f"page-{name}.png"))
    window.open_record(RecordKind.ACTION.value, 2)
    settle()
    written.append(_save(window, out / "action-editor.png"))
    tabs = window.editor.tabs
    panels = (
        ("history", tabs.history_view),
        ("comments", tabs.comments),
        ("attachments", tabs.attachments),
    )
    for name, panel in panels:
        if panel is not None:
            tabs.setCurrentWidget(panel)
            settle()
            if panel is tabs.history_view:
                tabs.history_view.table.selectRow(0)  # and the change in full below
            written.append(_save(window, out / f"action-{name}.png"))
    tabs.setCurrentIndex(0)
    for kind in RecordKind:
        if kind is RecordKind.ACTION:
            continue
        window.records.edit_record(kind, 1)
        settle()
        editor = window.records.editor_of(kind, 1)
        if editor is None:
            continue
        editor.resize(min(editor.width(), window.width()), min(editor.height(), window.height()))
        settle()
        written.append(_save(editor, out / f"editor-{kind.value}.png"))
        editor.tabs.setCurrentWidget(editor.history)
        editor.history.table.selectRow(0)
        settle()
        written.append(_save(editor, out / f"editor-{kind.value}-history.png"))
        editor.request_close()
        settle()
    return written
