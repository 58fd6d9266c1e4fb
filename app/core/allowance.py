"""Free minutes: how many a customer still has in the allowance period a session falls in.

Periods are calendar months or years in the policy's time zone (the schedule's, else UTC). Whether a
customer qualifies is decided by the caller from the record (a paid service in the period, a known
piece of equipment); this module only does the arithmetic, so it is tested without a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from app.core.policy import Allowance, Policy


@dataclass(frozen=True, slots=True)
class Period:
    """[start, end) as aware UTC instants, and a label such as "2026" or "2026-11"."""

    start: datetime
    end: datetime
    label: str

    def __contains__(self, instant: datetime) -> bool:
        return self.start <= instant < self.end


@dataclass(frozen=True, slots=True)
class Eligibility:
    has_paid_service: bool
    equipment_known: bool

    def satisfies(self, allowance: Allowance) -> bool:
        if allowance.requires_paid_service and not self.has_paid_service:
            return False
        return not (allowance.requires_known_equipment and not self.equipment_known)


def policy_zone(policy: Policy) -> tzinfo:
    return policy.schedule.zone if policy.schedule is not None else UTC


def period_of(policy: Policy, instant: datetime) -> Period | None:
    """The allowance period holding `instant`, or None for a policy without free minutes."""
    if policy.allowance is None:
        return None
    zone = policy_zone(policy)
    local = instant.astimezone(zone)
    if policy.allowance.period == "year":
        start = datetime(local.year, 1, 1, tzinfo=zone)
        end = datetime(local.year + 1, 1, 1, tzinfo=zone)
        label = f"{local.year}"
    else:
        start = datetime(local.year, local.month, 1, tzinfo=zone)
        year, month = (local.year + 1, 1) if local.month == 12 else (local.year, local.month + 1)
        end = datetime(year, month, 1, tzinfo=zone)
        label = f"{local.year}-{local.month:02d}"
    return Period(start.astimezone(UTC), end.astimezone(UTC), label)


def free_seconds_left(policy: Policy, used_seconds: int, eligibility: Eligibility) -> int:
    """What the allowance still holds after `used_seconds` in the period; 0 when not eligible."""
    allowance = policy.allowance
    if allowance is None or not eligibility.satisfies(allowance):
        return 0
    return max(0, allowance.minutes * 60 - used_seconds)


class AllowanceLedger:
    """What decides free minutes, kept in memory: paid services, when each equipment was first
    serviced, and free seconds used per customer, policy and period. The single-session path fills
    it with what one customer needs; a batch fills it once and prices sessions in accepted order."""

    def __init__(self) -> None:
        self._service_days: dict[int, list[date]] = {}
        self._equipment_serviced: dict[int, date] = {}
        self._equipment_first_session: dict[int, datetime] = {}
        self._used: dict[tuple[int, str, str], int] = {}

    def add_paid_service(self, customer_id: int, equipment_id: int | None, day: date) -> None:
        self._service_days.setdefault(customer_id, []).append(day)
        if equipment_id is not None:
            known = self._equipment_serviced.get(equipment_id)
            self._equipment_serviced[equipment_id] = min(day, known) if known else day

    def add_session(self, equipment_id: int | None, accepted_at: datetime) -> None:
        """A session on the equipment: it counts as serviced from then on."""
        if equipment_id is not None:
            known = self._equipment_first_session.get(equipment_id)
            first = min(accepted_at, known) if known else accepted_at
            self._equipment_first_session[equipment_id] = first

    def add_use(self, customer_id: int, policy_id: str, period: str, free_seconds: int) -> None:
        key = (customer_id, policy_id, period)
        self._used[key] = self._used.get(key, 0) + free_seconds

    def free_seconds_left(
        self, policy: Policy, customer_id: int, equipment_id: int | None, at: datetime
    ) -> tuple[int, Period | None]:
        """Free seconds a session accepted `at` may use, and the period it falls in."""
        period = period_of(policy, at)
        if period is None:
            return 0, None
        zone = policy_zone(policy)
        day = at.astimezone(zone).date()
        first_day = period.start.astimezone(zone).date()
        days = self._service_days.get(customer_id, ())
        serviced = self._equipment_serviced.get(equipment_id) if equipment_id else None
        seen = self._equipment_first_session.get(equipment_id) if equipment_id else None
        eligibility = Eligibility(
            has_paid_service=any(first_day <= d <= day for d in days),
            equipment_known=(serviced is not None and serviced <= day)
            or (seen is not None and seen < at),
        )
        used = self._used.get((customer_id, policy.id, period.label), 0)
        return free_seconds_left(policy, used, eligibility), period
