"""Folding a session's events into its timeline: state, times with corrections applied, pauses,
and what was recorded along the way (notes, the agreed offer, checklist answers)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.session_events import (
    CorrectedField,
    EventKind,
    Outcome,
    SessionEvent,
    SessionState,
)

_SECOND = timedelta(seconds=1)


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
    log: tuple[tuple[datetime, str], ...] = ()  # notes typed during the session
    offer: Decimal | None = None  # the price the customer accepted (offer policies)
    checklist: tuple[tuple[str, str], ...] = ()  # answers, in the order given (last one wins)
    access_closed: bool | None = None  # confirmed at the end that no access remains

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
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "A session's history must start with its creation."
            ).format()
        )
    state = SessionState.CONNECTING
    accepted = raw_accepted = ended = raw_ended = None
    pauses: list[Pause] = []
    outcome: Outcome | None = None
    notes = ""
    ended_while_paused = False
    log: list[tuple[datetime, str]] = []
    offer: Decimal | None = None
    answers: dict[str, str] = {}
    access_closed: bool | None = None
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
            case EventKind.NOTE:
                log.append((event.at, event.text))
            case EventKind.OFFER_ACCEPTED:
                offer = Decimal(event.text)
            case EventKind.CHECKED:
                item, _, value = event.text.partition("=")
                answers[item] = value
            case EventKind.ACCESS_CLOSED:
                access_closed = event.text == "yes"
            case EventKind.UNACCEPTED:  # the ACCEPTED event stays; the timeline forgets it
                accepted = raw_accepted = None
                state = SessionState.CONNECTING
            case EventKind.OVERRIDDEN:
                pass  # changes no time: the reason stays in the history
            case EventKind.CREATED:
                raise DomainError(
                    QT_TRANSLATE_NOOP("Messages", "A session cannot be created twice.").format()
                )
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
        log=tuple(log),
        offer=offer,
        checklist=tuple(answers.items()),
        access_closed=access_closed,
    )
