"""GUI fixtures: a real SQLite database, services on a ManualClock, a Desk built straight from
them, and error dialogs recorded instead of shown (a modal box would block the test)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer, Equipment
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.storage.database import Database, open_database
from app.ui.desk import Desk

WORKSTATION = "desk-1"
# The offscreen platform, which the tests run on, cannot size, raise or grab real windows and
# says so as warnings; they describe the test platform, not the app, so only these are let pass.
OFFSCREEN_LIMITS = r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS))


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db, _ = open_database(sqlite_url)
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


@pytest.fixture
def ana(customers: CustomerService) -> CustomerRecord:
    """A customer with one computer reachable through AnyDesk."""
    record = customers.add_customer(Customer("Ana Silva", "ana@example.com", "+351 912 345 678"))
    customers.add_equipment(record.id, Equipment("Office PC", RemoteTool.ANYDESK, "123 456 789"))
    return record


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
    """The main window, wired to the services, shown and focused as a technician would have it."""
    built = Desk(customers, sessions, clock, where="/data/assistdesk.sqlite3")
    qtbot.addWidget(built.window)
    built.window.show()
    built.window.activateWindow()
    qtbot.waitExposed(built.window)
    return built
