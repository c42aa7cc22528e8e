"""Briefing desk: follow-up actions and PDF briefings for international cooperation forums."""

import os

# openpyxl parses workbooks with lxml whenever lxml is installed (python-docx brings it), and
# then not through defusedxml: a workbook's entities would reach the parser. openpyxl reads
# this flag once, when first imported, so it is set before anything can import openpyxl.
os.environ["OPENPYXL_LXML"] = "False"


def __getattr__(name: str) -> str:
    """`__version__`, looked up when first asked for: importlib.metadata takes a quarter of
    the time a bare Qt window takes to start, and the desktop app paints its first window
    without it (issue 16)."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("briefing-desk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found
