"""Reading instants and dates that people type, and showing durations the way a timer does."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

from app.core.errors import DomainError


def parse_instant(text: str, local_zone: tzinfo | None = None) -> datetime:
    """ISO 8601 with an offset is exact; without one it is read in `local_zone` (default: the
    system's zone, daylight saving included). Returns aware UTC."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise DomainError(
            f"{text!r} is not an ISO 8601 time such as 2026-11-24T14:05 or 2026-11-24T14:05+01:00."
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=local_zone) if local_zone else value.astimezone()
    return value.astimezone(UTC)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError(f"{text!r} is not an ISO 8601 date such as 2026-11-24.") from None


def format_hms(seconds: int) -> str:
    """Whole seconds as hh:mm:ss; hours keep growing past 99 rather than wrapping."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"
