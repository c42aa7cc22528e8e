"""Moving the record a record editor shows to the trash: asked first, then a versioned delete
run as an operation. A record someone else saved after it was opened is not deleted; the user
is told, and the editor shows the latest version when nothing is left unsaved."""

from collections.abc import Callable

from briefing_app.services.record_kinds.spec import RecordData
from briefing_app.ui.errors import user_message
from briefing_app.ui.forms.editor_operations import EditorPart
from briefing_app.ui.forms.record_services import is_stale


class RecordDeletion(EditorPart):
    """Deletes through `io`; questions and refusals are message boxes over `window`."""

    def delete(
        self,
        record: RecordData,
        *,
        what: str,
        dirty: Callable[[], bool],
        deleted: Callable[[], None],
        reload: Callable[[], None],
    ) -> None:
        """Ask, then delete `record` (named `what` in the question): `deleted()` once it is in
        the trash; `reload()` when someone else saved it meanwhile and `dirty()` is False."""
        informative = self.tr(
            "It goes to the trash with what referred to it; it can be restored from there."
        )
        if dirty():
            informative += " " + self.tr("Your unsaved changes to it are lost.")
        if not self._prompts.confirm(
            self._window,
            self.tr("Delete"),
            self.tr("Delete “{what}”?").format(what=what),
            ok_text=self.tr("Delete"),
            informative=informative,
        ):
            return
        services, kind, user = self._services, self._spec.kind, self._user
        record_id, version = record.id, record.version

        def failed(exc: BaseException) -> None:
            if is_stale(exc):
                text = self.tr(
                    "Someone else saved “{what}” after you opened it, so it was not deleted. "
                    "The latest version is shown."
                ).format(what=record.label)
                self._prompts.error(self._window, self.tr("Not deleted"), text)
                if not dirty():
                    reload()
                return
            self._prompts.error(self._window, self.tr("Not deleted"), user_message(exc) or str(exc))

        self._io.write(
            lambda engine: services.delete_record(
                engine, kind, record_id, changed_by=user, if_version=version
            ),
            lambda _entry: deleted(),
            failed,
        )
