"""Opening hours: windows per weekday in the policy's time zone, public holidays and extra closed
dates; for any instant, whether it is inside, what the policy does outside, and when the next
window opens; and how late a booked start is against the tolerance.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import cache
from zoneinfo import ZoneInfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LOOK_AHEAD_DAYS = 400  # how far to search for the next window (a year of holidays and closures)


class OutsideHours(StrEnum):
    REFUSE = "refuse"
    SURCHARGE = "surcharge"
    ALLOW = "allow"


@dataclass(frozen=True, slots=True)
class Window:
    days: frozenset[int]  # 0 = Monday
    start: time
    end: time

    def contains(self, local: datetime) -> bool:
        return local.weekday() in self.days and self.start <= local.time() < self.end


@dataclass(frozen=True, slots=True)
class ScheduleStatus:
    in_window: bool
    holiday: bool  # a public holiday or one of the extra closed dates
    outside_hours: OutsideHours  # what the policy does outside its windows
    next_window_start: datetime | None  # aware, in the schedule's zone

    @property
    def allowed(self) -> bool:
        return self.in_window or self.outside_hours is not OutsideHours.REFUSE


@dataclass(frozen=True, slots=True)
class Lateness:
    late_seconds: int
    tolerance_seconds: int | None  # None: the policy sets no limit

    @property
    def within_tolerance(self) -> bool:
        """Being exactly at the tolerance is still within it."""
        return self.tolerance_seconds is None or self.late_seconds <= self.tolerance_seconds

    @property
    def must_reschedule(self) -> bool:
        return not self.within_tolerance


@dataclass(frozen=True, slots=True)
class Schedule:
    timezone: str
    late_tolerance_minutes: int
    outside_hours: OutsideHours
    surcharge_percent: Decimal | None
    surcharge_fixed: Decimal | None
    holidays: str | None
    windows: tuple[Window, ...]
    closed_dates: frozenset[date] = frozenset()
    max_unbooked_minutes: int | None = None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def is_holiday(self, day: date) -> bool:
        """A public holiday of the policy's country, or a date the business closes."""
        if day in self.closed_dates:
            return True
        return self.holidays is not None and day in _holiday_calendar(self.holidays, day.year)

    def is_open(self, instant: datetime) -> bool:
        """Inside an opening window on a day that is not a holiday, in local time."""
        local = instant.astimezone(self.zone)
        if self.is_holiday(local.date()):
            return False
        return any(window.contains(local) for window in self.windows)

    def status(self, instant: datetime) -> ScheduleStatus:
        local = instant.astimezone(self.zone)
        return ScheduleStatus(
            in_window=self.is_open(instant),
            holiday=self.is_holiday(local.date()),
            outside_hours=self.outside_hours,
            next_window_start=self.next_window_start(instant),
        )

    def next_window_start(self, instant: datetime) -> datetime | None:
        """The start of the first window that opens after `instant`, on an open day."""
        zone = self.zone
        day = instant.astimezone(zone).date()
        for offset in range(LOOK_AHEAD_DAYS):
            current = day + timedelta(days=offset)
            if self.is_holiday(current):
                continue
            starts = sorted(w.start for w in self.windows if current.weekday() in w.days)
            for start in starts:
                candidate = datetime.combine(current, start, tzinfo=zone)
                if candidate > instant:
                    return candidate
        return None

    def lateness(self, scheduled: datetime, at: datetime) -> Lateness:
        return lateness(scheduled, at, self.late_tolerance_minutes * 60)


def lateness(scheduled: datetime, at: datetime, tolerance_seconds: int | None) -> Lateness:
    """How late `at` is for a start booked at `scheduled` (never negative)."""
    return Lateness(max(0, int((at - scheduled).total_seconds())), tolerance_seconds)


def always_open(instant: datetime) -> ScheduleStatus:
    """The answer for a policy without a [schedule]: every time is inside opening hours."""
    return ScheduleStatus(True, False, OutsideHours.ALLOW, None)


@cache
def _holiday_calendar(region: str, year: int) -> frozenset[date]:
    import holidays

    country, _, subdivision = region.partition("-")
    calendar = holidays.country_holidays(country, subdiv=subdivision or None, years=year)
    return frozenset(calendar.keys())
