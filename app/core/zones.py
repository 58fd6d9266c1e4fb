"""Time zones by their IANA name ("Europe/Lisbon"): only a name the time zone database lists is
one, never a folder of it ("Europe"), a file beside the zones ("zone.tab") or a path. Two names
the system's database lists are no zone either: "localtime" (whatever zone the computer reading it
is set to) and "Factory" (tzdata's placeholder, "-00", for "not set up yet")."""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP

NOT_ZONES = frozenset({"localtime", "Factory"})


@cache
def _known() -> frozenset[str]:
    return frozenset(available_timezones()) - NOT_ZONES


def check_zone(name: str) -> ZoneInfo:
    """The zone called `name`, or a DomainError saying it is none."""
    if name in _known():
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass  # listed, yet its file cannot be read: no more a zone than an unknown name
    raise DomainError(
        QT_TRANSLATE_NOOP("Messages", "{name!r} is not a time zone such as Europe/Lisbon.").format(
            name=name if len(name) <= 40 else f"{name[:37]}..."
        )
    )
