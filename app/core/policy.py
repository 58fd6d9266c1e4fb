"""A business's rules as values: tariff, free-minute allowance, opening hours.

Read from a policy file by app.core.policy_file; priced by app.core.pricing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from functools import cache
from zoneinfo import ZoneInfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class TariffMode(StrEnum):
    BLOCKS = "blocks"  # first block, then every started block
    OFFER = "offer"  # a price agreed per session


class OutsideHours(StrEnum):
    REFUSE = "refuse"
    SURCHARGE = "surcharge"
    ALLOW = "allow"


@dataclass(frozen=True, slots=True)
class Tariff:
    mode: TariffMode
    first_block_minutes: int | None
    first_block_price: Decimal | None
    block_minutes: int | None
    block_price: Decimal | None
    grace_seconds: int = 0
    charge_unresolved: bool = True
    max_session_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class Allowance:
    minutes: int
    period: str  # "month" or "year"
    requires_paid_service: bool = False
    requires_known_equipment: bool = False


@dataclass(frozen=True, slots=True)
class Window:
    days: frozenset[int]  # 0 = Monday
    start: time
    end: time

    def contains(self, local: datetime) -> bool:
        return local.weekday() in self.days and self.start <= local.time() < self.end


@dataclass(frozen=True, slots=True)
class Schedule:
    timezone: str
    late_tolerance_minutes: int
    outside_hours: OutsideHours
    surcharge_percent: Decimal | None
    surcharge_fixed: Decimal | None
    holidays: str | None
    windows: tuple[Window, ...]

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def is_holiday(self, day: date) -> bool:
        return self.holidays is not None and day in _holiday_calendar(self.holidays, day.year)

    def is_open(self, instant: datetime) -> bool:
        """Inside an opening window on a day that is not a public holiday, in local time."""
        local = instant.astimezone(self.zone)
        if self.is_holiday(local.date()):
            return False
        return any(window.contains(local) for window in self.windows)


@dataclass(frozen=True, slots=True)
class Policy:
    id: str
    name: str
    currency: str
    vat_percent: Decimal
    prices_include_vat: bool
    tariff: Tariff
    allowance: Allowance | None
    schedule: Schedule | None
    source: str = ""  # the file it was read from
    text: str = ""  # the file's content, kept with every session priced by it

    @property
    def digest(self) -> str:
        """SHA-256 of the file's content: which exact rules priced a session."""
        import hashlib

        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def is_open(self, instant: datetime) -> bool:
        return self.schedule is None or self.schedule.is_open(instant)


@cache
def _holiday_calendar(region: str, year: int) -> frozenset[date]:
    import holidays

    country, _, subdivision = region.partition("-")
    calendar = holidays.country_holidays(country, subdiv=subdivision or None, years=year)
    return frozenset(calendar.keys())
