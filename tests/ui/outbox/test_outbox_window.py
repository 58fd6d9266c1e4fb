"""The outbox window: each message's status, attempts and error; the preview of its subject,
text and HTML; Retry (which wakes the sender) and Discard."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.records import CustomerRecord
from app.mail.templates import MailKind, RenderedMail
from app.services.outbox import MailDraft, Outbox
from app.storage.database import Database
from app.storage.outbox_models import OutboxRow
from app.ui.office.outbox.outbox_model import (
    COL_ATTEMPTS,
    COL_ERROR,
    COL_STATUS,
    COL_SUBJECT,
    COL_TO,
    OutboxTableModel,
)
from app.ui.office.outbox.outbox_window import NO_SELECTION, NOT_SENDING, OutboxWindow
from tests.ui.conftest import LOCALE
from tests.ui.helpers import click

REFUSED = "550 5.1.1 <nobody@example.com>: recipient unknown"


class FakeWorker:
    def __init__(self) -> None:
        self.wakes = 0

    def wake(self) -> None:
        self.wakes += 1


def queue(db: Database, clock: ManualClock, customer: int, subject: str, to: str) -> int:
    rendered = RenderedMail(subject, f"Hello,\n{subject}.\n", f"<p>Hello, <b>{subject}</b></p>")
    draft = MailDraft(MailKind.SESSION_SUMMARY, "en", to, rendered, customer_id=customer)
    with db.transaction() as orm:
        return Outbox.add(orm, draft, clock.now()).id


@pytest.fixture
def outbox(database: Database, clock: ManualClock, ana: CustomerRecord) -> Outbox:
    """Three messages: one sent, one queued, and one the server refused after two attempts."""
    sent = queue(database, clock, ana.id, "Your session on 24 November", "ana@example.com")
    queue(database, clock, ana.id, "Invitation for Friday", "ana@example.com")
    clock.advance(minutes=1)
    refused = queue(database, clock, ana.id, "Your invoice FT 2026/0001", "nobody@example.com")
    with database.transaction() as orm:
        row = orm.get(OutboxRow, sent)
        assert row is not None
        row.status, row.sent_at, row.attempts = "sent", clock.now(), 1
        row = orm.get(OutboxRow, refused)
        assert row is not None
        row.status, row.attempts, row.last_error = "failed", 2, REFUSED
    return Outbox(database, clock)


@pytest.fixture
def worker() -> FakeWorker:
    return FakeWorker()


@pytest.fixture
def window(qtbot: QtBot, outbox: Outbox, worker: FakeWorker) -> OutboxWindow:
    made = OutboxWindow(outbox, worker, LOCALE)  # type: ignore[arg-type]
    qtbot.addWidget(made.view)
    made.view.show()
    qtbot.waitExposed(made.view)
    return made


def texts(model: OutboxTableModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_model_shows_status_attempts_and_the_servers_reply(outbox: Outbox) -> None:
    model = OutboxTableModel()
    model.set_rows(outbox.list())
    assert texts(model, COL_STATUS) == ["Failed", "Queued", "Sent"]  # newest first
    assert texts(model, COL_TO)[0] == "nobody@example.com"
    assert texts(model, COL_ATTEMPTS) == ["2", "0", "1"]
    assert texts(model, COL_ERROR) == [REFUSED, "—", "—"]


def test_a_failed_message_is_previewed_and_retried(
    qtbot: QtBot, window: OutboxWindow, worker: FakeWorker, outbox: Outbox, clock: ManualClock
) -> None:
    view = window.view
    assert view.heading.text() == NO_SELECTION
    assert not view.retry.isEnabled()
    assert not view.discard.isEnabled()
    assert view.sending.text() == ""  # a worker sends the queue

    window.select(window.model.record(0).id)
    assert "Subject: Your invoice FT 2026/0001" in view.heading.text()
    assert f"Problem: {REFUSED}" in view.heading.text()
    assert "Failed, 2 attempt(s)" in view.heading.text()
    assert view.text.toPlainText() == "Hello,\nYour invoice FT 2026/0001.\n"
    assert "Your invoice FT 2026/0001" in view.html.toPlainText()
    assert view.retry.isEnabled()
    assert view.discard.isEnabled()

    clock.advance(minutes=5)
    click(view.retry)
    assert worker.wakes == 1
    assert window.model.index(0, COL_STATUS).data() == "Queued"
    retried = outbox.get(window.model.record(0).id)
    assert (retried.status, retried.last_error) == ("queued", "")
    assert retried.due_at - clock.now() == timedelta(0)
    assert not view.retry.isEnabled()  # only a failed message is retried


def test_discard_keeps_the_message_listed_as_discarded(window: OutboxWindow) -> None:
    view = window.view
    queued = window.model.record(1)
    window.select(queued.id)
    assert not view.retry.isEnabled()
    click(view.discard)
    assert window.model.index(1, COL_STATUS).data() == "Discarded"
    assert window.model.index(1, COL_SUBJECT).data() == "Invitation for Friday"
    assert not view.discard.isEnabled()


def test_the_status_filter_and_a_desk_without_mail(qtbot: QtBot, outbox: Outbox) -> None:
    made = OutboxWindow(outbox, None, LOCALE)
    qtbot.addWidget(made.view)
    assert made.view.sending.text() == NOT_SENDING
    made.view.status.setCurrentIndex(made.view.status.findData("sent"))
    assert texts(made.model, COL_SUBJECT) == ["Your session on 24 November"]
