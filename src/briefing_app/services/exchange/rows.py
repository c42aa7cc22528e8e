"""What a reader hands the importer (rows of named cells) and what a refused import reports."""

from dataclasses import dataclass, field
from typing import Any

from briefing_app.domain.errors import UserError


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
    """One reason an import is refused: where (row, column, cell) and why."""

    row: int | None
    column: str | None
    reason: str
    cell: str | None = None

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
    """The file has problems; nothing was written. `problems` lists every one."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        count = len(problems)
        first = str(problems[0]) if problems else "unknown problem"
        more = f" (and {count - 1} more)" if count > 1 else ""
        super().__init__(
            f"import of {source} refused, nothing was changed: "
            f"{count} problem{'s' if count != 1 else ''}; {first}{more}"
        )

    def report(self) -> str:
        return "\n".join(str(p) for p in self.problems)
