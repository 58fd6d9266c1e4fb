"""What a stored session becomes on an invoice: one line whose agreed amount is the session's
gross where its policy's prices include VAT and its net where they do not, so that VAT is added
once, on the invoice (app.core.invoice.assemble); and the session's entry in the session log.

Whether a price includes VAT, and at which rate, is read from the policy snapshot the session was
priced with — not from today's policy file, which may have changed since.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session as OrmSession

from app.core.invoice import LineInput
from app.core.invoice_document import Party
from app.core.invoice_document import SessionLogEntry as LogEntry
from app.core.policy_file import policy_from_text
from app.core.timetext import format_hms
from app.storage.billing_rounds import BillableSession
from app.storage.models import CustomerRow, PolicySnapshotRow

_SESSION = {"en": "Remote session", "pt": "Assistência remota", "nl": "Hulp op afstand"}
_DAYS = {"en": "{n} days", "pt": "{n} dias", "nl": "{n} dagen"}


def session_line(orm: OrmSession, row: BillableSession, zone: ZoneInfo, lang: str) -> LineInput:
    """The invoice line of a priced, ended session, described in `lang` at local times."""
    charge = row.charge
    vat, inclusive = vat_of(orm, charge.policy_digest)
    start, end = row.accepted_at.astimezone(zone), row.ended_at.astimezone(zone)
    tool = f", {row.tool}" if row.tool else ""
    description = (
        f"{_SESSION[lang]} {start:%Y-%m-%d} {start:%H:%M}–{end:%H:%M} "
        f"({format_hms(row.duration_seconds or 0)}{tool})"
    )
    how = [f"{line.description} × {line.quantity}: {line.amount:.2f}" for line in charge.lines]
    if charge.free_seconds:
        how.append(f"free minutes used: {charge.free_seconds // 60}")
    if not charge.lines:
        how.append(f"{row.outcome}: not charged")
    return LineInput.priced(
        description, charge.net, charge.total, vat, inclusive, "; ".join(how), row.id
    )


def vat_of(orm: OrmSession, digest: str) -> tuple[Decimal, bool]:
    """(VAT %, prices include VAT) of the policy snapshot a session was priced with; read once
    per database session (a snapshot never changes), not once per invoice line."""
    known: dict[str, tuple[Decimal, bool]] = orm.info.setdefault(_VAT_BY_DIGEST, {})
    if digest not in known:
        snapshot = orm.get(PolicySnapshotRow, digest)
        assert snapshot is not None
        known[digest] = _vat_from_text(snapshot.text)
    return known[digest]


_VAT_BY_DIGEST = "invoice_lines.vat_by_digest"


@cache
def _vat_from_text(text: str) -> tuple[Decimal, bool]:
    policy = policy_from_text(text, "snapshot")
    return policy.vat_percent, policy.prices_include_vat


def log_entry(row: BillableSession) -> LogEntry:
    return LogEntry(row.accepted_at, row.ended_at, row.duration_seconds or 0, row.tool or "",
                    row.remote_id, row.outcome or "")  # fmt: skip


def party(customer: CustomerRow) -> Party:
    return Party(customer.name, customer.address, customer.vat_id, customer.email, customer.phone)


def payment_terms(days: int, lang: str) -> str:
    return _DAYS[lang].format(n=days)
