"""How domain values read on screen: outcome and state words, tool names, local times.

Instants are stored in UTC and shown in the local zone (the system's unless one is given). The
QDateTime conversions go through milliseconds since the epoch, so no zone is guessed twice.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QDateTime

from app.core.remote_tool import RemoteTool
from app.core.session import Outcome, SessionState

NO_VALUE = "—"

OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.RESOLVED: "Resolved",
    Outcome.UNRESOLVED: "Unresolved",
    Outcome.CANCELLED: "Cancelled by customer",
}

STATE_LABELS: dict[SessionState, str] = {
    SessionState.CONNECTING: "Connecting",
    SessionState.ACTIVE: "In session",
    SessionState.PAUSED: "Paused",
    SessionState.ENDED: "Ended",
}


def outcome_label(outcome: Outcome | None) -> str:
    return OUTCOME_LABELS[outcome] if outcome is not None else NO_VALUE


def tool_label(tool: RemoteTool | None, remote_id: str = "") -> str:
    """ "AnyDesk 123 456 789", "AnyDesk", or the ID alone when the tool is unknown."""
    parts = [tool.display_name if tool else "", remote_id]
    return " ".join(p for p in parts if p) or NO_VALUE


def local_datetime_text(instant: datetime | None, zone: tzinfo | None = None) -> str:
    """ "2026-11-24 10:05" in the local zone; a dash when there is no instant."""
    if instant is None:
        return NO_VALUE
    return instant.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def local_time_text(instant: datetime, zone: tzinfo | None = None) -> str:
    """ "10:05" in the local zone, for sentences about today's session."""
    return instant.astimezone(zone).strftime("%H:%M")


def to_qdatetime(instant: datetime) -> QDateTime:
    """An aware instant as a QDateTime in Qt's local time, for date-time editors."""
    return QDateTime.fromMSecsSinceEpoch(round(instant.timestamp() * 1000))


def from_qdatetime(value: QDateTime) -> datetime:
    """What a date-time editor shows, as an aware UTC instant."""
    seconds, millis = divmod(value.toMSecsSinceEpoch(), 1000)
    return datetime.fromtimestamp(seconds, UTC) + timedelta(milliseconds=millis)
