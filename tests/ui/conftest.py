"""GUI fixtures: a real SQLite database, services on a ManualClock, a Desk built straight from
them (money in en_US unless a test asks otherwise), and error dialogs recorded instead of shown
(a modal box would block the test). `priced_desk` prices sessions with the shipped presets;
`today_desk` also has an appointment book, and runs in São Paulo time like a Pardini desk."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer, Equipment
from app.core.policy import Policy
from app.core.policy_file import load_policy
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.paths import AppPaths
from app.resources import resource
from app.services.appointments import AppointmentBook
from app.services.charging import SessionCharger
from app.services.customers import CustomerService
from app.services.policies import PolicyCatalogue
from app.services.sessions import SessionService
from app.storage.database import Database, open_database
from app.ui.shell.desk import Desk
from tests.databases import MigratedTemplates

if TYPE_CHECKING:
    from app.ui.shell.quit_prompt import QuitChoice

LOCALE = "en_US"
UTC = ZoneInfo("UTC")
SAO_PAULO = ZoneInfo("America/Sao_Paulo")


class QuitPrompt:
    """Stands in for app.ui.shell.quit_prompt.ask_before_quitting: what was asked (the
    customer, whether hiding was offered) and the answer to give."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, bool]] = []
        self.answer: QuitChoice | None = None

    def ask(self, _parent: object, customer: str, can_hide: bool) -> QuitChoice:
        from app.ui.shell.quit_prompt import QuitChoice

        self.asked.append((customer, can_hide))
        return self.answer or QuitChoice.CANCEL


WORKSTATION = "desk-1"
# The offscreen platform, which the tests run on, cannot size, raise or grab real windows and
# says so as warnings; they describe the test platform, not the app, so only these are let pass.
OFFSCREEN_LIMITS = r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS))


@pytest.fixture
def database(sqlite_url: str, templates: MigratedTemplates) -> Iterator[Database]:
    db, _ = open_database(templates.fill(sqlite_url))
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def customers(database: Database, clock: ManualClock) -> CustomerService:
    return CustomerService(database, clock)


@pytest.fixture
def sessions(database: Database, clock: ManualClock) -> SessionService:
    return SessionService(database, clock, workstation=WORKSTATION)


def preset(policy_id: str) -> Policy:
    return load_policy(resource("policies", f"{policy_id}.toml"))


@pytest.fixture
def priced_sessions(database: Database, clock: ManualClock) -> SessionService:
    """Sessions priced with the shipped presets, as the app prices them."""
    return SessionService(database, clock, workstation=WORKSTATION, charger=SessionCharger(preset))


@pytest.fixture
def book(database: Database, clock: ManualClock) -> AppointmentBook:
    """The appointment book, with the shipped presets' opening hours and late tolerance."""
    return AppointmentBook(database, clock, preset, WORKSTATION)


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "base")


@pytest.fixture
def catalogue(app_paths: AppPaths) -> PolicyCatalogue:
    """The shipped presets, and an office folder (`<config>/policies`) that starts empty."""
    return PolicyCatalogue(app_paths)


@pytest.fixture
def ana(customers: CustomerService) -> CustomerRecord:
    """A customer with one computer reachable through AnyDesk."""
    record = customers.add_customer(Customer("Ana Silva", "ana@example.com", "+351 912 345 678"))
    customers.add_equipment(record.id, Equipment("Office PC", RemoteTool.ANYDESK, "123 456 789"))
    return record


@pytest.fixture(autouse=True)
def quit_prompt(monkeypatch: pytest.MonkeyPatch) -> QuitPrompt:
    """The question asked when the desk is closed while a session runs, answered Cancel unless
    a test sets `answer` (a window closed at a test's end then stays, to be deleted)."""
    from app.ui.shell import quit_prompt as module

    prompt = QuitPrompt()
    monkeypatch.setattr(module, "ask_before_quitting", prompt.ask)
    return prompt


@pytest.fixture(autouse=True)
def error_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Texts of the error dialogs shown; a test that expects one must check and clear the list."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def critical(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    yield shown
    assert not shown, f"unexpected error dialog(s): {shown}"


@pytest.fixture
def desk(
    qtbot: QtBot, customers: CustomerService, sessions: SessionService, clock: ManualClock
) -> Desk:
    """The main window, wired to services that time sessions but do not price them."""
    built = Desk(
        customers, sessions, clock, where="/data/assistdesk.sqlite3", locale=LOCALE, zone=UTC
    )  # the zone the tests read times in, whatever the computer's
    return shown(qtbot, built)


MakeDesk = Callable[..., Desk]


@pytest.fixture
def make_priced_desk(
    qtbot: QtBot,
    customers: CustomerService,
    priced_sessions: SessionService,
    clock: ManualClock,
    catalogue: PolicyCatalogue,
) -> MakeDesk:
    """`make_priced_desk(locale="pt_PT")`: a shown Desk whose sessions are priced."""

    def make(locale: str = LOCALE) -> Desk:
        built = Desk(customers, priced_sessions, clock, catalogue=catalogue, locale=locale)
        return shown(qtbot, built)

    return make


@pytest.fixture
def priced_desk(make_priced_desk: MakeDesk) -> Desk:
    return make_priced_desk()


@pytest.fixture
def make_today_desk(
    qtbot: QtBot,
    customers: CustomerService,
    priced_sessions: SessionService,
    book: AppointmentBook,
    clock: ManualClock,
) -> Callable[[], Desk]:
    """`make_today_desk()`: a shown Desk with the Today tab, priced sessions and the São Paulo
    zone; built when the test has set the clock and booked what the day should show."""

    def make() -> Desk:
        built = Desk(
            customers, priced_sessions, clock, locale=LOCALE, appointments=book, zone=SAO_PAULO
        )
        return shown(qtbot, built)

    return make


def shown(qtbot: QtBot, desk: Desk) -> Desk:
    """The main window shown and focused as a technician would have it."""
    qtbot.addWidget(desk.window)
    desk.window.show()
    desk.window.activateWindow()
    qtbot.waitExposed(desk.window)
    return desk
