"""Email from the Invoices window: the shown document, previewed and queued, arrives at a real SMTP
server with its PDF; the list's Mail column and the pane say what became of it; after *Create
invoices for a period*, the ones just issued are emailed at once, and a customer without an
address is named, not skipped silently."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.mail.mail_setup import MailSetup
from app.mail.smtp import SmtpTransport
from app.mail.templates import MailTemplates
from app.services.customer_mail import CustomerMail
from app.services.document_mail import DocumentMail
from app.services.mail_courier import MailCourier
from app.settings import Settings
from app.storage.database import Database
from app.ui.office.document_mailing import MailPreviewDialog
from app.ui.office.invoice_model import COL_MAIL, COL_NUMBER
from app.ui.office.invoices_window import InvoicesWindow
from tests.cli.mail_cli import smtp_server
from tests.mail.smtp_server import SmtpServer
from tests.services.invoicing_fixtures import NOW, OFFICE, D, Office
from tests.ui.conftest import LOCALE
from tests.ui.helpers import click
from tests.ui.office.helpers import issue, open_period, select, texts


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with smtp_server() as server:
        yield server


@pytest.fixture
def settings(smtp: SmtpServer) -> Settings:
    mail = {"mail.server": "127.0.0.1", "mail.port": smtp.port, "mail.security": "none",
            "mail.sender": "office@page.example"}  # fmt: skip
    return Settings({**OFFICE, **mail})


def open_window(
    qtbot: QtBot,
    office: Office,
    database: Database,
    clock: ManualClock,
    settings: Settings,
    tmp_path: Path,
) -> InvoicesWindow:
    """The invoices window of an office whose mail goes to the test's SMTP server."""
    mail = CustomerMail(database, clock, settings, MailTemplates(tmp_path / "config"))
    window = InvoicesWindow(
        office.desk, office.ledger, office.credits, office.customers, clock, LOCALE,
        mail=DocumentMail(database, office.desk, mail),
    )  # fmt: skip
    qtbot.addWidget(window.view)
    window.view.show()
    qtbot.waitExposed(window.view)
    return window


def with_email(office: Office, name: str, email: str) -> int:
    customer_id = office.customer(name)
    record = office.customers.get(customer_id)
    office.customers.update_customer(customer_id, replace(record.customer, email=email))
    return customer_id


def courier(database: Database, clock: ManualClock, settings: Settings) -> MailCourier:
    def transport() -> SmtpTransport:
        return SmtpTransport(replace(MailSetup.from_settings(settings), timeout=5.0), lambda: "")

    return MailCourier(database, clock, transport)


def mail_column(window: InvoicesWindow) -> list[tuple[str, ...]]:
    return texts(window.rows, COL_NUMBER, COL_MAIL)


def test_the_shown_invoice_is_previewed_queued_and_arrives_with_its_pdf(
    qtbot: QtBot,
    office: Office,
    database: Database,
    clock: ManualClock,
    settings: Settings,
    smtp: SmtpServer,
    tmp_path: Path,
) -> None:
    bert = with_email(office, "Bert Peeters", "bert@customer.example")
    office.session(bert, 17, 12)
    number = office.desk.create(bert).document.number
    window = open_window(qtbot, office, database, clock, settings, tmp_path)
    select(window, number)
    assert mail_column(window) == [(number, "")]
    assert window.view.mail_state.text() == "Not emailed."
    assert window.view.email_button.isEnabled()

    click(window.view.email_button)
    preview = window.mailing.dialog if window.mailing else None
    assert isinstance(preview, MailPreviewDialog)
    assert preview.to.text() == "bert@customer.example"
    assert preview.subject.text() == f"Invoice {number} – Page Computers BV"
    assert preview.attachments.text() == "Invoice FT 2026-0001.pdf"
    click(preview.ok_button)
    assert window.view.message.text() == (f"Queued for sending: {number} → bert@customer.example.")
    assert mail_column(window) == [(number, "Queued")]

    assert courier(database, clock, settings).send_due().sent == 1
    [arrived] = smtp.received
    assert arrived.message["To"] == "bert@customer.example"
    [pdf] = [part for part in arrived.message.walk() if part.get_filename()]
    assert pdf.get_payload(decode=True) == office.desk.pdf(number)  # as issued, byte for byte
    click(window.view.refresh)
    assert mail_column(window) == [(number, "Sent")]
    assert window.view.mail_state.text().startswith("Email to bert@customer.example: sent (")
    receipt = office.ledger.pay(number, D("15.00"), NOW.date(), "cash").document.number
    click(window.view.refresh)
    current = window.selected()
    assert current is not None
    window.pane.show_row(current, pick=receipt)  # the receipt shown: its own mail, none yet
    assert window.view.mail_state.text() == "Not emailed."


def test_the_ones_a_period_issued_are_emailed_at_once_and_a_missing_address_is_named(
    qtbot: QtBot,
    office: Office,
    database: Database,
    clock: ManualClock,
    settings: Settings,
    smtp: SmtpServer,
    tmp_path: Path,
) -> None:
    ana = with_email(office, "Ana Silva", "ana@customer.example")
    bert = office.customer("Bert Peeters")  # no email address
    office.session(ana, 17, 12)
    office.session(bert, 18, 17)
    window = open_window(qtbot, office, database, clock, settings, tmp_path)
    assert not window.view.email_issued.isVisible()
    period = open_period(window, QDate(2026, 11, 30))
    issue(qtbot, period)
    period.view.accept()
    assert window.view.email_issued.isVisible()
    assert window.view.email_issued.text() == "Email the 2 just issued"

    click(window.view.email_issued)
    text = window.view.message.text()
    assert text.startswith("Queued for sending: FT 2026/0001.")
    assert "Not queued: FT 2026/0002: Bert Peeters has no email address; add one" in text
    assert not window.view.email_issued.isVisible()  # done: not twice by mistake
    assert sorted(mail_column(window)) == [("FT 2026/0001", "Queued"), ("FT 2026/0002", "")]
    assert courier(database, clock, settings).send_due().sent == 1
    assert [m.message["To"] for m in smtp.received] == ["ana@customer.example"]


def test_without_a_server_the_office_is_told_the_mail_waits(
    qtbot: QtBot, office: Office, database: Database, clock: ManualClock, tmp_path: Path
) -> None:
    bert = with_email(office, "Bert Peeters", "bert@customer.example")
    office.session(bert, 17, 12)
    number = office.desk.create(bert).document.number
    window = open_window(qtbot, office, database, clock, Settings(OFFICE), tmp_path)
    select(window, number)
    click(window.view.email_button)
    preview = window.mailing.dialog if window.mailing else None
    assert isinstance(preview, MailPreviewDialog)
    click(preview.ok_button)
    assert window.view.message.text().endswith(
        "Mail is not set up yet: it waits in the outbox until an SMTP server is given in "
        "Office → Settings… (Mail)."
    )
