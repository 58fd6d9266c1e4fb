"""The desk's log follows sessions changed elsewhere — another workstation, the command line —
with one cheap look every few seconds, and does not pull a reader scrolled down back to the top."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.records import CustomerRecord
from app.core.session import Outcome
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.storage.database import Database
from app.ui.history.session_log_model import COL_ACCEPTED, COL_CUSTOMER
from app.ui.shell.desk import Desk
from tests.ui.conftest import LOCALE, shown

WATCH_MS = 30


def elsewhere(database: Database, clock: ManualClock) -> SessionService:
    return SessionService(database, clock, workstation="reception")


def past(service: SessionService, customer: CustomerRecord, hour: int) -> None:
    start = datetime(2026, 11, 23, hour, 0, tzinfo=UTC)
    service.record_past(customer.id, start, start + timedelta(minutes=10), Outcome.RESOLVED)


def test_a_session_added_elsewhere_appears_without_a_restart(
    qtbot: QtBot,
    database: Database,
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    ana: CustomerRecord,
) -> None:
    desk = shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, zone=UTC))
    watch = desk.watch_log(WATCH_MS)
    qtbot.waitUntil(lambda: watch.seen is not None)  # the first look: nothing to say yet
    assert desk.log.rowCount(QModelIndex()) == 0
    assert sessions.last_change() == (0, 0)
    past(elsewhere(database, clock), ana, 9)
    assert sessions.last_change() > (0, 0)
    qtbot.waitUntil(lambda: desk.log.rowCount(QModelIndex()) == 1, timeout=5_000)
    assert desk.log.index(0, COL_CUSTOMER).data() == "Ana Silva"


def test_a_reader_scrolled_down_is_not_pulled_back_to_the_top(
    qtbot: QtBot,
    database: Database,
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    ana: CustomerRecord,
) -> None:
    for hour in range(0, 24):
        for day in range(1, 6):  # 120 sessions: more than a page, more than a screen
            start = datetime(2026, 11, day, hour, 0, tzinfo=UTC)
            sessions.record_past(ana.id, start, start + timedelta(minutes=5), Outcome.RESOLVED)
    desk = shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, zone=UTC))
    desk.refresh_log()
    watch = desk.watch_log(WATCH_MS)
    qtbot.waitUntil(lambda: watch.seen is not None)
    bar = desk.window.log.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    newest_before = desk.log.index(0, COL_ACCEPTED).data()
    past(elsewhere(database, clock), ana, 9)  # 23 Nov: the newest of all
    qtbot.waitUntil(lambda: desk.log_stale, timeout=5_000)
    assert desk.log.index(0, COL_ACCEPTED).data() == newest_before  # left where the reader is
    bar.setValue(0)
    qtbot.waitUntil(lambda: desk.log.index(0, COL_ACCEPTED).data() != newest_before, timeout=5_000)
    assert not desk.log_stale
