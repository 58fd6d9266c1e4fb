"""Issuing invoices (or service statements) from the session log, and reading them back.

One currency per invoice (app.services.invoice_plan); the lines are assembled in
app.core.invoice, the number is taken from the series counter inside the issuing transaction, the
printed document is rendered once and its SHA-256 is stored with the JSON it was rendered from.
Issued documents never change: corrections are credit notes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from itertools import groupby
from operator import attrgetter
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as OrmSession

from app.core.clock import Clock
from app.core.document_numbers import check_series
from app.core.errors import DomainError
from app.core.invoice import assemble
from app.core.invoice_document import Party, PrintedDocument
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.money import check_currency
from app.core.policy import Policy
from app.documents.labels import check_language
from app.services.document_records import DRAFT_NUMBER as DRAFT_NUMBER
from app.services.document_records import DraftInvoice as DraftInvoice
from app.services.document_records import IssuedDocument as IssuedDocument
from app.services.document_records import document_row as document_row
from app.services.document_records import invoiced_elsewhere as invoiced_elsewhere
from app.services.document_records import issue_number as issue_number
from app.services.document_records import stored_document
from app.services.errors import NotFoundError
from app.services.invoice_documents import InvoiceDocuments
from app.services.invoice_lines import session_line
from app.services.invoice_plan import PlannedInvoice as Plan
from app.services.invoice_plan import Typed, plan_invoices
from app.services.lookups import customer_row
from app.settings import Settings
from app.storage.billing_rounds import (
    BillableSession,
    bill_in_next_round,
    billable_sessions,
    still_invoiced,
)
from app.storage.database import Database
from app.storage.document_models import INVOICED_ONCE, DocumentRow
from app.storage.faults import breaks_unique
from app.storage.models import CustomerRow, SessionRow

Renderer = Callable[[PrintedDocument], bytes]
PolicyLookup = Callable[[str], Policy]  # by id; a DomainError when it cannot be read

if TYPE_CHECKING:
    from app.services.customer_mail import CustomerMail


@dataclass(frozen=True, slots=True)
class _Choice:
    """What to invoice: sessions up to `until` (or these ids), typed lines, the currency."""

    until: date | None
    session_ids: Sequence[int] | None
    extra: tuple[Typed, ...]
    currency: str | None
    each_currency: bool


class InvoiceDesk:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: Settings,
        renderer: Renderer,
        mail: CustomerMail | None = None,
        policies: PolicyLookup | None = None,
    ) -> None:
        """Without `mail`, documents are issued but cannot be sent (`send=True` is refused);
        `policies` finds a customer's policy for typed lines (without it: none is found)."""
        self._db = db
        self._policies = policies
        self._clock = clock
        self._settings = settings
        self._render = renderer
        self._mail = mail
        self._documents = InvoiceDocuments(settings, clock)

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
        extra: Sequence[Typed] = (),
        series: str | None = None,
        language: str | None = None,
        send: bool = False,
        currency: str | None = None,
    ) -> IssuedDocument:
        """Issue one invoice (or statement) for the customer's priced, uninvoiced, ended sessions
        accepted up to `until` (a local day, included), or the chosen ones, in `currency` (needed
        when they are in several), plus the typed lines `extra` (app.services.invoice_plan; a
        ManualLine without incl./excl. follows the customer's policy).
        With `send`, it is queued for the customer by email in the same transaction."""
        choice = _Choice(until, session_ids, tuple(extra), currency, each_currency=False)
        return self._issue(customer_id, choice, series, language, send)[0]

    def create_each_currency(
        self,
        customer_id: int,
        until: date | None = None,
        extra: Sequence[Typed] = (),
        series: str | None = None,
        language: str | None = None,
        send: bool = False,
        currency: str | None = None,
    ) -> tuple[IssuedDocument, ...]:
        """As `create`, but sessions in several currencies (none chosen) make one invoice per
        currency, by currency code, all issued in one transaction: all of them or none."""
        choice = _Choice(until, None, tuple(extra), currency, each_currency=True)
        return tuple(self._issue(customer_id, choice, series, language, send))

    def _issue(
        self, customer_id: int, choice: _Choice, series: str | None, language: str | None,
        send: bool,
    ) -> list[IssuedDocument]:  # fmt: skip
        s = self._settings
        self.company()
        lang = check_language(language or s["documents.language"])
        series_code = check_series(series or s["documents.invoice_series"])
        zone = self.zone()
        session_ids = choice.session_ids
        if session_ids is None:  # what is to invoice now, to say so if another desk is quicker
            session_ids = self._billable_ids(customer_id, choice.until, zone)
        with self._invoicing_once(customer_id), self._db.transaction() as orm:
            customer = customer_row(orm, customer_id)
            rows = self._billable(orm, customer_id, choice.until, session_ids, zone)
            plans = self._plan(customer, rows, choice)
            issued: list[IssuedDocument] = []
            for plan in plans:
                document = self._documents.draft(orm, customer, plan, lang, zone)
                year = document.issued_at.astimezone(zone).year
                seq, number = issue_number(orm, s["documents.number_format"], series_code, year)
                document = self._documents.numbered(document, number)
                pdf = self._render(document)
                row = document_row(orm, document, customer_id, series_code, year, seq, pdf)
                bill_in_next_round(orm, row)
                orm.add(row)
                ids = tuple(r.id for r in plan.sessions)
                if send:
                    self.queue_mail(orm, IssuedDocument(document, customer_id, (), pdf), row)
                issued.append(IssuedDocument(document, customer_id, ids, pdf))
            return issued

    def _plan(
        self, customer: CustomerRow, rows: list[BillableSession], choice: _Choice
    ) -> list[Plan]:
        currency = check_currency(choice.currency) if choice.currency is not None else None
        return plan_invoices(
            customer.name, rows, choice.extra, currency,
            lambda: self._policy_of(customer), choice.each_currency,
        )  # fmt: skip

    def typed_line_policy(self, customer_id: int) -> Policy | None:
        """The policy typed lines follow for this customer: its currency, VAT rate and whether
        its prices include VAT (None: the customer has none, nor is one offered to new ones)."""
        with self._db.reading() as orm:
            return self._policy_of(customer_row(orm, customer_id))

    def _policy_of(self, customer: CustomerRow) -> Policy | None:
        """The customer's policy (else the one offered for new customers), for typed lines."""
        policy_id = customer.policy_id or self._settings["customers.default_policy"]
        if not policy_id or self._policies is None:
            return None
        return self._policies(policy_id)

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
            document = stored_document(row)
        if language and check_language(language) != document.language:
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
        return self._documents.zone()

    def company(self) -> Party:
        return self._documents.company()

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
    ) -> list[BillableSession]:
        rows = billable_sessions(orm, customer_id, _day_after(until, zone))
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

    # -- drafts: what `create` would issue, for the office to check first --------------------

    def preview(
        self,
        customer_id: int,
        until: date | None = None,
        language: str | None = None,
        session_ids: Sequence[int] | None = None,
        extra: Sequence[Typed] = (),
        currency: str | None = None,
    ) -> PrintedDocument:
        """The invoice `create` would issue now for the same choice, numbered DRAFT and without a
        payment reference or QR code (both come from the number). Nothing is written."""
        lang = check_language(language or self._settings["documents.language"])
        self.company()
        zone = self.zone()
        choice = _Choice(until, session_ids, tuple(extra), currency, each_currency=False)
        with self._db.reading() as orm:
            customer = customer_row(orm, customer_id)
            rows = self._billable(orm, customer_id, until, session_ids, zone)
            (plan,) = self._plan(customer, rows, choice)
            return self._documents.draft(orm, customer, plan, lang, zone)

    def customers_to_invoice(self, until: date | None = None) -> list[DraftInvoice]:
        """Every customer with priced, uninvoiced, ended sessions accepted up to `until`, by name,
        one draft per currency with its sessions and total, or the sentence saying why it
        cannot be issued. All customers' sessions are read in one query."""
        self.company()  # the same refusal `create` would give, once rather than per customer
        lang = check_language(self._settings["documents.language"])
        zone = self.zone()
        drafts: list[DraftInvoice] = []
        with self._db.reading() as orm:
            waiting = billable_sessions(orm, None, _day_after(until, zone))
            # by customer name, then id: each customer's sessions come one after the other
            for _, group in groupby(waiting, key=attrgetter("customer_id")):
                rows = list(group)
                drafts.extend(self._drafts(orm, rows[0].customer_id, rows[0].customer, rows,
                                           zone, lang))  # fmt: skip
        return drafts

    def drafts_of(self, customer_id: int, until: date | None = None) -> list[DraftInvoice]:
        """The customer's drafts up to `until`, one per currency; none when nothing waits."""
        lang = check_language(self._settings["documents.language"])
        zone = self.zone()
        with self._db.reading() as orm:
            customer = customer_row(orm, customer_id)
            rows = self._billable(orm, customer_id, until, None, zone)
            if not rows:
                return []
            return self._drafts(orm, customer.id, customer.name, rows, zone, lang)

    def _drafts(
        self, orm: OrmSession, customer_id: int, name: str, rows: list[BillableSession],
        zone: ZoneInfo, lang: str,
    ) -> list[DraftInvoice]:  # fmt: skip
        """One draft per currency, with the same lines and totals as `create` would issue."""
        drafts: list[DraftInvoice] = []
        try:
            plans = plan_invoices(name, rows, (), None, lambda: None, True)
        except DomainError as error:  # nothing left: another desk has just invoiced it
            ids = tuple(row.id for row in rows)
            return [DraftInvoice(customer_id, name, ids, problem=str(error))]
        for plan in plans:
            ids = tuple(row.id for row in plan.sessions)
            try:
                lines = [session_line(orm, row, zone, lang) for row in plan.sessions]
                total = assemble(lines, plan.currency).total
            except DomainError as error:
                drafts.append(DraftInvoice(customer_id, name, ids, plan.currency,
                                           problem=str(error)))  # fmt: skip
                continue
            drafts.append(DraftInvoice(customer_id, name, ids, plan.currency, total))
        return drafts


def _day_after(until: date | None, zone: ZoneInfo) -> datetime | None:
    """The start of the day after `until` in `zone`: sessions accepted before it are "up to"."""
    if until is None:
        return None
    return datetime.combine(until + timedelta(days=1), time(), tzinfo=zone)


def _invoiced_among(customer_id: int, session_ids: set[int]) -> Select[int]:
    """One of the customer's `session_ids` that is on an invoice already (and not released)."""
    return (
        select(SessionRow.id)
        .where(SessionRow.customer_id == customer_id, SessionRow.id.in_(session_ids))
        .where(still_invoiced(SessionRow.id))
        .limit(1)
    )
