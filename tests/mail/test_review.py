"""Review before sending (`mail.review`): every message is queued held, the sender never takes a
held one, and the technician releases it (then it is delivered exactly once) or discards it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.core.parties import Customer
from app.services.errors import NotFoundError
from app.storage.database import Database
from tests.mail.conftest import MailOffice
from tests.mail.messages import ended_session, only
from tests.mail.smtp_server import SmtpServer
from tests.memory_keyring import MemoryKeyring


@pytest.fixture
def reviewing(
    mail_db: Database, clock: ManualClock, smtp: SmtpServer, tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> MailOffice:  # fmt: skip
    return MailOffice(mail_db, clock, smtp.port, tmp_path / "config", {"mail.review": True})


def test_a_held_message_is_not_sent_until_released_then_exactly_once(
    reviewing: MailOffice, smtp: SmtpServer
) -> None:
    ana = reviewing.customer("Ana Silva", "iponto")
    ended_session(reviewing, ana, 30)
    [held] = reviewing.outbox.list()
    assert (held.kind, held.status) == ("session_summary", "held")

    reviewing.clock.advance(hours=3)  # far past any retry delay: waiting is not what holds it
    report = reviewing.courier.send_due()
    assert (report.sent, report.waiting, report.failed) == (0, 0, 0)
    assert smtp.received == []
    assert reviewing.outbox.get(held.id).status == "held"

    released = reviewing.outbox.release(held.id)
    assert (released.status, released.due_at) == ("queued", reviewing.clock.now())
    assert reviewing.courier.send_due().sent == 1
    assert reviewing.courier.send_due().sent == 0
    message = only(smtp)
    assert message["Message-ID"] == held.message_id
    assert message["Subject"] == held.subject
    assert reviewing.outbox.get(held.id).status == "sent"


def test_every_kind_is_held_and_a_discarded_one_is_never_sent(
    reviewing: MailOffice, smtp: SmtpServer
) -> None:
    bob = reviewing.customer("Bob Jones", "phonetex")
    reviewing.mail.invite(bob)
    booked = reviewing.book.book(bob, reviewing.clock.now() + timedelta(days=1), invite=True)
    booking_invitation = reviewing.outbox.list()[0]
    assert (booking_invitation.kind, booking_invitation.status) == ("invitation", "held")
    reviewing.outbox.release(booking_invitation.id)
    assert reviewing.courier.send_due().sent == 1  # the customer has the event now
    moved = reviewing.book.reschedule(booked.id, reviewing.clock.now() + timedelta(days=2))
    [update] = reviewing.outbox.list(status="held")[:1]
    assert update.kind == "rescheduled"
    reviewing.book.cancel(moved.id)
    assert [(r.kind, r.status) for r in reviewing.outbox.list()] == [
        ("cancellation", "held"), ("rescheduled", "discarded"), ("invitation", "sent"),
        ("invitation", "held"),
    ]  # fmt: skip
    for record in reviewing.outbox.list(status="held"):
        reviewing.outbox.discard(record.id)
    reviewing.courier.send_due()
    assert len(smtp.received) == 1
    assert {r.status for r in reviewing.outbox.list()} == {"discarded", "sent"}


def test_without_an_address_the_message_fails_visibly_rather_than_waiting_for_review(
    reviewing: MailOffice,
) -> None:
    carla = reviewing.customers.add_customer(Customer("Carla", policy_id="iponto")).id
    ended_session(reviewing, carla, 10)
    [message] = reviewing.outbox.list()
    assert message.status == "failed"
    assert message.last_error.startswith("The customer has no email address")


def test_only_a_held_message_is_released(office: MailOffice) -> None:
    bob = office.customer("Bob Jones", "phonetex")
    queued = office.mail.invite(bob)  # review is off: queued at once
    assert queued.status == "queued"
    with pytest.raises(DomainError) as refused:
        office.outbox.release(queued.id)
    assert str(refused.value) == f"Message {queued.id} is queued; only a held one is released."
    with pytest.raises(NotFoundError, match=r"There is no message 99 in the outbox\."):
        office.outbox.release(99)


def test_a_failed_message_retried_is_held_for_review_again_not_sent(
    reviewing: MailOffice, smtp: SmtpServer
) -> None:
    ana = reviewing.customer("Ana Silva", "iponto")
    ended_session(reviewing, ana, 30)
    [held] = reviewing.outbox.list()
    smtp.recorder.refuse.add("ana@customer.example")
    reviewing.outbox.release(held.id)
    assert reviewing.courier.send_due().failed == 1
    smtp.recorder.refuse.clear()

    retried = reviewing.outbox.retry(held.id)
    assert (retried.status, retried.last_error) == ("held", "")
    reviewing.clock.advance(hours=3)
    assert reviewing.courier.send_due().sent == 0
    assert smtp.received == []
    reviewing.outbox.release(held.id)
    assert reviewing.courier.send_due().sent == 1
    assert only(smtp)["Message-ID"] == held.message_id
