"""Durations: from the accepted instant to the end, minus pauses, in whole seconds; corrections."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.core.session import CorrectedField, EventKind, Outcome, Session, SessionState

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@dataclass
class Desk:
    """A session driven by a manual clock, the way the services drive it."""

    clock: ManualClock
    session: Session

    @classmethod
    def opened(cls) -> Desk:
        clock = ManualClock(T0)
        return cls(clock, Session.open(clock.now()))

    def accept(self) -> None:
        self.session.accept(self.clock.now(), self.clock.now())

    def pause(self) -> None:
        self.session.pause(self.clock.now(), self.clock.now())

    def resume(self) -> None:
        self.session.resume(self.clock.now(), self.clock.now())

    def end(self) -> None:
        self.session.end(self.clock.now(), self.clock.now(), Outcome.RESOLVED)

    def live(self) -> int:
        return self.session.duration_seconds(self.clock.now())


def test_duration_runs_from_acceptance_and_stops_while_paused() -> None:
    desk = Desk.opened()
    desk.clock.advance(minutes=3)  # connecting: not billed
    assert desk.live() == 0
    desk.accept()
    desk.clock.advance(minutes=5)
    assert desk.live() == 300
    desk.pause()
    for _ in range(4):
        desk.clock.advance(minutes=2, seconds=30)
        assert desk.live() == 300
    desk.resume()
    desk.clock.advance(minutes=1)
    assert desk.live() == 360
    desk.end()
    assert desk.session.timeline.paused_seconds(desk.clock.now()) == 600
    desk.clock.advance(hours=5)
    assert desk.live() == 360


def test_duration_is_floored_to_whole_seconds() -> None:
    desk = Desk.opened()
    desk.accept()
    desk.clock.advance(seconds=59, microseconds=999_999)
    assert desk.live() == 59
    desk.clock.advance(microseconds=1)
    assert desk.live() == 60
    desk.clock.advance(milliseconds=999)
    desk.end()
    assert desk.live() == 60


def test_sub_second_pauses_are_subtracted_before_flooring() -> None:
    # 10 s in all, paused 1.5 s: 8.5 s billed, shown as 8, never 9
    desk = Desk.opened()
    desk.accept()
    desk.clock.advance(seconds=2)
    desk.pause()
    desk.clock.advance(seconds=1.5)
    desk.resume()
    desk.clock.advance(seconds=6.5)
    desk.end()
    assert desk.live() == 8


def test_a_live_duration_does_not_flicker_while_paused() -> None:
    desk = Desk.opened()
    desk.accept()
    desk.clock.advance(seconds=10.5)
    desk.pause()
    seen = set()
    for _ in range(40):
        desk.clock.advance(seconds=0.3)
        seen.add(desk.live())
    assert seen == {10}


def test_a_live_duration_never_goes_backwards() -> None:
    desk = Desk.opened()
    desk.accept()
    previous = 0
    for step in range(200):
        desk.clock.advance(seconds=0.37)
        if step % 50 == 10:
            desk.pause()
        elif step % 50 == 30:
            desk.resume()
        now = desk.live()
        assert now >= previous
        previous = now


# -- corrections ----------------------------------------------------------------------------


def ended_with_a_pause() -> Desk:
    """Accepted 09:00, paused 09:10–09:20, ended 09:30: 20 minutes billed."""
    desk = Desk.opened()
    desk.accept()
    desk.clock.advance(minutes=10)
    desk.pause()
    desk.clock.advance(minutes=10)
    desk.resume()
    desk.clock.advance(minutes=10)
    desk.end()
    desk.clock.advance(hours=1)
    assert desk.live() == 1200
    return desk


def test_a_corrected_accepted_time_changes_the_duration_and_keeps_the_raw_time() -> None:
    desk = ended_with_a_pause()
    s = desk.session
    s.correct(CorrectedField.ACCEPTED_AT, T0 - timedelta(minutes=4), "tool log", desk.clock.now())
    assert s.duration_seconds(desk.clock.now()) == 1440
    t = s.timeline
    assert (t.accepted_at, t.raw_accepted_at) == (T0 - timedelta(minutes=4), T0)
    accepted = [e for e in s.events if e.kind is EventKind.ACCEPTED]
    assert [e.at for e in accepted] == [T0]
    correction = s.events[-1]
    assert correction.kind is EventKind.CORRECTED
    assert correction.corrected_field is CorrectedField.ACCEPTED_AT
    assert correction.text == "tool log"
    assert correction.recorded_at == desk.clock.now()


def test_a_corrected_end_time_changes_the_duration_and_keeps_the_raw_time() -> None:
    desk = ended_with_a_pause()
    s = desk.session
    raw_end = T0 + timedelta(minutes=30)
    s.correct(CorrectedField.ENDED_AT, raw_end - timedelta(minutes=7), " forgot ", desk.clock.now())
    assert s.duration_seconds(desk.clock.now()) == 780
    t = s.timeline
    assert (t.ended_at, t.raw_ended_at) == (raw_end - timedelta(minutes=7), raw_end)
    assert [e.at for e in s.events if e.kind is EventKind.ENDED] == [raw_end]
    assert s.events[-1].text == "forgot"
    assert Session.from_events(s.events).timeline == t  # the correction survives a reload


def test_the_latest_correction_wins() -> None:
    desk = ended_with_a_pause()
    s, now = desk.session, desk.clock.now()
    s.correct(CorrectedField.ENDED_AT, T0 + timedelta(minutes=25), "first guess", now)
    s.correct(CorrectedField.ENDED_AT, T0 + timedelta(minutes=40), "tool log", now)
    assert s.duration_seconds(now) == 1800
    assert s.timeline.raw_ended_at == T0 + timedelta(minutes=30)


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_a_correction_needs_a_reason(reason: str) -> None:
    desk = ended_with_a_pause()
    before = list(desk.session.events)
    with pytest.raises(DomainError, match="needs a reason"):
        desk.session.correct(CorrectedField.ENDED_AT, T0, reason, desk.clock.now())
    assert desk.session.events == before


REFUSED = [
    # accepted after the first pause started: the pause would precede the start
    (CorrectedField.ACCEPTED_AT, timedelta(minutes=10, seconds=1), "before the first pause"),
    (CorrectedField.ACCEPTED_AT, timedelta(minutes=30), "before the end time"),
    (CorrectedField.ACCEPTED_AT, timedelta(minutes=45), "before the end time"),
    # ended before the last resume
    (CorrectedField.ENDED_AT, timedelta(minutes=19, seconds=59), "after the last pause"),
    (CorrectedField.ENDED_AT, timedelta(0), "after the accepted time"),
    (CorrectedField.ENDED_AT, -timedelta(minutes=1), "after the accepted time"),
    (CorrectedField.ENDED_AT, timedelta(hours=2), "in the future"),
    (CorrectedField.ACCEPTED_AT, timedelta(hours=2), "in the future"),
]


@pytest.mark.parametrize(("which", "offset", "message"), REFUSED)
def test_a_correction_cannot_cross_a_pause_invert_the_session_or_be_in_the_future(
    which: CorrectedField, offset: timedelta, message: str
) -> None:
    desk = ended_with_a_pause()
    before = list(desk.session.events)
    with pytest.raises(DomainError, match=message):
        desk.session.correct(which, T0 + offset, "reason", desk.clock.now())
    assert desk.session.events == before
    assert desk.live() == 1200


def test_a_correction_may_touch_a_pause_boundary() -> None:
    desk = ended_with_a_pause()
    s, now = desk.session, desk.clock.now()
    s.correct(CorrectedField.ACCEPTED_AT, T0 + timedelta(minutes=10), "late", now)
    s.correct(CorrectedField.ENDED_AT, T0 + timedelta(minutes=20), "early", now)
    assert s.duration_seconds(now) == 0


def ended_while_paused() -> Desk:
    """Accepted 09:00, paused at 09:10 and ended, still paused, at 09:20: 10 minutes billed."""
    desk = Desk.opened()
    desk.accept()
    desk.clock.advance(minutes=10)
    desk.pause()
    desk.clock.advance(minutes=10)
    desk.end()
    desk.clock.advance(hours=1)
    assert desk.live() == 600
    return desk


@pytest.mark.parametrize("new_end", [timedelta(minutes=10), timedelta(minutes=15), timedelta(1)])
def test_moving_the_end_of_a_session_ended_while_paused_keeps_the_pause_to_the_end(
    new_end: timedelta,
) -> None:
    desk = ended_while_paused()
    desk.clock.advance(days=2)
    s = desk.session
    s.correct(CorrectedField.ENDED_AT, T0 + new_end, "really ended then", desk.clock.now())
    assert s.duration_seconds(desk.clock.now()) == 600
    assert s.timeline.pauses[-1].ended_at == T0 + new_end


def test_the_end_of_a_session_ended_while_paused_cannot_move_before_the_pause() -> None:
    desk = ended_while_paused()
    with pytest.raises(DomainError, match="after the last pause"):
        desk.session.correct(
            CorrectedField.ENDED_AT, T0 + timedelta(minutes=9), "typo", desk.clock.now()
        )


def test_the_end_of_a_session_never_accepted_cannot_move_before_its_opening() -> None:
    desk = Desk.opened()
    desk.clock.advance(minutes=5)
    desk.end()
    s, now = desk.session, desk.clock.now()
    with pytest.raises(DomainError, match="before the opening time"):
        s.correct(CorrectedField.ENDED_AT, T0 - timedelta(seconds=1), "typo", now)
    s.correct(CorrectedField.ENDED_AT, T0 + timedelta(minutes=1), "hung up sooner", now)
    assert s.timeline.ended_at == T0 + timedelta(minutes=1)
    assert s.duration_seconds(now) == 0


# -- the property ---------------------------------------------------------------------------

MICROS = st.integers(min_value=0, max_value=3 * 3600 * 10**6)  # up to 3 hours, to the µs
ASKS = st.integers(min_value=0, max_value=3)  # how often the timer is read within a stretch


@dataclass(frozen=True)
class Plan:
    delay: int  # connecting, before acceptance
    stretches: list[tuple[int, int, int]]  # (active µs, paused µs, reads per stretch)
    last_active: int
    end_paused: int | None  # end while paused after this long, or end while active


PLANS = st.builds(
    Plan,
    delay=MICROS,
    stretches=st.lists(st.tuples(MICROS, MICROS, ASKS), max_size=6),
    last_active=MICROS,
    end_paused=st.none() | MICROS,
)


def run(plan: Plan, read: bool) -> tuple[Session, datetime, list[int]]:
    """Drive a session through `plan`; when `read`, read the live duration along the way and
    check that it stands still while paused and never goes backwards."""
    desk = Desk.opened()
    readings: list[int] = []

    def advance(micros: int, paused: bool, reads: int) -> None:
        before = desk.live()
        parts = reads + 1 if read else 1
        for i in range(parts):
            share = micros // parts + (micros % parts if i == parts - 1 else 0)
            desk.clock.advance(microseconds=share)
            if read:
                readings.append(desk.live())
                assert readings[-1] >= before
                if paused:
                    assert readings[-1] == before

    desk.clock.advance(microseconds=plan.delay)
    desk.accept()
    for active, paused, reads in plan.stretches:
        advance(active, False, reads)
        desk.pause()
        advance(paused, True, reads)
        desk.resume()
    advance(plan.last_active, False, 2)
    if plan.end_paused is not None:
        desk.pause()
        advance(plan.end_paused, True, 2)
    desk.end()
    return desk.session, desk.clock.now(), readings


@given(PLANS)
def test_duration_is_the_span_minus_the_pauses_however_often_it_is_read(plan: Plan) -> None:
    session, end, _ = run(plan, read=True)
    t = session.timeline
    assert t.accepted_at is not None
    assert t.ended_at == end
    assert t.accepted_at == T0 + timedelta(microseconds=plan.delay)
    paused = [p.ended_at - p.started_at for p in t.pauses if p.ended_at is not None]
    assert len(paused) == len(t.pauses)
    expected = (end - t.accepted_at - sum(paused, timedelta(0))) // timedelta(seconds=1)
    assert session.duration_seconds(end) == expected >= 0
    # the same as if nobody had looked at the timer, and the same whenever one asks afterwards
    unread, _, _ = run(plan, read=False)
    assert unread.duration_seconds(end) == expected
    assert session.duration_seconds(end + timedelta(days=30)) == expected
    assert Session.from_events(session.events).duration_seconds(end) == expected
    assert session.state is SessionState.ENDED
