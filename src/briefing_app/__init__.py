"""Briefing desk: follow-up actions and PDF briefings for international cooperation forums."""

import os
from importlib.metadata import PackageNotFoundError, version

# openpyxl parses workbooks with lxml whenever lxml is installed (python-docx brings it), and
# then not through defusedxml: a workbook's entities would reach the parser. openpyxl reads
# this flag once, when first imported, so it is set before anything can import openpyxl.
os.environ["OPENPYXL_LXML"] = "False"

try:
    __version__ = version("briefing-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
