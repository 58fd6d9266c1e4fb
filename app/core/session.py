"""A remote-support session as an append-only list of events, and the rules for changing it.

States: connecting → active ⇄ paused → ended (outcome resolved, unresolved or cancelled).
The timer runs from the accepted instant; duration = ended − accepted − paused time. Raw instants
are never overwritten: a correction is one more event, with a reason, and the timeline applies it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from app.core.clock import ensure_utc
from app.core.errors import DomainError, IllegalTransitionError

_SECOND = timedelta(seconds=1)


class SessionState(StrEnum):
    CONNECTING = "connecting"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class Outcome(StrEnum):
    RESOLVED = "resolved"
    UNRESOLVED = "unresolved"
    CANCELLED = "cancelled"  # the customer asked to stop

    @classmethod
    def parse(cls, text: str) -> Outcome:
        try:
            return cls(text.strip().lower())
        except ValueError:
            choices = ", ".join(o.value for o in cls)
            raise DomainError(f"Unknown outcome {text!r}; use one of {choices}.") from None


class EventKind(StrEnum):
    CREATED = "created"
    ACCEPTED = "accepted"
    PAUSED = "paused"
    RESUMED = "resumed"
    ENDED = "ended"
    CORRECTED = "corrected"
    OVERRIDDEN = "overridden"  # a rule was set aside (outside hours, too late): text = the reason


class CorrectedField(StrEnum):
    ACCEPTED_AT = "accepted_at"
    ENDED_AT = "ended_at"


@dataclass(frozen=True, slots=True)
class SessionEvent:
    """One thing that happened to a session. `at` is when it happened, `recorded_at` when it was
    written down (they differ when the technician states an earlier instant)."""

    kind: EventKind
    at: datetime
    recorded_at: datetime
    outcome: Outcome | None = None
    corrected_field: CorrectedField | None = None
    text: str = ""  # closing notes for ENDED, the reason for CORRECTED


@dataclass(frozen=True, slots=True)
class Pause:
    started_at: datetime
    ended_at: datetime | None  # None while the session is paused


@dataclass(frozen=True, slots=True)
class Timeline:
    """What the events add up to, with corrections applied."""

    state: SessionState
    created_at: datetime
    accepted_at: datetime | None
    ended_at: datetime | None
    pauses: tuple[Pause, ...]
    outcome: Outcome | None
    notes: str
    raw_accepted_at: datetime | None
    raw_ended_at: datetime | None

    def last_change(self) -> tuple[datetime, str]:
        """The latest instant on the timeline and its name; a later change may not precede it."""
        if self.accepted_at is None:
            return self.created_at, "opening time"
        latest = (self.accepted_at, "accepted time")
        for pause in self.pauses:
            latest = max(latest, (pause.started_at, "pause time"))
            if pause.ended_at is not None:
                latest = max(latest, (pause.ended_at, "resume time"))
        return latest

    def paused_seconds(self, now: datetime) -> int:
        return self._paused(now) // _SECOND

    def duration_seconds(self, now: datetime) -> int:
        """Billable seconds: from acceptance to the end (or `now`), minus pauses, floored once at
        the end so that sub-second parts of the pauses cannot add a second."""
        if self.accepted_at is None:
            return 0
        end = self.ended_at or now
        return max(0, (end - self.accepted_at - self._paused(now)) // _SECOND)

    def _paused(self, now: datetime) -> timedelta:
        total = timedelta(0)
        for pause in self.pauses:
            end = pause.ended_at or self.ended_at or now
            total += max(timedelta(0), end - pause.started_at)
        return total


def replay(events: Sequence[SessionEvent]) -> Timeline:
    """Fold a session's events into its timeline. The first event must be CREATED."""
    if not events or events[0].kind is not EventKind.CREATED:
        raise DomainError("A session's history must start with its creation.")
    state = SessionState.CONNECTING
    accepted = raw_accepted = ended = raw_ended = None
    pauses: list[Pause] = []
    outcome: Outcome | None = None
    notes = ""
    ended_while_paused = False
    for event in events[1:]:
        match event.kind:
            case EventKind.ACCEPTED:
                accepted = raw_accepted = event.at
                state = SessionState.ACTIVE
            case EventKind.PAUSED:
                pauses.append(Pause(event.at, None))
                state = SessionState.PAUSED
            case EventKind.RESUMED:
                pauses[-1] = replace(pauses[-1], ended_at=event.at)
                state = SessionState.ACTIVE
            case EventKind.ENDED:
                ended = raw_ended = event.at
                ended_while_paused = bool(pauses) and pauses[-1].ended_at is None
                outcome, notes = event.outcome, event.text
                state = SessionState.ENDED
            case EventKind.CORRECTED:
                if event.corrected_field is CorrectedField.ACCEPTED_AT:
                    accepted = event.at
                else:
                    ended = event.at
            case EventKind.OVERRIDDEN:
                pass  # changes no time: the reason stays in the history
            case EventKind.CREATED:
                raise DomainError("A session cannot be created twice.")
    if ended_while_paused and ended is not None:
        # The end closes the open pause, so that pause follows a corrected end time too.
        pauses[-1] = replace(pauses[-1], ended_at=ended)
    return Timeline(
        state=state,
        created_at=events[0].at,
        accepted_at=accepted,
        ended_at=ended,
        pauses=tuple(pauses),
        outcome=outcome,
        notes=notes,
        raw_accepted_at=raw_accepted,
        raw_ended_at=raw_ended,
    )


@dataclass
class Session:
    """The aggregate: its events, and methods that check a change and append one more event."""

    events: list[SessionEvent] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._timeline = replay(self.events)

    @classmethod
    def open(cls, now: datetime, at: datetime | None = None) -> Session:
        """A new session, opened `now` or, when it is being entered afterwards, at `at`."""
        now = ensure_utc(now)
        at = cls._check_instant(at or now, now, None, "start time")
        return cls([SessionEvent(EventKind.CREATED, at, now)])

    @classmethod
    def from_events(cls, events: Iterable[SessionEvent]) -> Session:
        return cls(list(events))

    @property
    def timeline(self) -> Timeline:
        return self._timeline

    @property
    def state(self) -> SessionState:
        return self._timeline.state

    def duration_seconds(self, now: datetime) -> int:
        return self._timeline.duration_seconds(ensure_utc(now))

    # -- transitions -------------------------------------------------------------------------

    def accept(self, at: datetime, now: datetime) -> SessionEvent:
        self._require({SessionState.CONNECTING}, "marked accepted")
        at = self._check_instant(at, now, self._timeline.last_change(), "accepted time")
        return self._append(SessionEvent(EventKind.ACCEPTED, at, ensure_utc(now)))

    def pause(self, at: datetime, now: datetime) -> SessionEvent:
        self._require({SessionState.ACTIVE}, "paused")
        at = self._check_instant(at, now, self._timeline.last_change(), "pause time")
        return self._append(SessionEvent(EventKind.PAUSED, at, ensure_utc(now)))

    def resume(self, at: datetime, now: datetime) -> SessionEvent:
        self._require({SessionState.PAUSED}, "resumed")
        at = self._check_instant(at, now, self._timeline.last_change(), "resume time")
        return self._append(SessionEvent(EventKind.RESUMED, at, ensure_utc(now)))

    def end(self, at: datetime, now: datetime, outcome: Outcome, notes: str = "") -> SessionEvent:
        self._require({SessionState.CONNECTING, SessionState.ACTIVE, SessionState.PAUSED}, "ended")
        at = self._check_instant(at, now, self._timeline.last_change(), "end time")
        event = SessionEvent(EventKind.ENDED, at, ensure_utc(now), outcome, None, notes.strip())
        return self._append(event)

    def override(self, reason: str, now: datetime) -> SessionEvent:
        """Record that a rule was set aside for this session, and why (the text says both)."""
        reason = " ".join(reason.split())
        if not reason:
            raise DomainError(
                "Setting a rule aside needs a reason, which is kept with the session."
            )
        self._require(
            {SessionState.CONNECTING, SessionState.ACTIVE, SessionState.PAUSED}, "overridden"
        )
        now = ensure_utc(now)
        return self._append(SessionEvent(EventKind.OVERRIDDEN, now, now, text=reason))

    def correct(
        self, which: CorrectedField, value: datetime, reason: str, now: datetime
    ) -> SessionEvent:
        """Record a corrected accepted or ended instant; the original stays in the history."""
        reason = reason.strip()
        if not reason:
            raise DomainError("A correction needs a reason, which is kept with the session.")
        value = ensure_utc(value)
        if value > ensure_utc(now):
            raise DomainError(f"The corrected {_label(which)} is in the future.")
        t = self._timeline
        # A pause the end closed moves with a corrected end time, so only its start bounds it.
        closed_by_end = t.pauses[-1] if _ended_while_paused(self.events) else None
        pause_instants = [p.started_at for p in t.pauses] + [
            p.ended_at for p in t.pauses if p.ended_at is not None and p is not closed_by_end
        ]
        if which is CorrectedField.ACCEPTED_AT:
            if t.accepted_at is None:
                raise IllegalTransitionError(
                    "The accepted time cannot be corrected before the connection is accepted."
                )
            if t.ended_at is not None and value >= t.ended_at:
                raise DomainError("The corrected accepted time must be before the end time.")
            if pause_instants and value > min(pause_instants):
                raise DomainError("The corrected accepted time must be before the first pause.")
        else:
            if t.ended_at is None:
                raise IllegalTransitionError(
                    "The end time cannot be corrected before the session ends."
                )
            if t.accepted_at is not None and value <= t.accepted_at:
                raise DomainError("The corrected end time must be after the accepted time.")
            if t.accepted_at is None and value < t.created_at:
                raise DomainError("The corrected end time must not be before the opening time.")
            if pause_instants and value < max(pause_instants):
                raise DomainError("The corrected end time must be after the last pause.")
        event = SessionEvent(EventKind.CORRECTED, value, ensure_utc(now), None, which, reason)
        return self._append(event)

    # -- helpers -----------------------------------------------------------------------------

    def _append(self, event: SessionEvent) -> SessionEvent:
        self._timeline = replay([*self.events, event])
        self.events.append(event)
        return event

    def _require(self, allowed: set[SessionState], verb: str) -> None:
        state = self._timeline.state
        if state not in allowed:
            raise IllegalTransitionError(f"This session is {state.value} and cannot be {verb}.")

    @staticmethod
    def _check_instant(
        at: datetime, now: datetime, not_before: tuple[datetime, str] | None, what: str
    ) -> datetime:
        at, now = ensure_utc(at), ensure_utc(now)
        if at > now:
            raise DomainError(f"The {what} {at.isoformat()} is in the future.")
        if not_before is not None and at < not_before[0]:
            bound, name = not_before
            raise DomainError(
                f"The {what} {at.isoformat()} is before the {name} {bound.isoformat()}."
            )
        return at


def _ended_while_paused(events: Sequence[SessionEvent]) -> bool:
    """Whether the session was ended during a pause (corrections aside)."""
    kinds = [e.kind for e in events if e.kind is not EventKind.CORRECTED]
    return kinds[-2:] == [EventKind.PAUSED, EventKind.ENDED]


def _label(which: CorrectedField) -> str:
    return "accepted time" if which is CorrectedField.ACCEPTED_AT else "end time"
