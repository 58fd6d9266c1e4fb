"""A failing database reaches the technician as the CLI's sentence, in the error dialog: from work
done in the background (the one helper), and when the window cannot open the database at all
(exit status 1: the environment failed, not the input)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.paths import AppPaths
from app.services.customers import CustomerService
from app.storage.database import Database, open_database
from app.ui.background import run_in_background
from app.ui.shell.launch import run_gui
from tests.databases import MigratedTemplates
from tests.faults import sqlite_write_lock, with_query


@pytest.fixture
def impatient(sqlite_url: str, templates: MigratedTemplates) -> Iterator[Database]:
    """A database whose writers wait 0.2 s for another's lock, not 15."""
    db, _ = open_database(with_query(templates.fill(sqlite_url), timeout="0.2"))
    try:
        yield db
    finally:
        db.dispose()


def locked_sentence(path: str) -> str:
    return (
        f"The database {path} has been locked by another AssistDesk (or another program) for "
        "more than 0.2 s; nothing was saved, try again when it has finished."
    )


def test_a_fault_in_background_work_is_shown_in_the_error_dialog(
    qtbot: QtBot, impatient: Database, clock: ManualClock, error_dialogs: list[str]
) -> None:
    customers = CustomerService(impatient, clock)
    done: list[object] = []
    with sqlite_write_lock(Path(impatient.describe())):
        task = run_in_background(lambda: customers.add_customer(Customer("Ana")), done.append)
        with qtbot.waitSignal(task.failed, timeout=10_000):
            pass
    assert error_dialogs == [locked_sentence(impatient.describe())]
    error_dialogs.clear()
    assert done == []


def test_the_dialog_says_it_in_the_installed_language(
    qtbot: QtBot, impatient: Database, clock: ManualClock, error_dialogs: list[str]
) -> None:
    from app.ui.i18n import install_language

    customers = CustomerService(impatient, clock)
    language = install_language("pt")
    try:
        with sqlite_write_lock(Path(impatient.describe())):
            task = run_in_background(lambda: customers.add_customer(Customer("Ana")), print)
            with qtbot.waitSignal(task.failed, timeout=10_000):
                pass
    finally:
        language.remove()
    [shown] = error_dialogs
    error_dialogs.clear()
    assert shown.startswith(f"A base de dados {impatient.describe()} ")
    assert "0.2 s" in shown


@pytest.fixture
def hang_guard() -> Iterator[None]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    timer = QTimer(singleShot=True, interval=20_000)
    timer.timeout.connect(lambda: QApplication.exit(99))
    timer.start()
    yield
    timer.stop()


@pytest.mark.usefixtures("hang_guard")
def test_a_server_out_of_reach_is_shown_and_the_app_exits_with_1(
    tmp_path: Path, clock: ManualClock, error_dialogs: list[str]
) -> None:
    status = run_gui(AppPaths.under(tmp_path), "postgresql://nobody@127.0.0.1:1/x", clock)

    assert status == 1
    assert error_dialogs == [
        "Cannot reach the database server 127.0.0.1:1 (Connection refused); nothing was saved, "
        "check that it is running and that this computer can reach it, then try again."
    ]
    error_dialogs.clear()
