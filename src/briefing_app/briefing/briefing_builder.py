"""What every briefing kind shares: its content (content.py), built once, and its rendering into
PDF bytes with the list of characters no shipped font covers."""

from abc import ABC, abstractmethod
from typing import ClassVar

from briefing_app.briefing.content import Content, Document, Text
from briefing_app.briefing.labels import Labels
from briefing_app.briefing.language_marks import marked
from briefing_app.briefing.options import BriefingOptions
from briefing_app.briefing.page_template import RenderedBriefing, render_pdf


class BriefingBuilder(ABC):
    """Subclasses name their kind (a label key), their title, and write their content."""

    #: label key of the briefing kind ("kind.meeting", …)
    kind_key: str
    #: Open the PDF viewer's bookmarks pane (for long books).
    show_outline: ClassVar[bool] = False
    #: Print the kind, title and subtitle at the top of the first page (a cover does it instead).
    opening: ClassVar[bool] = True
    #: Its tables need the page's width (printed landscape).
    wide: ClassVar[bool] = False

    def __init__(self, options: BriefingOptions) -> None:
        self.options = options
        self.labels = Labels(options.language)
        self._document: Document | None = None

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
        """The brief as data, for either renderer: built once, with the marks on the texts
        not in the brief's language (language_marks.py)."""
        if self._document is None:
            content = Content()
            self.write(content)
            document = Document(
                kind=self.labels[self.kind_key],
                title=self.title(),
                subtitle=tuple(self.subtitle()),
                classification=self.options.classification,
                blocks=tuple(content.blocks),
                opening=self.opening,
                show_outline=self.show_outline,
                wide=self.wide,
                continued=self.labels["continued"],
            )
            self._document = marked(document, self.labels)
        return self._document

    def build_docx(self) -> bytes:
        """The brief as a Word document, in the ordinary layout or the official format."""
        # python-docx loads only when a Word file is asked for
        from briefing_app.briefing.docx_render import render_docx

        return render_docx(self.document(), self.options, self.labels)

    def build(self) -> RenderedBriefing:
        """The brief as a PDF, in the page layout it calls for."""
        return render_pdf(self.document(), self.options, self.labels)


__all__ = ["BriefingBuilder", "RenderedBriefing"]
