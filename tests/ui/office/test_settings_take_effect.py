"""Settings saved in the dialog take effect at once in the office (issue 17): a shop that enters
its company details after starting AssistDesk can invoice its waiting sessions without a restart,
and a listing that cannot be made says why instead of "Nobody has sessions to invoice"."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.paths import AppPaths
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.settings import Settings
from app.storage.database import Database
from app.ui.office.invoices_window import InvoicesWindow
from app.ui.office.office_services import open_office
from app.ui.office.settings_dialog import SettingsDialog
from app.ui.shell.desk import Desk
from tests.services.invoicing_fixtures import Office
from tests.ui.conftest import LOCALE, shown
from tests.ui.helpers import click
from tests.ui.office.helpers import invoices, open_period, texts

NOVEMBER_END = QDate(2026, 11, 30)
REFUSAL = (
    "Set the company's name first: Office → Settings…, Company name (the setting company.name)."
)


def new_shop(
    qtbot: QtBot,
    database: Database,
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    app_paths: AppPaths,
) -> Desk:
    """A desk whose settings file names no company yet, two customers' sessions priced."""
    Settings().save(app_paths.config_dir)
    office = Office(database, clock)  # only to record priced sessions
    for name, day in (("Ana Silva", 17), ("Bert Peeters", 18)):
        office.session(office.customer(name), day, 12)
    services = open_office(database, clock, app_paths)
    return shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, office=services))


def save_company(qtbot: QtBot, desk: Desk, name: str) -> None:
    """Office ▸ Settings…, Company name, Save."""
    desk.menus.open_settings()
    dialog = desk.menus.windows["settings"]
    assert isinstance(dialog, SettingsDialog)
    field = dialog.fields["company.name"]
    assert isinstance(field, QLineEdit)
    field.setText(name)
    click(dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def invoices_window(desk: Desk) -> InvoicesWindow:
    """Office ▸ Invoices: the window's controller."""
    desk.menus.open_invoices()
    window = desk.window.findChild(InvoicesWindow)
    assert isinstance(window, InvoicesWindow)
    return window


def test_company_details_saved_after_start_are_used_for_invoicing_at_once(
    qtbot: QtBot,
    database: Database,
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    app_paths: AppPaths,
    error_dialogs: list[str],
) -> None:
    desk = new_shop(qtbot, database, customers, sessions, clock, app_paths)
    window = invoices_window(desk)
    assert window.view.notice.text() == "Drafts cannot be listed: " + REFUSAL
    period = open_period(window, NOVEMBER_END)
    assert error_dialogs == [REFUSAL]
    error_dialogs.clear()
    period.view.close()

    save_company(qtbot, desk, "Page Computers BV")

    assert window.view.notice.isHidden()  # the open window read the drafts again
    assert [row[1] for row in invoices(window)] == ["Ana Silva", "Bert Peeters"]
    period = open_period(window, NOVEMBER_END)
    assert texts(period.model, 0) == [("Ana Silva",), ("Bert Peeters",)]
    assert period.view.summary.text() == "2 invoices to issue: €30.00."


def test_a_listing_that_cannot_be_made_says_why_not_nobody(
    qtbot: QtBot,
    database: Database,
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    app_paths: AppPaths,
    error_dialogs: list[str],
) -> None:
    desk = new_shop(qtbot, database, customers, sessions, clock, app_paths)

    period = open_period(invoices_window(desk), NOVEMBER_END)

    assert error_dialogs == [REFUSAL]
    error_dialogs.clear()
    assert period.view.summary.text() == REFUSAL
    assert not period.view.issue_button.isEnabled()


def test_mail_set_up_after_start_gets_its_sender_at_once(
    database: Database, clock: ManualClock, app_paths: AppPaths
) -> None:
    Settings().save(app_paths.config_dir)
    office = open_office(database, clock, app_paths)
    assert office.mail_worker is None  # no server named: nothing to send with
    saved = Settings().with_value("mail.server", "smtp.example.com")

    sender = office.follow(saved)

    assert sender is not None
    assert office.mail_worker is sender  # the caller starts it
    assert office.settings.preference("mail.server") == "smtp.example.com"
    assert office.follow(saved) is None  # one sender, whatever is saved next
