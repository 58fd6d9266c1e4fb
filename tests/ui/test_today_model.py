"""The Today table model without a view: columns, live statuses on a tick, and only the status
cells that changed are redrawn."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from app.core.appointment import AppointmentStatus, LiveState
from app.core.session import SessionState
from app.ui.today.today_model import (
    COL_CUSTOMER,
    COL_NOTE,
    COL_REMOTE,
    COL_STATUS,
    COL_TIME,
    HEADERS,
    RECORD_ROLE,
    STATE_ROLE,
    TodayModel,
)
from tests.ui.conftest import SAO_PAULO
from tests.ui.test_reminders import BOOKED, sp

LATER = replace(
    BOOKED, id=8, scheduled_at=BOOKED.scheduled_at + timedelta(hours=2), tool=None, note="Backup"
)
DONE = replace(
    BOOKED,
    id=9,
    scheduled_at=BOOKED.scheduled_at - timedelta(hours=3),
    status=AppointmentStatus.STARTED,
    session_state=SessionState.ENDED,
    equipment_label="Balcão",
)


def cells(model: TodayModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_columns_and_roles() -> None:
    model = TodayModel(SAO_PAULO)
    model.set_records([DONE, BOOKED, LATER], sp("13:30:00"))
    assert model.rowCount() == 3
    assert model.columnCount() == len(HEADERS)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(HEADERS))] == [
        "Time", "Customer", "Status", "Equipment", "Note",
    ]  # fmt: skip
    assert cells(model, 0) == ["11:00", "Relojoaria Central", "done", "Balcão — AnyDesk", ""]
    assert cells(model, 1)[COL_STATUS] == "upcoming (starts in 30 min)"
    assert cells(model, 2)[COL_REMOTE] == "—"
    assert cells(model, 2)[COL_NOTE] == "Backup"
    assert model.index(1, COL_TIME).data(RECORD_ROLE) == BOOKED
    assert model.index(1, COL_CUSTOMER).data(STATE_ROLE) == LiveState.UPCOMING
    assert "Expected length: 30 min" in model.index(1, COL_TIME).data(Qt.ItemDataRole.ToolTipRole)
    assert model.row_of(8) == 2
    assert model.row_of(99) is None
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children


def test_a_tick_redraws_only_the_status_cells_that_changed(qtbot: QtBot) -> None:
    model = TodayModel(SAO_PAULO)
    model.set_records([BOOKED, LATER], sp("13:29:30"))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): changed.append((top.row(), top.column()))
    )

    model.tick(sp("13:29:50"))  # still "starts in 30 min" and "in 2 h 30 min"
    assert changed == []
    model.tick(sp("13:56:00"))  # the first is due; the second still upcoming, minutes fewer
    assert changed == [(0, COL_STATUS), (1, COL_STATUS)]
    assert model.live(0).state is LiveState.DUE
    assert model.count(LiveState.DUE, LiveState.LATE) == 1
    assert model.index(0, COL_STATUS).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, COL_STATUS).data(Qt.ItemDataRole.FontRole) is None


def test_starting_over_resets_the_rows() -> None:
    model = TodayModel(SAO_PAULO)
    model.set_records([BOOKED], sp("13:30:00"))
    model.set_records([], sp("13:31:00"))
    assert model.rowCount(QModelIndex()) == 0
    assert model.records() == []
