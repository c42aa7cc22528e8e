"""Exchanging follow-up actions with spreadsheets and calendars (DESIGN §3, issue 6).

export_actions: CSV, XLSX, JSON, iCalendar. import_actions: CSV, XLSX, JSON, all or nothing.
"""

from briefing_app.domain.enums import ExportFormat
from briefing_app.services.exchange.export_actions import (
    ExportResult,
    export_actions,
    format_for,
)
from briefing_app.services.exchange.import_actions import (
    ImportFormat,
    ImportResult,
    RowChange,
    import_actions,
    import_format_for,
)
from briefing_app.services.exchange.rows import ImportRefusedError, Problem

__all__ = [
    "ExportFormat",
    "ExportResult",
    "ImportFormat",
    "ImportRefusedError",
    "ImportResult",
    "Problem",
    "RowChange",
    "export_actions",
    "format_for",
    "import_actions",
    "import_format_for",
]
