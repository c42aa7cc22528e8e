"""A refused import's report in the interface language: the reasons are translated from the
services' templates, the columns, cells and row numbers stay as the file names them."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from briefing_app.domain.enums import ActionStatus, ExportFormat
from briefing_app.domain.errors import FieldError
from briefing_app.services import exchange
from briefing_app.services.exchange import ImportRefusedError, Problem, cells
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui.errors import interface_wording
from briefing_app.ui.import_export import change_text

FAKE = {
    ("ImportExport", "row {row}"): "hàng {row}",
    ("ImportExport", "column {column}"): "cột {column}",
    ("ImportExport", "cell {cell}"): "ô {cell}",
    ("ImportExport", "{where}: {reason}"): "{where} — {reason}",
    (
        "Messages",
        "unknown {name} '{value}' (choose from {choices})",
    ): "{name} không rõ: “{value}” (chọn: {choices})",
    ("Messages", "the file holds no actions"): "tệp không có hành động nào",
    (
        "Messages",
        "import of {source} refused, nothing was changed: {count} problems; {first} "
        "(and {more} more)",
    ): "không nhập {source}: {count} lỗi; {first} (và {more} lỗi khác)",
}


class FakeTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return FAKE.get((context, source), "")


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    translator = FakeTranslator()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _refusal() -> ImportRefusedError:
    with pytest.raises(FieldError) as caught:
        cells.choice(ActionStatus, "agred", "status")
    return ImportRefusedError(
        "actions.csv",
        [
            Problem.from_field(4, "status", caught.value, "F4"),
            Problem(None, None, "the file holds no actions"),
        ],
    )


def test_without_a_translation_the_report_reads_as_the_command_line_prints_it(
    qapp: QApplication,
) -> None:
    refused = _refusal()
    assert refused.report(interface_wording) == refused.report()
    assert refused.message(interface_wording) == refused.message() == str(refused)


def test_the_reasons_are_translated_and_the_places_keep_their_names(vietnamese: None) -> None:
    refused = _refusal()
    first = (
        "hàng 4, cột status, ô F4 — status không rõ: “agred” "
        "(chọn: proposed, agreed, in_progress, waiting, done, blocked, cancelled)"
    )
    assert refused.problems[0].text(interface_wording) == first
    assert refused.report(interface_wording) == f"{first}\ntệp không có hành động nào"
    assert refused.message(interface_wording) == (
        f"không nhập actions.csv: 2 lỗi; {first} (và 1 lỗi khác)"
    )


def test_the_import_preview_names_fields_and_values_as_the_interface_does(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "actions.csv"
    exchange.export_actions(seeded_db.engine, path, ExportFormat.CSV)
    text = path.read_text(encoding="utf-8-sig").replace("Yamanashi coordinates", "Yamanashi leads")
    path.write_text(text, encoding="utf-8-sig")
    result = exchange.import_actions(seeded_db.engine, path, changed_by="tester", dry_run=True)
    # no translator: the CLI's English, but fields named as the interface names them
    assert result.summary(interface_wording) == result.summary()
    assert result.report(interface_wording, change_text).splitlines()[0] == (
        "row 2: action 2: Title: Yamanashi coordinates the work programme of Thanh Hóa's business "
        "trip to Japan (2026) → Yamanashi leads the work programme of Thanh Hóa's business trip "
        "to Japan (2026)"
    )


def test_a_changed_version_in_another_language_is_named_with_its_language(
    qapp: QApplication,
) -> None:
    change = ("title_vi", "Gửi thư mời", "Gửi thư mời tới tỉnh Yamanashi")
    assert change_text(change) == "Title (Tiếng Việt): Gửi thư mời → Gửi thư mời tới tỉnh Yamanashi"
    assert change_text(("description", None, "x")) == "Description: - → x"
