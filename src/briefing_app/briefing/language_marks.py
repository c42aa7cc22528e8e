"""The brief says which of its texts are not in its language: each text the data layer tagged
as read in another language (services/brief_texts.py) prints with a mark, a note at the end says
what the mark means ("† Text available in English only.") and, once, whose translation the
texts are where the office translated them; the document counts the fields that fell back.

Done on the content, before either renderer sees it, so the PDF and the Word file say the same.
"""

from dataclasses import replace

from briefing_app.briefing.content import Document, Paragraph, Role, Text, map_texts
from briefing_app.briefing.labels import Labels
from briefing_app.services.brief_texts import read_tags

#: Follows a text printed in another language than the brief's.
FALLBACK_MARK = "†"


def marked(document: Document, labels: Labels) -> Document:
    """`document` with its texts' tags turned into marks, the notes they call for at its end,
    and `fallbacks` counting each field printed in another language once."""
    fallbacks: set[tuple[str, str]] = set()
    office: set[str] = set()

    def read(text: Text) -> Text:
        tags = read_tags(text.text, FALLBACK_MARK)
        fallbacks.update(tags.fallbacks)
        office.update(tags.office)
        return replace(text, text=tags.text) if tags.text != text.text else text

    title = read(document.title)
    subtitle = tuple(map(read, document.subtitle))
    blocks = [map_texts(block, read) for block in document.blocks]
    languages = sorted({language for language, _ in fallbacks})
    notes = [f"{FALLBACK_MARK} {labels[f'only_in.{language}']}" for language in languages]
    notes += [labels[f"office_translation.{language}"] for language in sorted(office)]
    blocks += [Paragraph(Text(note), Role.NOTE) for note in notes]
    return replace(
        document,
        title=title,
        subtitle=subtitle,
        blocks=tuple(blocks),
        fallbacks=len(fallbacks),
    )
