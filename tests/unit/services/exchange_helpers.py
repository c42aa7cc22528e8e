"""Helpers shared by the exchange tests: a fingerprint of every action with its comments and
attachments, to prove that a refused import wrote nothing and that a round trip changed nothing."""

import csv
import io
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from briefing_app.domain import models as m
from briefing_app.store.unit_of_work import reading


def fingerprint(engine: Engine) -> tuple[object, ...]:
    a = m.FollowUpAction
    with reading(engine) as session:
        actions = session.execute(
            sa.select(
                a.id,
                a.version,
                a.title,
                a.status,
                a.priority,
                a.classification,
                a.due_date,
                a.due_precision,
                a.owner_locality_id,
                a.owner_organisation_id,
                a.owner_person_id,
                a.counterpart_locality_id,
                a.counterpart_organisation_id,
                a.counterpart_person_id,
                a.description,
                a.translations,
                a.assignee,
                a.repeat,
                a.previous_id,
            ).order_by(a.id)
        ).all()
        areas = session.execute(sa.select(m.action_areas).order_by(*m.action_areas.c)).all()
        changes = session.scalar(sa.select(sa.func.count()).select_from(m.ActionChange))
        comments = session.execute(sa.select(m.Comment.__table__).order_by(m.Comment.id)).all()
        files = session.execute(sa.select(m.Attachment.__table__).order_by(m.Attachment.id)).all()
    return tuple(actions), tuple(areas), changes, tuple(comments), tuple(files)


def csv_rows(path: Path) -> list[dict[str, str]]:
    """An exported CSV's rows by column name (the file starts with a UTF-8 byte order mark)."""
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    """Write `rows` as a spreadsheet program saves a CSV: UTF-8 with a byte order mark."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
