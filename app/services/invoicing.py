"""Issuing invoices (or service statements) from the session log, and reading them back.

One transaction per document: the lines are assembled in app.core.invoice, the number is taken
from the series counter, the printed document is rendered once and its SHA-256 is stored with the
JSON it was rendered from. Issued documents never change: corrections are credit notes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import joinedload

from app.core.clock import Clock
from app.core.document_numbers import check_series, format_number
from app.core.errors import DomainError
from app.core.invoice import InvoiceTotals, LineInput, assemble
from app.core.invoice_document import BankDetails, DocumentKind, Party, PrintedDocument
from app.core.invoice_document import SessionLogEntry as LogEntry
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.payment_reference import creditor_reference, epc_qr_payload
from app.core.policy_file import policy_from_text
from app.core.timetext import format_hms
from app.core.vat_number import check_vat_number
from app.documents.labels import check_language
from app.documents.snapshot import from_json, to_json
from app.local_time import computer_zone
from app.services.errors import ConflictError, NotFoundError
from app.setting_rules import logo_bytes
from app.settings import Settings
from app.storage.billing_rounds import bill_in_next_round, still_invoiced
from app.storage.database import Database
from app.storage.document_models import INVOICED_ONCE, DocumentLineRow, DocumentRow
from app.storage.faults import breaks_unique
from app.storage.models import CustomerRow, PolicySnapshotRow, SessionChargeRow, SessionRow
from app.storage.numbering import number_taken, take_number

Renderer = Callable[[PrintedDocument], bytes]

if TYPE_CHECKING:
    from app.services.customer_mail import CustomerMail


@dataclass(frozen=True, slots=True)
class IssuedDocument:
    document: PrintedDocument
    customer_id: int
    session_ids: tuple[int, ...]
    pdf: bytes


class InvoiceDesk:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: Settings,
        renderer: Renderer,
        mail: CustomerMail | None = None,
    ) -> None:
        """Without `mail`, documents are issued but cannot be sent (`send=True` is refused)."""
        self._db = db
        self._clock = clock
        self._settings = settings
        self._render = renderer
        self._mail = mail

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def renderer(self) -> Renderer:
        return self._render

    def create(
        self,
        customer_id: int,
        until: date | None = None,
        session_ids: Sequence[int] | None = None,
        extra: Sequence[LineInput] = (),
        series: str | None = None,
        language: str | None = None,
        send: bool = False,
    ) -> IssuedDocument:
        """Issue one invoice (or statement) for the customer's priced, uninvoiced, ended sessions
        accepted up to `until` (a local day, included), or the chosen ones, plus `extra` lines.
        With `send`, it is queued for the customer by email in the same transaction."""
        s = self._settings
        company = self.company()
        lang = check_language(language or s["documents.language"])
        kind = DocumentKind(s["documents.type"])
        series_code = check_series(series or s["documents.invoice_series"])
        zone = self.zone()
        now = self._clock.now()
        if session_ids is None:  # what is to invoice now, to say so if another desk is quicker
            session_ids = self._billable_ids(customer_id, until, zone)
        with self._invoicing_once(customer_id), self._db.transaction() as orm:
            customer = orm.get(CustomerRow, customer_id)
            if customer is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Messages", "Customer {id} does not exist.").format(
                        id=customer_id
                    )
                )
            rows = self._billable(orm, customer_id, until, session_ids, zone)
            if not rows and not extra:
                raise DomainError(
                    QT_TRANSLATE_NOOP("Messages", "{name} has nothing to invoice.").format(
                        name=customer.name
                    )
                )
            currencies = {row.charge.currency for row in rows if row.charge}
            if len(currencies) > 1:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{name}'s sessions are in {currencies}; invoice each currency separately.",
                    ).format(name=customer.name, currencies=", ".join(sorted(currencies)))
                )
            if not currencies:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Manual lines need a session on the same invoice."
                    ).format()
                )
            currency = currencies.pop()
            lines = [self._session_line(orm, row, zone, lang) for row in rows] + list(extra)
            totals = assemble(lines, currency)
            year = now.astimezone(zone).year
            seq, number = issue_number(orm, s["documents.number_format"], series_code, year)
            due = now.astimezone(zone).date() + timedelta(days=s["documents.payment_days"])
            reference = creditor_reference(number)
            bank = BankDetails(s["company.iban"], s["company.bic"]) if s["company.iban"] else None
            qr = ""
            if bank and currency == "EUR" and totals.total > 0:
                qr = epc_qr_payload(s["company.name"], bank.iban, totals.total, reference, bank.bic)
            document = PrintedDocument(
                kind=kind, number=number, issued_at=now, currency=currency, language=lang,
                timezone=zone.key, company=company, customer=_party(customer),
                totals=totals, due_date=due, payment_terms=_days(s["documents.payment_days"], lang),
                bank=bank, payment_reference=reference, qr_payload=qr,
                session_log=tuple(_log_entry(row) for row in rows), logo=self._logo(),
            )  # fmt: skip
            pdf = self._render(document)
            row = document_row(document, customer_id, series_code, year, seq, pdf)
            bill_in_next_round(orm, row)
            orm.add(row)
            if send:
                self.queue_mail(orm, IssuedDocument(document, customer_id, (), pdf), row)
            return IssuedDocument(document, customer_id, tuple(r.id for r in rows), pdf)

    def queue_mail(self, orm: OrmSession, issued: IssuedDocument, row: DocumentRow) -> None:
        """Queue an issued document for its customer, in the issuing transaction."""
        if self._mail is None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Mail is not available here, so the document cannot be sent."
                ).format()
            )
        orm.flush()
        self._mail.document_issued(orm, issued.document, issued.pdf, issued.customer_id, row.id)

    def pdf(self, number: str, language: str | None = None) -> bytes:
        """The issued document rendered again: the same bytes as when issued (same language)."""
        with self._db.reading() as orm:
            row = self.find(orm, number)
            document = from_json(row.content)
        if language and check_language(language) != document.language:
            from dataclasses import replace

            document = replace(document, language=check_language(language))
        return self._render(document)

    # -- helpers shared with payments ---------------------------------------------------------

    @staticmethod
    def find(orm: OrmSession, number: str) -> DocumentRow:
        row = orm.scalars(select(DocumentRow).where(DocumentRow.number == number.strip())).first()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Messages", "No document is numbered {number!r}.").format(
                    number=number
                )
            )
        return row

    def zone(self) -> ZoneInfo:
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
                    'Set the company\'s name first (assistdesk settings set company.name "…").',
                ).format()
            )
        vat_id = check_vat_number(s["company.vat_id"])
        return Party(s["company.name"], s["company.address"], vat_id,
                     s["company.email"], s["company.phone"])  # fmt: skip

    # -- internals ---------------------------------------------------------------------------

    @contextmanager
    def _invoicing_once(self, customer_id: int) -> Iterator[None]:
        """Issue inside this: when another workstation has just put one of the sessions on its
        own invoice, the database refuses the second (a unique constraint on the invoice lines'
        session and billing round), the whole transaction rolls back with its number, and the
        user is told."""
        try:
            yield
        except IntegrityError as error:
            if not breaks_unique(
                error, INVOICED_ONCE, "document_lines", "session_id", "billing_round"
            ):
                raise
            with self._db.reading() as orm:
                customer = orm.get(CustomerRow, customer_id)
                name = customer.name if customer else str(customer_id)
            raise invoiced_elsewhere(name) from None

    def _billable_ids(self, customer_id: int, until: date | None, zone: ZoneInfo) -> list[int]:
        with self._db.reading() as orm:
            return [row.id for row in self._billable(orm, customer_id, until, None, zone)]

    def _billable(
        self,
        orm: OrmSession,
        customer_id: int,
        until: date | None,
        session_ids: Sequence[int] | None,
        zone: ZoneInfo,
    ) -> list[SessionRow]:
        query = (
            select(SessionRow)
            .join(SessionChargeRow, SessionChargeRow.session_id == SessionRow.id)
            .where(SessionRow.customer_id == customer_id, SessionRow.state == "ended")
            .where(~still_invoiced(SessionRow.id))
            .options(joinedload(SessionRow.charge).joinedload(SessionChargeRow.lines))
            .order_by(SessionRow.accepted_at, SessionRow.id)
        )
        if until is not None:
            end = datetime.combine(until + timedelta(days=1), time(), tzinfo=zone)
            query = query.where(SessionRow.accepted_at < end)
        rows = list(orm.scalars(query).unique())
        if session_ids is not None:
            wanted = set(session_ids)
            missing = wanted - {row.id for row in rows}
            if missing and orm.scalar(_invoiced_among(customer_id, missing)) is not None:
                customer = orm.get(CustomerRow, customer_id)
                raise invoiced_elsewhere(customer.name if customer else str(customer_id))
            if missing:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Session {id} is not this customer's priced, uninvoiced session.",
                    ).format(id=min(missing))
                )
            rows = [row for row in rows if row.id in wanted]
        return rows

    def _session_line(
        self, orm: OrmSession, row: SessionRow, zone: ZoneInfo, lang: str
    ) -> LineInput:
        charge = row.charge
        assert charge is not None
        assert row.accepted_at is not None
        assert row.ended_at is not None
        vat, inclusive = _vat_of(orm, charge.policy_digest)
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
        return LineInput(
            description, Decimal(1), charge.total, vat, inclusive, "; ".join(how), row.id
        )

    def _currency_of(self, extra: Sequence[LineInput]) -> str:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Manual lines alone need a currency; add them to an invoice with sessions.",
            ).format()
        )

    def _logo(self) -> bytes | None:
        """The logo's bytes, checked as when it was set (it may have changed since)."""
        path = self._settings["company.logo"]
        return logo_bytes(path) if path else None

    # -- drafts: what `create` would issue, for the office to check first --------------------

    def preview(
        self,
        customer_id: int,
        until: date | None = None,
        language: str | None = None,
        session_ids: Sequence[int] | None = None,
    ) -> PrintedDocument:
        """The invoice `create` would issue now for the same choice, numbered DRAFT and without a
        payment reference or QR code (both come from the number). Nothing is written."""
        s = self._settings
        company, logo = self.company(), self._logo()
        lang = check_language(language or s["documents.language"])
        zone, now = self.zone(), self._clock.now()
        with self._db.reading() as orm:
            customer = orm.get(CustomerRow, customer_id)
            if customer is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Messages", "Customer {id} does not exist.").format(
                        id=customer_id
                    )
                )
            rows = self._billable(orm, customer_id, until, session_ids, zone)
            currency, totals = self._draft_totals(orm, customer, rows, zone, lang)
            bank = BankDetails(s["company.iban"], s["company.bic"]) if s["company.iban"] else None
            return PrintedDocument(
                kind=DocumentKind(s["documents.type"]), number=DRAFT_NUMBER, issued_at=now,
                currency=currency, language=lang, timezone=zone.key, company=company,
                customer=_party(customer), totals=totals,
                due_date=now.astimezone(zone).date() + timedelta(days=s["documents.payment_days"]),
                payment_terms=_days(s["documents.payment_days"], lang), bank=bank,
                session_log=tuple(_log_entry(row) for row in rows), logo=logo,
            )  # fmt: skip

    def customers_to_invoice(self, until: date | None = None) -> list[DraftInvoice]:
        """Every customer with priced, uninvoiced, ended sessions accepted up to `until`, by name,
        with the draft's sessions and total, or the sentence saying why it cannot be issued."""
        self.company()  # the same refusal `create` would give, once rather than per customer
        lang = check_language(self._settings["documents.language"])
        zone = self.zone()
        waiting = (
            select(SessionRow.customer_id)
            .join(SessionChargeRow, SessionChargeRow.session_id == SessionRow.id)
            .where(SessionRow.state == "ended", ~still_invoiced(SessionRow.id))
        )
        if until is not None:
            end = datetime.combine(until + timedelta(days=1), time(), tzinfo=zone)
            waiting = waiting.where(SessionRow.accepted_at < end)
        drafts: list[DraftInvoice] = []
        with self._db.reading() as orm:
            customers = orm.scalars(
                select(CustomerRow)
                .where(CustomerRow.id.in_(waiting))
                .order_by(CustomerRow.name, CustomerRow.id)
            ).all()
            for customer in customers:
                rows = self._billable(orm, customer.id, until, None, zone)
                ids = tuple(row.id for row in rows)
                try:
                    currency, totals = self._draft_totals(orm, customer, rows, zone, lang)
                except DomainError as error:
                    drafts.append(DraftInvoice(customer.id, customer.name, ids, problem=str(error)))
                    continue
                drafts.append(DraftInvoice(customer.id, customer.name, ids, currency, totals.total))
        return drafts

    def _draft_totals(
        self, orm: OrmSession, customer: CustomerRow, rows: list[SessionRow], zone: ZoneInfo,
        lang: str,
    ) -> tuple[str, InvoiceTotals]:  # fmt: skip
        """The same checks and the same lines as `create`, for sessions alone."""
        if not rows:
            raise DomainError(
                QT_TRANSLATE_NOOP("Messages", "{name} has nothing to invoice.").format(
                    name=customer.name
                )
            )
        currencies = sorted({row.charge.currency for row in rows if row.charge})
        if len(currencies) > 1:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{name}'s sessions are in {currencies}; invoice each currency separately.",
                ).format(name=customer.name, currencies=", ".join(currencies))
            )
        lines = [self._session_line(orm, row, zone, lang) for row in rows]
        return currencies[0], assemble(lines, currencies[0])


def _invoiced_among(customer_id: int, session_ids: set[int]) -> Select[int]:
    """One of the customer's `session_ids` that is on an invoice already (and not released)."""
    return (
        select(SessionRow.id)
        .where(SessionRow.customer_id == customer_id, SessionRow.id.in_(session_ids))
        .where(still_invoiced(SessionRow.id))
        .limit(1)
    )


def invoiced_elsewhere(name: str) -> ConflictError:
    """What the workstation that lost the race to invoice the same sessions is told."""
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{name}'s sessions were just invoiced on another workstation; nothing was issued "
            "and no invoice number was used.",
        ).format(name=name)
    )


_SESSION = {"en": "Remote session", "pt": "Assistência remota", "nl": "Hulp op afstand"}
_DAYS = {"en": "{n} days", "pt": "{n} dias", "nl": "{n} dagen"}


def _days(n: int, lang: str) -> str:
    return _DAYS[lang].format(n=n)


@cache
def _vat_from_text(text: str) -> tuple[Decimal, bool]:
    policy = policy_from_text(text, "snapshot")
    return policy.vat_percent, policy.prices_include_vat


def _vat_of(orm: OrmSession, digest: str) -> tuple[Decimal, bool]:
    snapshot = orm.get(PolicySnapshotRow, digest)
    assert snapshot is not None
    return _vat_from_text(snapshot.text)


def _party(customer: CustomerRow) -> Party:
    return Party(customer.name, customer.address, customer.vat_id, customer.email, customer.phone)


def _log_entry(row: SessionRow) -> LogEntry:
    assert row.accepted_at is not None
    assert row.ended_at is not None
    return LogEntry(row.accepted_at, row.ended_at, row.duration_seconds or 0, row.tool or "",
                    row.remote_id, row.outcome or "")  # fmt: skip


def document_row(
    document: PrintedDocument, customer_id: int, series: str, year: int, seq: int, pdf: bytes
) -> DocumentRow:
    t = document.totals
    return DocumentRow(
        kind=document.kind.value, series=series, year=year, seq=seq, number=document.number,
        customer_id=customer_id, issued_at=document.issued_at, due_date=document.due_date,
        currency=document.currency, net=t.net, vat_total=t.vat_total, total=t.total,
        content=to_json(document), pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        lines=[
            DocumentLineRow(seq=i, description=ln.description, detail=ln.detail,
                            quantity=ln.quantity, unit_price=ln.unit_price, net=ln.net,
                            vat_percent=ln.vat_percent, session_id=ln.session_id)
            for i, ln in enumerate(t.lines, 1)
        ],
    )  # fmt: skip


DRAFT_NUMBER = "DRAFT"  # what a preview is numbered: the real number is taken when it is issued


@dataclass(frozen=True, slots=True)
class DraftInvoice:
    """An invoice not issued yet: whose it would be, which sessions, and its total."""

    customer_id: int
    customer: str
    session_ids: tuple[int, ...]
    currency: str = ""
    total: Decimal | None = None  # None when it cannot be issued as it stands
    problem: str = ""  # why not, in one sentence


def issue_number(orm: OrmSession, pattern: str, series: str, year: int) -> tuple[int, str]:
    """The next sequence of `series` in `year` and the number it makes, inside the issuing
    transaction; a number some document already has is refused (nothing is issued)."""
    seq = take_number(orm, series, year)
    number = format_number(pattern, series, year, seq).text
    if number_taken(orm, number):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The number {number} is already on another document (the number format was "
                "changed since); choose a number format that makes new numbers.",
            ).format(number=number)
        )
    return seq, number
