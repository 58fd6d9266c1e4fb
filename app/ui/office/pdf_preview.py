"""A PDF shown in the window (QtPdf draws the very bytes that are saved and sent), and the same
pages painted on a printer.

QPdfDocument reads from a QBuffer; the buffer and the bytes under it live as long as the document
shows them, so a preview replaced mid-paint never reads freed memory.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.errors import DomainError
from app.ui.i18n import translate

PRINT_DPI = 300  # enough for text and the QR code; a 1200 dpi A4 page would be half a gigabyte


class PdfPreview(QWidget):
    """Shows one PDF at a time, all pages one under the other, as wide as the pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setMinimumWidth(360)

    def show_pdf(self, data: bytes) -> None:
        """Show `data`; a file QtPdf cannot read is a bug upstream, said in one sentence."""
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)  # closes what was shown before
        old, self._buffer = self._buffer, buffer
        if old is not None:
            old.close()
        if self.pdf.status() is not QPdfDocument.Status.Ready:
            raise DomainError(
                translate("PdfPreview", "The document could not be shown: its PDF cannot be read.")
            )

    def clear(self) -> None:
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None

    def page_count(self) -> int:
        return self.pdf.pageCount()

    def text(self) -> str:
        """Every page's text, as QtPdf reads it: what the preview shows, in words."""
        return "\n".join(self.pdf.getAllText(page).text() for page in range(self.page_count()))


def print_pdf(pdf: QPdfDocument, printer: QPrinter) -> int:
    """Paint the pages the printer asks for (all, or its from–to range) and return how many."""
    count = pdf.pageCount()
    first = max(printer.fromPage(), 1) - 1
    last = min(printer.toPage() or count, count) - 1
    if count == 0 or first > last:
        return 0
    dpi = min(printer.resolution(), PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise DomainError(
            translate(
                "PdfPreview", "The printer could not be started; check that it is on and ready."
            )
        )
    try:
        for page in range(first, last + 1):
            if page > first:
                printer.newPage()
            points = pdf.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = pdf.render(page, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()
    return last - first + 1
