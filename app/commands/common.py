"""What every `assistdesk` subcommand shares: opening the services, JSON out, dates and times."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from functools import cached_property
from itertools import islice
from typing import TYPE_CHECKING

from app.paths import AppPaths

if TYPE_CHECKING:
    from app.core.clock import Clock
    from app.core.policy import Policy
    from app.services.appointments import AppointmentBook
    from app.services.charging import SessionCharger
    from app.services.credit_notes import CreditNotes
    from app.services.customer_mail import CustomerMail
    from app.services.customers import CustomerService
    from app.services.invoicing import InvoiceDesk
    from app.services.paid_services import PaidServiceBook
    from app.services.payments import InvoiceLedger
    from app.services.session_history import SessionHistory
    from app.services.session_listing import SessionListing
    from app.services.sessions import SessionService
    from app.storage.database import Database

    PolicyLookup = Callable[[str], Policy]

Handler = Callable[[argparse.Namespace, AppPaths, str], int]
Subcommands = argparse._SubParsersAction  # what each area's register() adds its parsers to


LARGEST_ID = 2**31 - 1  # an INTEGER column on PostgreSQL (SQLite's hold more)
_DIGITS = frozenset("0123456789")


def whole_number(smallest: int = 0, largest: int = LARGEST_ID) -> Callable[[str], int]:
    """An argparse type: a whole number from `smallest` to `largest` written with the digits 0-9
    only (`int()` would also take "²" or Arabic-Indic digits). Refused: exit status 2 with one
    sentence that names the option, before any database is opened."""

    def parse(text: str) -> int:
        written = text.strip()
        significant = written.lstrip("0") or "0"
        if written and set(written) <= _DIGITS and len(significant) <= len(str(largest)):
            value = int(significant)
            if smallest <= value <= largest:
                return value
        shown = text if len(text) <= 40 else f"{text[:37]}..."
        raise argparse.ArgumentTypeError(
            f"{shown!r} is not a whole number from {smallest} to {largest}"
        )

    return parse


def check_output_name(output: str, paths: AppPaths, url: str) -> None:
    """Refuse, before any work, an `--output` name that cannot be written (see write_output)."""
    from app.services.output_file import check_output
    from app.services.own_files import OwnFiles

    if output != "-":
        check_output(output, OwnFiles.of(paths, url))


def write_output(output: str, data: bytes, paths: AppPaths, url: str) -> None:
    """Write `data` to the file named `output` (app.services.output_file), or to standard output
    for "-". A name that cannot be written is a DomainError (exit status 2), and so is a symbolic
    link or one of AssistDesk's own files (the database at `url`, the folders of `paths`); a disk
    that fails while writing is a WriteFailedError (exit status 1)."""
    from app.services.output_file import write_file
    from app.services.own_files import OwnFiles

    if output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    write_file(output, data, OwnFiles.of(paths, url))


class Services:
    """The services one command needs, on one open database, each built (and its modules
    imported) only when the command asks for it: `session list` loads neither the documents
    (reportlab) nor mail, appointments or pricing."""

    def __init__(self, db: Database, paths: AppPaths, clock: Clock) -> None:
        self.db, self.clock, self._paths = db, clock, paths

    @cached_property
    def policies(self) -> PolicyLookup:
        from app.services.policies import PolicyCatalogue

        return PolicyCatalogue(self._paths).resolve

    @cached_property
    def charger(self) -> SessionCharger:
        from app.services.charging import SessionCharger

        return SessionCharger(self.policies)

    @cached_property
    def customers(self) -> CustomerService:
        from app.services.customers import CustomerService

        return CustomerService(self.db, self.clock)

    @cached_property
    def sessions(self) -> SessionService:
        from app.services.sessions import SessionService

        return SessionService(self.db, self.clock, charger=self.charger)

    @cached_property
    def paid_services(self) -> PaidServiceBook:
        from app.services.paid_services import PaidServiceBook

        return PaidServiceBook(self.db, self.clock, self.charger.policy)

    @cached_property
    def appointments(self) -> AppointmentBook:
        from app.services.appointments import AppointmentBook

        return AppointmentBook(
            self.db, self.clock, self.policies, self.sessions.workstation, lambda: self.mail
        )  # mail is read only when an invitation or calendar update is due

    @cached_property
    def listing(self) -> SessionListing:
        from app.services.session_listing import SessionListing

        return SessionListing(self.db)

    @cached_property
    def invoices(self) -> InvoiceDesk:
        from app.documents.invoice_pdf import render_pdf
        from app.services.invoicing import InvoiceDesk
        from app.settings import Settings

        settings = Settings.load(self._paths.config_dir)
        return InvoiceDesk(self.db, self.clock, settings, render_pdf, self.mail, self.policies)

    @cached_property
    def mail(self) -> CustomerMail:
        """Messages to customers, queued in the outbox (sent by `assistdesk mail send-pending`)."""
        from app.mail.templates import MailTemplates
        from app.services.customer_mail import CustomerMail
        from app.settings import Settings

        settings = Settings.load(self._paths.config_dir)
        templates = MailTemplates(self._paths.config_dir)
        return CustomerMail(self.db, self.clock, settings, templates, self.charger)

    @cached_property
    def ledger(self) -> InvoiceLedger:
        from app.services.payments import InvoiceLedger

        desk = self.invoices
        return InvoiceLedger(self.db, self.clock, desk.settings, desk.renderer, desk)

    @cached_property
    def credits(self) -> CreditNotes:
        from app.services.credit_notes import CreditNotes

        desk = self.invoices
        return CreditNotes(self.db, self.clock, desk.settings, desk.renderer, desk)

    @cached_property
    def history(self) -> SessionHistory:
        from app.services.session_history import SessionHistory

        return SessionHistory(self.db)


class open_services:  # noqa: N801 - used as a context manager, reads as a phrase
    """Open the database (upgrading it if needed) and hand out the services for one command."""

    def __init__(self, url: str, paths: AppPaths, clock: Clock) -> None:
        self._url = url
        self._paths = paths
        self._clock = clock
        self._db: Database | None = None

    def __enter__(self) -> Services:
        from app.storage.database import open_database

        self._db, _ = open_database(self._url, clock=self._clock)
        return Services(self._db, self._paths, self._clock)

    def __exit__(self, *_exc: object) -> None:
        if self._db is not None:
            self._db.dispose()


def local_midnight(day: date) -> datetime:
    """The start of `day` in the system's time zone (daylight saving included)."""
    return datetime.combine(day, time()).astimezone()


def utc_text(instant: datetime | None) -> str | None:
    return instant.isoformat().replace("+00:00", "Z") if instant else None


def print_json(value: object) -> None:
    """One line of JSON on stdout. A Decimal is written as a string in plain notation ("20",
    "15.00", never "2E+1"), with the decimals it has."""
    sys.stdout.write(_dumps(value))  # dumps, not dump: json.dump encodes in pure Python
    sys.stdout.write("\n")


def print_json_array(items: Iterable[object], batch: int = 1000) -> None:
    """`print_json` of a list of `items`, the same characters, written `batch` items at a time
    rather than held in memory whole."""
    out, rest = sys.stdout, iter(items)
    out.write("[")
    separator = ""
    while chunk := list(islice(rest, batch)):
        out.write(separator + _dumps(chunk)[1:-1])
        separator = ", "
    out.write("]\n")


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=None, default=_json_value)


def _json_value(value: object) -> object:
    from decimal import Decimal

    from app.core.money import plain

    if isinstance(value, Decimal):
        return plain(value)
    raise TypeError(f"{type(value).__name__} is not written as JSON")
