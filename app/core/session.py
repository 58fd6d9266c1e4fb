"""A remote-support session as an append-only list of events, and the rules for changing it.

States: connecting → active ⇄ paused → ended (outcome resolved, unresolved or cancelled).
The timer runs from the accepted instant; duration = ended − accepted − paused time. Raw instants
are never overwritten: a correction is one more event, with a reason, and the timeline applies it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from app.core.clock import ensure_utc
from app.core.errors import DomainError, IllegalTransitionError
from app.core.messages import QT_TRANSLATE_NOOP, Template
from app.core.session_events import (
    CorrectedField,
    EventKind,
    Outcome,
    SessionEvent,
    SessionState,
)
from app.core.timeline import Pause, Timeline, replay

_OPEN = {SessionState.CONNECTING, SessionState.ACTIVE, SessionState.PAUSED}
# The state's word inside a refusal ("This session is paused and cannot be …"), as state.value.
_STATE_WORDS = {
    SessionState.CONNECTING: QT_TRANSLATE_NOOP("Messages", "connecting"),
    SessionState.ACTIVE: QT_TRANSLATE_NOOP("Messages", "active"),
    SessionState.PAUSED: QT_TRANSLATE_NOOP("Messages", "paused"),
    SessionState.ENDED: QT_TRANSLATE_NOOP("Messages", "ended"),
}

__all__ = [
    "CorrectedField", "EventKind", "Outcome", "Pause", "Session", "SessionEvent", "SessionState",
    "Timeline", "replay",
]  # fmt: skip


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
        self._require(
            {SessionState.CONNECTING},
            QT_TRANSLATE_NOOP("Messages", "This session is {state} and cannot be marked accepted."),
        )
        at = self._check_instant(at, now, self._timeline.last_change(), "accepted time")
        return self._append(SessionEvent(EventKind.ACCEPTED, at, ensure_utc(now)))

    def pause(self, at: datetime, now: datetime) -> SessionEvent:
        self._require(
            {SessionState.ACTIVE},
            QT_TRANSLATE_NOOP("Messages", "This session is {state} and cannot be paused."),
        )
        at = self._check_instant(at, now, self._timeline.last_change(), "pause time")
        return self._append(SessionEvent(EventKind.PAUSED, at, ensure_utc(now)))

    def resume(self, at: datetime, now: datetime) -> SessionEvent:
        self._require(
            {SessionState.PAUSED},
            QT_TRANSLATE_NOOP("Messages", "This session is {state} and cannot be resumed."),
        )
        at = self._check_instant(at, now, self._timeline.last_change(), "resume time")
        return self._append(SessionEvent(EventKind.RESUMED, at, ensure_utc(now)))

    def end(self, at: datetime, now: datetime, outcome: Outcome, notes: str = "") -> SessionEvent:
        self._require(
            {SessionState.CONNECTING, SessionState.ACTIVE, SessionState.PAUSED},
            QT_TRANSLATE_NOOP("Messages", "This session is {state} and cannot be ended."),
        )
        at = self._check_instant(at, now, self._timeline.last_change(), "end time")
        event = SessionEvent(EventKind.ENDED, at, ensure_utc(now), outcome, None, notes.strip())
        return self._append(event)

    def note(self, text: str, now: datetime) -> SessionEvent:
        """A note typed while the session is open, kept with its time."""
        text = text.strip()
        if not text:
            raise DomainError(QT_TRANSLATE_NOOP("Messages", "A note needs some text.").format())
        self._require(
            _OPEN,
            QT_TRANSLATE_NOOP("Messages", "This session is {state} and cannot be given a note."),
        )
        now = ensure_utc(now)
        return self._append(SessionEvent(EventKind.NOTE, now, now, text=text))

    def accept_offer(self, amount: Decimal, now: datetime) -> SessionEvent:
        """The customer accepted the offered price (a premium session): the amount and the time."""
        if not amount.is_finite() or amount <= 0:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "An accepted offer must be an amount above zero."
                ).format()
            )
        self._require(
            _OPEN,
            QT_TRANSLATE_NOOP("Messages", "This session is {state} and cannot be given an offer."),
        )
        now = ensure_utc(now)
        return self._append(SessionEvent(EventKind.OFFER_ACCEPTED, now, now, text=str(amount)))

    def check(self, item: str, value: str, now: datetime) -> SessionEvent:
        """One checklist answer (see app.core.checklist); answering again replaces it."""
        value = " ".join(value.split())
        if not value:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The checklist item {item!r} needs an answer."
                ).format(item=item)
            )
        self._require(
            _OPEN,
            QT_TRANSLATE_NOOP(
                "Messages", "This session is {state} and cannot be given checklist answers."
            ),
        )
        now = ensure_utc(now)
        return self._append(SessionEvent(EventKind.CHECKED, now, now, text=f"{item}={value}"))

    def confirm_access(self, closed: bool, now: datetime) -> SessionEvent:
        """The technician's answer at the end: is the connection closed with no access left?"""
        now = ensure_utc(now)
        text = "yes" if closed else "no"
        return self._append(SessionEvent(EventKind.ACCESS_CLOSED, now, now, text=text))

    def override(self, reason: str, now: datetime) -> SessionEvent:
        """Record that a rule was set aside for this session, and why (the text says both)."""
        reason = " ".join(reason.split())
        if not reason:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Setting a rule aside needs a reason, which is kept with the session.",
                ).format()
            )
        self._require(
            {SessionState.CONNECTING, SessionState.ACTIVE, SessionState.PAUSED},
            QT_TRANSLATE_NOOP("Messages", "This session is {state} and cannot be overridden."),
        )
        now = ensure_utc(now)
        return self._append(SessionEvent(EventKind.OVERRIDDEN, now, now, text=reason))

    def undo_acceptance(self, reason: str, now: datetime) -> SessionEvent:
        """Take back an acceptance nothing has followed yet (an automatic start the technician
        undid): the session is connecting again. The ACCEPTED event stays in the history."""
        reason = " ".join(reason.split())
        if not reason:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Undoing an acceptance needs a reason, which is kept."
                ).format()
            )
        self._require(
            {SessionState.ACTIVE},
            QT_TRANSLATE_NOOP(
                "Messages", "This session is {state} and cannot be set back to connecting."
            ),
        )
        if self._timeline.pauses:
            raise IllegalTransitionError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "After a pause the acceptance stands; correct the accepted time instead.",
                ).format()
            )
        now = ensure_utc(now)
        return self._append(SessionEvent(EventKind.UNACCEPTED, now, now, text=reason))

    def correct(
        self, which: CorrectedField, value: datetime, reason: str, now: datetime
    ) -> SessionEvent:
        """Record a corrected accepted or ended instant; the original stays in the history."""
        reason = reason.strip()
        if not reason:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A correction needs a reason, which is kept with the session."
                ).format()
            )
        value = ensure_utc(value)
        if value > ensure_utc(now):
            if which is CorrectedField.ACCEPTED_AT:
                future = QT_TRANSLATE_NOOP(
                    "Messages", "The corrected accepted time is in the future."
                )
            else:
                future = QT_TRANSLATE_NOOP("Messages", "The corrected end time is in the future.")
            raise DomainError(future.format())
        t = self._timeline
        # A pause the end closed moves with a corrected end time, so only its start bounds it.
        closed_by_end = t.pauses[-1] if _ended_while_paused(self.events) else None
        pause_instants = [p.started_at for p in t.pauses] + [
            p.ended_at for p in t.pauses if p.ended_at is not None and p is not closed_by_end
        ]
        if which is CorrectedField.ACCEPTED_AT:
            if t.accepted_at is None:
                raise IllegalTransitionError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The accepted time cannot be corrected before the connection is accepted.",
                    ).format()
                )
            if t.ended_at is not None and value >= t.ended_at:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The corrected accepted time must be before the end time."
                    ).format()
                )
            if pause_instants and value > min(pause_instants):
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The corrected accepted time must be before the first pause."
                    ).format()
                )
        else:
            if t.ended_at is None:
                raise IllegalTransitionError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The end time cannot be corrected before the session ends."
                    ).format()
                )
            if t.accepted_at is not None and value <= t.accepted_at:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The corrected end time must be after the accepted time."
                    ).format()
                )
            if t.accepted_at is None and value < t.created_at:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The corrected end time must not be before the opening time."
                    ).format()
                )
            if pause_instants and value < max(pause_instants):
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The corrected end time must be after the last pause."
                    ).format()
                )
        event = SessionEvent(EventKind.CORRECTED, value, ensure_utc(now), None, which, reason)
        return self._append(event)

    # -- helpers -----------------------------------------------------------------------------

    def _append(self, event: SessionEvent) -> SessionEvent:
        self._timeline = replay([*self.events, event])
        self.events.append(event)
        return event

    def _require(self, allowed: set[SessionState], refusal: Template) -> None:
        """`refusal`: the whole sentence, with the current state's word for `{state}`."""
        state = self._timeline.state
        if state not in allowed:
            raise IllegalTransitionError(refusal.format(state=_STATE_WORDS[state].format()))

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
