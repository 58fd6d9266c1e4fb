"""Instants as SQLite keeps them: whole microseconds since 1970-01-01 00:00 UTC, an integer
(revision 0012; the UTC wall time as 26 characters of text before). Plain Python, no
SQLAlchemy: the log's first page (app.storage.log_snapshot) is read with it before SQLAlchemy is
imported."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def utc_from_micros(value: int) -> datetime:
    """The instant `value` microseconds after 1970-01-01 00:00 UTC (SQLite's stored form)."""
    return EPOCH + timedelta(microseconds=value)


def micros_from_utc(value: datetime) -> int:
    """Microseconds from 1970-01-01 00:00 UTC to the aware `value`, exactly."""
    delta = value - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def utc_from_stored(value: object) -> datetime:
    """An instant as SQLite holds it: microseconds since 1970 (revision 0012), or the UTC wall
    time as text that an older AssistDesk wrote (read the same way, should one remain)."""
    if isinstance(value, int):
        return utc_from_micros(value)
    instant = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if instant.tzinfo is None:
        return instant.replace(tzinfo=UTC)
    return instant.astimezone(UTC)
