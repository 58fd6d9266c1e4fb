"""How a policy's schedule reads on screen: a day's opening hours ("Open 07:30–12:00, 13:00–17:30",
"Closed: public holiday"), what the policy does right now for a session about to start, and the
reminder that long unbooked sessions should be booked. Plain functions of plain values, so the
Today view, the booking dialogs and the session panel say the same thing in the same words.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from app.core.policy import OutsideHours, Policy
from app.core.schedule import Schedule, ScheduleStatus
from app.ui.display import money_text
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

CLOSED_ON = (  # by weekday, Monday first; whole sentences, as languages inflect them differently
    QT_TRANSLATE_NOOP("ScheduleText", "Closed on Mondays"),
    QT_TRANSLATE_NOOP("ScheduleText", "Closed on Tuesdays"),
    QT_TRANSLATE_NOOP("ScheduleText", "Closed on Wednesdays"),
    QT_TRANSLATE_NOOP("ScheduleText", "Closed on Thursdays"),
    QT_TRANSLATE_NOOP("ScheduleText", "Closed on Fridays"),
    QT_TRANSLATE_NOOP("ScheduleText", "Closed on Saturdays"),
    QT_TRANSLATE_NOOP("ScheduleText", "Closed on Sundays"),
)


def day_hours_text(schedule: Schedule, day: date) -> str:
    """The windows of `day` (a date in the schedule's zone), or why it is closed."""
    if day in schedule.closed_dates:
        return translate("ScheduleText", "Closed: closing day")
    if schedule.is_holiday(day):
        return translate("ScheduleText", "Closed: public holiday")
    spans = sorted(
        (window.start, window.end) for window in schedule.windows if day.weekday() in window.days
    )
    if not spans:
        return translate("ScheduleText", CLOSED_ON[day.weekday()])
    hours = ", ".join(f"{_hhmm(start)}–{_hhmm(end)}" for start, end in spans)
    return translate("ScheduleText", "Open {hours}").format(hours=hours)


def policy_hours_text(
    policy: Policy, instant: datetime, zone: tzinfo | None = None, locale: str = "en_US"
) -> str:
    """The opening hours of the day `instant` falls on, in the policy's zone, e.g. "Open
    10:00–21:00 (Lisbon time)": the zone is named (its city, in `locale`'s words) when the clock
    on the desk (`zone`, None: the system's) reads differently."""
    schedule = policy.schedule
    if schedule is None:
        return translate("ScheduleText", "Open at any time")
    local = instant.astimezone(schedule.zone)
    text = day_hours_text(schedule, local.date())
    if reads_differently(instant, schedule.zone, zone):
        place = zone_place(schedule.timezone, locale)
        text += " " + translate("ScheduleText", "({zone} time)").format(zone=place)
    return text


def reads_differently(instant: datetime, zone: tzinfo, desk_zone: tzinfo | None) -> bool:
    """Whether a clock in `zone` shows `instant` otherwise than the desk's (None: the system's)."""
    return instant.astimezone(zone).utcoffset() != instant.astimezone(desk_zone).utcoffset()


def zone_place(key: str, locale: str) -> str:
    """The place a time zone is named after, in `locale`'s words: "São Paulo" (pt), "Lisbon"
    (en), "Lissabon" (nl); the zone's own name where Babel knows no place for it."""
    from babel.dates import get_timezone_location

    try:
        return str(get_timezone_location(key, locale=locale, return_city=True))
    except (LookupError, ValueError):
        return key


def opening_line(
    policy: Policy | None, status: ScheduleStatus, locale: str, desk_zone: tzinfo | None = None
) -> str:
    """What the customer's policy does about a session started now: nothing to say inside the
    hours (or under `allow`); the surcharge; or the refusal and when the next window opens, in
    the policy's zone, named when the desk's clock (`desk_zone`, None: the system's) reads
    otherwise ("Mon 07:30 in São Paulo")."""
    if policy is None or policy.schedule is None or status.in_window:
        return ""
    schedule = policy.schedule
    if status.holiday:
        outside = translate("ScheduleText", "Outside opening hours, a holiday")
    else:
        outside = translate("ScheduleText", "Outside opening hours")
    if status.outside_hours is OutsideHours.SURCHARGE:
        if schedule.surcharge_fixed is not None:
            fee = money_text(schedule.surcharge_fixed, policy.currency, locale)
            text = translate("ScheduleText", "{outside}: a {fee} out-of-hours fee applies")
            return text.format(outside=outside, fee=fee)
        percent = schedule.surcharge_percent
        if percent is None:
            return translate("ScheduleText", "{outside}: a surcharge applies").format(
                outside=outside
            )
        text = translate("ScheduleText", "{outside}: a {percent} % surcharge applies")
        return text.format(outside=outside, percent=f"{percent.normalize():f}")
    if status.outside_hours is OutsideHours.REFUSE:
        nxt = status.next_window_start
        if nxt is None:
            return translate("ScheduleText", "{outside} (closed)").format(outside=outside)
        text = translate("ScheduleText", "{outside} (next window opens {when})")
        when = weekday_time_text(nxt, schedule.zone, locale)
        if reads_differently(nxt, schedule.zone, desk_zone):
            place = zone_place(schedule.timezone, locale)
            when = translate("ScheduleText", "{time} in {place}").format(time=when, place=place)
        return text.format(outside=outside, when=when)
    return ""


def unbooked_notice(policy: Policy | None, booked: bool, seconds: int) -> str:
    """The gentle reminder for an unbooked session running past `max_unbooked_minutes`."""
    schedule = policy.schedule if policy is not None else None
    limit = schedule.max_unbooked_minutes if schedule is not None else None
    if booked or limit is None or seconds <= limit * 60:
        return ""
    return translate("ScheduleText", "Long sessions should be booked (policy: {limit} min)").format(
        limit=limit
    )


def day_bounds(instant: datetime, zone: tzinfo | None) -> tuple[datetime, datetime]:
    """Midnight to midnight of the day `instant` falls on in `zone` (None: the system's), in UTC;
    a daylight-saving day is 23 or 25 hours long."""
    day = instant.astimezone(zone).date()
    start, end = (datetime.combine(d, time()) for d in (day, day + timedelta(days=1)))
    if zone is None:  # a naive time is read in the system's zone
        return start.astimezone(UTC), end.astimezone(UTC)
    return start.replace(tzinfo=zone).astimezone(UTC), end.replace(tzinfo=zone).astimezone(UTC)


def weekday_time_text(instant: datetime, zone: tzinfo, locale: str) -> str:
    """ "Mon 10:00" (en), "seg. 10:00" (pt), "ma 10:00" (nl): the weekday in the money locale's
    language, the time on the 24-hour clock as everywhere on the desk."""
    from babel.dates import format_datetime  # only when a refusal is shown

    local = instant.astimezone(zone)
    return f"{format_datetime(local, 'EEE', locale=locale)} {local:%H:%M}"


def _hhmm(value: time) -> str:
    return f"{value:%H:%M}"
