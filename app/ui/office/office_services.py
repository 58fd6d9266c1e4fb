"""The office's services behind the desk's menus — invoices, payments, the outbox, the session
history, the settings and the mail sender — built once the database is open, on the worker
thread that opens it (see app.ui.shell.opening), so the UI thread only wires them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.clock import Clock
from app.paths import AppPaths

if TYPE_CHECKING:
    from app.services.charging import SessionCharger
    from app.services.credit_notes import CreditNotes
    from app.services.customer_mail import CustomerMail
    from app.services.document_mail import DocumentMail
    from app.services.invoicing import InvoiceDesk
    from app.services.mail_worker import MailWorker
    from app.services.outbox import Outbox
    from app.services.own_files import OwnFiles
    from app.services.payments import InvoiceLedger
    from app.services.session_history import SessionHistory
    from app.settings import Settings
    from app.storage.database import Database
    from app.tools.secret_store import SecretStore


@dataclass
class OfficeServices:
    """`settings`: the file's, read leniently — a value that breaks a rule is refused where it
    is used, and the desk names it in the status bar; `mail_worker`: the background sender,
    present when the file names an SMTP server (`mail.server`), started by the launcher once the
    desk is shown and stopped at exit."""

    paths: AppPaths
    settings: Settings
    invoices: InvoiceDesk
    ledger: InvoiceLedger
    credits: CreditNotes
    outbox: Outbox
    history: SessionHistory
    mail_worker: MailWorker | None = None
    mail: CustomerMail | None = None  # queues summaries, invitations and documents
    own_files: OwnFiles | None = None  # what a saved document must never replace
    db: Database | None = None  # for a mail sender started later (follow)
    clock: Clock | None = None
    document_mail: DocumentMail | None = None  # issued documents emailed later, and their state

    def follow(self, saved: Settings) -> MailWorker | None:
        """The settings file was saved: every office service reads it from now on (invoicing
        the company's details, the sender its server); a sender is made when mail has just
        been set up, returned for the caller to start (None otherwise)."""
        self.settings.adopt(saved)
        if self.mail_worker is not None or self.db is None or self.clock is None:
            return None
        self.mail_worker = mail_worker_for(self.db, self.clock, self.settings)
        return self.mail_worker


def open_office(
    db: Database, clock: Clock, paths: AppPaths, charger: SessionCharger | None = None
) -> OfficeServices:
    """Build the office's services over an open database; reads the settings file."""
    from app.documents.invoice_pdf import render_pdf
    from app.mail.templates import MailTemplates
    from app.services.credit_notes import CreditNotes
    from app.services.customer_mail import CustomerMail
    from app.services.document_mail import DocumentMail
    from app.services.invoicing import InvoiceDesk
    from app.services.outbox import Outbox
    from app.services.own_files import OwnFiles
    from app.services.payments import InvoiceLedger
    from app.services.policies import PolicyCatalogue
    from app.services.session_history import SessionHistory
    from app.settings import Settings

    settings = Settings.load(paths.config_dir)  # never the defaults in its place
    mail = CustomerMail(db, clock, settings, MailTemplates(paths.config_dir), charger)
    invoices = InvoiceDesk(db, clock, settings, render_pdf, mail, PolicyCatalogue(paths).resolve)
    return OfficeServices(
        paths=paths,
        settings=settings,
        invoices=invoices,
        ledger=InvoiceLedger(db, clock, settings, render_pdf, invoices),
        credits=CreditNotes(db, clock, settings, render_pdf, invoices),
        outbox=Outbox(db, clock, lambda: bool(settings.preference("mail.review"))),  # as saved
        history=SessionHistory(db),
        mail_worker=mail_worker_for(db, clock, settings),
        mail=mail,
        own_files=OwnFiles.of(paths, db.url),
        db=db,
        clock=clock,
        document_mail=DocumentMail(db, invoices, mail),
    )


def mail_worker_for(
    db: Database, clock: Clock, settings: Settings, store: SecretStore | None = None
) -> MailWorker | None:
    """The background sender for these settings; None when no SMTP server is set. A server
    whose settings break a rule still gets one: its sends wait, saying which setting to fix."""
    if not settings.written("mail.server"):
        return None
    from app.mail.mail_setup import SMTP_PASSWORD, MailSetup
    from app.mail.smtp import SmtpTransport
    from app.services.mail_courier import MailCourier
    from app.services.mail_worker import MailWorker
    from app.tools.secret_store import KeyringSecretStore

    secrets: SecretStore = store or KeyringSecretStore()

    def transport() -> SmtpTransport:
        return SmtpTransport(MailSetup.from_settings(settings), lambda: secrets.get(SMTP_PASSWORD))

    return MailWorker(MailCourier(db, clock, transport))
