"""Appointments as an iCalendar file (RFC 5545) that Outlook, Thunderbird and Google Calendar open:
the office's export, and the calendar file a customer's invitation carries (RFC 5546, iTIP).

Times are written in UTC, so every calendar shows them in its own zone; each event keeps a stable
UID, so importing a later export updates the events instead of duplicating them. A customer's
booking keeps the UID of its first booking through every reschedule; each new calendar message
for it has a higher SEQUENCE (METHOD:REQUEST to add or move it, METHOD:CANCEL to remove it), so
the customer's calendar moves or removes the one event it already has.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from icalendar import Calendar, Event, vCalAddress, vText

from app import APP_NAME
from app.core.appointment import AppointmentRecord, AppointmentStatus

DEFAULT_LENGTH = timedelta(minutes=30)  # when a booking gives no expected length
EXPORTED = (AppointmentStatus.BOOKED, AppointmentStatus.STARTED, AppointmentStatus.MISSED)
REQUEST, CANCEL = "REQUEST", "CANCEL"


def booking_uid(first_booking_id: int) -> str:
    """The event's UID: the first booking's, kept when the booking is rescheduled."""
    return f"appointment-{first_booking_id}@assistdesk"


@dataclass(frozen=True, slots=True)
class CalendarMessage:
    """One booking as the customer's calendar receives it."""

    uid: str
    sequence: int  # 0 for the first message about this UID, one more for each later one
    method: str  # REQUEST (add or move the event) or CANCEL (remove it)
    start: datetime
    minutes: int | None
    summary: str
    organizer: str = ""  # the office's address (the sender)
    organizer_name: str = ""
    attendee: str = ""  # the customer's address
    attendee_name: str = ""


def booking_ics(message: CalendarMessage, now: datetime) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//Invitation//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", message.method)
    event = Event()
    event.add("uid", message.uid)
    event.add("sequence", message.sequence)
    event.add("dtstamp", now)
    event.add("dtstart", message.start)
    event.add("dtend", message.start + (timedelta(minutes=message.minutes or 0) or DEFAULT_LENGTH))
    event.add("summary", message.summary)
    event.add("status", "CANCELLED" if message.method == CANCEL else "CONFIRMED")
    if message.organizer:
        event.add("organizer", _address(message.organizer, message.organizer_name))
    if message.attendee:
        attendee = _address(message.attendee, message.attendee_name)
        attendee.params["ROLE"] = vText("REQ-PARTICIPANT")
        attendee.params["RSVP"] = vText("FALSE")  # the office does not collect replies
        event.add("attendee", attendee)
    calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def _address(email: str, name: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    if name:
        address.params["CN"] = vText(name)
    return address


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
