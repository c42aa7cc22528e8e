"""Lines drawn straight on the canvas (banners, headers, footers), run by run, so the page
furniture gets the same glyph fallback as the paragraphs. A text too long for its place wraps
at spaces and, if need be, is set a little smaller; it is never cut."""

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from briefing_app.briefing.fonts import Run

#: How much smaller than asked a line of page furniture may be set to fit (points).
SHRINK_STEP = 0.5


def runs_width(runs: list[Run], size: float) -> float:
    return sum(float(stringWidth(text, font, size)) for font, text in runs)


def _words(runs: list[Run]) -> list[list[Run]]:
    """`runs` cut at spaces: each word is a list of runs (a word may change font midway)."""
    words: list[list[Run]] = [[]]
    for font, text in runs:
        for i, piece in enumerate(text.split(" ")):
            if i:
                words.append([])
            if piece:
                words[-1].append((font, piece))
    return [w for w in words if w]


def _join(words: list[list[Run]]) -> list[Run]:
    """Words back into one line of runs, a space between each, runs of one font merged."""
    line: list[Run] = []
    for i, word in enumerate(words):
        pieces = ([(word[0][0], " ")] if i else []) + word
        for font, text in pieces:
            if line and line[-1][0] == font:
                line[-1] = (font, line[-1][1] + text)
            else:
                line.append((font, text))
    return line


def wrap_runs(runs: list[Run], size: float, width: float) -> list[list[Run]]:
    """`runs` broken at spaces into lines no wider than `width` (a single word wider than
    `width` stays whole on its own line)."""
    lines: list[list[list[Run]]] = []
    for word in _words(runs):
        if lines and runs_width(_join([*lines[-1], word]), size) <= width:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [_join(words) for words in lines]


def fit_lines(
    runs: list[Run], size: float, width: float, *, max_lines: int, min_size: float
) -> tuple[float, list[list[Run]]] | None:
    """The largest size from `size` down to `min_size` at which `runs` wrap into at most
    `max_lines` lines of `width`, with those lines; None when no size does."""
    current = size
    while current >= min_size:
        lines = wrap_runs(runs, current, width)
        if len(lines) <= max_lines and all(runs_width(x, current) <= width for x in lines):
            return current, lines
        current -= SHRINK_STEP
    return None


def draw_runs(
    canvas: Canvas, runs: list[Run], x: float, y: float, size: float, align: str = "left"
) -> None:
    """Draw one line of runs with its baseline at y; `align` says whether x is the line's left
    edge, centre or right edge."""
    width = runs_width(runs, size)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for font, text in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        x += stringWidth(text, font, size)
