"""How domain values read on screen: outcome and state words, tool names, local times, money.

Instants are stored in UTC and shown in the local zone (the system's unless one is given). The
QDateTime conversions go through milliseconds since the epoch, so no zone is guessed twice. Money
is formatted by Babel in a locale the caller passes in (tests pin it; the app asks the system once).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from decimal import Decimal
from functools import cache

from PySide6.QtCore import QDateTime

from app.core.remote_tool import RemoteTool
from app.core.session import Outcome, SessionState

NO_VALUE = "—"
FALLBACK_LOCALE = "en_US"

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


def money_text(amount: Decimal, currency: str, locale: str) -> str:
    """ "€15.00" in en_US, "15,00 €" in pt_PT: the currency's own decimals, the locale's signs."""
    from babel.numbers import format_currency  # ~20 ms with its data: not before the window shows

    return format_currency(amount, currency, locale=locale)


@cache
def system_locale() -> str:
    """The locale money is shown in unless one is given: Babel's reading of the environment
    (LC_ALL, LC_MONETARY, LANG), or en_US when none is set or the C/POSIX locale is."""
    from babel import Locale, UnknownLocaleError, default_locale

    name = default_locale(("LC_ALL", "LC_MONETARY", "LANG"))
    if not name or name == "en_US_POSIX":
        return FALLBACK_LOCALE
    try:
        Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return FALLBACK_LOCALE
    return name
