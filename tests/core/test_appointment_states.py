"""What the "Today" view says about an appointment at any moment, driven by the clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.core.appointment import AppointmentRecord, AppointmentStatus, LiveState, live_status
from app.core.session import SessionState

LISBON = ZoneInfo("Europe/Lisbon")
AT_14 = datetime(2026, 11, 24, 14, 0, tzinfo=LISBON)
BOOKED = AppointmentRecord(
    id=1, customer_id=1, customer_name="Ana", equipment_id=None, equipment_label="", tool=None,
    scheduled_at=AT_14, expected_minutes=30, note="", status=AppointmentStatus.BOOKED,
    session_id=None, session_state=None, rescheduled_from_id=None, rescheduled_to_id=None,
    reason="", tolerance_seconds=600,
)  # fmt: skip


@pytest.mark.parametrize(
    ("minutes_from_start", "state", "text"),
    [
        (-12, LiveState.UPCOMING, "upcoming (starts in 12 min)"),
        (-90, LiveState.UPCOMING, "upcoming (starts in 1 h 30 min)"),
        (-5, LiveState.DUE, "due"),
        (0, LiveState.DUE, "due"),
        (6, LiveState.LATE, "late by 6 min (tolerance ends 14:10)"),
        (10, LiveState.LATE, "late by 10 min (tolerance ends 14:10)"),
        (11, LiveState.MISSED, "missed"),
    ],
)
def test_a_booking_as_time_goes_by(minutes_from_start: int, state: LiveState, text: str) -> None:
    now = AT_14 + timedelta(minutes=minutes_from_start)
    status = live_status(BOOKED, now, LISBON)
    assert (status.state, status.text) == (state, text)


def test_without_a_tolerance_a_booking_is_late_but_never_missed() -> None:
    free = replace(BOOKED, tolerance_seconds=None)
    status = live_status(free, AT_14 + timedelta(hours=2), LISBON)
    assert (status.state, status.text) == (LiveState.LATE, "late by 2 h 00 min")


@pytest.mark.parametrize(
    ("status", "session", "state"),
    [
        (AppointmentStatus.STARTED, SessionState.ACTIVE, LiveState.IN_SESSION),
        (AppointmentStatus.STARTED, SessionState.CONNECTING, LiveState.IN_SESSION),
        (AppointmentStatus.STARTED, SessionState.ENDED, LiveState.DONE),
        (AppointmentStatus.MISSED, None, LiveState.MISSED),
        (AppointmentStatus.CANCELLED, None, LiveState.CANCELLED),
        (AppointmentStatus.RESCHEDULED, None, LiveState.RESCHEDULED),
    ],
)
def test_stored_states_win(
    status: AppointmentStatus, session: SessionState | None, state: LiveState
) -> None:
    record = replace(BOOKED, status=status, session_state=session)
    assert live_status(record, AT_14 - timedelta(hours=1), LISBON).state is state
