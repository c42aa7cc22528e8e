"""Import follow-up actions from CSV, XLSX or JSON: all or nothing.

Rows with an id update that action, but only if it is still at the version the file names;
rows without one create an action. Every row is checked inside one write unit of work; one
problem anywhere and nothing is written, and the report lists every problem by row, column
and cell. A dry run does all of that and shows what would change, then rolls back.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, selectinload

from briefing_app.domain import models as m
from briefing_app.domain.enums import ActionStatus, Classification, Priority, Recurrence
from briefing_app.domain.errors import FieldError, UserError, ValidationError
from briefing_app.domain.text import clean_text
from briefing_app.domain.typed_dates import is_usual_year, unusual_year_error
from briefing_app.i18n import QT_TRANSLATE_NOOP, Wording, english
from briefing_app.services.action_lifecycle import NewAction
from briefing_app.services.action_versions import VERSION_KEYS
from briefing_app.services.actions import ActionEdit, apply_edit
from briefing_app.services.convert import counterpart_of, owner_of
from briefing_app.services.exchange import cells as c
from briefing_app.services.exchange.bulk_create import NewActions
from briefing_app.services.exchange.csv_format import read_csv
from briefing_app.services.exchange.json_format import read_json
from briefing_app.services.exchange.limits import check_file_size
from briefing_app.services.exchange.rows import ImportRefusedError, Problem, SourceRow
from briefing_app.services.exchange.threads import (
    ImportedComment,
    ImportedFile,
    add_comment_once,
    merge_comments,
    merge_files,
    read_comments,
    read_files,
)
from briefing_app.services.exchange.xlsx_format import read_xlsx
from briefing_app.store.unit_of_work import writing

Progress = Callable[[int, int], None]
Change = tuple[str, str | None, str | None]


class ImportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    JSON = "json"


_READERS: dict[ImportFormat, Callable[[Path], tuple[list[SourceRow], list[Problem]]]] = {
    ImportFormat.CSV: read_csv,
    ImportFormat.XLSX: read_xlsx,
    ImportFormat.JSON: read_json,
}
# Actions an import updates are loaded this many per query.
_PRELOAD_BATCH = 500
# FieldError names used by the domain -> the file's column names.
_COLUMN_OF = {"cooperation areas": "cooperation_areas", "meeting": "meeting_id", "note": "comment"}
# what an older export's `notes` column is now: a comment to add
_COMMENT_COLUMNS = ("comment", "notes")
# a new action with its title in another language only (as the record editors say it)
_ENGLISH_TOO = QT_TRANSLATE_NOOP(
    "Messages",
    "is required in English too: write it, or copy the Vietnamese text there "
    "until it is translated",
)


def import_format_for(path: Path, given: str | None = None) -> ImportFormat:
    wanted = (given or path.suffix.lstrip(".")).lower()
    try:
        return ImportFormat(wanted)
    except ValueError:
        choices = ", ".join(f".{f.value}" for f in ImportFormat)
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "cannot import {name}: give a {choices} file"),
            name=path.name,
            choices=choices,
        ) from None


def _change_text(change: Change) -> str:
    field, old, new = change
    return f"{field}: {old or '-'} → {new or '-'}"


@dataclass(frozen=True)
class RowChange:
    row: int
    kind: Literal["create", "update", "unchanged"]
    action_id: int | None
    title: str
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    source: str
    rows: tuple[RowChange, ...]
    applied: bool

    def count(self, kind: str) -> int:
        return sum(1 for r in self.rows if r.kind == kind)

    def summary(self, wording: Wording = english) -> str:
        """How many actions are new, updated and unchanged, in `wording`."""
        template = (
            QT_TRANSLATE_NOOP(
                "ImportExport", "{file}: imported: {new} new, {updated} updated, {same} unchanged"
            )
            if self.applied
            else QT_TRANSLATE_NOOP(
                "ImportExport",
                "{file}: would import (dry run, nothing written): {new} new, {updated} updated, "
                "{same} unchanged",
            )
        )
        counts = {
            "file": self.source,
            "new": self.count("create"),
            "updated": self.count("update"),
            "same": self.count("unchanged"),
        }
        return wording("ImportExport", template, counts)

    def report(
        self, wording: Wording = english, describe: Callable[[Change], str] = _change_text
    ) -> str:
        """One line per new or changed action, then the summary, in `wording`; `describe`
        words one field's change."""
        return "\n".join([*self.row_lines(wording, describe), self.summary(wording)])

    def row_lines(
        self, wording: Wording = english, describe: Callable[[Change], str] = _change_text
    ) -> list[str]:
        """One line per new or changed action, in `wording`."""
        lines: list[str] = []
        for row in self.rows:
            if row.kind == "create":
                template = QT_TRANSLATE_NOOP("ImportExport", "row {row}: new action: {title}")
                lines.append(
                    wording("ImportExport", template, {"row": row.row, "title": row.title})
                )
            elif row.kind == "update":
                template = QT_TRANSLATE_NOOP("ImportExport", "row {row}: action {id}: {changes}")
                changes = "; ".join(describe(change) for change in row.changes)
                values = {"row": row.row, "id": row.action_id, "changes": changes}
                lines.append(wording("ImportExport", template, values))
        return lines


class _DryRunDoneError(Exception):
    def __init__(self, result: ImportResult) -> None:
        super().__init__("dry run")
        self.result = result


@dataclass(frozen=True)
class _Thread:
    """What a row adds to its action's comments and files."""

    comment: str | None
    comments: list[ImportedComment]
    files: list[ImportedFile]


@dataclass
class _Pending:
    row: SourceRow
    kind: Literal["create", "update", "unchanged"]
    action: m.FollowUpAction | None  # None for a new action: it is inserted in bulk
    changes: list[Change] = field(default_factory=list)
    new_index: int = -1  # a new action's place in the bulk insert
    new_title: str = ""
    thread: _Thread | None = None


class _Importer:
    def __init__(
        self, session: Session, *, changed_by: str, comment: str, typed: bool = False
    ) -> None:
        self.session = session
        # cells typed by people (CSV, XLSX): dates as staff type them, years checked
        self.typed = typed
        self.changed_by = changed_by
        self.comment = comment
        self.parties = c.PartyNames(session)
        self.areas = c.AreaNames(session)
        self.new_actions = NewActions(session, changed_by=changed_by, comment=comment)
        self.loaded: dict[int, m.FollowUpAction] = {}
        self.dues: dict[tuple[str, str | None], c.Due | FieldError] = {}
        self.problems: list[Problem] = []
        self.pending: list[_Pending] = []
        self.seen_ids: dict[int, int] = {}

    def problem(self, row: SourceRow, column: str | None, template: str, /, **values: Any) -> None:
        """Report `template` (marked for translation) filled with `values` at `row`, `column`."""
        cell = row.refs.get(column) if column else None
        self.problems.append(Problem.of(row.number, column, template, cell, **values))

    def field_problem(self, row: SourceRow, error: FieldError) -> None:
        column = _COLUMN_OF.get(error.field, error.field.replace(" ", "_"))
        self.problem(row, column, error.reason_template, **error.reason_values)

    def run(self, rows: list[SourceRow], progress: Progress | None) -> None:
        self.preload(rows)
        for done, row in enumerate(rows, start=1):
            self.one(row)
            if progress is not None and (done % 100 == 0 or done == len(rows)):
                progress(done, len(rows))

    def due(self, raw_date: Any, raw_precision: Any) -> c.Due:
        """cells.due, once per distinct text (an import repeats the same few periods)."""
        if not (isinstance(raw_date, str) and isinstance(raw_precision, str | None)):
            return c.due(raw_date, raw_precision, typed=self.typed)
        key = (raw_date, raw_precision)
        if key not in self.dues:
            try:
                self.dues[key] = c.due(raw_date, raw_precision, typed=self.typed)
            except FieldError as exc:
                self.dues[key] = exc
        found = self.dues[key]
        if isinstance(found, FieldError):
            raise found
        return found

    def preload(self, rows: list[SourceRow]) -> None:
        """Load the actions the rows update, a few hundred per query, not one query per row;
        `loaded` keeps them (the session's identity map alone holds them weakly)."""
        ids: list[int] = []
        for row in rows:
            try:
                if row.cells.get("id") is not None:
                    ids.append(c.whole_number(row.cells["id"], "id"))
            except FieldError:
                continue  # reported when the row is read
        action = m.FollowUpAction
        for start in range(0, len(ids), _PRELOAD_BATCH):
            batch = ids[start : start + _PRELOAD_BATCH]
            query = sa.select(action).where(action.id.in_(batch))
            query = query.options(selectinload(action.areas))
            for found in self.session.scalars(query):
                self.loaded[found.id] = found

    def one(self, row: SourceRow) -> None:
        cells = row.cells
        try:
            action_id = None if cells.get("id") is None else c.whole_number(cells["id"], "id")
        except FieldError as exc:
            self.field_problem(row, exc)
            return
        if action_id is None:
            self.create(row)
            return
        if action_id in self.seen_ids:
            self.problem(
                row,
                "id",
                QT_TRANSLATE_NOOP("Messages", "duplicate id {id}: row {row} already has it"),
                id=action_id,
                row=self.seen_ids[action_id],
            )
            return
        self.seen_ids[action_id] = row.number
        self.update(row, action_id)

    def _values(self, row: SourceRow, current: m.FollowUpAction | None) -> dict[str, Any] | None:
        """The editable fields the row carries, parsed; None after reporting problems."""
        cells = row.cells
        values: dict[str, Any] = {}
        errors: list[FieldError] = []

        def attempt(name: str, parse: Callable[..., Any], *args: Any) -> None:
            try:
                values[name] = parse(*args)
            except FieldError as exc:
                errors.append(exc)

        for name in ("title", "description", "assignee"):
            if name in cells:
                attempt(name, c.text, cells[name], name)
        versions: dict[str, str | None] = {}
        for key in VERSION_KEYS:
            if key in cells:
                try:
                    versions[key] = c.text(cells[key], key)
                except FieldError as exc:
                    errors.append(exc)
        if versions:
            values["versions"] = versions
        if "repeat" in cells:
            attempt("repeat", _recurrence, cells["repeat"])
        enums: tuple[tuple[str, type[Any]], ...] = (
            ("status", ActionStatus),
            ("priority", Priority),
            ("classification", Classification),
        )
        for name, enum in enums:
            if name in cells:
                attempt(name, c.choice, enum, cells[name], name)
        if "due_date" in cells:
            attempt("due", self.due, cells["due_date"], cells.get("due_precision"))
            new_due = values.get("due")
            stored = (current.due_date, current.due_precision) if current is not None else None
            if self.typed and new_due and new_due != stored and not is_usual_year(new_due[0]):
                errors.append(unusual_year_error(new_due[0], field="due_date"))
        elif "due_precision" in cells:
            errors.append(
                FieldError(
                    "due_precision",
                    QT_TRANSLATE_NOOP("Messages", "needs a due_date column beside it"),
                )
            )
        for role in ("owner", "counterpart"):
            if role not in cells:
                continue
            raw = cells[role]
            if current is not None and isinstance(raw, str):
                ref = owner_of(current) if role == "owner" else counterpart_of(current)
                if ref is not None and raw.strip() in self.parties.names_of(ref):
                    continue  # a name the export wrote: unchanged, even if it is ambiguous
            attempt(role, self.parties.resolve, raw, role)
        if "cooperation_areas" in cells:
            attempt("area_ids", self.areas.resolve, cells["cooperation_areas"], "cooperation_areas")
        for error in errors:
            self.field_problem(row, error)
        return None if errors else values

    def thread(self, row: SourceRow) -> _Thread | None | Literal[False]:
        """The comments and files the row adds; False after reporting a problem."""
        cells = row.cells
        try:
            column = next((k for k in _COMMENT_COLUMNS if cells.get(k) is not None), None)
            comment = None
            if column is not None:  # several lines, as the thread keeps them
                comment = clean_text(
                    c.text(cells[column], column),
                    field=column,
                    max_length=m.LONG_TEXT_LIMIT,
                    multiline=True,
                )
            # the JSON's lists; a spreadsheet's `comments` column is the thread, to read only
            json_lists = not self.typed
            comments = (
                read_comments(cells["comments"]) if json_lists and "comments" in cells else []
            )
            files = (
                read_files(cells["attachments"]) if json_lists and "attachments" in cells else []
            )
        except FieldError as exc:
            self.field_problem(row, exc)
            return False
        except UserError as exc:
            self.problem(row, "attachments", exc.template, **exc.values)
            return False
        if not (comment or comments or files):
            return None
        return _Thread(comment or None, comments, files)

    def add_threads(self, new_ids: list[int]) -> None:
        """Adds every row's comments and files, once the new actions have their ids."""
        for p in self.pending:
            if p.thread is None:
                continue
            action_id = new_ids[p.new_index] if p.action is None else p.action.id
            comment = p.thread.comment
            if comment and add_comment_once(self.session, action_id, comment, self.changed_by):
                p.changes.append(("comment", None, comment))
            added = merge_comments(self.session, action_id, p.thread.comments)
            if added:
                p.changes.append(("comments", None, f"+{added}"))
            try:
                attached = merge_files(self.session, action_id, p.thread.files)
            except UserError as exc:
                self.problem(p.row, "attachments", exc.template, **exc.values)
                continue
            if attached:
                p.changes.append(("attachments", None, ", ".join(attached)))
            if p.changes and p.kind == "unchanged":
                p.kind = "update"

    def update(self, row: SourceRow, action_id: int) -> None:
        action = self.loaded.get(action_id) or self.session.get(m.FollowUpAction, action_id)
        if action is None:
            self.problem(
                row,
                "id",
                QT_TRANSLATE_NOOP("Messages", "there is no follow-up action with id {id}"),
                id=action_id,
            )
            return
        cells = row.cells
        try:
            version = c.whole_number(cells.get("version"), "version")
        except FieldError:
            self.problem(
                row,
                "version",
                QT_TRANSLATE_NOOP(
                    "Messages", "is needed beside an id (export again to get the versions)"
                ),
            )
            version = None
        if version is not None and version != action.version:
            self.problem(
                row,
                "version",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "stale version: the file has version {version}, action {id} is now at "
                    "version {current} (someone changed it since the export); "
                    "export again and redo the change",
                ),
                version=version,
                id=action_id,
                current=action.version,
            )
        if cells.get("meeting_id") is not None:
            try:
                meeting_id = c.whole_number(cells["meeting_id"], "meeting_id")
                if meeting_id != action.meeting_id:
                    self.problem(
                        row,
                        "meeting_id",
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "an import cannot move action {id} to another meeting "
                            "(it belongs to meeting {meeting})",
                        ),
                        id=action_id,
                        meeting=action.meeting_id,
                    )
            except FieldError as exc:
                self.field_problem(row, exc)
        values = self._values(row, action)
        thread = self.thread(row)
        if values is None or thread is False or version != action.version:
            return
        try:
            changes = apply_edit(
                self.session,
                action,
                ActionEdit(**values),
                changed_by=self.changed_by,
                comment=self.comment,
            )
        except ValidationError as exc:
            for error in exc.errors:
                self.field_problem(row, error)
            return
        kind: Literal["update", "unchanged"] = "update" if changes else "unchanged"
        self.pending.append(_Pending(row, kind, action, list(changes), thread=thread))

    def create(self, row: SourceRow) -> None:
        cells = row.cells
        meeting_id: int | None = None
        try:
            meeting_id = c.whole_number(cells.get("meeting_id"), "meeting_id")
        except FieldError:
            self.problem(
                row,
                "meeting_id",
                QT_TRANSLATE_NOOP("Messages", "is needed for a new action (a row without an id)"),
            )
        values = self._values(row, None)
        thread = self.thread(row)
        if values is None or thread is False or meeting_id is None:
            return
        if not values.get("title"):
            if any(values.get("versions", {}).values()):  # a Vietnamese title only
                self.problem(row, "title", _ENGLISH_TOO)
            else:
                self.problem(
                    row, "title", QT_TRANSLATE_NOOP("Messages", "is required for a new action")
                )
            return
        values = {
            k: v
            for k, v in values.items()
            if k not in ("status", "priority", "classification") or v
        }
        try:
            index, title = self.new_actions.add(NewAction(meeting_id=meeting_id, **values))
        except ValidationError as exc:
            for error in exc.errors:
                self.field_problem(row, error)
            return
        self.pending.append(
            _Pending(row, "create", None, new_index=index, new_title=title, thread=thread)
        )

    def changes(self, new_ids: list[int]) -> tuple[RowChange, ...]:
        """What each row did, once the new actions have their ids."""
        changes: list[RowChange] = []
        for p in self.pending:
            if p.action is None:
                changes.append(RowChange(p.row.number, p.kind, new_ids[p.new_index], p.new_title))
            else:
                changes.append(
                    RowChange(p.row.number, p.kind, p.action.id, p.action.title, tuple(p.changes))
                )
        return tuple(changes)


def _recurrence(value: Any) -> Recurrence | None:
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "none")):
        return None
    return c.choice(Recurrence, value, "repeat")


def import_actions(
    engine: Engine,
    path: Path,
    *,
    changed_by: str,
    dry_run: bool = False,
    fmt: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import `path`; raises ImportRefusedError (nothing written) listing every problem."""
    kind = import_format_for(path, fmt)
    try:
        if not path.is_file():
            raise UserError(QT_TRANSLATE_NOOP("Messages", "no such file: {path}"), path=path)
        check_file_size(path)
        rows, problems = _READERS[kind](path)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "cannot read {path}: {reason}"),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    source = path.name
    try:
        with writing(engine) as session, session.no_autoflush:
            importer = _Importer(
                session,
                changed_by=changed_by,
                comment=f"imported from {source}",
                typed=kind is not ImportFormat.JSON,
            )
            importer.run(rows, progress)
            problems = problems + importer.problems
            if not rows and not problems:
                problems.append(
                    Problem(None, None, QT_TRANSLATE_NOOP("Messages", "the file holds no actions"))
                )
            if problems:
                raise ImportRefusedError(source, problems)
            try:
                session.flush()
                new_ids = importer.new_actions.insert()
                importer.add_threads(new_ids)
                if importer.problems:
                    raise ImportRefusedError(source, importer.problems)
            except sa.exc.IntegrityError as exc:
                refusal = QT_TRANSLATE_NOOP("Messages", "the database refused the rows: {reason}")
                raise ImportRefusedError(
                    source, [Problem.of(None, None, refusal, reason=exc.orig)]
                ) from exc
            result = ImportResult(source, importer.changes(new_ids), applied=not dry_run)
            if dry_run:
                raise _DryRunDoneError(result)
    except _DryRunDoneError as done:
        return done.result
    return result
