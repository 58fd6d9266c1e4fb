"""Opening the database for the GUI: the one place app.ui reaches app.storage.

`open_desk` runs on a worker thread (see app.ui.shell.launch). It imports SQLAlchemy, the storage
layer and the services — together several times the cost of showing the window — opens and, if
needed, upgrades the database, and reads what the window shows first: the log's first page, today's
appointments and the sessions a crash left open. The UI thread then only builds widgets from plain
records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.clock import Clock
from app.core.records import SessionDetail, SessionFilter, SessionRecord
from app.paths import AppPaths
from app.ui.i18n import translate

if TYPE_CHECKING:
    from app.core.appointment import AppointmentRecord
    from app.services.appointments import AppointmentBook
    from app.services.customers import CustomerService
    from app.services.policies import PolicyCatalogue
    from app.services.sessions import SessionService
    from app.storage.database import Database, UpgradeReport
    from app.ui.office.office_services import OfficeServices

LOG_FILTER = SessionFilter(newest_first=True)  # what the session log lists, in its order
PAGE_SIZE = 100  # sessions read at a time as the log scrolls


@dataclass(frozen=True)
class OpenedDesk:
    """An open database, its services, and the first things the window shows."""

    db: Database
    upgrade: UpgradeReport
    customers: CustomerService
    sessions: SessionService
    first_page: list[SessionRecord]
    open_sessions: list[SessionDetail]
    catalogue: PolicyCatalogue  # the policies sessions are priced with, for the Policies page
    appointments: AppointmentBook
    today: list[AppointmentRecord]  # today's appointments, in the system's time zone
    office: OfficeServices | None = None  # invoices, outbox, settings: the Office menu

    def where(self) -> tuple[str, str]:
        """Where the data lives, and a note on the upgrade just done, for the status bar."""
        backup = self.upgrade.backup
        if not self.upgrade.changed:
            return self.db.describe(), ""
        if self.upgrade.from_revision is None:  # a new, empty database
            created = translate("OpenedDesk", "{where} (created)")
            return created.format(where=self.db.describe()), translate(
                "OpenedDesk", "A new database was created here."
            )
        revision = self.upgrade.from_revision
        if backup:
            note = translate(
                "OpenedDesk",
                "Upgraded from schema {revision}; the previous file was copied to {backup}.",
            )
        else:
            note = translate("OpenedDesk", "Upgraded from schema {revision}.")
        upgraded = translate("OpenedDesk", "{where} (upgraded)")
        return upgraded.format(where=self.db.describe()), note.format(
            revision=revision, backup=backup
        )


def open_desk(db_url: str, clock: Clock, paths: AppPaths) -> OpenedDesk:
    """Open (and if needed upgrade) the database, build the services, read the first log page.
    Sessions are priced with the policies of `paths` (presets and the office's own files).

    Raises the DomainError of app.storage.database.open_database (one sentence for the user)
    when the database cannot be used."""
    from app.services.appointments import AppointmentBook
    from app.services.charging import SessionCharger
    from app.services.customers import CustomerService
    from app.services.policies import PolicyCatalogue
    from app.services.sessions import SessionService, technician_setting
    from app.storage.database import open_database
    from app.ui.office.office_services import open_office
    from app.ui.today.schedule_text import day_bounds

    db, report = open_database(db_url, clock=clock, check_in_background=True)
    try:
        catalogue = PolicyCatalogue(paths)
        charger = SessionCharger(catalogue.resolve)
        office = open_office(db, clock, paths, charger)
        technician = technician_setting(paths.config_dir)  # read as each session opens
        sessions = SessionService(
            db, clock, charger=charger, mail=office.mail, technician=technician
        )
        appointments = AppointmentBook(
            db, clock, catalogue.resolve, sessions.workstation, mail=office.mail
        )
        return OpenedDesk(
            db=db,
            upgrade=report,
            customers=CustomerService(db, clock),
            sessions=sessions,
            first_page=sessions.list(LOG_FILTER, 0, PAGE_SIZE),
            open_sessions=sessions.open_sessions(),
            catalogue=catalogue,
            appointments=appointments,
            today=appointments.between(*day_bounds(clock.now(), None)),
            office=office,
        )
    except BaseException:
        db.dispose()
        raise
