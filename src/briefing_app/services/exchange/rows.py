"""What a reader hands the importer (rows of named cells) and what a refused import reports."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from briefing_app.domain.errors import FieldError, UserError
from briefing_app.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SourceRow:
    """One row of a spreadsheet or one record of a JSON file.

    `number` is the row as the user sees it (spreadsheet row, header = 1; JSON record, from 1);
    `cells` maps column names to raw values; `refs` maps column names to where they are
    ("F5" in a spreadsheet)."""

    number: int
    cells: dict[str, Any]
    refs: dict[str, str] = field(default_factory=dict)


def _fill(template: str, values: Mapping[str, Any]) -> str:
    return template.format(**values) if values else template


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
        return _fill(self.reason_template, self.reason_values)

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        if self.cell:
            where.append(f"cell {self.cell}")
        return (", ".join(where) + ": " if where else "") + self.reason


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

    def report(self) -> str:
        return "\n".join(str(p) for p in self.problems)
