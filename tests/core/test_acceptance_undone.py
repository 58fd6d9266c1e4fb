"""Undoing an automatic start: the session is connecting again, the ACCEPTED event stays in the
history with the reason for taking it back, and a later acceptance starts the timer afresh."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core.errors import DomainError, IllegalTransitionError
from app.core.session import EventKind, Session, SessionState

T0 = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_undo_returns_to_connecting_and_keeps_the_accepted_event() -> None:
    session = Session.open(T0)
    session.accept(at(3), at(5))  # the tool's instant, taken at 14:05
    session.undo_acceptance("automatic start undone", at(6))

    assert session.state is SessionState.CONNECTING
    assert session.timeline.accepted_at is None
    assert session.duration_seconds(at(30)) == 0
    kinds = [e.kind for e in session.events]
    assert kinds == [EventKind.CREATED, EventKind.ACCEPTED, EventKind.UNACCEPTED]
    assert session.events[1].at == at(3)  # the raw instant is still there
    assert session.events[2].text == "automatic start undone"

    session.accept(at(10), at(10))  # the customer really accepts later
    assert session.timeline.accepted_at == at(10)
    assert session.duration_seconds(at(12)) == 120
    assert Session.from_events(session.events).timeline == session.timeline


def test_undo_needs_a_reason_and_a_running_unpaused_session() -> None:
    connecting = Session.open(T0)
    with pytest.raises(IllegalTransitionError, match="connecting"):
        connecting.undo_acceptance("automatic start undone", at(1))

    running = Session.open(T0)
    running.accept(at(1), at(1))
    with pytest.raises(DomainError, match="reason"):
        running.undo_acceptance("  ", at(2))

    paused = Session.open(T0)
    paused.accept(at(1), at(1))
    paused.pause(at(2), at(2))
    with pytest.raises(IllegalTransitionError):
        paused.undo_acceptance("automatic start undone", at(3))
    paused.resume(at(3), at(3))
    with pytest.raises(IllegalTransitionError, match="pause"):
        paused.undo_acceptance("automatic start undone", at(4))
    assert paused.state is SessionState.ACTIVE
