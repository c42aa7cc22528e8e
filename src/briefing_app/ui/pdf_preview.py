"""An in-app preview of a PDF briefing (QtPdf): page navigation, zoom, printing through
QPrintDialog (pages rendered by QPdfDocument onto the QPrinter at its resolution) and opening
the file in the system's PDF viewer."""

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.file_names import safe_file_name
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.widgets.preview_window import PreviewWindow

#: Zoom choices: (label, zoom mode, factor for a custom zoom).
FIT_WIDTH = "fit-width"
FIT_PAGE = "fit-page"
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
#: Rows of printer pixels rendered at once: a whole A4 page at 1,200 dpi would be a 557 MB
#: image, a strip of it a few dozen MB.
STRIP_ROWS = 1024


class PdfPreview(PreviewWindow):
    """A window showing one PDF file. Printing and the system viewer go through `prompts`."""

    def __init__(
        self,
        *,
        path: Path,
        prompts: Prompts,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.path = path
        self.prompts = prompts
        self.title = title
        self.setWindowTitle(self.tr("Preview — {name}").format(name=title or path.name))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Briefing pages"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")

        self.previous_button = QToolButton()
        self.previous_button.setText(self.tr("◀"))
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.page_box = QSpinBox()
        self.page_box.setObjectName("previewPage")
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda n: self.go_to(n - 1))
        self.page_count_label = QLabel()
        self.page_count_label.setObjectName("previewPageCount")
        self.next_button = QToolButton()
        self.next_button.setText(self.tr("▶"))
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))

        self.zoom_box = QComboBox()
        self.zoom_box.setObjectName("previewZoom")
        self.zoom_box.setAccessibleName(self.tr("Zoom"))
        self.zoom_box.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom_box.addItem(self.tr("Whole page"), FIT_PAGE)
        for factor in ZOOM_STEPS:
            percent = self.tr("{percent} %").format(percent=round(factor * 100))
            self.zoom_box.addItem(percent, factor)
        self.zoom_box.currentIndexChanged.connect(self._zoom_chosen)
        zoom_out = QToolButton()
        zoom_out.setText("−")
        zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        zoom_out.setAccessibleName(self.tr("Zoom out"))
        zoom_out.clicked.connect(lambda: self.zoom_step(-1))
        zoom_in = QToolButton()
        zoom_in.setText("+")
        zoom_in.setToolTip(self.tr("Zoom in (Ctrl++)"))
        zoom_in.setAccessibleName(self.tr("Zoom in"))
        zoom_in.clicked.connect(lambda: self.zoom_step(1))

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("previewPrint")
        self.print_button.clicked.connect(self.print_document)
        self.open_button = QPushButton(self.tr("Open in system &viewer"))
        self.open_button.setObjectName("previewOpenExternal")
        self.open_button.clicked.connect(self.open_external)
        close_button = QPushButton(self.tr("&Close"))
        close_button.clicked.connect(self.close)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_count_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        bar.addWidget(zoom_out)
        bar.addWidget(self.zoom_box)
        bar.addWidget(zoom_in)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.open_button)
        bar.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_step(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_step(-1)),
            (QKeySequence.StandardKey.Print, self.print_document),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.fit_screen(900, 1000)
        self.load()

    # --- document -----------------------------------------------------------------------------

    def load(self) -> bool:
        """(Re)read the file; False (and a message) when it cannot be read."""
        self.document.close()
        error = self.document.load(str(self.path))
        ok = error == QPdfDocument.Error.None_
        count = self.page_count()
        self.page_box.blockSignals(True)
        self.page_box.setRange(1 if count else 0, max(count, 1) if count else 0)
        self.page_box.blockSignals(False)
        self.page_count_label.setText(self.tr("of {count}").format(count=count))
        for widget in (self.print_button, self.page_box, self.previous_button, self.next_button):
            widget.setEnabled(ok and count > 0)
        if not ok:
            self.prompts.error(
                self,
                self.tr("Cannot show the briefing"),
                self.tr("{path} cannot be read as a PDF document.").format(path=self.path),
            )
        self._page_changed(0)
        return ok

    def page_count(self) -> int:
        return max(self.document.pageCount(), 0)

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        """Show page `page` (0-based), kept within the document."""
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(page, count - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._page_changed(page)

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        count = self.page_count()
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)

    # --- zoom ---------------------------------------------------------------------------------

    def _zoom_chosen(self, index: int) -> None:
        choice = self.zoom_box.itemData(index)
        if choice == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    def zoom_step(self, direction: int) -> None:
        """The next custom zoom step in `direction` (+1 in, -1 out) from the current factor."""
        current = self.view.zoomFactor()
        if direction > 0:
            steps = [f for f in ZOOM_STEPS if f > current + 0.01]
            factor = steps[0] if steps else ZOOM_STEPS[-1]
        else:
            steps = [f for f in ZOOM_STEPS if f < current - 0.01]
            factor = steps[-1] if steps else ZOOM_STEPS[0]
        self.zoom_box.setCurrentIndex(self.zoom_box.findData(factor))

    # --- print, open --------------------------------------------------------------------------

    def print_document(self) -> None:
        count = self.page_count()
        if count == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # The print dialog's "Print to File" suggests its file name from the document name.
        printer.setDocName(self.print_file_name())
        first = self.document.pagePointSize(0)
        printer.setPageSize(QPageSize(QSizeF(first), QPageSize.Unit.Point))
        if not self.prompts.print_setup(self, printer, count):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = self.print_to(printer)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if printed < 0:
            self.prompts.error(
                self,
                self.tr("Cannot print"),
                self.tr("The printer could not be started. Nothing was printed."),
            )

    def print_file_name(self) -> str:
        """The briefing's title as a file name safe on every system ("… (25/11/2025)" has
        slashes): the name the printer's "Print to File" suggests."""
        return safe_file_name(self.title or self.path.stem, ".pdf", fallback="briefing")

    def pages_to_print(self, printer: QPrinter) -> range:
        count = self.page_count()
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            last = printer.toPage() or count
            return range(max(printer.fromPage(), 1) - 1, min(last, count))
        return range(count)

    def print_to(self, printer: QPrinter) -> int:
        """Render the chosen pages onto `printer`, each fitted to the printable area at the
        printer's resolution. Returns the number of pages printed, -1 when it cannot start."""
        pages = self.pages_to_print(printer)
        painter = QPainter()
        if not painter.begin(printer):
            return -1
        printed = 0
        try:
            for page in pages:
                if printed:
                    printer.newPage()
                self._paint_page(painter, printer, page)
                printed += 1
        finally:
            painter.end()
        return printed

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        points = self.document.pagePointSize(page)
        natural = QSizeF(points.width() * dpi / 72, points.height() * dpi / 72)
        scale = min(1.0, area.width() / natural.width(), area.height() / natural.height())
        size = QSize(round(natural.width() * scale), round(natural.height() * scale))
        left = (area.width() - size.width()) // 2
        top = (area.height() - size.height()) // 2
        painter.fillRect(QRect(QPoint(left, top), size), QColor("white"))
        for y in range(0, size.height(), STRIP_ROWS):
            rows = min(STRIP_ROWS, size.height() - y)
            options = QPdfDocumentRenderOptions()
            options.setScaledSize(size)
            options.setScaledClipRect(QRect(0, y, size.width(), rows))
            strip = self.document.render(page, QSize(size.width(), rows), options)
            painter.drawImage(QPoint(left, top + y), strip)

    def open_external(self) -> None:
        url = bytes(QUrl.fromLocalFile(str(self.path.absolute())).toEncoded().data()).decode()
        if not self.prompts.open_url(url):
            self.prompts.error(
                self,
                self.tr("Cannot open the briefing"),
                self.tr("No program to show PDF documents was found for {path}.").format(
                    path=self.path
                ),
            )
