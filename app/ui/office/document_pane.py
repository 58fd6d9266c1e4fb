"""The right-hand pane of the invoices window: the selected invoice's documents (the invoice, its
receipts and credit notes), the chosen one's PDF, Print and Save as.

An issued document is shown, printed and saved from `InvoiceDesk.pdf(number)`: the bytes whose
SHA-256 was stored when it was issued. A draft is drawn from `InvoiceDesk.preview` by the same
renderer, numbered DRAFT, and can be neither printed nor saved: it is not a document yet.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from app.core.errors import DomainError
from app.core.invoice_document import DocumentKind
from app.services.invoicing import InvoiceDesk
from app.services.output_file import check_output, write_file
from app.services.own_files import OwnFiles
from app.services.payments import InvoiceLedger
from app.ui.error_dialog import reporting_errors, show_error
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.office.invoice_rows import InvoiceRow
from app.ui.office.invoices_view import InvoicesView
from app.ui.office.pdf_preview import print_pdf

KIND_LABELS = {
    DocumentKind.INVOICE: QT_TRANSLATE_NOOP("DocumentPane", "invoice"),
    DocumentKind.STATEMENT: QT_TRANSLATE_NOOP("DocumentPane", "service statement"),
    DocumentKind.RECEIPT: QT_TRANSLATE_NOOP("DocumentPane", "receipt"),
    DocumentKind.CREDIT_NOTE: QT_TRANSLATE_NOOP("DocumentPane", "credit note"),
}
DRAFT_LABEL = QT_TRANSLATE_NOOP("DocumentPane", "Draft (not issued)")


def page_count_text(count: int) -> str:
    """ "1 page", "3 pages"; nothing for no pages."""
    if count == 1:
        return translate("DocumentPane", "1 page")
    return translate("DocumentPane", "{count} pages").format(count=count) if count else ""


def file_name(number: str) -> str:
    """ "FT 2026/0007" → "FT-2026-0007.pdf": no character a file name cannot hold, and no space
    (a name that needs no quoting when it is mailed or typed)."""
    return re.sub(r'[\\/:*?"<>|\s]', "-", number.strip()) + ".pdf"


class DocumentPane(QObject):
    """Wires the document half of an InvoicesView; `shown` carries the number now previewed."""

    shown = Signal(str)  # "" for a draft or nothing

    def __init__(
        self, view: InvoicesView, desk: InvoiceDesk, ledger: InvoiceLedger,
        today: Callable[[], date], own_files: OwnFiles | None = None,
    ) -> None:  # fmt: skip
        super().__init__(view)
        self.view, self._desk, self._ledger, self._today = view, desk, ledger, today
        self._own = own_files or OwnFiles(())  # a saved PDF never replaces these, nor a link
        self._row: InvoiceRow | None = None
        self.folder = Path.home()  # where Save as starts; then where the last file went
        view.document.currentIndexChanged.connect(self._show_current)
        view.print_button.clicked.connect(self.print_document)
        view.save_button.clicked.connect(self.save_document)
        self._enable()

    @property
    def number(self) -> str:
        """The issued document in the preview, or "" (a draft, or nothing)."""
        return str(self.view.document.currentData() or "")

    def show_row(self, row: InvoiceRow | None, pick: str = "") -> None:
        """Show the row's invoice (or `pick`, one of its receipts or credit notes). The same row
        again (a sort, a filter, a refresh that changed nothing) is not drawn again."""
        if row == self._row and not pick:
            return
        self._row = row
        combo = self.view.document
        combo.blockSignals(True)
        combo.clear()
        documents: list[tuple[str, DocumentKind]] = []
        if row is not None and not row.is_draft:
            with reporting_errors(self.view):
                documents = self._ledger.documents_of(row.number)
        for number, kind in documents:
            combo.addItem(f"{number} ({translate('DocumentPane', KIND_LABELS[kind])})", number)
        if row is not None and row.is_draft:
            combo.addItem(translate("DocumentPane", DRAFT_LABEL), "")
        combo.setCurrentIndex(max(combo.findData(pick), 0) if pick else 0)
        combo.blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        view, row = self.view, self._row
        view.preview.clear()
        view.pages.setText("")
        if row is not None and row.is_draft and row.problem:
            view.pages.setText(row.problem)
        elif row is not None:
            try:
                view.preview.show_pdf(self._pdf(row))
            except DomainError as error:
                show_error(view, error)
            count = view.preview.page_count()
            view.pages.setText(page_count_text(count))
        self._enable()
        self.shown.emit(self.number)

    def _pdf(self, row: InvoiceRow) -> bytes:
        if row.is_draft:
            draft = self._desk.preview(
                row.customer_id, until=self._today(), session_ids=row.session_ids
            )
            return self._desk.renderer(draft)
        return self._desk.pdf(self.number)

    def _enable(self) -> None:
        printable = bool(self.number) and self.view.preview.page_count() > 0
        self.view.print_button.setEnabled(printable)
        self.view.save_button.setEnabled(printable)

    def print_document(self) -> None:
        number, pdf = self.number, self.view.preview.pdf
        if not number:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(number)
        dialog = QPrintDialog(printer, self.view)
        dialog.setWindowTitle(translate("DocumentPane", "Print {number}").format(number=number))
        dialog.setMinMax(1, pdf.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        with reporting_errors(self.view):
            pages = print_pdf(pdf, printer)
            sent = translate("DocumentPane", "{number} sent to the printer ({pages} page(s)).")
            self.view.message.setText(sent.format(number=number, pages=pages))

    def save_document(self) -> None:
        number = self.number
        if not number:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self.view,
            translate("DocumentPane", "Save {number} as").format(number=number),
            str(self.folder / file_name(number)),
            translate("DocumentPane", "PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".pdf")
        with reporting_errors(self.view):
            check_output(path, self._own)  # a name that cannot be written: before the PDF is made
            write_file(path, self._desk.pdf(number), self._own)  # all of it or nothing
            self.folder = path.parent
            saved = translate("DocumentPane", "{number} saved as {path}.")
            self.view.message.setText(saved.format(number=number, path=path))
