"""What can happen to a session, as values: its states, outcomes and events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP


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
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Unknown outcome {text!r}; use one of {choices}."
                ).format(text=text, choices=choices)
            ) from None


class EventKind(StrEnum):
    CREATED = "created"
    ACCEPTED = "accepted"
    PAUSED = "paused"
    RESUMED = "resumed"
    ENDED = "ended"
    CORRECTED = "corrected"
    OVERRIDDEN = "overridden"  # a rule was set aside (outside hours, too late): text = the reason
    NOTE = "note"  # typed during the session: text
    OFFER_ACCEPTED = "offer_accepted"  # the customer accepted the offered price: text = amount
    CHECKED = "checked"  # a checklist item answered before connecting: text = "item=value"
    ACCESS_CLOSED = "access_closed"  # at the end: text = "yes" (no access remains) or "no"
    UNACCEPTED = "unaccepted"  # an automatic start taken back: connecting again; text = reason


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
