"""The computer's own time zone, as a named zone (daylight saving included).

`datetime.now().astimezone().tzinfo` is only today's fixed offset: a summer date shown with it in
winter is an hour off. tzlocal reads TZ, /etc/localtime or the Windows registry for the zone's name.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo


def computer_zone() -> ZoneInfo:
    """This computer's zone; UTC when the system names none that can be loaded."""
    import tzlocal

    try:
        zone = tzlocal.get_localzone()
    except Exception:
        return ZoneInfo("UTC")
    return zone if isinstance(zone, ZoneInfo) else ZoneInfo("UTC")
