"""What one line of the invoices list says, and which lines a filter keeps. Plain Python: the
rows come from the ledger's summaries (issued invoices) and the desk's drafts (not issued yet).
The labels and period names are in English, marked for translation; the views translate them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.services.document_mail import MailState
from app.services.invoicing import DraftInvoice
from app.services.payments import InvoiceSummary
from app.ui.i18n import QT_TRANSLATE_NOOP

DRAFT = "draft"
STATUS_LABELS = {
    DRAFT: QT_TRANSLATE_NOOP("Invoices", "Draft"),
    "issued": QT_TRANSLATE_NOOP("Invoices", "Issued"),
    "partly_paid": QT_TRANSLATE_NOOP("Invoices", "Partly paid"),
    "paid": QT_TRANSLATE_NOOP("Invoices", "Paid"),
    "overdue": QT_TRANSLATE_NOOP("Invoices", "Overdue"),
    "credited": QT_TRANSLATE_NOOP("Invoices", "Credited"),
    "settled": QT_TRANSLATE_NOOP("Invoices", "Settled"),  # an invoice of nothing: 0.00
}
ALL_DATES = QT_TRANSLATE_NOOP("Invoices", "All dates")
THIS_MONTH = QT_TRANSLATE_NOOP("Invoices", "This month")
LAST_MONTH = QT_TRANSLATE_NOOP("Invoices", "Last month")
THIS_YEAR = QT_TRANSLATE_NOOP("Invoices", "This year")
LAST_YEAR = QT_TRANSLATE_NOOP("Invoices", "Last year")
PERIODS = (ALL_DATES, THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR)
Period = tuple[date, date] | None  # first and last day, both included; None: any day


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """An issued invoice (it has a number) or a draft (it has the sessions it would bill)."""

    number: str
    customer_id: int
    customer: str
    issued_on: date | None
    due_date: date | None
    currency: str
    total: Decimal | None
    paid: Decimal | None
    open_amount: Decimal | None
    status: str  # a key of STATUS_LABELS
    session_ids: tuple[int, ...] = ()
    problem: str = ""  # why a draft cannot be issued as it stands
    mail: MailState | None = None  # the latest message that carried it, if it was emailed

    @property
    def is_draft(self) -> bool:
        return self.status == DRAFT


def from_summary(summary: InvoiceSummary, mail: MailState | None = None) -> InvoiceRow:
    return InvoiceRow(
        summary.number, summary.customer_id, summary.customer, summary.issued_on,
        summary.due_date, summary.currency, summary.total, summary.paid, summary.open_amount,
        summary.status.value, mail=mail,
    )  # fmt: skip


def from_draft(draft: DraftInvoice) -> InvoiceRow:
    return InvoiceRow(
        "", draft.customer_id, draft.customer, None, None, draft.currency, draft.total, None,
        draft.total, DRAFT, draft.session_ids, draft.problem,
    )  # fmt: skip


def invoice_rows(
    summaries: Iterable[InvoiceSummary],
    drafts: Iterable[DraftInvoice],
    mail: Mapping[str, MailState] | None = None,
) -> list[InvoiceRow]:
    """Drafts first (they need doing), then the issued invoices, newest first; `mail`: the
    latest message of each invoice emailed, by number."""
    mailed = mail or {}
    issued = sorted(
        (from_summary(s, mailed.get(s.number)) for s in summaries),
        key=lambda row: (row.issued_on or date.min, row.number),
        reverse=True,
    )
    return [from_draft(d) for d in drafts] + issued


def period_range(period: str, today: date) -> Period:
    """The days a period choice covers, counted from `today` in the office's zone."""
    first_of_month = today.replace(day=1)
    if period == THIS_MONTH:
        return first_of_month, _month_end(first_of_month)
    if period == LAST_MONTH:
        last = first_of_month.toordinal() - 1
        return date.fromordinal(last).replace(day=1), date.fromordinal(last)
    if period == THIS_YEAR:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if period == LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None


def _month_end(first: date) -> date:
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def row_matches(
    row: InvoiceRow, status: str, customer_text: str, period: Period, today: date
) -> bool:
    """`status` "" keeps every status; a draft counts as issued today for the period."""
    if status and row.status != status:
        return False
    if customer_text and customer_text.casefold() not in row.customer.casefold():
        return False
    if period is None:
        return True
    day = row.issued_on or today
    return period[0] <= day <= period[1]
