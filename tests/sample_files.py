"""Real files to attach in tests: a small PDF letter made with ReportLab."""

import io
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas


def pdf_letter(path: Path, text: str = "Công văn số 1234/UBND-NgV") -> Path:
    """Writes a one-page PDF holding `text` at `path`."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, text)
    canvas.save()
    path.write_bytes(buffer.getvalue())
    return path
