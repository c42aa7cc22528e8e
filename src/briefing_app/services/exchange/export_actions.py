"""Export follow-up actions (all, or those a filter selects) to CSV, XLSX, JSON or iCalendar,
written atomically and readable by the owner only."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.engine import Engine

from briefing_app.domain.enums import ExportFormat
from briefing_app.domain.errors import UserError
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.atomic_file import write_atomically
from briefing_app.services.exchange.csv_format import write_csv
from briefing_app.services.exchange.ics_format import write_ics
from briefing_app.services.exchange.json_format import write_json
from briefing_app.services.exchange.records import ExportSet, load_export_set
from briefing_app.services.exchange.xlsx_format import write_xlsx
from briefing_app.services.queries import ActionFilter

_WRITERS: dict[ExportFormat, Callable[[ExportSet, BinaryIO], None]] = {
    ExportFormat.CSV: write_csv,
    ExportFormat.XLSX: write_xlsx,
    ExportFormat.JSON: write_json,
    ExportFormat.ICS: write_ics,
}


def format_for(path: Path, given: str | None = None) -> ExportFormat:
    """The format named, else the one the file name's extension implies."""
    text = (given or path.suffix.lstrip(".")).lower()
    try:
        return ExportFormat(text)
    except ValueError:
        choices = ", ".join(f.value for f in ExportFormat)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "unknown export format '{format}' (choose from {choices})"
            ),
            format=text,
            choices=choices,
        ) from None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ExportFormat
    actions: int
    meetings: int


def export_actions(
    engine: Engine,
    path: Path,
    fmt: ExportFormat,
    flt: ActionFilter | None = None,
    *,
    today: date | None = None,
) -> ExportResult:
    """Write the actions `flt` selects (all by default) to `path` in `fmt`: given the action
    list's filter, exactly the actions the list shows (its search and every filter)."""
    export = load_export_set(engine, flt, today, with_files=fmt is ExportFormat.JSON)
    write_atomically(path, lambda handle: _WRITERS[fmt](export, handle))
    return ExportResult(path, fmt, len(export.actions), len(export.meetings))
