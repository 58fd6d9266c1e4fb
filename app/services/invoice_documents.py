"""The printed invoice one planned invoice makes: the company from the settings, the customer, the
lines and totals assembled once (app.core.invoice), the due date and payment terms, the session
log; and, once the number is taken, the payment reference and QR code made from it. A draft is
the same document numbered DRAFT, so a preview shows what issuing will print."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session as OrmSession

from app.core.clock import Clock
from app.core.errors import DomainError
from app.core.invoice import assemble
from app.core.invoice_document import BankDetails, DocumentKind, Party, PrintedDocument
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.payment_reference import creditor_reference, epc_qr_payload
from app.core.vat_number import check_vat_number
from app.local_time import computer_zone
from app.services.document_records import DRAFT_NUMBER
from app.services.invoice_lines import log_entry, party, payment_terms, session_line
from app.services.invoice_plan import PlannedInvoice
from app.setting_rules import logo_bytes
from app.settings import Settings
from app.storage.models import CustomerRow


class InvoiceDocuments:
    def __init__(self, settings: Settings, clock: Clock) -> None:
        self._settings = settings
        self._clock = clock

    def draft(
        self, orm: OrmSession, customer: CustomerRow, plan: PlannedInvoice, lang: str,
        zone: ZoneInfo,
    ) -> PrintedDocument:  # fmt: skip
        """The document `plan` makes, numbered DRAFT, with no payment reference or QR code."""
        s = self._settings
        now = self._clock.now()
        lines = [session_line(orm, row, zone, lang) for row in plan.sessions]
        totals = assemble([*lines, *plan.manual], plan.currency)
        days = s["documents.payment_days"]
        bank = BankDetails(s["company.iban"], s["company.bic"]) if s["company.iban"] else None
        return PrintedDocument(
            kind=DocumentKind(s["documents.type"]), number=DRAFT_NUMBER, issued_at=now,
            currency=plan.currency, language=lang, timezone=zone.key, company=self.company(),
            customer=party(customer), totals=totals,
            due_date=now.astimezone(zone).date() + timedelta(days=days),
            payment_terms=payment_terms(days, lang), bank=bank,
            session_log=tuple(log_entry(row) for row in plan.sessions), logo=self.logo(),
        )  # fmt: skip

    def numbered(self, document: PrintedDocument, number: str) -> PrintedDocument:
        """The document with its number, and the payment reference and QR code made from it."""
        reference = creditor_reference(number)
        bank, total = document.bank, document.totals.total
        qr = ""
        if bank and document.currency == "EUR" and total > 0:
            name = self._settings["company.name"]
            qr = epc_qr_payload(name, bank.iban, total, reference, bank.bic)
        return replace(document, number=number, payment_reference=reference, qr_payload=qr)

    def zone(self) -> ZoneInfo:
        """Where documents' dates and times are: the setting, else this computer's zone."""
        name = self._settings["documents.timezone"]
        if name:
            return ZoneInfo(name)
        return computer_zone()

    def company(self) -> Party:
        s = self._settings
        if not s["company.name"]:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Set the company's name first: Office → Settings…, Company name (the setting "
                    "company.name).",
                ).format()
            )
        vat_id = check_vat_number(s["company.vat_id"])
        return Party(s["company.name"], s["company.address"], vat_id,
                     s["company.email"], s["company.phone"])  # fmt: skip

    def logo(self) -> bytes | None:
        """The logo's bytes, checked as when it was set (it may have changed since)."""
        path = self._settings["company.logo"]
        return logo_bytes(path) if path else None
