"""The paged table model with a background `run`: reads return at once, rows go in when their
page arrives, a read overtaken by a newer reload is dropped, fetchMore waits for the page in
flight, and `then` / `when_loaded` run once the rows are in. The `run` here holds each read
until the test delivers it, as the task runner would later on the GUI thread."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex

from briefing_app.domain.errors import UserError
from briefing_app.services.pages import Page, PageRequest
from briefing_app.ui.models.paged_table_model import Column, PagedTableModel

ROOT = QModelIndex()


class Row:
    def __init__(self, record_id: int) -> None:
        self.id = record_id


class Model(PagedTableModel):
    def make_columns(self) -> list[Column]:
        return [Column("id", "#", lambda r: str(r.id))]


class HeldReads:
    """A `run` that keeps each read until `deliver()`."""

    def __init__(self) -> None:
        self.pending: list[tuple[Callable[[], Any], Callable[[Any], None], Any]] = []

    def __call__(
        self,
        read: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self.pending.append((read, done, failed))

    def deliver(self, index: int = 0) -> None:
        read, done, failed = self.pending.pop(index)
        try:
            page = read()
        except UserError as exc:
            failed(exc)
        else:
            done(page)


def numbers(total: int, tag: int = 0) -> Callable[[PageRequest], Page[Row]]:
    def fetch(request: PageRequest) -> Page[Row]:
        end = min(total, request.offset + request.limit)
        return Page(
            rows=[Row(tag + i) for i in range(request.offset, end)],
            total=total,
            offset=request.offset,
        )

    return fetch


def test_rows_go_in_when_their_page_arrives(qtmodeltester: Any) -> None:
    run = HeldReads()
    model = Model(fetch=numbers(5), page_size=2, run=run)
    loaded: list[int] = []
    model.loaded.connect(lambda: loaded.append(model.rowCount()))
    model.ensure_loaded()
    assert model.rowCount() == 0 and model.loading and len(run.pending) == 1
    model.ensure_loaded()  # no second read while the first is in flight
    assert len(run.pending) == 1
    run.deliver()
    assert [r.id for r in model.rows()] == [0, 1] and model.total == 5 and not model.loading
    assert model.canFetchMore(ROOT)
    model.fetchMore(ROOT)
    model.fetchMore(ROOT)  # the page in flight is not asked for twice
    assert len(run.pending) == 1 and model.rowCount() == 2
    run.deliver()
    assert [r.id for r in model.rows()] == [0, 1, 2, 3]
    assert loaded == [2, 4]
    qtmodeltester.check(model)


def test_a_read_overtaken_by_a_newer_reload_is_dropped() -> None:
    run = HeldReads()
    model = Model(fetch=numbers(3), run=run)
    model.reload()
    model.set_fetch(numbers(2, tag=100))  # new filters while the first read is out
    run.deliver(1)  # the newer one comes back first
    assert [r.id for r in model.rows()] == [100, 101]
    run.deliver(0)  # the older one, late: dropped
    assert [r.id for r in model.rows()] == [100, 101] and model.total == 2


def test_then_and_when_loaded_run_once_the_rows_are_in() -> None:
    run = HeldReads()
    model = Model(fetch=numbers(3), run=run)
    seen: list[str] = []
    model.when_loaded(lambda: seen.append(f"first {model.rowCount()}"))
    assert seen == [] and len(run.pending) == 1  # asking for the rows starts reading them
    run.deliver()
    model.when_loaded(lambda: seen.append(f"now {model.rowCount()}"))  # already in: runs now
    model.reload(keep_loaded=True, then=lambda: seen.append(f"reloaded {model.rowCount()}"))
    assert seen == ["first 3", "now 3"]
    run.deliver()
    assert seen == ["first 3", "now 3", "reloaded 3"]


def test_an_error_empties_the_list_and_goes_to_the_callback() -> None:
    run = HeldReads()
    errors: list[BaseException] = []

    def broken(_request: PageRequest) -> Page[Row]:
        raise UserError("The list cannot be read.")

    model = Model(fetch=numbers(3), run=run, on_error=errors.append)
    model.reload()
    run.deliver()
    model.set_fetch(broken)
    run.deliver()
    assert model.rowCount() == 0 and model.total == 0 and not model.loading
    assert [str(e) for e in errors] == ["The list cannot be read."]
