"""The top of the action editor: the action's title in large type; a line with its number,
meeting, version, when it was saved and whether it is overdue; and the "● Unsaved changes"
mark (EditorHeading). Texts are in the "ActionEditor" translation context, like the editor's
own."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from briefing_app.services.dto import ActionDetail
from briefing_app.ui import fallback_mark, labels
from briefing_app.ui.forms.editor_heading import EditorHeading


class ActionHeading(EditorHeading):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(heading_name="actionHeading", meta_name="actionMeta", parent=parent)

    def show_new(self) -> None:
        fallback_mark.mark_label(
            self.heading, QCoreApplication.translate("ActionEditor", "New follow-up action")
        )
        self.meta.setText(
            QCoreApplication.translate(
                "ActionEditor", "Not saved yet. Choose its meeting and give it a title."
            )
        )

    def show_detail(self, detail: ActionDetail) -> None:
        row = detail.action
        fallback_mark.mark_label(self.heading, row.title, row.title)
        self.meta.setText(
            QCoreApplication.translate(
                "ActionEditor", "#{id} · {meeting} · version {version} · saved {when}{overdue}"
            ).format(
                id=row.id,
                meeting=row.meeting_title,
                version=row.version,
                when=labels.format_datetime_utc(detail.updated_at),
                overdue=QCoreApplication.translate("ActionEditor", " · OVERDUE")
                if row.overdue
                else "",
            )
        )
