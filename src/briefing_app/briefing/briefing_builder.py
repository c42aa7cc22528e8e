"""What every briefing kind shares: fonts, styles, page setup, the opening block, and the build
into PDF bytes with the list of characters no shipped font covers."""

from abc import ABC, abstractmethod
from dataclasses import dataclass
from io import BytesIO
from typing import ClassVar

from briefing_app.briefing.fonts import GlyphFallback, UncoveredCharacter, shipped_fonts
from briefing_app.briefing.labels import Labels
from briefing_app.briefing.options import BriefingOptions
from briefing_app.briefing.page_template import BriefingDocument, PageFurniture, PageSetup
from briefing_app.briefing.story import LABEL, Story, Text
from briefing_app.briefing.styles import BriefingStyles


@dataclass(frozen=True)
class RenderedBriefing:
    pdf: bytes
    page_count: int
    #: characters printed as U+FFFD because no shipped font has them, with their record
    uncovered: list[UncoveredCharacter]


class BriefingBuilder(ABC):
    """Subclasses name their kind (a label key), their title, and write their story."""

    #: label key of the briefing kind ("kind.meeting", …)
    kind_key: str
    #: Open the PDF viewer's bookmarks pane (for long books).
    show_outline: ClassVar[bool] = False

    def __init__(self, options: BriefingOptions) -> None:
        self.options = options
        self.labels = Labels(options.language)

    @abstractmethod
    def title(self) -> Text:
        """The document title (plain text) and the record it comes from."""

    @abstractmethod
    def write(self, story: Story) -> None:
        """Append the briefing's content to `story`."""

    def subtitle(self) -> list[Text]:
        """Lines under the title on the first page."""
        return []

    def build(self) -> RenderedBriefing:
        options = self.options
        fallback = GlyphFallback(shipped_fonts())
        title, _ = self.title()
        kind = self.labels[self.kind_key]
        setup = PageSetup(
            paper=options.paper,
            classification=options.classification,
            kind=kind,
            title=title,
            subject=f"{kind}: {title}",
            office=options.office,
            prepared_by=options.prepared_by,
            prepared_on=options.prepared_on,
            labels=self.labels,
        )
        story = Story(fallback, BriefingStyles.build(), self.labels, setup.frame_width)
        self.write(story)
        buffer = BytesIO()
        document = BriefingDocument(
            buffer,
            setup,
            PageFurniture(setup, fallback),
            language=options.language.value,
            show_outline=self.show_outline,
        )
        pages = document.render(story.finish())
        return RenderedBriefing(buffer.getvalue(), pages, fallback.uncovered)

    def write_opening(self, story: Story) -> None:
        """The title block at the top of the first page: kind, title, subtitle lines."""
        styles = story.styles
        story.paragraph(self.labels[self.kind_key].upper(), where=LABEL, style=styles.kind)
        title, where = self.title()
        story.paragraph(title, where=where, style=styles.title)
        for text, line_where in self.subtitle():
            story.paragraph(text, where=line_where, style=styles.subtitle)
