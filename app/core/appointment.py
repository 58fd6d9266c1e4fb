"""Appointments: a booked start for a customer, and what it looks like at any moment of the day.

Stored states are booked, started (a session was opened for it), missed, cancelled and
rescheduled (a new booking replaces it; both stay in the history, linked). The live state the
"Today" view shows is derived from the stored one, the clock, the late tolerance and the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum

from app.core.remote_tool import RemoteTool
from app.core.session import SessionState

DUE_BEFORE = timedelta(minutes=5)  # an appointment is "due" from 5 minutes before its start
DUE_GRACE = timedelta(minutes=1)  # and counts as "late" once a minute has passed


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    STARTED = "started"
    MISSED = "missed"
    CANCELLED = "cancelled"
    RESCHEDULED = "rescheduled"


class LiveState(StrEnum):
    UPCOMING = "upcoming"
    DUE = "due"
    LATE = "late"
    MISSED = "missed"
    IN_SESSION = "in session"
    DONE = "done"
    CANCELLED = "cancelled"
    RESCHEDULED = "rescheduled"


@dataclass(frozen=True, slots=True)
class AppointmentRecord:
    id: int
    customer_id: int
    customer_name: str
    equipment_id: int | None
    equipment_label: str
    tool: RemoteTool | None
    scheduled_at: datetime
    expected_minutes: int | None
    note: str
    status: AppointmentStatus
    session_id: int | None
    session_state: SessionState | None
    rescheduled_from_id: int | None
    rescheduled_to_id: int | None
    reason: str  # why it was cancelled, or started despite being late
    tolerance_seconds: int | None  # from the customer's policy; None: no limit


@dataclass(frozen=True, slots=True)
class LiveStatus:
    state: LiveState
    text: str  # e.g. "late by 6 min (tolerance ends 14:10)"
    tolerance_ends: datetime | None


def live_status(record: AppointmentRecord, now: datetime, zone: tzinfo | None) -> LiveStatus:
    """What the appointment is at `now`; times in the text are local to `zone`."""
    tolerance_ends = (
        record.scheduled_at + timedelta(seconds=record.tolerance_seconds)
        if record.tolerance_seconds is not None
        else None
    )
    match record.status:
        case AppointmentStatus.CANCELLED:
            return LiveStatus(LiveState.CANCELLED, "cancelled", None)
        case AppointmentStatus.RESCHEDULED:
            return LiveStatus(LiveState.RESCHEDULED, "rescheduled", None)
        case AppointmentStatus.MISSED:
            return LiveStatus(LiveState.MISSED, "missed", tolerance_ends)
        case AppointmentStatus.STARTED:
            if record.session_state is SessionState.ENDED:
                return LiveStatus(LiveState.DONE, "done", None)
            return LiveStatus(LiveState.IN_SESSION, "in session", None)
    until = record.scheduled_at - now
    if until > DUE_BEFORE:
        return LiveStatus(LiveState.UPCOMING, f"upcoming (starts in {_minutes(until)})", None)
    late = now - record.scheduled_at
    if late < DUE_GRACE:
        return LiveStatus(LiveState.DUE, "due", tolerance_ends)
    if tolerance_ends is None or now <= tolerance_ends:
        ends = (
            f" (tolerance ends {tolerance_ends.astimezone(zone):%H:%M})" if tolerance_ends else ""
        )
        return LiveStatus(LiveState.LATE, f"late by {_minutes(late)}{ends}", tolerance_ends)
    return LiveStatus(LiveState.MISSED, "missed", tolerance_ends)


def _minutes(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"
