"""Briefing desk: follow-up actions and PDF briefings for international cooperation forums."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("briefing-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
