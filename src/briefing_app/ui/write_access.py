"""The interface follows what the user may do on the database (store.team_access): it never
offers what the server would refuse.

- `gate_writes`: a control that writes (a button, a menu entry) is disabled for a reader on a
  team server, with the reason as its tooltip and status tip, and stays disabled whatever its
  own logic enables later (a row selected, a form changed). Gated again with another access
  (another database opened) it follows that one, its own tips back.
- `offer_classifications`: the classification choices of a form offer only the levels the
  user is cleared for (the server refuses a record above them, and hides one already there).
- `gate_file_copies`: backup and restore copy database files, so a team server disables them
  with the reason (the server's own tools back it up).
- `describe_access`: who the user is on a team server, for the status bar.

On a SQLite file (FULL_ACCESS) nothing changes.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from typing_extensions import override

from briefing_app.domain.access import Access
from briefing_app.ui import labels
from briefing_app.ui.forms.form_view import FormView
from briefing_app.ui.forms.inputs import ChoiceInput

# The field row-level security reads (meetings, agreements, facts, actions). A person's
# personal data and a locality's profile have a classification the server does not enforce
# (README): every level stays offered there.
CLASSIFICATION = "classification"


def read_only_reason() -> str:
    """Why a reader's controls that write are disabled (translated)."""
    return QCoreApplication.translate(
        "WriteAccess", "Your office role on the team server is reader: you can read, not change."
    )


def server_backups_reason() -> str:
    """Why Backup and Restore are disabled on a team server (translated)."""
    return QCoreApplication.translate(
        "WriteAccess",
        "The database is on a team server: the server's administrator backs it up and "
        "restores it (pg_dump, pg_restore). This app copies database files only.",
    )


def describe_access(access: Access) -> str:
    """ "lan.nguyen · Editor · Internal" on a team server; "" on a file (one user, no roles)."""
    if access.user is None:
        return ""
    return QCoreApplication.translate("WriteAccess", "{user} · {role} · {clearance}").format(
        user=access.user,
        role=labels.label(access.office_role),
        clearance=labels.label(access.clearance),
    )


class _Gate(QObject):
    """Keeps its parent control disabled, the reason as its tips, while `closed`; holds the
    control's own tips (the latest it set, for a control that changes them as it goes)."""

    def __init__(self, control: QWidget | QAction) -> None:
        super().__init__(control)
        self.setObjectName("writeGate")
        self.control = control
        self.reason: str | None = None  # None: open
        self.tips = (control.toolTip(), control.statusTip())
        if isinstance(control, QAction):
            control.changed.connect(self._hold)
        else:
            control.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.control and event.type() in (
            QEvent.Type.EnabledChange,
            QEvent.Type.ToolTipChange,
        ):
            self._hold()
        return False

    def _hold(self) -> None:
        """Undo what the control's own logic did while closed (keeping its new tips)."""
        reason, control = self.reason, self.control
        if reason is None:
            return
        if control.toolTip() != reason:
            self.tips = (control.toolTip(), control.statusTip())
            control.setToolTip(reason)
            control.setStatusTip(reason)
        if control.isEnabled():
            control.setEnabled(False)

    def close(self, reason: str) -> None:
        if self.reason is None:
            self.tips = (self.control.toolTip(), self.control.statusTip())
        self.reason = reason
        self.control.setToolTip(reason)
        self.control.setStatusTip(reason)
        self.control.setEnabled(False)

    def open(self) -> None:
        if self.reason is not None:
            self.reason = None
            self.control.setToolTip(self.tips[0])
            self.control.setStatusTip(self.tips[1])
            self.control.setEnabled(True)


def _gate_of(control: QWidget | QAction) -> _Gate:
    for child in control.children():
        if isinstance(child, _Gate):
            return child
    return _Gate(control)


def gate_writes(access: Access, *controls: QWidget | QAction) -> None:
    """Let `controls`, which write, be used only when `access` may edit. A control opened
    again is enabled: its own logic disables it again where it must (call this before it)."""
    for control in controls:
        gate = _gate_of(control)
        if access.may_edit:
            gate.open()
        else:
            gate.close(read_only_reason())


def gate_file_copies(on_server: bool, *controls: QWidget | QAction) -> None:
    """Let `controls`, which copy the database file (backup, restore), be used on a file only:
    on a team server they are disabled, saying why. Call it after `gate_writes`."""
    reason = server_backups_reason()
    for control in controls:
        gate = _gate_of(control)
        if on_server:
            gate.close(reason)
        elif gate.reason == reason:
            gate.open()


def offer_classifications(view: FormView, access: Access) -> None:
    """The classification field of `view` offers only the levels `access` may read: the server
    refuses a record above them (and hides one already there)."""
    allowed = {level.value for level in access.classifications}
    field = view.inputs.get(CLASSIFICATION)
    if isinstance(field, ChoiceInput):
        box = field.box
        for index in reversed(range(box.count())):
            value = box.itemData(index)
            if value is not None and value not in allowed:
                box.removeItem(index)


def editor_follows(access: Access, view: FormView, *writes: QWidget) -> None:
    """An editor's form offers the classifications `access` is cleared for; for a reader its
    inputs are read-only, a line over them says why, and `writes` (its Save, Delete…
    buttons) are disabled."""
    offer_classifications(view, access)
    if not access.may_edit:
        for field in view.inputs.values():
            field.set_read_only(True)
        note = QLabel(read_only_reason())
        note.setObjectName("readOnlyNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555; padding: 2px 0 4px 0;")
        layout = view.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, note)
    gate_writes(access, *writes)
