"""After a crash: a session left open is offered for resuming or for ending at a confirmed time."""

from __future__ import annotations

from datetime import UTC, timedelta
from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.records import CustomerRecord, SessionDetail
from app.core.session import Outcome, SessionState
from app.services.customers import CustomerService
from app.services.life_signs import LifeSigns
from app.services.sessions import SessionService
from app.ui.display import from_qdatetime, local_datetime_text, to_qdatetime
from app.ui.history.session_log_model import COL_DURATION, COL_OUTCOME
from app.ui.shell.desk import Desk
from tests.conftest import START
from tests.ui.conftest import LOCALE, shown
from tests.ui.helpers import click


def left_open(
    sessions: SessionService, customer: CustomerRecord, clock: ManualClock
) -> SessionDetail:
    """A session accepted at START on this workstation; then the app died, an hour passes."""
    opened = sessions.open(customer.id)
    accepted = sessions.accept(opened.id)
    clock.advance(hours=1)
    return accepted


def test_resume_puts_the_session_back_with_its_original_accepted_time(
    qtbot: QtBot,
    desk: Desk,
    sessions: SessionService,
    ana: CustomerRecord,
    clock: ManualClock,
) -> None:
    crashed = left_open(sessions, ana, clock)
    desk.offer_recovery()
    dialog = desk.recovery.dialog
    assert dialog is not None
    assert dialog.customer.text() == "Ana Silva"
    assert dialog.accepted_at.text() == local_datetime_text(START)
    assert dialog.elapsed.text() == "01:00:00"

    click(dialog.resume_button)

    current = desk.panel.current()
    assert current is not None
    assert current.id == crashed.id
    assert desk.recovery.dialog is None
    panel = desk.window.panel
    assert panel.timer.text() == "01:00:00"
    assert panel.state_line.text().startswith("In session with Ana Silva since ")
    assert desk.picker.selected_customer() == ana
    clock.advance(minutes=1)
    qtbot.waitUntil(lambda: panel.timer.text() == "01:01:00")
    assert sessions.get(crashed.id).timeline.accepted_at == START


def test_end_at_records_the_time_the_technician_confirms(
    qtbot: QtBot,
    desk: Desk,
    sessions: SessionService,
    ana: CustomerRecord,
    clock: ManualClock,
) -> None:
    crashed = left_open(sessions, ana, clock)
    desk.offer_recovery()
    dialog = desk.recovery.dialog
    assert dialog is not None
    click(dialog.end_button)
    end = desk.recovery.end_dialog
    assert end is not None
    assert end.ended_at is not None
    assert from_qdatetime(end.ended_at.dateTime()) == clock.now()  # proposed: now

    real_end = START + timedelta(minutes=25)
    end.ended_at.setDateTime(to_qdatetime(real_end))
    end.outcome_buttons[Outcome.UNRESOLVED].click()
    end.access_closed.click()
    click(end.ok_button)

    stored = sessions.get(crashed.id)
    assert stored.record.state is SessionState.ENDED
    assert (stored.timeline.accepted_at, stored.timeline.ended_at) == (START, real_end)
    assert stored.record.duration_seconds == 25 * 60
    assert desk.recovery.dialog is None
    assert desk.panel.current() is None
    assert desk.log.index(0, COL_DURATION).data() == "00:25:00"
    assert desk.log.index(0, COL_OUTCOME).data() == "Unresolved"
    assert sessions.open_sessions() == []


def test_with_two_sessions_left_open_only_one_can_be_resumed(
    qtbot: QtBot,
    desk: Desk,
    sessions: SessionService,
    ana: CustomerRecord,
    clock: ManualClock,
) -> None:
    first = left_open(sessions, ana, clock)
    second = left_open(sessions, ana, clock)
    desk.offer_recovery()
    dialog = desk.recovery.dialog
    assert dialog is not None
    assert dialog.elapsed.text() == "02:00:00"
    click(dialog.resume_button)

    following = desk.recovery.dialog
    assert following is not None
    assert following is not dialog
    assert following.elapsed.text() == "01:00:00"
    assert not following.resume_button.isEnabled()
    assert following.end_button.isEnabled()
    current = desk.panel.current()
    assert current is not None
    assert current.id == first.id != second.id


def test_end_at_offers_the_last_moment_assistdesk_was_seen_running_and_its_price(
    qtbot: QtBot,
    customers: CustomerService,
    priced_sessions: SessionService,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    bert = customers.add_customer(Customer("Bert Peeters", policy_id="page-computers"))
    crashed = priced_sessions.accept(priced_sessions.open(bert.id).id)  # at START
    crashed_run = LifeSigns(tmp_path, clock)
    clock.advance(minutes=12)
    crashed_run.beat()  # its last sign of life; then the computer was off for three hours
    clock.advance(hours=3)
    signs = LifeSigns(tmp_path, clock)
    desk = shown(
        qtbot,
        Desk(customers, priced_sessions, clock, locale=LOCALE, zone=UTC, signs=signs),
    )
    assert LifeSigns(tmp_path, clock).previous == clock.now()  # this run says it is alive
    last_seen = START + timedelta(minutes=12)
    desk.offer_recovery()
    dialog = desk.recovery.dialog
    assert dialog is not None
    assert dialog.last_seen.text() == local_datetime_text(last_seen)
    assert dialog.elapsed.text() == "03:12:00"
    click(dialog.end_button)
    end = desk.recovery.end_dialog
    assert end is not None
    assert end.ended_at is not None
    assert from_qdatetime(end.ended_at.dateTime()) == last_seen  # not "now"
    end.outcome_buttons[Outcome.RESOLVED].click()
    # Page Computers: 12 minutes are 15.00 with 21 % VAT included
    assert end.price.text() == "Will be charged €15.00 (net €12.40, VAT €2.60)"
    end.outcome_buttons[Outcome.UNRESOLVED].click()
    assert end.price.text() == "Will be charged €0.00 (net €0.00, VAT €0.00)"
    end.outcome_buttons[Outcome.RESOLVED].click()
    end.notes.setPlainText("Printer driver reinstalled")
    end.access_closed.click()
    click(end.ok_button)
    stored = priced_sessions.get(crashed.id)
    assert stored.timeline.ended_at == last_seen
    assert stored.record.charge is not None
    assert stored.record.charge.total == Decimal("15.00")


def test_without_a_sign_of_life_after_the_session_began_now_is_offered(
    qtbot: QtBot,
    customers: CustomerService,
    sessions: SessionService,
    ana: CustomerRecord,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    LifeSigns(tmp_path, clock).beat()  # an earlier run, before the session began
    clock.advance(minutes=5)
    left_open(sessions, ana, clock)
    signs = LifeSigns(tmp_path, clock)
    desk = shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, zone=UTC, signs=signs))
    desk.offer_recovery()
    dialog = desk.recovery.dialog
    assert dialog is not None
    assert dialog.last_seen.text() == ""  # nothing known: no such row
    click(dialog.end_button)
    end = desk.recovery.end_dialog
    assert end is not None
    assert end.ended_at is not None
    assert from_qdatetime(end.ended_at.dateTime()) == clock.now()
