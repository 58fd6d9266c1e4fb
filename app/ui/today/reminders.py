"""When to remind the technician of an appointment: once when it becomes due, and once shortly
before its late tolerance runs out. Plain Python — the tray only shows what this decides — so the
rule is tested without Qt, and each reminder is given at most once per appointment. `live_text`
says an appointment's live status in the installed language, for the reminders and the Today tab.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from app.core.appointment import (
    AppointmentRecord,
    AppointmentStatus,
    LiveState,
    LiveStatus,
    live_status,
)
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

WARN_BEFORE_TOLERANCE_ENDS = timedelta(minutes=2)
_WAITING = (LiveState.DUE, LiveState.LATE)  # the customer is expected now
_LIVE_WORDS = {
    LiveState.DUE: QT_TRANSLATE_NOOP("Appointments", "due"),
    LiveState.MISSED: QT_TRANSLATE_NOOP("Appointments", "missed"),
    LiveState.IN_SESSION: QT_TRANSLATE_NOOP("Appointments", "in session"),
    LiveState.DONE: QT_TRANSLATE_NOOP("Appointments", "done"),
    LiveState.CANCELLED: QT_TRANSLATE_NOOP("Appointments", "cancelled"),
    LiveState.RESCHEDULED: QT_TRANSLATE_NOOP("Appointments", "rescheduled"),
}


def live_text(
    record: AppointmentRecord, live: LiveStatus, now: datetime, zone: tzinfo | None
) -> str:
    """ "upcoming (starts in 12 min)", "late by 6 min (tolerance ends 14:10)", "missed"…: the live
    status at `now`, times local to `zone` (None: the system's)."""
    if live.state is LiveState.UPCOMING:
        text = translate("Appointments", "upcoming (starts in {span})")
        return text.format(span=span_text(record.scheduled_at - now))
    if live.state is LiveState.LATE:
        late = span_text(now - record.scheduled_at)
        if live.tolerance_ends is None:
            return translate("Appointments", "late by {span}").format(span=late)
        text = translate("Appointments", "late by {span} (tolerance ends {time})")
        return text.format(span=late, time=f"{live.tolerance_ends.astimezone(zone):%H:%M}")
    return translate("Appointments", _LIVE_WORDS[live.state])


def span_text(span: timedelta) -> str:
    """ "12 min", "1 h 05 min": whole minutes, rounded down."""
    minutes = int(span.total_seconds() // 60)
    if minutes < 60:
        return translate("Appointments", "{minutes} min").format(minutes=minutes)
    text = translate("Appointments", "{hours} h {minutes} min")
    return text.format(hours=minutes // 60, minutes=f"{minutes % 60:02d}")


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
            status = live_text(record, live, now, zone)
            if self._first(record.id, "due"):
                title = translate("Appointments", "Appointment at {time}").format(time=when)
                reminders.append(Reminder(record.id, title, f"{who}: {status}"))
            ends = live.tolerance_ends
            ending = ends is not None and now >= ends - self._warn_before
            if ends is not None and ending and self._first(record.id, "end"):
                title = translate("Appointments", "Tolerance ends at {time}")
                message = translate(
                    "Appointments",
                    "{who}, booked for {time}, is {status}. Start the session now or "
                    "reschedule it.",
                )
                reminders.append(
                    Reminder(
                        record.id,
                        title.format(time=f"{ends.astimezone(zone):%H:%M}"),
                        message.format(who=who, time=when, status=status),
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
