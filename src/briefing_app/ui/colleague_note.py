"""An open editor says when a colleague saved its record meanwhile (issue 17): a line under its
heading, never a dialog, so nobody is interrupted mid-sentence.

A colleague's change arrives on the change hub (`colleagues_changed`, ui/live_updates.py); the
stored version is read (a comment or a file added by a colleague changes no version, and says
nothing here). An editor without unsaved changes shows the colleague's version by itself (its
own handling of the hub), and the line says whose it is; one with unsaved changes keeps them,
and the line says that saving will show both versions (the stale-version conflict dialog: a
save is never a silent overwrite). The line goes once the user saved again, or the editor shows
another record.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from briefing_app.domain.record_kind import SEVERAL, RecordKind
from briefing_app.services.record_kinds.form_model import FormModel
from briefing_app.ui.forms.editor_heading import EditorHeading
from briefing_app.ui.operations import Engine, Operations


class ColleagueNote(QObject):
    """For an editor of `kind` over `model`; `read_version(engine, id)` reads the stored
    version off the GUI thread. The editor calls `update()` whenever its state changes."""

    def __init__(
        self,
        *,
        kind: RecordKind,
        model: FormModel,
        heading: EditorHeading,
        ops: Operations,
        read_version: Callable[[Engine, int], int],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._model = model
        self._label = heading.colleague_note
        self._ops = ops
        self._read_version = read_version
        # (record id, the version a colleague saved) once one did
        self._noted: tuple[int, int] | None = None
        ops.hub.colleagues_changed.connect(self._changed)

    def _changed(self, kind: str, record_id: int) -> None:
        current, shown = self._model.record_id, self._model.version
        if kind != self._kind.value or current is None or record_id not in (SEVERAL, current):
            return
        read = self._read_version

        def arrived(stored: int) -> None:
            if self._model.record_id == current and shown is not None and stored > shown:
                self._noted = (current, stored)
                self.update()

        self._ops.query(
            lambda engine: read(engine, current),
            success=arrived,
            failure=lambda _exc: None,  # gone meanwhile, or out of reach: nothing to note
            owner=self,
        )

    def update(self) -> None:
        """Show, word or hide the line for the editor's state of the moment."""
        text = ""
        if self._noted is not None:
            record_id, theirs = self._noted
            version = self._model.version
            if record_id != self._model.record_id or version is None or version > theirs:
                self._noted = None  # another record, or the user saved since
            elif version == theirs:
                text = QCoreApplication.translate(
                    "ColleagueNote", "Changed by a colleague: this is their version {version}."
                ).format(version=theirs)
            elif self._model.is_dirty:  # else their version is being read into the form
                text = QCoreApplication.translate(
                    "ColleagueNote",
                    "Changed by a colleague (version {version}). Your changes are kept; saving "
                    "will show both versions.",
                ).format(version=theirs)
        self._label.setText(text)
        self._label.setVisible(bool(text))
