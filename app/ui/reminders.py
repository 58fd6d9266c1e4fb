"""When to remind the technician of an appointment: once when it becomes due, and once shortly
before its late tolerance runs out. Plain Python — the tray only shows what this decides — so the
rule is tested without Qt, and each reminder is given at most once per appointment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from app.core.appointment import AppointmentRecord, AppointmentStatus, LiveState, live_status

WARN_BEFORE_TOLERANCE_ENDS = timedelta(minutes=2)
_WAITING = (LiveState.DUE, LiveState.LATE)  # the customer is expected now


@dataclass(frozen=True, slots=True)
class Reminder:
    appointment_id: int
    title: str
    message: str


class AppointmentReminders:
    """Remembers which reminders were given; `check` returns the new ones at `now`."""

    def __init__(self, warn_before: timedelta = WARN_BEFORE_TOLERANCE_ENDS) -> None:
        self._warn_before = warn_before
        self._given: set[tuple[int, str]] = set()

    def check(
        self, records: Iterable[AppointmentRecord], now: datetime, zone: tzinfo | None = None
    ) -> list[Reminder]:
        """Times in the messages are local to `zone` (None: the system's)."""
        reminders = []
        for record in records:
            if record.status is not AppointmentStatus.BOOKED:
                continue  # started, cancelled, replaced or already missed: nothing to remind
            live = live_status(record, now, zone)
            if live.state not in _WAITING:
                continue
            when = f"{record.scheduled_at.astimezone(zone):%H:%M}"
            who = record.customer_name + (f" ({record.tool.display_name})" if record.tool else "")
            if self._first(record.id, "due"):
                reminders.append(
                    Reminder(record.id, f"Appointment at {when}", f"{who}: {live.text}")
                )
            ends = live.tolerance_ends
            ending = ends is not None and now >= ends - self._warn_before
            if ends is not None and ending and self._first(record.id, "end"):
                reminders.append(
                    Reminder(
                        record.id,
                        f"Tolerance ends at {ends.astimezone(zone):%H:%M}",
                        f"{who}, booked for {when}, is {live.text}. Start the session now or "
                        "reschedule it.",
                    )
                )
        return reminders

    def _first(self, appointment_id: int, kind: str) -> bool:
        """True the first time this reminder is asked for, and remembers it."""
        key = (appointment_id, kind)
        if key in self._given:
            return False
        self._given.add(key)
        return True
