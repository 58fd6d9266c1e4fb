"""The session panel as a technician uses it: start, accepted, a live timer, pause, end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.core.session import Outcome, SessionState
from app.services.sessions import SessionService
from app.ui.history.session_log_model import COL_CUSTOMER, COL_DURATION, COL_OUTCOME, COL_TOOL
from app.ui.shell.desk import Desk
from tests.ui.helpers import click, end_session, pick_customer, start_and_accept

TICKS = 600  # ms: more than two refreshes of the live timer


def test_a_session_is_timed_from_acceptance_and_lands_in_the_log(
    qtbot: QtBot, desk: Desk, clock: ManualClock, sessions: SessionService, ana: CustomerRecord
) -> None:
    panel = desk.window.panel
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    assert panel.state_line.text() == "Ready to start a session with Ana Silva."

    click(panel.start)
    assert panel.state_line.text() == "Connecting to Ana Silva — waiting for the customer to accept"
    assert not desk.window.picker.isEnabled()  # the customer cannot change mid-session
    clock.advance(seconds=45)  # the phone rings: not billed
    qtbot.wait(TICKS)
    assert panel.timer.text() == "00:00:00"

    click(panel.accepted)
    clock.advance(minutes=5)
    qtbot.waitUntil(lambda: panel.timer.text() == "00:05:00")

    end_session(qtbot, desk, Outcome.RESOLVED, "Printer driver reinstalled")

    assert (
        panel.state_line.text() == "Session with Ana Silva ended — Resolved, 00:05:00, not priced."
    )
    assert desk.window.picker.isEnabled()
    log = desk.window.log.model()
    assert log.rowCount(QModelIndex()) == 1
    row = [log.index(0, column).data() for column in (COL_CUSTOMER, COL_TOOL)]
    row += [log.index(0, column).data() for column in (COL_DURATION, COL_OUTCOME)]
    assert row == ["Ana Silva", "AnyDesk", "00:05:00", "Resolved"]
    (stored,) = sessions.list()
    assert (stored.duration_seconds, stored.outcome) == (300, Outcome.RESOLVED)
    assert (stored.tool, stored.remote_id, stored.notes) == (
        RemoteTool.ANYDESK,
        "123 456 789",
        "Printer driver reinstalled",
    )


def test_pause_stops_the_displayed_time_and_resume_lets_it_grow(
    qtbot: QtBot, desk: Desk, clock: ManualClock, ana: CustomerRecord
) -> None:
    panel = desk.window.panel
    pick_customer(qtbot, desk, "Silva", "Ana Silva")
    start_and_accept(qtbot, desk)
    clock.advance(minutes=2)
    qtbot.waitUntil(lambda: panel.timer.text() == "00:02:00")

    click(panel.pause)
    assert panel.pause.text() == "Resume"
    assert panel.state_line.text().startswith("Paused — the timer is stopped for Ana Silva")
    clock.advance(minutes=10)
    qtbot.wait(TICKS)
    assert panel.timer.text() == "00:02:00"

    click(panel.pause)
    assert panel.pause.text() == "Pause"
    clock.advance(seconds=30)
    qtbot.waitUntil(lambda: panel.timer.text() == "00:02:30")


def test_the_timer_label_is_only_touched_when_its_text_changes(
    qtbot: QtBot, desk: Desk, clock: ManualClock, ana: CustomerRecord
) -> None:
    panel = desk.window.panel
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    start_and_accept(qtbot, desk)
    texts: list[str] = []
    set_text = panel.timer.setText

    def recording_set_text(text: str) -> None:
        texts.append(text)
        set_text(text)

    panel.timer.setText = recording_set_text  # type: ignore[method-assign]

    qtbot.wait(TICKS)  # the clock stands still: ticks, but nothing to redraw
    assert texts == []
    clock.advance(seconds=1)
    qtbot.wait(TICKS)
    assert texts == ["00:00:01"]


def test_a_refused_change_shows_the_reason_and_what_the_database_holds(
    qtbot: QtBot,
    desk: Desk,
    sessions: SessionService,
    clock: ManualClock,
    ana: CustomerRecord,
    error_dialogs: list[str],
) -> None:
    panel = desk.window.panel
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    start_and_accept(qtbot, desk)
    clock.advance(minutes=3)
    current = desk.panel.current()
    assert current is not None
    sessions.end(current.id, Outcome.CANCELLED)  # e.g. from the command line, meanwhile

    click(panel.pause)

    assert error_dialogs == ["This session is ended and cannot be paused."]
    error_dialogs.clear()
    assert desk.panel.current() is None
    assert (
        panel.state_line.text()
        == "Session with Ana Silva ended — Cancelled by customer, 00:03:00, not priced."
    )
    assert not panel.pause.isEnabled()
    assert not panel.end.isEnabled()


@pytest.mark.parametrize("outcome", list(Outcome))
def test_ending_asks_for_an_outcome_before_it_can_be_confirmed(
    qtbot: QtBot,
    desk: Desk,
    clock: ManualClock,
    sessions: SessionService,
    ana: CustomerRecord,
    outcome: Outcome,
) -> None:
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    start_and_accept(qtbot, desk)
    clock.advance(minutes=1)
    click(desk.window.panel.end)
    dialog = desk.panel.end_dialog
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()
    assert dialog.ended_at is None  # a live session ends now; only recovery asks for a time

    dialog.outcome_buttons[outcome].click()
    assert not dialog.ok_button.isEnabled()  # no access may remain: that is asked too
    dialog.access_closed.click()
    click(dialog.ok_button)

    (stored,) = sessions.list()
    assert (stored.state, stored.outcome, stored.ended_at) == (
        SessionState.ENDED,
        outcome,
        clock.now(),
    )
