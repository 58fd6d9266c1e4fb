"""The session state machine: which action is allowed in which state, and what a refusal says."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from app.core.errors import DomainError, IllegalTransitionError
from app.core.session import (
    CorrectedField,
    EventKind,
    Outcome,
    Session,
    SessionEvent,
    SessionState,
)

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def session_in(state: SessionState) -> Session:
    """A session driven to `state` at one-minute steps from T0."""
    session = Session.open(T0)
    if state is SessionState.CONNECTING:
        return session
    session.accept(at(1), at(1))
    if state is SessionState.ACTIVE:
        return session
    session.pause(at(2), at(2))
    if state is SessionState.PAUSED:
        return session
    session.resume(at(3), at(3))
    session.end(at(4), at(4), Outcome.RESOLVED)
    assert session.state is SessionState.ENDED
    return session


Action = Callable[[Session, datetime], object]
ACTIONS: dict[str, Action] = {
    "accept": lambda s, t: s.accept(t, t),
    "pause": lambda s, t: s.pause(t, t),
    "resume": lambda s, t: s.resume(t, t),
    "end": lambda s, t: s.end(t, t, Outcome.RESOLVED),
}
VERBS = {"accept": "marked accepted", "pause": "paused", "resume": "resumed", "end": "ended"}

S = SessionState
LEGAL: dict[tuple[SessionState, str], tuple[SessionState, EventKind]] = {
    (S.CONNECTING, "accept"): (S.ACTIVE, EventKind.ACCEPTED),
    (S.CONNECTING, "end"): (S.ENDED, EventKind.ENDED),
    (S.ACTIVE, "pause"): (S.PAUSED, EventKind.PAUSED),
    (S.ACTIVE, "end"): (S.ENDED, EventKind.ENDED),
    (S.PAUSED, "resume"): (S.ACTIVE, EventKind.RESUMED),
    (S.PAUSED, "end"): (S.ENDED, EventKind.ENDED),
}
ALL_PAIRS = [(state, action) for state in SessionState for action in ACTIONS]
ILLEGAL = [pair for pair in ALL_PAIRS if pair not in LEGAL]


def assert_one_sentence(message: str) -> None:
    assert message == message.strip()
    assert "\n" not in message
    assert message[0].isupper(), message
    assert message.endswith("."), message
    assert ". " not in message, message


def test_the_table_covers_every_state_and_action() -> None:
    assert len(ALL_PAIRS) == 16
    assert len(LEGAL) + len(ILLEGAL) == 16
    assert len(ILLEGAL) == 10  # nothing at all is allowed once ended


@pytest.mark.parametrize(("state", "action"), list(LEGAL), ids=lambda v: str(v))
def test_legal_transition_moves_to_the_next_state_and_appends_one_event(
    state: SessionState, action: str
) -> None:
    session = session_in(state)
    before = list(session.events)
    event = ACTIONS[action](session, at(10))
    target, kind = LEGAL[state, action]
    assert isinstance(event, SessionEvent)
    assert session.state is target
    assert session.events == [*before, event]
    assert event.kind is kind
    assert event.at == at(10)


@pytest.mark.parametrize(("state", "action"), ILLEGAL, ids=lambda v: str(v))
def test_illegal_transition_is_refused_with_one_sentence_and_changes_nothing(
    state: SessionState, action: str
) -> None:
    session = session_in(state)
    before = list(session.events)
    with pytest.raises(IllegalTransitionError) as caught:
        ACTIONS[action](session, at(10))
    assert isinstance(caught.value, DomainError)  # callers catch DomainError for all bad input
    message = str(caught.value)
    assert_one_sentence(message)
    assert f"is {state.value}" in message
    assert VERBS[action] in message
    assert session.events == before
    assert session.state is state


@pytest.mark.parametrize("state", [S.CONNECTING, S.ACTIVE, S.PAUSED])
def test_corrections_of_times_not_yet_known_are_illegal(state: SessionState) -> None:
    session = session_in(state)
    with pytest.raises(IllegalTransitionError, match="end time cannot be corrected") as caught:
        session.correct(CorrectedField.ENDED_AT, at(1), "typo", at(10))
    assert_one_sentence(str(caught.value))
    if state is S.CONNECTING:
        with pytest.raises(IllegalTransitionError, match="accepted time cannot be corrected"):
            session.correct(CorrectedField.ACCEPTED_AT, at(0), "typo", at(10))


# -- instants -------------------------------------------------------------------------------


@pytest.mark.parametrize(("state", "action"), list(LEGAL), ids=lambda v: str(v))
def test_an_instant_in_the_future_is_refused(state: SessionState, action: str) -> None:
    session = session_in(state)
    before = list(session.events)
    now = at(10)
    with pytest.raises(DomainError, match="is in the future") as caught:
        _act_at(session, action, now + timedelta(microseconds=1), now)
    assert_one_sentence(str(caught.value))
    assert session.events == before


def _act_at(session: Session, action: str, instant: datetime, now: datetime) -> object:
    if action == "end":
        return session.end(instant, now, Outcome.RESOLVED)
    method: Callable[[datetime, datetime], object] = getattr(session, action)
    return method(instant, now)


# (state, action, the previous change's instant, its name in the message)
BEFORE_PREVIOUS = [
    (S.CONNECTING, "accept", T0, "opening time"),
    (S.CONNECTING, "end", T0, "opening time"),
    (S.ACTIVE, "pause", at(1), "accepted time"),
    (S.ACTIVE, "end", at(1), "accepted time"),
    (S.PAUSED, "resume", at(2), "pause time"),
    (S.PAUSED, "end", at(2), "pause time"),
]


@pytest.mark.parametrize(("state", "action", "previous", "name"), BEFORE_PREVIOUS)
def test_an_instant_before_the_previous_change_is_refused(
    state: SessionState, action: str, previous: datetime, name: str
) -> None:
    session = session_in(state)
    before = list(session.events)
    with pytest.raises(DomainError) as caught:
        _act_at(session, action, previous - timedelta(microseconds=1), at(10))
    message = str(caught.value)
    assert_one_sentence(message)
    assert f"is before the {name} {previous.isoformat()}" in message
    assert session.events == before


@pytest.mark.parametrize(("state", "action", "previous", "name"), BEFORE_PREVIOUS)
def test_an_instant_equal_to_the_previous_change_is_allowed(
    state: SessionState, action: str, previous: datetime, name: str
) -> None:
    session = session_in(state)
    event = _act_at(session, action, previous, at(10))
    assert session.events[-1] is event


def test_after_a_resume_an_end_before_the_resume_is_refused() -> None:
    session = session_in(S.PAUSED)
    session.resume(at(5), at(5))
    with pytest.raises(DomainError, match="before the resume time"):
        session.end(at(4), at(6), Outcome.RESOLVED)


def test_a_stated_earlier_instant_keeps_when_it_was_recorded() -> None:
    session = session_in(S.CONNECTING)
    event = session.accept(at(2), at(7))
    assert (event.at, event.recorded_at) == (at(2), at(7))
    assert session.timeline.accepted_at == at(2)


def test_an_instant_without_a_time_zone_is_refused() -> None:
    session = session_in(S.CONNECTING)
    with pytest.raises(ValueError, match="no time zone"):
        session.accept(datetime(2026, 11, 24, 9, 5), at(10))  # noqa: DTZ001
    assert session.state is S.CONNECTING


# -- ending ---------------------------------------------------------------------------------


def test_ending_from_connecting_gives_duration_zero() -> None:
    session = session_in(S.CONNECTING)
    session.end(at(30), at(30), Outcome.CANCELLED, "  customer hung up  ")
    t = session.timeline
    assert t.state is S.ENDED
    assert t.accepted_at is None
    assert t.ended_at == at(30)
    assert (t.outcome, t.notes) == (Outcome.CANCELLED, "customer hung up")
    assert session.duration_seconds(at(30)) == 0
    assert session.duration_seconds(at(90)) == 0


def test_ending_while_paused_closes_the_pause() -> None:
    session = session_in(S.PAUSED)  # accepted at 1, paused at 2
    session.end(at(12), at(12), Outcome.UNRESOLVED)
    t = session.timeline
    assert t.state is S.ENDED
    assert [(p.started_at, p.ended_at) for p in t.pauses] == [(at(2), at(12))]
    assert t.paused_seconds(at(60)) == 600
    assert session.duration_seconds(at(12)) == 60
    assert session.duration_seconds(at(600)) == 60  # asking later changes nothing


def test_the_state_is_what_the_events_say() -> None:
    session = session_in(S.ENDED)
    replayed = Session.from_events(session.events)
    assert replayed.timeline == session.timeline
    assert [e.kind for e in session.events] == [
        EventKind.CREATED,
        EventKind.ACCEPTED,
        EventKind.PAUSED,
        EventKind.RESUMED,
        EventKind.ENDED,
    ]


def test_a_history_must_start_with_the_creation() -> None:
    session = session_in(S.ACTIVE)
    with pytest.raises(DomainError, match="must start with its creation"):
        Session.from_events(session.events[1:])
    with pytest.raises(DomainError, match="must start with its creation"):
        Session.from_events([])
    with pytest.raises(DomainError, match="cannot be created twice"):
        Session.from_events([session.events[0], session.events[0]])


def test_a_session_cannot_be_opened_in_the_future() -> None:
    with pytest.raises(DomainError, match=r"start time .* is in the future"):
        Session.open(T0, at=T0 + MINUTE)
    assert Session.open(T0, at=T0 - MINUTE).timeline.created_at == T0 - MINUTE
