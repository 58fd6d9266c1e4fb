"""The session log model, driven without a view: pages, order, and what each cell says."""

from __future__ import annotations

from datetime import UTC, timedelta, timezone, tzinfo

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.core.session import Outcome
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.ui.history.session_log_model import (
    COL_ACCEPTED,
    COL_CUSTOMER,
    COL_DURATION,
    COL_ENDED,
    COL_OUTCOME,
    COL_PRICE,
    COL_TOOL,
    HEADERS,
    RECORD_ROLE,
    SessionLogModel,
)
from app.ui.shell.opening import LOG_FILTER
from tests.conftest import START

ROOT = QModelIndex()
SAO_PAULO = timezone(timedelta(hours=-3))


def log_of(
    sessions: SessionService, page_size: int = 100, zone: tzinfo | None = None
) -> SessionLogModel:
    return SessionLogModel(
        lambda offset, limit: sessions.list(LOG_FILTER, offset, limit), page_size, zone
    )


def texts(model: SessionLogModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount(ROOT))]


@pytest.fixture
def past_sessions(sessions: SessionService, ana: CustomerRecord, clock: ManualClock) -> int:
    """250 ended sessions, one an hour, the last accepted at START - 1 h; returns the count."""
    count = 250
    for i in range(count):
        accepted = START - timedelta(hours=count - i)
        sessions.record_past(ana.id, accepted, accepted + timedelta(minutes=i % 60 + 1))
    return count


def test_pages_are_read_only_when_asked_for_newest_first(
    sessions: SessionService, past_sessions: int
) -> None:
    model = log_of(sessions)
    model.refresh()
    assert model.rowCount(ROOT) == 100
    assert model.canFetchMore(ROOT)

    model.fetchMore(ROOT)
    assert model.rowCount(ROOT) == 200
    model.fetchMore(ROOT)
    assert model.rowCount(ROOT) == past_sessions
    assert not model.canFetchMore(ROOT)

    accepted = [model.record(row).accepted_at for row in range(model.rowCount(ROOT))]
    assert accepted[0] == START - timedelta(hours=1)
    assert accepted == sorted(accepted, reverse=True)  # type: ignore[type-var]


def test_a_view_scrolled_to_the_bottom_pulls_the_next_page(
    qtbot: QtBot, sessions: SessionService, past_sessions: int
) -> None:
    model = log_of(sessions)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)  # no refresh(): an attached view asks for the first page itself
    view.show()
    qtbot.waitUntil(lambda: model.rowCount(ROOT) >= 100)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount(ROOT) >= 200)


def test_cells_read_in_the_local_zone_with_words_for_outcomes(
    sessions: SessionService, ana: CustomerRecord, clock: ManualClock
) -> None:
    accepted = START - timedelta(hours=2)  # 07:00 UTC
    sessions.record_past(
        ana.id,
        accepted,
        accepted + timedelta(minutes=25, seconds=9),
        Outcome.CANCELLED,
        notes="Customer had to leave",
        equipment_label="Office PC",
        tool=RemoteTool.ZOHO_ASSIST,
    )
    running = sessions.open(ana.id)
    sessions.accept(running.id)

    model = log_of(sessions, zone=SAO_PAULO)
    model.refresh()

    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(HEADERS))]
    assert headers == list(HEADERS)
    assert texts(model, 0) == [
        "Ana Silva", "—", "2026-11-24 06:00", "—", "—", "In session (open)", "—",
    ]  # fmt: skip
    ended = texts(model, 1)
    assert ended[COL_CUSTOMER] == "Ana Silva"
    assert ended[COL_TOOL] == "Zoho Assist"
    assert (ended[COL_ACCEPTED], ended[COL_ENDED]) == ("2026-11-24 04:00", "2026-11-24 04:25")
    assert (ended[COL_DURATION], ended[COL_OUTCOME]) == ("00:25:09", "Cancelled by customer")
    assert ended[COL_PRICE] == "—"  # these services price nothing
    assert "Notes: Customer had to leave" in model.index(1, COL_OUTCOME).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert model.index(1, COL_CUSTOMER).data(RECORD_ROLE) == model.record(1)
    in_utc = log_of(sessions, zone=UTC)
    in_utc.refresh()
    assert texts(in_utc, 1)[COL_ACCEPTED] == "2026-11-24 07:00"


def test_a_session_added_between_pages_is_not_listed_twice(
    sessions: SessionService, ana: CustomerRecord, clock: ManualClock
) -> None:
    for i in range(25):
        accepted = START - timedelta(days=1, hours=25 - i)
        sessions.record_past(ana.id, accepted, accepted + timedelta(minutes=10))
    model = log_of(sessions, page_size=10)
    model.refresh()
    sessions.record_past(ana.id, START - timedelta(hours=1), START)  # newest: shifts the offsets

    while model.canFetchMore(ROOT):
        model.fetchMore(ROOT)

    ids = [model.record(row).id for row in range(model.rowCount(ROOT))]
    assert len(ids) == len(set(ids)) == 25


def test_the_price_column_shows_what_each_ended_session_was_charged(
    priced_sessions: SessionService, customers: CustomerService, ana: CustomerRecord
) -> None:
    bert = customers.add_customer(Customer("Bert Peeters", policy_id="page-computers"))
    accepted = START - timedelta(hours=3)
    priced_sessions.record_past(bert.id, accepted, accepted + timedelta(minutes=12))
    priced_sessions.record_past(
        bert.id, accepted + timedelta(hours=1), accepted + timedelta(hours=1, minutes=20),
        Outcome.UNRESOLVED,
    )  # fmt: skip
    priced_sessions.record_past(ana.id, START - timedelta(hours=1), START)  # no policy

    model = SessionLogModel(
        lambda offset, limit: priced_sessions.list(LOG_FILTER, offset, limit), locale="nl_BE"
    )
    model.refresh()

    prices = [model.index(row, COL_PRICE).data() for row in range(model.rowCount(ROOT))]
    assert prices == ["—", "€\xa00,00", "€\xa015,00"]  # newest first; unsolved costs nothing
    tooltip = model.index(2, COL_CUSTOMER).data(Qt.ItemDataRole.ToolTipRole)
    assert "Policy: page-computers" in tooltip
    assert "Price: €\xa015,00 (net €\xa012,40 + VAT €\xa02,60)" in tooltip
    alignment = model.index(2, COL_PRICE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
