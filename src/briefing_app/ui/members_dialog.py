"""Edit ▸ Members of the office… on a team server, for its administrators: the members with
their office role and clearance (store/team_users.py, as `briefing-app db users` lists them);
Add…, Change… and Remove… a member. Every read and write is an operation; what the server
refuses (a name taken, changing yourself) is shown as its message, nothing changed.

`MembersCommand` is the menu entry: shown on a team server only, usable by an administrator."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.access import Access
from briefing_app.store import team_users
from briefing_app.store.team_users import Member
from briefing_app.ui import labels
from briefing_app.ui.errors import user_message
from briefing_app.ui.member_form import MemberForm
from briefing_app.ui.operations import Engine, Operations, Written
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.widgets.form_widgets import push_button

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

# A change of members, run on the worker thread (a call of store.team_users).
WorkOnMembers = Callable[[Engine], object]


class MembersDialog(QDialog):
    def __init__(self, *, ops: Operations, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membersDialog")
        self.setWindowTitle(self.tr("Members of the office"))
        self._ops = ops
        self._prompts = prompts
        self.members: list[Member] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("membersTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Office role"), self.tr("Clearance"), self.tr("Can log in")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.change())
        self.add_button = push_button(self.tr("&Add…"), "addMember", self.add)
        self.change_button = push_button(self.tr("C&hange…"), "changeMember", self.change)
        self.remove_button = push_button(self.tr("&Remove…"), "removeMember", self.remove)
        close = push_button(self.tr("Close"), "closeButton", self.accept)
        row = QHBoxLayout()
        buttons: tuple[QPushButton, ...] = (self.add_button, self.change_button, self.remove_button)
        for button in buttons:
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        column = QVBoxLayout(self)
        column.addWidget(self.table, 1)
        column.addLayout(row)
        self.resize(640, 380)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        self._ops.query(team_users.list_members, success=self._show, owner=self)

    def _show(self, members: list[Member]) -> None:
        self.members = members
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            cells = (
                member.name,
                labels.label(member.office_role),
                labels.label(member.clearance),
                self.tr("Yes") if member.can_log_in else self.tr("No"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def selected(self) -> Member | None:
        rows = self.table.selectionModel().selectedRows()
        return self.members[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.change_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _write(self, work: WorkOnMembers, title: str) -> None:
        def failed(exc: BaseException) -> None:
            self._prompts.error(self, title, user_message(exc) or str(exc))

        def run(engine: Engine) -> Written[None]:
            work(engine)
            return Written(None)

        self._ops.write(run, success=lambda _none: self.reload(), failure=failed, owner=self)

    def add(self) -> None:
        form = MemberForm(member=None, parent=self)
        if self._prompts.run_dialog(form):
            name, role, level = form.name(), form.office_role(), form.clearance()
            password = form.password()
            self._write(
                lambda engine: team_users.add_member(engine, name, role, level, password),
                self.tr("Not added"),
            )
        form.deleteLater()

    def change(self) -> None:
        member = self.selected()
        if member is None:
            return
        form = MemberForm(member=member, parent=self)
        if self._prompts.run_dialog(form):
            role, level = form.office_role(), form.clearance()
            self._write(
                lambda engine: team_users.set_member(engine, member.name, role, level),
                self.tr("Not changed"),
            )
        form.deleteLater()

    def remove(self) -> None:
        member = self.selected()
        if member is None or not self._prompts.confirm(
            self,
            self.tr("Remove member"),
            self.tr("Remove {name} from the office's members?").format(name=member.name),
            ok_text=self.tr("Remove"),
            informative=self.tr(
                "They can no longer read or change this database; their login stays on the "
                "server, and what they wrote stays in the history under their name."
            ),
        ):
            return
        self._write(
            lambda engine: team_users.remove_member(engine, member.name), self.tr("Not removed")
        )


class MembersCommand(QObject):
    """Edit ▸ Members of the office…: on a team server only, for an administrator."""

    def __init__(self, *, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window
        self.action = QAction(self.tr("&Members of the office…"), window)
        self.action.setObjectName("members")
        self.action.triggered.connect(lambda _checked=False: self.show())
        window.addAction(self.action)
        commands = window.commands
        commands.edit_menu.insertAction(commands.preferences_action, self.action)
        self.action.setVisible(False)

    def follow_access(self, access: Access) -> None:
        """Shown on a team server; an administrator may use it, others see why not."""
        self.action.setVisible(access.user is not None)
        self.action.setEnabled(access.may_administer)
        tip = (
            self.tr("Add members, change their office role and clearance, remove them")
            if access.may_administer
            else self.tr("Only an administrator of the office manages its members")
        )
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)

    def show(self) -> None:
        window = self._window
        dialog = MembersDialog(ops=window.ops, prompts=window.prompts, parent=window)
        window.prompts.run_dialog(dialog)
        dialog.deleteLater()
