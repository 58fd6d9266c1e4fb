"""An invited booking keeps the customer's calendar right, against a real SMTP server: moving it
sends the updated invitation (the same UID, the next SEQUENCE, METHOD:REQUEST, the new start) and
cancelling it sends the cancellation (METHOD:CANCEL), each in the transaction of the change."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage

import pytest
from icalendar import Calendar, Component

from app.core.errors import DomainError
from app.services.appointments import AppointmentBook
from app.storage.models import CustomerRow
from tests.mail.conftest import MailOffice, lookup
from tests.mail.messages import parts
from tests.mail.smtp_server import SmtpServer

UPDATES = [
    pytest.param("pardini",
                 ["26 de novembro de 2026 às 11:00", "em vez de 25 de novembro de 2026 às 10:00"],
                 ["de 26 de novembro de 2026 às 11:00", "foi cancelada"], id="pt"),
    pytest.param("page-computers",
                 ["26 november 2026 om 15:00", "in plaats van 25 november 2026 om 14:00"],
                 ["op 26 november 2026 om 15:00", "is geannuleerd"], id="nl"),
    pytest.param("phonetex",
                 ["26 November 2026 at 15:00", "instead of 25 November 2026 at 14:00"],
                 ["on 26 November 2026 at 15:00", "is cancelled"], id="en"),
]  # fmt: skip


def deliver(office: MailOffice, smtp: SmtpServer) -> EmailMessage:
    """Send what is due; exactly one message must arrive."""
    before = len(smtp.received)
    assert office.courier.send_due().sent == 1
    assert len(smtp.received) == before + 1
    return smtp.received[-1].message


def calendar_event(message: EmailMessage, name: str) -> tuple[str, Component]:
    """The calendar part's method parameter and its one event."""
    [part] = [p for p in message.iter_attachments() if p.get_filename() == name]
    assert part.get_content_type() == "text/calendar"
    data = part.get_payload(decode=True)
    assert isinstance(data, bytes)
    calendar = Calendar.from_ical(data)
    [event] = calendar.walk("VEVENT")
    assert str(calendar["METHOD"]) == part.get_param("method")
    return str(calendar["METHOD"]), event


def start(event: Component) -> datetime:
    value = event.decoded("DTSTART")
    assert isinstance(value, datetime)
    return value


@pytest.mark.parametrize(("policy", "moved", "cancelled"), UPDATES)
def test_moving_then_cancelling_an_invited_booking_updates_the_customers_calendar(
    office: MailOffice, smtp: SmtpServer, policy: str, moved: list[str], cancelled: list[str]
) -> None:
    customer = office.customer("Ana Silva", policy)
    first_at = office.clock.now().replace(hour=13) + timedelta(days=1)
    first = office.book.book(customer, first_at, expected_minutes=45, invite=True)
    method, event = calendar_event(deliver(office, smtp), "appointment.ics")
    uid = f"appointment-{first.id}@assistdesk"
    assert (method, event["UID"], event["SEQUENCE"], start(event)) == ("REQUEST", uid, 0, first_at)
    assert str(event["ORGANIZER"]) == "mailto:office@page.example"
    assert str(event["ATTENDEE"]) == "mailto:ana@customer.example"

    office.clock.advance(hours=1)
    new_at = first_at + timedelta(days=1, hours=1)
    second = office.book.reschedule(first.id, new_at)
    assert second.id != first.id
    message = deliver(office, smtp)
    text, _ = parts(message)
    for phrase in moved:
        assert phrase in text, phrase
    method, event = calendar_event(message, "appointment.ics")
    assert (method, event["UID"], event["SEQUENCE"], start(event)) == ("REQUEST", uid, 1, new_at)
    assert event.decoded("DTEND") == new_at + timedelta(minutes=45)

    office.book.cancel(second.id, "the customer called")
    message = deliver(office, smtp)
    text, _ = parts(message)
    for phrase in cancelled:
        assert phrase in text, phrase
    assert "the customer called" not in text  # the office's own note stays in the office
    method, event = calendar_event(message, "cancellation.ics")
    assert (method, event["UID"], event["SEQUENCE"], start(event)) == ("CANCEL", uid, 2, new_at)
    assert event["STATUS"] == "CANCELLED"
    assert [r.kind for r in office.outbox.list()] == ["cancellation", "rescheduled", "invitation"]
    assert office.book.invited_among([first.id, second.id]) == {first.id, second.id}


def test_a_booking_never_invited_or_whose_invitation_was_discarded_sends_nothing(
    office: MailOffice, smtp: SmtpServer
) -> None:
    bob = office.customer("Bob Jones", "phonetex")
    tomorrow = office.clock.now() + timedelta(days=1)
    quiet = office.book.book(bob, tomorrow)
    moved = office.book.reschedule(quiet.id, tomorrow + timedelta(hours=1))
    office.book.cancel(moved.id)
    discarded = office.book.book(bob, tomorrow + timedelta(hours=2), invite=True)
    [invitation] = office.outbox.list()
    office.outbox.discard(invitation.id)
    office.book.cancel(discarded.id)
    assert len(office.outbox.list()) == 1
    assert office.book.invited_among([quiet.id, moved.id, discarded.id]) == set()
    office.courier.send_due()
    assert smtp.received == []


def test_inviting_when_rescheduling_keeps_the_first_bookings_uid(
    office: MailOffice, smtp: SmtpServer
) -> None:
    bob = office.customer("Bob Jones", "phonetex")
    tomorrow = office.clock.now() + timedelta(days=1)
    first = office.book.book(bob, tomorrow)
    second = office.book.reschedule(first.id, tomorrow + timedelta(hours=1), invite=True)
    method, event = calendar_event(deliver(office, smtp), "appointment.ics")
    assert (method, event["UID"], event["SEQUENCE"]) == (
        "REQUEST", f"appointment-{first.id}@assistdesk", 0,
    )  # fmt: skip
    assert office.book.invited_among([first.id, second.id]) == {second.id}


def test_a_cancellation_stands_when_the_customer_has_lost_the_address_and_fails_visibly(
    office: MailOffice, smtp: SmtpServer
) -> None:
    bob = office.customer("Bob Jones", "phonetex")
    booked = office.book.book(bob, office.clock.now() + timedelta(days=1), invite=True)
    deliver(office, smtp)
    with office.db.transaction() as orm:
        row = orm.get(CustomerRow, bob)
        assert row is not None
        row.email = ""
    assert office.book.cancel(booked.id).status.value == "cancelled"
    cancellation = office.outbox.list()[0]
    assert (cancellation.kind, cancellation.status) == ("cancellation", "failed")
    assert cancellation.last_error.startswith("The customer has no email address")


def test_without_mail_an_invited_booking_is_neither_moved_nor_cancelled(
    office: MailOffice, smtp: SmtpServer
) -> None:
    bob = office.customer("Bob Jones", "phonetex")
    booked = office.book.book(bob, office.clock.now() + timedelta(days=1), invite=True)
    deliver(office, smtp)  # the customer has the event: moving it must tell their calendar
    no_mail = AppointmentBook(office.db, office.clock, lookup, "desk")
    with pytest.raises(DomainError, match="Mail is not available here"):
        no_mail.cancel(booked.id)
    with pytest.raises(DomainError, match="Mail is not available here"):
        no_mail.reschedule(booked.id, office.clock.now() + timedelta(days=2))
    assert office.book.get(booked.id).status.value == "booked"
    assert len(office.outbox.list()) == 1
