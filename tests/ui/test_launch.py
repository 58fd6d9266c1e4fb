"""Starting the GUI for real: the window first, the database on a worker thread, then the log;
a database from a newer AssistDesk, or a damaged one, is refused with one sentence and exit
status 2."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

import app.ui.shell.opening
from app.core.clock import ManualClock
from app.core.parties import Customer
from app.paths import AppPaths
from app.services.customers import CustomerService
from app.services.life_signs import LifeSigns
from app.services.sessions import SessionService
from app.storage.database import open_database
from app.ui.shell.launch import PROBE_ENV, LaunchController, run_gui
from app.ui.shell.main_window import OPENING_TEXT
from tests.conftest import START
from tests.storage.damage import damaged_database, fingerprint, side_files_hold_nothing


def seed(url: str, clock: ManualClock, ended: int, left_open: int = 0) -> None:
    db, _ = open_database(url)
    try:
        customer = CustomerService(db, clock).add_customer(Customer("Ana Silva"))
        sessions = SessionService(db, clock)  # this workstation
        for i in range(ended):
            accepted = START - timedelta(hours=i + 1)
            sessions.record_past(customer.id, accepted, accepted + timedelta(minutes=10))
        for _ in range(left_open):
            sessions.accept(sessions.open(customer.id).id)
    finally:
        db.dispose()


@pytest.fixture
def hang_guard() -> Iterator[None]:
    """A test that runs app.exec() must not hang if the app never quits: exit with 99 instead."""
    timer = QTimer(singleShot=True, interval=20_000)
    timer.timeout.connect(lambda: QApplication.exit(99))
    timer.start()
    yield
    timer.stop()


def test_a_new_database_is_said_to_be_created_not_upgraded(
    qtbot: QtBot, tmp_path: Path, sqlite_url: str, clock: ManualClock
) -> None:
    launch = LaunchController(AppPaths.under(tmp_path), sqlite_url, clock)
    qtbot.addWidget(launch.window)
    try:
        with qtbot.waitSignal(launch.ready, timeout=20_000):
            launch.start()
        where = launch.window.where
        assert where.text() == f"Data: {tmp_path / 'assistdesk.sqlite3'} (created)"
        assert where.toolTip() == "A new database was created here."
    finally:
        launch.shutdown()


def test_the_window_shows_at_once_and_fills_once_the_database_opens(
    qtbot: QtBot, tmp_path: Path, sqlite_url: str, clock: ManualClock
) -> None:
    seed(sqlite_url, clock, ended=3, left_open=1)
    launch = LaunchController(AppPaths.under(tmp_path), sqlite_url, clock)
    qtbot.addWidget(launch.window)
    try:
        with qtbot.waitSignal(launch.ready, timeout=20_000):
            launch.start()
            assert launch.window.isVisible()
            assert not launch.window.body.isEnabled()
            assert launch.window.panel.state_line.text() == OPENING_TEXT
            assert launch.window.where.text() == OPENING_TEXT

        window = launch.window
        assert window.body.isEnabled()
        assert window.where.text() == f"Data: {tmp_path / 'assistdesk.sqlite3'}"
        assert window.log.model().rowCount(QModelIndex()) == 4
        assert window.panel.state_line.text() == "Pick or add a customer to start a session."
        assert window.policies_action.isEnabled()  # the desk has the policies it prices with
        assert launch.desk is not None
        assert launch.desk.recovery.dialog is not None  # the session left open is offered
        assert launch.desk.recovery.dialog.customer.text() == "Ana Silva"
        alive = AppPaths.under(tmp_path).data_dir / "alive"
        assert alive.read_text() == clock.now().isoformat()  # the desk says it runs
        clock.advance(minutes=3)
    finally:
        launch.shutdown()
    assert alive.read_text() == f"{clock.now().isoformat()} closed"  # and that it closed
    assert LifeSigns(alive.parent, clock).previous is None  # no crash for the next start


def test_the_first_page_is_on_screen_before_the_database_is_open(
    qtbot: QtBot, tmp_path: Path, sqlite_url: str, clock: ManualClock
) -> None:
    seed(sqlite_url, clock, ended=3)
    launch = LaunchController(AppPaths.under(tmp_path), sqlite_url, clock)
    qtbot.addWidget(launch.window)
    try:
        with (
            qtbot.waitSignal(launch.ready, timeout=20_000),
            qtbot.waitSignal(launch.log_filled, timeout=1_000),
        ):
            launch.start()
            early = launch.window.log.model()
            assert early.rowCount(QModelIndex()) == 3  # read without SQLAlchemy
            assert launch.desk is None  # the database is still opening
            assert not launch.window.body.isEnabled()
        assert launch.window.log.model() is not early  # the desk's own model took over
        assert launch.window.log.model().rowCount(QModelIndex()) == 3
    finally:
        launch.shutdown()


def test_on_postgresql_the_first_page_is_read_on_a_worker_before_the_database_is_open(
    qtbot: QtBot,
    tmp_path: Path,
    pg_url: str,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(pg_url, clock, ended=3)
    opening = threading.Event()  # the database opens only once the test says so
    real_open_desk = app.ui.shell.opening.open_desk

    def slow_open_desk(*args: Any) -> Any:
        assert opening.wait(20)
        return real_open_desk(*args)

    monkeypatch.setattr(app.ui.shell.opening, "open_desk", slow_open_desk)
    launch = LaunchController(AppPaths.under(tmp_path), pg_url, clock)
    qtbot.addWidget(launch.window)
    try:
        with qtbot.waitSignal(launch.log_filled, timeout=10_000):
            launch.start()
            log = launch.window.log.model()  # start() returned without waiting for the server
            assert log is None or log.rowCount(QModelIndex()) == 0
        early = launch.window.log.model()
        assert early.rowCount(QModelIndex()) == 3  # read by psycopg alone
        assert launch.desk is None
        assert not launch.window.body.isEnabled()
        with qtbot.waitSignal(launch.ready, timeout=20_000):
            opening.set()
        assert launch.window.log.model() is not early  # the desk's own model took over
        assert launch.window.log.model().rowCount(QModelIndex()) == 3
    finally:
        opening.set()
        launch.shutdown()


@pytest.mark.usefixtures("hang_guard")
def test_a_database_from_a_newer_version_is_refused_with_exit_status_2(
    qtbot: QtBot, tmp_path: Path, sqlite_url: str, clock: ManualClock, error_dialogs: list[str]
) -> None:
    db, _ = open_database(sqlite_url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()

    status = run_gui(AppPaths.under(tmp_path), sqlite_url, clock)

    assert status == 2
    assert len(error_dialogs) == 1
    assert error_dialogs[0].startswith(
        "This database was written by a newer version of AssistDesk (schema 9999"
    )
    error_dialogs.clear()


@pytest.mark.usefixtures("hang_guard")
def test_a_database_url_with_a_port_that_is_no_number_is_a_sentence_not_a_traceback(
    qtbot: QtBot,
    tmp_path: Path,
    clock: ManualClock,
    error_dialogs: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = "postgresql://ana:s3cret@db.example:notaport/assistdesk"
    status = run_gui(AppPaths.under(tmp_path), url, clock)
    assert status == 2
    assert len(error_dialogs) == 1
    assert "a port is a number from 1 to 65535" in error_dialogs[0]
    assert "s3cret" not in error_dialogs[0]
    error_dialogs.clear()
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.usefixtures("hang_guard")
def test_a_damaged_database_is_said_in_the_error_dialog_and_left_untouched(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock, error_dialogs: list[str]
) -> None:
    path = tmp_path / "data" / "assistdesk.sqlite3"
    path.parent.mkdir()
    before = damaged_database(path)

    status = run_gui(AppPaths.under(tmp_path), f"sqlite:///{path}", clock)

    assert status == 1  # the environment failed, as the CLI says too
    assert len(error_dialogs) == 1
    assert error_dialogs[0].startswith(f"The database {path} is damaged (On tree page ")
    assert error_dialogs[0].endswith("put your latest backup of it in its place.")
    error_dialogs.clear()
    assert (fingerprint(path), side_files_hold_nothing(path)) == (before, True)


@pytest.mark.usefixtures("hang_guard")
def test_the_startup_probe_reports_both_moments_and_quits(
    qtbot: QtBot,
    tmp_path: Path,
    sqlite_url: str,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed(sqlite_url, clock, ended=2)
    monkeypatch.setenv(PROBE_ENV, "quit")

    status = run_gui(AppPaths.under(tmp_path), sqlite_url, clock)

    assert status == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["shown", "log-filled"]
    shown, filled = (float(line.split()[1]) for line in lines)
    assert shown < filled


@pytest.mark.usefixtures("hang_guard")
def test_the_startup_probe_can_wait_for_the_desk_to_be_ready(
    qtbot: QtBot,
    tmp_path: Path,
    sqlite_url: str,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed(sqlite_url, clock, ended=2)
    monkeypatch.setenv(PROBE_ENV, "ready")

    status = run_gui(AppPaths.under(tmp_path), sqlite_url, clock)

    assert status == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["shown", "log-filled", "ready"]
    shown, filled, ready = (float(line.split()[1]) for line in lines)
    assert shown < filled < ready


@pytest.mark.usefixtures("hang_guard")
def test_a_log_folder_that_cannot_be_made_leaves_the_log_on_stderr_and_the_window_running(
    qtbot: QtBot,
    tmp_path: Path,
    sqlite_url: str,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A read-only disk under the log folder (here a file where it should be) once ended the
    window with "unexpected problem: OSError"; the database is fine, so the desk opens."""
    import logging

    paths = AppPaths.under(tmp_path / "state")
    paths.log_dir.parent.mkdir()
    paths.log_dir.write_text("not a folder")
    seed(sqlite_url, clock, ended=1)
    monkeypatch.setenv(PROBE_ENV, "quit")
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        status = run_gui(paths, sqlite_url, clock)
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
    assert status == 0
    captured = capsys.readouterr()
    assert [line.split()[0] for line in captured.out.splitlines()] == ["shown", "log-filled"]
    assert f"the log cannot be written in {paths.log_dir} (" in captured.err


@pytest.mark.slow
def test_the_launcher_shows_the_window_without_loading_the_database_layers() -> None:
    """SQLAlchemy, the storage layer and the services load on the worker thread, later."""
    code = (
        "import sys, app.ui.shell.launch, app.ui.shell.main_window\n"
        "heavy = ('sqlalchemy', 'alembic', 'app.storage', 'app.services')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def mail_threads() -> list[str]:
    import threading

    return [t.name for t in threading.enumerate() if t.name == "assistdesk-mail" and t.is_alive()]


def test_with_mail_set_up_the_outbox_is_sent_in_the_background_until_exit(
    qtbot: QtBot, tmp_path: Path, sqlite_url: str, clock: ManualClock
) -> None:
    from app.settings import Settings

    paths = AppPaths.under(tmp_path)
    Settings().with_value("mail.server", "127.0.0.1").with_value(
        "mail.sender", "office@example.com"
    ).save(paths.config_dir)
    launch = LaunchController(paths, sqlite_url, clock)
    qtbot.addWidget(launch.window)
    try:
        with qtbot.waitSignal(launch.ready, timeout=20_000):
            launch.start()
        window = launch.window
        assert window.invoices_action.isEnabled()
        assert window.outbox_action.isEnabled()
        assert window.settings_action.isEnabled()
        assert mail_threads() == ["assistdesk-mail"]
    finally:
        launch.shutdown()
    assert mail_threads() == []


def test_without_mail_no_sender_runs(
    qtbot: QtBot, tmp_path: Path, sqlite_url: str, clock: ManualClock
) -> None:
    launch = LaunchController(AppPaths.under(tmp_path), sqlite_url, clock)
    qtbot.addWidget(launch.window)
    try:
        with qtbot.waitSignal(launch.ready, timeout=20_000):
            launch.start()
        assert mail_threads() == []
        assert launch.window.outbox_action.isEnabled()  # the outbox is shown all the same
    finally:
        launch.shutdown()


def test_the_desk_queues_the_summary_its_policy_asks_for(
    tmp_path: Path, sqlite_url: str, clock: ManualClock
) -> None:
    """Sessions ended in the app queue the customer's summary (iPonto asks for one), and the
    desk's connection settings follow --basedir."""
    from app.core.session import Outcome
    from app.ui.shell.opening import open_desk

    opened = open_desk(sqlite_url, clock, AppPaths.under(tmp_path))
    try:
        ana = opened.customers.add_customer(
            Customer("Ana Silva", email="ana@example.com", policy_id="iponto")
        )
        session = opened.sessions.open(ana.id)
        opened.sessions.accept(session.id)
        clock.advance(minutes=20)
        opened.sessions.end(session.id, Outcome.RESOLVED, access_closed=True)
        assert opened.office is not None
        queued = opened.office.outbox.list()
        assert [(m.kind, m.recipient) for m in queued] == [("session_summary", "ana@example.com")]
    finally:
        opened.db.dispose()


def test_the_first_start_offers_the_setup_and_a_set_up_office_is_not_asked_again(
    qtbot: QtBot, tmp_path: Path, sqlite_url: str, clock: ManualClock
) -> None:
    from app.settings import Settings
    from app.ui.office.setup_wizard import SetupWizard

    paths = AppPaths.under(tmp_path)
    for expected in (True, False):
        launch = LaunchController(paths, sqlite_url, clock)
        qtbot.addWidget(launch.window)
        try:
            with qtbot.waitSignal(launch.ready, timeout=20_000):
                launch.start()
            assert launch.desk is not None
            wizard = launch.desk.menus.windows.get("setup")
            assert isinstance(wizard, SetupWizard) is expected
            if isinstance(wizard, SetupWizard):
                wizard.reject()  # Skip setup: remembered
        finally:
            launch.shutdown()
    assert Settings.load(paths.config_dir).unreadable is None  # the skip wrote a readable file
