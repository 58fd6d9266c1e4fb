"""Printing the shown document, the amounts the payment and credit dialogs understand, the one
entry point, and an office whose company name is not set yet."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.documents.invoice_pdf import render_pdf
from app.storage.database import Database
from app.ui.office.document_pane import file_name
from app.ui.office.invoices_view import InvoicesView
from app.ui.office.invoices_window import InvoicesWindow, open_invoices_window
from app.ui.office.ledger_dialogs import parse_amount
from app.ui.office.pdf_preview import PdfPreview, print_pdf
from tests.services.invoicing_fixtures import Office
from tests.ui.conftest import LOCALE
from tests.ui.helpers import click
from tests.ui.office.conftest import MakeWindow
from tests.ui.office.helpers import invoices, select


@pytest.fixture
def long_invoice(office: Office) -> str:
    """An invoice of 40 sessions: its session log runs onto more pages."""
    ana = office.customer("Ana Silva")
    for day in range(1, 21):
        office.session(ana, day, 12)
        office.session(ana, day, 20)
    return office.desk.create(ana).document.number


def printed_pages(path: Path) -> int:
    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_print_paints_every_page_of_the_shown_document(
    qtbot: QtBot,
    make_window: MakeWindow,
    long_invoice: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = make_window()
    select(window, long_invoice)
    pages = window.view.preview.page_count()
    assert pages > 1
    assert window.view.pages.text() == f"{pages} pages"
    output = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        assert dialog.windowTitle() == f"Print {long_invoice}"
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(output))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    click(window.view.print_button)
    assert printed_pages(output) == pages
    assert window.view.message.text() == f"{long_invoice} sent to the printer ({pages} page(s))."


def test_print_keeps_to_the_pages_asked_for(qtbot: QtBot, tmp_path: Path, office: Office) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    ana = office.customer("Ana")
    for day in range(1, 21):
        office.session(ana, day, 12)
        office.session(ana, day, 20)
    preview.show_pdf(render_pdf(office.desk.preview(ana)))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setFromTo(2, 2)
    assert print_pdf(preview.pdf, printer) == 1
    assert printed_pages(tmp_path / "two.pdf") == 1


def test_a_pdf_qtpdf_cannot_read_is_one_sentence(qtbot: QtBot) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    with pytest.raises(DomainError, match="its PDF cannot be read"):
        preview.show_pdf(b"not a pdf")


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("35", "35"), ("35.5", "35.5"), ("35,50", "35.50"), ("1.234,50", "1234.50"),
     ("€ 1,234.50", "1234.50"), ("1,250", "1250"), ("0,05", "0.05")],
)  # fmt: skip
def test_amounts_are_read_in_either_notation(typed: str, amount: str) -> None:
    assert parse_amount(typed) == Decimal(amount)


@pytest.mark.parametrize("typed", ["", "twenty", "€", "12.5.x", "12 EUR", "1-2"])
def test_what_is_not_an_amount_is_said_so(typed: str) -> None:
    with pytest.raises(DomainError, match=r"is not an amount; write it like 12\.50"):
        parse_amount(typed)


def test_file_names_hold_no_slash_and_no_space() -> None:
    assert file_name("FT 2026/0007") == "FT-2026-0007.pdf"
    assert file_name('A:B*C?"D<E>F|G\\H') == "A-B-C--D-E-F-G-H.pdf"
    assert file_name("NC T\t2026/0001") == "NC-T-2026-0001.pdf"


def test_the_entry_point_opens_one_window_per_parent(
    qtbot: QtBot, office: Office, clock: ManualClock
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    args = (office.desk, office.ledger, office.credits, office.customers, clock, LOCALE)
    first = open_invoices_window(parent, *args)
    assert isinstance(first, InvoicesView)
    assert first.isVisible()
    assert first.windowTitle() == "Invoices"
    assert invoices_shown(first) == []
    first.close()
    office.session(office.customer("Ana"), 17, 12)
    assert open_invoices_window(parent, *args) is first
    assert first.isVisible()
    assert invoices_shown(first) == [("Draft", "Ana", "€15.00", "Draft")]


def invoices_shown(view: QWidget) -> list[tuple[str, ...]]:
    controller = view.findChild(InvoicesWindow)
    assert controller is not None
    return invoices(controller)


def test_without_a_company_name_drafts_say_what_to_do(
    qtbot: QtBot, database: Database, clock: ManualClock, error_dialogs: list[str]
) -> None:
    office = Office(database, clock, renderer=render_pdf, settings={"company.name": ""})
    office.session(office.customer("Ana"), 17, 12)
    window = InvoicesWindow(
        office.desk, office.ledger, office.credits, office.customers, clock, LOCALE
    )
    qtbot.addWidget(window.view)
    window.view.show()
    sentence = (
        "Set the company's name first: Office → Settings…, Company name (the setting company.name)."
    )
    assert window.view.notice.text() == f"Drafts cannot be listed: {sentence}"
    assert not window.view.notice.isHidden()
    assert invoices(window) == []
    click(window.view.create_period)
    assert error_dialogs == [sentence]
    error_dialogs.clear()
