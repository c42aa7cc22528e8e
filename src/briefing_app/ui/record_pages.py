"""The table of record kinds that have a page in the main window (DESIGN §9).

`RECORD_PAGES` holds one entry per record kind: its RecordKind, its slug (the plural word of
its object names, settings keys and search counts: "meetings"), its title and how to build its
page. The forum overview and My work are not record kinds: they stay the special first pages,
`OVERVIEW` and `MY_WORK`.
The navigation list, the View menu (Ctrl+1 … Ctrl+9 in this order) and the page stack all
follow the table, so a new kind is one more entry:

    RecordPage(
        RecordKind.EVENT,
        "events",
        QT_TRANSLATE_NOOP("Workspace", "Events"),
        list_page(EventTableModel, events.page, EventPane, {"date": 90}),
    )

`list_page` builds a paged list (`fetcher(engine, search, request)`, read as QueryOps) beside
a detail pane: a DetailPane subclass with a static `load(engine, id)` (runs off the GUI thread)
and `render_html(detail)`; its table model passes `run` on to PagedTableModel. Any other page
is a function `(workspace, spec) -> QWidget` whose widget has the `Page` methods and reads
through `workspace.ops` (ui/operations.py). A page appears only when the record kind has a
list; a search count shows beside its title when `listing.search_counts` has its slug.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from briefing_app.domain.record_kind import RecordKind
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services import listing
from briefing_app.services.pages import Page as ListPage
from briefing_app.services.pages import PageRequest
from briefing_app.services.record_kinds import pages
from briefing_app.ui.details.agreement_pane import AgreementPane
from briefing_app.ui.details.delegation_pane import DelegationPane
from briefing_app.ui.details.detail_pane import DetailPane
from briefing_app.ui.details.locality_pane import LocalityPane
from briefing_app.ui.details.meeting_pane import MeetingPane
from briefing_app.ui.details.person_pane import PersonPane
from briefing_app.ui.details.record_sheet_pane import EventPane, FactPane, OrganisationPane
from briefing_app.ui.details.source_pane import SourcePane
from briefing_app.ui.models.agreement_table_model import AgreementTableModel
from briefing_app.ui.models.delegation_table_model import DelegationTableModel
from briefing_app.ui.models.event_table_model import EventTableModel
from briefing_app.ui.models.fact_table_model import FactTableModel
from briefing_app.ui.models.locality_table_model import LocalityTableModel
from briefing_app.ui.models.meeting_table_model import MeetingTableModel
from briefing_app.ui.models.organisation_table_model import OrganisationTableModel
from briefing_app.ui.models.paged_table_model import PagedTableModel
from briefing_app.ui.models.person_table_model import PersonTableModel
from briefing_app.ui.models.source_table_model import SourceTableModel
from briefing_app.ui.operations import Engine

if TYPE_CHECKING:
    from briefing_app.ui.workspace import Workspace

#: The first page, the forum at a glance: not a record kind.
OVERVIEW = "overview"
#: The second, the follow-up actions assigned to the user (ui/views/my_work_page.py).
MY_WORK = "my_work"
CONTEXT = "Workspace"


class Page(Protocol):
    """What the workspace asks of every page."""

    def activate(self) -> None: ...  # shown: read if not read yet
    def refresh(self) -> None: ...  # read again
    def set_search(self, text: str | None) -> None: ...  # the toolbar's search text
    def save_state(self) -> None: ...  # splitters and headers, when the window closes


Builder = Callable[["Workspace", "RecordPage"], QWidget]


@dataclass(frozen=True)
class RecordPage:
    """One record kind's page: what the navigation, the View menu and the stack show."""

    kind: RecordKind
    slug: str  # plural: object names ("meetingsView", "show_meetings"), settings, search counts
    title: str  # marked with QT_TRANSLATE_NOOP("Workspace", …); shown translated
    build: Builder


def list_page(
    model: type[PagedTableModel],
    fetcher: Callable[[Engine, str | None, PageRequest], ListPage[Any]],
    pane: type[DetailPane],
    widths: dict[str, int],
    stretch: str = "title",
) -> Builder:
    """A paged list (`fetcher(engine, search, request)`, run as a QueryOp) beside `pane`."""

    def build(space: "Workspace", spec: RecordPage) -> QWidget:
        return space.build_list_page(spec, model, fetcher, pane, widths, stretch)

    return build


def _actions(space: "Workspace", _spec: RecordPage) -> QWidget:
    return space.build_actions_page()


RECORD_PAGES: tuple[RecordPage, ...] = (
    RecordPage(
        RecordKind.DELEGATION,
        "delegations",
        QT_TRANSLATE_NOOP("Workspace", "Delegations"),
        list_page(
            DelegationTableModel,
            listing.page_delegations,
            DelegationPane,
            {"side": 70, "locality": 110, "head": 130, "members": 70},
            "name",
        ),
    ),
    RecordPage(
        RecordKind.MEETING,
        "meetings",
        QT_TRANSLATE_NOOP("Workspace", "Meetings"),
        list_page(
            MeetingTableModel,
            listing.page_meetings,
            MeetingPane,
            {"date": 88, "kind": 105, "parties": 150, "actions": 58},
        ),
    ),
    RecordPage(
        RecordKind.ACTION, "actions", QT_TRANSLATE_NOOP("Workspace", "Follow-up actions"), _actions
    ),
    RecordPage(
        RecordKind.AGREEMENT,
        "agreements",
        QT_TRANSLATE_NOOP("Workspace", "Agreements"),
        list_page(
            AgreementTableModel,
            listing.page_agreements,
            AgreementPane,
            {"kind": 140, "status": 120, "signed": 90, "meeting": 180},
        ),
    ),
    RecordPage(
        RecordKind.LOCALITY,
        "localities",
        QT_TRANSLATE_NOOP("Workspace", "Localities"),
        list_page(
            LocalityTableModel,
            listing.page_localities,
            LocalityPane,
            {"native": 140, "country": 90, "kind": 120},
            "name",
        ),
    ),
    RecordPage(
        RecordKind.PERSON,
        "people",
        QT_TRANSLATE_NOOP("Workspace", "People"),
        list_page(
            PersonTableModel,
            listing.page_people,
            PersonPane,
            {"native": 100, "position": 200, "organisation": 200, "country": 80},
            "name",  # the name keeps its room on a narrow screen, the position gives way
        ),
    ),
    RecordPage(
        RecordKind.SOURCE,
        "sources",
        QT_TRANSLATE_NOOP("Workspace", "Sources"),
        list_page(
            SourceTableModel,
            listing.page_sources,
            SourcePane,
            {"publisher": 150, "published": 90, "language": 70, "kind": 80},
        ),
    ),
    RecordPage(
        RecordKind.EVENT,
        "events",
        QT_TRANSLATE_NOOP("Workspace", "Events"),
        list_page(
            EventTableModel,
            pages.page_events,
            EventPane,
            {"date": 82, "kind": 105, "parent": 110, "venue": 90},
            "name",
        ),
    ),
    RecordPage(
        RecordKind.ORGANISATION,
        "organisations",
        QT_TRANSLATE_NOOP("Workspace", "Organisations"),
        list_page(
            OrganisationTableModel,
            pages.page_organisations,
            OrganisationPane,
            {"native": 110, "kind": 100, "country": 70, "locality": 90},
            "name",
        ),
    ),
    RecordPage(
        RecordKind.FACT,
        "facts",
        QT_TRANSLATE_NOOP("Workspace", "Key facts"),
        list_page(
            FactTableModel,
            pages.page_facts,
            FactPane,
            {"label": 190, "event": 130, "sources": 60},
            "value",
        ),
    ),
)
# The pages that are not a record kind's, by key: their titles.
OWN_TITLES = {
    OVERVIEW: QT_TRANSLATE_NOOP("Workspace", "Forum overview"),
    MY_WORK: QT_TRANSLATE_NOOP("Workspace", "My work"),
}
#: Every page in navigation order: the overview, My work, then the record kinds' pages.
PAGE_KEYS: tuple[str, ...] = (OVERVIEW, MY_WORK, *(spec.kind.value for spec in RECORD_PAGES))
SPECS: dict[str, RecordPage] = {spec.kind.value: spec for spec in RECORD_PAGES}
SLUGS: dict[str, str] = {
    OVERVIEW: OVERVIEW,
    MY_WORK: MY_WORK,
    **{spec.kind.value: spec.slug for spec in RECORD_PAGES},
}


def page_key(name: str) -> str | None:
    """The page of a RecordKind value, of a slug ("meetings": links, saved settings) or the
    overview; None if there is none."""
    if name in SLUGS:
        return name
    return next((key for key, slug in SLUGS.items() if slug == name), None)


def page_title(key: str) -> str:
    text = OWN_TITLES[key] if key in OWN_TITLES else SPECS[key].title
    return QCoreApplication.translate(CONTEXT, text)
