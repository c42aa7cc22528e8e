"""Reading Word briefings back with python-docx, and converting them with LibreOffice."""

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from zipfile import ZipFile

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

FONTS = Path(__file__).parents[3] / "resources" / "fonts"


@dataclass(frozen=True)
class Line:
    """A paragraph of the body in reading order: its text and style ("Heading 2", or the
    table's style for a paragraph in a table cell)."""

    text: str
    style: str
    in_table: bool


def open_docx(data: bytes) -> Document:
    return docx.Document(BytesIO(data))


def body_lines(word: Document) -> list[Line]:
    """Every paragraph of the body, table cells included, in reading order."""

    def walk(parent: Document | _Cell) -> Iterator[Line]:
        element = parent.element.body if isinstance(parent, Document) else parent._tc
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                paragraph = Paragraph(child, parent)
                yield Line(paragraph.text, paragraph.style.name if paragraph.style else "", False)
            elif child.tag == qn("w:tbl"):
                for row in Table(child, parent).rows:
                    seen: set[int] = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # a merged cell is listed once per column
                            continue
                        seen.add(id(cell._tc))
                        for line in walk(cell):
                            yield Line(line.text, line.style, True)

    return list(walk(word))


def text_of(data: bytes) -> str:
    return "\n".join(line.text for line in body_lines(open_docx(data)))


def headings(data: bytes) -> list[tuple[str, str]]:
    """(style, text) of every heading paragraph."""
    return [(x.style, x.text) for x in body_lines(open_docx(data)) if x.style.startswith("Heading")]


def furniture(data: bytes) -> tuple[str, str]:
    """The header's and the footer's text (field results included)."""
    section = open_docx(data).sections[0]
    return (
        "\n".join(p.text for p in section.header.paragraphs),
        "\n".join(p.text for p in section.footer.paragraphs),
    )


def parts(data: bytes) -> list[str]:
    return ZipFile(BytesIO(data)).namelist()


def convert_with_libreoffice(path: Path, folder: Path) -> Path:
    """`path` converted to PDF by LibreOffice, on a profile of its own, with the app's shipped
    fonts installed for it as a user who has them would."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is missing: scripts/bootstrap.sh installs libreoffice-writer-nogui"
    home = folder / "home"
    (home / ".local" / "share").mkdir(parents=True, exist_ok=True)
    (home / ".local" / "share" / "fonts").symlink_to(FONTS)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),  # fontconfig's user fonts
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(path),
        ],
        check=True,
        capture_output=True,
        env=env,
        timeout=240,
    )
    return folder / f"{path.stem}.pdf"
