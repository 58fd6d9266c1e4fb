"""The history's table reads its pages on a pool thread: scrolling to the end shows every session
once, in order, and a list asked for before the filters changed never replaces the newer one."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.records import CustomerRecord, SessionFilter, SessionRecord
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.ui.history.history_model import HistoryModel
from app.ui.history.session_log_model import COL_CUSTOMER
from tests.ui.conftest import UTC


def test_scrolling_to_the_end_shows_every_session_once_in_order(
    qtbot: QtBot, sessions: SessionService, ana: CustomerRecord, clock: ManualClock
) -> None:
    """Pages of two, with three sessions accepted at the same instant across a page boundary."""
    start = clock.now() - timedelta(days=1)
    for hours in (0, 1, 1, 1, 2, 3, 3):
        at = start + timedelta(hours=hours)
        sessions.record_past(ana.id, at, at + timedelta(minutes=10))
    flt = SessionFilter(newest_first=True)
    model = HistoryModel(zone=UTC, page_size=2)
    model.start(lambda after, limit: sessions.list(flt, limit=limit, after=after))
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    while model.canFetchMore():
        model.fetchMore()
        assert not model.canFetchMore()  # one page at a time, however fast the view scrolls
        qtbot.waitUntil(lambda: not model.loading())
    shown = [model.record(row).id for row in range(model.rowCount())]
    assert shown == [r.id for r in sessions.list(flt)]
    assert len(shown) == 7
    assert model.complete()


def test_the_list_of_the_latest_filters_is_the_one_shown(
    qtbot: QtBot, customers: CustomerService, sessions: SessionService, ana: CustomerRecord,
    clock: ManualClock,
) -> None:  # fmt: skip
    bruno = customers.add_customer(Customer("Bruno Costa"))
    accepted = clock.now() - timedelta(hours=2)
    for customer in (ana, bruno):
        sessions.record_past(customer.id, accepted, accepted + timedelta(minutes=5))
    release = threading.Event()

    def of(customer: CustomerRecord, wait: bool = False) -> Sequence[SessionRecord]:
        if wait:
            release.wait(10)  # the first filter's page is slow to come
        return sessions.list(SessionFilter(customer_id=customer.id), limit=100)

    model = HistoryModel(zone=UTC)
    model.start(lambda _after, _limit: of(ana, wait=True))
    model.start(lambda _after, _limit: of(bruno))
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # the late page's delivery, were it to be shown
    assert [model.index(row, COL_CUSTOMER).data() for row in range(model.rowCount())] == [
        "Bruno Costa"
    ]
    assert not model.loading()
