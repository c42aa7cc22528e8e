"""The desktop app's lists: filtered and sorted in SQL, read one page at a time.

Every list takes a PageRequest (offset, limit, sort key, direction) and returns a Page with the
rows and the number of matches, so a view can show 200,000 rows without reading them all. The
number is counted up to COUNT_BOUND past the page ("more than 10,000": `exact` is False);
`count_actions` counts every match when the user asks.
Sort keys are the column keys below; an unknown key is refused. Text sorts on the folded form
(so "Đà Nẵng" sorts with the Ds), empty values sort last in both directions, and the record id
breaks ties so paging is stable.
"""

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import InstrumentedAttribute, aliased, selectinload

from briefing_app.domain import models as m
from briefing_app.domain.enums import (
    ActionStatus,
    AgreementStatus,
    Classification,
    Priority,
)
from briefing_app.domain.translations import BASE_LANGUAGE, reading_language
from briefing_app.services import convert
from briefing_app.services.catalogue import (
    AgreementRow,
    PersonListRow,
    SourceRow,
    agreement_row,
    person_list_row,
    source_row,
)
from briefing_app.services.dto import (
    ActionRow,
    DelegationRow,
    LocalityRow,
    MeetingRow,
)
from briefing_app.services.ordering import Ordering, SortKeys, sort_order
from briefing_app.services.pages import Page, PageRequest, T
from briefing_app.services.queries import ActionFilter, action_conditions
from briefing_app.services.search import indexed_match, resolve_search
from briefing_app.services.search_terms import folded_terms, matches_all
from briefing_app.store.unit_of_work import reading

MAX_PAGE = 5_000
#: Matches are counted up to this many past a page's start (a keystroke in the action list's
#: search must not count 200,000 rows).
COUNT_BOUND = 10_000
#: A searched action list sorts its matches among themselves when it has all of them and there
#: are at most this many; more are read in the sort's order, each looked up among the matches
#: the trigram index gives (on 200,000 actions, 7,400 matches: 18 ms sorted, 6 ms read in
#: order) ...
SORT_AMONG = 2_500
#: ... or, for one- and two-character words, each checked in its own index text, which costs
#: more for sparse matches (3,800 matches: 7 ms sorted, 15 ms read in order).
SORT_AMONG_SHORT = COUNT_BOUND + 1


class Folder:
    """Fold text in SQL: the app's own fold() on SQLite (registered per connection), the same
    steps in PostgreSQL's functions on a server (domain.text.fold: NFKC, đ as d, lower case,
    no Latin marks, single spaces, NFC; only lower() differs from casefold(), for ß)."""

    def __init__(self, engine: Engine) -> None:
        self.sqlite = engine.dialect.name == "sqlite"

    def __call__(self, column: Any) -> sa.ColumnElement[str]:
        if self.sqlite:
            return sa.func.fold(column)
        f = sa.func
        compatible = f.translate(f.normalize(column, sa.literal_column("NFKC")), "Đđ", "dd")
        decomposed = f.normalize(f.lower(compatible), sa.literal_column("NFD"))
        stripped = f.regexp_replace(decomposed, "[\u0300-\u036f]+", "", "g")
        spaced = f.btrim(f.regexp_replace(stripped, "\\s+", " ", "g"))
        return f.normalize(spaced, sa.literal_column("NFC"))


def shown_folded(engine: Engine) -> Callable[..., sa.ColumnElement[str]]:
    """`key(model, field, indexed=None)`: SQL for a text as a list shows it, folded as the lists
    fold: its version in the reading language, else its English column; in English, `indexed`
    (a folded column with an index) when given. The sort key of the lists that fold in SQL
    (events, facts) and of the small ones (localities, organisations, agreements). The big
    lists (meetings, actions, people, delegations) sort through their indexed folded column
    in either language, so in English order: no column holds another language's folded text
    for an index (folding each row's version made a sort of 200,000 actions by title take
    9.5 s instead of 0.4 s)."""
    language = reading_language()
    fold = Folder(engine)

    def key(model: Any, field: str, indexed: Any = None) -> sa.ColumnElement[str]:
        column = getattr(model, field)
        if language == BASE_LANGUAGE:
            return indexed if indexed is not None else fold(column)
        return fold(sa.func.coalesce(model.translations[(language, field)].as_string(), column))

    return key


def _rank(column: InstrumentedAttribute[Any], values: Sequence[Any]) -> sa.ColumnElement[int]:
    """Sort an enum column in its declared order (workflow order), not alphabetically: its
    values spelt out in the SQL, as the index of migration 0014 on this very expression has
    them (an index on an expression serves only that expression, constants included)."""
    return sa.case(
        {
            sa.literal_column(f"'{v.value}'"): sa.literal_column(str(i))
            for i, v in enumerate(values)
        },
        value=column,
        else_=sa.literal_column(str(len(values))),
    )


def _limits(request: PageRequest) -> tuple[int, int]:
    return max(0, request.offset), min(MAX_PAGE, max(1, request.limit))


def read_page(
    engine: Engine,
    query: sa.Select[Any],
    request: PageRequest,
    convert_rows: Callable[[Any, list[Any]], list[T]],
    *,
    ordering: Ordering,
    loads: Sequence[Any] = (),
    counted: sa.Select[Any] | None = None,
) -> Page[T]:
    """One page of `query` (its records, with the joins their order needs) in `ordering`, and
    its matches counted up to COUNT_BOUND past the page's start (in `counted`, when given: the
    same matches without those joins; a page that is not full needs no count). The page is
    found as its rows' sort keys (an index's entries, after `request.after` when given), then
    its records are read by id with the loader options `loads`: reading whole records while
    stepping over the rows before the page cost 385 ms at row 100,000 of 200,000 actions."""
    offset, limit = _limits(request)
    matches = counted if counted is not None else query
    keyed = ordering.keyed(query)
    with reading(engine) as session:
        keys = page_keys(session, keyed, ordering, request)
        ids = [key[-1] for key in keys]
        if len(keys) < limit:
            beyond = len(keys)
        elif request.after is None:
            beyond = _count(session, matches.offset(offset), COUNT_BOUND + 1)
        else:
            beyond = _count_after(session, keyed, ordering, request.after)
        entity = query.column_descriptions[0]["entity"]
        return Page(
            rows=convert_rows(session, _records_in_order(session, entity, ids, loads)),
            total=offset + beyond,
            offset=offset,
            exact=beyond <= COUNT_BOUND,
            last=tuple(keys[-1]) if keys else None,
        )


def _records_in_order(
    session: Any, entity: Any, ids: Sequence[int], loads: Sequence[Any]
) -> list[Any]:
    """The records of `ids`, in that order, read with the loader options `loads`; on a
    server one deleted since its key was read is gone (read committed)."""
    read = session.scalars(sa.select(entity).where(entity.id.in_(ids)).options(*loads))
    by_id = {record.id: record for record in read}
    return [by_id[i] for i in ids if i in by_id]


def page_keys(
    session: Any, keyed: sa.Select[Any], ordering: Ordering, request: PageRequest
) -> list[Any]:
    """The sort keys (the id last) of a page's rows, in order: `keyed` selects them in
    `ordering`; the page starts after `request.after`, else `request.offset` rows in."""
    offset, limit = _limits(request)
    if request.after is None:
        return list(session.execute(keyed.offset(offset).limit(limit)))
    found: list[Any] = []
    for condition in ordering.reads_after(request.after):
        found += session.execute(keyed.where(condition).limit(limit - len(found))).all()
        if len(found) >= limit:
            break
    return found


def _count_after(
    session: Any, keyed: sa.Select[Any], ordering: Ordering, after: tuple[Any, ...]
) -> int:
    """The rows after `after`, counted up to COUNT_BOUND + 1."""
    bound = COUNT_BOUND + 1
    found = 0
    for condition in ordering.reads_after(after):
        found += _count(session, keyed.where(condition).order_by(None), bound - found)
        if found >= bound:
            break
    return found


# --- follow-up actions -------------------------------------------------------------------------


@cache
def _action_sort_tables() -> tuple[dict[str, tuple[Any, Any, Any]], Any]:
    """The tables a sort by owner, counterpart or meeting joins, aliased once (aliasing the
    seven anew took a few milliseconds of each page)."""
    parties = {
        role: (aliased(m.Locality), aliased(m.Organisation), aliased(m.Person))
        for role in ("owner", "counterpart")
    }
    return parties, aliased(m.Meeting)


def _action_select(
    conditions: Sequence[sa.ColumnElement[bool]], sort: str | None, entity: Any = m.FollowUpAction
) -> tuple[sa.Select[Any], sa.Select[Any], SortKeys]:
    """The page's query (of `entity`: the actions, or their ids), the same matches without
    joins (to count), and the sort keys. The conditions are the CLI's filters
    (queries.action_conditions); the joins are only for a sort by meeting, owner or
    counterpart, and only that sort has them."""
    action = m.FollowUpAction
    parties, meeting = _action_sort_tables()
    matches = sa.select(entity).where(*conditions)
    query = matches
    if sort == "meeting":
        query = query.join(meeting, meeting.id == action.meeting_id)
    elif sort in parties:
        for alias, kind in zip(parties[sort], ("locality", "organisation", "person"), strict=True):
            query = query.outerjoin(alias, alias.id == getattr(action, f"{sort}_{kind}_id"))
    keys: SortKeys = {
        "id": [action.id],
        "title": [action.title_folded],  # ix_follow_up_actions_title_order
        "meeting": [meeting.search_folded],
        **{
            role: [sa.func.coalesce(*(p.name_folded for p in aliases))]
            for role, aliases in parties.items()
        },
        # DuePrecision's values sort alphabetically in their declared order (day, month,
        # quarter, year), so ix_follow_up_actions_due_order gives the first page at once.
        "due": [action.due_date, action.due_precision],
        "status": [_rank(action.status, list(ActionStatus))],
        "priority": [_rank(action.priority, list(Priority))],
        "classification": [_rank(action.classification, list(Classification))],
    }
    return query, matches, keys


ACTION_SORT_KEYS = (
    "id",
    "title",
    "meeting",
    "owner",
    "counterpart",
    "due",
    "status",
    "priority",
    "classification",
)


def page_actions(
    engine: Engine,
    query: ActionFilter | None = None,
    request: PageRequest | None = None,
    *,
    today: date | None = None,
) -> Page[ActionRow]:
    today = today or date.today()
    request = request or PageRequest()
    flt = query or ActionFilter()
    if folded_terms(flt.search):
        return _searched_actions(engine, flt, request, today)
    select, matches, keys = _action_select(action_conditions(flt, today), request.sort)
    return read_page(
        engine,
        select,
        request,
        lambda _s, rows: [convert.action_row(a, today) for a in rows],
        ordering=sort_order(keys, request, "due", m.FollowUpAction.id),
        loads=convert.action_row_loads(),
        counted=matches,
    )


def _searched_actions(
    engine: Engine, flt: ActionFilter, request: PageRequest, today: date
) -> Page[ActionRow]:
    """page_actions with words to find, in three steps. The matches counted up to COUNT_BOUND
    past the page's start (straight from the search index when the words are the only
    filter). If that is all of them and not many, the page is sorted among them; else the
    actions are read in the sort's order, each looked up among the index's matches (or in its
    own index text: search.ResolvedSearch.short), until the page is full (dense matches: no
    sort of every match). Then the page's rows. The same rows and counts as read_page over
    action_conditions."""
    offset, limit = _limits(request)
    action = m.FollowUpAction
    bound = offset + COUNT_BOUND + 1
    unsearched = replace(flt, search=None)
    others = action_conditions(unsearched, today)
    with reading(engine) as session:
        found = resolve_search(session.connection(), "action", flt.search)
        assert found is not None
        if unsearched == ActionFilter():
            candidates = found.ids
        else:
            candidates = sa.select(action.id).where(found.member, *others)
        matches = _count(session, candidates, bound)
        conditions: list[sa.ColumnElement[bool]]
        if matches < bound and matches <= (SORT_AMONG_SHORT if found.short else SORT_AMONG):
            conditions = [action.id.in_(candidates)]
        else:
            conditions = [found.in_order, *others]
        select, _matches, keys = _action_select(conditions, request.sort, action.id)
        ordering = sort_order(keys, request, "due", action.id)
        found_keys = (
            page_keys(session, ordering.keyed(select), ordering, request) if matches else []
        )
        page_ids = [key[-1] for key in found_keys]
        records = _records_in_order(session, action, page_ids, convert.action_row_loads())
        rows = [convert.action_row(a, today) for a in records]
    beyond = min(max(0, matches - offset), COUNT_BOUND + 1)
    return Page(
        rows=rows,
        total=offset + beyond,
        offset=offset,
        exact=beyond <= COUNT_BOUND,
        last=tuple(found_keys[-1]) if found_keys else None,
    )


def _count(session: Any, query: sa.Select[Any], bound: int) -> int:
    """How many rows `query` gives, counted up to `bound`."""
    counted = sa.select(sa.func.count()).select_from(query.limit(bound).subquery())
    return int(session.scalar(counted) or 0)


def count_actions(
    engine: Engine, query: ActionFilter | None = None, *, today: date | None = None
) -> int:
    """Every action `query` matches, counted (what a page's bounded count leaves open)."""
    conditions = action_conditions(query or ActionFilter(), today or date.today())
    counted = sa.select(sa.func.count()).select_from(m.FollowUpAction).where(*conditions)
    with reading(engine) as session:
        return int(session.scalar(counted) or 0)


# --- meetings ----------------------------------------------------------------------------------


def _meeting_select(search: str | None) -> tuple[sa.Select[Any], SortKeys]:
    meeting = m.Meeting
    # Parties count: "山梨" finds the Thanh Hóa – Yamanashi meeting (search_index).
    query = sa.select(meeting).where(indexed_match("meeting", search))
    first_party = (
        sa.select(sa.func.min(m.Delegation.name_folded))
        .join(m.meeting_parties, m.meeting_parties.c.delegation_id == m.Delegation.id)
        .where(m.meeting_parties.c.meeting_id == meeting.id)
        .scalar_subquery()
    )
    action_count = (
        sa.select(sa.func.count())
        .select_from(m.FollowUpAction)
        .where(m.FollowUpAction.meeting_id == meeting.id)
        .scalar_subquery()
    )
    keys: SortKeys = {
        "id": [meeting.id],
        "date": [meeting.held_on],
        "kind": [meeting.kind],
        "title": [meeting.search_folded],
        "parties": [first_party],
        "actions": [action_count],
        "classification": [_rank(meeting.classification, list(Classification))],
    }
    return query, keys


def _meeting_rows(session: Any, meetings: list[m.Meeting]) -> list[MeetingRow]:
    counts = {
        key: value
        for key, value in session.execute(
            sa.select(m.FollowUpAction.meeting_id, sa.func.count())
            .where(m.FollowUpAction.meeting_id.in_([mt.id for mt in meetings]))
            .group_by(m.FollowUpAction.meeting_id)
        )
    }
    return [convert.meeting_row(mt, counts.get(mt.id, 0)) for mt in meetings]


def page_meetings(
    engine: Engine, search: str | None = None, request: PageRequest | None = None
) -> Page[MeetingRow]:
    request = request or PageRequest()
    select, keys = _meeting_select(search)
    return read_page(
        engine,
        select,
        request,
        _meeting_rows,
        ordering=sort_order(keys, request, "date", m.Meeting.id),
        loads=[selectinload(m.Meeting.parties)],
    )


# --- delegations -------------------------------------------------------------------------------


def _delegation_select(search: str | None) -> tuple[sa.Select[Any], SortKeys]:
    delegation = m.Delegation
    locality = aliased(m.Locality)
    head = aliased(m.Person)
    # Found by its locality's, organisation's and head's names too (search_index).
    query = (
        sa.select(delegation)
        .outerjoin(locality, locality.id == delegation.locality_id)
        .outerjoin(head, head.id == delegation.head_id)
        .where(indexed_match("delegation", search))
    )
    members = (
        sa.select(sa.func.count())
        .select_from(m.DelegationMember)
        .where(m.DelegationMember.delegation_id == delegation.id)
        .scalar_subquery()
    )
    keys: SortKeys = {
        "id": [delegation.id],
        "name": [delegation.name_folded],
        "side": [sa.case((delegation.side == "VN", 0), else_=1)],
        "locality": [locality.name_folded],
        "head": [head.name_folded],
        "members": [members],
    }
    return query, keys


def page_delegations(
    engine: Engine, search: str | None = None, request: PageRequest | None = None
) -> Page[DelegationRow]:
    request = request or PageRequest()
    select, keys = _delegation_select(search)
    return read_page(
        engine,
        select,
        request,
        lambda _s, rows: [convert.delegation_row(d) for d in rows],
        ordering=sort_order(keys, request, "side", m.Delegation.id),
        loads=[
            selectinload(m.Delegation.members),
            selectinload(m.Delegation.head),
            selectinload(m.Delegation.locality),
        ],
    )


# --- localities, people, agreements, sources ---------------------------------------------------


def _locality_select(engine: Engine, search: str | None) -> tuple[sa.Select[Any], SortKeys]:
    locality, shown_text = m.Locality, shown_folded(engine)
    query = sa.select(locality).where(indexed_match("locality", search))
    keys: SortKeys = {
        "id": [locality.id],
        "name": [shown_text(locality, "name", locality.name_folded)],
        "native": [locality.name_native],
        "country": [sa.case((locality.country == "VN", 0), else_=1)],
        "kind": [locality.kind],
    }
    return query, keys


def page_localities(
    engine: Engine, search: str | None = None, request: PageRequest | None = None
) -> Page[LocalityRow]:
    request = request or PageRequest()
    select, keys = _locality_select(engine, search)
    # Default: Vietnamese localities first, then Japanese, each by name.
    ordering = (
        Ordering((*keys["country"], *keys["name"], m.Locality.id), descending=False)
        if request.sort is None
        else sort_order(keys, request, "name", m.Locality.id)
    )
    return read_page(
        engine,
        select,
        request,
        lambda _s, rows: [convert.locality_row(r) for r in rows],
        ordering=ordering,
    )


def _person_select(search: str | None) -> tuple[sa.Select[Any], SortKeys]:
    person = m.Person
    organisation = aliased(m.Organisation)
    query = (
        sa.select(person)
        .outerjoin(organisation, organisation.id == person.organisation_id)
        .where(
            matches_all(search, person.name_folded, sa.func.coalesce(organisation.name_folded, ""))
        )
    )
    keys: SortKeys = {
        "id": [person.id],
        "name": [person.name_folded],
        "native": [person.name_native],
        "position": [person.position],
        "organisation": [organisation.name_folded],
        "country": [sa.case((person.country == "VN", 0), else_=1)],
    }
    return query, keys


def page_people(
    engine: Engine, search: str | None = None, request: PageRequest | None = None
) -> Page[PersonListRow]:
    request = request or PageRequest()
    select, keys = _person_select(search)
    return read_page(
        engine,
        select,
        request,
        lambda _s, rows: [person_list_row(p) for p in rows],
        ordering=sort_order(keys, request, "name", m.Person.id),
        loads=[selectinload(m.Person.organisation)],
    )


def _agreement_select(engine: Engine, search: str | None) -> tuple[sa.Select[Any], SortKeys]:
    agreement, shown_text = m.Agreement, shown_folded(engine)
    meeting = aliased(m.Meeting)
    query = (
        sa.select(agreement)
        .outerjoin(meeting, meeting.id == agreement.meeting_id)
        .where(indexed_match("agreement", search))
    )
    first_party = (
        sa.select(sa.func.min(m.Locality.name_folded))
        .join(m.agreement_parties, m.agreement_parties.c.locality_id == m.Locality.id)
        .where(m.agreement_parties.c.agreement_id == agreement.id)
        .scalar_subquery()
    )
    keys: SortKeys = {
        "id": [agreement.id],
        "parties": [first_party],
        "title": [shown_text(agreement, "title", agreement.search_folded)],
        "kind": [agreement.kind],
        "status": [_rank(agreement.status, list(AgreementStatus))],
        "signed": [agreement.signed_on],
        "meeting": [shown_text(meeting, "title", meeting.search_folded)],
    }
    return query, keys


def page_agreements(
    engine: Engine, search: str | None = None, request: PageRequest | None = None
) -> Page[AgreementRow]:
    request = request or PageRequest()
    select, keys = _agreement_select(engine, search)
    return read_page(
        engine,
        select,
        request,
        lambda _s, rows: [agreement_row(a) for a in rows],
        ordering=sort_order(keys, request, "title", m.Agreement.id),
        loads=[selectinload(m.Agreement.meeting), selectinload(m.Agreement.parties)],
    )


def _source_select(engine: Engine, search: str | None) -> tuple[sa.Select[Any], SortKeys]:
    fold = Folder(engine)
    source = m.Source
    query = sa.select(source).where(matches_all(search, fold(source.title), fold(source.publisher)))
    citations = (
        sa.select(sa.func.count())
        .select_from(m.Citation)
        .where(m.Citation.source_id == source.id)
        .scalar_subquery()
    )
    keys: SortKeys = {
        "id": [source.id],
        "title": [fold(source.title)],
        "publisher": [fold(source.publisher)],
        "published": [source.published_on],
        "language": [source.language],
        "kind": [source.kind],
        "citations": [citations],
    }
    return query, keys


def page_sources(
    engine: Engine, search: str | None = None, request: PageRequest | None = None
) -> Page[SourceRow]:
    request = request or PageRequest()
    select, keys = _source_select(engine, search)

    def rows(session: Any, sources: list[m.Source]) -> list[SourceRow]:
        counts = {
            key: value
            for key, value in session.execute(
                sa.select(m.Citation.source_id, sa.func.count())
                .where(m.Citation.source_id.in_([s.id for s in sources]))
                .group_by(m.Citation.source_id)
            )
        }
        return [source_row(s, counts.get(s.id, 0)) for s in sources]

    return read_page(
        engine,
        select,
        request,
        rows,
        ordering=sort_order(keys, request, "published", m.Source.id),
    )


# --- one search box over every list ------------------------------------------------------------

LIST_KINDS = (
    "delegations",
    "meetings",
    "actions",
    "agreements",
    "localities",
    "people",
    "sources",
)


def search_counts(
    engine: Engine, search: str | None, *, today: date | None = None
) -> dict[str, int]:
    """How many records of each list kind match `search` (the same matching as the lists)."""
    today = today or date.today()
    selects: dict[str, sa.Select[Any]] = {
        "delegations": _delegation_select(search)[0],
        "meetings": _meeting_select(search)[0],
        "actions": _action_select(action_conditions(ActionFilter(search=search), today), None)[1],
        "agreements": _agreement_select(engine, search)[0],
        "localities": _locality_select(engine, search)[0],
        "people": _person_select(search)[0],
        "sources": _source_select(engine, search)[0],
    }
    with reading(engine) as session:
        return {
            kind: int(session.scalar(sa.select(sa.func.count()).select_from(q.subquery())) or 0)
            for kind, q in selects.items()
        }
