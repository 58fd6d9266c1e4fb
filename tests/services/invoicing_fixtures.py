"""Shared set-up for the invoicing tests: an office with settings, customers and priced sessions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from app.core.clock import ManualClock
from app.core.invoice_document import PrintedDocument
from app.core.parties import Customer
from app.core.session import Outcome
from app.services.charging import SessionCharger
from app.services.credit_notes import CreditNotes
from app.services.customers import CustomerService
from app.services.invoicing import InvoiceDesk, Renderer
from app.services.payments import InvoiceLedger
from app.services.sessions import SessionService
from app.settings import Settings
from app.storage.database import Database
from tests.vat_policies import lookup as lookup  # the presets and the VAT test policies

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
OFFICE = {
    "company.name": "Page Computers BV", "company.address": "Kerkstraat 12, 9000 Gent",
    "company.vat_id": "BE0403170701", "company.iban": "BE68 5390 0754 7034",
    "company.bic": "GKCCBEBB", "documents.timezone": "Europe/Brussels",
}  # fmt: skip


def quick_pdf(document: PrintedDocument) -> bytes:
    """A stand-in renderer for tests about numbers, not paper."""
    return f"{document.kind}:{document.number}:{document.totals.total}".encode()


class Office:
    def __init__(
        self,
        db: Database,
        clock: ManualClock,
        renderer: Renderer = quick_pdf,
        settings: dict[str, object] | None = None,
    ) -> None:
        self.settings = Settings({**OFFICE, **(settings or {})})
        self.clock = clock
        self.customers = CustomerService(db, clock)
        self.sessions = SessionService(
            db, clock, workstation="desk", charger=SessionCharger(lookup)
        )
        self.desk = InvoiceDesk(db, clock, self.settings, renderer, policies=lookup)
        self.ledger = InvoiceLedger(db, clock, self.settings, renderer, self.desk)
        self.credits = CreditNotes(db, clock, self.settings, renderer, self.desk)

    def customer(self, name: str, policy: str = "page-computers") -> int:
        return self.customers.add_customer(Customer(name, policy_id=policy, vat_id="")).id

    def session(
        self, customer_id: int, day: int, minutes: int, outcome: Outcome = Outcome.RESOLVED,
        policy: str | None = None, offer: Decimal | None = None,
    ) -> int:  # fmt: skip
        """A past session on 2026-11-DAY at 09:00 UTC, priced by the customer's policy or
        `policy`."""
        start = datetime(2026, 11, day, 9, 0, tzinfo=UTC)
        record = self.sessions.record_past(
            customer_id, start, start + timedelta(minutes=minutes), outcome, policy_id=policy,
            offer=offer,
        )  # fmt: skip
        return record.record.id


D = Decimal
