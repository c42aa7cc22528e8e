"""What a reader hands the importer (rows of named cells) and what a refused import reports."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from briefing_app.domain.errors import FieldError, UserError
from briefing_app.i18n import MESSAGES, QT_TRANSLATE_NOOP, Wording, english, fill


@dataclass(frozen=True)
class SourceRow:
    """One row of a spreadsheet or one record of a JSON file.

    `number` is the row as the user sees it (spreadsheet row, header = 1; JSON record, from 1);
    `cells` maps column names to raw values; `refs` maps column names to where they are
    ("F5" in a spreadsheet)."""

    number: int
    cells: dict[str, Any]
    refs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Problem:
    """One reason an import is refused: where (row, column, cell) and why.

    The reason is kept like a FieldError's: an English template marked with
    `QT_TRANSLATE_NOOP("Messages", …)` and its values, so the desktop app can show it translated;
    `reason` is the English text the command line prints."""

    row: int | None
    column: str | None
    reason_template: str
    cell: str | None = None
    reason_values: Mapping[str, Any] = field(default_factory=dict, hash=False)

    @classmethod
    def of(
        cls,
        row: int | None,
        column: str | None,
        template: str,
        cell: str | None = None,
        /,
        **values: Any,
    ) -> "Problem":
        """A problem whose reason is `template` filled with `values`."""
        return cls(row, column, template, cell, values)

    @classmethod
    def from_field(
        cls, row: int | None, column: str | None, error: FieldError, cell: str | None = None
    ) -> "Problem":
        """The problem a refused field makes: its reason, without the field's name."""
        return cls(row, column, error.reason_template, cell, dict(error.reason_values))

    @property
    def reason(self) -> str:
        return fill(self.reason_template, self.reason_values)

    def text(self, wording: Wording = english) -> str:
        """Where (row, column and cell as the file names them) and why, in `wording`."""
        places = (
            (QT_TRANSLATE_NOOP("ImportExport", "row {row}"), "row", self.row),
            (QT_TRANSLATE_NOOP("ImportExport", "column {column}"), "column", self.column),
            (QT_TRANSLATE_NOOP("ImportExport", "cell {cell}"), "cell", self.cell),
        )
        where = [
            wording("ImportExport", template, {key: value})
            for template, key, value in places
            if value is not None and value != ""
        ]
        reason = wording(MESSAGES, self.reason_template, self.reason_values)
        if not where:
            return reason
        template = QT_TRANSLATE_NOOP("ImportExport", "{where}: {reason}")
        return wording("ImportExport", template, {"where": ", ".join(where), "reason": reason})

    def __str__(self) -> str:
        return self.text()


class ImportRefusedError(UserError):
    """The file has problems; nothing was written. `problems` lists every one.

    The message's values are the file's name, the number of problems, the first one (English;
    `problems[0]` has its parts) and how many more there are."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        count = len(problems)
        if count == 0:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "import of {source} refused, nothing was changed: 0 problems; unknown problem",
            )
        elif count == 1:
            template = QT_TRANSLATE_NOOP(
                "Messages", "import of {source} refused, nothing was changed: 1 problem; {first}"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "import of {source} refused, nothing was changed: {count} problems; {first} "
                "(and {more} more)",
            )
        first = str(problems[0]) if problems else ""
        super().__init__(template, source=source, count=count, first=first, more=count - 1)

    def message(self, wording: Wording = english) -> str:
        """Why the import was refused, with the first problem, in `wording`."""
        first = self.problems[0].text(wording) if self.problems else ""
        return wording(MESSAGES, self.template, {**self.values, "first": first})

    def report(self, wording: Wording = english) -> str:
        """Every problem, one per line, in `wording`."""
        return "\n".join(p.text(wording) for p in self.problems)
