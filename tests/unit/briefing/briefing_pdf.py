"""Reading briefings back: text per page, outline, embedded fonts, rendered pages."""

import re
import subprocess
import unicodedata
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import Destination


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages]


def squash(text: str) -> str:
    """NFC with every whitespace removed: line wrapping and run boundaries put spaces and
    line breaks into extracted text where the original had none."""
    return "".join(unicodedata.normalize("NFC", text).split())


def page_lines(pdf: bytes, index: int) -> list[str]:
    """The text of one page as visual lines (pieces on one baseline, left to right, top line
    first). Unlike plain extraction this puts numbers drawn later, like the contents' page
    numbers, on the line they sit on."""
    pieces: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.append((round(y), x, text.strip()))

    PdfReader(BytesIO(pdf)).pages[index].extract_text(visitor_text=visit)
    lines: dict[float, list[tuple[float, str]]] = {}
    for y, x, text in pieces:
        lines.setdefault(y, []).append((x, text))
    return [" ".join(t for _, t in sorted(lines[y])) for y in sorted(lines, reverse=True)]


def positions(pdf: bytes, index: int) -> dict[str, tuple[float, float]]:
    """Each piece of text on a page (its spaces collapsed) with its (x, y) position; the
    first of equal pieces."""
    found: dict[str, tuple[float, float]] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.setdefault(" ".join(text.replace("\xa0", " ").split()), (x, y))

    PdfReader(BytesIO(pdf)).pages[index].extract_text(visitor_text=visit)
    return found


def outline(pdf: bytes) -> list[tuple[str, int]]:
    """Every outline entry, depth first, as (title, 0-based page index)."""
    reader = PdfReader(BytesIO(pdf))
    found: list[tuple[str, int]] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                assert isinstance(item, Destination)
                page = reader.get_destination_page_number(item)
                found.append((str(item.title), page))

    walk(reader.outline)
    return found


def embedded_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font `pdffonts` lists."""
    output = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout
    fonts = []
    for line in output.splitlines()[2:]:
        tokens = line.split()
        # name … emb sub uni object-id generation
        fonts.append((tokens[0], tokens[-5] == "yes"))
    return fonts


@dataclass(frozen=True)
class Raster:
    width: int
    height: int
    pixels: bytes

    def ink(self, top: float, bottom: float) -> int:
        """Pixels clearly not white between two heights given as fractions of the page (at
        30 dpi small text is anti-aliased to light grey, so "ink" is anything below 200)."""
        first, last = int(top * self.height), int(bottom * self.height)
        rows = self.pixels[first * self.width : last * self.width]
        return sum(1 for value in rows if value < 200)


_PGM_HEADER = re.compile(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s")


def render_pages(path: Path, folder: Path) -> list[Raster]:
    """Render every page with pdftoppm (greyscale, 30 dpi) and read the PGM files back."""
    prefix = folder / path.stem
    subprocess.run(["pdftoppm", "-gray", "-r", "30", str(path), str(prefix)], check=True)
    rasters = []
    for image in sorted(folder.glob(f"{path.stem}-*.pgm")):
        data = image.read_bytes()
        header = _PGM_HEADER.match(data)
        assert header, f"{image} is not a binary PGM"
        width, height = int(header[1]), int(header[2])
        rasters.append(Raster(width, height, data[header.end() : header.end() + width * height]))
    return rasters
