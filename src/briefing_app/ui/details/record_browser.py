"""A read-only rich-text view whose links open records in the app or web pages in the browser."""

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from briefing_app.ui.prompts import Prompts

WEB_SCHEMES = ("http", "https", "mailto")


class RecordBrowser(QTextBrowser):
    """Links look like "meeting:1"; `record_requested(kind, id)` is emitted for them."""

    record_requested = Signal(str, int)

    def __init__(self, *, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompts = prompts
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.follow)

    def follow(self, url: QUrl) -> None:
        if url.scheme() in WEB_SCHEMES:
            self._prompts.open_url(url.toString())
            return
        kind, _, number = url.toString().partition(":")
        if number.isdigit():
            self.record_requested.emit(kind, int(number))

    def show_html(self, html: str) -> None:
        self.setHtml(html)
        bar = self.verticalScrollBar()
        if bar is not None:
            bar.setValue(0)
