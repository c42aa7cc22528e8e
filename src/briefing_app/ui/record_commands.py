"""Creating, editing and deleting records of every kind from the main window, the trash and
"New event like this…".

- Every record list page (ui/views/list_page.py) has New…, Edit… (Enter, F2, a double-click)
  and Delete (the Delete key); Ctrl+N on such a page makes a record of its kind (on the
  overview and the follow-up actions page it stays "new follow-up action").
- Edit ▸ New ▸ one entry per kind; Edit ▸ Edit record… (F2); Edit ▸ Delete record…;
  Edit ▸ Trash… (Ctrl+Shift+T); Edit ▸ New event like this… (Ctrl+Shift+E) on an event.
- On the events page, the "From this event" button: New part of this event…, New meeting in
  this event…, New event like this…. New… on a meeting, delegation or fact page starts in the
  selected row's event.

Records open in the generic RecordEditor (a window of its own; one per record, raised when
asked for again); follow-up actions keep their own editor on the actions page. Every read and
write runs as an operation; lists, detail panes and the overview refresh from the change hub.
"""

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from briefing_app.domain.access import Access
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds import editing, event_copy, trash
from briefing_app.services.record_kinds.registry import SPECS
from briefing_app.services.record_kinds.spec import RecordData, TrashEntry
from briefing_app.ui.errors import user_message
from briefing_app.ui.event_copy_dialog import EventCopyDialog
from briefing_app.ui.operations import Engine, Written
from briefing_app.ui.record_editor import RecordEditor
from briefing_app.ui.record_pages import RECORD_PAGES
from briefing_app.ui.trash_dialog import TrashDialog
from briefing_app.ui.views.list_page import ListPage
from briefing_app.ui.widgets.menu_keys import give_mnemonics
from briefing_app.ui.workspace import Workspace
from briefing_app.ui.write_access import gate_writes

if TYPE_CHECKING:
    from briefing_app.ui.main_actions import MainActions
    from briefing_app.ui.main_window import MainWindow

#: Kinds whose New… starts in the event of the selected row.
_IN_EVENT = (RecordKind.MEETING, RecordKind.DELEGATION, RecordKind.FACT)
TRASH_KEYS = "Ctrl+Shift+T"


def kind_name(kind: RecordKind) -> str:
    """The kind's label in the interface language ("Meeting")."""
    return QCoreApplication.translate("Fields", SPECS[kind].label)


class RecordCommands(QObject):
    def __init__(
        self, *, window: "MainWindow", workspace: Workspace, commands: "MainActions"
    ) -> None:
        super().__init__(window)
        self._window = window
        self._space = workspace
        self._commands = commands
        #: open editors by (kind, record id); a new record's key is (kind, -n)
        self.editors: dict[tuple[RecordKind, int], RecordEditor] = {}
        self._new_count = 0
        self.trash_dialog: TrashDialog | None = None
        self._build_actions()
        self._build_menus()
        workspace.ready_changed.connect(self._pages_built)
        workspace.navigation.currentRowChanged.connect(lambda _row: self._page_changed())

    # ================================================================== commands and menus

    def _action(
        self, text: str, slot: Callable[[], object], name: str, keys: str = "", tip: str = ""
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_actions: dict[RecordKind, QAction] = {}
        for spec in RECORD_PAGES:
            kind = spec.kind
            if kind is RecordKind.ACTION:
                self.new_actions[kind] = self._commands.new_action
                continue
            self.new_actions[kind] = self._action(
                self.tr("{kind}…").format(kind=kind_name(kind)),
                functools.partial(self._new_of_kind, kind),
                f"new_{kind.value}",
            )
        self.edit_action = self._action("", self.edit_current, "editRecord", "F2")
        self._name_edit_action(reading=False)
        self.delete_record_action = self._action(
            self.tr("De&lete record…"),
            self.delete_current,
            "deleteRecord",
            tip=self.tr("Move the record selected in the list to the trash (Delete)"),
        )
        self.new_part_action = self._action(
            self.tr("New &part of this event…"),
            self.new_part_of_current,
            "newEventPart",
            tip=self.tr("A programme item of the selected event"),
        )
        self.new_meeting_action = self._action(
            self.tr("New &meeting in this event…"),
            self.new_meeting_in_current,
            "newEventMeeting",
            tip=self.tr("A meeting held at the selected event"),
        )
        self.copy_event_action = self._action(
            self.tr("New e&vent like this…"),
            self.new_event_like_current,
            "newEventLikeThis",
            "Ctrl+Shift+E",
            self.tr("A new event with the selected event's programme, dates moved (Ctrl+Shift+E)"),
        )
        self.trash_action = self._action(
            self.tr("&Trash…"),
            self.show_trash,
            "showTrash",
            TRASH_KEYS,
            self.tr("Deleted records: restore them or empty the trash (Ctrl+Shift+T)"),
        )

    def _build_menus(self) -> None:
        edit_menu = self._commands.edit_menu
        before = self._commands.save_action
        self.new_menu = QMenu(self.tr("Ne&w"), edit_menu)
        self.new_menu.setObjectName("newRecordMenu")
        for action in self.new_actions.values():
            if action is self._commands.new_action:
                entry = QAction(kind_name(RecordKind.ACTION) + "…", self.new_menu)
                entry.setObjectName("new_action")
                self._new_follow_up_entry = entry
                entry.triggered.connect(lambda _checked=False: self._commands.new_follow_up())
                self.new_menu.addAction(entry)
            else:
                self.new_menu.addAction(action)
        self.new_menu.addSeparator()
        self.new_menu.addAction(self.new_part_action)
        self.new_menu.addAction(self.new_meeting_action)
        give_mnemonics(self.new_menu)  # "Meeting…" → "M&eeting…" beside "New &meeting in…"
        edit_menu.insertMenu(before, self.new_menu)
        for action in (self.edit_action, self.delete_record_action, self.copy_event_action):
            edit_menu.insertAction(before, action)
        edit_menu.insertSeparator(before)
        edit_menu.insertAction(before, self.trash_action)
        edit_menu.insertSeparator(before)

    def _name_edit_action(self, *, reading: bool) -> None:
        """Edit record… opens a record; for a reader, to read it: Open record…."""
        action = self.edit_action
        if reading:
            action.setText(self.tr("&Open record…"))
            tip = self.tr("Open the record selected in the list to read it (F2, Enter)")
        else:
            action.setText(self.tr("&Edit record…"))
            tip = self.tr("Edit the record selected in the list (F2, Enter)")
        action.setToolTip(tip)
        action.setStatusTip(tip)

    def follow_access(self, access: Access) -> None:
        """The commands that write follow what the user may do on the database opened (the
        list pages' buttons follow it as the pages are built)."""
        self._name_edit_action(reading=not access.may_edit)
        gate_writes(
            access,
            *self.new_actions.values(),
            self._new_follow_up_entry,
            self.delete_record_action,
            self.new_part_action,
            self.new_meeting_action,
            self.copy_event_action,
        )

    def _page_changed(self) -> None:
        """Ctrl+N's text says what it makes on the page on show."""
        kind = self._page_kind()
        new = self._commands.new_action
        if kind is None or kind is RecordKind.ACTION:
            new.setText(self.tr("&New follow-up action"))
            new.setToolTip(self.tr("Create a follow-up action (Ctrl+N)"))
        else:
            new.setText(self.tr("&New {kind}…").format(kind=kind_name(kind).lower()))
            new.setToolTip(
                self.tr("Create a record of this kind: {kind} (Ctrl+N)").format(
                    kind=kind_name(kind).lower()
                )
            )
        for action in (self.copy_event_action, self.new_part_action, self.new_meeting_action):
            action.setEnabled(kind is RecordKind.EVENT)

    def _pages_built(self, ready: bool) -> None:
        if not ready:
            return
        for key, page in self._space.pages.items():
            if not isinstance(page, ListPage):
                continue
            kind = RecordKind(key)
            page.new_requested.connect(functools.partial(self._new_of_kind, kind))
            page.edit_requested.connect(lambda record_id, k=kind: self.edit_record(k, record_id))
            page.delete_requested.connect(
                lambda record_id, k=kind: self.delete_record(k, record_id)
            )
            if kind is RecordKind.EVENT:
                self._event_commands(page)
            access = self._window.access
            gate_writes(access, page.new_button, page.delete_button)
            if not access.may_edit:
                page.edit_button.setText(self.tr("&Open…"))
                page.edit_button.setToolTip(self.tr("Open the selected record to read it (Enter)"))
        self._page_changed()

    def _event_commands(self, page: ListPage) -> None:
        """One menu button on the events page: New part…, New meeting…, New event like this…
        (one button, so the page fits a small screen in every language)."""
        button = page.add_command(
            self.tr("From &this event"), "FromEvent", lambda: None, needs_row=True
        )
        button.setToolTip(self.tr("New records that start from the selected event"))
        menu = QMenu(button)
        for action in (self.new_part_action, self.new_meeting_action, self.copy_event_action):
            menu.addAction(action)
        button.setMenu(menu)
        gate_writes(self._window.access, button)

    # ================================================================== where we are

    def _page_kind(self) -> RecordKind | None:
        key = self._space.current_kind()
        return RecordKind(key) if key in {s.kind.value for s in RECORD_PAGES} else None

    def list_page(self, kind: RecordKind) -> ListPage | None:
        page = self._space.pages.get(kind.value)
        return page if isinstance(page, ListPage) else None

    def _defaults(self, kind: RecordKind) -> dict[str, Any]:
        """What a new record of `kind` starts with: the event of the row selected on its page."""
        page = self.list_page(kind)
        row = page.current_row() if page is not None else None
        event_id = getattr(row, "event_id", None)
        if kind in _IN_EVENT and event_id:
            return {"event_id": event_id}
        return {}

    def _new_of_kind(self, kind: RecordKind) -> None:
        self.new_record(kind, self._defaults(kind))

    def _current_event(self) -> int | None:
        page = self.list_page(RecordKind.EVENT)
        if self._page_kind() is not RecordKind.EVENT or page is None:
            return None
        return page.current_id()

    # ================================================================== new, edit

    def new_on_page(self) -> bool:
        """Ctrl+N: a record of the kind of the page on show. False on the overview and the
        follow-up actions page (Ctrl+N makes a follow-up action there)."""
        kind = self._page_kind()
        if not self._space.ready or kind is None or kind is RecordKind.ACTION:
            return False
        self.new_record(kind, self._defaults(kind))
        return True

    def new_record(self, kind: RecordKind, defaults: Mapping[str, Any] | None = None) -> None:
        if not self._space.ready:
            return
        if kind is RecordKind.ACTION:
            self._commands.new_follow_up()
            return
        self._new_count += 1
        self._open(kind, None, -self._new_count, defaults)

    def new_part_of_current(self) -> None:
        event_id = self._current_event()
        if event_id is not None:
            self.new_record(RecordKind.EVENT, {"parent_id": event_id})

    def new_meeting_in_current(self) -> None:
        event_id = self._current_event()
        if event_id is not None:
            self.new_record(RecordKind.MEETING, {"event_id": event_id})

    def edit_record(self, kind: RecordKind, record_id: int) -> None:
        """Open `record_id` in an editor (raise the one already open)."""
        if not self._space.ready:
            return
        if kind is RecordKind.ACTION:
            self._space.open_record(kind.value, record_id)
            return
        self._open(kind, record_id, record_id, None)

    def edit_current(self) -> None:
        """Edit ▸ Edit record… (F2): the row selected on the page on show."""
        kind = self._page_kind()
        if kind is RecordKind.ACTION:
            self._space.actions_page.view.setFocus()
            editor = self._space.editor
            if editor.action_id is not None:
                editor.title_edit.setFocus()
            return
        page = self.list_page(kind) if kind is not None else None
        record_id = page.current_id() if page is not None else None
        if kind is None or record_id is None:
            self._window.show_message(self.tr("Select a record in a list to edit it."))
            return
        self.edit_record(kind, record_id)

    def _open(
        self,
        kind: RecordKind,
        record_id: int | None,
        key: int,
        defaults: Mapping[str, Any] | None,
    ) -> RecordEditor:
        found = self.editors.get((kind, key))
        if found is not None and shiboken6.isValid(found):
            found.show()
            found.raise_()
            found.activateWindow()
            return found
        window = self._window
        editor = RecordEditor(
            spec=SPECS[kind],
            operations=window.ops,
            prompts=window.prompts,
            user=window.user,
            record_id=record_id,
            defaults=defaults,
            today=window.today,
            parent=window,
        )
        self.editors[(kind, key)] = editor
        editor.message.connect(window.show_message)
        editor.saved.connect(lambda saved_id: self._saved(editor, kind, key, saved_id))
        editor.deleted.connect(lambda gone_id: self._moved_to_trash(kind, editor.what()))
        editor.closed.connect(lambda: self._closed(kind, editor))
        screen = window.screen()
        if screen is not None:  # a small screen (1024×700): the editor fits on it
            room = screen.availableGeometry()
            editor.resize(
                min(editor.width(), int(room.width() * 0.92)),
                min(editor.height(), int(room.height() * 0.9)),
            )
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _saved(self, editor: RecordEditor, kind: RecordKind, key: int, record_id: int) -> None:
        if key < 0:  # a new record: from now on it is the editor of that record
            self.editors.pop((kind, key), None)
            self.editors[(kind, record_id)] = editor
            page = self.list_page(kind)
            if page is not None and self._page_kind() is kind:
                page.show_record(record_id)

    def _closed(self, kind: RecordKind, editor: RecordEditor) -> None:
        for key, open_editor in list(self.editors.items()):
            if open_editor is editor:
                del self.editors[key]
        editor.deleteLater()

    def editor_of(self, kind: RecordKind, record_id: int | None = None) -> RecordEditor | None:
        """The open editor of a record (or the newest editor of a new `kind` record)."""
        if record_id is not None:
            return self.editors.get((kind, record_id))
        found = [e for (k, _key), e in self.editors.items() if k is kind]
        return found[-1] if found else None

    def may_leave(self) -> bool:
        """Before quitting or opening another database: every open editor is asked about its
        unsaved changes (save, discard, stay). True when all may close; they are closed."""
        for editor in list(self.editors.values()):
            if shiboken6.isValid(editor) and editor.maybe_leave() is not True:
                if editor.isVisible():
                    editor.raise_()
                return False
        for editor in list(self.editors.values()):
            if shiboken6.isValid(editor):
                editor.request_close()
        return True

    # ================================================================== delete

    def delete_current(self) -> None:
        """Edit ▸ Delete record…: the row selected on the page on show."""
        kind = self._page_kind()
        if kind is RecordKind.ACTION:
            self._commands.delete_current()
            return
        page = self.list_page(kind) if kind is not None else None
        record_id = page.current_id() if page is not None else None
        if kind is None or record_id is None:
            self._window.show_message(self.tr("Select a record in a list to delete it."))
            return
        self.delete_record(kind, record_id)

    def delete_record(self, kind: RecordKind, record_id: int) -> None:
        """Move a record to the trash after asking (its open editor asks and closes)."""
        editor = self.editors.get((kind, record_id))
        if editor is not None and shiboken6.isValid(editor):
            editor.delete()
            return
        window = self._window
        window.ops.query(
            lambda engine: editing.read_record(engine, kind, record_id),
            success=lambda record: self._confirm_delete(record),
            title=self.tr("Not deleted"),
        )

    def _confirm_delete(self, record: RecordData) -> None:
        window = self._window
        if not window.prompts.confirm(
            window,
            self.tr("Delete"),
            self.tr("Delete “{what}”?").format(what=record.label),
            ok_text=self.tr("Delete"),
            informative=self.tr(
                "It goes to the trash with what referred to it; it can be restored from there."
            ),
        ):
            return
        kind, record_id, version, user = record.kind, record.id, record.version, window.user

        def work(engine: Engine) -> Written[TrashEntry]:
            entry = trash.delete_record(
                engine, kind, record_id, changed_by=user, if_version=version
            )
            return Written(entry, ((kind, record_id),))

        def failed(exc: BaseException) -> None:
            window.prompts.error(window, self.tr("Not deleted"), user_message(exc) or str(exc))

        window.ops.write(
            work,
            success=lambda entry: self._moved_to_trash(kind, entry.label),
            failure=failed,
        )

    def _moved_to_trash(self, kind: RecordKind, label: str) -> None:
        self._window.show_message(
            self.tr("Moved “{what}” to the trash. Edit ▸ Trash… ({keys}) restores it.").format(
                what=label, keys=TRASH_KEYS
            )
        )

    # ================================================================== trash

    def show_trash(self) -> None:
        """Edit ▸ Trash…: a dialog listing deleted records (Restore, Empty trash…)."""
        if not self._space.ready:
            return
        window = self._window
        dialog = TrashDialog(
            ops=window.ops, prompts=window.prompts, user=window.user, parent=window
        )
        dialog.restored.connect(self._restored)
        self.trash_dialog = dialog
        window.prompts.run_dialog(dialog)
        self.trash_dialog = None
        dialog.deleteLater()

    def _restored(self, kind: str, record_id: int) -> None:
        self._window.show_message(
            self.tr("Restored {kind} #{id}.").format(
                kind=kind_name(RecordKind(kind)).lower(), id=record_id
            )
        )

    # ================================================================== new event like this

    def new_event_like_current(self) -> None:
        event_id = self._current_event()
        if event_id is None:
            self._window.show_message(self.tr("Select an event on the Events page first."))
            return
        self.new_event_like(event_id)

    def new_event_like(self, event_id: int) -> None:
        """Ask the new name and start date, copy the event's programme, open the new event."""
        self._window.ops.query(
            lambda engine: editing.read_record(engine, RecordKind.EVENT, event_id),
            success=self._ask_event_copy,
        )

    def _ask_event_copy(self, event: RecordData) -> None:
        window = self._window
        dialog = EventCopyDialog(
            name=event.label, starts_on=event.values.get("starts_on"), parent=window
        )
        accepted = window.prompts.run_dialog(dialog)
        values = dialog.values()
        dialog.deleteLater()
        if not accepted:
            return
        user, event_id = window.user, event.id

        def work(engine: Engine) -> Written[RecordData]:
            copy = event_copy.copy_event(engine, event_id, values, changed_by=user)
            return Written(copy, ((RecordKind.EVENT, copy.id),))

        def done(copy: RecordData) -> None:
            window.show_message(
                self.tr("Created “{name}” with the programme of “{old}”.").format(
                    name=copy.label, old=event.label
                )
            )
            self._space.go(RecordKind.EVENT.value)
            page = self.list_page(RecordKind.EVENT)
            if page is not None:
                page.show_record(copy.id)
            self.edit_record(RecordKind.EVENT, copy.id)

        window.ops.write(work, success=done, title=self.tr("The event was not copied"))
