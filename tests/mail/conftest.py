"""The mail tests' office: services wired with mail, a real SMTP server on 127.0.0.1, an in-memory
keyring, and a SQLite database (the outbox's storage runs on both backends in tests/storage)."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.policy import Policy
from app.core.policy_file import load_policy
from app.documents.invoice_pdf import render_pdf
from app.mail.mail_setup import SMTP_PASSWORD, MailSetup
from app.mail.smtp import SmtpTransport
from app.mail.templates import MailTemplates
from app.resources import resource
from app.services.appointments import AppointmentBook
from app.services.charging import SessionCharger
from app.services.credit_notes import CreditNotes
from app.services.customer_mail import CustomerMail
from app.services.customers import CustomerService
from app.services.invoicing import InvoiceDesk
from app.services.mail_courier import MailCourier
from app.services.outbox import Outbox
from app.services.payments import InvoiceLedger
from app.services.sessions import SessionService
from app.settings import Settings
from app.storage.database import Database, open_database
from app.tools.secret_store import KeyringSecretStore
from tests.mail.smtp_server import PASSWORD, USER, Recorder, SmtpServer, free_port
from tests.memory_keyring import MemoryKeyring

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # a Tuesday, 15:00 in Lisbon
OFFICE = {
    "company.name": "Page Computers BV", "company.address": "Kerkstraat 12, 9000 Gent",
    "company.email": "info@page.example", "company.phone": "+32 9 123 45 67",
    "company.iban": "BE68 5390 0754 7034", "company.bic": "GKCCBEBB",
    "documents.timezone": "Europe/Brussels", "technician.name": "Jan",
    "mail.server": "127.0.0.1", "mail.security": "none", "mail.sender": "office@page.example",
}  # fmt: skip


def lookup(policy_id: str) -> Policy:
    return load_policy(resource("policies", f"{policy_id}.toml"))


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer(Recorder(), free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mail_db(tmp_path: Path) -> Iterator[Database]:
    db, _ = open_database(f"sqlite:///{tmp_path / 'mail.sqlite3'}")
    try:
        yield db
    finally:
        db.dispose()


class MailOffice:
    """Everything an office uses, with mail, on one database and one clock."""

    def __init__(
        self, db: Database, clock: ManualClock, port: int, config_dir: Path,
        settings: dict[str, object] | None = None, tls: ssl.SSLContext | None = None,
    ) -> None:  # fmt: skip
        self.db, self.clock = db, clock
        self.settings = Settings({**OFFICE, "mail.port": port, **(settings or {})})
        self.store = KeyringSecretStore()
        charger = SessionCharger(lookup)
        self.mail = CustomerMail(db, clock, self.settings, MailTemplates(config_dir), charger)
        self.customers = CustomerService(db, clock)
        self.sessions = SessionService(db, clock, "desk", charger, self.mail)
        self.book = AppointmentBook(db, clock, lookup, "desk", self.mail)
        self.desk = InvoiceDesk(db, clock, self.settings, render_pdf, self.mail)
        self.ledger = InvoiceLedger(db, clock, self.settings, render_pdf, self.desk)
        self.credits = CreditNotes(db, clock, self.settings, render_pdf, self.desk)
        self.outbox = Outbox(db, clock, bool(self.settings["mail.review"]))  # as the app wires it
        self._tls = tls
        self.courier = MailCourier(db, clock, self.transport)

    def transport(self) -> SmtpTransport:
        setup = replace(MailSetup.from_settings(self.settings), timeout=5.0)
        return SmtpTransport(setup, lambda: self.store.get(SMTP_PASSWORD), self._tls)

    def customer(self, name: str, policy: str, email: str = "") -> int:
        email = email or f"{name.split()[0].lower()}@customer.example"
        return self.customers.add_customer(Customer(name, email=email, policy_id=policy)).id


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def office(
    mail_db: Database, clock: ManualClock, smtp: SmtpServer, tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> MailOffice:  # fmt: skip
    return MailOffice(mail_db, clock, smtp.port, tmp_path / "config")


__all__ = ["PASSWORD", "USER", "MailOffice"]
