"""What a printed document says: an invoice, a receipt, a credit note or a service statement.

Built once by the services from stored records; the PDF renderer, the GUI preview and email all
read this, so the numbers on paper are the numbers on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from app.core.invoice import InvoiceTotals
from app.core.messages import QT_TRANSLATE_NOOP


class DocumentKind(StrEnum):
    INVOICE = "invoice"
    STATEMENT = "statement"  # where legal invoices must come from certified software (PT)
    RECEIPT = "receipt"
    CREDIT_NOTE = "credit_note"


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    address: str = ""
    vat_id: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class BankDetails:
    iban: str
    bic: str = ""


@dataclass(frozen=True, slots=True)
class SessionLogEntry:
    """One session in the appendix: the record that settles a dispute."""

    accepted_at: datetime
    ended_at: datetime
    duration_seconds: int
    tool: str
    remote_id: str
    outcome: str
    evidence: str = ""  # what the remote tool's own log says, where known


@dataclass(frozen=True, slots=True)
class Settlement:
    """What a receipt's payment did to one invoice."""

    invoice: str  # its number
    amount: Decimal  # of the payment, applied to it
    open_after: Decimal  # what is still open on it afterwards


# The renderer that draws documents issued now; each document keeps the version it was drawn
# with, so that rendering it again gives the same bytes (app.documents keeps each version).
RENDERER_VERSION = 2
DRAWN_BY_A_NEWER_RENDERER = QT_TRANSLATE_NOOP(
    "Messages",
    "{number} was drawn by a newer AssistDesk (document layout {version}); update AssistDesk "
    "to print it.",
)


@dataclass(frozen=True, slots=True)
class PrintedDocument:
    kind: DocumentKind
    number: str
    issued_at: datetime
    currency: str
    language: str  # en, pt or nl
    timezone: str  # local times are shown in this zone
    company: Party
    customer: Party
    totals: InvoiceTotals
    due_date: date | None = None
    payment_terms: str = ""  # e.g. "14 days"
    bank: BankDetails | None = None
    payment_reference: str = ""  # ISO 11649 "RF…"
    qr_payload: str = ""  # EPC QR for euro transfers
    corrects: str = ""  # the invoice a credit note corrects
    reason: str = ""  # why a credit note was issued
    paid_amount: Decimal | None = None  # receipts: what was received
    paid_on: date | None = None
    payment_method: str = ""
    session_log: tuple[SessionLogEntry, ...] = ()
    logo: bytes | None = None
    settles: tuple[Settlement, ...] = ()  # receipts: the invoice(s) the payment went to
    customer_credit: Decimal | None = None  # receipts: the customer's credit afterwards
    # A document built now is drawn by today's renderer; one derived from an issued document's
    # snapshot (a receipt, a credit note) is stamped again when it is issued. Snapshots from
    # before versions were kept read as 1 (app.documents.snapshot).
    renderer_version: int = RENDERER_VERSION
