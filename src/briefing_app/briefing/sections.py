"""Blocks several briefing kinds print the same way: people, actions, sources, agreements,
locality background, and the body of one meeting."""

from collections.abc import Callable, Mapping, Sequence

from reportlab.platypus import Flowable, Paragraph

from briefing_app.briefing.labels import Labels
from briefing_app.briefing.options import BriefingOptions, Section
from briefing_app.briefing.story import LABEL, Story
from briefing_app.domain.enums import ActionStatus
from briefing_app.services.briefing_data import (
    AgreementRow,
    ExpectedAsk,
    LocalityProfile,
    MeetingBriefData,
    PartySide,
    ProfileFigure,
    TrackedAction,
)
from briefing_app.services.dto import LocalityRow, PersonRow, SourceRef


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


def key_values(story: Story, pairs: Sequence[tuple[str, str | None, str]]) -> None:
    """A two-column table of (label, value, record) pairs; empty values are left out."""
    styles = story.styles
    rows = [
        [
            Paragraph(story.markup(label, where=LABEL, style=styles.cell_bold), styles.cell_bold),
            story.cell(value, where=where),
        ]
        for label, value, where in pairs
        if value
    ]
    if rows:
        story.table(None, rows, [0.26, 0.74], striped=False)
        story.spacer(4)


def participants(story: Story, people: Sequence[PersonRow], sides: Sequence[PartySide]) -> None:
    """Everyone taking part, Vietnamese side first, with native-script names; then a line for
    each delegation whose members the sources do not name."""
    labels = story.labels
    seen: dict[int, PersonRow] = {}
    for side in sides:
        for person in ([side.head] if side.head else []) + list(side.members):
            seen.setdefault(person.id, person)
    for person in people:
        seen[person.id] = person  # the meeting's own role wins over the delegation's
    people_sorted = sorted(seen.values(), key=lambda p: p.country.value, reverse=True)
    # (header, width, value, from the record (else our label))
    columns: list[tuple[str, float, Callable[[PersonRow], str | None], bool]] = [
        (labels["name"], 0.2, lambda p: p.full_name, True),
        (labels["native_name"], 0.14, lambda p: p.name_native, True),
        (labels["position"], 0.34, lambda p: p.position, True),
        (labels["role"], 0.2, lambda p: p.role, True),
        (labels["country"], 0.12, lambda p: labels.enum(p.country), False),
    ]
    # a column nobody has a value in is left out, its width given to the others
    columns = [c for c in columns if any(c[2](p) for p in people_sorted)]
    if people_sorted:
        total = sum(c[1] for c in columns)
        rows: list[list[Flowable]] = [
            [
                story.cell(
                    value(person),
                    where=f"person {person.id}" if recorded else LABEL,
                    style=story.styles.cell_bold if n == 0 else None,
                )
                for n, (_, _, value, recorded) in enumerate(columns)
            ]
            for person in people_sorted
        ]
        story.table([c[0] for c in columns], rows, [c[1] / total for c in columns])
        story.spacer(6)
    for side in sides:
        where = f"delegation {side.id}"
        story.heading(side.name, level=2, where=where)
        facts = [
            (labels["country"], labels.enum(side.side), LABEL),
            (labels["head"], person_name(side.head) if side.head else None, where),
            (labels["organisations"], side.organisation, where),
        ]
        key_values(story, facts)
        if side.description:
            story.paragraph(side.description, where=f"{where} description")
        if not side.members and not side.head:
            story.paragraph(labels["members_not_recorded"], where=LABEL, style=story.styles.note)


def _status_cell(story: Story, action: TrackedAction) -> Paragraph:
    labels = story.labels
    status = labels.enum(action.row.status)
    if action.row.overdue:
        text = f"{status} · {labels['overdue'].lower()}"
        return story.cell(text, where=LABEL, style=story.styles.cell_overdue)
    return story.cell(status, where=LABEL)


def actions_table(
    story: Story,
    actions: Sequence[TrackedAction],
    options: BriefingOptions,
    *,
    meeting_ref: Callable[[TrackedAction], str] | None = None,
) -> None:
    """Action, owner, counterpart, due, status. With NOTES shown, each action's description
    and notes print under its title; `meeting_ref` adds where the action comes from."""
    labels = story.labels
    styles = story.styles
    if not actions:
        story.paragraph(labels["none_recorded"], where=LABEL, style=styles.note)
        return
    rows: list[list[Flowable]] = []
    for action in actions:
        row = action.row
        title = story.markup(
            f"#{row.id}  {row.title}", where=action_where(action, "title"), style=styles.cell_bold
        )
        extra: list[str] = []
        if meeting_ref is not None:
            extra.append(
                story.markup(
                    meeting_ref(action), where=f"meeting {row.meeting_id} title", style=styles.small
                )
            )
        if action.agreement:
            agreement = f"{labels['agreement']}: {action.agreement}"
            extra.append(
                story.markup(agreement, where=action_where(action, "agreement"), style=styles.small)
            )
        if options.shows(Section.NOTES):
            for field, text in (("description", action.description), ("notes", action.notes)):
                if text:
                    extra.append(
                        story.markup(text, where=action_where(action, field), style=styles.small)
                    )
        cell: list[Flowable] = [Paragraph(title, styles.cell_bold)]
        cell += [Paragraph(x, styles.small) for x in extra]
        rows.append(
            [
                cell,
                story.cell(row.owner or "–", where=action_where(action, "owner")),
                story.cell(row.counterpart or "–", where=action_where(action, "counterpart")),
                story.cell(labels.due(row.due_date, row.due_precision) or "–", where=LABEL),
                _status_cell(story, action),
            ]
        )
    story.table(
        [labels["action"], labels["owner"], labels["counterpart"], labels["due"], labels["status"]],
        rows,
        [0.44, 0.15, 0.15, 0.1, 0.16],
    )
    story.spacer(6)


def sources(story: Story, refs: Sequence[SourceRef]) -> None:
    """Numbered source list; titles link to the article."""
    labels = story.labels
    styles = story.styles
    if not refs:
        story.paragraph(labels["none_recorded"], where=LABEL, style=styles.note)
        return
    for number, ref in enumerate(refs, start=1):
        where = f"source {ref.id}"
        text = story.link(ref.title, ref.url, where=where, style=styles.body)
        details = ref.publisher + (f", {labels.date(ref.published_on)}" if ref.published_on else "")
        text += story.markup(f". {details}.", where=where, style=styles.body)
        story.add(Paragraph(text, styles.bullet, bulletText=f"[{number}]"))
        if ref.url:
            link = story.link(ref.url, ref.url, where=where, style=styles.link_line)
            story.add(Paragraph(link, styles.link_line))


def agreements_table(story: Story, agreements: Sequence[AgreementRow]) -> None:
    labels = story.labels
    if not agreements:
        story.paragraph(labels["none_recorded"], where=LABEL, style=story.styles.note)
        return
    rows: list[list[Flowable]] = []
    for agreement in agreements:
        where = f"agreement {agreement.id}"
        rows.append(
            [
                story.cell(agreement.title, where=where, style=story.styles.cell_bold),
                story.cell(
                    ", ".join(locality_name(p) for p in agreement.parties), where=f"{where} parties"
                ),
                story.cell(labels.enum(agreement.status), where=LABEL),
                story.cell(
                    labels.date(agreement.signed_on) if agreement.signed_on else "–", where=LABEL
                ),
            ]
        )
    story.table(
        [labels["agreement"], labels["parties"], labels["status"], labels["signed_on"]],
        rows,
        [0.42, 0.26, 0.18, 0.14],
    )
    story.spacer(6)


def locality_profile(
    story: Story, profile: LocalityProfile, source_numbers: Mapping[int, int] | None = None
) -> None:
    """The locality's kind, profile figures, organisations, people, agreements and meetings.
    With `source_numbers` (source id -> its number in the sources section) each figure is
    followed by the numbers of the sources cited for it."""
    labels = story.labels
    locality = profile.locality
    where = f"locality {locality.id}"
    story.heading(locality_name(locality), level=2, where=where)
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
    key_values(
        story,
        [
            (labels["kind"], kind, LABEL),
            (labels["native_name"], locality.name_native, where),
            *(
                (
                    labels[figure.field],
                    _figure(labels, figure, source_numbers),
                    f"{where} {figure.field}",
                )
                for figure in profile.figures
            ),
            (labels["organisations"], "; ".join(profile.organisations), f"{where} organisations"),
            (labels["key_people"], people, f"{where} people"),
            (labels["agreements"], agreements, f"{where} agreements"),
            (labels["meetings"], meetings, f"{where} meetings"),
        ],
    )


def _figure(labels: Labels, figure: ProfileFigure, source_numbers: Mapping[int, int] | None) -> str:
    value = figure.value
    if figure.field == "area_km2" and isinstance(value, int | float):
        text = f"{labels.number(value)} km²"
    elif isinstance(value, int | float):
        text = labels.number(value)
    else:
        text = value
    if source_numbers is None:
        return text
    marks = sorted({source_numbers[s.id] for s in figure.sources if s.id in source_numbers})
    return " ".join([text, *(f"[{n}]" for n in marks)])


def meeting_body(
    story: Story,
    data: MeetingBriefData,
    options: BriefingOptions,
    *,
    level: int,
) -> None:
    """Everything about one meeting, headed at `level` (0 in a meeting brief, 2 in a book):
    its facts, then what to achieve and say (objectives, key messages, expected asks), who
    takes part, the background, what was said and agreed, follow-ups and sources. A section
    with nothing in it is left out."""
    labels = story.labels
    meeting = data.meeting
    where = f"meeting {meeting.id}"
    numbers = _source_numbers(data.sources) if options.shows(Section.SOURCES) else None

    key_values(story, _when_and_where(labels, data))

    if data.objectives:
        story.heading(labels["objectives"], level=level)
        story.bullets([(o, f"{where} objectives") for o in data.objectives])

    if data.talking_points:
        story.heading(labels["talking_points"], level=level)
        story.numbered_items([(p, f"{where} talking points") for p in data.talking_points])

    if data.expected_asks:
        story.heading(labels["expected_asks"], level=level)
        expected_asks(story, data.expected_asks, where=f"{where} expected asks")

    if options.shows(Section.PARTICIPANTS) and (data.participants or data.sides):
        story.heading(labels["participants"], level=level)
        participants(story, data.participants, data.sides)

    if data.localities:
        story.heading(labels["background"], level=level)
        for profile in data.localities:
            locality_profile(story, profile, numbers)

    if data.summary:
        story.heading(labels["summary"], level=level)
        story.paragraph(data.summary, where=f"{where} summary")

    if data.proposals:
        story.heading(labels["proposals"], level=level)
        story.bullets([(p, f"{where} proposals") for p in data.proposals])

    if options.shows(Section.OUTCOMES) and data.outcomes:
        story.heading(labels["outcomes"], level=level)
        story.bullets([(o, f"{where} outcomes") for o in data.outcomes])

    if data.actions:
        story.heading(labels["actions"], level=level)
        actions_table(story, data.actions, options)

    if options.shows(Section.SOURCES) and data.sources:
        story.heading(labels["sources"], level=level)
        sources(story, data.sources)


def expected_asks(story: Story, asks: Sequence[ExpectedAsk], *, where: str) -> None:
    """What the counterpart may ask beside the response we suggest; a row is never split
    across pages (unless it is longer than one)."""
    labels = story.labels
    styles = story.styles
    rows: list[list[Flowable]] = []
    for item in asks:
        if item.response:
            response = story.cell(item.response, where=where)
        else:
            response = story.cell(labels["no_response"], where=LABEL, style=styles.cell_note)
        rows.append([story.cell(item.ask, where=where, style=styles.cell_bold), response])
    story.table([labels["ask"], labels["response"]], rows, [0.42, 0.58], keep_rows=True)
    story.spacer(6)


def _source_numbers(refs: Sequence[SourceRef]) -> dict[int, int]:
    """Source id -> its number in the sources section."""
    return {ref.id: number for number, ref in enumerate(refs, start=1)}


def _when_and_where(labels: Labels, data: MeetingBriefData) -> list[tuple[str, str | None, str]]:
    meeting = data.meeting
    where = f"meeting {meeting.id}"
    day = labels.date(meeting.starts_at) if meeting.starts_at else labels["not_recorded"]
    if data.time_of_day:
        day += f", {labels.enum(data.time_of_day)}"
    return [
        (labels["event"], data.event.name, f"event {data.event.id}"),
        (labels["kind"], labels.enum(meeting.kind), LABEL),
        (labels["date"], day, LABEL),
        (labels["start_time"], labels.clock(data.start_time) if data.start_time else None, LABEL),
        (labels["venue"], _venue(labels, data), f"{where} venue"),
        (labels["format"], data.format, f"{where} format"),
        (labels["parties"], "; ".join(meeting.parties), f"{where} parties"),
        (labels["cooperation_areas"], ", ".join(data.cooperation_areas), f"{where} areas"),
    ]


def _venue(labels: Labels, data: MeetingBriefData) -> str:
    if data.venue:
        return data.venue
    if data.event.venue:
        return labels.text("event_venue", venue=data.event.venue)
    return labels["not_recorded"]


def status_counts(story: Story, actions: Sequence[TrackedAction]) -> None:
    """How many actions are in each status, how many are overdue, and the total."""
    labels = story.labels
    styles = story.styles
    rows: list[list[Flowable]] = []
    for status in ActionStatus:
        count = sum(1 for a in actions if a.row.status is status)
        rows.append(
            [
                story.cell(labels.enum(status), where=LABEL),
                story.cell(str(count), where=LABEL, style=styles.cell_right),
            ]
        )
    overdue = sum(1 for a in actions if a.row.overdue)
    rows.append(
        [
            story.cell(labels["overdue"], where=LABEL, style=styles.cell_overdue),
            story.cell(str(overdue), where=LABEL, style=styles.cell_right),
        ]
    )
    rows.append(
        [
            story.cell(labels["total"], where=LABEL, style=styles.cell_bold),
            story.cell(str(len(actions)), where=LABEL, style=styles.cell_right),
        ]
    )
    story.table([labels["status"], labels["count"]], rows, [0.3, 0.12])
    story.spacer(6)
