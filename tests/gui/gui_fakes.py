"""A scripted stand-in for ui.prompts.Prompts: records every message and answers questions
from a queue. An unexpected question fails the test instead of blocking it."""

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from briefing_app.ui.conflict_dialog import ConflictChoice, ConflictField
from briefing_app.ui.prompts import DatabaseChoice, Prompts, UnsavedChoice


class UnexpectedPromptError(AssertionError):
    pass


class FakePrompts(Prompts):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self._answers: dict[str, list[Any]] = defaultdict(list)

    def answer(self, method: str, *answers: Any) -> None:
        """Queue the answers the next questions of `method` get."""
        self._answers[method].extend(answers)

    def _next(self, method: str, *details: Any) -> Any:
        self.calls.append((method, details))
        if not self._answers[method]:
            raise UnexpectedPromptError(f"unexpected question {method}: {details!r}")
        return self._answers[method].pop(0)

    def asked(self, method: str) -> list[tuple[Any, ...]]:
        return [details for name, details in self.calls if name == method]

    def pending(self) -> dict[str, list[Any]]:
        return {k: v for k, v in self._answers.items() if v}

    # --- tells --------------------------------------------------------------------------------

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.calls.append(("error", (title, text, details)))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.calls.append(("info", (title, text)))

    def about(self, parent: QWidget | None, title: str, html: str) -> None:
        self.calls.append(("about", (title, html)))

    def crash(self, parent: QWidget | None, log_path: str) -> None:
        self.calls.append(("crash", (log_path,)))

    def open_url(self, url: str) -> bool:
        self.calls.append(("open_url", (url,)))
        return True

    def open_file(self, path: Path) -> bool:
        self.calls.append(("open_file", (path,)))
        return True

    # --- asks ---------------------------------------------------------------------------------

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, ok_text: str, informative: str = ""
    ) -> bool:
        return bool(self._next("confirm", title, text, ok_text))

    def unsaved_changes(self, parent: QWidget | None, what: str) -> UnsavedChoice:
        return self._next("unsaved_changes", what)  # type: ignore[no-any-return]

    def save_conflict(
        self, parent: QWidget | None, what: str, summary: str, fields: Sequence[ConflictField]
    ) -> ConflictChoice:
        return self._next("save_conflict", what, summary, list(fields))  # type: ignore[no-any-return]

    def run_dialog(self, dialog: QDialog) -> bool:
        """The queued answer is a function that fills the dialog and presses its buttons
        (or a bool: accept or reject it untouched)."""
        answer = self._next("run_dialog", dialog.objectName())
        if callable(answer):
            answer(dialog)
        elif answer:
            dialog.accept()
        else:
            dialog.reject()
        return dialog.result() == QDialog.DialogCode.Accepted

    def unusable_database(self, parent: QWidget | None, where: str, reason: str) -> DatabaseChoice:
        return self._next("unusable_database", where, reason)  # type: ignore[no-any-return]

    def open_database_file(self, parent: QWidget | None, directory: str) -> str | None:
        return self._next("open_database_file", directory)  # type: ignore[no-any-return]

    def new_database_file(self, parent: QWidget | None, directory: str) -> str | None:
        return self._next("new_database_file", directory)  # type: ignore[no-any-return]

    def ca_file(self, parent: QWidget | None, directory: str) -> str | None:
        return self._next("ca_file", directory)  # type: ignore[no-any-return]

    def attach_files(self, parent: QWidget | None, directory: str) -> list[str]:
        return self._next("attach_files", directory)  # type: ignore[no-any-return]

    def save_attachment_file(self, parent: QWidget | None, suggested: str) -> str | None:
        return self._next("save_attachment_file", suggested)  # type: ignore[no-any-return]
