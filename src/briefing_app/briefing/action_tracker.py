"""Action tracker: the actions matching the current filters, grouped by owner or by locality,
overdue first, with counts by status."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from briefing_app.briefing.briefing_builder import BriefingBuilder
from briefing_app.briefing.citing import InternalRefs
from briefing_app.briefing.content import Content, Text
from briefing_app.briefing.options import BriefingOptions
from briefing_app.briefing.sections import actions_table, status_counts, withheld
from briefing_app.domain.enums import ActionStatus
from briefing_app.domain.text import fold
from briefing_app.services.briefing_data import CitedSource, TrackedAction


class GroupBy(StrEnum):
    OWNER = "owner"
    LOCALITY = "locality"


@dataclass(frozen=True)
class TrackerScope:
    """The filters the actions were chosen by, printed under the title."""

    search: str | None = None
    statuses: tuple[ActionStatus, ...] = ()
    overdue_only: bool = False
    group_by: GroupBy = GroupBy.OWNER


@dataclass(frozen=True)
class ActionGroup:
    name: str | None
    where: str
    actions: list[TrackedAction]

    @property
    def overdue(self) -> int:
        return sum(1 for a in self.actions if a.row.overdue)


def _urgency(action: TrackedAction) -> tuple[bool, bool, date, int]:
    row = action.row
    return (not row.overdue, row.due_date is None, row.due_date or date.min, row.id)


def group_actions(actions: Sequence[TrackedAction], group_by: GroupBy) -> list[ActionGroup]:
    """Groups with overdue actions first, then by name, the unassigned group last; within a
    group overdue actions first, then by due date."""
    groups: dict[str | None, list[TrackedAction]] = {}
    for action in actions:
        name = action.row.owner if group_by is GroupBy.OWNER else action.owner_locality
        groups.setdefault(name, []).append(action)
    result = [
        ActionGroup(name, f"action {members[0].row.id} owner", sorted(members, key=_urgency))
        for name, members in groups.items()
    ]
    return sorted(
        result,
        key=lambda g: (g.name is None, g.overdue == 0, fold(g.name or "")),
    )


class ActionTracker(BriefingBuilder):
    kind_key = "kind.tracker"
    wide = True  # printed landscape: the action column gets room for its description

    def __init__(
        self,
        actions: Sequence[TrackedAction],
        options: BriefingOptions,
        *,
        scope: TrackerScope | None = None,
        file_sources: Mapping[str, CitedSource] | None = None,
        withheld_count: int = 0,
    ) -> None:
        super().__init__(options)
        self.actions = list(actions)
        self.scope = scope or TrackerScope()
        #: actions the filter matches above the export's level, left out
        self.withheld_count = withheld_count
        #: sources the actions' texts name by file ("article 001"): printed as their publishers
        self.refs = InternalRefs(self.labels, [], file_sources or {}, cite=False)

    def title(self) -> Text:
        day = self.labels.date(self.options.prepared_on)
        return Text(self.labels.text("tracker_title", date=day))

    def subtitle(self) -> list[Text]:
        labels = self.labels
        scope = self.scope
        parts: list[str] = []
        if scope.statuses:
            parts.append(", ".join(labels.enum(s) for s in scope.statuses))
        if scope.overdue_only:
            parts.append(labels["only_overdue"])
        if scope.search:
            parts.append(labels.text("search", text=scope.search))
        filters = "; ".join(parts) or labels["all_actions"]
        grouping = labels[f"grouped_by_{scope.group_by.value}"]
        return [Text(f"{labels['filters']}: {filters} · {grouping}", "tracker filters")]

    def write(self, story: Content) -> None:
        labels = self.labels
        story.heading(labels["counts"], level=0)
        status_counts(story, labels, self.actions)
        withheld(story, labels, self.withheld_count)
        empty = "no_owner" if self.scope.group_by is GroupBy.OWNER else "no_locality"
        for group in group_actions(self.actions, self.scope.group_by):
            count = f" ({len(group.actions)})"
            if group.name is None:
                story.heading(labels[empty] + count, level=0)
            else:
                story.heading(group.name + count, level=0, where=group.where)
            actions_table(
                story,
                labels,
                group.actions,
                self.options,
                refs=self.refs,
                meeting_ref=lambda a: a.row.meeting_title,
                ids=True,
            )
