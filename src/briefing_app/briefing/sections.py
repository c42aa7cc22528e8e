"""Blocks several briefing kinds print the same way: people, actions, sources, agreements,
locality background, and the body of one meeting."""

from collections.abc import Callable, Sequence

from briefing_app.briefing.citing import InternalRefs, source_entry
from briefing_app.briefing.content import (
    LABEL,
    Assessment,
    Cell,
    Column,
    Content,
    Paragraph,
    Role,
    SourceList,
    Text,
    Tone,
    cell,
)
from briefing_app.briefing.labels import Labels
from briefing_app.briefing.options import BriefingOptions, Section
from briefing_app.domain.clock import local
from briefing_app.domain.enums import ActionStatus, Country
from briefing_app.services.briefing_data import (
    AgreementRow,
    CitedSource,
    ExpectedAsk,
    HistoryItem,
    LocalityProfile,
    MeetingBriefData,
    PartySide,
    PersonCard,
    ProfileFigure,
    TrackedAction,
)
from briefing_app.services.dto import LocalityRow, PersonRow


def person_name(person: PersonRow) -> str:
    if person.name_native and person.name_native != person.full_name:
        return f"{person.full_name} ({person.name_native})"
    return person.full_name


def locality_name(locality: LocalityRow) -> str:
    if locality.name_native and locality.name_native != locality.name:
        return f"{locality.name} ({locality.name_native})"
    return locality.name


def action_where(action: TrackedAction, field: str) -> str:
    return f"action {action.row.id} {field}"


def key_values(out: Content, pairs: Sequence[tuple[str, str | None, str]]) -> None:
    """(label, value, record) pairs; empty values are left out."""
    out.key_values(
        [(label, Text(value, where) if value else None) for label, value, where in pairs]
    )


def participants(
    out: Content,
    labels: Labels,
    people: Sequence[PersonRow],
    sides: Sequence[PartySide],
    refs: InternalRefs,
) -> None:
    """Everyone taking part, Vietnamese side first, with native-script names; then a line for
    each delegation whose members the sources do not name."""
    seen: dict[int, PersonRow] = {}
    for side in sides:
        for person in ([side.head] if side.head else []) + list(side.members):
            seen.setdefault(person.id, person)
    for person in people:
        seen[person.id] = person  # the meeting's own role wins over the delegation's
    people_sorted = sorted(seen.values(), key=lambda p: p.country.value, reverse=True)
    # (header, width, value, from the record (else our label)); a column nobody has a value
    # in is left out by the table
    columns: list[tuple[str, float, Callable[[PersonRow], str | None], bool]] = [
        (labels["name"], 0.2, lambda p: p.full_name, True),
        (labels["native_name"], 0.14, lambda p: p.name_native, True),
        (labels["position"], 0.34, lambda p: p.position, True),
        (labels["role"], 0.2, lambda p: p.role, True),
    ]
    if len({p.country for p in people_sorted}) > 1:
        columns.append((labels["country"], 0.12, lambda p: labels.enum(p.country), False))
    if people_sorted:
        rows = [
            [
                cell(
                    value(person),
                    f"person {person.id}" if recorded else LABEL,
                    Tone.STRONG if n == 0 else Tone.PLAIN,
                )
                for n, (_, _, value, recorded) in enumerate(columns)
            ]
            for person in people_sorted
        ]
        out.table([Column(col[0], col[1]) for col in columns], rows)
    for side in sides:
        where = f"delegation {side.id}"
        out.heading(side.name, level=2, where=where)
        facts = [
            (labels["country"], labels.enum(side.side), LABEL),
            (labels["head"], person_name(side.head) if side.head else None, where),
            (labels["organisations"], side.organisation, where),
        ]
        key_values(out, facts)
        if side.description:
            description = f"{where} description"
            out.add(Paragraph(refs.text(side.description, description)))
        if not side.members and not side.head:
            out.note(labels["members_not_recorded"])


def _status_cell(labels: Labels, action: TrackedAction) -> Cell:
    status = labels.enum(action.row.status)
    if action.row.overdue:
        return cell(f"{status} · {labels['overdue'].lower()}", tone=Tone.ALERT)
    return cell(status)


def actions_table(
    out: Content,
    labels: Labels,
    actions: Sequence[TrackedAction],
    options: BriefingOptions,
    *,
    refs: InternalRefs,
    meeting_ref: Callable[[TrackedAction], str] | None = None,
    ids: bool = False,
) -> None:
    """Action, owner, counterpart, due, status. With NOTES shown, each action's description
    prints under its title and the office's remarks follow the table, as its assessment;
    `meeting_ref` adds where the action comes from; `ids` puts the record's number (#12)
    before its title (the tracker's readers update actions by it)."""
    if not actions:
        out.note(labels["none_recorded"])
        return
    rows: list[list[Cell]] = []
    remarks: list[Cell] = []
    for action in actions:
        row = action.row
        title = f"#{row.id}  {row.title}" if ids else row.title
        lines = [Text(title, action_where(action, "title"), tone=Tone.STRONG)]
        if meeting_ref is not None:
            lines.append(
                Text(meeting_ref(action), f"meeting {row.meeting_id} title", tone=Tone.SMALL)
            )
        if action.agreement:
            agreement = f"{labels['agreement']}: {action.agreement}"
            lines.append(Text(agreement, action_where(action, "agreement"), tone=Tone.SMALL))
        if options.shows(Section.NOTES):
            if action.description:
                where = action_where(action, "description")
                lines.append(refs.text(action.description, where))
            about = Text(f"{row.title}:", action_where(action, "title"), tone=Tone.STRONG)
            remarks += [
                (about, refs.text(remark, action_where(action, "notes")))
                for remark in action.remarks
            ]
        rows.append(
            [
                tuple(lines),
                cell(row.owner or "–", action_where(action, "owner")),
                cell(row.counterpart or "–", action_where(action, "counterpart")),
                cell(labels.due(row.due_date, row.due_precision) or "–"),
                _status_cell(labels, action),
            ]
        )
    out.table(
        [
            Column(labels["action"], 0.44),
            Column(labels["owner"], 0.15),
            Column(labels["counterpart"], 0.15),
            Column(labels["due"], 0.1),
            Column(labels["status"], 0.16),
        ],
        rows,
    )
    if remarks:
        out.add(Assessment(labels["assessment"], tuple(remarks)))
    if options.comments:
        _comments(out, labels, actions)


def _comments(out: Content, labels: Labels, actions: Sequence[TrackedAction]) -> None:
    """The staff's comments on the actions, when the brief asks for them: one line each,
    "Title — Author, 12/01/2026: text", oldest first per action."""
    lines = [
        Text(
            labels["comment_line"].format(
                action=action.row.title,
                author=comment.author,
                date=labels.date(local(comment.written_at).date()),
                text=comment.text,
            ),
            action_where(action, f"comment {comment.id}"),
        )
        for action in actions
        for comment in action.comments
    ]
    if lines:
        out.heading(labels["comments"], level=2)
        out.bullets(lines)


def sources(out: Content, labels: Labels, cited: Sequence[CitedSource]) -> None:
    """The sources, each with its number in the document; titles link to the article."""
    if not cited:
        out.note(labels["none_recorded"])
        return
    out.add(SourceList(tuple(source_entry(labels, s) for s in cited)))


def agreements_table(
    out: Content, labels: Labels, agreements: Sequence[AgreementRow], withheld_count: int = 0
) -> None:
    if not agreements:
        out.note(labels["none_recorded"])
        withheld(out, labels, withheld_count)
        return
    rows: list[list[Cell]] = []
    for agreement in agreements:
        where = f"agreement {agreement.id}"
        rows.append(
            [
                cell(agreement.title, where, Tone.STRONG),
                cell(", ".join(locality_name(p) for p in agreement.parties), f"{where} parties"),
                cell(labels.enum(agreement.status)),
                cell(labels.date(agreement.signed_on) if agreement.signed_on else "–"),
            ]
        )
    out.table(
        [
            Column(labels["agreement"], 0.42),
            Column(labels["parties"], 0.26),
            Column(labels["status"], 0.18),
            Column(labels["signed_on"], 0.14),
        ],
        rows,
    )
    withheld(out, labels, withheld_count)


def locality_profile(
    out: Content,
    labels: Labels,
    profile: LocalityProfile,
    *,
    cite: bool = True,
    meetings_line: bool = True,
) -> None:
    """The locality's kind, profile figures, organisations, people, agreements and (with
    `meetings_line`) meetings. With `cite` each figure is followed by the numbers of the sources
    cited for it."""
    locality = profile.locality
    where = f"locality {locality.id}"
    out.heading(locality_name(locality), level=2, where=where)
    kind = f"{labels.enum(locality.kind)}, {labels.enum(locality.country)}"
    meetings = "; ".join(
        (f"{labels.date(mt.starts_at)}: " if mt.starts_at else "") + mt.title
        for mt in profile.meetings
    )
    agreements = "; ".join(
        f"{a.title} ({labels.enum(a.status).lower()})" for a in profile.agreements
    )
    people = "; ".join(
        person_name(p) + (f", {p.position}" if p.position else "") for p in profile.people
    )

    def text(value: str, field: str) -> Text | None:
        return Text(value, f"{where} {field}") if value else None

    out.key_values(
        [
            (labels["kind"], Text(kind)),
            (labels["native_name"], text(locality.name_native or "", "native name")),
            *(
                (labels[figure.field], _figure(labels, figure, where, cite=cite))
                for figure in profile.figures
            ),
            (labels["organisations"], text("; ".join(profile.organisations), "organisations")),
            (labels["key_people"], text(people, "people")),
            (labels["agreements"], text(agreements, "agreements")),
            (labels["meetings"], text(meetings, "meetings") if meetings_line else None),
        ]
    )
    if profile.profile_withheld:
        out.note(labels["profile_withheld"])
    withheld(out, labels, profile.withheld_agreements)


def _figure(labels: Labels, figure: ProfileFigure, where: str, *, cite: bool) -> Text:
    value = figure.value
    if figure.field == "area_km2" and isinstance(value, int | float):
        shown = f"{labels.number(value)} km²"
    elif isinstance(value, int | float):
        shown = labels.number(value)
    else:
        shown = value
    cites = tuple(s.id for s in figure.sources) if cite else ()
    return Text(shown, f"{where} {figure.field}", cites)


def meeting_body(
    out: Content,
    labels: Labels,
    data: MeetingBriefData,
    options: BriefingOptions,
    *,
    level: int,
    refs: InternalRefs,
    book: bool = False,
) -> None:
    """Everything about one meeting, headed at `level` (0 in a meeting brief, 2 in a book), in
    the order a leader reads it: the summary, what to achieve and say (objectives, key messages,
    expected asks), who we meet, the counterpart locality, the history of relations, what the
    meeting produced, logistics, follow-ups and sources. A section with nothing in it is left
    out. In a `book`, whose sources are listed once at its end, the meeting's sources are a line
    of their numbers."""
    meeting = data.meeting
    where = f"meeting {meeting.id}"
    cite = options.shows(Section.SOURCES)

    if data.summary:
        out.add(Paragraph(refs.text(data.summary, f"{where} summary")))

    if data.objectives:
        out.heading(labels["objectives"], level=level)
        out.bullets([Text(o, f"{where} objectives") for o in data.objectives])

    if data.talking_points:
        out.heading(labels["talking_points"], level=level)
        out.numbered_items([Text(p, f"{where} talking points") for p in data.talking_points])

    if data.expected_asks:
        out.heading(labels["expected_asks"], level=level)
        expected_asks(out, labels, data.expected_asks, where=f"{where} expected asks")

    if options.shows(Section.PARTICIPANTS):
        if book:
            if data.participants or data.sides:
                out.heading(labels["participants"], level=level)
                participants(out, labels, data.participants, data.sides, refs)
        else:
            theirs = [s for s in data.sides if s.side is not Country.VN]
            if theirs or data.counterparts:
                out.heading(labels["who_we_meet"], level=level)
                who_we_meet(out, labels, theirs, data.counterparts, refs)
            ours = [s for s in data.sides if s.side is Country.VN]
            our_people = [p for p in data.participants if p.country is Country.VN]
            if ours or our_people:
                out.heading(labels["our_delegation"], level=level)
                participants(out, labels, our_people, ours, refs)

    if data.localities:
        out.heading(labels["counterpart_profile"], level=level)
        for profile in data.localities:
            # the meetings are in the history of relations
            locality_profile(out, labels, profile, cite=cite, meetings_line=False)

    if data.history:
        out.heading(labels["history"], level=level)
        history(out, labels, data.history)

    if data.proposals:
        out.heading(labels["proposals"], level=level)
        out.bullets([refs.text(p, f"{where} proposals") for p in data.proposals])

    if options.shows(Section.OUTCOMES) and data.outcomes:
        out.heading(labels["outcomes"], level=level)
        out.bullets([refs.text(o, f"{where} outcomes") for o in data.outcomes])

    out.heading(labels["logistics"], level=level)
    key_values(out, _logistics(labels, data))

    if data.actions or data.withheld_actions:
        out.heading(labels["actions"], level=level)
        actions_table(out, labels, data.actions, options, refs=refs)
        withheld(out, labels, data.withheld_actions)

    listed = refs.listed if not book else data.sources
    if options.shows(Section.SOURCES) and listed:
        if book:
            cited = tuple(s.id for s in listed)
            out.add(Paragraph(Text(f"{labels['sources']}:", cites=cited), Role.NOTE))
        else:
            out.heading(labels["sources"], level=level)
            sources(out, labels, listed)


def who_we_meet(
    out: Content,
    labels: Labels,
    sides: Sequence[PartySide],
    cards: Sequence[PersonCard],
    refs: InternalRefs,
) -> None:
    """The other side's delegations (what the records say of them), then a card per person."""
    for side in sides:
        where = f"delegation {side.id}"
        out.heading(side.name, level=2, where=f"{where} name")
        key_values(out, [(labels["organisation"], side.organisation, where)])
        if side.description:
            out.add(Paragraph(refs.text(side.description, f"{where} description")))
        if not side.members and not side.head:
            out.note(labels["members_not_recorded"])
    for card in cards:
        person_card(out, labels, card, refs)


def person_card(out: Content, labels: Labels, card: PersonCard, refs: InternalRefs) -> None:
    """Name, position, organisation, role, biography, earlier contacts."""
    person = card.person
    where = f"person {person.id}"
    out.heading(person_name(person), level=2, where=where)
    contacts = "; ".join(
        (f"{labels.date(mt.starts_at)}: " if mt.starts_at else "") + mt.title
        for mt in card.contacts
    )
    out.key_values(
        [
            (labels["position"], Text(person.position, where) if person.position else None),
            (labels["organisation"], Text(card.organisation, where) if card.organisation else None),
            (
                labels["role"],
                Text(person.role, where)
                if person.role and person.role != person.position
                else None,
            ),
            (
                labels["biography"],
                refs.text(card.biography, f"{where} biography") if card.biography else None,
            ),
            (labels["earlier_contacts"], Text(contacts, f"{where} meetings") if contacts else None),
        ]
    )


def history(out: Content, labels: Labels, items: Sequence[HistoryItem]) -> None:
    """The relations as a chronology: date, what, the status of an agreement."""
    rows = [
        [
            cell(labels.date(item.day) if item.day else "–"),
            cell(item.what, item.record),
            cell(labels.enum(item.status) if item.status else ""),
        ]
        for item in items
    ]
    out.table(
        [Column(labels["date"], 0.18), Column(labels["what"], 0.6), Column(labels["status"], 0.22)],
        rows,
    )


def withheld(out: Content, labels: Labels, count: int) -> None:
    """Say that `count` records above the export's level are left out (numbering gaps and
    missing rows would otherwise say it less clearly)."""
    if count:
        out.note(labels.text("withheld." + ("one" if count == 1 else "other"), n=count))


def expected_asks(out: Content, labels: Labels, asks: Sequence[ExpectedAsk], *, where: str) -> None:
    """What the counterpart may ask beside the response we suggest."""
    rows = [
        [
            cell(item.ask, where, Tone.STRONG),
            cell(item.response, where)
            if item.response
            else cell(labels["no_response"], tone=Tone.NOTE),
        ]
        for item in asks
    ]
    out.table([Column(labels["ask"], 0.42), Column(labels["response"], 0.58)], rows)


def _logistics(labels: Labels, data: MeetingBriefData) -> list[tuple[str, str | None, str]]:
    """Date, time, venue, format; the event, the kind of meeting, who takes part and on what."""
    meeting = data.meeting
    where = f"meeting {meeting.id}"
    day = labels.date(meeting.starts_at) if meeting.starts_at else labels["not_recorded"]
    if data.time_of_day:
        day += f", {labels.enum(data.time_of_day)}"
    return [
        (labels["date"], day, LABEL),
        (labels["start_time"], labels.clock(data.start_time) if data.start_time else None, LABEL),
        (labels["venue"], _venue(labels, data), f"{where} venue"),
        (labels["format"], data.format, f"{where} format"),
        (labels["interpreters"], data.interpreters, f"{where} interpreters"),
        (labels["press"], data.press, f"{where} press"),
        (labels["event"], data.event.name, f"event {data.event.id}"),
        (labels["kind"], labels.enum(meeting.kind), LABEL),
        (labels["parties"], "; ".join(meeting.parties), f"{where} parties"),
        (labels["cooperation_areas"], ", ".join(data.cooperation_areas), f"{where} areas"),
    ]


def _venue(labels: Labels, data: MeetingBriefData) -> str:
    if data.venue:
        return data.venue
    if data.event.venue:
        return labels.text("event_venue", venue=data.event.venue)
    return labels["not_recorded"]


def status_counts(out: Content, labels: Labels, actions: Sequence[TrackedAction]) -> None:
    """How many actions are in each status, how many are overdue, and the total."""
    rows: list[list[Cell]] = [
        [cell(labels.enum(status)), cell(str(sum(1 for a in actions if a.row.status is status)))]
        for status in ActionStatus
    ]
    overdue = sum(1 for a in actions if a.row.overdue)
    rows.append([cell(labels["overdue"], tone=Tone.ALERT), cell(str(overdue))])
    rows.append([cell(labels["total"], tone=Tone.STRONG), cell(str(len(actions)))])
    out.table([Column(labels["status"], 0.3), Column(labels["count"], 0.12, numeric=True)], rows)
