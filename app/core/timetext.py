"""Reading instants, dates and durations that people type, and showing durations the way a timer
does.

What is accepted (docs/cli.md): dates and instants from 2000-01-01 to 2099-12-31 as written
(any day a session, an appointment or an invoice of this business can fall on, far from the limits
of Python's dates and of both databases, so that a day's local midnight and the day after it
always exist; in UTC an instant is then at most a day outside that range, whatever its zone, so
the same text is accepted in every zone), and durations from 0 to 24 hours. Only the ASCII
digits 0-9 are digits here: `int()` and `str.isdigit()` would also take `²` or Arabic-Indic digits.

A local time without an offset is read in a zone, where daylight saving makes two kinds of time
special: one the clocks skip in spring (01:30 in Lisbon on 2026-03-29) does not exist and is
refused, naming the zone; one the clocks show twice in autumn (01:30 in Lisbon on 2026-10-25) is
the first of the two, still in summer time (Python's fold=0) — an offset (+00:00) picks the other.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, tzinfo

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP

FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)
LONGEST_SESSION = timedelta(hours=24)
_LONGEST_SECONDS = int(LONGEST_SESSION.total_seconds())
_DIGITS = frozenset("0123456789")


def parse_instant(text: str, local_zone: tzinfo | None = None) -> datetime:
    """ISO 8601 with an offset is exact; without one it is read in `local_zone` (default: the
    system's zone, daylight saving included). Returns aware UTC."""
    written = text.strip()
    try:
        if not written.isascii():
            raise ValueError(written)
        value = datetime.fromisoformat(written)
    except ValueError:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{text!r} is not an ISO 8601 time such as 2026-11-24T14:05 "
                "or 2026-11-24T14:05+01:00.",
            ).format(text=shown(text))
        ) from None
    check_day(value.date(), text)  # before any conversion, which could leave Python's years
    if value.tzinfo is None:
        value = _local(value, local_zone, text)
    return value.astimezone(UTC)


def _local(written: datetime, zone: tzinfo | None, text: str) -> datetime:
    """`written` (no offset) in `zone`, default the system's; the first of two in a repeated
    hour (fold=0); a time the clocks skip is refused."""
    readings = [_in_zone(written.replace(fold=fold), zone) for fold in (0, 1)]
    shown_back = [_in_zone(r.astimezone(UTC), zone).replace(tzinfo=None) for r in readings]
    if written not in shown_back:  # each reading shows another time: the clocks skip this one
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{text!r} does not exist in {zone}: the clocks skip it when summer time starts; "
                "give a time after the change, such as {after}.",
            ).format(
                text=shown(text),
                zone=_zone_name(zone),
                after=max(shown_back).isoformat(timespec="minutes"),
            )
        )
    return readings[0]


def _in_zone(value: datetime, zone: tzinfo | None) -> datetime:
    """A naive `value` placed in `zone` (the system's when None), or an aware one moved there."""
    if value.tzinfo is None:
        return value.replace(tzinfo=zone) if zone else value.astimezone()
    return value.astimezone(zone) if zone else value.astimezone()


def _zone_name(zone: tzinfo | None) -> str:
    if zone is None:
        return QT_TRANSLATE_NOOP("Messages", "this computer's time zone ({name})").format(
            name="/".join(time.tzname)
        )
    return str(getattr(zone, "key", None) or zone)


def parse_date(text: str) -> date:
    written = text.strip()
    try:
        if not written.isascii():
            raise ValueError(written)
        day = date.fromisoformat(written)
    except ValueError:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{text!r} is not an ISO 8601 date such as 2026-11-24."
            ).format(text=shown(text))
        ) from None
    check_day(day, text)
    return day


def check_day(day: date, text: str) -> None:
    """Refuse a day outside FIRST_DAY..LAST_DAY; `text` is how the user wrote it."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{text!r} is outside the dates AssistDesk accepts, {first} to {last}."
            ).format(text=shown(text), first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat())
        )


def format_hms(seconds: int) -> str:
    """Whole seconds as hh:mm:ss; hours keep growing past 99 rather than wrapping."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


_DURATION_UNITS = {"h": 3600, "m": 60, "s": 1}


def parse_duration(text: str) -> int:
    """Whole seconds, 0 to 24 hours, from `H:MM:SS` or from units: `1h5m`, `45m`, `90s`,
    `1h 30m`. A bare `12:30` is refused: it could mean minutes or hours."""
    raw = text.strip().lower().replace(" ", "")
    problem = DomainError(
        QT_TRANSLATE_NOOP(
            "Messages", "{text!r} is not a duration such as 1:05:00, 1h5m, 45m or 90s."
        ).format(text=shown(text))
    )
    if not raw or not raw.isascii():
        raise problem
    if ":" in raw:
        parts = raw.split(":")
        if len(parts) != 3 or not all(p and set(p) <= _DIGITS for p in parts):
            raise problem
        hours, minutes, seconds = (_count(p) for p in parts)
        if minutes >= 60 or seconds >= 60:
            raise problem
        total = hours * 3600 + minutes * 60 + seconds
    else:
        total, number, seen = 0, "", ""
        for char in raw:
            if char in _DIGITS:
                number += char
            elif char in _DURATION_UNITS and number and char not in seen:
                total += _count(number) * _DURATION_UNITS[char]
                number, seen = "", seen + char
            else:
                raise problem
        if number:
            raise problem
    if total > _LONGEST_SECONDS:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{text!r} is longer than {longest}, the longest session AssistDesk accepts.",
            ).format(text=shown(text), longest=format_hms(_LONGEST_SECONDS))
        )
    return total


def _count(digits: str) -> int:
    """ASCII digits as a number; past nine significant digits (beyond every limit here, and
    before `int()` would refuse thousands of digits) it is simply "too many": 10**9."""
    significant = digits.lstrip("0")
    return int(significant or "0") if len(significant) <= 9 else 10**9


def shown(text: str) -> str:
    """Text as echoed in a sentence: as typed, or cut short when it is long."""
    return text if len(text) <= 40 else f"{text[:37]}..."
