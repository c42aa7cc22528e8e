"""Single lines drawn straight on the canvas (banners, headers, footers), run by run, so the
page furniture gets the same glyph fallback as the paragraphs."""

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from briefing_app.briefing.fonts import Run

ELLIPSIS = "…"


def runs_width(runs: list[Run], size: float) -> float:
    return sum(float(stringWidth(text, font, size)) for font, text in runs)


def fit_runs(runs: list[Run], size: float, max_width: float) -> list[Run]:
    """`runs` cut at the end, with an ellipsis, so that they fit in `max_width`."""
    if runs_width(runs, size) <= max_width:
        return runs
    budget = max_width - stringWidth(ELLIPSIS, runs[0][0], size)
    fitted: list[Run] = []
    for font, text in runs:
        kept = ""
        for ch in text:
            if stringWidth(kept + ch, font, size) > budget:
                break
            kept += ch
        budget -= stringWidth(kept, font, size)
        if kept:
            fitted.append((font, kept))
        if kept != text:
            break
    if fitted:
        font, text = fitted[-1]
        fitted[-1] = (font, text.rstrip() + ELLIPSIS)
    else:
        fitted.append((runs[0][0], ELLIPSIS))
    return fitted


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
