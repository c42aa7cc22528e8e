"""What every briefing kind shares: its content (content.py), built once, and its rendering into
PDF bytes with the list of characters no shipped font covers."""

from abc import ABC, abstractmethod
from dataclasses import dataclass
from io import BytesIO
from typing import ClassVar

from briefing_app.briefing.content import Content, Document, Text
from briefing_app.briefing.fonts import GlyphFallback, UncoveredCharacter, shipped_fonts
from briefing_app.briefing.labels import Labels
from briefing_app.briefing.options import BriefingOptions
from briefing_app.briefing.page_template import BriefingDocument, PageFurniture, PageSetup
from briefing_app.briefing.story import PdfStory
from briefing_app.briefing.styles import BriefingStyles


@dataclass(frozen=True)
class RenderedBriefing:
    pdf: bytes
    page_count: int
    #: characters printed as U+FFFD because no shipped font has them, with their record
    uncovered: list[UncoveredCharacter]


class BriefingBuilder(ABC):
    """Subclasses name their kind (a label key), their title, and write their content."""

    #: label key of the briefing kind ("kind.meeting", …)
    kind_key: str
    #: Open the PDF viewer's bookmarks pane (for long books).
    show_outline: ClassVar[bool] = False
    #: Print the kind, title and subtitle at the top of the first page (a cover does it instead).
    opening: ClassVar[bool] = True

    def __init__(self, options: BriefingOptions) -> None:
        self.options = options
        self.labels = Labels(options.language)

    @abstractmethod
    def title(self) -> Text:
        """The document title (plain text) and the record it comes from."""

    @abstractmethod
    def write(self, content: Content) -> None:
        """Append the briefing's sections to `content`."""

    def subtitle(self) -> list[Text]:
        """Lines under the title on the first page."""
        return []

    def document(self) -> Document:
        """The brief as data, for either renderer."""
        content = Content()
        self.write(content)
        return Document(
            kind=self.labels[self.kind_key],
            title=self.title(),
            subtitle=tuple(self.subtitle()),
            classification=self.options.classification,
            blocks=tuple(content.blocks),
            opening=self.opening,
            show_outline=self.show_outline,
        )

    def build(self) -> RenderedBriefing:
        """The brief as a PDF."""
        options = self.options
        document = self.document()
        fallback = GlyphFallback(shipped_fonts())
        title = document.title.text
        setup = PageSetup(
            paper=options.paper,
            classification=options.classification,
            kind=document.kind,
            title=title,
            subject=f"{document.kind}: {title}",
            office=options.office,
            prepared_by=options.prepared_by,
            prepared_on=options.prepared_on,
            labels=self.labels,
        )
        story = PdfStory(document, fallback, BriefingStyles.build(), setup.frame_width)
        flowables = story.render()
        buffer = BytesIO()
        pdf = BriefingDocument(
            buffer,
            setup,
            PageFurniture(setup, fallback),
            language=options.language.value,
            show_outline=document.show_outline,
        )
        pages = pdf.render(flowables)
        return RenderedBriefing(buffer.getvalue(), pages, fallback.uncovered)
