"""Appointments as an iCalendar file (RFC 5545) that Outlook, Thunderbird and Google Calendar open.

Times are written in UTC, so every calendar shows them in its own zone; each event keeps a stable
UID, so importing a later export updates the events instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from icalendar import Calendar, Event

from app import APP_NAME
from app.core.appointment import AppointmentRecord, AppointmentStatus

DEFAULT_LENGTH = timedelta(minutes=30)  # when a booking gives no expected length
EXPORTED = (AppointmentStatus.BOOKED, AppointmentStatus.STARTED, AppointmentStatus.MISSED)


def appointments_ics(records: Sequence[AppointmentRecord], now: datetime) -> bytes:
    """Booked, started and missed appointments (cancelled and replaced ones are left out)."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//Appointments//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for record in records:
        if record.status not in EXPORTED:
            continue
        length = (
            timedelta(minutes=record.expected_minutes)
            if record.expected_minutes
            else DEFAULT_LENGTH
        )
        event = Event()
        event.add("uid", f"appointment-{record.id}@assistdesk")
        event.add("dtstamp", now)
        event.add("dtstart", record.scheduled_at)
        event.add("dtend", record.scheduled_at + length)
        event.add("summary", f"Remote support: {record.customer_name}")
        description = _description(record)
        if description:
            event.add("description", description)
        event.add(
            "status", "CONFIRMED" if record.status is not AppointmentStatus.MISSED else "CANCELLED"
        )
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def _description(record: AppointmentRecord) -> str:
    parts = []
    if record.tool is not None:
        parts.append(f"Tool: {record.tool.display_name}")
    if record.equipment_label:
        parts.append(f"Equipment: {record.equipment_label}")
    if record.note:
        parts.append(record.note)
    return "\n".join(parts)
