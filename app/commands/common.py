"""What every `assistdesk` subcommand shares: opening the services, JSON out, dates and times."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from app.paths import AppPaths

if TYPE_CHECKING:
    from app.services.appointments import AppointmentBook
    from app.services.charging import SessionCharger
    from app.services.customers import CustomerService
    from app.services.paid_services import PaidServiceBook
    from app.services.sessions import SessionService
    from app.storage.database import Database

Handler = Callable[[argparse.Namespace, AppPaths, str], int]
Subcommands = argparse._SubParsersAction  # what each area's register() adds its parsers to


def whole_number(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number")
    return int(text)


@dataclass(frozen=True)
class Services:
    db: Database
    customers: CustomerService
    sessions: SessionService
    paid_services: PaidServiceBook
    charger: SessionCharger
    appointments: AppointmentBook


class open_services:  # noqa: N801 - used as a context manager, reads as a phrase
    """Open the database (upgrading it if needed) and hand out the services for one command."""

    def __init__(self, url: str, paths: AppPaths) -> None:
        self._url = url
        self._paths = paths
        self._db: Database | None = None

    def __enter__(self) -> Services:
        from app.core.clock import SystemClock
        from app.services.appointments import AppointmentBook
        from app.services.charging import SessionCharger
        from app.services.customers import CustomerService
        from app.services.paid_services import PaidServiceBook
        from app.services.policies import PolicyCatalogue
        from app.services.sessions import SessionService
        from app.storage.database import open_database

        self._db, _ = open_database(self._url)
        clock = SystemClock()
        policies = PolicyCatalogue(self._paths).resolve
        charger = SessionCharger(policies)
        sessions = SessionService(self._db, clock, charger=charger)
        return Services(
            self._db,
            CustomerService(self._db, clock),
            sessions,
            PaidServiceBook(self._db, clock),
            charger,
            AppointmentBook(self._db, clock, policies, sessions.workstation),
        )

    def __exit__(self, *_exc: object) -> None:
        if self._db is not None:
            self._db.dispose()


def local_midnight(day: date) -> datetime:
    """The start of `day` in the system's time zone (daylight saving included)."""
    return datetime.combine(day, time()).astimezone()


def utc_text(instant: datetime | None) -> str | None:
    return instant.isoformat().replace("+00:00", "Z") if instant else None


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=None)
    sys.stdout.write("\n")
