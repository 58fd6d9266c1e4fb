"""Queueing happens in the event's transaction: an event refused leaves no message, a message
refused leaves no event; a summary can be asked for afterwards and previewed without queueing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.core.errors import DomainError
from app.core.parties import Customer
from app.core.session import Outcome
from app.storage.document_models import DocumentRow
from app.storage.models import AppointmentRow
from tests.mail.conftest import MailOffice


def count(office: MailOffice, table: type) -> int:
    with office.db.reading() as orm:
        return int(orm.scalar(select(func.count()).select_from(table)) or 0)


def test_sending_to_a_customer_without_an_address_issues_and_books_nothing(
    office: MailOffice,
) -> None:
    bert = office.customers.add_customer(Customer("Bert", policy_id="page-computers")).id
    start = office.clock.now() - timedelta(days=1)
    office.sessions.record_past(bert, start, start + timedelta(minutes=12))
    with pytest.raises(DomainError, match="Bert has no email address"):
        office.desk.create(bert, send=True)
    with pytest.raises(DomainError, match="Bert has no email address"):
        office.book.book(bert, office.clock.now() + timedelta(days=1), invite=True)
    assert (count(office, DocumentRow), count(office, AppointmentRow)) == (0, 0)
    assert office.outbox.list() == []
    issued = office.desk.create(bert)  # the number the refused attempt did not take
    assert issued.document.number.endswith("/0001")


def test_a_summary_asked_for_afterwards_and_a_preview_that_queues_nothing(
    office: MailOffice,
) -> None:
    bob = office.customer("Bob Jones", "phonetex")
    detail = office.sessions.open(bob)
    office.sessions.accept(detail.id)
    office.clock.advance(minutes=40)
    office.sessions.end(detail.id, Outcome.UNRESOLVED)
    preview = office.mail.preview_summary(detail.id)
    assert preview.rendered.subject.startswith("Your remote support session of")
    assert "Outcome: unresolved" in preview.rendered.text
    assert "To be charged: £65.00." in preview.rendered.text.replace("\xa0", " ")
    assert office.outbox.list() == []
    queued = office.mail.send_summary(detail.id)
    assert (queued.kind, queued.status) == ("session_summary", "queued")
    assert office.outbox.preview(queued.id) == preview.rendered
    invitation = office.mail.preview_invitation(bob)
    assert "Zoho Assist" in invitation.rendered.text
    assert len(office.outbox.list()) == 1
