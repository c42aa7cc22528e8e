"""Before a save: ask about a date whose year is outside 1945–2100 (domain/typed_dates.py).

0001-01-01, 1900 and 9999-12-31 are real dates but were typing slips, saved silently and shown
overdue. A changed date or due date with such a year is asked about once per save through
ui/prompts.py ("Did you mean 1 January 1900?"): Keep saves it, Cancel goes back to the field.
Dates that were stored already and not changed are not asked about again.
"""

from collections.abc import Iterable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from briefing_app.domain.typed_dates import FIRST_USUAL_YEAR, LAST_USUAL_YEAR, is_usual_year
from briefing_app.ui import labels
from briefing_app.ui.forms.inputs import DateInput, DueInput, FieldInput, field_caption
from briefing_app.ui.prompts import Prompts


def unusual_dates(inputs: Mapping[str, FieldInput], keys: Iterable[str]) -> list[tuple[str, date]]:
    """The (key, day) of each date or due date input among `keys` whose year is unusual."""
    found = []
    for key in keys:
        widget = inputs.get(key)
        if isinstance(widget, DateInput | DueInput):
            day = widget.typed_day()
            if day is not None and not is_usual_year(day):
                found.append((key, day))
    return found


def confirm_years(
    prompts: Prompts, parent: QWidget, inputs: Mapping[str, FieldInput], keys: Iterable[str]
) -> bool:
    """Ask about each unusual year among the changed `keys`; False (and the field focused)
    when the user wants to correct one."""
    for key, day in unusual_dates(inputs, keys):
        widget = inputs[key]
        keep = prompts.confirm(
            parent,
            QCoreApplication.translate("UnusualYears", "Unusual year"),
            QCoreApplication.translate("UnusualYears", "Did you mean {date}?").format(
                date=labels.format_date(day, QLocale.FormatType.LongFormat)
            ),
            ok_text=QCoreApplication.translate("UnusualYears", "Keep {year}").format(year=day.year),
            informative=QCoreApplication.translate(
                "UnusualYears",
                "{field}: the year {year} is outside {first}–{last}, the years the office "
                "works with. Cancel to correct it.",
            ).format(
                field=field_caption(widget.spec),
                year=day.year,
                first=FIRST_USUAL_YEAR,
                last=LAST_USUAL_YEAR,
            ),
        )
        if not keep:
            widget.editor.setFocus()
            return False
    return True
