"""Reading instants and dates that people type, and showing durations the way a timer does."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP


def parse_instant(text: str, local_zone: tzinfo | None = None) -> datetime:
    """ISO 8601 with an offset is exact; without one it is read in `local_zone` (default: the
    system's zone, daylight saving included). Returns aware UTC."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{text!r} is not an ISO 8601 time such as 2026-11-24T14:05 "
                "or 2026-11-24T14:05+01:00.",
            ).format(text=text)
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=local_zone) if local_zone else value.astimezone()
    return value.astimezone(UTC)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{text!r} is not an ISO 8601 date such as 2026-11-24."
            ).format(text=text)
        ) from None


def format_hms(seconds: int) -> str:
    """Whole seconds as hh:mm:ss; hours keep growing past 99 rather than wrapping."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


_DURATION_UNITS = {"h": 3600, "m": 60, "s": 1}


def parse_duration(text: str) -> int:
    """Whole seconds from `H:MM:SS` or from units: `1h5m`, `45m`, `90s`, `1h 30m`. A bare `12:30`
    is refused: it could mean minutes or hours."""
    raw = text.strip().lower().replace(" ", "")
    problem = DomainError(
        QT_TRANSLATE_NOOP(
            "Messages", "{text!r} is not a duration such as 1:05:00, 1h5m, 45m or 90s."
        ).format(text=text)
    )
    if not raw:
        raise problem
    if ":" in raw:
        parts = raw.split(":")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise problem
        hours, minutes, seconds = (int(p) for p in parts)
        if minutes >= 60 or seconds >= 60:
            raise problem
        return hours * 3600 + minutes * 60 + seconds
    total, number, seen = 0, "", ""
    for char in raw:
        if char.isdigit():
            number += char
        elif char in _DURATION_UNITS and number and char not in seen:
            total += int(number) * _DURATION_UNITS[char]
            number, seen = "", seen + char
        else:
            raise problem
    if number:
        raise problem
    return total
