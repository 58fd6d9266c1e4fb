"""A calendar message that has not gone out when its booking moves or is cancelled is withdrawn in
the same transaction, so the customer never gets a time that no longer holds; what replaces it is
the invitation (if they were told nothing yet) or the update "instead of" the time they were told.
`release` and `retry` refuse a message whose booking is no longer open. Against a real SMTP
server, with and without review (`mail.review`)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.storage.database import Database
from app.storage.outbox_models import OutboxRow
from tests.mail.conftest import MailOffice
from tests.mail.messages import parts
from tests.mail.smtp_server import SmtpServer
from tests.mail.test_calendar_updates import calendar_event, deliver, start
from tests.memory_keyring import MemoryKeyring


@pytest.fixture
def reviewing(
    mail_db: Database, clock: ManualClock, smtp: SmtpServer, tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> MailOffice:  # fmt: skip
    return MailOffice(mail_db, clock, smtp.port, tmp_path / "config", {"mail.review": True})


def test_a_held_invitation_of_a_booking_moved_then_cancelled_is_never_sent(
    reviewing: MailOffice, smtp: SmtpServer
) -> None:
    bob = reviewing.customer("Bob Jones", "phonetex")
    tomorrow = reviewing.clock.now() + timedelta(days=1)
    first = reviewing.book.book(bob, tomorrow, invite=True)
    second = reviewing.book.reschedule(first.id, tomorrow + timedelta(hours=1))
    reviewing.book.cancel(second.id)

    fresh, held = reviewing.outbox.list()
    assert (held.kind, held.status, held.last_error) == (
        "invitation", "discarded",
        f"Not sent: the booking was rescheduled (appointment {second.id}).",
    )  # fmt: skip
    assert (fresh.kind, fresh.status, fresh.last_error) == (
        "invitation", "discarded", "Not sent: the booking was cancelled.",
    )  # fmt: skip  # and no cancellation: the customer never had the event
    for message in (held, fresh):
        with pytest.raises(DomainError, match=r"is discarded; only a held one is released\."):
            reviewing.outbox.release(message.id)
    reviewing.clock.advance(hours=2)
    reviewing.courier.send_due()
    assert smtp.received == []
    assert reviewing.book.invited_among([first.id, second.id]) == set()


def test_a_reschedule_invites_to_the_new_time_when_the_held_invitation_never_went_out(
    reviewing: MailOffice, smtp: SmtpServer
) -> None:
    bob = reviewing.customer("Bob Jones", "phonetex")
    first_at = reviewing.clock.now().replace(hour=14) + timedelta(days=1)
    first = reviewing.book.book(bob, first_at, expected_minutes=30, invite=True)
    new_at = first_at + timedelta(days=1)
    second = reviewing.book.reschedule(first.id, new_at)
    fresh = reviewing.outbox.list()[0]
    assert (fresh.kind, fresh.status) == ("invitation", "held")  # to be previewed, like any

    reviewing.outbox.release(fresh.id)
    message = deliver(reviewing, smtp)
    text, _ = parts(message)
    assert "26 November 2026 at 15:00" in text  # the new time, in the customer's zone
    assert "instead of" not in text  # the customer never saw the first time
    method, event = calendar_event(message, "appointment.ics")
    assert (method, event["UID"], event["SEQUENCE"], start(event)) == (
        "REQUEST", f"appointment-{first.id}@assistdesk", 1, new_at,
    )  # fmt: skip  # the chain's event; SEQUENCE only goes up
    assert reviewing.book.invited_among([first.id, second.id]) == {second.id}


def test_a_queued_invitation_is_replaced_not_sent_along_with_the_update(
    office: MailOffice, smtp: SmtpServer
) -> None:
    bob = office.customer("Bob Jones", "phonetex")
    first_at = office.clock.now() + timedelta(days=1)
    first = office.book.book(bob, first_at, invite=True)  # queued, not sent yet
    new_at = first_at + timedelta(hours=2)
    office.book.reschedule(first.id, new_at)
    assert [(r.kind, r.status) for r in office.outbox.list()] == [
        ("invitation", "queued"), ("invitation", "discarded"),
    ]  # fmt: skip
    method, event = calendar_event(deliver(office, smtp), "appointment.ics")
    assert (method, event["SEQUENCE"], start(event)) == ("REQUEST", 1, new_at)
    assert office.courier.send_due().sent == 0
    assert len(smtp.received) == 1


def test_an_update_held_when_the_booking_moves_again_is_replaced_by_one_from_the_time_seen(
    reviewing: MailOffice, smtp: SmtpServer
) -> None:
    bob = reviewing.customer("Bob Jones", "phonetex")
    first_at = reviewing.clock.now().replace(hour=14) + timedelta(days=1)
    first = reviewing.book.book(bob, first_at, invite=True)
    reviewing.outbox.release(reviewing.outbox.list()[0].id)
    deliver(reviewing, smtp)  # the customer has 25 November at 14:00
    second = reviewing.book.reschedule(first.id, first_at + timedelta(days=1))
    unsent = reviewing.outbox.list()[0]
    third_at = first_at + timedelta(days=2)
    reviewing.book.reschedule(second.id, third_at)

    update, withdrawn = reviewing.outbox.list()[:2]
    assert (withdrawn.id, withdrawn.kind, withdrawn.status) == (unsent.id, "rescheduled",
                                                                "discarded")  # fmt: skip
    with pytest.raises(DomainError, match="is discarded"):
        reviewing.outbox.release(withdrawn.id)
    reviewing.outbox.release(update.id)
    message = deliver(reviewing, smtp)
    text, _ = parts(message)
    assert "27 November 2026 at 15:00" in text
    assert "instead of 25 November 2026 at 15:00" in text  # not the 26th, never sent
    method, event = calendar_event(message, "appointment.ics")
    assert (method, event["SEQUENCE"], start(event)) == ("REQUEST", 2, third_at)


def test_a_failed_invitation_of_a_moved_booking_is_not_retried(
    office: MailOffice, smtp: SmtpServer
) -> None:
    bob = office.customer("Bob Jones", "phonetex")
    smtp.recorder.refuse.add("bob@customer.example")
    first = office.book.book(bob, office.clock.now() + timedelta(days=1), invite=True)
    assert office.courier.send_due().failed == 1
    [failed] = office.outbox.list()
    second = office.book.reschedule(first.id, office.clock.now() + timedelta(days=2))
    assert office.outbox.get(failed.id).status == "failed"  # it may have been seen: kept
    smtp.recorder.refuse.clear()
    with pytest.raises(DomainError) as refused:
        office.outbox.retry(failed.id)
    assert str(refused.value) == (
        f"Message {failed.id} is about appointment {first.id}, which is rescheduled, so it is "
        "out of date and cannot be sent."
    )
    assert office.outbox.get(failed.id).status == "failed"
    update = office.outbox.list()[0]
    assert (update.kind, update.status) == ("rescheduled", "queued")
    deliver(office, smtp)  # only the update, for the new booking
    assert office.book.invited_among([second.id]) == {second.id}


def test_release_refuses_a_held_invitation_whose_booking_was_cancelled(
    reviewing: MailOffice, smtp: SmtpServer
) -> None:
    """As an outbox written before withdrawing existed could still have it."""
    bob = reviewing.customer("Bob Jones", "phonetex")
    booked = reviewing.book.book(bob, reviewing.clock.now() + timedelta(days=1), invite=True)
    [invitation] = reviewing.outbox.list()
    reviewing.book.cancel(booked.id)
    with reviewing.db.transaction() as orm:
        row = orm.get(OutboxRow, invitation.id)
        assert row is not None
        row.status = "held"
    with pytest.raises(DomainError, match=r"which is cancelled, so it is out of date"):
        reviewing.outbox.release(invitation.id)
    assert reviewing.outbox.get(invitation.id).status == "held"
    reviewing.courier.send_due()
    assert smtp.received == []
