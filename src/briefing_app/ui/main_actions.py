"""The main window's commands: its QActions (with their shortcuts and object names), the menus
and the toolbar, and the editing commands they run (new, save, duplicate, delete, undo and
redo of follow-up actions). The View menu follows the workspace's page table."""

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QStyle, QToolBar, QWidget

from briefing_app.domain.access import Access
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services import queries
from briefing_app.ui import about
from briefing_app.ui.details.meeting_pane import MeetingPane
from briefing_app.ui.errors import user_message
from briefing_app.ui.forms.record_services import is_stale
from briefing_app.ui.preferences_dialog import PreferencesDialog
from briefing_app.ui.record_pages import PAGE_KEYS, SLUGS, page_title
from briefing_app.ui.widgets.menu_keys import give_mnemonics
from briefing_app.ui.workspace import Workspace
from briefing_app.ui.write_access import gate_file_copies, gate_writes

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow


def with_keys(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's keys for `standard` plus `extra`, each once."""
    keys = list(QKeySequence.keyBindings(standard))
    for text in extra:
        sequence = QKeySequence(text)
        if sequence not in keys:
            keys.append(sequence)
    return keys


class MainActions(QObject):
    def __init__(
        self, *, window: "MainWindow", workspace: Workspace, undo_stack: QUndoStack
    ) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._undo_stack = undo_stack
        self._build_actions()
        self._build_menus()
        workspace.dirty_changed.connect(self.dirty_changed)
        workspace.new_action_requested.connect(self.new_follow_up)
        workspace.delete_row_requested.connect(self._delete_current_row)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        *,
        shortcuts: list[QKeySequence] | None = None,
        icon: QStyle.StandardPixmap | None = None,
        name: str = "",
        tip: str = "",
    ) -> QAction:
        window = self._window
        action = QAction(text, window)
        if name:
            action.setObjectName(name)
        if shortcuts:
            action.setShortcuts(shortcuts)
        if icon is not None:
            action.setIcon(window.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        window.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        key = QKeySequence
        window = self._window
        self.new_database_action = self._action(
            self.tr("&New database…"),
            window.new_database,
            name="newDatabase",
            tip=self.tr("Create a new database file (with the shipped forum data)"),
        )
        self.open_database_action = self._action(
            self.tr("&Open database…"),
            window.open_database_file,
            shortcuts=[key(key.StandardKey.Open)],
            icon=sp.SP_DialogOpenButton,
            name="openDatabase",
            tip=self.tr("Open another database file"),
        )
        self.quit_action = self._action(
            self.tr("&Quit"), window.close, shortcuts=[key("Ctrl+Q")], name="quit"
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self._action(
            self.tr("&Undo"),
            self.undo,
            shortcuts=[key(key.StandardKey.Undo)],
            icon=sp.SP_ArrowBack,
            name="undo",
        )
        self.redo_action = self._action(
            self.tr("&Redo"),
            self.redo,
            shortcuts=with_keys(key.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"),
            icon=sp.SP_ArrowForward,
            name="redo",
        )
        stack = self._undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self._undo_text("")
        self._redo_text("")
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

        self.new_action = self._action(
            self.tr("&New follow-up action"),
            self.new_on_page,
            shortcuts=[key(key.StandardKey.New)],
            icon=sp.SP_FileIcon,
            name="newAction",
            tip=self.tr("Create a follow-up action (Ctrl+N)"),
        )
        self.save_action = self._action(
            self.tr("&Save"),
            self.save_editor,
            shortcuts=[key(key.StandardKey.Save)],
            icon=sp.SP_DialogSaveButton,
            name="save",
            tip=self.tr("Save the action being edited (Ctrl+S)"),
        )
        self.duplicate_action = self._action(
            self.tr("Dupli&cate action"),
            self.duplicate_current,
            shortcuts=[key("Ctrl+D")],
            name="duplicateAction",
        )
        self.delete_action = self._action(
            self.tr("&Delete action…"),
            self.delete_current,
            icon=sp.SP_TrashIcon,
            name="deleteAction",
        )
        self.find_action = self._action(
            self.tr("&Find…"),
            window.search.focus,
            shortcuts=with_keys(key.StandardKey.Find, "Ctrl+K"),
            name="find",
        )
        self.refresh_action = self._action(
            self.tr("&Refresh"),
            window.refresh,
            shortcuts=with_keys(key.StandardKey.Refresh, "F5"),
            icon=sp.SP_BrowserReload,
            name="refresh",
            tip=self.tr("Read everything again from the database (F5)"),
        )
        self.print_briefing_action = self._action(
            self.tr("&Print briefing…"),
            window.briefings.print_briefing,
            shortcuts=with_keys(key.StandardKey.Print, "Ctrl+P"),
            name="printBriefing",
            tip=self.tr("Write a PDF briefing on what is shown, preview and print it (Ctrl+P)"),
        )
        exchange = window.exchange
        self.backup_action = self._action(
            self.tr("&Backup…"), exchange.backup, name="backupDatabase"
        )
        self.restore_action = self._action(
            self.tr("&Restore from backup…"), exchange.restore, name="restoreDatabase"
        )
        self.import_action = self._action(
            self.tr("&Import actions…"), exchange.import_actions, name="importActions"
        )
        self.export_action = self._action(
            self.tr("&Export actions…"),
            window.export_listed_actions,
            name="exportActions",
            tip=self.tr("Export the actions the action list shows (its search and filters)"),
        )
        self.preferences_action = self._action(
            self.tr("&Preferences…"),
            self.show_preferences,
            shortcuts=with_keys(key.StandardKey.Preferences, "Ctrl+,"),
            name="preferences",
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action = self._action(self.tr("&About Briefing desk"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        #: View ▸ one entry per page, Ctrl+1 … Ctrl+9 in the workspace's order
        self.page_actions: dict[str, QAction] = {}
        for number, page in enumerate(PAGE_KEYS, start=1):
            self.page_actions[page] = self._action(
                page_title(page),
                functools.partial(self._workspace.go, page),
                shortcuts=[key(f"Ctrl+{number}")] if number <= 9 else None,
                name=f"show_{SLUGS[page]}",
            )

    def _build_menus(self) -> None:
        window = self._window
        menu = window.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for entry in (
            self.new_database_action,
            self.open_database_action,
            None,
            self.print_briefing_action,
            None,
            self.import_action,
            self.export_action,
            self.backup_action,
            self.restore_action,
            None,
            self.quit_action,
        ):
            file_menu.addSeparator() if entry is None else file_menu.addAction(entry)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.edit_menu = edit_menu  # ui/record_commands.py adds its entries
        for entry in (
            self.undo_action,
            self.redo_action,
            None,
            self.new_action,
            self.save_action,
            self.duplicate_action,
            self.delete_action,
            None,
            self.find_action,
            None,
            self.preferences_action,
        ):
            edit_menu.addSeparator() if entry is None else edit_menu.addAction(entry)
        view_menu = menu.addMenu(self.tr("&View"))
        for page_action in self.page_actions.values():
            view_menu.addAction(page_action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.save_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addAction(self.refresh_action)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(window.search.field)
        window.addToolBar(toolbar)
        self.toolbar = toolbar
        view_menu.addAction(toolbar.toggleViewAction())
        give_mnemonics(view_menu)  # the pages and the toolbar's entry

    def _undo_text(self, text: str) -> None:
        # The menu names what is undone; the toolbar button keeps its short text (the long
        # title of a saved record would push the search field into the toolbar's overflow),
        # with the full text in its tooltip.
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=text) if text else self.tr("&Undo")
        )
        self.undo_action.setIconText(self.tr("Undo"))
        self.undo_action.setToolTip(
            self.tr("Undo {what} (Ctrl+Z)").format(what=text) if text else self.tr("Undo (Ctrl+Z)")
        )

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(
            self.tr("&Redo {what}").format(what=text) if text else self.tr("&Redo")
        )
        self.redo_action.setIconText(self.tr("Redo"))
        self.redo_action.setToolTip(
            self.tr("Redo {what} (Ctrl+Shift+Z)").format(what=text)
            if text
            else self.tr("Redo (Ctrl+Shift+Z)")
        )

    def follow_access(self, access: Access) -> None:
        """The commands that write follow what the user may do on the database opened."""
        gate_writes(
            access,
            self.new_action,
            self.save_action,
            self.duplicate_action,
            self.delete_action,
            self.import_action,
            self.restore_action,
        )
        on_server = self._window.database.path is None
        gate_file_copies(on_server, self.backup_action, self.restore_action)

    def dirty_changed(self, dirty: bool) -> None:
        self._window.setWindowModified(dirty)
        self.save_action.setEnabled(dirty)

    # ================================================================== editing

    def new_on_page(self) -> None:
        """Ctrl+N: a record of the page's kind on a record list (ui/record_commands.py), else
        a follow-up action."""
        records = getattr(self._window, "records", None)
        if records is None or not records.new_on_page():
            self.new_follow_up()

    def new_follow_up(self, meeting_id: int | None = None) -> None:
        space = self._workspace
        if not space.ready:
            return
        editor = space.editor
        if meeting_id is None:
            meeting_id = space.actions_page.filters.meeting_id
        if meeting_id is None and editor.detail is not None:
            meeting_id = editor.detail.action.meeting_id
        pane = space.pane(RecordKind.MEETING)
        if meeting_id is None and isinstance(pane, MeetingPane) and pane.detail is not None:
            meeting_id = pane.detail.meeting.id
        space.go(RecordKind.ACTION)
        editor.start_new(meeting_id)

    def duplicate_current(self) -> None:
        if self._workspace.ready:
            self._workspace.go(RecordKind.ACTION)
            self._workspace.editor.duplicate()

    def delete_current(self) -> None:
        if self._workspace.ready:
            self._workspace.go(RecordKind.ACTION)
            self._workspace.editor.delete()

    def save_editor(self) -> None:
        if not self._workspace.ready:
            return
        editor = self._workspace.editor
        if editor.is_dirty() or editor.is_new:
            editor.save()

    def _delete_current_row(self) -> None:
        """The Delete key on the action list, as Edit ▸ Delete action… (not for a reader)."""
        page = self._workspace.actions_page
        current = page.view.current_id()
        if current is not None and self.delete_action.isEnabled():
            page.show_action(current, then=self._workspace.editor.delete)

    def undo(self) -> None:
        self._undo_or_redo(redo=False)

    def redo(self) -> None:
        self._undo_or_redo(redo=True)

    def _undo_or_redo(self, *, redo: bool) -> None:
        stack = self._undo_stack
        space = self._workspace
        if not space.ready or not (stack.canRedo() if redo else stack.canUndo()):
            return
        editor = space.editor
        if not editor.maybe_leave(then=lambda: self._undo_or_redo(redo=redo)):
            return
        what = stack.redoText() if redo else stack.undoText()
        title = self.tr("Cannot redo") if redo else self.tr("Cannot undo")

        def refused(exc: BaseException) -> None:
            if is_stale(exc):
                reason = (
                    self.tr("“{what}” was not redone: someone else saved the action since.")
                    if redo
                    else self.tr("“{what}” was not undone: someone else saved the action since.")
                ).format(what=what)
                reason += "\n" + self.tr(
                    "Doing it would overwrite their change, so nothing was changed."
                )
            else:
                reason = (
                    self.tr("“{what}” was not redone: {reason}")
                    if redo
                    else self.tr("“{what}” was not undone: {reason}")
                ).format(what=what, reason=user_message(exc))
            self._window.prompts.error(self._window, title, reason)

        def stepped(touched: int) -> None:
            done = self.tr("Redone: {what}") if redo else self.tr("Undone: {what}")
            self._window.show_message(done.format(what=what))
            if editor.action_id == touched or editor.detail is None:
                today = self._window.today()
                self._window.ops.query(
                    lambda engine: queries.get_action(engine, touched, today),
                    success=lambda _detail: self._show_touched(touched),
                    failure=lambda _exc: self._touched_gone(touched),
                    owner=editor,
                )

        operations = space.operations
        if redo:
            operations.redo(success=stepped, failure=refused)
        else:
            operations.undo(success=stepped, failure=refused)

    def _show_touched(self, action_id: int) -> None:
        self._workspace.editor.load(action_id)

    def _touched_gone(self, action_id: int) -> None:
        if self._workspace.editor.action_id == action_id:
            self._workspace.editor.clear()

    # ================================================================== dialogs

    def show_preferences(self) -> None:
        """Edit ▸ Preferences…: saved to the settings when the user presses OK."""
        window = self._window
        dialog = PreferencesDialog(
            settings=window.settings,
            user=window.named_user,
            tasks=window.tasks,
            prompts=window.prompts,
            login=window.access.user,
            parent=window,
        )
        if window.prompts.run_dialog(dialog):
            if dialog.server_changed:
                message = self.tr(
                    "Preferences saved. The other database opens when Briefing desk restarts."
                )
            elif dialog.language_changed:
                message = self.tr(
                    "Preferences saved. The new language applies when Briefing desk restarts."
                )
            else:
                message = self.tr("Preferences saved.")
            window.show_message(message)
        dialog.deleteLater()

    def show_about(self) -> None:
        window = self._window
        window.prompts.about(
            window,
            self.tr("About Briefing desk"),
            about.about_html(window.describe_database()),
        )
