"""The outbox on SQLite and PostgreSQL: a message is kept exactly when its event is, attachments
come back byte for byte, and a message is claimed for sending by one worker only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.core.parties import Customer
from app.mail.composer import Attachment
from app.mail.templates import MailKind, RenderedMail
from app.services.customers import CustomerService
from app.services.outbox import MailDraft, Outbox, content
from app.storage.database import Database, open_database
from app.storage.models import CustomerRow
from app.storage.outbox_queue import OutboxQueue

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
PDF = bytes(range(256)) * 4  # every byte value, as a PDF has


def draft(customer_id: int, recipient: str = "ana@example.com") -> MailDraft:
    rendered = RenderedMail("Fatura FT 2026/0001", "Olá Ana,\n", "<p>Olá Ana,</p>")
    return MailDraft(MailKind.INVOICE, "pt", recipient, rendered,
                     (Attachment("Fatura FT 2026-0001.pdf", "application/pdf", PDF),),
                     customer_id=customer_id)  # fmt: skip


@pytest.fixture
def ana(db: Database) -> int:
    return CustomerService(db, ManualClock(NOW)).add_customer(Customer("Ana", "a@x.pt")).id


@pytest.fixture
def other(db_url: str, db: Database) -> Iterator[Database]:
    second, _ = open_database(db_url)
    try:
        yield second
    finally:
        second.dispose()


def test_a_message_is_kept_only_with_its_event(db: Database, ana: int) -> None:
    def failing_event() -> None:
        with db.transaction() as orm:
            Outbox.add(orm, draft(ana), NOW)
            orm.get(CustomerRow, ana).email = "changed@x.pt"  # type: ignore[union-attr]
            raise RuntimeError("the event failed")

    with pytest.raises(RuntimeError):
        failing_event()
    assert Outbox(db, ManualClock(NOW)).list() == []
    with db.transaction() as orm:
        Outbox.add(orm, draft(ana), NOW, sender="office@page.example")
    [record] = Outbox(db, ManualClock(NOW)).list()
    assert (record.kind, record.status, record.attempts, record.recipient) == (
        "invoice", "queued", 0, "ana@example.com",
    )  # fmt: skip
    assert record.message_id.endswith("@page.example>")
    assert record.attachments == ("Fatura FT 2026-0001.pdf",)


def test_the_stored_message_comes_back_exactly(db: Database, ana: int) -> None:
    with db.transaction() as orm:
        message_id = Outbox.add(orm, draft(ana), NOW).id
    with db.reading() as orm:
        row = OutboxQueue(orm).get(message_id)
        assert row is not None
        stored = content(row)
    assert (stored.subject, stored.text, stored.html) == (
        "Fatura FT 2026/0001", "Olá Ana,\n", "<p>Olá Ana,</p>",
    )  # fmt: skip
    assert stored.attachments == (Attachment("Fatura FT 2026-0001.pdf", "application/pdf", PDF),)


def test_due_messages_oldest_first_and_claimed_by_one_worker_only(
    db: Database, other: Database, ana: int
) -> None:
    with db.transaction() as orm:
        first = Outbox.add(orm, draft(ana), NOW).id
        later = Outbox.add(orm, draft(ana), NOW + timedelta(minutes=5)).id
    with db.reading() as orm:
        assert OutboxQueue(orm).due(NOW, 10) == [first]
        assert OutboxQueue(orm).due(NOW + timedelta(minutes=5), 10) == [first, later]
    with db.transaction() as orm:
        claimed = OutboxQueue(orm).claim(first, NOW)
        assert claimed is not None
        assert (claimed.status, claimed.attempts, claimed.attempted_at) == ("sending", 1, NOW)
    with other.transaction() as orm:  # another workstation, a moment later
        assert OutboxQueue(orm).claim(first, NOW) is None
        assert OutboxQueue(orm).counts() == {"queued": 1, "sending": 1}
    with db.reading() as orm:
        assert OutboxQueue(orm).due(NOW + timedelta(hours=1), 10) == [later]


def test_only_a_failed_message_is_retried(db: Database) -> None:
    outbox = Outbox(db, ManualClock(NOW))
    bea = CustomerService(db, ManualClock(NOW)).add_customer(Customer("Bea")).id
    with db.transaction() as orm:
        message_id = Outbox.add(orm, draft(bea, recipient=""), NOW).id
    assert outbox.get(message_id).status == "failed"
    with pytest.raises(DomainError, match="add the customer's email first"):
        outbox.retry(message_id)
    with db.transaction() as orm:
        orm.get(CustomerRow, bea).email = "bea@x.pt"  # type: ignore[union-attr]
    retried = outbox.retry(message_id)
    assert (retried.status, retried.recipient) == ("queued", "bea@x.pt")
    with pytest.raises(DomainError, match="only a failed one is retried"):
        outbox.retry(message_id)
    with pytest.raises(DomainError, match=r"There is no message 999 in the outbox\."):
        outbox.discard(999)
