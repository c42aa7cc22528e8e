"""Loads the shipped dataset (db/seed/*.json) into a database, idempotently.

Every file is checked against `dataset.schema.json` and every cross-reference is resolved
before anything is written; then the whole dataset goes in one transaction. A record whose
`seed_key` is already in the database is left alone, so the user's edits survive a reload;
it only gains the dataset's versions in other languages that it lacks (seed_translations).
"""

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.enums import (
    ActionStatus,
    AgreementKind,
    AgreementStatus,
    Classification,
    Country,
    DuePrecision,
    EventKind,
    LocalityKind,
    MeetingKind,
    OrganisationKind,
    Priority,
    SourceKind,
    TimeOfDay,
)
from briefing_app.domain.errors import UserError
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.resources import data_dir
from briefing_app.store.seed_translations import (
    complete,
    complete_remark,
    link,
    remark,
    versions,
)
from briefing_app.store.unit_of_work import reading, writing

SCHEMA_FILE = "dataset.schema.json"
META_KEY = "seed_dataset_sha256"
#: app_meta key prefix marking a seeded record the user deleted: a later dataset must not
#: bring it back.
DELETED_PREFIX = "seed_deleted:"
#: Kinds in the order they must be created (each refers only to kinds above it).
KINDS = (
    "sources",
    "cooperation_areas",
    "localities",
    "organisations",
    "people",
    "events",
    "facts",
    "delegations",
    "meetings",
    "agreements",
    "actions",
)

T = TypeVar("T", bound=m.Record)


def remember_deleted(session: Session, seed_key: str | None) -> None:
    """Record that the user deleted the seeded record `seed_key` (call in their unit of work)."""
    if seed_key is not None and session.get(m.AppMeta, DELETED_PREFIX + seed_key) is None:
        session.add(m.AppMeta(key=DELETED_PREFIX + seed_key, value=m.utcnow().isoformat()))


def forget_deleted(session: Session, seed_key: str | None) -> None:
    """The user restored the seeded record `seed_key`."""
    if seed_key is not None:
        found = session.get(m.AppMeta, DELETED_PREFIX + seed_key)
        if found is not None:
            session.delete(found)


class SeedError(UserError):
    """The shipped dataset is broken (a bug in the release, not a user mistake)."""


@dataclass
class Dataset:
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    digest: str = ""

    def count(self, kind: str) -> int:
        return len(self.records.get(kind, []))


def _seed_files(folder: Path) -> list[tuple[str, bytes]]:
    return [
        (path.name, path.read_bytes())
        for path in sorted(folder.glob("*.json"))
        if path.name != SCHEMA_FILE
    ]


def _digest(files: list[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256()
    for name, raw in files:
        digest.update(name.encode() + raw)
    return digest.hexdigest()


def dataset_digest(folder: Path | None = None) -> str:
    """A fingerprint of the shipped dataset, cheap enough to compare on every start."""
    return _digest(_seed_files(folder or data_dir("seed")))


def read_dataset(folder: Path | None = None) -> Dataset:
    """Read and schema-check every seed file; keys must be unique per kind."""
    import jsonschema  # only needed when a dataset is actually loaded (slow to import)

    folder = folder or data_dir("seed")
    schema = json.loads((folder / SCHEMA_FILE).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    dataset = Dataset(records={kind: [] for kind in KINDS})
    files = _seed_files(folder)
    for name, raw in files:
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SeedError(
                QT_TRANSLATE_NOOP("Messages", "{file}: not valid UTF-8 JSON: {reason}"),
                file=name,
                reason=exc,
            ) from exc
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        if errors:
            where = "/".join(str(p) for p in errors[0].path)
            raise SeedError(
                QT_TRANSLATE_NOOP("Messages", "{file}: {where}: {reason}"),
                file=name,
                where=where,
                reason=errors[0].message,
            )
        for kind in KINDS:
            dataset.records[kind].extend(document.get(kind, []))
    for kind, items in dataset.records.items():
        keys = [item["key"] for item in items]
        duplicates = sorted({k for k in keys if keys.count(k) > 1})
        if duplicates:
            raise SeedError(
                QT_TRANSLATE_NOOP("Messages", "duplicate {kind} keys in the dataset: {keys}"),
                kind=kind,
                keys=", ".join(duplicates),
            )
    dataset.digest = _digest(files)
    return dataset


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class _Loader:
    """Turns dataset records into ORM objects, resolving keys to rows."""

    def __init__(self, session: Session, dataset: Dataset) -> None:
        self.session = session
        self.dataset = dataset
        self.by_key: dict[type[m.Record], dict[str, Any]] = {}
        self.sources: dict[str, m.Source] = {}
        self.created: dict[str, int] = {}
        #: the records this run created, with the dataset item of each
        self.added: dict[str, list[tuple[dict[str, Any], m.Record]]] = {}
        self.deleted = {
            key.removeprefix(DELETED_PREFIX)
            for key in session.scalars(
                sa.select(m.AppMeta.key).where(m.AppMeta.key.startswith(DELETED_PREFIX))
            )
        }

    def existing(self, model: type[T]) -> dict[str, T]:
        if model not in self.by_key:
            rows = self.session.scalars(sa.select(model).where(model.seed_key.is_not(None)))
            self.by_key[model] = {str(row.seed_key): row for row in rows}
        return self.by_key[model]

    def ref(self, model: type[T], key: str, context: str) -> T:
        found = self.existing(model).get(key)
        if found is None:
            raise SeedError(
                QT_TRANSLATE_NOOP("Messages", "{record} refers to an unknown {table} key '{key}'"),
                record=context,
                table=model.__tablename__,
                key=key,
            )
        return found

    def party(self, key: str, context: str) -> m.Locality | m.Organisation | m.Person:
        found = (
            self.existing(m.Locality).get(key)
            or self.existing(m.Organisation).get(key)
            or self.existing(m.Person).get(key)
        )
        if found is not None:
            return found
        raise SeedError(
            QT_TRANSLATE_NOOP(
                "Messages", "{record} refers to an unknown locality, organisation or person '{key}'"
            ),
            record=context,
            key=key,
        )

    def cite(self, item: dict[str, Any], target: str, obj: m.Record) -> None:
        for citation in item["sources"]:
            source = self.ref(m.Source, citation["source"], f"{item['key']} citation")
            self.session.add(
                m.Citation(source=source, excerpt=citation.get("excerpt"), **{target: obj})
            )

    def load(
        self,
        kind: str,
        model: type[T],
        build: Callable[[dict[str, Any]], T],
        cited_as: str | None = None,
    ) -> None:
        known = self.existing(model)
        new = 0
        for item in self.dataset.records[kind]:
            if item["key"] in self.deleted:
                continue
            try:
                if item["key"] in known:  # the user's record now: only versions it lacks
                    existing: m.Record = known[item["key"]]
                    complete(existing, item)
                    if isinstance(existing, m.FollowUpAction):
                        complete_remark(self.session, existing, item)
                    continue
                obj = build(item)
                if isinstance(obj, m.Translated):
                    obj.translations = versions(obj, item)
            except UserError as exc:
                raise SeedError(
                    QT_TRANSLATE_NOOP("Messages", "{kind} {key}: {reason}"),
                    kind=kind,
                    key=item["key"],
                    reason=exc,
                ) from exc
            obj.seed_key = item["key"]
            self.session.add(obj)
            known[item["key"]] = obj
            self.added.setdefault(kind, []).append((item, obj))
            if cited_as:
                self.cite(item, cited_as, obj)
            new += 1
        self.created[kind] = new
        self.session.flush()


def _areas(loader: _Loader, keys: Iterable[str], context: str) -> list[m.CooperationArea]:
    return [loader.ref(m.CooperationArea, k, context) for k in keys]


def _action(loader: _Loader, d: dict[str, Any]) -> m.FollowUpAction:
    action = m.FollowUpAction(
        meeting=loader.ref(m.Meeting, d["meeting"], d["key"]),
        title=d["title"],
        description=d.get("description"),
        due_date=_date(d.get("due_date")),
        due_precision=DuePrecision(d["due_precision"]) if d.get("due_date") else None,
        status=ActionStatus(d["status"]),
        priority=Priority(d.get("priority", "normal")),
        classification=Classification(d.get("classification", "public")),
        areas=_areas(loader, d.get("cooperation_areas", []), d["key"]),
    )
    if "agreement" in d:
        action.agreement = loader.ref(m.Agreement, d["agreement"], d["key"])
    for role in ("owner", "counterpart"):
        if role in d:
            party = loader.party(d[role], d["key"])
            kind = type(party).__name__.lower()
            setattr(action, f"{role}_{kind}", party)
    return action


def _load_all(loader: _Loader) -> None:
    ref = loader.ref
    loader.load(
        "sources",
        m.Source,
        lambda d: m.Source(
            kind=SourceKind(d["kind"]),
            title=d["title"],
            publisher=d["publisher"],
            url=d.get("url"),
            published_on=_date(d.get("published_on")),
            language=d["language"],
            note=d.get("note"),
        ),
    )
    loader.load(
        "cooperation_areas",
        m.CooperationArea,
        lambda d: m.CooperationArea(name=d["name"], name_vi=d["name_vi"]),
    )
    loader.load(
        "localities",
        m.Locality,
        lambda d: m.Locality(
            country=Country(d["country"]),
            kind=LocalityKind(d["kind"]),
            name=d["name"],
            name_native=d.get("name_native"),
        ),
        cited_as="locality",
    )
    loader.load(
        "organisations",
        m.Organisation,
        lambda d: m.Organisation(
            name=d["name"],
            name_native=d.get("name_native"),
            kind=OrganisationKind(d["kind"]),
            country=Country(d["country"]),
            locality=ref(m.Locality, d["locality"], d["key"]) if "locality" in d else None,
        ),
        cited_as="organisation",
    )
    loader.load(
        "people",
        m.Person,
        lambda d: m.Person(
            full_name=d["full_name"],
            name_native=d.get("name_native"),
            position=d.get("position"),
            country=Country(d["country"]),
            organisation=(
                ref(m.Organisation, d["organisation"], d["key"]) if "organisation" in d else None
            ),
        ),
        cited_as="person",
    )
    # Events may name a parent defined earlier in the list.
    loader.load(
        "events",
        m.Event,
        lambda d: m.Event(
            name=d["name"],
            kind=EventKind(d["kind"]),
            theme=d.get("theme"),
            starts_on=_date(d.get("starts_on")),
            ends_on=_date(d.get("ends_on")),
            venue=d.get("venue"),
            description=d.get("description"),
            parent=ref(m.Event, d["parent"], d["key"]) if "parent" in d else None,
            organisers=[ref(m.Organisation, k, d["key"]) for k in d.get("organisers", [])],
        ),
        cited_as="event",
    )
    loader.load(
        "facts",
        m.EventFact,
        lambda d: m.EventFact(
            event=ref(m.Event, d["event"], d["key"]), label=d["label"], value=d["value"]
        ),
        cited_as="fact",
    )
    loader.load(
        "delegations",
        m.Delegation,
        lambda d: m.Delegation(
            event=ref(m.Event, d["event"], d["key"]),
            name=d["name"],
            side=Country(d["side"]),
            locality=ref(m.Locality, d["locality"], d["key"]) if "locality" in d else None,
            organisation=(
                ref(m.Organisation, d["organisation"], d["key"]) if "organisation" in d else None
            ),
            head=ref(m.Person, d["head"], d["key"]) if "head" in d else None,
            description=d.get("description"),
            members=[
                link(m.DelegationMember(person=ref(m.Person, x["person"], d["key"])), x)
                for x in d.get("members", [])
            ],
        ),
        cited_as="delegation",
    )
    loader.load(
        "meetings",
        m.Meeting,
        lambda d: m.Meeting(
            event=ref(m.Event, d["event"], d["key"]),
            title=d["title"],
            kind=MeetingKind(d["kind"]),
            held_on=_date(d.get("held_on")),
            time_of_day=TimeOfDay(d["time_of_day"]) if "time_of_day" in d else None,
            venue=d.get("venue"),
            summary=d.get("summary"),
            proposals=d.get("proposals", []),
            outcomes=d.get("outcomes", []),
            classification=Classification(d.get("classification", "public")),
            parties=[ref(m.Delegation, k, d["key"]) for k in d.get("parties", [])],
            participants=[
                link(m.MeetingParticipant(person=ref(m.Person, x["person"], d["key"])), x)
                for x in d.get("participants", [])
            ],
            areas=_areas(loader, d.get("cooperation_areas", []), d["key"]),
        ),
        cited_as="meeting",
    )
    loader.load(
        "agreements",
        m.Agreement,
        lambda d: m.Agreement(
            title=d["title"],
            kind=AgreementKind(d["kind"]),
            status=AgreementStatus(d["status"]),
            signed_on=_date(d.get("signed_on")),
            meeting=ref(m.Meeting, d["meeting"], d["key"]) if "meeting" in d else None,
            parties=[ref(m.Locality, k, d["key"]) for k in d.get("parties", [])],
        ),
        cited_as="agreement",
    )
    loader.load("actions", m.FollowUpAction, lambda d: _action(loader, d), cited_as="action")
    for item, action in loader.added.get("actions", []):
        if item.get("notes"):  # the office's remark on the action starts its comment thread
            loader.session.add(remark(action.id, item))


@dataclass(frozen=True)
class SeedReport:
    created: dict[str, int]
    skipped: bool


def load_seed(engine: Engine, dataset: Dataset | None = None) -> SeedReport:
    """Load the dataset unless this exact dataset was loaded before. One transaction.

    The usual case (already loaded) costs one hash of the files and one read, without
    parsing the dataset or taking the write lock.
    """
    digest = dataset.digest if dataset else dataset_digest()
    with reading(engine) as session:
        loaded = session.get(m.AppMeta, META_KEY)
        if loaded is not None and loaded.value == digest:
            return SeedReport(created={}, skipped=True)
    dataset = dataset or read_dataset()
    with writing(engine) as session:
        meta = session.get(m.AppMeta, META_KEY)
        if meta is not None and meta.value == dataset.digest:
            return SeedReport(created={}, skipped=True)
        loader = _Loader(session, dataset)
        _load_all(loader)
        if meta is None:
            session.add(m.AppMeta(key=META_KEY, value=dataset.digest))
        else:
            meta.value = dataset.digest
    return SeedReport(created=loader.created, skipped=False)
