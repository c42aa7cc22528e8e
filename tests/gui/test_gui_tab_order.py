"""Tab follows the visual order (issue 12, item 2): in every page of the main window, the record
editor, the trash, the briefing and the Preferences dialogs, Tab visits each visible input in
reading order (top to bottom, left to right within a row), never sticks and comes back to where
it started."""

from collections.abc import Callable

from gui_fakes import FakePrompts
from gui_helpers import wait_idle
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from record_helpers import activate, newest_editor, select, settle

from briefing_app.domain.record_kind import RecordKind
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.record_pages import PAGE_KEYS

INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractButton,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
)
#: pixels two widgets may overlap and still be "beside" or "below" each other
SLACK = 4


def place(widget: QWidget) -> QRect:
    """The widget's rectangle in its window, as laid out: a scrolled area's content counts
    from its top (where the walk scrolled it to does not matter)."""
    x = y = 0
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        parent = current.parentWidget()
        grand = parent.parentWidget() if parent is not None else None
        scrolled = isinstance(grand, QAbstractScrollArea) and parent is grand.viewport()
        if not scrolled:
            x, y = x + current.x(), y + current.y()
        current = parent
    return QRect(QPoint(x, y), widget.size())


def target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def visible_inputs(root: QWidget) -> set[QWidget]:
    """The inputs a user sees in `root` and can reach: shown, enabled, taking Tab, and not part
    of another input (a combo box's line, a table's cell widget)."""
    found: set[QWidget] = set()
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        parent = widget.parentWidget()
        inside = False
        while parent is not None and parent is not root:
            if isinstance(parent, INPUTS):
                inside = True
                break
            parent = parent.parentWidget()
        if not inside:
            found.add(target(widget))
    return found


def walk(qtbot: QtBot, start: QWidget, limit: int = 120) -> list[QWidget]:
    """Tab from `start` until the focus is back on it: the widgets visited, in order. Fails
    when the focus sticks or does not come back within `limit` presses."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    visited = [start]
    for _ in range(limit):
        here = QApplication.focusWidget()
        assert here is not None
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        assert after is not None
        if after is start:
            return visited
        if after is here and not _moves_inside(here):
            raise AssertionError(f"Tab sticks in {describe(here)}")
        if after is not here:
            visited.append(after)
    raise AssertionError(
        "Tab never came back to the start: " + ", ".join(describe(w) for w in visited[-12:])
    )


def _moves_inside(widget: QWidget) -> bool:
    """A label or text browser moves Tab through its links (same widget, next link)."""
    return not isinstance(widget, INPUTS) or isinstance(widget, QTextEdit)


def describe(widget: QWidget) -> str:
    rect = place(widget)
    name = widget.objectName() or widget.accessibleName()
    return f"{type(widget).__name__}({name})@{rect.x()},{rect.y()}"


def before(b: QRect, a: QRect) -> bool:
    """`b` comes before `a` in reading order: above it, or on its row and left of it."""
    if b.bottom() <= a.top() + SLACK:
        return True
    same_row = b.top() < a.bottom() - SLACK and a.top() < b.bottom() - SLACK
    return same_row and b.right() <= a.left() + SLACK


def blocks(a: QWidget, b: QWidget) -> tuple[QRect, QRect] | None:
    """The places of the two sides of the layout `a` and `b` sit in: the children of their
    nearest common container that hold them (two group boxes side by side, a form above a row
    of buttons). None when one holds the other."""
    above_a = ancestors(a)
    above_b = ancestors(b)
    common = next(w for w in above_b if w in above_a)
    if common is a or common is b:
        return None
    block_a = above_a[above_a.index(common) - 1]
    block_b = above_b[above_b.index(common) - 1]
    return block_a.geometry(), block_b.geometry()


def ancestors(widget: QWidget) -> list[QWidget]:
    found = [widget]
    while not found[-1].isWindow() and found[-1].parentWidget() is not None:
        found.append(found[-1].parentWidget())
    return found


def check_cycle(qtbot: QtBot, root: QWidget, start: QWidget) -> list[QWidget]:
    """Walk Tab round from `start`: the ring must read in order, with one step back only (from
    the last input to the first), and reach every visible input of `root`."""
    visited = walk(qtbot, start)
    order = [describe(w) for w in visited]
    back = []
    for a, b in zip(visited, [*visited[1:], visited[0]], strict=True):
        places = blocks(a, b)
        if places is not None and before(places[1], places[0]):
            back.append(f"{describe(a)} -> {describe(b)}")
    assert len(back) <= 1, f"Tab goes back {len(back)} times: {back} in {order}"
    missed = visible_inputs(root) - set(visited)
    assert not missed, f"never reached by Tab: {sorted(describe(w) for w in missed)} in {order}"
    return visited


def show_window(qtbot: QtBot, window: MainWindow, page: str) -> None:
    window.go(page)
    wait_idle(qtbot, window)
    if page == RecordKind.ACTION.value:
        window.open_record("action", 2)
    elif page not in ("overview", "my_work"):
        kind = RecordKind(page)
        view = window.pages[page].view  # type: ignore[attr-defined]
        first = view.table_model().row_at(0)
        select(qtbot, window, kind, first.id)
    wait_idle(qtbot, window)
    activate(qtbot, window)


def test_tab_follows_each_page_of_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    for page in PAGE_KEYS:
        show_window(qtbot, window, page)
        visited = check_cycle(qtbot, window, window.search_field)
        assert window.navigation in visited, page


def test_tab_follows_the_record_editor(qtbot: QtBot, window: MainWindow) -> None:
    for kind, record_id in ((RecordKind.MEETING, 1), (RecordKind.SOURCE, 1)):
        window.records.edit_record(kind, record_id)
        editor = newest_editor(qtbot, window, kind)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
        title = editor.view.editor(editor.spec.title_key)
        check_cycle(qtbot, editor, title)
        editor.model.revert()
        editor.close()
        settle(qtbot, window)


def run_in_dialog(
    qtbot: QtBot, prompts: FakePrompts, check: Callable[[QDialog], None]
) -> list[str]:
    failures: list[str] = []

    def answer(dialog: QDialog) -> None:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        try:
            check(dialog)
        except AssertionError as exc:
            failures.append(str(exc))
        dialog.reject()

    prompts.answer("run_dialog", answer)
    return failures


def first_input(dialog: QDialog) -> QWidget:
    inputs = sorted(visible_inputs(dialog), key=lambda w: (place(w).y(), place(w).x()))
    assert inputs
    return inputs[0]


def test_tab_follows_the_trash_and_preferences_dialogs(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    def trash(dialog: QDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)  # type: ignore[attr-defined]
        check_cycle(qtbot, dialog, first_input(dialog))

    failures = run_in_dialog(qtbot, prompts, trash)
    window.records.trash_action.trigger()
    settle(qtbot, window)
    failures += run_in_dialog(
        qtbot, prompts, lambda dialog: check_cycle(qtbot, dialog, first_input(dialog))
    )
    window.preferences_action.trigger()
    assert not failures, failures


def test_tab_follows_the_briefing_dialog(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, RecordKind.MEETING, 1)
    window.commands.print_briefing_action.trigger()
    qtbot.waitUntil(lambda: window.briefing_dialog is not None, timeout=5000)
    dialog = window.briefing_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    check_cycle(qtbot, dialog, first_input(dialog))
    dialog.reject()
