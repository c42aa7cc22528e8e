"""The top of the record editor: the record's name in large type, a line with its kind, number
and version (or that it is not saved yet), and the "● Unsaved changes" mark (EditorHeading)."""

from PySide6.QtWidgets import QWidget

from briefing_app.services.record_kinds.spec import RecordData
from briefing_app.ui.forms.editor_heading import EditorHeading


class RecordHeading(EditorHeading):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(heading_name="editorHeading", meta_name="editorMeta", parent=parent)

    def show_new(self, kind: str) -> None:
        """A record not saved yet; `kind` is the kind's label in lower case ("meeting")."""
        heading = self.tr("New {kind}").format(kind=kind)
        self.heading.setText(heading[:1].upper() + heading[1:])  # "sự kiện mới" → "Sự …"
        self.meta.setText(self.tr("Not saved yet."))

    def show_record(self, title: str, kind: str, record: RecordData) -> None:
        """A stored record; `kind` is the kind's label ("Meeting")."""
        self.heading.setText(title)
        self.meta.setText(
            self.tr("{kind} #{id} · version {version}").format(
                kind=kind, id=record.id, version=record.version
            )
        )
