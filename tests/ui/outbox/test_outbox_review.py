"""A message held for review (`mail.review`) in the outbox window: it is previewed, then Send
queues it (and wakes the sender) or Discard gives it up; the sender never takes it before."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.records import CustomerRecord
from app.mail.templates import MailKind, RenderedMail
from app.paths import AppPaths
from app.services.outbox import MailDraft, Outbox
from app.settings import Settings
from app.storage.database import Database
from app.storage.outbox_models import OutboxRow
from app.ui.office.office_services import open_office
from app.ui.office.outbox.outbox_model import COL_STATUS
from app.ui.office.outbox.outbox_window import OutboxWindow
from tests.ui.conftest import LOCALE
from tests.ui.helpers import click
from tests.ui.outbox.test_outbox_window import FakeWorker


@pytest.fixture
def held(database: Database, clock: ManualClock, ana: CustomerRecord) -> int:
    rendered = RenderedMail("Your session on 24 November", "Hello Ana,\nThe summary.\n",
                            "<p>Hello Ana, <b>the summary</b></p>")  # fmt: skip
    draft = MailDraft(MailKind.SESSION_SUMMARY, "en", "ana@example.com", rendered,
                      customer_id=ana.id)  # fmt: skip
    with database.transaction() as orm:
        return Outbox.add(orm, draft, clock.now(), held=True).id


@pytest.fixture
def worker() -> FakeWorker:
    return FakeWorker()


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, clock: ManualClock, held: int, worker: FakeWorker
) -> OutboxWindow:
    made = OutboxWindow(Outbox(database, clock), worker, LOCALE)  # type: ignore[arg-type]
    qtbot.addWidget(made.view)
    made.view.show()
    qtbot.waitExposed(made.view)
    return made


def test_a_held_message_is_previewed_then_sent(
    window: OutboxWindow, worker: FakeWorker, database: Database, clock: ManualClock, held: int
) -> None:
    view = window.view
    assert window.model.index(0, COL_STATUS).data() == "Held for review"
    assert not view.send.isEnabled()  # nothing selected yet
    window.select(held)
    assert "Subject: Your session on 24 November" in view.heading.text()
    assert "Held for review: Send it when it reads right, or Discard it." in view.heading.text()
    assert view.text.toPlainText() == "Hello Ana,\nThe summary.\n"
    assert "the summary" in view.html.toPlainText()
    assert view.send.isEnabled()
    assert view.discard.isEnabled()
    assert not view.retry.isEnabled()

    assert worker.wakes == 0
    click(view.send)
    assert worker.wakes == 1
    assert window.model.index(0, COL_STATUS).data() == "Queued"
    released = Outbox(database, clock).get(held)
    assert (released.status, released.due_at) == ("queued", clock.now())
    assert not view.send.isEnabled()  # released once: nothing more to send


def test_a_held_message_can_be_discarded_and_the_filter_shows_held_ones(
    window: OutboxWindow, database: Database, clock: ManualClock, held: int
) -> None:
    view = window.view
    view.status.setCurrentIndex(view.status.findData("held"))
    assert window.model.row_total() == 1
    window.select(held)
    click(view.discard)
    assert window.model.row_total() == 0  # no longer held
    assert Outbox(database, clock).get(held).status == "discarded"


def test_with_review_a_failed_message_retried_is_held_to_be_previewed_again(
    qtbot: QtBot, database: Database, clock: ManualClock, held: int, worker: FakeWorker,
    app_paths: AppPaths,
) -> None:  # fmt: skip
    Settings().with_value("mail.review", True).save(app_paths.config_dir)
    office = open_office(database, clock, app_paths)  # the outbox as the desk's Office menu has it
    with database.transaction() as orm:
        row = orm.get(OutboxRow, held)
        assert row is not None
        row.status, row.attempts, row.last_error = "failed", 1, "550 5.1.1 recipient unknown"
    window = OutboxWindow(office.outbox, worker, LOCALE)  # type: ignore[arg-type]
    qtbot.addWidget(window.view)
    window.select(held)
    click(window.view.retry)
    assert window.model.index(0, COL_STATUS).data() == "Held for review"
    assert "Held for review: Send it when it reads right" in window.view.heading.text()
    assert window.view.send.isEnabled()
    assert Outbox(database, clock).get(held).status == "held"
